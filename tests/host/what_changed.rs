use std::collections::HashMap;

use incident_viewer::graph::model::Incident;
use incident_viewer::refresh::{Change, Seen};
use incident_viewer::what_changed::{Shown, change_line, what_changed};
use serde_json::{Value, json};

fn incident(changes: Value) -> Incident {
    let mut base = json!({
        "id": "7", "displayName": "Ransomware activity on one endpoint", "status": "active",
        "severity": "medium", "classification": "unknown", "determination": "unknown",
        "assignedTo": null, "priorityScore": 34, "customTags": ["Red team"], "systemTags": [],
        "lastUpdateDateTime": "2026-11-29T10:00:00Z",
        "comments": [{"comment": "Looking", "createdByDisplayName": "Alex", "createdDateTime": "2026-11-29T09:00:00Z"}],
        "alerts": [{"id": "a1", "title": "Suspicious PowerShell command line"}],
    });
    for (key, value) in changes.as_object().unwrap() {
        base[key] = value.clone();
    }
    serde_json::from_value(base).unwrap()
}

fn changed(before: Value, after: Value) -> Vec<String> {
    what_changed(&Shown::of(&incident(before)), &incident(after))
}

#[test]
fn an_unchanged_incident_has_nothing_to_say_and_the_line_says_what_was_compared() {
    assert!(changed(json!({}), json!({"lastUpdateDateTime": "2026-11-29T11:00:00Z"})).is_empty());
    let line = change_line(&[]);
    assert!(line.contains("status, severity, owner"), "{line}");
}

#[test]
fn status_severity_and_verdict_are_said_from_and_to_in_their_labels() {
    let parts = changed(
        json!({}),
        json!({"status": "resolved", "severity": "high", "classification": "truePositive", "determination": "malware"}),
    );
    assert_eq!(
        parts,
        vec![
            "status Active → Resolved",
            "severity Medium → High",
            "classification Not set → True positive",
            "determination Not set → Malware",
        ]
    );
    // An enum member this build does not know is shown as received; a missing value as "none".
    assert_eq!(changed(json!({}), json!({"status": "quarantined"})), vec!["status Active → quarantined"]);
    assert_eq!(changed(json!({}), json!({"severity": null})), vec!["severity Medium → none"]);
}

#[test]
fn a_merge_names_its_target() {
    let parts = changed(json!({}), json!({"status": "redirected", "redirectIncidentId": "2744"}));
    assert_eq!(parts, vec!["status Active → Redirected", "merged into #2744"]);
}

#[test]
fn the_owner_is_taken_given_or_handed_over() {
    let alex = json!({"assignedTo": "alexw@contoso.com"});
    assert_eq!(changed(json!({}), alex.clone()), vec!["now assigned to alexw@contoso.com"]);
    assert_eq!(changed(alex.clone(), json!({})), vec!["no longer assigned to alexw@contoso.com"]);
    assert_eq!(
        changed(alex.clone(), json!({"assignedTo": "sam@contoso.com"})),
        vec!["reassigned from alexw@contoso.com to sam@contoso.com"]
    );
    // Blank is unassigned, as the card shows it.
    assert!(changed(json!({"assignedTo": "  "}), json!({})).is_empty());
}

#[test]
fn new_alerts_are_named_and_removed_ones_counted() {
    let one = json!({"id": "a1", "title": "Suspicious PowerShell command line"});
    let alerts = |more: Vec<Value>| {
        let mut list = vec![one.clone()];
        list.extend(more);
        json!({ "alerts": list })
    };
    let two = alerts(vec![json!({"id": "a2", "title": "Ransomware behavior detected"})]);
    assert_eq!(changed(json!({}), two.clone()), vec!["1 new alert: “Ransomware behavior detected”"]);
    let many = alerts(vec![
        json!({"id": "a2", "title": "Ransomware behavior detected"}),
        json!({"id": "a3", "title": ""}),
        json!({"id": "a4", "title": "x".repeat(100)}),
    ]);
    assert_eq!(changed(json!({}), many), vec!["3 new alerts: “Ransomware behavior detected”, “untitled”, 1 more"]);
    assert_eq!(changed(two, json!({"alerts": []})), vec!["2 alerts removed"]);
    // Alerts that did not come with the list (Graph's 500 on $expand) are not compared.
    assert!(changed(json!({"alerts": null}), json!({"alerts": [one.clone(), {"id": "b", "title": "B"}]})).is_empty());
    assert!(changed(json!({}), json!({"alerts": null})).is_empty());
}

#[test]
fn comments_are_counted_with_the_author_of_a_single_one() {
    let comment = |by: &str| json!({"comment": "More evidence", "createdByDisplayName": by});
    let first = json!({"comment": "Looking", "createdByDisplayName": "Alex"});
    assert_eq!(
        changed(json!({}), json!({"comments": [first.clone(), comment("Automation")]})),
        vec!["1 new comment by Automation"]
    );
    assert_eq!(
        changed(json!({}), json!({"comments": [first.clone(), comment("A"), comment("B")]})),
        vec!["2 new comments"]
    );
    assert_eq!(changed(json!({}), json!({"comments": [first, comment("")]})), vec!["1 new comment"]);
}

