//! Per-incident UI state that must outlive a card's DOM: which cards are expanded (so a refresh or
//! a trip to the detail page does not fold them) and which are highlighted as new or updated. Keyed
//! by [`crate::graph::model::incident_key`]: tenant and id.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::graph::model::Incident;
use crate::refresh::Change;

#[derive(Clone, Copy)]
pub struct ListMarks {
    pub expanded: RwSignal<HashSet<String>>,
    pub changes: RwSignal<HashMap<String, Change>>,
    /// The list shows only the incidents marked new or changed (until they are marked as seen).
    pub only_changed: RwSignal<bool>,
}

impl ListMarks {
    pub fn new() -> Self {
        ListMarks {
            expanded: RwSignal::new(HashSet::new()),
            changes: RwSignal::new(HashMap::new()),
            only_changed: RwSignal::new(false),
        }
    }

    pub fn is_expanded(&self, key: &str) -> bool {
        self.expanded.with_untracked(|e| e.contains(key))
    }

    /// Everything marked is seen now: the marks go, and with them a list showing only those.
    pub fn mark_all_seen(&self) {
        self.only_changed.set(false);
        self.changes.update(HashMap::clear);
    }

    pub fn set_expanded(&self, key: &str, expanded: bool) {
        self.expanded.update(|e| {
            if expanded {
                e.insert(key.to_owned());
            } else {
                e.remove(key);
            }
        });
    }
}

/// Whether an incident is among those marked new or changed (`changes` being [`ListMarks::changes`]).
pub fn is_marked(changes: &HashMap<String, Change>, incident: &Incident) -> bool {
    incident.key().is_some_and(|key| changes.contains_key(&key))
}

impl Default for ListMarks {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's marks, or fresh ones for a card mounted on its own (component tests).
pub fn use_marks() -> ListMarks {
    use_context::<ListMarks>().unwrap_or_default()
}
