use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::search::{Query, searchable_text};

fn matches_search(incident: &Incident, query: &str) -> bool {
    Query::parse(query).matches_text(&searchable_text(incident))
}

fn incident() -> Incident {
    decode_page::<Incident>(include_str!("../fixtures/incidents_v1.json")).unwrap().items.remove(0)
}

#[test]
fn matches_name_id_tags_owner_alerts_mitre_and_evidence() {
    let incident = incident();
    for query in [
        "initial access",
        "multi-stage",
        "2972395",
        "defender experts",
        "kaic@",
        "hidden file",
        "t1564",
        "mssense.exe",
        "testuser@contoso.com",
        "tempdns",
        "",
    ] {
        assert!(matches_search(&incident, query), "{query}");
    }
}

#[test]
fn all_terms_must_match_and_absent_text_does_not() {
    let incident = incident();
    assert!(matches_search(&incident, "MULTI-STAGE tempDns"));
    assert!(!matches_search(&incident, "multi-stage ransomware"));
    assert!(!matches_search(&incident, "zzz"));
}