#[test]
fn priority_tags_and_name() {
    assert_eq!(changed(json!({}), json!({"priorityScore": 80})), vec!["priority 34 → 80"]);
    assert_eq!(
        changed(json!({}), json!({"customTags": ["Red team", "VIP"], "systemTags": ["Defender Experts"]})),
        vec!["tags added “VIP”, “Defender Experts”"]
    );
    assert_eq!(changed(json!({}), json!({"customTags": []})), vec!["tag removed “Red team”"]);
    let long =
        "Multi-stage incident involving Initial access & Execution on multiple endpoints reported by multiple sources";
    let parts = changed(json!({}), json!({"displayName": long}));
    assert_eq!(parts, vec!["renamed from “Ransomware activity on one endpoint”"]);
    let parts = changed(json!({"displayName": long}), json!({}));
    assert_eq!(parts, vec!["renamed from “Multi-stage incident involving Initial access & Execution on…”"]);
}

#[test]
fn the_line_puts_the_most_telling_first() {
    let parts = changed(
        json!({}),
        json!({"customTags": [], "priorityScore": 90, "status": "inProgress", "assignedTo": "sam@contoso.com"}),
    );
    assert_eq!(
        change_line(&parts),
        "Since you last looked: status Active → In progress; now assigned to sam@contoso.com; priority 34 → 90; \
         tag removed “Red team”"
    );
}

fn detail(found: &[(String, Change)]) -> Vec<Option<String>> {
    found.iter().map(|(_, change)| change.detail()).collect()
}

#[test]
fn marks_left_from_earlier_refreshes_keep_what_the_analyst_was_shown() {
    let mut seen = Seen::default();
    let shown = incident(json!({}));
    seen.record([&shown]);
    let mut marks: HashMap<String, Change> = HashMap::new();

    // First refresh: assigned.
    let first = incident(json!({"assignedTo": "sam@contoso.com", "lastUpdateDateTime": "2026-11-29T10:05:00Z"}));
    let found = seen.changes(std::slice::from_ref(&first), &marks);
    assert_eq!(detail(&found), vec![Some("Since you last looked: now assigned to sam@contoso.com".to_owned())]);
    marks.extend(found);
    seen.record([&first]); // the refreshed page is now what is shown

    // Second refresh, mark not cleared: resolved too. Said against the version before the mark.
    let second = incident(json!({"assignedTo": "sam@contoso.com", "status": "resolved",
        "lastUpdateDateTime": "2026-11-29T10:09:00Z"}));
    let found = seen.changes(std::slice::from_ref(&second), &marks);
    assert_eq!(
        detail(&found),
        vec![Some("Since you last looked: status Active → Resolved; now assigned to sam@contoso.com".to_owned())]
    );
    marks.extend(found);
    seen.record([&second]);
    // The same answer again finds nothing new, and the mark stays as it was.
    assert!(seen.changes(std::slice::from_ref(&second), &marks).is_empty());

    // Once marked as seen (marks cleared), the next update is said against the latest version.
    marks.clear();
    let third = incident(json!({"assignedTo": "sam@contoso.com", "status": "resolved", "severity": "high",
        "lastUpdateDateTime": "2026-11-29T10:12:00Z"}));
    let found = seen.changes(std::slice::from_ref(&third), &marks);
    assert_eq!(detail(&found), vec![Some("Since you last looked: severity Medium → High".to_owned())]);
}

#[test]
fn a_new_incident_stays_new_until_seen_whatever_happens_to_it() {
    let seen = Seen::default();
    let arrived = incident(json!({}));
    let mut marks: HashMap<String, Change> = HashMap::new();
    marks.extend(seen.changes(std::slice::from_ref(&arrived), &marks));
    assert_eq!(marks.get("7"), Some(&Change::New));
    assert_eq!(marks["7"].detail(), None);
    let mut seen = seen;
    seen.record([&arrived]);
    let updated = incident(json!({"status": "inProgress", "lastUpdateDateTime": "2026-11-29T10:05:00Z"}));
    assert!(seen.changes(std::slice::from_ref(&updated), &marks).is_empty(), "still new, not changed");
}

#[test]
fn alerts_whose_status_moved_are_said_by_the_status_they_have_now() {
    let alerts = |statuses: [&str; 3]| {
        json!({"alerts": [
            {"id": "a1", "title": "Suspicious PowerShell command line", "status": statuses[0]},
            {"id": "a2", "title": "Ransomware behavior detected", "status": statuses[1]},
            {"id": "a3", "title": "Credential dumping", "status": statuses[2]},
        ]})
    };
    assert_eq!(
        changed(alerts(["new", "new", "inProgress"]), alerts(["resolved", "resolved", "inProgress"])),
        vec!["2 alerts now Resolved"]
    );
    assert_eq!(
        changed(alerts(["new", "new", "new"]), alerts(["inProgress", "new", "resolved"])),
        vec!["alert “Suspicious PowerShell command line” now In progress", "alert “Credential dumping” now Resolved"]
    );
    assert!(changed(alerts(["new", "new", "new"]), alerts(["new", "new", "new"])).is_empty());
    // A new alert is new, not "moved"; a status Graph added later is shown as received.
    let mut more = alerts(["new", "new", "new"]);
    more["alerts"].as_array_mut().unwrap().push(json!({"id": "a4", "title": "Fresh", "status": "resolved"}));
    assert_eq!(changed(alerts(["new", "new", "new"]), more), vec!["1 new alert: “Fresh”"]);
    assert_eq!(
        changed(alerts(["new", "new", "new"]), alerts(["new", "new", "quarantined"])),
        vec!["alert “Credential dumping” now quarantined"]
    );
}
