use incident_viewer::graph::error::{ErrorKind, GraphError};

fn envelope(code: &str, message: &str) -> String {
    format!(
        r#"{{"error":{{"code":"{code}","message":"{message}","innerError":{{"date":"2026-11-27T10:00:00","request-id":"4f9a-req","client-request-id":"c1"}}}}}}"#
    )
}

#[test]
fn status_codes_map_to_kinds_with_plain_sentences() {
    let cases = [
        (401, ErrorKind::Unauthorized, "expired or invalid"),
        (403, ErrorKind::Forbidden, "SecurityIncident.Read.All"),
        (400, ErrorKind::BadRequest, "rejected the query"),
        (429, ErrorKind::Throttled, "throttling"),
        (503, ErrorKind::Server, "had a problem"),
        (500, ErrorKind::Server, "had a problem"),
        (418, ErrorKind::Http, "unexpected"),
    ];
    for (status, kind, words) in cases {
        let error = GraphError::from_response(status, &envelope("SomeCode", "Developer text."), None);
        assert_eq!(error.kind, kind, "{status}");
        assert!(error.headline().contains(words), "{status}: {}", error.headline());
    }
}

#[test]
fn details_carry_code_message_and_request_id_after_the_sentence() {
    let error = GraphError::from_response(
        401,
        &envelope("InvalidAuthenticationToken", "Lifetime validation failed, the token is expired."),
        None,
    );
    assert_eq!(error.code.as_deref(), Some("InvalidAuthenticationToken"));
    assert_eq!(error.request_id.as_deref(), Some("4f9a-req"));
    assert_eq!(
        error.details(),
        "HTTP 401 · InvalidAuthenticationToken · Lifetime validation failed, the token is expired. · request-id 4f9a-req"
    );
    let shown = error.to_string();
    assert!(shown.starts_with("Your access token is expired or invalid."), "{shown}");
}

#[test]
fn empty_code_and_non_json_bodies_are_handled() {
    let error = GraphError::from_response(403, &envelope("", "Missing application roles."), Some("hdr-id".into()));
    assert_eq!(error.code, None);
    assert_eq!(error.request_id.as_deref(), Some("4f9a-req"), "the body's request-id wins");
    let html = GraphError::from_response(502, "<html>Bad gateway</html>", Some("hdr-id".into()));
    assert_eq!(html.kind, ErrorKind::Server);
    assert_eq!(html.message, None);
    assert_eq!(html.request_id.as_deref(), Some("hdr-id"));
}

#[test]
fn only_transient_errors_offer_a_retry() {
    assert!(GraphError::new(ErrorKind::Network).is_transient());
    assert!(GraphError::new(ErrorKind::Throttled).is_transient());
    assert!(!GraphError::new(ErrorKind::Unauthorized).is_transient());
    assert!(!GraphError::new(ErrorKind::ForeignHost).is_transient());
}
