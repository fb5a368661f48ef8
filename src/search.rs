//! Client-side text search over loaded incidents (Graph cannot filter on text, tags or evidence).

use crate::graph::model::{Alert, Incident};

/// The pairs of neighbouring characters in a text, hashed into 1,024 bits. Built once per incident as
/// it is loaded: a term with a pair the incident's set lacks cannot occur in its text, so most
/// incidents are ruled out for a rare term by a few AND operations, before any text is scanned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PairSet([u64; 16]);

impl PairSet {
    pub fn of(text: &str) -> PairSet {
        let mut set = PairSet::default();
        for (first, next) in text.chars().zip(text.chars().skip(1)) {
            let bit = ((first as u32).wrapping_mul(0x9E37_79B1) ^ next as u32).wrapping_mul(0x85EB_CA6B) >> 22;
            set.0[(bit / 64) as usize] |= 1 << (bit % 64);
        }
        set
    }

    /// Every pair of `term` may be in this set (hash collisions make false "yes" possible, never a
    /// false "no").
    pub fn covers(&self, term: &PairSet) -> bool {
        self.0.iter().zip(&term.0).all(|(mine, theirs)| mine & theirs == *theirs)
    }
}

/// One incident as search sees it: its searchable text and that text's pairs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Indexed {
    text: String,
    pairs: PairSet,
}

impl Indexed {
    pub fn new(incident: &Incident) -> Indexed {
        let text = searchable_text(incident);
        Indexed { pairs: PairSet::of(&text), text }
    }
}

/// A parsed search: lower-cased terms that must all occur.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    terms: Vec<(String, PairSet)>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let terms = input.split_whitespace().map(lower_case).map(|term| {
            let pairs = PairSet::of(&term);
            (term, pairs)
        });
        Query { terms: terms.collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Everything this query matches was also matched by `earlier` (each earlier term lies inside one
    /// of this query's terms), so only `earlier`'s results need to be searched again: typing on at the
    /// end of a search narrows it without re-scanning every incident.
    pub fn narrows(&self, earlier: &Query) -> bool {
        earlier.terms.iter().all(|(old, _)| self.terms.iter().any(|(new, _)| new.contains(old.as_str())))
    }

    /// Every term occurs in the incident's searchable text (a case-insensitive substring).
    pub fn matches(&self, incident: &Indexed) -> bool {
        self.terms.iter().all(|(term, pairs)| incident.pairs.covers(pairs) && incident.text.contains(term.as_str()))
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
        parts.extend(alert_texts(alert).map(|(_, text)| text));
    }
    lower_case(&parts.join("\n"))
}

/// Where in an incident's alerts a searched text is: places a card does not show until it is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    AlertTitle,
    Mitre,
    Evidence,
}

/// An alert's searchable texts with their places: the index and [`AlertText`] both read them here.
fn alert_texts(alert: &Alert) -> impl Iterator<Item = (Place, String)> + '_ {
    let titles = alert.title.iter().map(|title| (Place::AlertTitle, title.clone()));
    let mitre = alert.mitre_techniques.iter().map(|id| (Place::Mitre, id.clone()));
    let evidence = alert.evidence.iter().filter_map(|e| e.details().name).map(|name| (Place::Evidence, name));
    titles.chain(mitre).chain(evidence)
}

/// The searchable texts of a card's alerts, read once (evidence names come from its JSON text) and
/// kept lower-cased beside the original, so that each keystroke only looks for the terms in them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AlertText(Vec<(Place, String, String)>);

impl AlertText {
    pub fn of(alerts: &[Alert]) -> AlertText {
        // The same host or user is often evidence of several alerts (of hundreds, in a large
        // incident): said once, found without comparing every pair.
        let mut seen = std::collections::HashSet::new();
        let texts = alerts.iter().flat_map(alert_texts).filter(|(place, text)| seen.insert((*place, text.clone())));
        AlertText(
            texts
                .map(|(place, text)| {
                    let lower = lower_case(&text);
                    (place, text, lower)
                })
                .collect(),
        )
    }

    /// The texts holding any of the query's terms, in the order the alerts give them.
    pub fn found(&self, query: &Query) -> Vec<(Place, &str)> {
        self.0
            .iter()
            .filter(|(_, _, lower)| query.terms.iter().any(|(term, _)| lower.contains(term.as_str())))
            .map(|(place, text, _)| (*place, text.as_str()))
            .collect()
    }
}

/// What a card says of the places its alerts matched a search, alert titles first, then MITRE ids,
/// then evidence: "Found in alerts “…”, “…”; evidence “…” and 2 more" (at most `shown` named; long
/// texts cut). Empty when nothing was found there.
pub fn found_in_line(found: &[(Place, &str)], shown: usize) -> String {
    const LONGEST: usize = 60;
    let mut found = found.to_vec();
    found.sort_by_key(|(place, _)| *place); // stable: each place keeps the alerts' order
    let mut groups: Vec<(Place, Vec<String>)> = Vec::new();
    for (place, text) in found.iter().take(shown) {
        let text = crate::format::cut(text, LONGEST);
        let text = if *place == Place::Mitre { text } else { format!("“{text}”") };
        match groups.last_mut() {
            Some((last, texts)) if last == place => texts.push(text),
            _ => groups.push((*place, vec![text])),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(place, texts)| {
            let name = match (place, texts.len()) {
                (Place::AlertTitle, 1) => "alert",
                (Place::AlertTitle, _) => "alerts",
                (Place::Mitre, _) => "MITRE",
                (Place::Evidence, _) => "evidence",
            };
            format!("{name} {}", texts.join(", "))
        })
        .collect();
    if groups.is_empty() {
        return String::new();
    }
    let mut line = format!("Found in {}", groups.join("; "));
    if found.len() > shown {
        line.push_str(&format!(" and {} more", found.len() - shown));
    }
    line
}

/// Lower-cased for matching. ASCII is done here; other text, in the browser, by JavaScript's
/// `toLowerCase` (the same Unicode rules), so the download does not carry Rust's 12 KB case table.
pub fn lower_case(text: &str) -> String {
    if text.is_ascii() { text.to_ascii_lowercase() } else { unicode_lower_case(text) }
}

#[cfg(target_arch = "wasm32")]
fn unicode_lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
fn unicode_lower_case(text: &str) -> String {
    text.to_lowercase()
}
