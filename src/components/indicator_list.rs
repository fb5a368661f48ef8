use leptos::prelude::*;

use crate::clipboard::copy;
use crate::graph::model::Alert;
use crate::indicators::{indicators, indicators_text};

/// The incident's indicators — hashes, IP addresses, URLs, domains, command lines from every
/// alert's evidence, once each — with one button to copy them all as plain text.
#[component]
pub fn IndicatorList(alerts: Vec<Alert>) -> impl IntoView {
    let groups = indicators(&alerts);
    if groups.is_empty() {
        return None;
    }
    let total: usize = groups.iter().map(|(_, values)| values.len()).sum();
    let text = indicators_text(&groups);
    let copied = RwSignal::new(None::<&'static str>);
    let lists = groups
        .into_iter()
        .map(|(group, values)| {
            view! {
                <dt>{group}</dt>
                <dd><ul>{values.into_iter().map(|v| view! { <li><code>{v}</code></li> }).collect_view()}</ul></dd>
            }
        })
        .collect_view();
    Some(view! {
        <section class="detail-section" aria-labelledby="detail-indicators-heading">
            <h3 id="detail-indicators-heading">{format!("Indicators ({total})")}</h3>
            <dl class="indicators">{lists}</dl>
            <button type="button" on:click=move |_| copy(text.clone(), copied, "Indicators copied.")>"Copy indicators"</button>
            <span role="status" class="hint">{move || copied.get()}</span>
        </section>
    })
}
