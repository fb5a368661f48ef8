use chrono::FixedOffset;
use incident_viewer::graph::model::{Alert, Comment, Incident};
use incident_viewer::markdown::incident_report;
use incident_viewer::timeline::{Moment, comments_in_order, duration, gaps, headline, timeline};
use serde_json::{Value, json};

fn incident(fields: Value) -> Incident {
    serde_json::from_value(fields).unwrap()
}

fn alerts(list: Value) -> Vec<Alert> {
    serde_json::from_value(list).unwrap()
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

/// A sign-in seen at 09:00 for 25 min, raised at 09:27, resolved at 11:00; a second alert whose
/// activity began at 09:10 (before the first one was raised), raised at 09:40.
fn two_alerts() -> Vec<Alert> {
    alerts(json!([
        {"title": "Suspicious sign-in", "firstActivityDateTime": "2026-11-28T09:00:00Z",
         "lastActivityDateTime": "2026-11-28T09:25:00Z", "createdDateTime": "2026-11-28T09:27:00Z",
         "resolvedDateTime": "2026-11-28T11:00:00Z"},
        {"title": "Mailbox rule created", "firstActivityDateTime": "2026-11-28T09:10:00Z",
         "lastActivityDateTime": "2026-11-28T09:10:00Z", "createdDateTime": "2026-11-28T09:40:00Z",
         "resolvedDateTime": null},
    ]))
}

#[test]
fn events_from_every_alert_comment_and_the_incident_come_oldest_first() {
    let incident = incident(json!({
        "createdDateTime": "2026-11-28T09:27:00Z", "lastUpdateDateTime": "2026-11-28T11:05:00Z",
        "lastModifiedBy": "sam@contoso.com",
        "comments": [
            {"comment": "Reset the password.", "createdByDisplayName": "Sam", "createdDateTime": "2026-11-28T10:30:00Z"},
            {"comment": "Looking", "createdByDisplayName": "Alex", "createdDateTime": "2026-11-28T09:50:00Z"},
        ],
    }));
    let texts: Vec<String> = timeline(&incident, &two_alerts()).iter().map(|e| e.text()).collect();
    assert_eq!(
        texts,
        [
            "Activity began: “Suspicious sign-in” (went on for 25 min)",
            "Activity began: “Mailbox rule created”",
            // Same instant: the alert comes before the incident opened for it.
            "Alert raised: “Suspicious sign-in”",
            "Incident created",
            "Alert raised: “Mailbox rule created”",
            "Comment by Alex: Looking",
            "Comment by Sam: Reset the password.",
            "Alert resolved: “Suspicious sign-in”",
            "Incident last updated, by sam@contoso.com",
        ]
    );
}

#[test]
fn missing_placeholder_and_unparsable_times_are_no_events() {
    let incident = incident(json!({
        "createdDateTime": "0001-01-01T00:00:00Z", "lastUpdateDateTime": "not a date",
        "comments": [{"comment": "undated"}, {"comment": "odd", "createdDateTime": 17}],
    }));
    let list = alerts(json!([
        {"title": "No times at all"},
        {"title": "Placeholder", "firstActivityDateTime": "0001-01-01T00:00:00Z", "resolvedDateTime": "0001-01-01T00:00:00Z",
         "createdDateTime": "2026-11-28T09:00:00Z"},
    ]));
    let events = timeline(&incident, &list);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].moment, Moment::AlertRaised);
    assert!(timeline(&Incident::default(), &[]).is_empty());
    assert_eq!(headline(&list, utc()), None, "no activity times: no headline");
}

#[test]
fn an_update_at_creation_is_not_news_and_names_are_trimmed_or_said_missing() {
    let incident = incident(json!({
        "createdDateTime": "2026-11-28T09:00:00Z", "lastUpdateDateTime": "2026-11-28T09:00:00Z",
        "comments": [{"comment": "  spaced\n\n  out\ttext ", "createdByDisplayName": "  ", "createdDateTime": "2026-11-28T09:05:00Z"}],
    }));
    let list = alerts(json!([{"title": "  ", "createdDateTime": "2026-11-28T09:01:00Z"}]));
    let texts: Vec<String> = timeline(&incident, &list).iter().map(|e| e.text()).collect();
    assert_eq!(
        texts,
        ["Incident created", "Alert raised: an untitled alert", "Comment by an unknown author: spaced out text"]
    );
}

