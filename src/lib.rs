//! Incident Viewer: browse Microsoft Defender XDR incidents from Microsoft Graph, in the browser.

pub mod app;
pub mod browser_url;
pub mod components;
pub mod filters;
pub mod format;
pub mod graph;
pub mod links;
pub mod listing;
pub mod loader;
pub mod search;

pub use app::App;
