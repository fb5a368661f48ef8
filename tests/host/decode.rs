use incident_viewer::graph::enums::{Classification, Determination, IncidentStatus, Severity};
use incident_viewer::graph::model::{Alert, Incident};
use incident_viewer::graph::page::decode_page;

const V1: &str = include_str!("../fixtures/incidents_v1.json");
const LEGACY: &str = include_str!("../fixtures/incident_legacy.json");

#[test]
fn a_graph_page_decodes_with_count_and_next_link_verbatim() {
    let page = decode_page::<Incident>(V1).unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.skipped, 0);
    assert_eq!(page.count, Some(1234));
    assert_eq!(
        page.next_link.as_deref(),
        Some(
            "https://graph.microsoft.com/v1.0/security/incidents?$count=true&$top=2&$expand=alerts&$skiptoken=opaque%3D%3D"
        )
    );
}

#[test]
fn incident_fields_are_read() {
    let page = decode_page::<Incident>(V1).unwrap();
    let incident = &page.items[0];
    assert_eq!(incident.id.as_deref(), Some("2972395"));
    assert_eq!(incident.status, Some(IncidentStatus::Active));
    assert_eq!(incident.severity, Some(Severity::Medium));
    assert_eq!(incident.classification, Some(Classification::TruePositive));
    assert_eq!(incident.determination, Some(Determination::MultiStagedAttack));
    assert_eq!(incident.priority_score, Some(91));
    assert_eq!(incident.all_tags(), vec!["Demo", "Defender Experts"]);
    assert_eq!(incident.comments[0].created_by_display_name.as_deref(), Some("DavidS@contoso.onmicrosoft.com"));
    assert_eq!(incident.created_date_time.unwrap().to_rfc3339(), "2021-08-13T08:43:35.553333300+00:00");
}

#[test]
fn expanded_alerts_and_their_evidence_are_read() {
    let page = decode_page::<Incident>(V1).unwrap();
    let alerts = page.items[0].alerts.as_ref().expect("alerts were expanded");
    let alert = &alerts[0];
    assert_eq!(alert.title.as_deref(), Some("Suspicious execution of hidden file"));
    assert_eq!(alert.all_categories(), vec!["DefenseEvasion"]);
    assert_eq!(alert.mitre_techniques, vec!["T1564.001"]);
    let details: Vec<_> = alert.evidence.iter().map(|e| e.details()).collect();
    let names: Vec<(String, Option<String>)> = details.iter().map(|d| (d.kind.clone(), d.name.clone())).collect();
    assert_eq!(
        names,
        vec![
            ("device".into(), Some("tempDns".into())),
            ("file".into(), Some("MsSense.exe".into())),
            ("user".into(), Some("testUser@contoso.com".into())),
            ("holographic".into(), Some("HoloLens 7".into())),
        ]
    );
    assert_eq!(details[0].roles, vec!["compromised"]);
    assert_eq!(details[3].verdict.as_deref(), Some("suspicious"));
}

#[test]
fn nulls_everywhere_the_schema_allows_them_are_fine() {
    let page = decode_page::<Incident>(V1).unwrap();
    let incident = &page.items[1];
    assert_eq!(incident.display_name, None);
    assert!(incident.custom_tags.is_empty() && incident.system_tags.is_empty() && incident.comments.is_empty());
    assert_eq!(incident.priority_score, None);
    assert_eq!(incident.alerts, None, "no alerts key means: fetch them on demand");
    assert_eq!(incident.redirect_incident_id.as_deref(), Some("2972395"));
}

#[test]
fn legacy_sample_names_and_pascal_case_are_accepted() {
    let page = decode_page::<Incident>(LEGACY).unwrap();
    let incident = &page.items[0];
    assert_eq!(incident.tenant_id.as_deref(), Some("c3c5b2c9-xxxx"));
    assert_eq!(incident.status, Some(IncidentStatus::Active));
    assert_eq!(incident.severity, Some(Severity::Medium));
    assert_eq!(incident.classification, Some(Classification::TruePositive));
    assert_eq!(incident.custom_tags, vec!["Yossi's playground", "Don't mess with the Yossi"]);
    let comment = &incident.comments[0];
    assert_eq!(comment.created_by_display_name.as_deref(), Some("DavidS@contoso.onmicrosoft.com"));
    assert!(comment.created_date_time.is_some());
}