#[test]
fn a_long_comment_is_cut_and_hostile_text_stays_text() {
    let long = "word ".repeat(100);
    let incident = incident(json!({"comments": [
        {"comment": long, "createdByDisplayName": "<img src=x onerror=alert(1)>", "createdDateTime": "2026-11-28T09:05:00Z"},
    ]}));
    let event = &timeline(&incident, &[])[0];
    let detail = event.detail.as_deref().unwrap();
    assert!(detail.chars().count() <= 121 && detail.ends_with('…'), "{detail}");
    assert!(event.text().starts_with("Comment by <img src=x onerror=alert(1)>: word word"), "{}", event.text());
}

#[test]
fn durations_read_as_people_say_them() {
    for (seconds, text) in [
        (-5, "0 s"),
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (12 * 60 + 59, "12 min"),
        (3_600, "1 h"),
        (3 * 3_600 + 5 * 60, "3 h 5 min"),
        (86_400, "1 day"),
        (86_400 + 4 * 3_600 + 59 * 60, "1 day 4 h"),
        (3 * 86_400, "3 days"),
        (2 * 86_400 + 3_600, "2 days 1 h"),
    ] {
        assert_eq!(duration(seconds), text, "{seconds}");
    }
}

#[test]
fn gaps_say_how_long_after_the_event_before() {
    let incident = incident(json!({"createdDateTime": "2026-11-28T09:27:00Z"}));
    let events = timeline(&incident, &two_alerts());
    let gaps = gaps(&events);
    assert_eq!(gaps.len(), events.len());
    assert_eq!(gaps[0], None, "the first event follows nothing");
    assert_eq!(gaps[1].as_deref(), Some("+10 min"));
    assert_eq!(gaps[2].as_deref(), Some("+17 min"));
    assert_eq!(gaps[3], None, "the same second as the alert before");
}

#[test]
fn the_headline_says_when_it_began_how_long_it_went_unseen_and_how_long_it_went_on() {
    assert_eq!(
        headline(&two_alerts(), utc()).as_deref(),
        Some(
            "Activity began 2026-11-28 09:00 UTC; the first alert was raised 27 min later. It went on for 25 min across 2 alerts."
        )
    );
    // In the browser's zone, named.
    let plus_one = FixedOffset::east_opt(3_600).unwrap();
    assert!(headline(&two_alerts(), plus_one).unwrap().starts_with("Activity began 2026-11-28 10:00 UTC+01:00;"));
    let at_once =
        alerts(json!([{"firstActivityDateTime": "2026-11-28T09:00:00Z", "createdDateTime": "2026-11-28T09:00:00Z"}]));
    assert_eq!(
        headline(&at_once, utc()).as_deref(),
        Some("Activity began 2026-11-28 09:00 UTC; the first alert was raised as it began.")
    );
    // Raised "before" its activity (clocks disagree): no claim about how long it went unseen.
    let skewed =
        alerts(json!([{"firstActivityDateTime": "2026-11-28T09:00:00Z", "createdDateTime": "2026-11-28T08:00:00Z"}]));
    assert_eq!(headline(&skewed, utc()).as_deref(), Some("Activity began 2026-11-28 09:00 UTC."));
}

#[test]
fn comments_are_put_oldest_first_with_undated_ones_last_in_their_order() {
    let comments: Vec<Comment> = serde_json::from_value(json!([
        {"comment": "undated 1"},
        {"comment": "late", "createdDateTime": "2026-11-28T12:00:00Z"},
        {"comment": "undated 2", "createdDateTime": "0001-01-01T00:00:00Z"},
        {"comment": "early", "createdDateTime": "2026-11-28T08:00:00Z"},
    ]))
    .unwrap();
    let order: Vec<&str> = comments_in_order(&comments).iter().map(|c| c.comment.as_deref().unwrap()).collect();
    assert_eq!(order, ["early", "late", "undated 1", "undated 2"]);
}

