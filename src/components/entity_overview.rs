use leptos::prelude::*;

use crate::connected_page::ListSearch;
use crate::entities::{UNNAMED, entities};
use crate::format::humanize;
use crate::graph::model::Alert;
use crate::view_state::use_view;

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
                    let verdict = entity.verdict.as_deref().map_or_else(|| "—".to_owned(), humanize);
                    let roles = entity.roles.iter().map(|r| humanize(r)).collect::<Vec<_>>().join(", ");
                    view! {
                        <tr>
                            <td class="entity"><div class="entity-cell"><span>{entity.name.clone()}</span>{find(&entity.name)}</div></td>
                            <td class="count">{entity.alerts}</td>
                            <td>{verdict}</td>
                            <td>{if roles.is_empty() { "—".to_owned() } else { roles }}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="evidence-table entity-overview">
                    <caption>{caption}</caption>
                    <thead>
                        <tr><th scope="col">"Entity"</th><th scope="col">"Alerts"</th>
                            <th scope="col">"Gravest verdict"</th><th scope="col">"Roles"</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    Some(view! {
        <section class="detail-section" aria-labelledby="detail-entities-heading">
            <h3 id="detail-entities-heading">{format!("Entities across alerts ({total})")}</h3>
            <div class="evidence-tables">{tables}</div>
        </section>
    })
}
