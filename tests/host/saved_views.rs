use incident_viewer::graph::enums::{IncidentStatus, Severity};
use incident_viewer::graph::query::IncidentFilters;
use incident_viewer::saved_views::{MAX_NAME, MAX_VIEWS, SavedViews, clean_name};

fn high() -> IncidentFilters {
    IncidentFilters { severities: vec![Severity::High], ..Default::default() }
}

#[test]
fn save_replace_default_remove_round_trip() {
    let mut views = SavedViews::default();
    assert_eq!(views.save("  My queue ", &high()).as_deref(), Some("My queue"));
    views.save("Active", &IncidentFilters { statuses: vec![IncidentStatus::Active], ..Default::default() });
    views.set_default(Some("My queue"));
    views.save("My queue", &IncidentFilters::default());
    assert_eq!(views.all().len(), 2, "same name replaces");
    assert!(views.find("My queue").unwrap().is_default, "replacing keeps the default mark");
    assert_eq!(views.find("My queue").unwrap().filters(), IncidentFilters::default());
    views.set_default(Some("Active"));
    assert_eq!(views.default_view().unwrap().name, "Active");
    assert!(!views.find("My queue").unwrap().is_default, "only one default");
    let again = SavedViews::parse(&views.to_json());
    assert_eq!(again, views);
    views.remove("Active");
    assert!(views.default_view().is_none());
    views.set_default(None);
    assert_eq!(views.all().len(), 1);
}

#[test]
fn stored_junk_is_dropped_and_only_filter_keys_survive() {
    let json = r#"[
        {"name": "ok", "query": "severity=high&token=eyJhbGciOi&access_token=x", "is_default": true},
        {"name": "   ", "query": "severity=low"},
        {"name": 5, "query": "x"},
        "nonsense",
        {"name": "dates", "query": "createdFrom=2026-99-01&status=active"}
    ]"#;
    let views = SavedViews::parse(json);
    assert_eq!(views.all().iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["ok", "dates"]);
    assert_eq!(views.find("ok").unwrap().query, "severity=high");
    assert!(!views.to_json().contains("eyJ"), "a token-like value never survives a round trip");
    assert_eq!(views.find("dates").unwrap().query, "status=active");
    assert_eq!(SavedViews::parse("{not json"), SavedViews::default());
    assert_eq!(SavedViews::parse(""), SavedViews::default());
}

#[test]
fn names_are_cleaned_and_the_list_is_bounded() {
    assert_eq!(clean_name("a\u{0}b\nc"), Some("abc".into()));
    assert_eq!(clean_name(""), None);
    assert_eq!(clean_name(&"x".repeat(500)).unwrap().chars().count(), MAX_NAME);
    let mut views = SavedViews::default();
    for i in 0..MAX_VIEWS + 5 {
        views.save(&format!("v{i}"), &high());
    }
    assert_eq!(views.all().len(), MAX_VIEWS);
    assert_eq!(views.all()[0].name, "v5", "the oldest are dropped first");
}
