//! Evidence is kept as the text Graph sent; what it says is read from that text when it is shown.

use incident_viewer::graph::evidence::{Evidence, EvidenceDetails};
use serde_json::{Value, json};

fn read(text: &str) -> EvidenceDetails {
    serde_json::from_str::<Evidence>(text).unwrap().details()
}

#[test]
fn fields_of_the_wrong_type_count_as_absent_and_cost_only_themselves() {
    let evidence = read(
        r##"{"@odata.type":"#microsoft.graph.security.ipEvidence","ipAddress":"10.0.0.9","verdict":5,
            "remediationStatus":{"nested":["x"]},"roles":["attacker",3,null,"contextual"],"extra":[1,{"a":2}]}"##,
    );
    assert_eq!(
        evidence,
        EvidenceDetails {
            kind: "ip".into(),
            name: Some("10.0.0.9".into()),
            verdict: None,
            remediation_status: None,
            roles: vec!["attacker".into(), "contextual".into()],
        }
    );
}

#[test]
fn a_repeated_key_is_read_as_json_reads_it_the_last_one_wins() {
    let evidence = read(
        r##"{"@odata.type":"#microsoft.graph.security.userEvidence","verdict":"unknown","verdict":"malicious",
            "userAccount":{"userPrincipalName":"a@contoso.com"}}"##,
    );
    assert_eq!(evidence.kind, "user");
    assert_eq!(evidence.verdict.as_deref(), Some("malicious"));
    assert_eq!(evidence.name.as_deref(), Some("a@contoso.com"));
}

#[test]
fn anything_that_is_not_an_object_is_unknown_evidence_without_a_name() {
    for text in ["null", "7", "\"junk\"", "[1,2]", "{\"@odata.type\":7}", "{}"] {
        assert_eq!(read(text), EvidenceDetails { kind: "unknown".into(), ..EvidenceDetails::default() }, "{text}");
    }
}

#[test]
fn the_same_item_spelled_differently_is_equal_and_a_different_one_is_not() {
    let parse = |text: &str| serde_json::from_str::<Evidence>(text).unwrap();
    let compact = parse(r##"{"@odata.type":"#x.deviceEvidence","deviceDnsName":"h1","roles":[]}"##);
    let spaced = parse(r##"{ "roles": [ ], "deviceDnsName": "h1", "@odata.type": "#x.deviceEvidence" }"##);
    let other = parse(r##"{"@odata.type":"#x.deviceEvidence","deviceDnsName":"h2","roles":[]}"##);
    assert_eq!(compact, spaced);
    assert_ne!(compact, other);
    // Read from a JSON tree (the careful path and the demo tenant) it is the same item too.
    let from_tree: Evidence =
        serde_json::from_value(json!({"deviceDnsName": "h1", "roles": [], "@odata.type": "#x.deviceEvidence"}))
            .unwrap();
    assert_eq!(from_tree, compact);
    assert_eq!(from_tree.details().name.as_deref(), Some("h1"));
}

#[test]
fn written_back_it_is_the_same_json_and_a_pretty_export_indents_it() {
    let text = r##"{"@odata.type":"#x.fileEvidence","fileDetails":{"fileName":"a.exe","sha256":"00"},"roles":[]}"##;
    let evidence: Evidence = serde_json::from_str(text).unwrap();
    let written: Value = serde_json::from_str(&serde_json::to_string(&evidence).unwrap()).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(text).unwrap());
    let pretty = serde_json::to_string_pretty(&vec![evidence]).unwrap();
    assert!(pretty.contains("\n      \"fileName\": \"a.exe\""), "{pretty}");
}
