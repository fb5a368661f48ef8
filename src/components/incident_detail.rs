use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::alert_list::AlertList;
use super::comment_list::CommentList;
use super::entity_overview::EntityOverview;
use super::error_banner::ErrorBanner;
use super::hunting_queries::HuntingQueries;
use super::incident_timeline::IncidentTimeline;
use super::indicator_list::IndicatorList;
use super::severity_badge::{SeverityBadge, StatusBadge};
use super::time_ago::TimeAgo;
use crate::clipboard::copy;
use crate::detail_loader::load_incident;
use crate::dom_id::focus_by_id;
use crate::download::save_text;
use crate::graph::client::GraphClient;
use crate::graph::error::GraphError;
use crate::graph::model::{Incident, incident_key};
use crate::links::safe_portal_link;
use crate::list_marks::use_marks;
use crate::markdown::incident_report;
use crate::page_title::OpenIncidentTitle;
use crate::refresh::Change;
use crate::route::href;
use crate::timeline::{headline, timeline};
use crate::view_state::use_view;
use crate::what_changed::{change_line, what_changed};

#[derive(Clone)]
enum Detail {
    Loading,
    Loaded(Box<Incident>),
    Failed(GraphError),
}

/// One incident on its own page (`?incident=<id>`): everything Graph returns about it and its alerts.
#[component]
pub fn IncidentDetail(id: String, client: GraphClient) -> impl IntoView {
    let view_state = use_view();
    let detail = RwSignal::new(Detail::Loading);
    let load = {
        let id = id.clone();
        move || {
            detail.set(Detail::Loading);
            let (client, id) = (client.clone(), id.clone());
            spawn_local(async move {
                let result = load_incident(&client, &id).await;
                detail.set(match result {
                    Ok(incident) => Detail::Loaded(Box::new(incident)),
                    Err(error) => Detail::Failed(error),
                });
            });
        }
    };
    load();
    let retry = Callback::new(move |_| load());
    let back_href = move || href(&view_state.route_tracked().list());
    let back = move |ev: web_sys::MouseEvent| view_state.follow(&ev, view_state.route().list());
    // The link that opened this page is hidden now: focus moves to the page's heading, so keyboard and
    // screen-reader users start reading here.
    Effect::new(move |_| {
        detail.track();
        request_animation_frame(|| focus_by_id("detail-heading"));
    });
    // The tab is named after the incident while its page is open.
    if let Some(OpenIncidentTitle(title)) = use_context::<OpenIncidentTitle>() {
        let id = id.clone();
        Effect::new(move |_| {
            title.set(Some(detail.with(|d| match d {
                Detail::Loaded(incident) => match incident.display_name.as_deref() {
                    Some(name) if !name.trim().is_empty() => format!("#{id} {name}"),
                    _ => format!("Incident {id}"),
                },
                _ => format!("Incident {id}"),
            })));
        });
        on_cleanup(move || drop(title.try_set(None)));
    }

    view! {
        <section class="incident-detail" aria-labelledby="detail-heading">
            <p class="back"><a href=back_href on:click=back>
                <span aria-hidden="true">"← "</span>"Back to incidents"
            </a></p>
            {move || match detail.get() {
                Detail::Loading => view! {
                    <h2 id="detail-heading" tabindex="-1">{format!("Incident {id}")}</h2>
                    <p role="status">"Loading the incident…"</p>
                }.into_any(),
                Detail::Failed(error) => view! {
                    <h2 id="detail-heading" tabindex="-1">{format!("Incident {id}")}</h2>
                    <ErrorBanner error on_retry=retry />
                }.into_any(),
                Detail::Loaded(incident) => view! { <DetailBody incident=*incident /> }.into_any(),
            }}
        </section>
    }
}

/// A labelled block of free text from Graph, shown only when there is some.
fn text_section(heading: &'static str, text: Option<String>) -> Option<impl IntoView> {
    text.filter(|t| !t.trim().is_empty()).map(|text| {
        view! {
            <section class="detail-section">
                <h3>{heading}</h3>
                <p class="text-block">{text}</p>
            </section>
        }
    })
}

/// A list of tags, or "None".
fn tag_list(label: &'static str, tags: Vec<String>) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{if tags.is_empty() {
            view! { <span class="muted">"None"</span> }.into_any()
        } else {
            view! { <ul class="tags" aria-label=label>{tags.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}</ul> }.into_any()
        }}</dd>
    }
}

