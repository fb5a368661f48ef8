use leptos::prelude::*;

use super::error_banner::ErrorBanner;
use super::export_bar::ExportBar;
use super::incident_card::IncidentCard;
use super::token_renewal::TokenRenewal;
use crate::format::{showing, thousands};
use crate::graph::client::{GraphClient, Token};
use crate::graph::error::ErrorKind;
use crate::loader::ListState;
use crate::search::matches_search;

/// The status line, the cards of the current page, and paging.
#[component]
pub fn IncidentList(
    state: ListState,
    #[prop(into)] client: Signal<Option<GraphClient>>,
    search: RwSignal<String>,
    #[prop(into)] on_retry: Callback<()>,
    #[prop(into)] on_new_token: Callback<Token>,
) -> impl IntoView {
    let ListState { listing, loading, error, backoff, .. } = state;
    let visible = Memo::new(move |_| {
        let query = search.get();
        listing.with(|l| l.incidents().iter().filter(|i| matches_search(i, &query)).cloned().collect::<Vec<_>>())
    });
    let status_text = move || {
        if loading.get() && listing.with(|l| l.is_empty()) {
            return "Loading incidents…".to_owned();
        }
        listing.with(|l| {
            let page = l.incidents().len();
            let mut text = if l.is_empty() { String::new() } else { showing(l.offset(), page, l.total()) };
            let query = search.get();
            if !query.trim().is_empty() && page > 0 {
                text.push_str(&format!(
                    " · {} match “{}” on this page",
                    thousands(visible.with(Vec::len) as u64),
                    query.trim()
                ));
            }
            if l.skipped() > 0 {
                text.push_str(&format!(" · {} could not be read and are not shown", l.skipped()));
            }
            text
        })
    };
    let next = move |_| {
        if let Some(client) = client.get_untracked() {
            state.next(client);
        }
    };

    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">"Incidents"</h2>
            <div class="results-head">
                <p role="status" class="status-line">{status_text}</p>
                <ExportBar listing search />
            </div>
            {move || backoff.get().map(|wait| view! {
                <div class="backoff" role="status">
                    <span>{wait.cause.waiting_reason()}", retrying in "{wait.seconds_left}" s"</span>
                    <button type="button" on:click=move |_| state.cancel()>"Cancel"</button>
                </div>
            })}
            {move || error.get().map(|error| {
                let expired = error.kind == ErrorKind::Unauthorized;
                view! {
                    <ErrorBanner error on_retry />
                    {expired.then(|| view! { <TokenRenewal id="new-token" on_token=on_new_token /> })}
                }
            })}
            <ul class="incident-list" aria-label="Incidents" aria-busy=move || loading.get().to_string()>
                <For each=move || visible.get()
                    key=|incident| (incident.id.clone(), incident.last_update_date_time)
                    children=move |incident| {
                        let client = client.get_untracked();
                        view! { <li>{client.map(|client| view! { <IncidentCard incident client /> })}</li> }
                    } />
            </ul>
            <nav class="pager" aria-label="Pages">
                <button type="button" disabled=move || !listing.with(|l| l.has_previous()) || loading.get()
                    on:click=move |_| state.previous()>"Previous page"</button>
                <span class="page-number">{move || format!("Page {}", listing.with(|l| l.page_number()))}</span>
                <button type="button" disabled=move || !listing.with(|l| l.has_next()) || loading.get()
                    on:click=next>"Next page"</button>
            </nav>
        </section>
    }
}
