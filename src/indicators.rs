//! The values an analyst pivots on or hands to threat intelligence — hashes, IP addresses, URLs,
//! domains, command lines — gathered from every evidence item of an incident's alerts, once each.
//! Read from the same labelled fields the evidence tables open (`evidence_fields`). Pure; host-tested.

use crate::graph::model::Alert;

/// Which fields are indicators, by the last part of their label, the group each goes to, and whether
/// it counts inside a nested object too ("Image file › SHA-256", "Destination address › IP address").
/// A domain name only counts at the top (a DNS item's): a user account's is its AD domain.
const KINDS: &[(&str, &str, bool)] = &[
    ("SHA-256", "SHA-256", true),
    ("SHA-1", "SHA-1", true),
    ("MD5", "MD5", true),
    ("IP address", "IP addresses", true),
    ("URL", "URLs", true),
    ("Domain name", "Domains", false),
    ("Process command line", "Command lines", false),
];

/// Indicator groups in [`KINDS`] order, each with its distinct values in the alerts' order (the same
/// value in another case is the same indicator: hashes and host names are not case-sensitive).
pub fn indicators(alerts: &[Alert]) -> Vec<(&'static str, Vec<String>)> {
    let mut groups: Vec<(&'static str, Vec<String>)> = KINDS.iter().map(|(_, group, _)| (*group, Vec::new())).collect();
    for item in alerts.iter().flat_map(|alert| &alert.evidence) {
        for (label, value) in item.fields() {
            let last = label.rsplit(" › ").next().unwrap_or(&label);
            let nested = last.len() < label.len();
            let found = KINDS.iter().position(|(kind, _, anywhere)| *kind == last && (*anywhere || !nested));
            let Some(index) = found else { continue };
            let values = &mut groups[index].1;
            if !values.iter().any(|v| v.eq_ignore_ascii_case(&value)) {
                values.push(value);
            }
        }
    }
    groups.retain(|(_, values)| !values.is_empty());
    groups
}

/// As plain text to paste elsewhere: one value per line under each group's name.
pub fn indicators_text(groups: &[(&str, Vec<String>)]) -> String {
    groups.iter().map(|(group, values)| format!("# {group}\n{}\n", values.join("\n"))).collect::<Vec<_>>().join("\n")
}
