//! `deserialize_with` helpers that never fail: a wrong type or a bad value becomes "absent".
//!
//! Graph data is untrusted; one odd field must cost that field, not the incident or the page.

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

pub use super::list_items::{list, optional_list};

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

/// A value decoded as `T`, or `None` when it does not fit.
pub fn lax<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        value => serde_json::from_value(value).ok(),
    })
}
