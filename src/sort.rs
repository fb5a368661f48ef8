//! Client-side ordering of the loaded incidents. Graph's own order is kept unless the user asks.

use std::cmp::Reverse;

use crate::graph::enums::Severity;
use crate::graph::model::Incident;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    /// As Graph returned them, page by page.
    #[default]
    AsReceived,
    /// Newest first.
    Created,
    /// Most recently updated first.
    Updated,
    /// High → informational, then newest first.
    Severity,
    /// Highest priority score first (incidents without one last).
    Priority,
}

impl SortOrder {
    pub const ALL: [SortOrder; 5] =
        [SortOrder::AsReceived, SortOrder::Created, SortOrder::Updated, SortOrder::Severity, SortOrder::Priority];

    /// The URL value (`sort=severity`).
    pub fn key(self) -> &'static str {
        match self {
            SortOrder::AsReceived => "",
            SortOrder::Created => "created",
            SortOrder::Updated => "updated",
            SortOrder::Severity => "severity",
            SortOrder::Priority => "priority",
        }
    }

    pub fn from_key(key: &str) -> SortOrder {
        SortOrder::ALL.into_iter().find(|s| !key.is_empty() && s.key() == key).unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            SortOrder::AsReceived => "As received (Graph order)",
            SortOrder::Created => "Created (newest first)",
            SortOrder::Updated => "Last updated (newest first)",
            SortOrder::Severity => "Severity (highest first)",
            SortOrder::Priority => "Priority score (highest first)",
        }
    }

    /// For the status line: "sorted in the browser by severity".
    pub fn noun(self) -> &'static str {
        match self {
            SortOrder::AsReceived => "Graph order",
            SortOrder::Created => "created time",
            SortOrder::Updated => "last update",
            SortOrder::Severity => "severity",
            SortOrder::Priority => "priority score",
        }
    }

    /// Orders `items` in place by the incident each holds; ties keep their received order (the sort
    /// is stable).
    pub fn apply<T>(self, items: &mut [T], incident: impl Fn(&T) -> &Incident) {
        match self {
            SortOrder::AsReceived => {}
            SortOrder::Created => items.sort_by_key(|t| Reverse(incident(t).created_date_time)),
            SortOrder::Updated => items.sort_by_key(|t| Reverse(incident(t).last_update_date_time)),
            SortOrder::Severity => items.sort_by_key(|t| {
                let i = incident(t);
                (severity_rank(i.severity.as_ref()), Reverse(i.created_date_time))
            }),
            SortOrder::Priority => items.sort_by_key(|t| Reverse(incident(t).priority_score.map_or(i64::MIN, |s| s))),
        }
    }
}

/// 0 for high … 3 for informational; unknown and missing severities sort last.
pub fn severity_rank(severity: Option<&Severity>) -> u8 {
    match severity {
        Some(Severity::High) => 0,
        Some(Severity::Medium) => 1,
        Some(Severity::Low) => 2,
        Some(Severity::Informational) => 3,
        _ => 4,
    }
}
