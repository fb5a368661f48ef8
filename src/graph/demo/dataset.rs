//! The demo tenant's incidents: deterministic, realistic, and deliberately untidy in the ways Graph is
//! (unknown enum members, nulls, redirected incidents, legacy-free but odd strings).

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::evidence_gen::evidence;
use super::rng::Rng;

pub const INCIDENT_COUNT: usize = 360;
pub const TENANT_ID: &str = "4b2462a4-bbee-495a-a0e1-f23ae524cc9c";
const SEED: u64 = 0x1D5E_ED00_2026;

const OWNERS: &[&str] =
    &["meganb@contoso.com", "alexw@contoso.com", "sean.o'brien@contoso.com", "soc-tier2@contoso.com", "Automation"];
const NAMES: &[&str] = &[
    "Multi-stage incident involving Initial access & Execution on one endpoint",
    "Suspicious PowerShell activity on multiple endpoints",
    "Email reported by user as malware or phish involving one user",
    "Ransomware activity detected on multiple endpoints",
    "Credential theft attempt via LSASS access",
    "Anomalous token usage from an unfamiliar location",
    "Impossible travel activity involving one user",
    "Mass download by a single user",
    "Suspicious inbox forwarding rule created",
    "BEC financial fraud involving one user",
    "Defender for Identity: Suspected DCSync attack",
    "Activity from a Tor IP address",
    "Malicious OAuth app consented to by a user",
    "Password spray attack against multiple users",
    "Unusual addition of credentials to an OAuth app",
];
const ODD_NAMES: &[&str] = &[
    "<img src=x onerror=alert(1)> rendered as text, never as HTML",
    "اشتباه به فیشینگ — Phishing campaign (right-to-left text)",
    "Überwachung: verdächtige Anmeldung 🛡️",
];
const CUSTOM_TAGS: &[&str] = &["VIP", "Finance", "Red team exercise", "Needs follow-up", "Ransomware"];
const SYSTEM_TAGS: &[&str] = &["Defender Experts", "Attack disruption", "Credential Phish", "AiR"];
const ALERT_TITLES: &[(&str, &str, &str)] = &[
    ("Suspicious PowerShell command line", "Execution", "T1059.001"),
    ("Possible credential dumping via LSASS memory", "CredentialAccess", "T1003.001"),
    ("Email messages containing malicious URL removed after delivery", "InitialAccess", "T1566.002"),
    ("Suspicious inbox manipulation rule", "Persistence", "T1137.005"),
    ("Connection to a known command and control server", "CommandAndControl", "T1071.001"),
    ("Ransomware behaviour detected in the file system", "Impact", "T1486"),
    ("Anonymous IP address sign-in", "InitialAccess", "T1078"),
    ("Suspicious registry Run key persistence", "Persistence", "T1547.001"),
    ("Mass file download", "Exfiltration", "T1530"),
    ("Unusual OAuth application consent", "CredentialAccess", "T1528"),
];
const SERVICES: &[(&str, &str)] = &[
    ("microsoftDefenderForEndpoint", "microsoftDefenderForEndpoint"),
    ("microsoftDefenderForOffice365", "microsoftDefenderForOffice365"),
    ("microsoftDefenderForIdentity", "microsoftDefenderForIdentity"),
    ("microsoftDefenderForCloudApps", "cloudAppSecurity"),
    ("azureAdIdentityProtection", "azureAdIdentityProtection"),
    ("microsoftSentinel", "scheduledAlerts"),
    // A member newer than this build: shown verbatim.
    ("microsoftQuantumDefense", "quantumHeuristics"),
];

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn status(rng: &mut Rng) -> &'static str {
    rng.weighted(&[
        ("active", 40),
        ("inProgress", 22),
        ("resolved", 26),
        ("redirected", 6),
        ("awaitingAction", 5),
        ("unknownFutureValue", 1),
    ])
}

fn severity(rng: &mut Rng) -> &'static str {
    rng.weighted(&[("high", 20), ("medium", 35), ("low", 27), ("informational", 15), ("unknownFutureValue", 3)])
}

/// Classification and determination that make sense together.
fn verdict(rng: &mut Rng, status: &str) -> (Value, Value) {
    if status != "resolved" {
        return if rng.chance(50) { (json!("unknown"), json!("unknown")) } else { (Value::Null, Value::Null) };
    }
    let (classification, determinations): (&str, &[&str]) = *rng.pick(&[
        (
            "truePositive",
            &[
                "malware",
                "phishing",
                "compromisedAccount",
                "multiStagedAttack",
                "apt",
                "maliciousUserActivity",
                "unwantedSoftware",
            ][..],
        ),
        ("falsePositive", &["notMalicious", "notEnoughDataToValidate", "other"][..]),
        (
            "informationalExpectedActivity",
            &["securityTesting", "lineOfBusinessApplication", "confirmedActivity", "securityPersonnel"][..],
        ),
    ]);
    let determination = if rng.chance(3) { "insiderRiskConfirmed" } else { rng.pick(determinations) };
    (json!(classification), json!(determination))
}

