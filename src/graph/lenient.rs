//! `deserialize_with` helpers that never fail: a wrong type or a bad value becomes "absent".
//!
//! Graph data is untrusted; one odd field must cost that field, not the incident or the page.

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A string, or a number/bool rendered as text; anything else is `None`.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    })
}

/// An RFC 3339 timestamp (Graph sends 7 fractional digits); anything else is `None`.
pub fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => parse_datetime(&s),
        _ => None,
    })
}

/// Parses Graph timestamps, with or without an offset (some samples omit the `Z`).
pub fn parse_datetime(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        // No offset: read as UTC (an offset-less text gains a `Z`; one that had an offset failed above).
        .or_else(|| DateTime::parse_from_rfc3339(&format!("{s}Z")).map(|t| t.with_timezone(&Utc)).ok())
}

/// A whole number in range, from a number or a numeric string.
pub fn int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A list whose bad items are dropped one by one; `null` or a non-list is an empty list.
pub fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(decode_items(Value::deserialize(d)?).0)
}

/// Like [`list`], but keeps "absent or null" apart from "empty" (used for `$expand`ed alerts).
pub fn optional_list<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<Vec<T>>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => Some(decode_items(Value::Array(items)).0),
        _ => None,
    })
}

/// A value decoded as `T`, or `None` when it does not fit.
pub fn lax<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        value => serde_json::from_value(value).ok(),
    })
}

/// Decodes each array item on its own; returns the good ones and how many were unreadable.
pub fn decode_items<T: DeserializeOwned>(value: Value) -> (Vec<T>, usize) {
    let Value::Array(items) = value else {
        return (Vec::new(), 0);
    };
    let mut skipped = 0;
    let good = items
        .into_iter()
        .filter_map(|item| {
            let decoded = serde_json::from_value(item).ok();
            skipped += usize::from(decoded.is_none());
            decoded
        })
        .collect();
    (good, skipped)
}
