//! Demo evidence: Graph-shaped entities of the kinds an incident's scenario involves, about the
//! incident's user, device and IP (each alert its own when the incident spans several), plus now and
//! then a kind no build knows.

use serde_json::{Value, json};

use super::rng::Rng;
use super::scenarios::Scenario;

const HOSTS: &[&str] = &["desktop-7k2l9qa", "fin-laptop-042", "srv-sql-01", "hr-ws-118", "dc01", "build-agent-3"];
const USERS: &[(&str, &str)] = &[
    ("Megan Bowen", "meganb@contoso.com"),
    ("Alex Wilber", "alexw@contoso.com"),
    ("Diego Siciliani", "diegos@contoso.com"),
    ("Lidia Holloway", "lidiah@contoso.com"),
    ("Seán O'Brien", "sean.obrien@contoso.com"),
];
const IPS: &[&str] = &["185.220.101.4", "203.0.113.77", "10.1.4.22", "198.51.100.23", "2001:db8::7"];
const VERDICTS: &[&str] = &["malicious", "suspicious", "noThreatsFound", "unknown"];
const REMEDIATION: &[&str] = &["none", "remediated", "prevented", "blocked", "notFound", "pendingApproval"];
const ROLES: &[&str] = &["attacker", "compromised", "contextual", "source", "destination", "created"];
/// A kind Graph may add tomorrow: the app must list it by type, not drop it.
const UNKNOWN_KIND: &str = "quantumSensor";

/// Who and what an alert is about.
#[derive(Clone, Copy)]
pub struct Cast {
    pub user: (&'static str, &'static str),
    pub host: &'static str,
    pub ip: &'static str,
}

impl Cast {
    pub fn new(rng: &mut Rng, scenario: &Scenario) -> Cast {
        let hosts = if scenario.hosts.is_empty() { HOSTS } else { scenario.hosts };
        let (user, host, ip) = (*rng.pick(USERS), *rng.pick(hosts), *rng.pick(IPS));
        Cast { user, host, ip }
    }
}

/// A 40-hex-digit device id, as Defender's look, from one draw (so the rest of the tenant stays as it is).
fn device_id(draw: u64) -> String {
    format!("{draw:016x}{:016x}{:08x}", draw.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15, (draw >> 17) as u32)
}

/// A SHA-256-shaped hash (64 hex digits) of the file's name: the same file has the same hash in every
/// alert that names it.
fn file_hash(file_name: &str) -> String {
    (0u64..4)
        .map(|seed| {
            // FNV-1a over the name, from four different starting points.
            let start = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let hash = file_name.bytes().fold(start, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
            format!("{hash:016x}")
        })
        .collect()
}

fn common(rng: &mut Rng, kind: &str, created: &str) -> Value {
    json!({
        "@odata.type": format!("#microsoft.graph.security.{kind}Evidence"),
        "createdDateTime": created,
        "verdict": rng.pick(VERDICTS),
        "remediationStatus": rng.pick(REMEDIATION),
        "remediationStatusDetails": null,
        "roles": [rng.pick(ROLES)],
        "detailedRoles": [],
        "tags": [],
    })
}

fn specific(rng: &mut Rng, kind: &str, scenario: &Scenario, cast: &Cast) -> Value {
    let (user_name, upn) = cast.user;
    let account = upn.split('@').next();
    match kind {
        "device" => json!({
            "deviceDnsName": format!("{}.contoso.local", cast.host), "hostName": cast.host,
            "osPlatform": if cast.host.starts_with("srv") || cast.host.starts_with("dc") { "WindowsServer2022" } else { "Windows11" },
            "healthStatus": "active", "riskScore": "high", "mdeDeviceId": device_id(rng.next_u64()),
            "loggedOnUsers": [{"accountName": account, "domainName": "CONTOSO"}],
        }),
        "user" => json!({"userAccount": {
            "accountName": account, "domainName": "contoso.com",
            "userPrincipalName": upn, "displayName": user_name, "azureAdUserId": null,
        }}),
        "ip" => {
            json!({"ipAddress": cast.ip, "countryLetterCode": if cast.ip.starts_with("10.") { Value::Null } else { json!("NL") }})
        }
        "url" => json!({"url": format!("https://login-contoso.example/{}", rng.below(9999))}),
        "file" => {
            let (file_name, file_path) = rng.pick(scenario.files);
            let size = 20_000 + rng.below(900_000);
            // Two draws a random hash once took: kept, so the rest of the tenant stays as it was.
            let _ = (rng.next_u64(), rng.next_u64());
            json!({"fileDetails": {
                "fileName": file_name, "filePath": file_path, "fileSize": size,
                "sha256": file_hash(file_name),
            }, "detectionStatus": "detected"})
        }
        "process" => {
            let (image, folder, command) = *rng.pick(scenario.processes);
            let command =
                if command.ends_with("-enc ") { format!("{command}{:x}", rng.next_u64()) } else { command.to_owned() };
            json!({
                "processId": 1000 + rng.below(9000),
                "processCommandLine": command,
                "imageFile": {"fileName": image, "filePath": folder},
                "userAccount": {"accountName": account, "userPrincipalName": upn},
            })
        }
        "mailbox" => json!({"displayName": user_name, "primaryAddress": upn, "upn": upn}),
        "analyzedMessage" => json!({
            "subject": *rng.pick(&["Action required: your mailbox is almost full", "Updated bank details for invoice 0912"]),
            "p1Sender": {"emailAddress": "it-support@contoso-helpdesk.example", "displayName": "IT Support"},
            "recipientEmailAddress": upn, "deliveryAction": "delivered", "networkMessageId": format!("{:x}", rng.next_u64()),
        }),
        "cloudApplication" => {
            json!({"displayName": "Office 365", "appId": 11161, "instanceName": "Office 365"})
        }
        "registryKey" => json!({
            "registryHive": "HKEY_CURRENT_USER",
            "registryKey": "Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        }),
        "oauthApplication" => {
            json!({"displayName": "Mail Sync Helper", "appId": format!("{:x}", rng.next_u64()), "publisher": null})
        }
        _ => json!({"widgetName": "QW-17", "displayName": null}),
    }
}

/// 1–4 evidence items of the scenario's kinds for one alert, and now and then one of a kind no build
/// knows.
pub fn evidence(rng: &mut Rng, created: &str, scenario: &Scenario, cast: &Cast) -> Vec<Value> {
    // Every alert names the scenario's main entity (its device, user, mailbox or app), then others.
    let more = rng.below(4);
    let mut kinds: Vec<&str> = vec![scenario.evidence[0]];
    kinds.extend((0..more).map(|_| *rng.pick(scenario.evidence)));
    if rng.chance(4) {
        kinds.push(UNKNOWN_KIND);
    }
    kinds
        .into_iter()
        .map(|kind| {
            let mut item = common(rng, kind, created);
            if let (Value::Object(base), Value::Object(extra)) = (&mut item, specific(rng, kind, scenario, cast)) {
                base.extend(extra);
            }
            item
        })
        .collect()
}
