//! The Content-Security-Policy is written in three places (page meta tag, nginx, Azure SWA); they must agree.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn meta_policy() -> String {
    let html = read("index.html");
    let start = html.find("http-equiv=\"Content-Security-Policy\" content=\"").unwrap() + 46;
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[test]
fn the_page_policy_is_strict() {
    let policy = meta_policy();
    for directive in
        ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval';", "object-src 'none'", "base-uri 'none'"]
    {
        assert!(policy.contains(directive), "{directive} missing from {policy}");
    }
    assert!(!policy.contains("unsafe-inline"));
    let connect = policy.split(';').find(|d| d.trim().starts_with("connect-src")).unwrap();
    assert_eq!(
        connect.trim(),
        "connect-src 'self' https://graph.microsoft.com https://graph.microsoft.us https://dod-graph.microsoft.us"
    );
}

#[test]
fn hosting_configs_send_the_same_policy_plus_frame_ancestors() {
    let expected = format!("{}; frame-ancestors 'none'", meta_policy());
    let nginx = read("deploy/nginx/security-headers.conf");
    assert!(nginx.contains(&format!("add_header Content-Security-Policy \"{expected}\" always;")), "nginx differs");
    let swa: serde_json::Value = serde_json::from_str(&read("deploy/azure/staticwebapp.config.json")).unwrap();
    assert_eq!(swa["globalHeaders"]["Content-Security-Policy"], expected.as_str());
    for header in ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"] {
        assert!(swa["globalHeaders"][header].is_string(), "{header}");
        assert!(nginx.contains(&format!("add_header {header}")), "{header}");
    }
}
