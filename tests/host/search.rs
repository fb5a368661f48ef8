use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::search::{AlertText, Indexed, Place, Query, found_in_line};

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

fn found(incident: &Incident, query: &str) -> Vec<(Place, String)> {
    let texts = AlertText::of(incident.alerts.as_deref().unwrap_or_default());
    texts.found(&Query::parse(query)).into_iter().map(|(place, text)| (place, text.to_owned())).collect()
}

#[test]
fn a_card_can_say_which_alert_texts_a_search_found() {
    let incident = incident();
    assert_eq!(found(&incident, "HIDDEN"), [(Place::AlertTitle, "Suspicious execution of hidden file".to_owned())]);
    assert_eq!(found(&incident, "t1564"), [(Place::Mitre, "T1564.001".to_owned())]);
    assert_eq!(found(&incident, "mssense"), [(Place::Evidence, "MsSense.exe".to_owned())]);
    // Any term counts, in the alerts' order; what the card shows anyway (name, id, owner) is not listed.
    assert_eq!(
        found(&incident, "testuser tempdns multi-stage 2972395 kaic"),
        [(Place::Evidence, "tempDns".to_owned()), (Place::Evidence, "testUser@contoso.com".to_owned())]
    );
    assert!(found(&incident, "zzz").is_empty());
    assert!(found(&incident, "").is_empty());
}

#[test]
fn the_same_evidence_in_several_alerts_is_found_once() {
    let mut incident = incident();
    let alerts = incident.alerts.as_mut().unwrap();
    alerts.push(alerts[0].clone());
    assert_eq!(found(&incident, "tempdns"), [(Place::Evidence, "tempDns".to_owned())]);
}

#[test]
fn the_found_in_line_names_a_few_places_cuts_long_texts_and_counts_the_rest() {
    assert_eq!(found_in_line(&[], 3), "");
    assert_eq!(
        found_in_line(
            &[(Place::AlertTitle, "Suspicious PowerShell"), (Place::Mitre, "T1059"), (Place::Evidence, "host-1")],
            3
        ),
        "Found in alert “Suspicious PowerShell”; MITRE T1059; evidence “host-1”"
    );
    // Grouped by place, alerts first, each place in the alerts' order.
    let mixed = [
        (Place::Evidence, "powershell.exe"),
        (Place::AlertTitle, "Suspicious PowerShell command line"),
        (Place::Mitre, "T1059.001"),
        (Place::AlertTitle, "PowerShell download"),
        (Place::Evidence, "update.ps1"),
    ];
    assert_eq!(
        found_in_line(&mixed, 4),
        "Found in alerts “Suspicious PowerShell command line”, “PowerShell download”; MITRE T1059.001; \
         evidence “powershell.exe” and 1 more"
    );
    let many = [(Place::Evidence, "a"), (Place::Evidence, "b"), (Place::Evidence, "c"), (Place::Evidence, "d")];
    assert_eq!(found_in_line(&many, 2), "Found in evidence “a”, “b” and 2 more");
    // Cut at a character, never inside one (60 of them, then an ellipsis).
    let long = "é".repeat(70);
    let line = found_in_line(&[(Place::AlertTitle, long.as_str())], 3);
    assert_eq!(line, format!("Found in alert “{}…”", "é".repeat(60)));
}
