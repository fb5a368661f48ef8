use incident_viewer::export::{neutralize, to_csv, to_json};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;

fn fixture() -> Vec<Incident> {
    decode_page::<Incident>(include_str!("../fixtures/incidents_v1.json")).unwrap().items
}

#[test]
fn formula_starts_are_neutralised() {
    for cell in ["=HYPERLINK(\"http://evil\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
        assert_eq!(neutralize(cell), format!("'{cell}"));
    }
    for cell in ["plain", "1-2", "a=b", "", "'quoted"] {
        assert_eq!(neutralize(cell), cell);
    }
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_incident() {
    let mut incidents = fixture();
    incidents[0].display_name = Some("=cmd|' /C calc'!A0, \"quoted\"\nnext line".into());
    incidents[0].custom_tags = vec!["@evil".into(), "ok".into()];
    let csv = to_csv(&incidents);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(&header[..4], ["id", "displayName", "status", "severity"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "2972395");
    assert_eq!(&rows[0][1], "'=cmd|' /C calc'!A0, \"quoted\"\nnext line");
    assert_eq!(
        &rows[0][10], "'@evil; ok; Defender Experts",
        "tags joined; the cell starts with @ so it is neutralised"
    );
    assert_eq!(&rows[0][11], "1");
    assert_eq!(&rows[1][2], "redirected");
    assert!(csv.contains("\r\n"));
}

#[test]
fn json_is_graph_shaped_and_round_trips() {
    let incidents = fixture();
    let json = to_json(&incidents);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value[0]["id"], "2972395");
    assert_eq!(value[0]["alerts"][0]["evidence"][0]["@odata.type"], "#microsoft.graph.security.deviceEvidence");
    let back: Vec<Incident> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, incidents);
}

#[test]
fn empty_export() {
    assert_eq!(to_csv(&[]).lines().count(), 1);
    assert_eq!(to_json(&[]), "[]");
}
