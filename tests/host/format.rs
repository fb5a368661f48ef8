use chrono::{DateTime, Duration, FixedOffset, Utc};
use incident_viewer::format::{absolute, humanize, priority_band, relative_time, showing, thousands};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").unwrap().with_timezone(&Utc)
}

#[test]
fn relative_times_read_naturally() {
    let cases = [
        (Duration::seconds(10), "just now"),
        (Duration::minutes(5), "5 min ago"),
        (Duration::minutes(59), "59 min ago"),
        (Duration::hours(3), "3 h ago"),
        (Duration::hours(30), "1 day ago"),
        (Duration::days(12), "12 days ago"),
        (Duration::days(100), "3 months ago"),
        (Duration::days(800), "2 years ago"),
        (Duration::minutes(-5), "in 5 min"),
    ];
    for (ago, text) in cases {
        assert_eq!(relative_time(now() - ago, now()), text);
    }
}

#[test]
fn absolute_time_names_its_offset() {
    assert_eq!(absolute(now(), FixedOffset::east_opt(0).unwrap()), "2026-11-27 12:00 (UTC)");
    assert_eq!(absolute(now(), FixedOffset::east_opt(3600).unwrap()), "2026-11-27 13:00 (UTC+01:00)");
}

#[test]
fn counts_and_ranges() {
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1234), "1,234");
    assert_eq!(thousands(1234567), "1,234,567");
    assert_eq!(showing(0, 25, Some(1234)), "Showing 1–25 of 1,234");
    assert_eq!(showing(25, 25, Some(1234)), "Showing 26–50 of 1,234");
    assert_eq!(showing(0, 7, None), "Showing 1–7");
    assert_eq!(showing(0, 0, Some(0)), "No incidents match these filters");
}

#[test]
fn enum_wire_names_become_labels() {
    assert_eq!(humanize("microsoftDefenderForEndpoint"), "Microsoft Defender for Endpoint");
    assert_eq!(humanize("azureAdIdentityProtection"), "Azure AD Identity Protection");
    assert_eq!(humanize("customTi"), "Custom TI");
    assert_eq!(humanize("device"), "Device");
    assert_eq!(humanize("ip"), "IP");
    assert_eq!(humanize("url"), "URL");
    assert_eq!(humanize(""), "");
}

#[test]
fn priority_bands_follow_microsoft() {
    assert_eq!(priority_band(90), "top");
    assert_eq!(priority_band(50), "medium");
    assert_eq!(priority_band(3), "low");
}

mod status {
    use incident_viewer::format::{ListFacts, status_line};

    fn facts() -> ListFacts {
        ListFacts {
            fetched_anything: true,
            offset: 50,
            shown_on_page: 50,
            total: Some(10_000),
            loaded: 1_200,
            ..Default::default()
        }
    }

    #[test]
    fn paging_loading_all_search_and_skips() {
        assert_eq!(status_line(&ListFacts { loading_first_page: true, ..Default::default() }), "Loading incidents…");
        assert_eq!(status_line(&facts()), "Showing 51–100 of 10,000");
        assert_eq!(
            status_line(&ListFacts { loading_all: true, ..facts() }),
            "Showing 51–100 of 10,000 · loading all: 1,200 of 10,000 loaded"
        );
        assert_eq!(
            status_line(&ListFacts { search: Some(("vpn".into(), 734)), ..facts() }),
            "734 of 1,200 loaded incidents match “vpn” · 8,800 not loaded: Load all to search them too"
        );
        assert_eq!(
            status_line(&ListFacts { search: Some(("vpn".into(), 3)), ..facts() }),
            "3 of 1,200 loaded incidents match “vpn” · 8,800 not loaded: Load all to search them too"
        );
        // Everything loaded, or the count unknown: nothing to add; while Load all runs, it says so instead.
        assert_eq!(
            status_line(&ListFacts { search: Some(("vpn".into(), 3)), total: Some(1_200), ..facts() }),
            "3 of 1,200 loaded incidents match “vpn”"
        );
        assert_eq!(
            status_line(&ListFacts { search: Some(("vpn".into(), 3)), total: None, ..facts() }),
            "3 of 1,200 loaded incidents match “vpn”"
        );
        assert_eq!(
            status_line(&ListFacts { search: Some(("vpn".into(), 3)), loading_all: true, ..facts() }),
            "3 of 1,200 loaded incidents match “vpn” · loading all: 1,200 of 10,000 loaded"
        );
        assert_eq!(
            status_line(&ListFacts { skipped_on_page: 2, ..facts() }),
            "Showing 51–100 of 10,000 · 2 could not be read and are not shown"
        );
        assert_eq!(
            status_line(&ListFacts { shown_on_page: 0, offset: 0, ..facts() }),
            "No incidents match these filters"
        );
    }

    #[test]
    fn only_the_new_or_changed() {
        assert_eq!(
            status_line(&ListFacts { only_changed: Some(3), ..facts() }),
            "Showing 51–100 of 10,000 · only the 3 new or changed shown"
        );
        assert_eq!(
            status_line(&ListFacts { only_changed: Some(0), search: Some(("vpn".into(), 0)), ..facts() }),
            "0 of 1,200 loaded incidents match “vpn” · 8,800 not loaded: Load all to search them too · none of those \
             marked new or changed is among these"
        );
    }
}

mod locale_numbers {
    use incident_viewer::format::{grouped, separator_from_sample};

    #[test]
    fn the_separator_is_read_from_the_locale_sample() {
        assert_eq!(separator_from_sample("1,000"), Some(','));
        assert_eq!(separator_from_sample("1.000"), Some('.'));
        assert_eq!(separator_from_sample("1\u{202f}000"), Some('\u{202f}'));
        assert_eq!(separator_from_sample("1’000"), Some('’'));
        assert_eq!(separator_from_sample("1000"), None);
        assert_eq!(separator_from_sample("١٬٠٠٠"), None, "other digits: keep the default");
        assert_eq!(separator_from_sample(""), None);
    }

    #[test]
    fn digits_are_grouped_by_three_with_the_separator() {
        assert_eq!(grouped(1_234_567, '.'), "1.234.567");
        assert_eq!(grouped(999, '.'), "999");
        assert_eq!(grouped(1_000, '\u{202f}'), "1\u{202f}000");
        assert_eq!(grouped(u64::MAX, ','), "18,446,744,073,709,551,615");
    }
}
