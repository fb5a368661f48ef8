use incident_viewer::graph::request_text::{curl_command, shell_quote};

#[test]
fn urls_are_single_quoted_so_dollar_options_survive_the_shell() {
    assert_eq!(shell_quote("a$top=5"), "'a$top=5'");
    assert_eq!(shell_quote("it's"), r"'it'\''s'");
}

#[test]
fn curl_uses_the_token_variable_and_the_app_headers() {
    let url = "https://graph.microsoft.com/v1.0/security/incidents?$count=true&$top=25&$filter=assignedTo%20eq%20%27o%27%27b%27";
    let curl = curl_command(url);
    assert!(curl.starts_with(&format!("curl -sS '{url}'")), "{curl}");
    assert!(curl.contains(r#"-H "Authorization: Bearer $TOKEN""#));
    assert!(curl.contains("-H 'Prefer: include-unknown-enum-members'"));
    assert!(!curl.contains("eyJ"));
}
