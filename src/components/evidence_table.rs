use leptos::prelude::*;

use crate::format::humanize;
use crate::graph::evidence::{Evidence, EvidenceDetails};

/// Evidence kinds in first-seen order, each with its items.
fn by_kind(evidence: &[Evidence]) -> Vec<(String, Vec<EvidenceDetails>)> {
    let mut groups: Vec<(String, Vec<EvidenceDetails>)> = Vec::new();
    for item in evidence.iter().map(Evidence::details) {
        match groups.iter_mut().find(|(kind, _)| *kind == item.kind) {
            Some((_, items)) => items.push(item),
            None => groups.push((item.kind.clone(), vec![item])),
        }
    }
    groups
}

fn or_dash(value: Option<String>) -> String {
    value.filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "—".to_owned())
}

/// Every evidence item of an alert, one table per kind: the entity, its verdict, remediation status
/// and roles. Kinds this build does not know are shown under their type name.
#[component]
pub fn EvidenceTable(evidence: Vec<Evidence>) -> impl IntoView {
    if evidence.is_empty() {
        return view! { <p class="muted">"No evidence."</p> }.into_any();
    }
    let groups = by_kind(&evidence)
        .into_iter()
        .map(|(kind, items)| {
            let caption = format!("{} ({})", humanize(&kind), items.len());
            let rows = items
                .into_iter()
                .map(|item| {
                    view! {
                        <tr>
                            <td class="entity">{or_dash(item.name)}</td>
                            <td>{or_dash(item.verdict.as_deref().map(humanize))}</td>
                            <td>{or_dash(item.remediation_status.as_deref().map(humanize))}</td>
                            <td>{or_dash(Some(item.roles.iter().map(|r| humanize(r)).collect::<Vec<_>>().join(", ")))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="evidence-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr><th scope="col">"Entity"</th><th scope="col">"Verdict"</th>
                            <th scope="col">"Remediation"</th><th scope="col">"Roles"</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    view! { <div class="evidence-tables">{groups}</div> }.into_any()
}
