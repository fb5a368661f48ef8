use chrono::{TimeZone, Utc};
use incident_viewer::graph::enums::Severity;
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::listing::Listing;
use incident_viewer::search::Query;
use incident_viewer::sort::SortOrder;

fn incident(id: &str, day: u32, severity: Option<Severity>, priority: Option<i64>) -> Incident {
    Incident {
        id: Some(id.into()),
        display_name: Some(format!("incident {id}")),
        created_date_time: Some(Utc.with_ymd_and_hms(2026, 11, day, 8, 0, 0).unwrap()),
        last_update_date_time: Some(Utc.with_ymd_and_hms(2026, 11, 28 - day, 8, 0, 0).unwrap()),
        severity,
        priority_score: priority,
        ..Default::default()
    }
}

fn listing() -> Listing {
    let mut listing = Listing::default();
    let items = vec![
        incident("a", 3, Some(Severity::Low), Some(40)),
        incident("b", 9, Some(Severity::High), None),
        incident("c", 1, Some(Severity::Unrecognized("critical".into())), Some(95)),
        incident("d", 5, Some(Severity::High), Some(10)),
        incident("e", 7, None, Some(40)),
    ];
    listing.push("u".into(), Page { items, skipped: 0, count: Some(5), next_link: None });
    listing
}

fn ids(listing: &Listing, sort: SortOrder) -> Vec<String> {
    let positions = listing.search(&Query::default(), sort, None);
    listing.at(&positions).iter().map(|i| i.id.clone().unwrap()).collect()
}

#[test]
fn each_order_sorts_everything_loaded() {
    let listing = listing();
    assert_eq!(ids(&listing, SortOrder::AsReceived), ["a", "b", "c", "d", "e"]);
    assert_eq!(ids(&listing, SortOrder::Created), ["b", "e", "d", "a", "c"]);
    assert_eq!(ids(&listing, SortOrder::Updated), ["c", "a", "d", "e", "b"]);
    // High (newest first), then low; an unknown severity and a missing one go last, in received order.
    assert_eq!(ids(&listing, SortOrder::Severity), ["b", "d", "a", "e", "c"]);
    // Ties keep the received order; incidents without a score go last.
    assert_eq!(ids(&listing, SortOrder::Priority), ["c", "a", "e", "d", "b"]);
}

#[test]
fn a_sorted_search_keeps_the_order_when_narrowed() {
    let listing = listing();
    let found = listing.search(&Query::parse("incident"), SortOrder::Priority, None);
    assert_eq!(found, [2, 0, 4, 3, 1]);
    let narrowed = listing.search(&Query::parse("incident a"), SortOrder::Priority, Some(&found));
    let fresh = listing.search(&Query::parse("incident a"), SortOrder::Priority, None);
    assert_eq!((narrowed.as_slice(), fresh.as_slice()), (&[0][..], &[0][..]));
}

#[test]
fn url_keys_round_trip_and_junk_falls_back_to_graph_order() {
    for order in SortOrder::ALL {
        assert_eq!(SortOrder::from_key(order.key()), order);
    }
    assert_eq!(SortOrder::from_key("SEVERITY"), SortOrder::AsReceived);
    assert_eq!(SortOrder::from_key("<script>"), SortOrder::AsReceived);
    assert_eq!(SortOrder::from_key(""), SortOrder::AsReceived);
}
