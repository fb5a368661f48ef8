use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::listing::Listing;
use incident_viewer::sort::SortOrder;

fn page(ids: &[&str], next: Option<&str>) -> Page<Incident> {
    Page {
        items: ids.iter().map(|id| Incident { id: Some((*id).into()), ..Default::default() }).collect(),
        skipped: 0,
        count: Some(5),
        next_link: next.map(str::to_owned),
    }
}

#[test]
fn paging_forward_follows_next_links_and_back_uses_memory() {
    let mut listing = Listing::default();
    assert!(!listing.has_next() && !listing.has_previous());
    listing.push("u".into(), page(&["1", "2"], Some("https://graph.microsoft.com/v1.0/next1")));
    assert_eq!(listing.next_link(), Some("https://graph.microsoft.com/v1.0/next1"));
    assert!(!listing.go_next(), "page 2 is not fetched yet");
    listing.push("u".into(), page(&["3", "4"], Some("https://graph.microsoft.com/v1.0/next2")));
    assert_eq!(listing.offset(), 2);
    assert_eq!(listing.page_number(), 2);
    listing.go_previous();
    assert_eq!(listing.incidents()[0].id.as_deref(), Some("1"));
    assert_eq!(listing.next_link(), None, "page 2 is in memory: no request needed");
    assert!(listing.has_next());
    assert!(listing.go_next());
    assert_eq!(listing.incidents()[0].id.as_deref(), Some("3"));
    assert_eq!(listing.next_link(), Some("https://graph.microsoft.com/v1.0/next2"));
    listing.push("u".into(), page(&["5"], None));
    assert!(!listing.has_next());
    assert_eq!(listing.offset(), 4);
    assert_eq!(listing.total(), Some(5));
}

#[test]
fn previous_on_the_first_page_stays_put() {
    let mut listing = Listing::default();
    listing.push("u".into(), page(&["1"], None));
    listing.go_previous();
    assert_eq!(listing.page_number(), 1);
}

#[test]
fn load_all_appends_without_moving_and_search_spans_every_page() {
    use incident_viewer::search::Query;
    let named =
        |id: &str, name: &str| Incident { id: Some(id.into()), display_name: Some(name.into()), ..Default::default() };
    let mut listing = Listing::default();
    listing.push(
        "https://graph.microsoft.com/v1.0/p1".into(),
        Page {
            items: vec![named("1", "VPN brute force"), named("2", "Phish")],
            skipped: 0,
            count: Some(5),
            next_link: Some("https://graph.microsoft.com/v1.0/p2".into()),
        },
    );
    assert_eq!(listing.tail_link(), Some("https://graph.microsoft.com/v1.0/p2"));
    listing.append(
        "https://graph.microsoft.com/v1.0/p2".into(),
        Page {
            items: vec![named("3", "vpn anomaly"), named("4", "Malware"), named("5", "VPN again")],
            skipped: 0,
            count: None,
            next_link: None,
        },
    );
    assert_eq!(listing.page_number(), 1, "appending keeps the user where they are");
    assert_eq!(listing.current_url(), Some("https://graph.microsoft.com/v1.0/p1"));
    assert_eq!(listing.loaded(), 5);
    assert_eq!(listing.tail_link(), None);
    let (found, total) = listing.search(&Query::parse("VPN"), SortOrder::AsReceived, 2);
    assert_eq!(total, 3);
    assert_eq!(found.iter().map(|i| i.id.as_deref().unwrap()).collect::<Vec<_>>(), ["1", "3"]);
    let (none, zero) = listing.search(&Query::parse("vpn ransomware"), SortOrder::AsReceived, 10);
    assert!(none.is_empty() && zero == 0);
}

#[test]
fn a_refreshed_page_replaces_the_one_on_screen_and_its_search_text() {
    let mut listing = Listing::default();
    listing.push("p1".into(), page(&["1", "2"], Some("https://graph.microsoft.com/v1.0/p2")));
    listing.push("p2".into(), page(&["3"], None));
    listing.go_previous();
    listing.replace_current(Page {
        items: vec![
            Incident { id: Some("new".into()), display_name: Some("Fresh one".into()), ..Default::default() },
            Incident { id: Some("1".into()), ..Default::default() },
            Incident { id: Some("2".into()), ..Default::default() },
        ],
        skipped: 0,
        count: Some(6),
        next_link: Some("https://graph.microsoft.com/v1.0/p2".into()),
    });
    assert_eq!(listing.incidents().len(), 3);
    assert_eq!(listing.loaded(), 4);
    assert_eq!(listing.total(), Some(5), "the last page's count is still the latest report");
    use incident_viewer::search::Query;
    let (found, total) = listing.search(&Query::parse("fresh"), SortOrder::AsReceived, 10);
    assert_eq!((found[0].id.as_deref(), total), (Some("new"), 1));
    let (third, _) = listing.search(&Query::parse("3"), SortOrder::AsReceived, 10);
    assert_eq!(third[0].id.as_deref(), Some("3"), "later pages keep their search text");
    assert_eq!(listing.current_url(), Some("p1"));
}
