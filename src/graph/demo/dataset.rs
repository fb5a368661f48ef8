//! The demo tenant's incidents: deterministic, realistic, and deliberately untidy in the ways Graph is
//! (unknown enum members, nulls, redirected incidents, legacy-free but odd strings).

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::evidence_gen::{Cast, evidence};
use super::rng::Rng;
use super::scenarios::{ODD_NAMES, SCENARIOS, Scenario, UNKNOWN_DETECTOR};

pub const INCIDENT_COUNT: usize = 360;
pub const TENANT_ID: &str = "4b2462a4-bbee-495a-a0e1-f23ae524cc9c";
const SEED: u64 = 0x1D5E_ED00_2026;

/// Who the demo is signed in as: one of the tenant's analysts, so "Assigned to me" has a queue.
pub const ANALYST: &str = "alexw@contoso.com";
const OWNERS: &[&str] = &["meganb@contoso.com", ANALYST, "sean.o'brien@contoso.com", super::live::TRIAGE, "Automation"];
const CUSTOM_TAGS: &[&str] = &["VIP", "Finance", "Red team exercise", "Needs follow-up", "Ransomware"];
const SYSTEM_TAGS: &[&str] = &["Defender Experts", "Attack disruption", "Credential Phish", "AiR"];

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

/// The incident's alerts, in the order its scenario unfolds: an incident about one user or device
/// gathers the first few of its scenario's alerts; one spread over several devices or users repeats
/// them, each about its own.
fn alerts(rng: &mut Rng, incident: &IncidentFacts, scenario: &Scenario) -> Vec<Value> {
    let IncidentFacts { id: incident_id, created, updated, now, owner, severity, status } = *incident;
    let count = if scenario.spread { 2 + rng.below(7) } else { 1 + rng.below(scenario.alerts.len() as u64) };
    let mut cast = Cast::new(rng, scenario);
    let mut first = created - Duration::minutes(rng.below(120) as i64 + 5);
    (0..count as usize)
        .map(|n| {
            let kind = scenario.alerts[n % scenario.alerts.len()];
            let detector = if rng.chance(3) { UNKNOWN_DETECTOR } else { kind.detector };
            if scenario.spread && n > 0 {
                cast = Cast::new(rng, scenario);
            }
            first = (first + Duration::minutes(rng.below(40) as i64)).min(now);
            // The first alert is what the incident was opened for: raised by the time it was created.
            let cap = if n == 0 { created.max(first).min(now) } else { now };
            let last = (first + Duration::minutes(rng.below(90) as i64)).min(cap);
            let raised = (last + Duration::minutes(2)).min(cap);
            let id = format!("da{:016x}_{n}", rng.next_u64());
            let alert_severity = if n == 0 { severity } else { rng.pick(&["high", "medium", "low", "informational"]) };
            let alert_status =
                if status == "resolved" { "resolved" } else { rng.pick(&["new", "inProgress", "resolved"]) };
            // Resolved with the incident, or (on its own) half an hour after it was raised.
            let resolved = (alert_status == "resolved").then(|| {
                if status == "resolved" { updated.max(raised) } else { (raised + Duration::minutes(30)).min(now) }
            });
            let title = kind.title;
            json!({
                "id": id, "providerAlertId": id, "incidentId": incident_id, "title": title,
                "description": format!("{title}. Review the evidence and the timeline."),
                "severity": alert_severity,
                "status": alert_status,
                "classification": null, "determination": null,
                "serviceSource": detector.service, "detectionSource": detector.detection, "productName": null,
                "category": kind.category, "categories": [kind.category],
                "mitreTechniques": [kind.technique],
                "createdDateTime": iso(raised), "lastUpdateDateTime": iso(raised),
                "firstActivityDateTime": iso(first), "lastActivityDateTime": iso(last),
                "resolvedDateTime": resolved.map(iso),
                "assignedTo": owner,
                "alertWebUrl": format!("https://security.microsoft.com/alerts/{id}?tid={TENANT_ID}"),
                "incidentWebUrl": format!("https://security.microsoft.com/incidents/{incident_id}?tid={TENANT_ID}"),
                "tenantId": TENANT_ID,
                "evidence": evidence(rng, &iso(raised), scenario, &cast),
            })
        })
        .collect()
}

/// What an incident's alerts take from it.
#[derive(Clone, Copy)]
struct IncidentFacts<'a> {
    id: &'a str,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    now: DateTime<Utc>,
    owner: &'a Value,
    severity: &'a str,
    status: &'a str,
}

fn comments(rng: &mut Rng, scenario: &Scenario, created: DateTime<Utc>, updated: DateTime<Utc>) -> Vec<Value> {
    let span = (updated - created).num_minutes().max(1) as u64;
    let mut drawn: Vec<(DateTime<Utc>, Value)> = (0..rng.below(4))
        .map(|_| {
            let (note, by) = (*rng.pick(scenario.response.notes), *rng.pick(OWNERS));
            let at = created + Duration::minutes(rng.below(span) as i64);
            (at, json!({ "comment": note, "createdByDisplayName": by, "createdDateTime": iso(at) }))
        })
        .collect();
    // Graph lists comments as they were added.
    drawn.sort_by_key(|(at, _)| *at);
    drawn.into_iter().map(|(_, comment)| comment).collect()
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
            let scenario = if index % 97 == 5 {
                let (name, about) = ODD_NAMES[index % ODD_NAMES.len()];
                Scenario { name, ..SCENARIOS[about] }
            } else {
                *rng.pick(SCENARIOS)
            };
            let custom: Vec<&str> = CUSTOM_TAGS.iter().copied().filter(|_| rng.chance(12)).collect();
            let system: Vec<&str> = SYSTEM_TAGS.iter().copied().filter(|_| rng.chance(10)).collect();
            let redirect = (status == "redirected")
                .then(|| (first_id + INCIDENT_COUNT - index - 1 - rng.below(20) as usize).to_string());
            json!({
                "id": id, "tenantId": TENANT_ID, "displayName": scenario.name,
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
                // Beta-only: `shape` drops them from v1.0 answers.
                "recommendedActions": scenario.response.actions,
                "recommendedHuntingQueries": [{"kqlText": scenario.response.hunting}],
                "comments": comments(&mut rng, &scenario, created, updated),
                "alerts": alerts(&mut rng, &IncidentFacts { id: &id, created, updated, now, owner: &owner, severity, status }, &scenario),
            })
        })
        .collect()
}
