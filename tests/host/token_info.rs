use chrono::{DateTime, Duration, Utc};
use incident_viewer::graph::cloud::{ApiVersion, Cloud};
use incident_viewer::token_info::{TokenWarning, countdown, inspect, unsigned_token, warnings};
use serde_json::json;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").unwrap().with_timezone(&Utc)
}

fn delegated(exp_in: Duration) -> String {
    unsigned_token(&json!({
        "aud": "https://graph.microsoft.com", "tid": "4b2462a4-bbee-495a-a0e1-f23ae524cc9c",
        "upn": "analyst@contoso.com", "app_displayname": "Graph Explorer",
        "scp": "openid profile SecurityIncident.Read.All User.Read",
        "iat": (now() - Duration::minutes(5)).timestamp(), "exp": (now() + exp_in).timestamp(),
    }))
}

#[test]
fn a_delegated_graph_token_is_read() {
    let info = inspect(&delegated(Duration::minutes(55))).unwrap();
    assert_eq!(info.tenant_id.as_deref(), Some("4b2462a4-bbee-495a-a0e1-f23ae524cc9c"));
    assert_eq!(info.user.as_deref(), Some("analyst@contoso.com"));
    assert_eq!(info.app.as_deref(), Some("Graph Explorer"));
    assert_eq!(info.scopes, vec!["openid", "profile", "SecurityIncident.Read.All", "User.Read"]);
    assert!(info.has_incident_permission());
    assert_eq!(info.expires_at, Some(now() + Duration::minutes(55)));
    assert!(warnings(&delegated(Duration::minutes(55)), Cloud::Global, now()).is_empty());
}

#[test]
fn bearer_prefix_and_padding_are_tolerated() {
    let token = format!("Bearer {}", delegated(Duration::minutes(5)));
    assert!(inspect(&token).is_some());
    let mut parts: Vec<String> = delegated(Duration::minutes(5)).split('.').map(str::to_owned).collect();
    while !parts[1].len().is_multiple_of(4) {
        parts[1].push('=');
    }
    assert!(inspect(&parts.join(".")).is_some());
}

#[test]
fn an_app_only_token_uses_roles() {
    let token = unsigned_token(&json!({"aud": "00000003-0000-0000-c000-000000000000", "tid": "t", "appid": "app-guid",
        "roles": ["SecurityIncident.ReadWrite.All"], "exp": (now() + Duration::hours(1)).timestamp()}));
    let info = inspect(&token).unwrap();
    assert_eq!(info.user, None);
    assert_eq!(info.app.as_deref(), Some("app-guid"));
    assert_eq!(info.roles, vec!["SecurityIncident.ReadWrite.All"]);
    assert!(warnings(&token, Cloud::Global, now()).is_empty());
}

#[test]
fn each_problem_is_warned_about() {
    assert_eq!(warnings("not a token", Cloud::Global, now()), vec![TokenWarning::NotAJwt]);
    assert_eq!(warnings("a.b.c", Cloud::Global, now()), vec![TokenWarning::NotAJwt]);
    assert_eq!(warnings(&delegated(Duration::minutes(-1)), Cloud::Global, now()), vec![TokenWarning::Expired]);
    assert_eq!(
        warnings(&delegated(Duration::minutes(30)), Cloud::UsGovHigh, now()),
        vec![TokenWarning::WrongAudience { audience: "https://graph.microsoft.com".into() }]
    );
    let no_permission = unsigned_token(&json!({"aud": "https://graph.microsoft.us/", "scp": "User.Read",
        "exp": (now() + Duration::hours(1)).timestamp()}));
    assert_eq!(warnings(&no_permission, Cloud::UsGovHigh, now()), vec![TokenWarning::MissingPermission]);
    let azure = unsigned_token(&json!({"aud": "https://management.azure.com", "scp": "user_impersonation"}));
    let found = warnings(&azure, Cloud::Global, now());
    assert!(found.contains(&TokenWarning::MissingPermission));
    assert!(found.iter().any(|w| matches!(w, TokenWarning::WrongAudience { .. })));
    assert!(found[0].message(Cloud::Global).contains("https://management.azure.com"));
}

#[test]
fn odd_claim_types_do_not_break_the_inspector() {
    let odd =
        unsigned_token(&json!({"aud": ["https://graph.microsoft.com"], "exp": "1790000000", "scp": 42, "tid": null}));
    let info = inspect(&odd).unwrap();
    assert_eq!(info.audience.as_deref(), Some("https://graph.microsoft.com"));
    assert!(info.expires_at.is_some());
    assert!(info.scopes.is_empty());
    assert_eq!(inspect("x.bm90IGpzb24.y"), None, "payload that is not JSON");
    assert_eq!(inspect("x.!!!.y"), None, "payload that is not base64url");
}

#[test]
fn countdown_reads_as_a_clock() {
    assert_eq!(countdown(now() + Duration::seconds(3599), now()), "59:59");
    assert_eq!(countdown(now() + Duration::seconds(3723), now()), "1:02:03");
    assert_eq!(countdown(now() - Duration::seconds(1), now()), "expired");
}

/// "Assigned to me" filters by the user the token is for; an app's token is for no one.
#[test]
fn the_signed_in_user_is_the_tokens_and_the_demos_has_incidents() {
    use incident_viewer::graph::client::{GraphClient, Token};
    use incident_viewer::graph::demo::{ANALYST, DemoTenant};
    let live = |raw: &str| GraphClient::live(Token::new(raw).unwrap(), Cloud::Global, ApiVersion::V1);
    assert_eq!(live(&delegated(Duration::minutes(30))).signed_in_user().as_deref(), Some("analyst@contoso.com"));
    let app = unsigned_token(&json!({"aud": "https://graph.microsoft.com", "tid": "t", "roles": ["x"]}));
    assert_eq!(live(&app).signed_in_user(), None);
    assert_eq!(GraphClient::demo(ApiVersion::V1).signed_in_user().as_deref(), Some(ANALYST));
    let demo = DemoTenant::new(now());
    assert!(demo.incidents().iter().filter(|i| i["assignedTo"] == ANALYST).count() >= 20);
}
