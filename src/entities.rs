//! The entities an incident's alerts name, each once: which devices, users, mailboxes and IPs an
//! incident is about, without reading every alert's evidence in turn.

use crate::graph::model::Alert;
use crate::search::lower_case;

/// One entity as the incident's alerts see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// As the first alert naming it spells it.
    pub name: String,
    /// How many of the incident's alerts name it.
    pub alerts: usize,
    /// The gravest verdict any alert gives it.
    pub verdict: Option<String>,
    /// Every role the alerts give it, first seen first.
    pub roles: Vec<String>,
}

/// Kinds an analyst looks for first (the portal's "assets"); others follow in first-seen order.
const FIRST_KINDS: &[&str] = &["device", "user", "mailbox", "ip", "cloudApplication", "oauthApplication"];

/// Named when the evidence gives no name (here and in the per-alert summary).
pub const UNNAMED: &str = "(unnamed)";

/// Graver verdicts rank higher; one this build does not know ranks above none at all.
fn gravity(verdict: Option<&str>) -> u8 {
    match verdict {
        Some("malicious") => 4,
        Some("suspicious") => 3,
        Some("noThreatsFound") => 1,
        Some("unknown") | None => 0,
        Some(_) => 2,
    }
}

/// An entity while the alerts are read.
struct Seen {
    /// Its name lower-cased: the same host or address in another case is the same entity.
    key: String,
    entity: Entity,
    /// The alert that last counted it: an alert naming it twice counts once.
    last_alert: usize,
}

impl Seen {
    fn add(&mut self, alert: usize, verdict: Option<String>, roles: Vec<String>) {
        if self.last_alert != alert {
            self.entity.alerts += 1;
            self.last_alert = alert;
        }
        let entity = &mut self.entity;
        if entity.verdict.is_none() || gravity(verdict.as_deref()) > gravity(entity.verdict.as_deref()) {
            entity.verdict = verdict.or(entity.verdict.take());
        }
        for role in roles {
            if !entity.roles.contains(&role) {
                entity.roles.push(role);
            }
        }
    }
}

/// Every entity the alerts name, grouped by kind (devices, users, mailboxes, IPs and apps first), the
/// most-alerted first within a kind.
pub fn entities(alerts: &[Alert]) -> Vec<(String, Vec<Entity>)> {
    let mut groups: Vec<(String, Vec<Seen>)> = Vec::new();
    for (alert, details) in
        alerts.iter().enumerate().flat_map(|(n, a)| a.evidence.iter().map(move |e| (n, e.details())))
    {
        let name = details.name.unwrap_or_else(|| UNNAMED.to_owned());
        let key = lower_case(&name);
        let group = match groups.iter().position(|(kind, _)| *kind == details.kind) {
            Some(index) => &mut groups[index].1,
            None => {
                groups.push((details.kind, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        let seen = match group.iter().position(|seen| seen.key == key) {
            Some(index) => &mut group[index],
            None => {
                let entity = Entity { name, alerts: 1, verdict: None, roles: Vec::new() };
                group.push(Seen { key, entity, last_alert: alert });
                group.last_mut().expect("just pushed")
            }
        };
        seen.add(alert, details.verdict, details.roles);
    }
    let rank = |kind: &str| FIRST_KINDS.iter().position(|k| *k == kind).unwrap_or(FIRST_KINDS.len());
    groups.sort_by_key(|(kind, _)| rank(kind)); // stable: other kinds keep their first-seen order
    groups
        .into_iter()
        .map(|(kind, seen)| {
            let mut items: Vec<Entity> = seen.into_iter().map(|seen| seen.entity).collect();
            items.sort_by_key(|entity| std::cmp::Reverse(entity.alerts)); // stable: ties in first-seen order
            (kind, items)
        })
        .collect()
}
