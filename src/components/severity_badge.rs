use leptos::prelude::*;

use crate::graph::enums::Severity;

/// Severity as a word and a colour (never colour alone).
#[component]
pub fn SeverityBadge(severity: Option<Severity>) -> impl IntoView {
    let (class, text) = match &severity {
        Some(s) => (format!("badge severity-{}", s.css()), s.label()),
        None => ("badge severity-unknown".to_owned(), "Unknown"),
    };
    view! { <span class=class>{format!("{text} severity")}</span> }
}

/// A status as a word, the same way for incidents and alerts ("Status unknown" when Graph sent none).
#[component]
pub fn StatusBadge(label: Option<String>) -> impl IntoView {
    view! { <span class="badge status">{label.unwrap_or_else(|| "Status unknown".into())}</span> }
}
