use leptos::prelude::*;

use crate::format::{humanize, humanize_all};
use crate::graph::evidence::{Evidence, EvidenceDetails};

/// The tables' columns (also each cell's label where a phone stacks the rows).
const COLUMNS: [&str; 4] = ["Entity", "Verdict", "Remediation", "Roles"];

/// Evidence kinds in first-seen order, each with its items (as summarised, and as received).
fn by_kind(evidence: Vec<Evidence>) -> Vec<(String, Vec<(EvidenceDetails, Evidence)>)> {
    let mut groups: Vec<(String, Vec<(EvidenceDetails, Evidence)>)> = Vec::new();
    for item in evidence {
        let details = item.details();
        match groups.iter_mut().find(|(kind, _)| *kind == details.kind) {
            Some((_, items)) => items.push((details, item)),
            None => groups.push((details.kind.clone(), vec![(details, item)])),
        }
    }
    groups
}

/// One entity's row, and under it (on demand) a row with everything its evidence item says: the
/// hashes, paths, command lines and ids an analyst pivots on.
fn evidence_rows(details: EvidenceDetails, item: Evidence) -> impl IntoView {
    let open = RwSignal::new(false);
    let fields_id = crate::dom_id::unique("evidence-fields");
    let fields = move || {
        open.get().then(|| {
            let fields = item.fields();
            if fields.is_empty() {
                return view! { <p class="muted">"Nothing more."</p> }.into_any();
            }
            let lines = fields.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> });
            view! { <dl class="evidence-fields">{lines.collect_view()}</dl> }.into_any()
        })
    };
    view! {
        <tr>
            <td class="entity">
                <button type="button" class="evidence-toggle" aria-expanded=move || open.get().to_string()
                    aria-controls=fields_id.clone() on:click=move |_| open.update(|o| *o = !*o)>
                    {or_dash(details.name)}
                </button>
            </td>
            <td data-label=COLUMNS[1]>{or_dash(details.verdict.as_deref().map(humanize))}</td>
            <td data-label=COLUMNS[2]>{or_dash(details.remediation_status.as_deref().map(humanize))}</td>
            <td data-label=COLUMNS[3]>{or_dash(Some(humanize_all(&details.roles)))}</td>
        </tr>
        <tr id=fields_id class="evidence-more" hidden=move || !open.get()>
            <td colspan="4">{fields}</td>
        </tr>
    }
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
/// and roles; the entity's name opens the rest of what the item says. Kinds this build does not know
/// are shown under their type name.
#[component]
pub fn EvidenceTable(evidence: Vec<Evidence>) -> impl IntoView {
    if evidence.is_empty() {
        return view! { <p class="muted">"No evidence."</p> }.into_any();
    }
    let groups = by_kind(evidence)
        .into_iter()
        .map(|(kind, items)| {
            let caption = format!("{} ({})", humanize(&kind), items.len());
            let rows = items.into_iter().map(|(details, item)| evidence_rows(details, item)).collect_view();
            kind_table("evidence-table", caption, COLUMNS, rows)
        })
        .collect_view();
    view! { <div class="evidence-tables">{groups}</div> }.into_any()
}
