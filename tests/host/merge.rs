use chrono::{TimeZone, Utc};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::merge::{decode, encode, merge};

fn page(ids: &[(&str, u32)], count: Option<u64>, next: Option<&str>) -> Page<Incident> {
    Page {
        items: ids
            .iter()
            .map(|(id, day)| Incident {
                id: Some((*id).into()),
                created_date_time: Some(Utc.with_ymd_and_hms(2026, 11, *day, 0, 0, 0).unwrap()),
                ..Default::default()
            })
            .collect(),
        skipped: 1,
        count,
        next_link: next.map(str::to_owned),
    }
}

#[test]
fn pages_merge_newest_first_with_their_tenant_and_every_next_link() {
    let merged = merge(vec![
        (
            "tenant-a".into(),
            page(&[("a1", 20), ("a2", 5)], Some(10), Some("https://graph.microsoft.com/v1.0/a?skip=2")),
        ),
        ("tenant-b".into(), page(&[("b1", 25), ("b2", 10)], Some(3), None)),
    ]);
    let order: Vec<_> =
        merged.items.iter().map(|i| (i.id.as_deref().unwrap(), i.source_tenant.as_deref().unwrap())).collect();
    assert_eq!(order, [("b1", "tenant-b"), ("a1", "tenant-a"), ("b2", "tenant-b"), ("a2", "tenant-a")]);
    assert_eq!(merged.count, Some(13));
    assert_eq!(merged.skipped, 2);
    let next = decode(merged.next_link.as_deref().unwrap()).unwrap();
    assert_eq!(next, vec![("tenant-a".to_owned(), "https://graph.microsoft.com/v1.0/a?skip=2".to_owned())]);
}

#[test]
fn no_next_links_means_no_cursor_and_an_unknown_count_stays_unknown() {
    let merged = merge(vec![("a".into(), page(&[], None, None)), ("b".into(), page(&[], Some(4), None))]);
    assert_eq!(merged.next_link, None);
    assert_eq!(merged.count, None);
    assert_eq!(encode(&[]), None);
}

#[test]
fn plain_links_and_junk_are_not_cursors() {
    assert_eq!(decode("https://graph.microsoft.com/v1.0/security/incidents?$skip=50"), None);
    assert_eq!(decode("tenants:{not json"), None);
    let links = vec![("t".to_owned(), "https://graph.microsoft.com/v1.0/x?a=1&b='q'".to_owned())];
    assert_eq!(decode(&encode(&links).unwrap()), Some(links));
}
