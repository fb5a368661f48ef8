use leptos::prelude::*;

use crate::graph::client::Token;

/// Shown after a 401: paste a fresh token without losing the filters or the pages loaded so far.
#[component]
pub fn TokenRenewal(
    /// Unique per page: the expiry banner and the 401 banner can both show one.
    id: &'static str,
    #[prop(into)] on_token: Callback<Token>,
) -> impl IntoView {
    let value = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(token) = Token::new(&value.get_untracked()) {
            value.set(String::new());
            on_token.run(token);
        }
    };
    view! {
        <form class="token-renewal" on:submit=submit autocomplete="off">
            <label for=id>"New access token"</label>
            <input id=id type="password" autocomplete="off" spellcheck="false"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
            <button type="submit" class="primary">"Use new token"</button>
        </form>
    }
}