fn alerts(rng: &mut Rng, incident_id: &str, created: DateTime<Utc>, owner: &Value, severity: &str) -> Vec<Value> {
    let count = 1 + rng.below(8);
    (0..count)
        .map(|n| {
            let (title, category, technique) = *rng.pick(ALERT_TITLES);
            let (service, detection) = *rng.pick(SERVICES);
            let first = created - Duration::minutes(rng.below(600) as i64 + 5);
            let last = created + Duration::minutes(rng.below(300) as i64);
            let id = format!("da{:016x}_{n}", rng.next_u64());
            let alert_severity = if n == 0 { severity } else { rng.pick(&["high", "medium", "low", "informational"]) };
            json!({
                "id": id, "providerAlertId": id, "incidentId": incident_id, "title": title,
                "description": format!("{title}. Review the evidence and the device timeline."),
                "severity": alert_severity,
                "status": rng.pick(&["new", "inProgress", "resolved"]),
                "classification": null, "determination": null,
                "serviceSource": service, "detectionSource": detection, "productName": null,
                "category": category, "categories": [category],
                "mitreTechniques": [technique],
                "createdDateTime": iso(created), "lastUpdateDateTime": iso(last),
                "firstActivityDateTime": iso(first), "lastActivityDateTime": iso(last),
                "assignedTo": owner,
                "alertWebUrl": format!("https://security.microsoft.com/alerts/{id}?tid={TENANT_ID}"),
                "incidentWebUrl": format!("https://security.microsoft.com/incidents/{incident_id}?tid={TENANT_ID}"),
                "tenantId": TENANT_ID,
                "evidence": evidence(rng, &iso(created)),
            })
        })
        .collect()
}

fn comments(rng: &mut Rng, created: DateTime<Utc>, updated: DateTime<Utc>) -> Vec<Value> {
    let span = (updated - created).num_minutes().max(1) as u64;
    (0..rng.below(4))
        .map(|_| {
            json!({
                "comment": *rng.pick(&["Isolated the device pending investigation.", "User confirmed they did not sign in.", "Escalated to tier 2.", "Blocked the sender domain."]),
                "createdByDisplayName": *rng.pick(OWNERS),
                "createdDateTime": iso(created + Duration::minutes(rng.below(span) as i64)),
            })
        })
        .collect()
}

/// Every demo incident, newest first, with `alerts` expanded (callers drop them when not asked for).
pub fn incidents(now: DateTime<Utc>) -> Vec<Value> {
    let mut rng = Rng::new(SEED);
    let mut ages: Vec<i64> = (0..INCIDENT_COUNT).map(|_| rng.below(90 * 24 * 60) as i64).collect();
    ages.sort_unstable();
    let first_id = 2400;
    ages.iter()
        .enumerate()
        .map(|(index, age_minutes)| {
            let id = (first_id + INCIDENT_COUNT - index).to_string();
            let created = now - Duration::minutes(*age_minutes + 1);
            let updated = created + Duration::minutes(rng.below(*age_minutes as u64 + 1) as i64);
            let status = status(&mut rng);
            let severity = severity(&mut rng);
            let (classification, determination) = verdict(&mut rng, status);
            let owner = if rng.chance(35) { Value::Null } else { json!(rng.pick(OWNERS)) };
            let name = if index % 97 == 5 { ODD_NAMES[index % ODD_NAMES.len()] } else { rng.pick(NAMES) };
            let custom: Vec<&str> = CUSTOM_TAGS.iter().copied().filter(|_| rng.chance(12)).collect();
            let system: Vec<&str> = SYSTEM_TAGS.iter().copied().filter(|_| rng.chance(10)).collect();
            let redirect = (status == "redirected")
                .then(|| (first_id + INCIDENT_COUNT - index - 1 - rng.below(20) as usize).to_string());
            json!({
                "id": id, "tenantId": TENANT_ID, "displayName": name,
                "status": status, "severity": severity,
                "classification": classification, "determination": determination,
                "assignedTo": owner,
                "createdDateTime": iso(created), "lastUpdateDateTime": iso(updated),
                "redirectIncidentId": redirect,
                "incidentWebUrl": format!("https://security.microsoft.com/incidents/{id}?tid={TENANT_ID}"),
                "customTags": custom, "systemTags": system,
                "priorityScore": if rng.chance(15) { Value::Null } else { json!(rng.below(101)) },
                "description": null, "summary": null,
                "resolvingComment": if status == "resolved" { json!("Closed after review.") } else { Value::Null },
                "lastModifiedBy": owner,
                "comments": comments(&mut rng, created, updated),
                "alerts": alerts(&mut rng, &id, created, &owner, severity),
            })
        })
        .collect()
}
