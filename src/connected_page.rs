//! The connected page: the list's loading (first page, retry, Load all, renewed token) and its view.
//! It lives in the part of the app fetched after the token form (see `connected_part`).

use leptos::prelude::*;

use crate::components::filter_panel::FilterPanel;
use crate::components::incident_detail::IncidentDetail;
use crate::components::incident_list::IncidentList;
use crate::components::tenant_bar::TenantBar;
use crate::components::token_expiry::TokenExpiry;
use crate::connections::Connections;
use crate::graph::client::{Backend, GraphClient, Token};
use crate::graph::query::{IncidentFilters, PageSize};
use crate::loader::ListState;
use crate::page_title::follow_page_title;
use crate::session_store;
use crate::view_state::ViewState;

/// The list's search, for an incident's page to search the list for one of its entities.
#[derive(Clone, Copy)]
pub struct ListSearch(pub RwSignal<String>);

/// What the connected page needs from the shell.
#[derive(Clone, Copy)]
pub struct Connected {
    pub client: RwSignal<Option<GraphClient>>,
    pub others: RwSignal<Vec<GraphClient>>,
    pub connections: Memo<Connections>,
    pub view_state: ViewState,
    pub filters: RwSignal<IncidentFilters>,
    pub search: RwSignal<String>,
    pub state: ListState,
}

/// The connected page, in a function of its own (never inlined into the shell): it is the entry point
/// of the part of the app fetched after the token form.
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
    provide_context(follow_page_title());
    provide_context(ListSearch(search));
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
