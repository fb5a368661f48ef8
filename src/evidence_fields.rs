//! Everything an evidence item says, as labelled lines: "File details › SHA-256: 9f86…", "Process
//! command line: powershell.exe -enc …". The evidence table names each entity in one cell; an
//! analyst pivoting on a hash, a path or a command line needs the rest. Generic over Graph's ~48
//! evidence kinds (and those it adds later): the item's own JSON, flattened. Pure; host-tested.

use serde_json::{Map, Value};

use crate::format::{cut, humanize};

/// Fields the table's columns already show, and the type its caption names.
const IN_COLUMNS: &[&str] = &["@odata.type", "verdict", "remediationStatus", "roles"];
/// Bounds for what hostile or huge data can make the page draw.
const MAX_FIELDS: usize = 80;
const MAX_DEPTH: usize = 5;
const LONGEST_VALUE: usize = 2_000;

/// The item's fields that have a value, in the order of their names (the JSON's own order is not
/// kept: that would cost the download more), nested ones labelled by their path. Empty for anything
/// that is not an object.
pub fn evidence_fields(item: &Value) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    if let Value::Object(map) = item {
        let top = map.iter().filter(|(key, _)| !IN_COLUMNS.contains(&key.as_str()));
        flatten_entries(top, "", 0, &mut fields);
    }
    fields
}

fn flatten_entries<'a>(
    entries: impl Iterator<Item = (&'a String, &'a Value)>,
    prefix: &str,
    depth: usize,
    out: &mut Vec<(String, String)>,
) {
    for (key, value) in entries {
        if out.len() >= MAX_FIELDS {
            return;
        }
        let label = if prefix.is_empty() { label(key) } else { format!("{prefix} › {}", label(key)) };
        flatten(&label, value, depth, out);
    }
}

fn flatten(label: &str, value: &Value, depth: usize, out: &mut Vec<(String, String)>) {
    if let Some(text) = scalar(value) {
        out.push((label.to_owned(), cut(&text, LONGEST_VALUE)));
        return;
    }
    if depth >= MAX_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => flatten_object(label, map, depth, out),
        Value::Array(items) => {
            let scalars: Vec<String> = items.iter().filter_map(scalar).collect();
            if scalars.len() == items.len() {
                if !scalars.is_empty() {
                    out.push((label.to_owned(), cut(&scalars.join(", "), LONGEST_VALUE)));
                }
                return;
            }
            let several = items.len() > 1;
            for (index, item) in items.iter().enumerate() {
                let label = if several { format!("{label} {}", index + 1) } else { label.to_owned() };
                flatten(&label, item, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn flatten_object(label: &str, map: &Map<String, Value>, depth: usize, out: &mut Vec<(String, String)>) {
    let entries = map.iter().filter(|(key, _)| key.as_str() != "@odata.type");
    flatten_entries(entries, label, depth + 1, out);
}

/// A value shown as it is: text that is not blank, a number, true or false. `None` for the rest.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(if *flag { "Yes" } else { "No" }.to_owned()),
        _ => None,
    }
}

/// Words Graph's names abbreviate, as people write them.
const WORDS: &[(&str, &str)] = &[
    ("Id", "ID"),
    ("Sha1", "SHA-1"),
    ("Sha256", "SHA-256"),
    ("Md5", "MD5"),
    ("Mde", "MDE"),
    ("Os", "OS"),
    ("Sid", "SID"),
    ("Upn", "UPN"),
    ("Rbac", "RBAC"),
    ("Vm", "VM"),
    ("Aad", "AAD"),
    ("Ipv4", "IPv4"),
    ("Ipv6", "IPv6"),
];

/// `fileDetails` → "File details", `sha256` → "SHA-256", `mdeDeviceId` → "MDE device ID".
fn label(key: &str) -> String {
    let words: Vec<String> = humanize(key)
        .split(' ')
        .enumerate()
        .map(|(i, word)| match WORDS.iter().find(|(from, _)| *from == word) {
            Some((_, to)) => (*to).to_owned(),
            // Sentence case: only the first word keeps its capital (acronyms keep theirs).
            None if i > 0 && word.chars().skip(1).all(|c| !c.is_ascii_uppercase()) => word.to_ascii_lowercase(),
            None => word.to_owned(),
        })
        .collect();
    words.join(" ")
}
