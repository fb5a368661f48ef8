use chrono::Utc;
use leptos::prelude::*;

use super::time_ago::Clock;
use super::token_renewal::TokenRenewal;
use crate::graph::client::{GraphClient, Token};
use crate::token_info::inspect;

/// Says so when the live token runs out mid-session, and takes a new one without losing anything.
#[component]
pub fn TokenExpiry(
    #[prop(into)] client: Signal<Option<GraphClient>>,
    #[prop(into)] on_new_token: Callback<Token>,
) -> impl IntoView {
    let clock = use_context::<Clock>();
    let expires_at =
        Memo::new(move |_| client.with(|c| c.as_ref()?.token().and_then(|t| inspect(t.secret())?.expires_at)));
    let expired = move || {
        let now = clock.map_or_else(Utc::now, |c| c.0.get());
        expires_at.get().is_some_and(|exp| exp <= now)
    };
    view! {
        <Show when=expired>
            <div class="token-expired" role="alert">
                <p class="error-headline">
                    "Your access token has expired. Paste a new one to keep working; your filters and the incidents already loaded stay as they are."
                </p>
                <TokenRenewal id="expired-token" on_token=on_new_token />
            </div>
        </Show>
    }
}
