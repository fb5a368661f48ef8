use leptos::prelude::*;

use super::evidence_table::{kind_table, or_dash};
use crate::connected_page::ListSearch;
use crate::entities::{UNNAMED, entities};
use crate::format::{humanize, humanize_all};
use crate::graph::model::Alert;
use crate::view_state::use_view;

/// The overview's columns (also each cell's label where a phone stacks the rows).
const COLUMNS: [&str; 4] = ["Entity", "Alerts", "Gravest verdict", "Roles"];

/// Every entity the incident's alerts name, once, one table per kind: how many alerts name it, the
/// gravest verdict they give it and its roles. Shown for incidents of several alerts, where it
/// answers "which devices and users is this about?" without reading each alert's evidence.
#[component]
pub fn EntityOverview(alerts: Vec<Alert>) -> impl IntoView {
    let groups = entities(&alerts);
    if alerts.len() < 2 || groups.is_empty() {
        return None;
    }
    let total: usize = groups.iter().map(|(_, items)| items.len()).sum();
    // "Find" searches the loaded list for the entity: which other incidents name this host or user?
    let list_search = use_context::<ListSearch>();
    let view_state = use_view();
    let find = move |name: &str| {
        // An unnamed entity has nothing to search for.
        list_search.filter(|_| name != UNNAMED).map(|ListSearch(search)| {
            let label = format!("Find {name} in loaded incidents");
            let name = name.to_owned();
            view! {
                <button type="button" class="link-button find-entity" aria-label=label
                    on:click=move |_| {
                        search.set(name.clone());
                        view_state.navigate(view_state.route().list());
                    }>"Find"</button>
            }
        })
    };
    let tables = groups
        .into_iter()
        .map(|(kind, items)| {
            let caption = format!("{} ({})", humanize(&kind), items.len());
            let rows = items
                .into_iter()
                .map(|entity| {
                    view! {
                        <tr>
                            <td class="entity"><div class="entity-cell"><span>{entity.name.clone()}</span>{find(&entity.name)}</div></td>
                            <td class="count" data-label=COLUMNS[1]>{entity.alerts}</td>
                            <td data-label=COLUMNS[2]>{or_dash(entity.verdict.as_deref().map(humanize))}</td>
                            <td data-label=COLUMNS[3]>{or_dash(Some(humanize_all(&entity.roles)))}</td>
                        </tr>
                    }
                })
                .collect_view();
            kind_table("evidence-table entity-overview", caption, COLUMNS, rows)
        })
        .collect_view();
    Some(view! {
        <section class="detail-section" aria-labelledby="detail-entities-heading">
            <h3 id="detail-entities-heading">{format!("Entities across alerts ({total})")}</h3>
            <div class="evidence-tables">{tables}</div>
        </section>
    })
}
