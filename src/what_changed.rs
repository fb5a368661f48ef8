//! What changed in an incident between the version the analyst was shown and a refreshed one, in
//! words: "status Active → Resolved; 1 new alert “…”; 2 new comments". Auto-refresh marks a card
//! "Changed"; this says why, so the analyst need not compare it with their memory. Pure; host-tested.

use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::{DateTime, Utc};

use crate::format::cut;
use crate::graph::model::{Alert, Incident};

/// At most this many new alerts are named; the rest are counted.
const ALERTS_NAMED: usize = 2;
/// Longer names and titles are cut (with "…") in the line.
const LONGEST: usize = 60;

/// The parts of an incident, as shown, that a later version is compared against. Kept for every
/// incident shown (10,000 after a Load all), so alerts are kept as hashes of their ids, not copies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    pub last_update: Option<DateTime<Utc>>,
    name: Option<String>,
    status: Option<String>,
    severity: Option<String>,
    classification: Option<String>,
    determination: Option<String>,
    assigned_to: Option<String>,
    priority: Option<i64>,
    tags: Vec<String>,
    comments: usize,
    /// Each alert as hashes of its id and of its status; `None` when the incident came without them.
    alerts: Option<Vec<(u64, u64)>>,
}

fn label<T>(value: &Option<T>, label: fn(&T) -> &str) -> Option<String> {
    value.as_ref().map(|v| label(v).to_owned())
}

/// A fixed-key hash (the same in every run), so a shown alert is kept as 8 bytes, not its text.
fn hash_of(value: impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn alert_status_hash(alert: &Alert) -> u64 {
    hash_of(alert.status.as_ref().map(|s| s.as_str()))
}

fn alert_title(alert: &Alert) -> &str {
    alert.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or("untitled")
}

impl Shown {
    pub fn of(incident: &Incident) -> Shown {
        Shown {
            last_update: incident.last_update_date_time,
            name: incident.display_name.clone(),
            status: label(&incident.status, |s| s.label()),
            severity: label(&incident.severity, |s| s.label()),
            classification: label(&incident.classification, |c| c.label()),
            determination: label(&incident.determination, |d| d.label()),
            assigned_to: incident.assigned_to.clone().filter(|a| !a.trim().is_empty()),
            priority: incident.priority_score,
            tags: incident.all_tags().into_iter().map(str::to_owned).collect(),
            comments: incident.comments.len(),
            alerts: incident.alerts.as_ref().map(|alerts| {
                alerts.iter().filter_map(|a| Some((hash_of(a.id.as_deref()?), alert_status_hash(a)))).collect()
            }),
        }
    }
}

/// "“text”", cut to [`LONGEST`] characters.
fn quoted(text: &str) -> String {
    format!("“{}”", cut(text, LONGEST))
}

fn or_none(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("none")
}

/// One "what → what" part, when the value differs.
fn moved(what: &str, before: &Option<String>, after: &Option<String>, parts: &mut Vec<String>) {
    if before != after {
        parts.push(format!("{what} {} → {}", or_none(before), or_none(after)));
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What differs between `before` and `after`, most telling first; empty when none of the compared
/// parts did (Graph also updates an incident for changes the card does not show).
pub fn what_changed(before: &Shown, after: &Incident) -> Vec<String> {
    let now = Shown::of(after);
    let mut parts = Vec::new();
    moved("status", &before.status, &now.status, &mut parts);
    if now.status != before.status
        && let Some(target) = after.redirect_incident_id.as_deref().filter(|t| !t.is_empty())
    {
        parts.push(format!("merged into #{target}"));
    }
    moved("severity", &before.severity, &now.severity, &mut parts);
    match (&before.assigned_to, &now.assigned_to) {
        (None, Some(owner)) => parts.push(format!("now assigned to {owner}")),
        (Some(owner), None) => parts.push(format!("no longer assigned to {owner}")),
        (Some(from), Some(to)) if from != to => parts.push(format!("reassigned from {from} to {to}")),
        _ => {}
    }
    moved("classification", &before.classification, &now.classification, &mut parts);
    moved("determination", &before.determination, &now.determination, &mut parts);
    if let (Some(old), Some(new), Some(alerts)) = (&before.alerts, &now.alerts, &after.alerts) {
        let was = |alert: &Alert| {
            let id = hash_of(alert.id.as_deref()?);
            old.iter().find(|(known, _)| *known == id).map(|(_, status)| *status)
        };
        let added: Vec<&str> = alerts.iter().filter(|a| a.id.is_some() && was(a).is_none()).map(alert_title).collect();
        if !added.is_empty() {
            let mut named: Vec<String> = added.iter().take(ALERTS_NAMED).map(|t| quoted(t)).collect();
            if added.len() > ALERTS_NAMED {
                named.push(format!("{} more", added.len() - ALERTS_NAMED));
            }
            parts.push(format!("{}: {}", plural(added.len(), "new alert", "new alerts"), named.join(", ")));
        }
        let removed = old.iter().filter(|(id, _)| !new.iter().any(|(now, _)| now == id)).count();
        if removed > 0 {
            parts.push(format!("{} removed", plural(removed, "alert", "alerts")));
        }
        // Alerts whose status moved, by the status they have now: "alert “…” now Resolved".
        let mut moved_to: Vec<(&str, Vec<&str>)> = Vec::new();
        for alert in alerts.iter().filter(|a| was(a).is_some_and(|status| status != alert_status_hash(a))) {
            let status = alert.status.as_ref().map_or("no status", |s| s.label());
            match moved_to.iter_mut().find(|(to, _)| *to == status) {
                Some((_, titles)) => titles.push(alert_title(alert)),
                None => moved_to.push((status, vec![alert_title(alert)])),
            }
        }
        for (status, titles) in moved_to {
            parts.push(match titles.as_slice() {
                [one] => format!("alert {} now {status}", quoted(one)),
                many => format!("{} alerts now {status}", many.len()),
            });
        }
    }
    if now.comments > before.comments {
        let new = now.comments - before.comments;
        let author = after.comments.last().and_then(|c| c.created_by_display_name.as_deref()).filter(|a| !a.is_empty());
        match author {
            Some(author) if new == 1 => parts.push(format!("1 new comment by {author}")),
            _ => parts.push(plural(new, "new comment", "new comments")),
        }
    }
    if now.priority != before.priority {
        let score = |p: Option<i64>| p.map_or_else(|| "none".to_owned(), |p| p.to_string());
        parts.push(format!("priority {} → {}", score(before.priority), score(now.priority)));
    }
    let tags_in = |from: &[String], of: &[String]| -> Vec<String> {
        from.iter().filter(|t| !of.contains(t)).map(|t| quoted(t)).collect()
    };
    for (tags, one, many) in [
        (tags_in(&now.tags, &before.tags), "tag added", "tags added"),
        (tags_in(&before.tags, &now.tags), "tag removed", "tags removed"),
    ] {
        if !tags.is_empty() {
            parts.push(format!("{} {}", if tags.len() == 1 { one } else { many }, tags.join(", ")));
        }
    }
    if now.name != before.name
        && let Some(old) = before.name.as_deref().filter(|n| !n.trim().is_empty())
    {
        parts.push(format!("renamed from {}", quoted(old)));
    }
    parts
}

/// The card's line under a "Changed" mark.
pub fn change_line(parts: &[String]) -> String {
    if parts.is_empty() {
        "Updated since you last looked; its status, severity, owner, verdict, alerts, comments, priority, tags \
         and name are as they were"
            .to_owned()
    } else {
        format!("Since you last looked: {}", parts.join("; "))
    }
}
