//! Host (`cargo test`) tests of the pure logic. The wasm component tests live in `tests/web_*.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod corpus;
mod dates;
mod decode;
mod demo;
mod demo_story;
mod entities;
mod errors;
mod evidence;
mod evidence_fields;
mod export;
mod filters_url;
mod format;
mod hosting;
mod indicators;
mod links;
mod listing;
mod markdown;
mod merge;
mod new_incident_notice;
mod page_title;
mod properties;
mod query;
mod refresh;
mod request_text;
mod retry;
mod route;
mod row_window;
mod saved_views;
mod search;
mod shortcuts;
mod sort;
mod summary;
mod timeline;
mod token_info;
mod what_changed;
