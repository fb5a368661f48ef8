//! Dates, numbers and labels for display. Pure: "now" is always a parameter.

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Utc};

/// "just now", "5 min ago", "3 h ago", "12 days ago" (or "in 5 min" for clock skew into the future).
pub fn relative_time(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (now - then).num_seconds();
    let (magnitude, future) = (seconds.unsigned_abs(), seconds < 0);
    let text = match magnitude {
        0..=44 => return "just now".to_owned(),
        45..=3_599 => format!("{} min", (magnitude + 30) / 60),
        3_600..=86_399 => format!("{} h", magnitude / 3_600),
        86_400..=172_799 => "1 day".to_owned(),
        _ if magnitude < 86_400 * 60 => format!("{} days", magnitude / 86_400),
        _ if magnitude < 86_400 * 730 => format!("{} months", magnitude / (86_400 * 30)),
        _ => format!("{} years", magnitude / (86_400 * 365)),
    };
    if future { format!("in {text}") } else { format!("{text} ago") }
}

/// Machine-readable value for `<time datetime>`.
pub fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Absolute time in the given fixed offset, e.g. "2026-11-27 18:04 (UTC+01:00)".
pub fn absolute(t: DateTime<Utc>, offset: chrono::FixedOffset) -> String {
    let local = t.with_timezone(&offset);
    format!("{} ({})", crate::dates::ymd_hm(&local), zone_label(offset))
}

/// "UTC", or "UTC+01:00" / "UTC-05:30".
pub fn zone_label(offset: chrono::FixedOffset) -> String {
    if offset.local_minus_utc() == 0 { "UTC".to_owned() } else { format!("UTC{offset}") }
}

/// The digit-group separator of the user's locale (`,` until the app reads the browser's).
static GROUP_SEPARATOR: AtomicU32 = AtomicU32::new(',' as u32);

/// Sets the separator [`thousands`] uses (the app reads it from the browser at start-up).
pub fn set_group_separator(separator: char) {
    GROUP_SEPARATOR.store(separator as u32, Ordering::Relaxed);
}

/// The separator between "1" and "000" in a locale's rendering of 1000 ("1,000", "1.000", "1 000");
/// `None` when it has none ("1000") or the text is not a plain number.
pub fn separator_from_sample(sample: &str) -> Option<char> {
    let middle = sample.strip_prefix('1')?.strip_suffix("000")?;
    let mut chars = middle.chars();
    let separator = chars.next()?;
    chars.next().is_none().then_some(separator).filter(|c| !c.is_ascii_digit())
}

/// 1234567 → "1,234,567" in the user's locale's grouping style (three digits a group).
pub fn thousands(n: u64) -> String {
    let separator = char::from_u32(GROUP_SEPARATOR.load(Ordering::Relaxed)).unwrap_or(',');
    grouped(n, separator)
}

/// 1234567 with `.` → "1.234.567".
pub fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The list's status line: "Showing 26–50 of 1,234", "Showing 1–7", or the empty message.
pub fn showing(offset: usize, shown: usize, total: Option<u64>) -> String {
    if shown == 0 {
        return "No incidents match these filters".to_owned();
    }
    let range = format!("Showing {}–{}", thousands(offset as u64 + 1), thousands((offset + shown) as u64));
    match total {
        Some(total) => format!("{range} of {}", thousands(total)),
        None => range,
    }
}

/// `text` on one line (every run of whitespace, line breaks too, one space), cut like [`cut`].
pub fn one_line(text: &str, longest: usize) -> String {
    cut(&text.split_whitespace().collect::<Vec<_>>().join(" "), longest)
}

/// Small words kept lower-case inside labels.
const SMALL_WORDS: &[&str] = &["for", "and", "of", "on", "in", "to", "by"];
/// Acronyms a camelCase split would spell wrong.
const ACRONYMS: &[(&str, &str)] =
    &[("Ad", "AD"), ("Ti", "TI"), ("Ai", "AI"), ("Dns", "DNS"), ("Ml", "ML"), ("Ip", "IP"), ("Url", "URL")];

