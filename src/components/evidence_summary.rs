use leptos::prelude::*;

use crate::entities::UNNAMED;
use crate::format::humanize;
use crate::graph::evidence::Evidence;

/// Evidence grouped by kind: "Device: desktop-7k2l9qa.contoso.local, fin-laptop-042".
/// Kinds this build does not know are listed by their type name, never dropped.
#[component]
pub fn EvidenceSummary(evidence: Vec<Evidence>) -> impl IntoView {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for item in evidence.iter().map(Evidence::details) {
        let name = item.name.unwrap_or_else(|| UNNAMED.to_owned());
        match groups.iter_mut().find(|(kind, _)| *kind == item.kind) {
            Some((_, names)) if names.contains(&name) => {}
            Some((_, names)) => names.push(name),
            None => groups.push((item.kind, vec![name])),
        }
    }
    if groups.is_empty() {
        return view! { <p class="muted">"No evidence."</p> }.into_any();
    }
    view! {
        <dl class="evidence">
            {groups.into_iter().map(|(kind, names)| view! {
                <div class="evidence-row">
                    <dt>{humanize(&kind)}</dt>
                    <dd>{names.join(", ")}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
    .into_any()
}
