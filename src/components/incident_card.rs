use leptos::prelude::*;
use leptos::task::spawn_local;

use super::alert_list::AlertList;
use super::error_banner::ErrorBanner;
use super::severity_badge::{SeverityBadge, StatusBadge};
use super::time_ago::TimeAgo;
use crate::format::priority_band;
use crate::graph::client::GraphClient;
use crate::graph::enums::IncidentStatus;
use crate::graph::error::GraphError;
use crate::graph::model::{Alert, Incident, incident_key};
use crate::graph::query::alerts_url;
use crate::links::safe_portal_link;
use crate::list_marks::use_marks;
use crate::route::href;
use crate::search::{AlertText, Query, found_in_line};
use crate::view_state::use_view;

/// Alerts of one card: as `$expand`ed, fetched on demand, or failed.
#[derive(Clone)]
enum Alerts {
    NotLoaded,
    Loading,
    Loaded(Vec<Alert>),
    Failed(GraphError),
}

/// The search the list is showing the results of (provided by the list): a card says where in its
/// alerts the search found something, as those texts are not on the card until it is opened.
#[derive(Clone, Copy)]
pub struct ShownSearch(pub Memo<Query>);

/// At most this many places are named in a card's "Found in" line.
const FOUND_NAMED: usize = 3;

