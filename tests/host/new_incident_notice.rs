use incident_viewer::graph::model::Incident;
use incident_viewer::new_incident_notice::new_incidents_notice;
use serde_json::json;

fn incident(id: &str, name: &str, severity: &str) -> Incident {
    serde_json::from_value(json!({"id": id, "displayName": name, "severity": severity})).unwrap()
}

#[test]
fn nothing_new_is_no_notice() {
    assert_eq!(new_incidents_notice(0, &[]), None);
}

#[test]
fn one_new_incident_is_named_with_its_severity_and_id() {
    let one = incident("2761", "Ransomware activity on one endpoint", "high");
    assert_eq!(
        new_incidents_notice(1, &[&one]),
        Some(("1 new incident".to_owned(), "High · Ransomware activity on one endpoint (#2761)".to_owned()))
    );
}

#[test]
fn the_gravest_three_are_named_and_the_rest_counted() {
    let list = [
        incident("1", "Phish", "low"),
        incident("2", "Odd sign-in", "informational"),
        incident("3", "Ransomware", "high"),
        incident("4", "Mass download", "medium"),
        incident("5", "Another ransomware", "high"),
        incident("6", "Future", "somethingNew"),
    ];
    let refs: Vec<&Incident> = list.iter().collect();
    let (title, body) = new_incidents_notice(refs.len(), &refs).unwrap();
    assert_eq!(title, "6 new incidents");
    assert_eq!(body, "High · Ransomware (#3)\nHigh · Another ransomware (#5)\nMedium · Mass download (#4)\nand 3 more");
}

#[test]
fn blank_long_or_odd_names_still_read_as_one_short_line() {
    let blank = incident("9", "  ", "medium");
    let long = incident("10", &format!("Line one\n\nline\ttwo {}", "x".repeat(200)), "low");
    let unknown: Incident = serde_json::from_value(json!({"displayName": "No id, no severity"})).unwrap();
    let (_, body) = new_incidents_notice(3, &[&blank, &long, &unknown]).unwrap();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines[0], "Medium · Incident 9 (#9)");
    assert!(lines[1].starts_with("Low · Line one line two xxx") && lines[1].ends_with("… (#10)"), "{}", lines[1]);
    assert!(lines[1].chars().count() < 100, "{}", lines[1]);
    assert_eq!(lines[2], "Unknown severity · No id, no severity");
}

#[test]
fn the_count_covers_every_incident_still_marked_new_named_or_not() {
    let one = incident("7", "Ransomware", "high");
    // Four still marked new, one of them on the page refreshed: the rest are counted.
    assert_eq!(
        new_incidents_notice(4, &[&one]),
        Some(("4 new incidents".to_owned(), "High · Ransomware (#7)\nand 3 more".to_owned()))
    );
    // A total below what is at hand cannot undercount.
    assert_eq!(new_incidents_notice(0, &[&one]).unwrap().0, "1 new incident");
}
