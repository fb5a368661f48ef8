//! One incident with its alerts as a Markdown report (for a ticket or a hand-over). Pure; host-tested.
//!
//! Every value from Graph is escaped: a title cannot open a link, an image, raw HTML or a table cell.

use chrono::{DateTime, Offset, Utc};

use crate::dates::ymd_hm;
use crate::entities::entities;
use crate::format::{humanize, humanize_all};
use crate::graph::evidence::Evidence;
use crate::graph::model::{Alert, Incident};
use crate::indicators::indicators;
use crate::timeline::{comments_in_order, gaps, headline, timeline};

/// Characters with a meaning in CommonMark/GFM inline text, escaped with a backslash.
const SPECIAL: &[char] =
    &['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '<', '>', '#', '+', '-', '.', '!', '|', '~', '&'];

/// Graph text as one safe line of Markdown (line breaks become spaces).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' | '\n' => out.push(' '),
            c if c.is_control() => {}
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Graph text as a paragraph block: each line escaped, line breaks kept.
fn paragraph(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("  \n")
}

/// The longest run of backticks in `text`: a code fence around it must be longer.
fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// Graph text as an inline code span (shown literally: nothing in it is Markdown), its fence
/// longer than any run of backticks inside, line breaks as spaces.
pub fn code_span(text: &str) -> String {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let fence = "`".repeat(longest_backtick_run(&text) + 1);
    format!("{fence} {text} {fence}")
}

/// A fenced code block whose fence is longer than any run of backticks inside.
pub fn code_block(language: &str, code: &str) -> String {
    let fence = "`".repeat(longest_backtick_run(code).max(2) + 1);
    format!("{fence}{language}\n{}\n{fence}", code.trim_end())
}

fn time(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| format!("{} UTC", ymd_hm(&t))).unwrap_or_else(|| "—".to_owned())
}

fn or_dash(value: Option<&str>) -> String {
    value.filter(|v| !v.trim().is_empty()).map(escape).unwrap_or_else(|| "—".to_owned())
}

/// The report. `alerts` are the incident's alerts (expanded or fetched separately).
pub fn incident_report(incident: &Incident, alerts: &[Alert]) -> String {
    let id = incident.id.as_deref().unwrap_or("");
    let name = incident.display_name.as_deref().filter(|n| !n.trim().is_empty()).unwrap_or("Untitled incident");
    let mut out = vec![format!("# Incident {}: {}", escape(id), escape(name)), String::new()];
    let facts: Vec<(&str, String)> = vec![
        ("Severity", or_dash(incident.severity.as_ref().map(|s| s.label()))),
        ("Status", or_dash(incident.status.as_ref().map(|s| s.label()))),
        ("Classification", or_dash(incident.classification.as_ref().map(|s| s.label()))),
        ("Determination", or_dash(incident.determination.as_ref().map(|s| s.label()))),
        ("Assigned to", or_dash(incident.assigned_to.as_deref())),
        ("Priority score", incident.priority_score.map_or_else(|| "—".to_owned(), |p| p.to_string())),
        ("Created", time(incident.created_date_time)),
        ("Last updated", time(incident.last_update_date_time)),
        ("Tenant", or_dash(incident.tenant_id.as_deref())),
        ("Tags", or_dash(Some(&incident.all_tags().join(", ")))),
    ];
    for (label, value) in facts {
        out.push(format!("- **{label}:** {value}"));
    }
    if let Some(target) = &incident.redirect_incident_id {
        out.push(format!("- **Merged into incident:** {}", escape(target)));
    }
    for (heading, text) in [
        ("Description", &incident.description),
        ("Summary", &incident.summary),
        ("Resolving comment", &incident.resolving_comment),
        ("Recommended actions", &incident.recommended_actions),
    ] {
        if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
            out.extend([String::new(), format!("## {heading}"), String::new(), paragraph(text)]);
        }
    }
    if !incident.comments.is_empty() {
        out.extend([String::new(), "## Comments".to_owned(), String::new()]);
        for comment in comments_in_order(&incident.comments) {
            out.push(format!(
                "- {} ({}): {}",
                or_dash(comment.created_by_display_name.as_deref()),
                time(comment.created_date_time),
                or_dash(comment.comment.as_deref())
            ));
        }
    }
    let queries: Vec<&str> =
        incident.recommended_hunting_queries.iter().filter_map(|q| q.kql_text.as_deref()).collect();
    if !queries.is_empty() {
        out.extend([String::new(), "## Hunting queries".to_owned()]);
        for kql in queries {
            out.extend([String::new(), code_block("kql", kql)]);
        }
    }
    out.extend(entity_section(alerts));
    out.extend(timeline_section(incident, alerts));
    out.extend(indicator_section(alerts));
    out.extend([String::new(), format!("## Alerts ({})", alerts.len())]);
    for alert in alerts {
        out.extend(alert_section(alert));
    }
    out.push(String::new());
    out.join("\n")
}

