use incident_viewer::entities::{Entity, UNNAMED, entities};
use incident_viewer::graph::model::Alert;
use serde_json::{Value, json};

fn alert(evidence: Value) -> Alert {
    serde_json::from_value(json!({"id": "a", "evidence": evidence})).unwrap()
}

fn device(host: &str, verdict: &str, role: &str) -> Value {
    json!({"@odata.type": "#microsoft.graph.security.deviceEvidence", "deviceDnsName": host, "verdict": verdict, "roles": [role]})
}

fn entity(name: &str, alerts: usize, verdict: Option<&str>, roles: &[&str]) -> Entity {
    Entity {
        name: name.to_owned(),
        alerts,
        verdict: verdict.map(str::to_owned),
        roles: roles.iter().map(|r| (*r).to_owned()).collect(),
    }
}

#[test]
fn each_entity_once_with_its_alert_count_gravest_verdict_and_roles() {
    let ip = json!({"@odata.type": "#microsoft.graph.security.ipEvidence", "ipAddress": "203.0.113.7", "verdict": "unknown"});
    let alerts = [
        alert(json!([device("ws-1.contoso.local", "suspicious", "compromised"), ip.clone()])),
        // Named twice in one alert, and in another case: one entity, counted once for this alert.
        alert(json!([
            device("WS-1.contoso.local", "malicious", "attacker"),
            device("ws-1.contoso.local", "noThreatsFound", "compromised")
        ])),
        alert(json!([device("ws-2.contoso.local", "noThreatsFound", "contextual"), ip])),
    ];
    assert_eq!(
        entities(&alerts),
        [
            (
                "device".to_owned(),
                vec![
                    entity("ws-1.contoso.local", 2, Some("malicious"), &["compromised", "attacker"]),
                    entity("ws-2.contoso.local", 1, Some("noThreatsFound"), &["contextual"]),
                ]
            ),
            ("ip".to_owned(), vec![entity("203.0.113.7", 2, Some("unknown"), &[])]),
        ]
    );
}

#[test]
fn assets_come_first_other_kinds_in_the_order_seen_and_nothing_is_dropped() {
    let alerts = [alert(json!([
        {"@odata.type": "#microsoft.graph.security.fileEvidence", "fileDetails": {"fileName": "a.exe"}},
        {"@odata.type": "#microsoft.graph.security.quantumSensorEvidence", "widgetName": "QW-17"},
        {"@odata.type": "#microsoft.graph.security.userEvidence", "userAccount": {"userPrincipalName": "u@contoso.com"}},
        {"@odata.type": "#microsoft.graph.security.processEvidence"},
        "not an object",
        {"@odata.type": "#microsoft.graph.security.deviceEvidence", "hostName": "dc01", "verdict": "somethingNew"},
    ]))];
    let found = entities(&alerts);
    let kinds: Vec<&str> = found.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(kinds, ["device", "user", "file", "quantumSensor", "process", "unknown"]);
    assert_eq!(found[0].1[0].verdict.as_deref(), Some("somethingNew"));
    assert_eq!(found[4].1[0].name, UNNAMED);
    assert_eq!(found[5].1[0].name, UNNAMED);
    assert!(entities(&[]).is_empty());
    assert!(entities(&[alert(json!([]))]).is_empty());
}

#[test]
fn the_most_alerted_come_first_within_a_kind() {
    let alerts = [
        alert(json!([device("a", "unknown", "x")])),
        alert(json!([device("b", "unknown", "x")])),
        alert(json!([device("b", "unknown", "x"), device("c", "unknown", "x")])),
        alert(json!([device("c", "unknown", "x")])),
        alert(json!([device("c", "unknown", "x")])),
    ];
    let names: Vec<(String, usize)> = entities(&alerts)[0].1.iter().map(|e| (e.name.clone(), e.alerts)).collect();
    assert_eq!(names, [("c".to_owned(), 3), ("b".to_owned(), 2), ("a".to_owned(), 1)]);
}
