use leptos::prelude::*;

use crate::graph::client::GraphClient;

/// Where the session is connected, and the way out.
#[component]
pub fn SessionBar(client: GraphClient, #[prop(into)] on_disconnect: Callback<()>) -> impl IntoView {
    let place = if client.is_demo() {
        format!("Demo tenant (no network) · {}", client.version.as_str())
    } else {
        format!("{} · {}", client.cloud.label(), client.version.as_str())
    };
    view! {
        <div class="session-bar">
            <span class="connected">"Connected: "{place}</span>
            <button type="button" on:click=move |_| on_disconnect.run(())>"Disconnect"</button>
        </div>
    }
}
