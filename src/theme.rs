//! Light, dark, or whatever the system says. The choice is a display preference, kept in
//! `localStorage` (never anything about the session).

use crate::local_store;

pub(crate) const STORAGE_KEY: &str = "incident-viewer.theme";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Theme {
        Theme::ALL.into_iter().find(|t| t.key() == key).unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The saved choice (System when none, or when storage is blocked).
pub fn saved() -> Theme {
    local_store::get(STORAGE_KEY).map(|k| Theme::from_key(&k)).unwrap_or_default()
}

/// Shows `theme` (through `data-theme` on `<html>`, which the style sheet reads) and remembers it.
pub fn apply(theme: Theme, remember: bool) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.key()),
        };
    }
    if remember {
        // Storage can be full or blocked; the theme still applies for this page.
        local_store::set(STORAGE_KEY, (theme != Theme::System).then_some(theme.key()));
    }
}
