//! What changed between two looks at the list: new incidents and updated ones. Pure; host-tested.

use std::collections::HashMap;

use crate::graph::model::Incident;
use crate::listing::Listing;
use crate::what_changed::{Shown, change_line, what_changed};

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    New,
    Updated(Update),
}

/// An incident updated since the analyst last looked: the version they were shown, and in words
/// what differs from it now.
#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub since: Box<Shown>,
    pub what: Vec<String>,
}

impl Change {
    pub fn label(&self) -> &'static str {
        match self {
            Change::New => "New",
            Change::Updated(_) => "Changed",
        }
    }

    /// The card's line saying what changed; `None` for a new incident (all of it is new).
    pub fn detail(&self) -> Option<String> {
        match self {
            Change::New => None,
            Change::Updated(update) => Some(change_line(&update.what)),
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

/// Every incident the user has been shown, as shown (its latest version).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Seen {
    shown: HashMap<String, Shown>,
    /// The last listing write recorded by [`Seen::record_listing`].
    recorded_to: u64,
}

impl Seen {
    /// Remembers these incidents as shown (a later update of one counts as a change).
    pub fn record<'a>(&mut self, incidents: impl IntoIterator<Item = &'a Incident>) {
        for incident in incidents {
            let Some(key) = incident.key() else { continue };
            match self.shown.get_mut(&key) {
                // A stale replica's older answer does not replace what was shown.
                Some(known) if incident.last_update_date_time <= known.last_update => {}
                Some(known) => *known = Shown::of(incident),
                None => {
                    self.shown.insert(key, Shown::of(incident));
                }
            }
        }
    }

    /// Records the pages of `listing` added or replaced since the last call. Going over every loaded
    /// incident with each page of a Load all made it quadratic (~1M lookups for 10,000 incidents).
    pub fn record_listing(&mut self, listing: &Listing) {
        self.record(listing.written_after(self.recorded_to));
        self.recorded_to = self.recorded_to.max(listing.last_write());
    }

    /// Incidents in `fresh` (by [`Incident::key`]) that were never shown, or were updated since they
    /// were. `marked` are the
    /// marks the analyst has not cleared yet: a new incident stays new whatever happened to it since,
    /// and an updated one is compared with the version shown before its first unseen update.
    pub fn changes(&self, fresh: &[Incident], marked: &HashMap<String, Change>) -> Vec<(String, Change)> {
        fresh
            .iter()
            .filter_map(|incident| {
                let key = incident.key()?;
                let change = match (self.shown.get(&key), marked.get(&key)) {
                    (_, Some(Change::New)) => return None,
                    (None, _) => Change::New,
                    (Some(known), earlier) if incident.last_update_date_time > known.last_update => {
                        let since = match earlier {
                            Some(Change::Updated(update)) => update.since.clone(),
                            _ => Box::new(known.clone()),
                        };
                        let what = what_changed(&since, incident);
                        Change::Updated(Update { since, what })
                    }
                    (Some(_), _) => return None,
                };
                Some((key, change))
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }
}

/// "2 new, 1 updated" (empty when nothing changed).
pub fn change_summary(changes: &HashMap<String, Change>) -> String {
    let new = changes.values().filter(|c| matches!(c, Change::New)).count();
    let updated = changes.len() - new;
    match (new, updated) {
        (0, 0) => String::new(),
        (n, 0) => format!("{n} new"),
        (0, u) => format!("{u} updated"),
        (n, u) => format!("{n} new, {u} updated"),
    }
}
