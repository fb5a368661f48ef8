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
