//! One public component per file, named after it.

pub mod alert_list;
pub mod auto_refresh;
pub mod checkbox_group;
pub mod comment_list;
pub mod connect_form;
pub mod error_banner;
pub mod evidence_summary;
pub mod evidence_table;
pub mod export_bar;
pub mod filter_panel;
pub mod graph_request;
pub mod hunting_queries;
pub mod incident_card;
pub mod incident_detail;
pub mod incident_list;
pub mod keyboard_shortcuts;
pub mod saved_views_panel;
pub mod session_bar;
pub mod severity_badge;
pub mod sort_select;
pub mod summary_charts;
pub mod theme_select;
pub mod time_ago;
pub mod token_details;
pub mod token_expiry;
pub mod token_renewal;
