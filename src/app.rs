//! The shell: header, token form, URL state; the connected page comes from `connected_part`.

use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use crate::components::connect_form::{ConnectForm, ConnectRequest};
use crate::components::keyboard_shortcuts::KeyboardShortcuts;
use crate::components::session_bar::SessionBar;
use crate::components::theme_select::ThemeSelect;
use crate::components::time_ago::Clock;
use crate::connected_page::Connected;
use crate::connected_part::ConnectedPart;
use crate::connections::Connections;
use crate::graph::client::GraphClient;
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
