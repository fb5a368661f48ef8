use leptos::prelude::*;

use crate::graph::error::GraphError;

/// An error in plain words first, Graph's code/message/request-id after.
#[component]
pub fn ErrorBanner(error: GraphError, #[prop(optional, into)] on_retry: Option<Callback<()>>) -> impl IntoView {
    let details = error.details();
    let retry = on_retry.filter(|_| error.is_transient());
    view! {
        <div role="alert" class="error-banner">
            <p class="error-headline">{error.headline()}</p>
            {(!details.is_empty()).then(|| view! { <p class="error-details">{details}</p> })}
            {retry.map(|retry| view! {
                <button type="button" on:click=move |_| retry.run(())>"Try again"</button>
            })}
        </div>
    }
}
