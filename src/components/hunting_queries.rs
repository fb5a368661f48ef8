use leptos::prelude::*;

use crate::clipboard::copy;
use crate::graph::model::HuntingQuery;

/// One KQL query with a copy button.
#[component]
fn QueryBlock(kql: String, number: usize) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let text = kql.clone();
    view! {
        <li class="hunting-query">
            <pre class="request-text"><code>{kql}</code></pre>
            <button type="button" on:click=move |_| copy(text.clone(), copied, "Query copied.")>
                {format!("Copy query {number}")}
            </button>
            <span role="status" class="hint">{move || copied.get()}</span>
        </li>
    }
}

/// beta's recommended hunting queries (KQL), each with a copy button.
#[component]
pub fn HuntingQueries(queries: Vec<HuntingQuery>) -> impl IntoView {
    let texts: Vec<String> = queries.into_iter().filter_map(|q| q.kql_text).filter(|k| !k.trim().is_empty()).collect();
    (!texts.is_empty()).then(|| {
        view! {
            <section class="detail-section" aria-labelledby="hunting-heading">
                <h3 id="hunting-heading">"Hunting queries"</h3>
                <ol class="hunting-queries">
                    {texts.into_iter().enumerate().map(|(i, kql)| view! { <QueryBlock kql number=i + 1 /> }).collect_view()}
                </ol>
            </section>
        }
    })
}
