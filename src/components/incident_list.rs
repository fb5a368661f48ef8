use std::collections::HashMap;

use chrono::{DateTime, Utc};

use leptos::prelude::*;

use super::auto_refresh::AutoRefresh;
use super::error_banner::ErrorBanner;
use super::export_bar::ExportBar;
use super::graph_request::GraphRequest;
use super::incident_card::{IncidentCard, ShownSearch};
use super::sort_select::SortSelect;
use super::summary_charts::SummaryCharts;
use super::token_renewal::TokenRenewal;
use crate::connections::Connections;
use crate::format::{ListFacts, status_line, thousands};
use crate::graph::client::Token;
use crate::graph::error::ErrorKind;
use crate::graph::model::Incident;
use crate::graph::query::IncidentFilters;
use crate::list_marks::{is_marked, use_marks};
use crate::list_viewport::ListViewport;
use crate::listing::Listing;
use crate::loader::ListState;
use crate::row_window::{RowWindow, row_window};
use crate::search::Query;
use crate::sleep::{after_next_paint, when_idle};
use crate::sort::SortOrder;
use crate::stable_rows::StableRows;
use crate::view_state::use_view;

/// How far beyond the viewport cards are drawn (CSS px), so scrolling never shows a gap.
const MARGIN: f64 = 600.0;
/// After a new result set's first frame, the margin is drawn when the browser is idle, within this.
const MARGIN_WITHIN: std::time::Duration = std::time::Duration::from_millis(100);
/// A page's search index is built when the browser is next idle after it arrives, within this.
const INDEX_WITHIN: std::time::Duration = std::time::Duration::from_millis(1000);
/// At most this many cards go on paper (a search over 10,000 loaded incidents can list them all);
/// a line printed under the status line says so when there are more.
const PRINT_LIMIT: usize = 500;

/// The incidents the list shows, as positions among everything loaded: the current page, or every
/// loaded match of a search or sort. Kept with the question it answers, so typing on narrows it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    positions: Vec<usize>,
    /// A search or sort over everything loaded (else Graph's page on screen).
    everything: bool,
    query: Query,
    sort: SortOrder,
    revision: usize,
    /// Narrowed to the incidents marked new or changed; how many the search or sort had before that.
    only_changed: bool,
    matched: usize,
}

/// A drawn card's key: the incident's tenant and id ([`Incident::key`]), how many cards before it
/// carry the same (Graph data may repeat an id, and every item must still show) and its last update
/// (a changed incident is drawn afresh). Cards above and below a refreshed one keep their DOM.
type RowKey = (Option<String>, usize, Option<DateTime<Utc>>);

fn row_keys(incidents: Vec<&Incident>) -> Vec<RowKey> {
    let mut counts: HashMap<Option<String>, usize> = HashMap::new();
    incidents
        .into_iter()
        .map(|incident| {
            let key = incident.key();
            let count = counts.entry(key.clone()).or_default();
            *count += 1;
            (key, *count - 1, incident.last_update_date_time)
        })
        .collect()
}

/// Where the drawn rows sit among those shown, if they are still there in the same order (else empty).
fn drawn_range(drawn: &[usize], shown: &[usize]) -> std::ops::Range<usize> {
    let Some(first) = drawn.first().and_then(|key| shown.iter().position(|p| p == key)) else {
        return 0..0;
    };
    if shown.get(first..first + drawn.len()) == Some(drawn) { first..first + drawn.len() } else { 0..0 }
}

