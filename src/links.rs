//! Which URLs from Graph data may become links: `https:` on a Microsoft security portal host only.

use crate::graph::cloud::https_authority;

/// Defender portal hosts, global and national clouds.
const PORTAL_HOSTS: &[&str] = &["security.microsoft.com", "security.microsoft.us", "security.apps.mil"];

/// `Some(url)` when the URL is safe to link; anything else is shown as plain text by the caller.
pub fn safe_portal_link(url: &str) -> Option<&str> {
    let host = https_authority(url)?;
    let trusted = PORTAL_HOSTS.iter().any(|h| host.eq_ignore_ascii_case(h));
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    (trusted && clean).then_some(url)
}

/// MITRE ATT&CK technique ids (`T1059` or `T1059.001`) → their page; `None` for anything else.
pub fn mitre_link(technique: &str) -> Option<String> {
    let (base, sub) = match technique.split_once('.') {
        Some((base, sub)) => (base, Some(sub)),
        None => (technique, None),
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let base_ok = base.len() == 5 && base.starts_with('T') && digits(&base[1..], 4);
    if !base_ok || sub.is_some_and(|s| !digits(s, 3)) {
        return None;
    }
    Some(match sub {
        Some(sub) => format!("https://attack.mitre.org/techniques/{base}/{sub}/"),
        None => format!("https://attack.mitre.org/techniques/{base}/"),
    })
}
