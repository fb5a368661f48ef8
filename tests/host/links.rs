use incident_viewer::links::{mitre_link, safe_portal_link};

#[test]
fn portal_links_on_microsoft_security_hosts_are_allowed() {
    for url in [
        "https://security.microsoft.com/incidents/2972395?tid=abc",
        "https://security.microsoft.us/incidents/1",
        "https://security.apps.mil/incidents/1",
        "https://SECURITY.microsoft.com/alerts/da1",
    ] {
        assert_eq!(safe_portal_link(url), Some(url), "{url}");
    }
}

#[test]
fn anything_else_is_refused() {
    for url in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://security.microsoft.com/incidents/1",
        "https://security.microsoft.com.evil.example/incidents/1",
        "https://evil.example/security.microsoft.com",
        "https://security.microsoft.com@evil.example/",
        "https://security.microsoft.com:444/x",
        "https://secur1ty.microsoft.com/x",
        "https://security.microsoft.com/x\\@evil",
        " https://security.microsoft.com/x",
        "https://security.microsoft.com/x\njavascript:",
        "",
    ] {
        assert_eq!(safe_portal_link(url), None, "{url:?}");
    }
}

#[test]
fn mitre_ids_link_to_attack_pages() {
    assert_eq!(mitre_link("T1059").as_deref(), Some("https://attack.mitre.org/techniques/T1059/"));
    assert_eq!(mitre_link("T1059.001").as_deref(), Some("https://attack.mitre.org/techniques/T1059/001/"));
    for bad in ["T105", "t1059", "T1059.1", "T1059/../../x", "javascript:T1059", "T10590"] {
        assert_eq!(mitre_link(bad), None, "{bad}");
    }
}
