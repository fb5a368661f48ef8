//! The shell: connection, filters (mirrored in the URL), the incident list.

use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use crate::components::connect_form::{ConnectForm, ConnectRequest};
use crate::components::filter_panel::FilterPanel;
use crate::components::incident_detail::IncidentDetail;
use crate::components::incident_list::IncidentList;
use crate::components::keyboard_shortcuts::KeyboardShortcuts;
use crate::components::session_bar::SessionBar;
use crate::components::tenant_bar::TenantBar;
use crate::components::theme_select::ThemeSelect;
use crate::components::time_ago::Clock;
use crate::components::token_expiry::TokenExpiry;
use crate::connected_part::ConnectedPart;
use crate::connections::Connections;
use crate::graph::client::{Backend, GraphClient, Token};
use crate::graph::query::{IncidentFilters, PageSize};
use crate::list_marks::ListMarks;
use crate::loader::ListState;
use crate::session_store;
use crate::view_state::ViewState;

#[component]
pub fn App() -> impl IntoView {
    // A connection remembered for this tab (explicit opt-in) is picked up again after a reload.
    let client = RwSignal::new(session_store::recall());
    // More tenants, added after the first (kept in memory only).
    let others = RwSignal::new(Vec::<GraphClient>::new());
    // A memo: each token is read for its tenant once per change, not on every lookup.
    let connections = Memo::new(move |_| {
        let mut all: Vec<GraphClient> = client.get().into_iter().collect();
        if !all.is_empty() {
            all.extend(others.get());
        }
        Connections::new(all)
    });
    let view_state = ViewState::from_url();
    provide_context(view_state);
    let filters = view_state.filters;
    let search = RwSignal::new(String::new());
    let state = ListState::new();
    provide_context(ListMarks::new());

    let clock = Clock(RwSignal::new(Utc::now()));
    provide_context(clock);
    // Relative times ("5 min ago") stay true during a long shift.
    let _ = set_interval_with_handle(move || clock.0.set(Utc::now()), Duration::from_secs(30));

    // Back/forward restore the view of that history entry without adding a new one.
    let _ = window_event_listener(leptos::ev::popstate, move |_| view_state.restore_from_url());

    let connect = Callback::new(move |request: ConnectRequest| {
        if request.remember {
            session_store::remember(&request.client);
        } else {
            session_store::forget();
        }
        client.set(Some(request.client));
    });
    // While the analyst pastes a token, the connected page's code is fetched and compiled.
    let part = ConnectedPart::new();
    if let Some(owner) = Owner::current() {
        part.warm_up(owner);
    }
    // The connected page is built once per connection: a renewed token does not rebuild it.
    let is_connected = Memo::new(move |_| client.with(Option::is_some));
    let disconnect = Callback::new(move |_| {
        session_store::forget();
        others.set(Vec::new());
        client.set(None);
        state.reset();
    });

    view! {
        <header class="app-header">
            <h1>"Incident Viewer"</h1>
            <div class="header-tools">
                <KeyboardShortcuts />
                <ThemeSelect />
                {move || client.get().map(|c| view! { <SessionBar client=c on_disconnect=disconnect /> })}
            </div>
        </header>
        <main id="main">
            {move || match is_connected.get() {
                false => view! { <ConnectForm on_connect=connect /> }.into_any(),
                true => part.view(Connected {
                    client, others, connections, view_state, filters, search, state,
                }),
            }}
        </main>
    }
}

/// What the connected branch of the page needs from the shell.
#[derive(Clone, Copy)]
pub struct Connected {
    client: RwSignal<Option<GraphClient>>,
    others: RwSignal<Vec<GraphClient>>,
    connections: Memo<Connections>,
    view_state: ViewState,
    filters: RwSignal<IncidentFilters>,
    search: RwSignal<String>,
    state: ListState,
}

/// The connected page, in a function of its own: the browser compiles WebAssembly functions when they
/// are first called, so the token form no longer waits for this (large) one to be compiled.
#[inline(never)]
pub fn connected_view(shell: Connected) -> AnyView {
    let Connected { client, others, connections, view_state, filters, search, state } = shell;
    // Where the session is connected, without the tokens: a renewed token must not restart the list.
    let connection = Memo::new(move |_| connections.with(Connections::endpoints));
    // A new connection, another tenant, or new filters start the query over at page one.
    Effect::new(move |_| {
        let filters = filters.get();
        if !connection.get().is_empty() {
            state.load_first(connections.get_untracked(), filters);
        }
    });

    let apply_filters = move |next: IncidentFilters| {
        view_state.navigate(crate::route::Route { filters: next, ..view_state.route() });
    };
    let change_filters = Callback::new(move |next: IncidentFilters| {
        state.want_all.set(false); // a new query is not "all of the old one"
        apply_filters(next);
    });
    // "Load all" asks for 50 a page (Graph's maximum) so it takes the fewest requests: ⌈N/50⌉.
    let load_all = Callback::new(move |_| {
        let current = filters.get_untracked();
        if current.page_size == PageSize::Fifty {
            state.load_all(connections.get_untracked());
        } else {
            apply_filters(IncidentFilters { page_size: PageSize::Fifty, ..current });
            state.want_all.set(true); // the restarted query continues when its first page is in
        }
    });
    let retry = Callback::new(move |_| {
        if connections.with_untracked(|c| c.primary().is_some()) {
            state.retry(connections.get_untracked());
        }
    });
    // After a 401: swap in the new token and repeat what failed, keeping filters and loaded pages.
    let renew_token = Callback::new(move |token: Token| {
        let remembered = session_store::is_remembered();
        client.update(|c| {
            if let Some(c) = c {
                c.backend = Backend::Live(token);
                if remembered {
                    session_store::remember(c);
                }
            }
        });
        if state.error.get_untracked().is_some() {
            retry.run(());
        }
    });
    view! {
        <TokenExpiry client on_new_token=renew_token />
        <TenantBar client others />
        {move || view_state.incident.get().and_then(|id| {
            let tenant = view_state.incident_tenant.get();
            connections.with(|c| c.for_incident(tenant.as_deref()).cloned()).map(|client| view! {
                <IncidentDetail id client />
            })
        })}
        // Kept mounted while an incident is open, so the way back finds the list as it was.
        <div class="layout" hidden=move || view_state.incident.with(Option::is_some)>
            <FilterPanel filters on_change=change_filters search connections />
            <IncidentList state connections search on_retry=retry on_new_token=renew_token on_load_all=load_all
                on_change_filters=change_filters />
        </div>
    }
    .into_any()
}
