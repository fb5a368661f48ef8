use chrono::{FixedOffset, NaiveDate, TimeZone, Utc};
use incident_viewer::dates::{compact, hm, parse_ymd, ymd, ymd_hm};
use incident_viewer::graph::lenient::parse_datetime;

#[test]
fn fixed_shapes_are_zero_padded() {
    let date = NaiveDate::from_ymd_opt(987, 3, 4).unwrap();
    assert_eq!(ymd(date), "0987-03-04");
    let t = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
    assert_eq!((ymd_hm(&t), hm(&t), compact(&t)), ("2026-01-02 03:04".into(), "03:04".into(), "20260102-0304".into()));
    let east = t.with_timezone(&FixedOffset::east_opt(14 * 3600).unwrap());
    assert_eq!(ymd_hm(&east), "2026-01-02 17:04", "in the time's own zone");
}

#[test]
fn only_real_days_in_the_exact_shape_parse() {
    assert_eq!(parse_ymd("2026-11-27"), NaiveDate::from_ymd_opt(2026, 11, 27));
    assert_eq!(parse_ymd("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
    for bad in [
        "",
        "2026-11",
        "2026-11-27-",
        "2026-11-27T00:00",
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "26-11-27",
        "2026-1-27",
        "+2026-11-27",
        "2026-11-2x",
        " 2026-11-27",
        "２０２６-11-27",
        "2026/11/27",
        "-1-11-27",
    ] {
        assert_eq!(parse_ymd(bad), None, "{bad:?}");
    }
}

#[test]
fn graph_timestamps_parse_with_or_without_an_offset() {
    let expected = Utc.with_ymd_and_hms(2026, 11, 27, 8, 30, 0).unwrap() + chrono::Duration::nanoseconds(123_456_700);
    assert_eq!(parse_datetime("2026-11-27T08:30:00.1234567Z"), Some(expected));
    assert_eq!(parse_datetime("2026-11-27T08:30:00.1234567"), Some(expected), "no offset reads as UTC");
    assert_eq!(parse_datetime("2026-11-27T09:30:00.1234567+01:00"), Some(expected));
    for bad in
        ["", "yesterday", "2026-11-27", "2026-11-27T08:30:00+01:00Z", "2026-11-27T25:00:00Z", "2026-11-27T08:30:00ZZ"]
    {
        assert_eq!(parse_datetime(bad), None, "{bad:?}");
    }
}
