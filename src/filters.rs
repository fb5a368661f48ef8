//! The page URL ⇄ filter state. The only module that knows the URL keys; the token is never one.

use crate::graph::enums::{Classification, Determination, IncidentStatus, Severity};
use crate::graph::query::{IncidentFilters, PageSize, TimeRange, decode, encode};

const STATUS: &str = "status";
const SEVERITY: &str = "severity";
const CLASSIFICATION: &str = "classification";
const DETERMINATION: &str = "determination";
const ASSIGNED_TO: &str = "assignedTo";
const UNASSIGNED: &str = "unassigned";
const MINE: &str = "mine";
const CREATED_FROM: &str = "createdFrom";
const CREATED_TO: &str = "createdTo";
const UPDATED_FROM: &str = "updatedFrom";
const UPDATED_TO: &str = "updatedTo";
const PAGE_SIZE: &str = "top";
const TIME_RANGE: &str = "range";
const TENANT: &str = "tenant";

fn join<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().collect::<Vec<_>>().join(",")
}

/// Serialises filters as a query string (without `?`); empty when nothing is set.
pub fn to_query(filters: &IncidentFilters) -> String {
    let mut pairs: Vec<(&str, String)> = vec![
        (STATUS, join(filters.statuses.iter().map(|v| v.as_str()))),
        (SEVERITY, join(filters.severities.iter().map(|v| v.as_str()))),
        (CLASSIFICATION, join(filters.classifications.iter().map(|v| v.as_str()))),
        (DETERMINATION, join(filters.determinations.iter().map(|v| v.as_str()))),
        (ASSIGNED_TO, filters.assigned_to.clone().unwrap_or_default()),
        (UNASSIGNED, if filters.unassigned { "1".into() } else { String::new() }),
        (MINE, if filters.assigned_to_me { "1".into() } else { String::new() }),
    ];
    for (key, date) in [
        (CREATED_FROM, filters.created_from),
        (CREATED_TO, filters.created_to),
        (UPDATED_FROM, filters.updated_from),
        (UPDATED_TO, filters.updated_to),
    ] {
        pairs.push((key, date.map(crate::dates::ymd).unwrap_or_default()));
    }
    pairs.push((TENANT, join(filters.tenants.iter().map(String::as_str))));
    if let Some(range) = filters.created_within {
        pairs.push((TIME_RANGE, range.key().to_owned()));
    }
    if filters.page_size != PageSize::default() {
        pairs.push((PAGE_SIZE, filters.page_size.top().to_string()));
    }
    pairs
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{key}={}", encode(&value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Known enum members from a comma list; unknown or repeated ones are dropped.
fn members<T: PartialEq>(raw: &str, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    let mut out = Vec::new();
    for value in raw.split(',').filter_map(|v| parse(v.trim())) {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// A tenant id as it may appear in the URL: a GUID-like token of letters, digits and dashes.
fn tenant_id(raw: &str) -> Option<String> {
    let valid = !raw.is_empty() && raw.len() <= 64 && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    valid.then(|| raw.to_owned())
}

/// Reads filters from a query string (with or without `?`). Anything unreadable is ignored, so a
/// hand-edited or stale link still opens.
pub fn from_query(query: &str) -> IncidentFilters {
    let mut filters = IncidentFilters::default();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(raw);
        let date = || crate::dates::parse_ymd(&value);
        match key {
            STATUS => filters.statuses = members(&value, IncidentStatus::parse_known),
            SEVERITY => filters.severities = members(&value, Severity::parse_known),
            CLASSIFICATION => filters.classifications = members(&value, Classification::parse_known),
            DETERMINATION => filters.determinations = members(&value, Determination::parse_known),
            ASSIGNED_TO => filters.assigned_to = Some(value.clone()).filter(|v| !v.trim().is_empty()),
            UNASSIGNED => filters.unassigned = value == "1",
            MINE => filters.assigned_to_me = value == "1",
            CREATED_FROM => filters.created_from = date(),
            CREATED_TO => filters.created_to = date(),
            UPDATED_FROM => filters.updated_from = date(),
            UPDATED_TO => filters.updated_to = date(),
            TIME_RANGE => filters.created_within = TimeRange::from_key(&value),
            TENANT => filters.tenants = members(&value, tenant_id),
            PAGE_SIZE => {
                filters.page_size = value.parse().ok().and_then(PageSize::from_top).unwrap_or_default();
            }
            _ => {}
        }
    }
    if filters.assigned_to_me {
        // "Me" and a named owner cannot both apply; "me" wins, as in the form.
        filters.assigned_to = None;
    }
    if filters.created_within.is_some() {
        // A preset and custom created dates cannot both apply; the preset wins, as in the form.
        filters.created_from = None;
        filters.created_to = None;
    }
    filters
}