#[test]
fn the_markdown_report_has_the_timeline_in_utc_with_graph_text_escaped() {
    let incident = incident(json!({
        "id": "7", "displayName": "Sign-in", "createdDateTime": "2026-11-28T09:27:00Z",
        "comments": [
            {"comment": "see [here](https://evil.example)", "createdByDisplayName": "Sam", "createdDateTime": "2026-11-28T10:30:00Z"},
            {"comment": "first", "createdByDisplayName": "Alex", "createdDateTime": "2026-11-28T09:50:00Z"},
        ],
    }));
    let report = incident_report(&incident, &two_alerts());
    let section = report.split("## Timeline").nth(1).expect("a timeline section").split("\n## ").next().unwrap();
    assert!(
        section.contains("Activity began 2026\\-11\\-28 09:00 UTC; the first alert was raised 27 min later\\."),
        "{section}"
    );
    assert!(section.contains("| Time (UTC) | After | Event |"), "{section}");
    assert!(
        section.contains("| 2026-11-28 09:00 | — | Activity began: “Suspicious sign\\-in” \\(went on for 25 min\\) |"),
        "{section}"
    );
    assert!(section.contains("| 2026-11-28 09:10 | \\+10 min | Activity began: “Mailbox rule created” |"), "{section}");
    assert!(section.contains("Comment by Sam: see \\[here\\]\\(https://evil\\.example\\)"), "{section}");
    assert!(!section.contains("[here](https"), "{section}");
    // The comments section lists them oldest first too.
    let comments = report.split("## Comments").nth(1).unwrap();
    assert!(comments.find("first").unwrap() < comments.find("see").unwrap(), "{comments}");
    // Nothing dated: no section.
    assert!(!incident_report(&Incident::default(), &[]).contains("## Timeline"));
}

#[test]
fn an_alerts_events_name_the_device_else_the_user_or_mailbox_it_is_about() {
    let ev = |kind: &str, fields: Value| {
        let mut item = json!({"@odata.type": format!("#microsoft.graph.security.{kind}Evidence")});
        item.as_object_mut().unwrap().extend(fields.as_object().unwrap().clone());
        item
    };
    let list = alerts(json!([
        {"title": "PowerShell", "createdDateTime": "2026-11-28T09:00:00Z", "evidence": [
            ev("user", json!({"userAccount": {"userPrincipalName": "bob@contoso.com"}})),
            ev("device", json!({"deviceDnsName": "fin-042.contoso.local"})),
            ev("device", json!({"deviceDnsName": "FIN-042.contoso.local"})),
            ev("device", json!({"deviceDnsName": "ws-9.contoso.local"})),
            ev("device", json!({"deviceDnsName": "ws-10.contoso.local"})),
        ]},
        {"title": "Phish", "createdDateTime": "2026-11-28T09:01:00Z", "evidence": [
            ev("ip", json!({"ipAddress": "203.0.113.9"})),
            ev("user", json!({"userAccount": {"userPrincipalName": "  "}})),
            ev("mailbox", json!({"primaryAddress": "ana@contoso.com"})),
        ]},
        {"title": "Nothing to name", "createdDateTime": "2026-11-28T09:02:00Z", "evidence": [
            ev("ip", json!({"ipAddress": "203.0.113.9"})), json!("not an object"),
        ]},
    ]));
    let texts: Vec<String> = timeline(&Incident::default(), &list).iter().map(|e| e.text()).collect();
    assert_eq!(
        texts,
        [
            "Alert raised: “PowerShell” on fin-042.contoso.local and 2 more",
            "Alert raised: “Phish” on ana@contoso.com",
            "Alert raised: “Nothing to name”",
        ]
    );
}
