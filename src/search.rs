//! Client-side text search over loaded incidents (Graph cannot filter on text, tags or evidence).

use crate::graph::model::Incident;

/// A parsed search: lower-cased terms that must all occur.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        Query { terms: input.split_whitespace().map(str::to_lowercase).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Everything this query matches was also matched by `earlier` (each earlier term lies inside one
    /// of this query's terms), so only `earlier`'s results need to be searched again: typing on at the
    /// end of a search narrows it without re-scanning every incident.
    pub fn narrows(&self, earlier: &Query) -> bool {
        earlier.terms.iter().all(|old| self.terms.iter().any(|new| new.contains(old.as_str())))
    }

    /// Matches against text already lower-cased by [`searchable_text`].
    pub fn matches_text(&self, lowered: &str) -> bool {
        self.terms.iter().all(|term| lowered.contains(term.as_str()))
    }
}

/// Everything searchable about an incident, lower-cased, one string.
pub fn searchable_text(incident: &Incident) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(incident.id.clone());
    parts.extend(incident.display_name.clone());
    parts.extend(incident.assigned_to.clone());
    parts.extend(incident.all_tags().into_iter().map(str::to_owned));
    for alert in incident.alerts.iter().flatten() {
        parts.extend(alert.title.clone());
        parts.extend(alert.mitre_techniques.iter().cloned());
        parts.extend(alert.evidence.iter().filter_map(|e| e.name()));
    }
    parts.join("\n").to_lowercase()
}
