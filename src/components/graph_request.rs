use leptos::prelude::*;

use crate::clipboard::copy;
use crate::graph::request_text::curl_command;
use crate::merge;

/// "Show Graph request": the exact URL behind the current page, and the same request as `curl`
/// with the token written as `$TOKEN`.
#[component]
pub fn GraphRequest(#[prop(into)] url: Signal<Option<String>>) -> impl IntoView {
    // With several tenants the page came from one request per tenant: show each.
    let urls = Signal::derive(move || {
        url.get().map(|u| merge::decode(&u).map(|links| links.into_iter().map(|(_, l)| l).collect()).unwrap_or(vec![u]))
    });
    let url_text = move || urls.get().map(|u| u.join("\n"));
    let curl_text = move || urls.get().map(|u| u.iter().map(|x| curl_command(x)).collect::<Vec<_>>().join("\n\n"));
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let copied = RwSignal::new(None::<&'static str>);
    let open = move |_| {
        copied.set(None);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <button type="button" disabled=move || url.with(Option::is_none) on:click=open>"Show Graph request"</button>
        <dialog node_ref=dialog class="graph-request" aria-labelledby="graph-request-title">
            <h2 id="graph-request-title">"Graph request"</h2>
            <p class="hint">"The request behind this page. The token is shown as $TOKEN; set it in your shell."</p>
            <h3>"URL"</h3>
            <pre class="request-text"><code>{move || url_text().unwrap_or_default()}</code></pre>
            <h3>"curl"</h3>
            <pre class="request-text"><code>{move || curl_text().unwrap_or_default()}</code></pre>
            <p role="status" class="hint">{move || copied.get()}</p>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| copy(url_text().unwrap_or_default(), copied, "URL copied.")>
                    "Copy URL"
                </button>
                <button type="button"
                    on:click=move |_| copy(curl_text().unwrap_or_default(), copied, "curl command copied.")>
                    "Copy as curl"
                </button>
                <button type="button" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
