use leptos::prelude::*;

use super::evidence_summary::EvidenceSummary;
use super::evidence_table::EvidenceTable;
use super::severity_badge::{SeverityBadge, StatusBadge};
use super::time_ago::TimeAgo;
use crate::format::humanize;
use crate::graph::model::Alert;
use crate::links::{mitre_link, safe_portal_link};

/// The id of the `index`th alert's heading on an incident's page (one such page is shown at a time),
/// for the timeline to move to it.
pub fn detail_alert_heading(index: usize) -> String {
    format!("detail-alert-{index}")
}

/// One alert: what fired, where it came from, what it touched. `full` (the detail page) adds the
/// description and every evidence item; the card shows evidence names only.
#[component]
fn AlertItem(alert: Alert, full: bool, index: usize) -> impl IntoView {
    let title = alert.title.clone().unwrap_or_else(|| "(untitled alert)".to_owned());
    let heading_id = if full { detail_alert_heading(index) } else { crate::dom_id::unique("alert") };
    let mut sources: Vec<String> = Vec::new();
    for source in [&alert.service_source, &alert.detection_source].into_iter().flatten() {
        let label = humanize(source);
        if !sources.contains(&label) {
            sources.push(label);
        }
    }
    let source = sources.join(" · ");
    let categories = alert.all_categories().iter().map(|c| humanize(c)).collect::<Vec<_>>().join(", ");
    let link = alert.alert_web_url.as_deref().and_then(safe_portal_link).map(str::to_owned);
    let labelled_by = heading_id.clone();
    view! {
        <li class="alert-item">
            <article aria-labelledby=labelled_by>
                <h4 id=heading_id tabindex=full.then_some("-1")>{title}</h4>
                <p class="meta">
                    <SeverityBadge severity=alert.severity.clone() />
                    <StatusBadge label=alert.status.as_ref().map(|s| s.label().to_owned()) />
                    {(!source.is_empty()).then(|| view! { <span>{source}</span> })}
                </p>
                <dl class="facts">
                    {(!categories.is_empty()).then(|| view! { <dt>"Category"</dt><dd>{categories}</dd> })}
                    {(!alert.mitre_techniques.is_empty()).then(|| view! {
                        <dt>"MITRE"</dt>
                        <dd>{alert.mitre_techniques.iter().map(|t| match mitre_link(t) {
                            Some(href) => view! { <a href=href rel="noopener noreferrer" target="_blank">{t.clone()}</a>" " }.into_any(),
                            None => view! { <span>{t.clone()}" "</span> }.into_any(),
                        }).collect_view()}</dd>
                    })}
                    <dt>"First activity"</dt><dd><TimeAgo at=alert.first_activity_date_time /></dd>
                    <dt>"Last activity"</dt><dd><TimeAgo at=alert.last_activity_date_time /></dd>
                    <dt>"Assigned to"</dt><dd>{alert.assigned_to.clone().unwrap_or_else(|| "Unassigned".into())}</dd>
                </dl>
                {full.then(|| alert.description.clone().filter(|d| !d.trim().is_empty()).map(|d| view! {
                    <p class="text-block alert-description">{d}</p>
                }))}
                {if full {
                    view! { <EvidenceTable evidence=alert.evidence.clone() /> }.into_any()
                } else {
                    view! { <EvidenceSummary evidence=alert.evidence.clone() /> }.into_any()
                }}
                {link.map(|href| view! {
                    <a class="portal" href=href rel="noopener noreferrer" target="_blank">"Open alert in Defender"</a>
                })}
            </article>
        </li>
    }
}

#[component]
pub fn AlertList(alerts: Vec<Alert>, #[prop(optional)] full: bool) -> impl IntoView {
    if alerts.is_empty() {
        return view! { <p class="muted">"This incident has no alerts."</p> }.into_any();
    }
    view! {
        <ul class="alerts" aria-label="Alerts">
            {alerts.into_iter().enumerate().map(|(index, alert)| view! { <AlertItem alert full index /> }).collect_view()}
        </ul>
    }
    .into_any()
}