#[test]
fn unknown_enum_members_are_kept_and_shown() {
    let body = r#"{"value":[{"id":"1","status":"someNewStatus","severity":"unknownFutureValue",
        "determination":"insiderRiskConfirmed","createdDateTime":"2026-01-01T00:00:00Z","lastUpdateDateTime":"2026-01-01T00:00:00Z"}]}"#;
    let incident = &decode_page::<Incident>(body).unwrap().items[0];
    assert_eq!(incident.status, Some(IncidentStatus::Unrecognized("someNewStatus".into())));
    assert_eq!(incident.status.as_ref().unwrap().label(), "someNewStatus");
    assert_eq!(incident.severity, Some(Severity::UnknownFutureValue));
    assert_eq!(incident.determination.as_ref().unwrap().label(), "insiderRiskConfirmed");
}

#[test]
fn wrong_types_cost_the_field_not_the_incident() {
    let body = r#"{"value":[{"id":42,"displayName":["not","a","string"],"priorityScore":"77",
        "createdDateTime":"yesterday","customTags":"notalist","comments":[1,{"comment":"ok"}],
        "alerts":[{"title":"A","evidence":[{"@odata.type":7},"junk"]}], "severity": {"nested": true}}]}"#;
    let page = decode_page::<Incident>(body).unwrap();
    assert_eq!(page.skipped, 0);
    let incident = &page.items[0];
    assert_eq!(incident.id.as_deref(), Some("42"));
    assert_eq!(incident.display_name, None);
    assert_eq!(incident.priority_score, Some(77));
    assert_eq!(incident.created_date_time, None);
    assert!(incident.custom_tags.is_empty());
    assert_eq!(incident.comments.len(), 1, "the comment that is a number is dropped, the other kept");
    let alert: &Alert = &incident.alerts.as_ref().unwrap()[0];
    assert_eq!(alert.evidence.len(), 2);
    assert!(alert.evidence.iter().all(|e| e.details().kind == "unknown"));
    assert!(matches!(incident.severity, Some(Severity::Unrecognized(_))));
}

#[test]
fn an_item_that_is_not_an_object_is_skipped_and_counted() {
    let body = r#"{"value":[{"id":"1"}, "garbage", 17, null, {"id":"2"}]}"#;
    let page = decode_page::<Incident>(body).unwrap();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.skipped, 3);
}

#[test]
fn beta_extras_are_read() {
    let body = r#"{"value":[{"id":"1","recommendedActions":"Isolate.","recommendedHuntingQueries":[{"kqlText":"DeviceEvents | take 1"}]}]}"#;
    let incident = &decode_page::<Incident>(body).unwrap().items[0];
    assert_eq!(incident.recommended_actions.as_deref(), Some("Isolate."));
    assert_eq!(incident.recommended_hunting_queries[0].kql_text.as_deref(), Some("DeviceEvents | take 1"));
}

#[test]
fn responses_that_are_not_graph_pages_are_invalid() {
    for body in
        ["", "<html><body>Sign in</body></html>", "[]", "{\"value\": 3}", "{\"items\": []}", "{\"value\": [", "null"]
    {
        let error = decode_page::<Incident>(body).unwrap_err();
        assert_eq!(error.kind, incident_viewer::graph::error::ErrorKind::InvalidResponse, "{body:?}");
    }
}

#[test]
fn an_empty_page_with_a_next_link_is_valid() {
    let page =
        decode_page::<Incident>(r#"{"value":[],"@odata.nextLink":"https://graph.microsoft.com/v1.0/x"}"#).unwrap();
    assert!(page.items.is_empty());
    assert!(page.next_link.is_some());
}

#[test]
fn hostile_and_huge_strings_survive_as_text() {
    let long = "A".repeat(2_000_000);
    let body = serde_json::json!({"value": [{"id": "1", "displayName": format!("<script>alert(1)</script>{long}")}]})
        .to_string();
    let incident = &decode_page::<Incident>(&body).unwrap().items[0];
    assert!(incident.display_name.as_ref().unwrap().starts_with("<script>"));
}

#[test]
fn the_warm_up_sample_decodes_whole() {
    use incident_viewer::warm_up::{SAMPLE, decode_sample};
    let sample = decode_sample().expect("the sample decodes");
    assert_eq!(sample, decode_page::<Incident>(SAMPLE).unwrap());
    assert_eq!((sample.skipped, sample.count), (0, Some(1)));
    let incident = &sample.items[0];
    assert!(
        incident.status.is_some() && incident.created_date_time.is_some() && incident.last_update_date_time.is_some()
    );
    assert_eq!(incident.comments.len(), 1);
    let alert = &incident.alerts.as_ref().unwrap()[0];
    assert_eq!(
        alert.evidence.iter().filter_map(|e| e.details().name).collect::<Vec<_>>(),
        vec!["host", "u@contoso.com"]
    );
}

#[test]
fn one_odd_item_reads_the_others_exactly_as_a_clean_page_does() {
    // A clean page is read in one pass; an odd item sends the page to the item-by-item path. Both
    // must give the same incidents.
    let clean = decode_page::<Incident>(V1).unwrap();
    let with_garbage = V1.replacen("\"value\": [", "\"value\": [\"garbage\", ", 1);
    assert_ne!(with_garbage, V1, "the fixture's list was found");
    let careful = decode_page::<Incident>(&with_garbage).unwrap();
    assert_eq!(careful.skipped, 1);
    assert_eq!(careful.items, clean.items);
    assert_eq!((careful.count, careful.next_link), (clean.count, clean.next_link));
}

#[test]
fn a_key_repeated_in_the_text_keeps_the_last_value_as_a_json_reader_would() {
    let body = r#"{"value":[{"id":"1","displayName":"first","displayName":"second",
        "alerts":[{"title":"A","title":"B","evidence":[]}]}],"@odata.count":1}"#;
    let page = decode_page::<Incident>(body).unwrap();
    assert_eq!(page.skipped, 0);
    assert_eq!(page.count, Some(1));
    let incident = &page.items[0];
    assert_eq!(incident.display_name.as_deref(), Some("second"));
    assert_eq!(incident.alerts.as_ref().unwrap()[0].title.as_deref(), Some("B"));
}

