use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::search::{Indexed, Query};

fn matches_search(incident: &Incident, query: &str) -> bool {
    Query::parse(query).matches(&Indexed::new(incident))
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

#[test]
fn pair_sets_never_rule_out_a_term_that_occurs() {
    use incident_viewer::search::PairSet;
    let text = "ransomware on fin-042.contoso.local · ünïcødé · t1486 · 10.0.0.7";
    let pairs = PairSet::of(text);
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        for end in start..=chars.len() {
            let term: String = chars[start..end].iter().collect();
            assert!(pairs.covers(&PairSet::of(&term)), "{term:?}");
        }
    }
    assert!(PairSet::default().covers(&PairSet::of("x")), "one character has no pairs: it is always scanned");
    // A rare term is ruled out without scanning (for these two, no hash collision happens).
    assert!(!pairs.covers(&PairSet::of("zzq")));
    assert!(!pairs.covers(&PairSet::of("phish")));
}

#[test]
fn lower_casing_for_search_handles_ascii_and_unicode() {
    use incident_viewer::search::lower_case;
    assert_eq!(lower_case("HOST-42.Contoso.COM"), "host-42.contoso.com");
    assert_eq!(lower_case("ÉCOLE ΣΑΣ Straße"), "école σας straße", "final sigma, accents, ß");
}
