use leptos::prelude::*;

use super::token_details::TokenDetails;
use crate::graph::client::{GraphClient, Token};
use crate::graph::cloud::{ApiVersion, Cloud};

/// A connection the user asked for, and whether to keep it for this browser tab.
#[derive(Clone, Debug)]
pub struct ConnectRequest {
    pub client: GraphClient,
    pub remember: bool,
}

/// Token entry (with a local inspector), API version and cloud choice, and the no-token demo start.
#[component]
pub fn ConnectForm(#[prop(into)] on_connect: Callback<ConnectRequest>) -> impl IntoView {
    let token = RwSignal::new(String::new());
    let version = RwSignal::new(ApiVersion::V1);
    let cloud = RwSignal::new(Cloud::Global);
    let problem = RwSignal::new(None::<&'static str>);
    let remember = RwSignal::new(false);
    // The token field takes focus when the form appears (on load and after Disconnect).
    let token_field = NodeRef::<leptos::html::Input>::new();
    // Not when the analyst already put focus elsewhere (on the start screen, see `start_screen`).
    Effect::new(move |_| {
        if let Some(field) = token_field.get()
            && !crate::start_screen::something_has_focus()
        {
            let _ = field.focus();
        }
    });

    let connect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match Token::new(&token.get_untracked()) {
            Some(parsed) => {
                problem.set(None);
                // The field is cleared at once: the token now lives only inside the client.
                token.set(String::new());
                let client = GraphClient::live(parsed, cloud.get_untracked(), version.get_untracked());
                on_connect.run(ConnectRequest { client, remember: remember.get_untracked() });
            }
            None => problem.set(Some("Paste an access token first, or try the demo data.")),
        }
    };

    view! {
        <section class="connect" aria-labelledby="connect-heading">
            <h2 id="connect-heading">"Connect to Microsoft Graph"</h2>
            <form class="connect-form" on:submit=connect autocomplete="off">
                <label for="token">"Access token"</label>
                <input id="token" type="password" autocomplete="off" spellcheck="false" node_ref=token_field
                    aria-describedby="token-help"
                    prop:value=move || token.get()
                    on:input=move |ev| token.set(event_target_value(&ev)) />
                <p id="token-help" class="hint">
                    "Needs SecurityIncident.Read.All. The token stays in this tab's memory and is sent only to the selected Graph host."
                </p>
                <Show when=move || !token.get().trim().is_empty()>
                    <TokenDetails token=token cloud=cloud />
                </Show>
                <label class="check">
                    <input id="remember" type="checkbox" prop:checked=move || remember.get()
                        on:change=move |ev| remember.set(event_target_checked(&ev)) />
                    "Remember for this browser tab"
                </label>
                <div class="connect-options">
                    <label for="api-version">"API version"</label>
                    <select id="api-version"
                        on:change=move |ev| version.set(ApiVersion::parse(&event_target_value(&ev)).unwrap_or_default())>
                        {ApiVersion::ALL
                            .map(|v| view! { <option value=v.as_str()>{v.as_str()}</option> })
                            .into_iter()
                            .collect_view()}
                    </select>
                    <label for="cloud">"Cloud"</label>
                    <select id="cloud"
                        on:change=move |ev| cloud.set(Cloud::from_key(&event_target_value(&ev)).unwrap_or_default())>
                        {Cloud::ALL
                            .map(|c| view! { <option value=c.key()>{c.label()}</option> })
                            .into_iter()
                            .collect_view()}
                    </select>
                </div>
                <Show when=move || problem.get().is_some()>
                    <p role="alert" class="error">{move || problem.get()}</p>
                </Show>
                <div class="connect-actions">
                    <button type="submit" class="primary">"Connect"</button>
                    <button type="button"
                        on:click=move |_| on_connect.run(ConnectRequest { client: GraphClient::demo(version.get_untracked()), remember: false })>
                        "Try demo data"
                    </button>
                </div>
            </form>
        </section>
    }
}
