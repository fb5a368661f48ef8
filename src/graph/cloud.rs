//! Which Graph deployment and API version the session talks to.

/// National clouds that host `security/incidents` (not offered in the China cloud).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cloud {
    #[default]
    Global,
    UsGovHigh,
    UsGovDod,
}

impl Cloud {
    pub const ALL: [Cloud; 3] = [Cloud::Global, Cloud::UsGovHigh, Cloud::UsGovDod];

    /// The Graph base URL; the token is only ever sent to this origin.
    pub fn graph_base(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovHigh => "https://graph.microsoft.us",
            Cloud::UsGovDod => "https://dod-graph.microsoft.us",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Cloud::Global => "Global",
            Cloud::UsGovHigh => "US Government (GCC High)",
            Cloud::UsGovDod => "US Government (DoD)",
        }
    }

    /// A stable key for `<select>` values.
    pub fn key(self) -> &'static str {
        match self {
            Cloud::Global => "global",
            Cloud::UsGovHigh => "usgov-high",
            Cloud::UsGovDod => "usgov-dod",
        }
    }

    pub fn from_key(key: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|c| c.key() == key)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ApiVersion {
    #[default]
    V1,
    Beta,
}

impl ApiVersion {
    pub const ALL: [ApiVersion; 2] = [ApiVersion::V1, ApiVersion::Beta];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }

    pub fn parse(raw: &str) -> Option<ApiVersion> {
        ApiVersion::ALL.into_iter().find(|v| v.as_str() == raw)
    }
}

/// The versioned root every request URL starts with, e.g. `https://graph.microsoft.com/v1.0`.
pub fn api_root(cloud: Cloud, version: ApiVersion) -> String {
    format!("{}/{}", cloud.graph_base(), version.as_str())
}

/// The `host[:port]` of an `https:` URL; `None` for other schemes, an empty authority, or one with
/// user info (`@`) or a backslash, which browsers and servers may read differently.
pub fn https_authority(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    (!authority.is_empty() && !authority.contains('@') && !authority.contains('\\')).then_some(authority)
}

/// True when `url` is on exactly `base`'s origin (scheme, host and port), so the token may go there.
pub fn same_origin(url: &str, base: &str) -> bool {
    match (https_authority(url), https_authority(base)) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_per_cloud_and_version() {
        assert_eq!(api_root(Cloud::Global, ApiVersion::V1), "https://graph.microsoft.com/v1.0");
        assert_eq!(api_root(Cloud::UsGovHigh, ApiVersion::Beta), "https://graph.microsoft.us/beta");
        assert_eq!(api_root(Cloud::UsGovDod, ApiVersion::V1), "https://dod-graph.microsoft.us/v1.0");
    }

    #[test]
    fn same_origin_refuses_look_alikes() {
        let base = "https://graph.microsoft.com";
        assert!(same_origin("https://graph.microsoft.com/v1.0/security/incidents?$skip=50", base));
        assert!(same_origin("https://GRAPH.microsoft.com/beta", base));
        assert!(!same_origin("https://graph.microsoft.com.evil.example/v1.0", base));
        assert!(!same_origin("https://graph.microsoft.com@evil.example/v1.0", base));
        assert!(!same_origin("http://graph.microsoft.com/v1.0", base));
        assert!(!same_origin("https://evil.example/graph.microsoft.com", base));
        assert!(!same_origin("https://graph.microsoft.com:8443/v1.0", base));
        assert!(!same_origin("/v1.0/security/incidents", base));
        assert!(!same_origin("javascript:alert(1)", base));
    }

    #[test]
    fn cloud_keys_round_trip() {
        for cloud in Cloud::ALL {
            assert_eq!(Cloud::from_key(cloud.key()), Some(cloud));
        }
        assert_eq!(Cloud::from_key("china"), None);
    }
}
