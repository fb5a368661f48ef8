//! Incident Viewer: browse Microsoft Defender XDR incidents from Microsoft Graph, in the browser.

pub mod app;
pub mod browser_url;
pub mod components;
pub mod dom_id;
pub mod download;
pub mod export;
pub mod filters;
pub mod format;
pub mod graph;
pub mod links;
pub mod listing;
pub mod loader;
pub mod panic_notice;
pub mod search;
pub mod session_store;
pub mod sleep;
pub mod token_info;

pub use app::App;