#[test]
fn alerts_that_are_not_objects_are_dropped_and_the_rest_kept() {
    let body = r#"{"value":[{"id":"1","alerts":[["A"],"B",null,7,{"title":"kept","evidence":{"not":"a list"}}]}]}"#;
    let page = decode_page::<Incident>(body).unwrap();
    let alerts = page.items[0].alerts.as_ref().unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].title.as_deref(), Some("kept"));
    assert!(alerts[0].evidence.is_empty());
}

#[test]
fn a_comment_with_both_names_for_its_author_costs_only_that_comment() {
    let body = r#"{"value":[{"id":"1","comments":[{"comment":"x","createdBy":"a","createdByDisplayName":"b"},
        {"comment":"kept"}],"alerts":[{"title":"A"}]}]}"#;
    let page = decode_page::<Incident>(body).unwrap();
    let incident = &page.items[0];
    assert_eq!(incident.comments.len(), 1);
    assert_eq!(incident.comments[0].comment.as_deref(), Some("kept"));
    assert_eq!(incident.alerts.as_ref().unwrap().len(), 1);
}

#[test]
fn a_single_incident_decodes_and_anything_else_is_an_invalid_response() {
    use incident_viewer::graph::error::ErrorKind;
    use incident_viewer::graph::page::decode_one;

    let body = r##"{"id":"7","displayName":"old","displayName":"new","severity":"high",
        "alerts":[{"title":"A","evidence":[{"@odata.type":"#microsoft.graph.security.ipEvidence","ipAddress":"10.0.0.1"}]}]}"##;
    let incident: Incident = decode_one(body).unwrap();
    assert_eq!(incident.id.as_deref(), Some("7"));
    assert_eq!(incident.display_name.as_deref(), Some("new"), "a repeated key keeps its last value");
    assert_eq!(incident.severity, Some(Severity::High));
    let evidence = incident.alerts.as_ref().unwrap()[0].evidence[0].details();
    assert_eq!((evidence.kind.as_str(), evidence.name.as_deref()), ("ip", Some("10.0.0.1")));
    // A clean body (read in one pass) gives what the same incident gives in a page.
    let page = decode_page::<Incident>(V1).unwrap();
    let one = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(V1).unwrap()["value"][0]).unwrap();
    assert_eq!(decode_one::<Incident>(&one).unwrap(), page.items[0]);
    for (body, why) in [
        ("<html>", "The response is not valid JSON."),
        ("{\"id\": ", "The response is not valid JSON."),
        ("[1]", "The response is not a JSON object."),
        ("\"text\"", "The response is not a JSON object."),
    ] {
        let error = decode_one::<Incident>(body).unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidResponse, "{body}");
        assert!(format!("{error:?}").contains(why), "{body}: {error:?}");
    }
}

#[test]
fn lists_of_strings_keep_only_the_strings() {
    let body = r#"{"value":[{"id":"1","customTags":["VIP",3,{"a":["b"]},["x"],null,true,"Finance"],
        "alerts":[{"title":"A","mitreTechniques":[1.5,"T1059",{"id":"T1"}],"categories":"Execution"}]}]}"#;
    let page = decode_page::<Incident>(body).unwrap();
    assert_eq!(page.skipped, 0);
    let incident = &page.items[0];
    assert_eq!(incident.custom_tags, vec!["VIP", "Finance"]);
    let alert = &incident.alerts.as_ref().unwrap()[0];
    assert_eq!(alert.mitre_techniques, vec!["T1059"]);
    assert!(alert.categories.is_empty(), "a string where a list belongs is no list");
}