/// One incident: its facts at a glance, and its alerts on demand.
#[component]
pub fn IncidentCard(
    incident: Incident,
    client: GraphClient,
    /// The tenant's label, shown when several tenants are connected.
    #[prop(optional_no_strip)]
    tenant: Option<String>,
) -> impl IntoView {
    let id = incident.id.clone().unwrap_or_default();
    let name = incident.title();
    let heading_id = crate::dom_id::unique("incident");
    let alerts_id = format!("{heading_id}-alerts");
    let marks = use_marks();
    let key = incident_key(&id, incident.source_tenant.as_deref());
    // Re-created cards (after a refresh, or back from the detail page) open as the user left them.
    let expanded = RwSignal::new(marks.is_expanded(&key));
    let mut incident = incident;
    let alert_count = incident.alerts.as_ref().map(Vec::len);
    // The card owns its copy of the incident: its alerts move into the signal, uncopied.
    let alerts = RwSignal::new(match incident.alerts.take() {
        Some(list) => Alerts::Loaded(list),
        None => Alerts::NotLoaded,
    });

    let load_alerts = {
        let (client, id) = (client.clone(), id.clone());
        move || {
            alerts.set(Alerts::Loading);
            let (client, id) = (client.clone(), id.clone());
            spawn_local(async move {
                let result = client.get_page::<Alert>(&alerts_url(&client.api_root(), &id)).await;
                alerts.set(match result {
                    Ok(page) => Alerts::Loaded(page.items),
                    Err(error) => Alerts::Failed(error),
                });
            });
        }
    };
    if expanded.get_untracked() && matches!(alerts.get_untracked(), Alerts::NotLoaded) {
        load_alerts();
    }
    let toggle = {
        let (load_alerts, key) = (load_alerts.clone(), key.clone());
        move |_| {
            expanded.update(|e| *e = !*e);
            marks.set_expanded(&key, expanded.get_untracked());
            if expanded.get_untracked() && matches!(alerts.get_untracked(), Alerts::NotLoaded) {
                load_alerts();
            }
        }
    };
    let change = Memo::new(move |_| marks.changes.with(|c| c.get(&key).cloned()));
    let retry = Callback::new(move |_| load_alerts());

    let status = incident.status.clone();
    let verdict =
        [incident.classification.as_ref().map(|c| c.label()), incident.determination.as_ref().map(|d| d.label())]
            .into_iter()
            .flatten()
            .filter(|l| *l != "Not set")
            .collect::<Vec<_>>()
            .join(" · ");
    let tags = incident.all_tags().into_iter().map(str::to_owned).collect::<Vec<_>>();
    let link = incident.incident_web_url.as_deref().and_then(safe_portal_link).map(str::to_owned);
    let redirect =
        (status == Some(IncidentStatus::Redirected)).then(|| incident.redirect_incident_id.clone()).flatten();

    let view_state = use_view();
    let details_href = {
        let id = id.clone();
        let tenant = incident.source_tenant.clone();
        move || href(&view_state.route_tracked().with_incident(&id, tenant.as_deref()))
    };
    let open_details = {
        let id = id.clone();
        let tenant = incident.source_tenant.clone();
        move |ev: web_sys::MouseEvent| view_state.follow(&ev, view_state.route().with_incident(&id, tenant.as_deref()))
    };
    // Read from the alerts on the first search that needs it, then kept (alerts are loaded only once).
    let alert_text = StoredValue::new(None::<AlertText>);
    let search = use_context::<ShownSearch>();
    let found_in = move || {
        let line = search?.0.with(|query| {
            if query.is_empty() {
                return String::new();
            }
            alerts
                .with(|alerts| match alerts {
                    Alerts::Loaded(list) => alert_text.try_update_value(|text| {
                        found_in_line(&text.get_or_insert_with(|| AlertText::of(list)).found(query), FOUND_NAMED)
                    }),
                    _ => None,
                })
                .unwrap_or_default()
        });
        (!line.is_empty()).then(|| view! { <p class="found-in">{line}</p> })
    };
    let labelled_by = heading_id.clone();
    // One text node each (a view's every literal and value is a node of its own).
    let show_alerts = alert_count.map_or_else(|| "Show alerts".to_owned(), |n| format!("Show alerts ({n})"));
    view! {
        <article class="incident-card" class:changed=move || change.get().is_some() tabindex="-1" aria-labelledby=labelled_by>
            <header class="card-head">
                <h3 id=heading_id>{name}</h3>
                <span class="incident-id">{format!("#{id}")}</span>
                {move || change.get().map(|c| view! { <span class="badge change-badge">{c.label()}</span> })}
            </header>
            <p class="meta">
                {tenant.map(|t| view! { <span class="badge tenant-badge">{format!("Tenant: {t}")}</span> })}
                <SeverityBadge severity=incident.severity.clone() />
                <StatusBadge label=status.as_ref().map(|s| s.label().to_owned()) />
                {(!verdict.is_empty()).then(|| view! { <span class="verdict">{verdict}</span> })}
                {incident.priority_score.map(|score| view! {
                    <span class=format!("priority priority-{}", priority_band(score))>{format!("Priority {score}")}</span>
                })}
            </p>
            {redirect.map(|target| {
                let tenant = incident.source_tenant.clone();
                let label = format!("incident #{target}");
                let link = {
                    let (target, tenant) = (target.clone(), tenant.clone());
                    move || href(&view_state.route_tracked().with_incident(&target, tenant.as_deref()))
                };
                let follow = move |ev: web_sys::MouseEvent| {
                    view_state.follow(&ev, view_state.route().with_incident(&target, tenant.as_deref()))
                };
                view! { <p class="redirect">"Merged into "<a href=link on:click=follow>{label}</a></p> }
            })}
            {move || change.with(|c| c.as_ref().and_then(|c| c.detail())).map(|line| view! { <p class="change-detail">{line}</p> })}
            {found_in}
            <dl class="facts">
                <dt>"Assigned to"</dt><dd>{incident.assigned_to.clone().unwrap_or_else(|| "Unassigned".into())}</dd>
                <dt>"Created"</dt><dd><TimeAgo at=incident.created_date_time /></dd>
                <dt>"Updated"</dt><dd><TimeAgo at=incident.last_update_date_time /></dd>
                <dt>"Comments"</dt><dd>{incident.comments.len()}</dd>
            </dl>
            {(!tags.is_empty()).then(|| view! {
                <ul class="tags" aria-label="Tags">
                    {tags.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}
                </ul>
            })}
            <div class="card-actions">
                <button type="button" aria-controls=alerts_id.clone()
                    aria-expanded=move || expanded.get().to_string() on:click=toggle>
                    {show_alerts}
                </button>
                <a class="details-link" href=details_href on:click=open_details>"Details"</a>
                {link.map(|href| view! {
                    <a class="portal" href=href rel="noopener noreferrer" target="_blank">"Open in Defender"</a>
                })}
            </div>
            <div id=alerts_id class="alerts-panel" hidden=move || !expanded.get()>
                {move || expanded.get().then(|| match alerts.get() {
                    Alerts::NotLoaded | Alerts::Loading => view! { <p role="status">"Loading alerts…"</p> }.into_any(),
                    Alerts::Loaded(list) => view! { <AlertList alerts=list /> }.into_any(),
                    Alerts::Failed(error) => view! { <ErrorBanner error on_retry=retry /> }.into_any(),
                })}
            </div>
        </article>
    }
}