/// Scrolls the results' top to the top of the screen if the page is scrolled past it.
fn bring_results_top_into_view(list_ref: NodeRef<leptos::html::Ul>) {
    if let Some(results) = list_ref.get_untracked().and_then(|l| l.closest("section.results").ok().flatten())
        && results.get_bounding_client_rect().top() < 0.0
    {
        results.scroll_into_view();
    }
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
    provide_context(ShownSearch(query));
    let marks = use_marks();
    let shown = Memo::new(move |earlier: Option<&Shown>| {
        let (query, sort) = (query.get(), sort.get());
        let only_changed = marks.only_changed.get();
        let mut shown = listing.with(|l| {
            if query.is_empty() && sort == SortOrder::AsReceived {
                return Shown { positions: l.page_positions().collect(), ..Shown::default() };
            }
            let revision = l.revision();
            let narrowing = earlier
                .filter(|e| {
                    e.everything
                        && !e.only_changed
                        && e.sort == sort
                        && e.revision == revision
                        && query.narrows(&e.query)
                })
                .map(|e| e.positions.as_slice());
            Shown {
                positions: l.search(&query, sort, narrowing),
                everything: true,
                query,
                sort,
                revision,
                ..Shown::default()
            }
        });
        shown.matched = shown.positions.len();
        if only_changed {
            marks.changes.with(|changes| {
                listing.with(|l| {
                    shown.positions.retain(|&p| l.get(p).is_some_and(|incident| is_marked(changes, incident)))
                })
            });
            shown.only_changed = true;
        }
        shown
    });
    // Built after the page's first paint rather than before it (a search before then builds it itself).
    Effect::new(move |_| {
        listing.track();
        when_idle(INDEX_WITHIN, move || {
            let _ = listing.try_with_untracked(Listing::prepare_search);
        });
    });
    // Only the cards on screen (and a margin) are drawn: the DOM stays the same size at 10,000.
    let viewport = ListViewport::new();
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    viewport.track(list_ref);
    // Which Graph page is on screen: its query's first URL and its number.
    let page = Memo::new(move |_| listing.with(|l| (l.first_url().map(str::to_owned), l.page_number())));
    // A new query: the measured heights belonged to other incidents. Pages appended by Load all or
    // refreshed in place are not a new query.
    Effect::new(move |previous: Option<Option<String>>| {
        let first_url = page.with(|(first_url, _)| first_url.clone());
        if previous.is_some_and(|p| p != first_url) {
            viewport.reset();
        }
        first_url
    });
    // A new result set (page, query or sort) draws only the cards on screen before it is painted; the
    // margin around them follows once that frame is painted, so the first paint waits for fewer cards.
    // More pages of the same set (Load all) or a refresh do not count as new: nothing is redrawn.
    let result_set =
        Memo::new(move |_| shown.with(|s| (page.get(), s.everything, s.query.clone(), s.sort, s.only_changed)));
    let margin_drawn_for = RwSignal::new(None);
    Effect::new(move |_| {
        let set = result_set.get();
        viewport.forget_anchor();
        after_next_paint(MARGIN_WITHIN, move || {
            let _ = margin_drawn_for.try_set(Some(set));
        });
    });
    let window = Memo::new(move |_| {
        if viewport.printing.get() {
            let end = shown.with(|s| s.positions.len().min(PRINT_LIMIT));
            return RowWindow { start: 0, end, before: 0.0, after: 0.0 };
        }
        viewport.heights_changed.track();
        let on_screen = viewport.viewport.get();
        let focused = viewport.focused.get();
        let margin_drawn = result_set.with(|set| margin_drawn_for.with(|drawn| drawn.as_ref() == Some(set)));
        shown.with(|s| {
            viewport.heights.with_value(|h| {
                let full = row_window(&s.positions, h, on_screen, MARGIN);
                let window = if margin_drawn {
                    full
                } else {
                    // Cards already drawn within the margin stay (no removing what comes back a frame later).
                    let kept = viewport.drawn.with_value(|drawn| drawn_range(drawn, &s.positions));
                    let kept = kept.start.max(full.start)..kept.end.min(full.end);
                    row_window(&s.positions, h, on_screen, 0.0).covering(kept, &s.positions, h)
                };
                match focused.and_then(|key| s.positions.iter().position(|p| *p == key)) {
                    Some(index) => window.including(index, 2, 10, &s.positions, h),
                    None => window,
                }
            })
        })
    });
    // The drawn incidents, where they start among those shown, and how many are shown.
    let rows = move || {
        let RowWindow { start, end, .. } = window.get();
        let positions = shown.with(|s| s.positions[start.min(s.positions.len())..end.min(s.positions.len())].to_vec());
        let keys = listing.with(|l| row_keys(l.at(&positions)));
        viewport.drawn.set_value(positions.clone());
        (keys.into_iter().zip(positions).collect::<Vec<_>>(), start, shown.with(|s| s.positions.len()))
    };
    // Each card talks to the tenant its incident came from, with that tenant's token.
    // Only a card entering the window gets its incident copied out of the listing.
    let draw_card = move |position: usize| {
        let incident = listing.with_untracked(|l| l.get(position).cloned());
        incident
            .and_then(|incident| {
                let (client, tenant) = connections.with_untracked(|c| {
                    let source = incident.source_tenant.as_deref();
                    let tenant = c.is_several().then(|| source.and_then(|t| c.label_of(t))).flatten();
                    (c.for_incident(source).cloned(), tenant)
                });
                client.map(|client| view! { <IncidentCard incident client tenant /> })
            })
            .into_any()
    };
    let drawn_rows = StoredValue::new_local(StableRows::new());
    // The result set whose first frame knows where the list is (see below).
    let located_for = RwSignal::new(None);
    Effect::new(move |_| {
        // A new result set's first frame draws only the cards on screen, so it needs where the list is
        // now. The summary strip above it is redrawn by effects of this same tick, after this one: the
        // position the list last reported would count ~300 px of that strip as list (1–2 cards drawn
        // below the screen). So wait for that tick to end and read the position then, still before
        // the frame (it lays out the strip there instead of in the frame).
        let set = result_set.get();
        let first_frame = !margin_drawn_for.with(|drawn| drawn.as_ref() == Some(&set));
        if first_frame && located_for.with(|located| located.as_ref() != Some(&set)) {
            queue_microtask(move || {
                // Another result set (page, query, search or sort) is read from its top: if the page
                // is scrolled past the results' top (the pager clicked sits below the list), bring it
                // back before the first frame's cards are placed. Not for the first set after
                // connecting. Same layout as the read below: nothing changes in between.
                if located_for.try_with_untracked(Option::is_some).unwrap_or(false) {
                    bring_results_top_into_view(list_ref);
                }
                if let Some(now) = viewport.read_now(list_ref)
                    && viewport.viewport.try_get_untracked().is_some_and(|before| before != now)
                {
                    viewport.viewport.set(now);
                }
                let _ = located_for.try_set(Some(set));
            });
            return;
        }
        let (items, start, total) = rows();
        if let Some(list) = list_ref.get() {
            drawn_rows.update_value(|r| r.update(&list, items, (start, total), draw_card));
        }
    });
    let status_text = move || {
        let matches =
            shown.with(|s| s.everything.then_some(s.matched)).filter(|_| !search.with(|s| s.trim().is_empty()));
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
                only_changed: shown.with(|s| s.only_changed.then_some(s.positions.len())),
                sorted_by: (sort != SortOrder::AsReceived).then(|| sort.noun()),
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
                {move || {
                    let shown = shown.with(|s| s.positions.len());
                    (shown > PRINT_LIMIT).then(|| view! {
                        <p class="print-only">{format!(
                            "Printed: the first {} of these {} incidents (Export CSV or JSON has them all).",
                            thousands(PRINT_LIMIT as u64),
                            thousands(shown as u64),
                        )}</p>
                    })
                }}
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
            <ul class="incident-list" aria-label="Incidents" tabindex="-1" aria-busy=move || loading.get().to_string() node_ref=list_ref
                on:focusin=move |ev| viewport.focus_entered(&ev) on:focusout=move |ev| viewport.focus_left(&ev, list_ref)
                style:padding-top=move || format!("{}px", window.get().before.round() as i64)
                style:padding-bottom=move || format!("{}px", window.get().after.round() as i64)>
                // Drawn by `drawn_rows` (see `RowKey`), not by the view.
            </ul>
            // Pages are Graph's; a search or sort shows everything loaded instead, so paging has no say.
            <nav class="pager" aria-label="Pages" hidden=move || shown.with(|s| s.everything)>
                <button type="button" disabled=move || !listing.with(|l| l.has_previous()) || loading.get()
                    on:click=move |_| state.previous()>"Previous page"</button>
                <span class="page-number">{move || format!("Page {}", listing.with(|l| l.page_number()))}</span>
                <button type="button" disabled=move || !listing.with(|l| l.has_next()) || loading.get()
                    on:click=next>"Next page"</button>
            </nav>
        </section>
    }
}
