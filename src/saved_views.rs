//! Named filter sets the analyst saves, one of them optionally the default. Pure; host-tested.
//! Stored as JSON in `localStorage` by the component; only filters (as their URL query) are kept.

use serde::{Deserialize, Serialize};

use crate::filters::{from_query, to_query};
use crate::graph::query::IncidentFilters;

/// Longest name kept, in characters.
pub const MAX_NAME: usize = 80;
/// Most views kept; saving more drops the oldest.
pub const MAX_VIEWS: usize = 50;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    /// The filters as a URL query (`status=active&severity=high`).
    pub query: String,
    #[serde(default)]
    pub is_default: bool,
}

impl SavedView {
    pub fn filters(&self) -> IncidentFilters {
        from_query(&self.query)
    }
}

/// A name trimmed to something showable, or `None` if nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let cleaned: String =
        name.chars().filter(|c| !c.is_control()).collect::<String>().trim().chars().take(MAX_NAME).collect();
    (!cleaned.is_empty()).then_some(cleaned)
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedViews {
    views: Vec<SavedView>,
}

impl SavedViews {
    /// Reads stored JSON; anything unreadable is dropped, and each query is re-read through the
    /// filter parser, so only known filter keys survive (whatever was written into storage).
    pub fn parse(json: &str) -> SavedViews {
        let raw: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
        let mut views = SavedViews::default();
        for item in raw {
            let Ok(view) = serde_json::from_value::<SavedView>(item) else { continue };
            let Some(name) = clean_name(&view.name) else { continue };
            let is_default = view.is_default;
            views.save(&name, &view.filters());
            if is_default {
                views.set_default(Some(&name));
            }
        }
        views
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.views).unwrap_or_else(|_| "[]".to_owned())
    }

    pub fn all(&self) -> &[SavedView] {
        &self.views
    }

    pub fn find(&self, name: &str) -> Option<&SavedView> {
        self.views.iter().find(|v| v.name == name)
    }

    /// Saves `filters` under `name` (replacing a view of that name, keeping its default mark).
    /// Returns the stored name, or `None` for an empty name.
    pub fn save(&mut self, name: &str, filters: &IncidentFilters) -> Option<String> {
        let name = clean_name(name)?;
        let query = to_query(filters);
        match self.views.iter_mut().find(|v| v.name == name) {
            Some(existing) => existing.query = query,
            None => {
                if self.views.len() >= MAX_VIEWS {
                    self.views.remove(0);
                }
                self.views.push(SavedView { name: name.clone(), query, is_default: false });
            }
        }
        Some(name)
    }

    pub fn remove(&mut self, name: &str) {
        self.views.retain(|v| v.name != name);
    }

    /// Makes `name` the only default (or clears the default with `None`).
    pub fn set_default(&mut self, name: Option<&str>) {
        for view in &mut self.views {
            view.is_default = Some(view.name.as_str()) == name;
        }
    }

    pub fn default_view(&self) -> Option<&SavedView> {
        self.views.iter().find(|v| v.is_default)
    }
}

const STORAGE_KEY: &str = "incident-viewer.views";

/// The views saved in this browser (none where storage is blocked).
pub fn load() -> SavedViews {
    crate::local_store::get(STORAGE_KEY).map(|json| SavedViews::parse(&json)).unwrap_or_default()
}

/// Saves the views; false when the browser refused.
pub fn store(views: &SavedViews) -> bool {
    crate::local_store::set(STORAGE_KEY, Some(&views.to_json()))
}
