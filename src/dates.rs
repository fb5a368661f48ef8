//! Date text in the few fixed shapes the app reads and writes. Written out by hand: chrono's
//! strftime formatter and parser are a sizeable part of the download and these shapes never change.
//! Pure; host-tested.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike};

/// `2026-11-27`.
pub fn ymd(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `2026-11-27 18:04`, in the time's own zone.
pub fn ymd_hm<Tz: TimeZone>(t: &DateTime<Tz>) -> String {
    format!("{} {}", ymd(t.date_naive()), hm(t))
}

/// `18:04`.
pub fn hm<Tz: TimeZone>(t: &DateTime<Tz>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `20261127-1804`, for file names.
pub fn compact<Tz: TimeZone>(t: &DateTime<Tz>) -> String {
    format!("{:04}{:02}{:02}-{:02}{:02}", t.year(), t.month(), t.day(), t.hour(), t.minute())
}

/// Exactly `YYYY-MM-DD` (what `<input type="date">` gives) naming a real day; anything else is `None`.
pub fn parse_ymd(text: &str) -> Option<NaiveDate> {
    fn number(part: Option<&str>, len: usize) -> Option<u32> {
        part.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()
    }
    let mut parts = text.split('-');
    let year = number(parts.next(), 4)?;
    let month = number(parts.next(), 2)?;
    let day = number(parts.next(), 2)?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}
