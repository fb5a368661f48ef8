//! Incident Viewer: browse Microsoft Defender XDR incidents from Microsoft Graph, in the browser.

pub mod app;
pub mod browser_url;
pub mod clipboard;
pub mod components;
pub mod connections;
pub mod detail_loader;
pub mod dom_id;
pub mod download;
pub mod export;
pub mod filters;
pub mod format;
pub mod graph;
pub mod links;
pub mod list_marks;
pub mod listing;
pub mod loader;
pub mod local_store;
pub mod locale;
pub mod markdown;
pub mod merge;
pub mod panic_notice;
pub mod refresh;
pub mod route;
pub mod saved_views;
pub mod search;
pub mod session_store;
pub mod shortcuts;
pub mod sleep;
pub mod sort;
pub mod summary;
pub mod theme;
pub mod token_info;
pub mod view_state;

pub use app::App;
