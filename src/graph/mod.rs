//! Everything that knows Microsoft Graph exists: types, queries, errors, HTTP and the demo tenant.

pub mod client;
pub mod cloud;
pub mod demo;
pub mod enums;
pub mod error;
pub mod evidence;
pub mod lenient;
pub mod list_items;
pub mod model;
pub mod page;
pub mod query;
pub mod request_id;
pub mod request_text;
pub mod retry;
