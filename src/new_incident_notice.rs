//! What a desktop notification says about incidents an auto-refresh found: how many, and the gravest
//! few by name, so an analyst looking at another window knows whether to come back now. Pure;
//! host-tested.

use crate::format::{one_line, thousands};
use crate::graph::model::Incident;
use crate::sort::severity_rank;

/// Incidents named in the body; the rest are counted.
const NAMED: usize = 3;
/// Longest incident name in the body (notification bodies are a few short lines).
const LONGEST_NAME: usize = 80;

/// `(title, body)` for `total` new incidents of which `known` are at hand, or `None` when nothing is
/// new. A notice replaces the one before it, so it counts every incident still marked new, not only
/// the latest refresh's. Named gravest first, then in the order given (newest first, as listed).
pub fn new_incidents_notice(total: usize, known: &[&Incident]) -> Option<(String, String)> {
    let total = total.max(known.len());
    if total == 0 {
        return None;
    }
    let title = match total {
        1 => "1 new incident".to_owned(),
        n => format!("{} new incidents", thousands(n as u64)),
    };
    let mut gravest: Vec<&Incident> = known.to_vec();
    gravest.sort_by_key(|incident| severity_rank(incident.severity.as_ref()));
    let mut lines: Vec<String> = gravest.iter().take(NAMED).map(|incident| line(incident)).collect();
    if total > lines.len() {
        lines.push(format!("and {} more", thousands((total - lines.len()) as u64)));
    }
    Some((title, lines.join("\n")))
}

/// "High · Ransomware activity on one endpoint (#2761)".
fn line(incident: &Incident) -> String {
    let id = incident.id.as_deref().unwrap_or_default();
    let name = one_line(&incident.title(), LONGEST_NAME);
    let severity = incident.severity.as_ref().map_or("Unknown severity", |s| s.label());
    if id.is_empty() { format!("{severity} · {name}") } else { format!("{severity} · {name} (#{id})") }
}
