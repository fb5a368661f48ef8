use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::listing::Listing;

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
    listing.push(page(&["1", "2"], Some("https://graph.microsoft.com/v1.0/next1")));
    assert_eq!(listing.next_link(), Some("https://graph.microsoft.com/v1.0/next1"));
    assert!(!listing.go_next(), "page 2 is not fetched yet");
    listing.push(page(&["3", "4"], Some("https://graph.microsoft.com/v1.0/next2")));
    assert_eq!(listing.offset(), 2);
    assert_eq!(listing.page_number(), 2);
    listing.go_previous();
    assert_eq!(listing.incidents()[0].id.as_deref(), Some("1"));
    assert_eq!(listing.next_link(), None, "page 2 is in memory: no request needed");
    assert!(listing.has_next());
    assert!(listing.go_next());
    assert_eq!(listing.incidents()[0].id.as_deref(), Some("3"));
    assert_eq!(listing.next_link(), Some("https://graph.microsoft.com/v1.0/next2"));
    listing.push(page(&["5"], None));
    assert!(!listing.has_next());
    assert_eq!(listing.offset(), 4);
    assert_eq!(listing.total(), Some(5));
}

#[test]
fn previous_on_the_first_page_stays_put() {
    let mut listing = Listing::default();
    listing.push(page(&["1"], None));
    listing.go_previous();
    assert_eq!(listing.page_number(), 1);
}
