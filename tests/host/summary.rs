use chrono::{NaiveDate, TimeZone, Utc};
use incident_viewer::graph::enums::{IncidentStatus, Severity};
use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::Page;
use incident_viewer::listing::Listing;
use incident_viewer::summary::{MAX_BUCKETS, PageTallies, bucket_end, per_mille, percent, summarize};

fn on(day: u32, month: u32, severity: Severity, status: IncidentStatus) -> Incident {
    Incident {
        severity: Some(severity),
        status: Some(status),
        created_date_time: Some(Utc.with_ymd_and_hms(2026, month, day, 12, 0, 0).unwrap()),
        ..Default::default()
    }
}

#[test]
fn counts_by_severity_and_status_in_a_fixed_order() {
    let incidents = vec![
        on(1, 11, Severity::Low, IncidentStatus::Resolved),
        on(2, 11, Severity::High, IncidentStatus::Active),
        on(2, 11, Severity::High, IncidentStatus::Unrecognized("paused".into())),
        on(3, 11, Severity::Unrecognized("critical".into()), IncidentStatus::Active),
        Incident::default(),
    ];
    let summary = summarize(&incidents);
    assert_eq!(
        summary.by_severity,
        vec![(Severity::High, 2), (Severity::Medium, 0), (Severity::Low, 1), (Severity::Informational, 0)]
    );
    assert_eq!(summary.other_severity, 2, "unknown and missing severities are counted, not dropped");
    assert_eq!(
        summary.by_status,
        vec![
            (IncidentStatus::Active, 2),
            (IncidentStatus::Resolved, 1),
            (IncidentStatus::Unrecognized("paused".into()), 1)
        ]
    );
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    assert_eq!(summary.over_time, vec![(day(1), 1), (day(2), 2), (day(3), 1)]);
    assert_eq!(summary.bucket_days, 1);
}

#[test]
fn long_spans_get_wider_buckets_and_never_too_many() {
    let incidents: Vec<Incident> = (1..=12)
        .flat_map(|month| [1, 15].map(|day| on(day, month, Severity::Medium, IncidentStatus::Active)))
        .collect();
    let summary = summarize(&incidents);
    assert!(summary.over_time.len() as u64 <= MAX_BUCKETS);
    assert!(summary.bucket_days > 1);
    assert_eq!(summary.over_time.iter().map(|(_, n)| n).sum::<usize>(), 24, "every incident lands in a bucket");
    let (last_start, _) = *summary.over_time.last().unwrap();
    assert!(bucket_end(last_start, summary.bucket_days) >= NaiveDate::from_ymd_opt(2026, 12, 15).unwrap());
}

#[test]
fn empty_input_and_bar_lengths() {
    let summary = summarize(&[]);
    assert!(summary.over_time.is_empty());
    assert!(summary.by_status.is_empty());
    assert!(summary.is_empty(), "no charts for nothing");
    assert!(!summarize(&[Incident::default()]).is_empty(), "one incident without a severity is still counted");
    let dated = Incident { created_date_time: Some(Utc::now()), ..Default::default() };
    assert!(!summarize(&[dated]).is_empty());
    assert_eq!(per_mille(0, 0), 0);
    assert_eq!(per_mille(5, 10), 500);
    assert_eq!(per_mille(10, 10), 1000);
    assert_eq!(per_mille(2, 3), 667, "rounded");
    assert_eq!(per_mille(usize::MAX, usize::MAX), 1000, "no overflow");
    assert_eq!(per_mille(7, 3), 1000, "never past the largest");
    assert_eq!((percent(0), percent(333), percent(1000)), ("0.0".into(), "33.3".into(), "100.0".into()));
}

fn page(items: Vec<Incident>) -> Page<Incident> {
    Page { items, skipped: 0, count: None, next_link: None }
}

fn mixed(seed: u32) -> Vec<Incident> {
    let severities = [Severity::High, Severity::Low, Severity::Unrecognized("critical".into())];
    let statuses = [IncidentStatus::Active, IncidentStatus::Unrecognized(format!("custom{}", seed % 2))];
    (0..7)
        .map(|i| {
            let k = (seed * 7 + i) as usize;
            on(1 + (k % 28) as u32, 1 + (k / 28 % 12) as u32, severities[k % 3].clone(), statuses[k % 2].clone())
        })
        .collect()
}

#[test]
fn page_by_page_counts_equal_counting_everything_again() {
    let mut listing = Listing::default();
    let mut tallies = PageTallies::default();
    for seed in 0..40 {
        listing.append(format!("page{seed}"), page(mixed(seed)));
        assert_eq!(tallies.summarize(listing.stamped_pages()), summarize(listing.all_incidents()), "page {seed}");
    }
    // A page refreshed in place is counted again, not twice.
    listing.go_next();
    listing.replace_current(page(mixed(99)));
    let after_refresh = tallies.summarize(listing.stamped_pages());
    assert_eq!(after_refresh, summarize(listing.all_incidents()));
    assert_eq!(after_refresh.by_severity.iter().map(|(_, n)| n).sum::<usize>() + after_refresh.other_severity, 280);
    // A new query's listing replaces every page, even with fewer pages than before.
    let mut fewer = Listing::default();
    fewer.push("new".into(), page(mixed(3)));
    assert_eq!(tallies.summarize(fewer.stamped_pages()), summarize(fewer.all_incidents()));
    assert_eq!(tallies.summarize(Listing::default().stamped_pages()), summarize(&[]));
}