#[component]
fn DetailBody(incident: Incident) -> impl IntoView {
    let view_state = use_view();
    let id = incident.id.clone().unwrap_or_default();
    let name = incident.title();
    let alerts = incident.alerts.clone().unwrap_or_default();
    let link = incident.incident_web_url.as_deref().and_then(safe_portal_link).map(str::to_owned);
    // Marked "Changed" in the list: what differs, said against this (fresher) copy.
    let key = incident_key(&id, view_state.route().incident_tenant.as_deref());
    let since_looked = use_marks().changes.with_untracked(|marks| match marks.get(&key) {
        Some(Change::Updated(update)) => Some(change_line(&what_changed(&update.since, &incident))),
        _ => None,
    });
    let report = {
        let (incident, alerts) = (incident.clone(), alerts.clone());
        move |_| {
            let file = format!("incident-{}.md", id.chars().filter(char::is_ascii_alphanumeric).collect::<String>());
            save_text(&file, "text/markdown;charset=utf-8", &incident_report(&incident, &alerts));
        }
    };
    // The same report for a ticket or a chat, without a file in between.
    let copied = RwSignal::new(None::<&'static str>);
    let copy_report = {
        let (incident, alerts) = (incident.clone(), alerts.clone());
        move |_| copy(incident_report(&incident, &alerts), copied, "Report copied as Markdown.")
    };
    let redirect = incident.redirect_incident_id.clone().filter(|t| !t.trim().is_empty()).map(|target| {
        let route = view_state.route().with_incident(&target, view_state.route().incident_tenant.as_deref());
        let follow = route.clone();
        view! {
            <p class="redirect">"Merged into "
                <a href=href(&route) on:click=move |ev| view_state.follow(&ev, follow.clone())>{format!("incident #{target}")}</a>
            </p>
        }
    });
    let verdict = |label: Option<&str>| label.unwrap_or("Not set").to_owned();
    // The browser's zone, once: the timeline's headline and rows must say the same times.
    let offset = *Local::now().offset();
    view! {
        <header class="detail-head">
            <h2 id="detail-heading" tabindex="-1">{name}</h2>
            <span class="incident-id">"#"{incident.id.clone().unwrap_or_default()}</span>
        </header>
        <p class="meta">
            <SeverityBadge severity=incident.severity.clone() />
            <StatusBadge label=incident.status.as_ref().map(|s| s.label().to_owned()) />
        </p>
        {since_looked.map(|line| view! { <p class="change-detail">{line}</p> })}
        {redirect}
        <div class="card-actions">
            <button type="button" on:click=report>"Export Markdown"</button>
            <button type="button" on:click=copy_report>"Copy Markdown"</button>
            {link.map(|href| view! {
                <a class="portal" href=href rel="noopener noreferrer" target="_blank">"Open in Defender"</a>
            })}
            <span role="status" class="hint">{move || copied.get()}</span>
        </div>
        <dl class="facts detail-facts">
            <dt>"Classification"</dt><dd>{verdict(incident.classification.as_ref().map(|c| c.label()))}</dd>
            <dt>"Determination"</dt><dd>{verdict(incident.determination.as_ref().map(|d| d.label()))}</dd>
            <dt>"Assigned to"</dt><dd>{incident.assigned_to.clone().unwrap_or_else(|| "Unassigned".into())}</dd>
            <dt>"Priority score"</dt><dd>{incident.priority_score.map_or_else(|| "—".to_owned(), |p| p.to_string())}</dd>
            <dt>"Created"</dt><dd><TimeAgo at=incident.created_date_time /></dd>
            <dt>"Last updated"</dt><dd><TimeAgo at=incident.last_update_date_time /></dd>
            <dt>"Last modified by"</dt><dd>{incident.last_modified_by.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"Tenant"</dt><dd>{incident.tenant_id.clone().unwrap_or_else(|| "—".into())}</dd>
            {tag_list("Custom tags", incident.custom_tags.clone())}
            {tag_list("System tags", incident.system_tags.clone())}
        </dl>
        {text_section("Description", incident.description.clone())}
        {text_section("Summary", incident.summary.clone())}
        {text_section("Resolving comment", incident.resolving_comment.clone())}
        <EntityOverview alerts=alerts.clone() />
        <IncidentTimeline events=timeline(&incident, &alerts) headline=headline(&alerts, offset) offset />
        <IndicatorList alerts=alerts.clone() />
        {text_section("Recommended actions", incident.recommended_actions.clone())}
        <HuntingQueries queries=incident.recommended_hunting_queries.clone() />
        <CommentList comments=incident.comments.clone() />
        <section class="detail-section" aria-labelledby="detail-alerts-heading">
            <h3 id="detail-alerts-heading">{format!("Alerts ({})", alerts.len())}</h3>
            <AlertList alerts full=true />
        </section>
    }
}
