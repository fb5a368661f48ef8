use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use incident_viewer::graph::model::Incident;
use incident_viewer::refresh::{Change, RefreshEvery, Seen, change_summary};

fn incident(id: &str, minute: u32) -> Incident {
    Incident {
        id: Some(id.into()),
        last_update_date_time: Some(Utc.with_ymd_and_hms(2026, 11, 27, 10, minute, 0).unwrap()),
        ..Default::default()
    }
}

#[test]
fn new_and_updated_incidents_are_found_and_older_answers_are_not_changes() {
    let mut seen = Seen::default();
    seen.record(&[incident("1", 0), incident("2", 0)]);
    let fresh = vec![incident("3", 5), incident("1", 4), incident("2", 0)];
    assert_eq!(seen.changes(&fresh), vec![("3".to_owned(), Change::New), ("1".to_owned(), Change::Updated)]);
    seen.record(&fresh);
    assert!(seen.changes(&fresh).is_empty(), "once shown, the same data is no change");
    // A stale replica answering with an older update is not an update.
    assert!(seen.changes(&[incident("1", 2)]).is_empty());
    assert_eq!(seen.len(), 3);
    let no_id = Incident::default();
    assert!(seen.changes(&[no_id]).is_empty(), "incidents without an id cannot be tracked");
}

#[test]
fn summaries_and_intervals() {
    let mut changes = HashMap::new();
    assert_eq!(change_summary(&changes), "");
    changes.insert("a".to_owned(), Change::New);
    assert_eq!(change_summary(&changes), "1 new");
    changes.insert("b".to_owned(), Change::Updated);
    changes.insert("c".to_owned(), Change::New);
    assert_eq!(change_summary(&changes), "2 new, 1 updated");
    for every in RefreshEvery::ALL {
        assert_eq!(RefreshEvery::from_key(&every.key()), every);
    }
    assert_eq!(RefreshEvery::from_key("0"), RefreshEvery::Off);
    assert_eq!(RefreshEvery::default().minutes(), None);
    assert_eq!(RefreshEvery::FifteenMinutes.minutes(), Some(15));
}