/// `text` cut to `longest` characters, with "…" when it was longer.
pub fn cut(text: &str, longest: usize) -> String {
    match text.char_indices().nth(longest) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_owned(),
    }
}

/// Wire names as one list for people: `["compromised", "attacker"]` → "Compromised, Attacker".
pub fn humanize_all(names: &[String]) -> String {
    names.iter().map(|name| humanize(name)).collect::<Vec<_>>().join(", ")
}

/// `microsoftDefenderForEndpoint` → "Microsoft Defender for Endpoint". Used for open-ended enums
/// (service and detection sources) that are shown as received.
pub fn humanize(camel: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for c in camel.chars() {
        match words.last_mut() {
            // ASCII case only: these are wire names, and Unicode case tables would add 24 KB to the download.
            Some(word) if !c.is_ascii_uppercase() => word.push(c),
            _ => words.push(c.to_ascii_uppercase().to_string()),
        }
    }
    words
        .into_iter()
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_ascii_lowercase();
            if i > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else {
                ACRONYMS.iter().find(|(from, _)| *from == word).map_or(word, |(_, to)| (*to).to_owned())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Priority bands Microsoft uses: > 85 top, < 15 low.
pub fn priority_band(score: i64) -> &'static str {
    match score {
        86.. => "top",
        ..15 => "low",
        _ => "medium",
    }
}

/// Everything the list's status line reports; see [`status_line`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListFacts {
    pub loading_first_page: bool,
    pub fetched_anything: bool,
    pub offset: usize,
    pub shown_on_page: usize,
    pub total: Option<u64>,
    pub loaded: usize,
    pub skipped_on_page: usize,
    /// While "Load all" runs.
    pub loading_all: bool,
    /// The search text and how many loaded incidents match it.
    pub search: Option<(String, usize)>,
    /// What the loaded incidents are sorted by in the browser, when not Graph's order.
    pub sorted_by: Option<&'static str>,
    /// How many are shown when only those marked new or changed are.
    pub only_changed: Option<usize>,
}

/// The list's status sentence (announced by screen readers: it sits in `role="status"`).
pub fn status_line(facts: &ListFacts) -> String {
    if facts.loading_first_page && !facts.fetched_anything {
        return "Loading incidents…".to_owned();
    }
    if !facts.fetched_anything {
        return String::new();
    }
    let mut parts = Vec::new();
    let loaded = thousands(facts.loaded as u64);
    match (&facts.search, facts.sorted_by) {
        (Some((query, matches)), _) => {
            parts.push(format!("{} of {loaded} loaded incidents match “{query}”", thousands(*matches as u64)))
        }
        (None, Some(_)) => parts.push(format!("{loaded} loaded incidents")),
        (None, None) => parts.push(showing(facts.offset, facts.shown_on_page, facts.total)),
    }
    // A search covers what is loaded; say what it cannot have looked at, and how to include it.
    if facts.search.is_some()
        && !facts.loading_all
        && let Some(unloaded) = facts.total.and_then(|t| t.checked_sub(facts.loaded as u64)).filter(|n| *n > 0)
    {
        parts.push(format!("{} not loaded: Load all to search them too", thousands(unloaded)));
    }
    if let Some(marked) = facts.only_changed {
        parts.push(match marked {
            0 => "none of those marked new or changed is among these".to_owned(),
            n => format!("only the {} new or changed shown", thousands(n as u64)),
        });
    }
    if let Some(sorted_by) = facts.sorted_by {
        let everything = facts.total.is_none_or(|t| t <= facts.loaded as u64);
        let scope = if everything { "" } else { " (only what is loaded: Load all to sort every one)" };
        parts.push(format!("sorted in the browser by {sorted_by}{scope}"));
    }
    if facts.loading_all {
        let of_total = facts.total.map(|t| format!(" of {}", thousands(t))).unwrap_or_default();
        parts.push(format!("loading all: {}{of_total} loaded", thousands(facts.loaded as u64)));
    }
    if facts.skipped_on_page > 0 && facts.search.is_none() {
        parts.push(format!("{} could not be read and are not shown", facts.skipped_on_page));
    }
    parts.join(" · ")
}
