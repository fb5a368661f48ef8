use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::listing::Listing;
use incident_viewer::refresh::{Change, RefreshEvery, Seen, change_summary};

/// What a refresh finds when no marks are left from earlier ones.
fn unmarked(seen: &Seen, fresh: &[Incident]) -> Vec<(String, Change)> {
    seen.changes(fresh, &HashMap::new())
}

fn is_new(found: &[(String, Change)]) -> Vec<(&str, bool)> {
    found.iter().map(|(id, change)| (id.as_str(), *change == Change::New)).collect()
}

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
    let found = unmarked(&seen, &fresh);
    assert_eq!(is_new(&found), vec![("3", true), ("1", false)]);
    assert_eq!(found[1].1.label(), "Changed");
    seen.record(&fresh);
    assert!(unmarked(&seen, &fresh).is_empty(), "once shown, the same data is no change");
    // A stale replica answering with an older update is not an update.
    assert!(unmarked(&seen, &[incident("1", 2)]).is_empty());
    assert_eq!(seen.len(), 3);
    let no_id = Incident::default();
    assert!(unmarked(&seen, &[no_id]).is_empty(), "incidents without an id cannot be tracked");
}

fn page(items: Vec<Incident>) -> Page<Incident> {
    Page { items, skipped: 0, count: None, next_link: None }
}

fn ids<'a>(incidents: impl Iterator<Item = &'a Incident>) -> Vec<String> {
    incidents.filter_map(|i| i.id.clone()).collect()
}

#[test]
fn a_listing_is_recorded_page_by_page_as_pages_are_added_or_replaced() {
    let mut listing = Listing::default();
    assert_eq!(listing.last_write(), 0);
    listing.push("u1".into(), page(vec![incident("1", 0), incident("2", 0)]));
    let mut seen = Seen::default();
    seen.record_listing(&listing);
    assert!(unmarked(&seen, &[incident("1", 0), incident("2", 0)]).is_empty());

    // Load all appends: only the new page is gone over again.
    let before = listing.last_write();
    listing.append("u2".into(), page(vec![incident("3", 0)]));
    assert_eq!(ids(listing.written_after(before)), vec!["3"]);
    assert!(ids(listing.written_after(listing.last_write())).is_empty());
    seen.record_listing(&listing);
    assert!(unmarked(&seen, &[incident("3", 0)]).is_empty());

    // Auto-refresh replaces the page on screen in place: that page is recorded again.
    listing.go_previous();
    let before = listing.last_write();
    listing.replace_current(page(vec![incident("1", 7), incident("4", 7)]));
    assert_eq!(ids(listing.written_after(before)), vec!["1", "4"]);
    seen.record_listing(&listing);
    assert!(unmarked(&seen, &[incident("1", 7), incident("4", 7)]).is_empty());

    // A new query (even the same one again) is a new listing: all of it is new to the record.
    let mut again = Listing::default();
    again.push("u1".into(), page(vec![incident("5", 0)]));
    assert_eq!(ids(again.written_after(before)), vec!["5"]);
    seen.record_listing(&again);
    assert!(unmarked(&seen, &[incident("5", 0)]).is_empty());
    assert_eq!(seen.len(), 5);
    // Recording the same listing again adds nothing; an incident never loaded is still new.
    seen.record_listing(&again);
    assert_eq!(unmarked(&seen, &[incident("6", 0)]), vec![("6".to_owned(), Change::New)]);
}

#[test]
fn summaries_and_intervals() {
    let mut changes = HashMap::new();
    assert_eq!(change_summary(&changes), "");
    changes.insert("a".to_owned(), Change::New);
    assert_eq!(change_summary(&changes), "1 new");
    let mut seen = Seen::default();
    seen.record(&[incident("b", 0)]);
    let (_, change) = unmarked(&seen, &[incident("b", 1)]).pop().unwrap();
    changes.insert("b".to_owned(), change);
    changes.insert("c".to_owned(), Change::New);
    assert_eq!(change_summary(&changes), "2 new, 1 updated");
    for every in RefreshEvery::ALL {
        assert_eq!(RefreshEvery::from_key(&every.key()), every);
    }
    assert_eq!(RefreshEvery::from_key("0"), RefreshEvery::Off);
    assert_eq!(RefreshEvery::default().minutes(), None);
    assert_eq!(RefreshEvery::FifteenMinutes.minutes(), Some(15));
}

#[test]
fn two_tenants_numbering_the_same_id_are_two_incidents() {
    let of = |tenant: &str, minute: u32| Incident { source_tenant: Some(tenant.into()), ..incident("7", minute) };
    let mut seen = Seen::default();
    seen.record(&[of("contoso", 0), of("fabrikam", 5)]);
    assert_eq!(seen.len(), 2);
    // Contoso's #7 is not "updated" for being older than Fabrikam's, nor is Fabrikam's new.
    assert!(unmarked(&seen, &[of("contoso", 0), of("fabrikam", 5)]).is_empty());
    let found = unmarked(&seen, &[of("contoso", 1), of("fabrikam", 5), of("northwind", 0)]);
    assert_eq!(is_new(&found), vec![("contoso/7", false), ("northwind/7", true)]);
    assert_eq!(incident("7", 0).key().as_deref(), Some("7"), "one tenant: the id alone");
}
