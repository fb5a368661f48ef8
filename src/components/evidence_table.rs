use leptos::prelude::*;

use crate::format::{humanize, humanize_all};
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

pub(crate) fn or_dash(value: Option<String>) -> String {
    value.filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "—".to_owned())
}

/// One kind's table: its caption ("Device (2)"), column heads and rows. Each kind's table has the
/// same columns, so the tables line up (see the CSS).
pub(crate) fn kind_table(
    class: &'static str,
    caption: String,
    columns: [&'static str; 4],
    rows: impl IntoView,
) -> impl IntoView {
    let heads = columns.map(|column| view! { <th scope="col">{column}</th> });
    view! {
        <table class=class>
            <caption>{caption}</caption>
            <thead><tr>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
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
                            <td>{or_dash(Some(humanize_all(&item.roles)))}</td>
                        </tr>
                    }
                })
                .collect_view();
            kind_table("evidence-table", caption, ["Entity", "Verdict", "Remediation", "Roles"], rows)
        })
        .collect_view();
    view! { <div class="evidence-tables">{groups}</div> }.into_any()
}