/// Every entity the alerts name, once (as on the incident's page): for incidents of several alerts.
fn entity_section(alerts: &[Alert]) -> Vec<String> {
    let groups = entities(alerts);
    if alerts.len() < 2 || groups.is_empty() {
        return Vec::new();
    }
    let total: usize = groups.iter().map(|(_, items)| items.len()).sum();
    let mut out = vec![
        String::new(),
        format!("## Entities across alerts ({total})"),
        String::new(),
        "| Kind | Entity | Alerts | Gravest verdict | Roles |".to_owned(),
        "|---|---|---|---|---|".to_owned(),
    ];
    for (kind, items) in groups {
        for entity in items {
            out.push(format!(
                "| {} | {} | {} | {} | {} |",
                escape(&humanize(&kind)),
                or_dash(Some(&entity.name)),
                entity.alerts,
                or_dash(entity.verdict.as_deref().map(humanize).as_deref()),
                or_dash(Some(&humanize_all(&entity.roles))),
            ));
        }
    }
    out
}

/// Every dated event, oldest first (as on the incident's page, all of them, in UTC).
fn timeline_section(incident: &Incident, alerts: &[Alert]) -> Vec<String> {
    let events = timeline(incident, alerts);
    if events.is_empty() {
        return Vec::new();
    }
    let mut out = vec![String::new(), "## Timeline".to_owned(), String::new()];
    if let Some(line) = headline(alerts, Utc.fix()) {
        out.extend([escape(&line), String::new()]);
    }
    out.extend(["| Time (UTC) | After | Event |".to_owned(), "|---|---|---|".to_owned()]);
    for (event, gap) in events.iter().zip(gaps(&events)) {
        out.push(format!("| {} | {} | {} |", ymd_hm(&event.at), or_dash(gap.as_deref()), escape(&event.text())));
    }
    out
}

/// Hashes, addresses, URLs, domains and command lines from every alert's evidence, once each.
fn indicator_section(alerts: &[Alert]) -> Vec<String> {
    let groups = indicators(alerts);
    if groups.is_empty() {
        return Vec::new();
    }
    let mut out = vec![String::new(), "## Indicators".to_owned()];
    for (group, values) in groups {
        out.extend([String::new(), format!("**{group}**"), String::new()]);
        out.extend(values.iter().map(|value| format!("- {}", code_span(value))));
    }
    out
}

fn alert_section(alert: &Alert) -> Vec<String> {
    let mut out = vec![
        String::new(),
        format!("### {}", or_dash(alert.title.as_deref())),
        String::new(),
        format!(
            "- **Severity:** {} · **Status:** {}",
            or_dash(alert.severity.as_ref().map(|s| s.label())),
            or_dash(alert.status.as_ref().map(|s| s.label()))
        ),
        format!("- **Source:** {}", or_dash(alert.service_source.as_deref().map(humanize).as_deref())),
        format!("- **First activity:** {}", time(alert.first_activity_date_time)),
    ];
    if !alert.mitre_techniques.is_empty() {
        let techniques: Vec<String> = alert.mitre_techniques.iter().map(|t| escape(t)).collect();
        out.push(format!("- **MITRE ATT&CK:** {}", techniques.join(", ")));
    }
    if !alert.evidence.is_empty() {
        out.extend([
            String::new(),
            "| Kind | Entity | Verdict | Remediation | Roles |".to_owned(),
            "|---|---|---|---|---|".to_owned(),
        ]);
        for item in alert.evidence.iter().map(Evidence::details) {
            out.push(format!(
                "| {} | {} | {} | {} | {} |",
                escape(&humanize(&item.kind)),
                or_dash(item.name.as_deref()),
                or_dash(item.verdict.as_deref().map(humanize).as_deref()),
                or_dash(item.remediation_status.as_deref().map(humanize).as_deref()),
                or_dash(Some(&humanize_all(&item.roles))),
            ));
        }
    }
    out
}
