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

fn named(id: &str, name: &str) -> Incident {
    Incident { id: Some(id.into()), display_name: Some(name.into()), ..Default::default() }
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
    let found = listing.search(&Query::parse("VPN"), SortOrder::AsReceived, None);
    assert_eq!(found, [0, 2, 4]);
    assert_eq!(listing.at(&found).iter().map(|i| i.id.as_deref().unwrap()).collect::<Vec<_>>(), ["1", "3", "5"]);
    assert!(listing.search(&Query::parse("vpn ransomware"), SortOrder::AsReceived, None).is_empty());
    assert_eq!(listing.page_positions(), 0..2);
    assert_eq!(listing.get(3).and_then(|i| i.id.as_deref()), Some("4"), "a position on the second page");
    assert_eq!(listing.get(0).and_then(|i| i.id.as_deref()), Some("1"));
    assert!(listing.get(5).is_none());
}

#[test]
fn a_narrowing_search_looks_only_at_the_earlier_matches() {
    use incident_viewer::search::Query;
    let mut listing = Listing::default();
    let items = vec![named("1", "vpn brute"), named("2", "vpn anomaly"), named("3", "phish"), named("4", "vpn b")];
    listing.push("p1".into(), Page { items, skipped: 0, count: None, next_link: None });
    let (vpn, vpn_b) = (Query::parse("vpn"), Query::parse("vpn b"));
    assert!(vpn_b.narrows(&vpn) && Query::parse("vpn an").narrows(&vpn) && Query::parse("VPNs").narrows(&vpn));
    assert!(!vpn.narrows(&vpn_b) && !Query::parse("phish").narrows(&vpn) && !Query::parse("vp").narrows(&vpn));
    assert!(vpn.narrows(&Query::default()), "everything narrows the empty search");
    let earlier = listing.search(&vpn, SortOrder::AsReceived, None);
    assert_eq!(earlier, [0, 1, 3]);
    assert_eq!(listing.search(&vpn_b, SortOrder::AsReceived, Some(&earlier)), [0, 3]);
    // Proof that only the earlier matches are read: a list that leaves out a match keeps it out.
    assert_eq!(listing.search(&vpn_b, SortOrder::AsReceived, Some(&[3])), [3]);
    assert_eq!(listing.search(&vpn_b, SortOrder::AsReceived, Some(&[3, 99])), [3], "unknown positions are dropped");
    let revision = listing.revision();
    listing.append("p2".into(), Page { items: vec![named("5", "vpn b")], skipped: 0, count: None, next_link: None });
    assert_ne!(listing.revision(), revision, "appending tells a kept result it is out of date");
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
    let found = listing.search(&Query::parse("fresh"), SortOrder::AsReceived, None);
    assert_eq!(found, [0]);
    assert_eq!(listing.at(&found)[0].id.as_deref(), Some("new"));
    let third = listing.search(&Query::parse("3"), SortOrder::AsReceived, None);
    assert_eq!(listing.at(&third)[0].id.as_deref(), Some("3"), "later pages keep their search text");
    assert_eq!(listing.page_positions(), 0..3);
    assert_eq!(listing.current_url(), Some("p1"));
}

#[test]
fn incidents_are_found_by_position_across_empty_and_uneven_pages() {
    let mut listing = Listing::default();
    listing.push("u1".into(), page(&[], Some("n1")));
    listing.append("u2".into(), page(&["a", "b"], Some("n2")));
    listing.append("u3".into(), page(&[], Some("n3")));
    listing.append("u4".into(), page(&[], Some("n4")));
    listing.append("u5".into(), page(&["c"], Some("n5")));
    listing.append("u6".into(), page(&["d", "e", "f"], None));
    listing.append("u7".into(), page(&[], None));
    let every: Vec<&str> = listing.all_incidents().filter_map(|i| i.id.as_deref()).collect();
    assert_eq!(every, ["a", "b", "c", "d", "e", "f"]);
    let ids = |positions: &[usize]| listing.at(positions).iter().filter_map(|i| i.id.as_deref()).collect::<Vec<_>>();
    assert_eq!(ids(&[0, 1, 2, 3, 4, 5]), every, "each position, in order");
    assert_eq!(ids(&[5, 2, 0, 2]), ["f", "c", "a", "c"], "any order, repeats kept");
    assert_eq!(ids(&[6, 1, 99, usize::MAX]), ["b"], "past the end is left out");
    assert!(ids(&[]).is_empty());
    for position in 0..8 {
        assert_eq!(listing.at(&[position]).first().copied(), listing.get(position), "at and get agree on {position}");
    }
    assert!(Listing::default().at(&[0]).is_empty());
}

#[test]
fn search_indexes_are_built_once_per_page_and_rebuilt_for_a_refreshed_page() {
    use incident_viewer::search::Query;
    let mut listing = Listing::default();
    listing.push(
        "p1".into(),
        Page { items: vec![named("1", "vpn"), named("2", "phish")], skipped: 0, count: None, next_link: None },
    );
    let unprepared = listing.clone();
    listing.prepare_search();
    assert_eq!(listing, unprepared, "a built index does not make a listing differ");
    let vpn = Query::parse("vpn");
    assert_eq!(listing.search(&vpn, SortOrder::AsReceived, None), unprepared.search(&vpn, SortOrder::AsReceived, None));
    assert_eq!(listing.search(&vpn, SortOrder::AsReceived, None), [0]);
    // The page on screen comes back changed after its index was built: search sees the new text.
    listing.replace_current(Page {
        items: vec![named("2", "phish"), named("3", "ransom vpn")],
        skipped: 0,
        count: None,
        next_link: None,
    });
    assert_eq!(listing.search(&vpn, SortOrder::AsReceived, None), [1]);
    assert_eq!(listing.search(&Query::parse("ransom"), SortOrder::AsReceived, Some(&[0, 1])), [1]);
    // A page appended after a search is searched too (its index is built by that search).
    listing
        .append("p2".into(), Page { items: vec![named("4", "vpn again")], skipped: 0, count: None, next_link: None });
    assert_eq!(listing.search(&vpn, SortOrder::AsReceived, None), [1, 2]);
    assert_eq!(listing.loaded(), 3);
}
