//! Demo evidence: Graph-shaped entities of many kinds, including one kind no build knows.

use serde_json::{Value, json};

use super::rng::Rng;

const HOSTS: &[&str] = &["desktop-7k2l9qa", "fin-laptop-042", "srv-sql-01", "hr-ws-118", "dc01", "build-agent-3"];
const USERS: &[(&str, &str)] = &[
    ("Megan Bowen", "meganb@contoso.com"),
    ("Alex Wilber", "alexw@contoso.com"),
    ("Diego Siciliani", "diegos@contoso.com"),
    ("Lidia Holloway", "lidiah@contoso.com"),
    ("Seán O'Brien", "sean.obrien@contoso.com"),
];
const IPS: &[&str] = &["185.220.101.4", "203.0.113.77", "10.1.4.22", "198.51.100.23", "2001:db8::7"];
const FILES: &[(&str, &str)] = &[
    ("invoice_0912.docm", "C:\\Users\\meganb\\Downloads"),
    ("mimikatz.exe", "C:\\Windows\\Temp"),
    ("update.ps1", "C:\\ProgramData"),
    ("payload.dll", "C:\\Users\\Public"),
];
const VERDICTS: &[&str] = &["malicious", "suspicious", "noThreatsFound", "unknown"];
const REMEDIATION: &[&str] = &["none", "remediated", "prevented", "blocked", "notFound", "pendingApproval"];
const ROLES: &[&str] = &["attacker", "compromised", "contextual", "source", "destination", "created"];

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

fn specific(rng: &mut Rng, kind: &str) -> Value {
    let (user_name, upn) = *rng.pick(USERS);
    let (file_name, file_path) = *rng.pick(FILES);
    let host = *rng.pick(HOSTS);
    match kind {
        "device" => json!({
            "deviceDnsName": format!("{host}.contoso.local"), "hostName": host, "osPlatform": "Windows11",
            "healthStatus": "active", "riskScore": "high", "mdeDeviceId": format!("{:040x}", rng.next_u64()),
            "loggedOnUsers": [{"accountName": upn.split('@').next(), "domainName": "CONTOSO"}],
        }),
        "user" => json!({"userAccount": {
            "accountName": upn.split('@').next(), "domainName": "contoso.com",
            "userPrincipalName": upn, "displayName": user_name, "azureAdUserId": null,
        }}),
        "ip" => json!({"ipAddress": rng.pick(IPS), "countryLetterCode": "NL"}),
        "url" => json!({"url": format!("https://login-contoso.example/{}", rng.below(9999))}),
        "file" => json!({"fileDetails": {
            "fileName": file_name, "filePath": file_path, "fileSize": 20_000 + rng.below(900_000),
            "sha256": format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64()),
        }, "detectionStatus": "detected"}),
        "process" => json!({
            "processId": 1000 + rng.below(9000),
            "processCommandLine": format!("powershell.exe -nop -w hidden -enc {:x}", rng.next_u64()),
            "imageFile": {"fileName": "powershell.exe", "filePath": "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"},
            "userAccount": {"accountName": upn.split('@').next(), "userPrincipalName": upn},
        }),
        "mailbox" => json!({"displayName": user_name, "primaryAddress": upn, "upn": upn}),
        "analyzedMessage" => json!({
            "subject": "Action required: your mailbox is almost full",
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
        // A kind Graph may add tomorrow: the app must list it by type, not drop it.
        _ => json!({"widgetName": "QW-17", "displayName": null}),
    }
}

const KINDS: &[&str] = &[
    "device",
    "user",
    "ip",
    "url",
    "file",
    "process",
    "mailbox",
    "analyzedMessage",
    "cloudApplication",
    "registryKey",
    "oauthApplication",
    "quantumSensor",
];

/// 1–5 evidence items for an alert.
pub fn evidence(rng: &mut Rng, created: &str) -> Vec<Value> {
    let count = 1 + rng.below(5);
    (0..count)
        .map(|_| {
            let kind = *rng.pick(KINDS);
            let mut item = common(rng, kind, created);
            if let (Value::Object(base), Value::Object(extra)) = (&mut item, specific(rng, kind)) {
                base.extend(extra);
            }
            item
        })
        .collect()
}
