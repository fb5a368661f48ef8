//! What changed between two looks at the list: new incidents and updated ones. Pure; host-tested.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::graph::model::Incident;
use crate::listing::Listing;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    New,
    Updated,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::New => "New",
            Change::Updated => "Changed",
        }
    }
}

/// How often auto-refresh re-queries; off by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RefreshEvery {
    #[default]
    Off,
    OneMinute,
    FiveMinutes,
    FifteenMinutes,
}

impl RefreshEvery {
    pub const ALL: [RefreshEvery; 4] =
        [RefreshEvery::Off, RefreshEvery::OneMinute, RefreshEvery::FiveMinutes, RefreshEvery::FifteenMinutes];

    pub fn minutes(self) -> Option<u32> {
        match self {
            RefreshEvery::Off => None,
            RefreshEvery::OneMinute => Some(1),
            RefreshEvery::FiveMinutes => Some(5),
            RefreshEvery::FifteenMinutes => Some(15),
        }
    }

    pub fn key(self) -> String {
        self.minutes().map_or_else(|| "off".to_owned(), |m| m.to_string())
    }

    pub fn from_key(key: &str) -> RefreshEvery {
        RefreshEvery::ALL.into_iter().find(|r| r.key() == key).unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            RefreshEvery::Off => "Off",
            RefreshEvery::OneMinute => "Every minute",
            RefreshEvery::FiveMinutes => "Every 5 minutes",
            RefreshEvery::FifteenMinutes => "Every 15 minutes",
        }
    }
}

/// Every incident the user has been shown, with its last update as shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Seen {
    updates: HashMap<String, Option<DateTime<Utc>>>,
    /// The last listing write recorded by [`Seen::record_listing`].
    recorded_to: u64,
}

impl Seen {
    /// Remembers these incidents as shown (a later update of one counts as a change).
    pub fn record<'a>(&mut self, incidents: impl IntoIterator<Item = &'a Incident>) {
        for incident in incidents {
            if let Some(id) = &incident.id {
                let known = self.updates.entry(id.clone()).or_insert(incident.last_update_date_time);
                *known = (*known).max(incident.last_update_date_time);
            }
        }
    }

    /// Records the pages of `listing` added or replaced since the last call. Going over every loaded
    /// incident with each page of a Load all made it quadratic (~1M lookups for 10,000 incidents).
    pub fn record_listing(&mut self, listing: &Listing) {
        self.record(listing.written_after(self.recorded_to));
        self.recorded_to = self.recorded_to.max(listing.last_write());
    }

    /// Incidents in `fresh` that were never shown, or were updated since they were.
    pub fn changes(&self, fresh: &[Incident]) -> Vec<(String, Change)> {
        fresh
            .iter()
            .filter_map(|incident| {
                let id = incident.id.clone()?;
                match self.updates.get(&id) {
                    None => Some((id, Change::New)),
                    Some(known) if incident.last_update_date_time > *known => Some((id, Change::Updated)),
                    Some(_) => None,
                }
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.updates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.updates.is_empty()
    }
}

/// "2 new, 1 updated" (empty when nothing changed).
pub fn change_summary(changes: &HashMap<String, Change>) -> String {
    let new = changes.values().filter(|c| **c == Change::New).count();
    let updated = changes.len() - new;
    match (new, updated) {
        (0, 0) => String::new(),
        (n, 0) => format!("{n} new"),
        (0, u) => format!("{u} updated"),
        (n, u) => format!("{n} new, {u} updated"),
    }
}
