use incident_viewer::graph::model::Alert;
use incident_viewer::indicators::{indicators, indicators_text};
use incident_viewer::markdown::{code_span, incident_report};
use serde_json::{Value, json};

fn alert(evidence: Value) -> Alert {
    serde_json::from_value(json!({"id": "a", "title": "T", "evidence": evidence})).unwrap()
}

fn ev(kind: &str, fields: Value) -> Value {
    let mut item = fields;
    item["@odata.type"] = json!(format!("#microsoft.graph.security.{kind}Evidence"));
    item
}

fn two_alerts() -> Vec<Alert> {
    vec![
        alert(json!([
            ev(
                "file",
                json!({"fileDetails": {"fileName": "payload.dll", "sha256": "AB12", "sha1": "cd34", "md5": null}})
            ),
            ev("ip", json!({"ipAddress": "203.0.113.9", "countryLetterCode": "NL"})),
            ev("process", json!({"processCommandLine": "powershell.exe -enc SQBF", "imageFile": {"sha256": "ef56"}})),
        ])),
        alert(json!([
            ev("file", json!({"fileDetails": {"fileName": "payload.dll", "sha256": "ab12"}})),
            ev("url", json!({"url": "https://login-contoso.example/1"})),
            ev("dns", json!({"domainName": "login-contoso.example"})),
            ev(
                "networkConnection",
                json!({"destinationAddress": {"ipAddress": "198.51.100.7"}, "sourceAddress": {"ipAddress": "203.0.113.9"}})
            ),
            ev(
                "device",
                json!({"deviceDnsName": "ws-1", "mdeDeviceId": "0f0f",
                "loggedOnUsers": [{"accountName": "alexw", "domainName": "CONTOSO"}]})
            ),
            ev("user", json!({"userAccount": {"domainName": "contoso.com", "userPrincipalName": "alexw@contoso.com"}})),
        ])),
    ]
}

#[test]
fn every_alert_s_hashes_addresses_urls_domains_and_command_lines_once_each() {
    let groups = indicators(&two_alerts());
    let expect = |list: &[(&'static str, &[&str])]| -> Vec<(&'static str, Vec<String>)> {
        list.iter().map(|(g, v)| (*g, v.iter().map(|s| (*s).to_owned()).collect())).collect()
    };
    assert_eq!(
        groups,
        expect(&[
            ("SHA-256", &["AB12", "ef56"]),
            ("SHA-1", &["cd34"]),
            ("IP addresses", &["203.0.113.9", "198.51.100.7"]),
            ("URLs", &["https://login-contoso.example/1"]),
            ("Domains", &["login-contoso.example"]),
            ("Command lines", &["powershell.exe -enc SQBF"]),
        ])
    );
    assert_eq!(
        indicators_text(&groups[..2]),
        "# SHA-256\nAB12\nef56\n\n# SHA-1\ncd34\n",
        "one per line, to paste into a query or a TI platform"
    );
    assert!(indicators(&[]).is_empty());
    assert!(indicators(&[alert(json!([ev("device", json!({"deviceDnsName": "ws-1"})), 42, null]))]).is_empty());
}

#[test]
fn the_report_lists_them_as_literal_code() {
    let mut alerts = two_alerts();
    alerts.push(alert(json!([ev(
        "process",
        json!({"processCommandLine": "cmd /c echo `x` & [a](javascript:b)\nrm -rf"})
    )])));
    let report = incident_report(&Default::default(), &alerts);
    let section =
        report.split("## Indicators").nth(1).expect("an Indicators section").split("## Alerts").next().unwrap();
    assert!(section.contains("**SHA-256**\n\n- ` AB12 `\n- ` ef56 `"), "{section}");
    assert!(section.contains("- `` cmd /c echo `x` & [a](javascript:b) rm -rf ``"), "{section}");
    assert_eq!(code_span("a``b"), "``` a``b ```");
    let none = incident_report(&Default::default(), &[alert(json!([ev("device", json!({"deviceDnsName": "ws-1"}))]))]);
    assert!(!none.contains("## Indicators"));
}
