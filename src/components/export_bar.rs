use chrono::Utc;
use leptos::prelude::*;

use crate::download::save_text;
use crate::export::{to_csv, to_json};
use crate::graph::model::Incident;
use crate::list_marks::{is_marked, use_marks};
use crate::listing::Listing;
use crate::search::Query;
use crate::sort::SortOrder;

/// Saves every loaded incident that matches the search (only the new and changed ones while the
/// list shows only those), as CSV or JSON.
#[component]
pub fn ExportBar(listing: RwSignal<Listing>, search: RwSignal<String>, sort: RwSignal<SortOrder>) -> impl IntoView {
    let marks = use_marks();
    // The listing's search index already holds every loaded incident's text; an empty query keeps all.
    let selected = move || -> Vec<Incident> {
        let query = Query::parse(&search.get_untracked());
        let mut chosen: Vec<Incident> = listing
            .with_untracked(|l| l.at(&l.search(&query, sort.get_untracked(), None)).into_iter().cloned().collect());
        if marks.only_changed.get_untracked() {
            marks.changes.with_untracked(|changes| chosen.retain(|incident| is_marked(changes, incident)));
        }
        chosen
    };
    let hint = move || {
        if marks.only_changed.get() {
            "Exports cover the new and changed incidents shown, narrowed by the search, in the chosen order."
        } else {
            "Exports cover every loaded page, narrowed by the search, in the chosen order."
        }
    };
    let stamp = || crate::dates::compact(&Utc::now());
    let nothing = move || listing.with(|l| l.all_incidents().next().is_none());
    view! {
        <div class="export-bar">
            <button type="button" disabled=nothing
                on:click=move |_| save_text(&format!("incidents-{}.csv", stamp()), "text/csv;charset=utf-8", &to_csv(&selected()))>
                "Export CSV"
            </button>
            <button type="button" disabled=nothing
                on:click=move |_| save_text(&format!("incidents-{}.json", stamp()), "application/json", &to_json(&selected()))>
                "Export JSON"
            </button>
            <span class="hint export-hint">{hint}</span>
        </div>
    }
}
