use std::collections::HashMap;

use leptos::prelude::*;

use super::auto_refresh::AutoRefresh;
use super::error_banner::ErrorBanner;
use super::export_bar::ExportBar;
use super::graph_request::GraphRequest;
use super::incident_card::IncidentCard;
use super::sort_select::SortSelect;
use super::summary_charts::SummaryCharts;
use super::token_renewal::TokenRenewal;
use crate::connections::Connections;
use crate::format::{ListFacts, status_line};
use crate::graph::client::Token;
use crate::graph::error::ErrorKind;
use crate::graph::model::Incident;
use crate::graph::query::IncidentFilters;
use crate::loader::ListState;
use crate::search::Query;
use crate::sort::SortOrder;
use crate::view_state::use_view;

/// Search or sort results shown at once; "Show more" adds as many again.
const SEARCH_LIMIT: usize = 50;

/// Each incident with the number of earlier incidents carrying the same id (0 for the first).
fn with_occurrence(incidents: Vec<Incident>) -> Vec<(usize, Incident)> {
    let mut counts: HashMap<Option<String>, usize> = HashMap::new();
    incidents
        .into_iter()
        .map(|incident| {
            let count = counts.entry(incident.id.clone()).or_default();
            *count += 1;
            (*count - 1, incident)
        })
        .collect()
}

/// The status line, the cards of the current page, and paging.
#[component]
pub fn IncidentList(
    state: ListState,
    #[prop(into)] connections: Signal<Connections>,
    search: RwSignal<String>,
    #[prop(into)] on_retry: Callback<()>,
    #[prop(into)] on_new_token: Callback<Token>,
    #[prop(into)] on_load_all: Callback<()>,
    /// A chart bar narrows the filters.
    #[prop(into)]
    on_change_filters: Callback<IncidentFilters>,
) -> impl IntoView {
    let ListState { listing, loading, error, backoff, want_all, .. } = state;
    let sort = use_view().sort;
    let query = Memo::new(move |_| Query::parse(&search.get()));
    // How many search/sort results to show; back to one batch whenever the question changes.
    let limit = RwSignal::new(SEARCH_LIMIT);
    Effect::new(move |_| {
        query.track();
        sort.track();
        limit.set(SEARCH_LIMIT);
    });
    // The cards on screen: the current page, or the first matches of a search (or sort) over
    // everything loaded. The DOM holds one page or one batch of results, however much is loaded.
    let visible = Memo::new(move |_| {
        let (query, sort) = (query.get(), sort.get());
        listing.with(|l| {
            if query.is_empty() && sort == SortOrder::AsReceived {
                (l.incidents().to_vec(), None)
            } else {
                let (found, total) = l.search(&query, sort, limit.get());
                (found.into_iter().cloned().collect(), Some(total))
            }
        })
    });
    let status_text = move || {
        let matches = visible.with(|(_, total)| *total).filter(|_| !search.with(|s| s.trim().is_empty()));
        let sort = sort.get();
        listing.with(|l| {
            status_line(&ListFacts {
                loading_first_page: loading.get(),
                fetched_anything: !l.is_empty(),
                offset: l.offset(),
                shown_on_page: l.incidents().len(),
                total: l.total(),
                loaded: l.loaded(),
                skipped_on_page: l.skipped(),
                loading_all: want_all.get() && loading.get(),
                search: matches.map(|m| (search.get().trim().to_owned(), m)),
                sorted_by: (sort != SortOrder::AsReceived).then(|| sort.noun()),
                search_limit: limit.get(),
            })
        })
    };
    let next = move |_| {
        state.next(connections.get_untracked());
    };

    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">"Incidents"</h2>
            <div class="results-head">
                <p role="status" class="status-line">{status_text}</p>
                <div class="list-actions">
                    <SortSelect />
                    <AutoRefresh state connections />
                    <Show
                        when=move || want_all.get() && loading.get()
                        fallback=move || view! {
                            <button type="button" disabled=move || !listing.with(|l| l.tail_link().is_some()) || loading.get()
                                on:click=move |_| on_load_all.run(())>"Load all"</button>
                        }>
                        <button type="button" on:click=move |_| state.stop_loading_all()>"Cancel"</button>
                    </Show>
                    <ExportBar listing search sort />
                    <GraphRequest url=Signal::derive(move || listing.with(|l| l.current_url().map(str::to_owned))) />
                </div>
            </div>
            <SummaryCharts listing on_change=on_change_filters />
            {move || backoff.get().map(|wait| view! {
                <div class="backoff" role="status">
                    <span>{wait.cause.waiting_reason()}", retrying in "{wait.seconds_left}" s"</span>
                    <button type="button" on:click=move |_| state.cancel()>"Cancel"</button>
                </div>
            })}
            {move || error.get().map(|error| {
                // The renewal form replaces the first connection's token: offer it only when that is the
                // tenant whose token was refused (an added tenant is removed and added again instead).
                let primary = connections.with_untracked(Connections::primary_label);
                let expired = error.kind == ErrorKind::Unauthorized && (error.tenant.is_none() || error.tenant == primary);
                view! {
                    <ErrorBanner error on_retry />
                    {expired.then(|| view! { <TokenRenewal id="new-token" on_token=on_new_token /> })}
                }
            })}
            <ul class="incident-list" aria-label="Incidents" aria-busy=move || loading.get().to_string()>
                // Keyed by id and how often that id came before (Graph data may repeat an id, and every
                // item must still show), so cards above and below a refreshed one keep their DOM.
                <For each=move || with_occurrence(visible.get().0)
                    key=|(occurrence, incident)| (incident.id.clone(), *occurrence, incident.last_update_date_time)
                    children=move |(_, incident)| {
                        // Each card talks to the tenant its incident came from, with that tenant's token.
                        let (client, tenant) = connections.with_untracked(|c| {
                            let tenant = c.is_several().then(|| incident.source_tenant.as_deref().and_then(|t| c.label_of(t))).flatten();
                            (c.for_incident(incident.source_tenant.as_deref()).cloned(), tenant)
                        });
                        view! { <li>{client.map(|client| view! { <IncidentCard incident client tenant /> })}</li> }
                    } />
            </ul>
            {move || visible.with(|(shown, total)| total.filter(|t| *t > shown.len()).map(|t| t - shown.len())).map(|more| view! {
                <button type="button" class="show-more" on:click=move |_| limit.update(|l| *l += SEARCH_LIMIT)>
                    {format!("Show {} more", more.min(SEARCH_LIMIT))}
                </button>
            })}
            // Pages are Graph's; a search or sort shows everything loaded instead, so paging has no say.
            <nav class="pager" aria-label="Pages" hidden=move || visible.with(|(_, total)| total.is_some())>
                <button type="button" disabled=move || !listing.with(|l| l.has_previous()) || loading.get()
                    on:click=move |_| state.previous()>"Previous page"</button>
                <span class="page-number">{move || format!("Page {}", listing.with(|l| l.page_number()))}</span>
                <button type="button" disabled=move || !listing.with(|l| l.has_next()) || loading.get()
                    on:click=next>"Next page"</button>
            </nav>
        </section>
    }
}
