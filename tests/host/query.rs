use chrono::NaiveDate;
use incident_viewer::graph::enums::{Classification, Determination, IncidentStatus, Severity};
use incident_viewer::graph::query::{
    IncidentFilters, PageSize, alerts_url, decode, encode, incidents_url, string_literal,
};

const ROOT: &str = "https://graph.microsoft.com/v1.0";

fn day(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

#[test]
fn no_filters_requests_count_top_and_expand_only() {
    let url = incidents_url(ROOT, &IncidentFilters::default(), true);
    assert_eq!(url, "https://graph.microsoft.com/v1.0/security/incidents?$count=true&$top=25&$expand=alerts");
}

#[test]
fn expand_can_be_left_out() {
    let url = incidents_url(ROOT, &IncidentFilters::default(), false);
    assert!(!url.contains("$expand"), "{url}");
}

#[test]
fn one_value_is_a_plain_comparison() {
    let filters = IncidentFilters { statuses: vec![IncidentStatus::Active], ..Default::default() };
    assert_eq!(filters.expression().unwrap(), "status eq 'active'");
}

#[test]
fn several_values_of_one_property_are_ored_in_parentheses() {
    let filters = IncidentFilters { severities: vec![Severity::High, Severity::Medium], ..Default::default() };
    assert_eq!(filters.expression().unwrap(), "(severity eq 'high' or severity eq 'medium')");
}

#[test]
fn every_property_combines_with_and() {
    let filters = IncidentFilters {
        statuses: vec![IncidentStatus::Active, IncidentStatus::InProgress],
        severities: vec![Severity::High],
        classifications: vec![Classification::TruePositive],
        determinations: vec![Determination::Malware, Determination::Phishing],
        assigned_to: Some("analyst@contoso.com".into()),
        unassigned: false,
        assigned_to_me: false,
        created_from: day("2026-01-01"),
        created_to: day("2026-01-31"),
        updated_from: day("2026-02-01"),
        updated_to: day("2026-02-28"),
        created_within: None,
        tenants: vec!["ignored-by-the-filter".into()],
        page_size: PageSize::Fifty,
    };
    assert_eq!(
        filters.expression().unwrap(),
        "(status eq 'active' or status eq 'inProgress') and severity eq 'high' and \
         classification eq 'truePositive' and (determination eq 'malware' or determination eq 'phishing') and \
         assignedTo eq 'analyst@contoso.com' and createdDateTime ge 2026-01-01T00:00:00Z and \
         createdDateTime lt 2026-02-01T00:00:00Z and lastUpdateDateTime ge 2026-02-01T00:00:00Z and \
         lastUpdateDateTime lt 2026-03-01T00:00:00Z"
    );
}

#[test]
fn quotes_in_names_are_doubled() {
    assert_eq!(string_literal("O'Brien"), "'O''Brien'");
    assert_eq!(string_literal("''"), "''''''");
    let filters = IncidentFilters { assigned_to: Some("sean.o'brien@contoso.com".into()), ..Default::default() };
    assert_eq!(filters.expression().unwrap(), "assignedTo eq 'sean.o''brien@contoso.com'");
}

#[test]
fn unassigned_is_eq_null_and_combines_with_a_name() {
    let only = IncidentFilters { unassigned: true, ..Default::default() };
    assert_eq!(only.expression().unwrap(), "assignedTo eq null");
    let both = IncidentFilters { unassigned: true, assigned_to: Some("a@b.c".into()), ..Default::default() };
    assert_eq!(both.expression().unwrap(), "(assignedTo eq 'a@b.c' or assignedTo eq null)");
}

#[test]
fn blank_owner_is_no_filter() {
    let filters = IncidentFilters { assigned_to: Some("   ".into()), ..Default::default() };
    assert_eq!(filters.expression(), None);
}

#[test]
fn dates_are_unquoted_and_to_is_inclusive() {
    let filters = IncidentFilters { created_to: day("2026-12-31"), ..Default::default() };
    assert_eq!(filters.expression().unwrap(), "createdDateTime lt 2027-01-01T00:00:00Z");
}

#[test]
fn filter_value_is_fully_percent_encoded() {
    let filters = IncidentFilters { assigned_to: Some("a&b=c#d'e +%".into()), ..Default::default() };
    let url = incidents_url(ROOT, &filters, true);
    let encoded = url.split("$filter=").nth(1).unwrap();
    assert_eq!(encoded, "assignedTo%20eq%20%27a%26b%3Dc%23d%27%27e%20%2B%25%27");
    for reserved in ['&', '=', '#', '\'', ' ', '+'] {
        assert!(!encoded.contains(reserved), "{reserved} leaked into {encoded}");
    }
}

#[test]
fn non_ascii_is_utf8_percent_encoded() {
    assert_eq!(encode("Seán"), "Se%C3%A1n");
}

#[test]
fn top_is_the_page_size_and_never_above_50() {
    for size in PageSize::ALL {
        let url = incidents_url(ROOT, &IncidentFilters { page_size: size, ..Default::default() }, true);
        let top: u32 = url.split("$top=").nth(1).unwrap().split('&').next().unwrap().parse().unwrap();
        assert_eq!(top, size.top());
        assert!(top <= 50);
    }
    assert_eq!(PageSize::from_top(100), None);
}

#[test]
fn alerts_url_encodes_the_id() {
    assert_eq!(alerts_url(ROOT, "29/72"), "https://graph.microsoft.com/v1.0/security/incidents/29%2F72/alerts");
}

#[test]
fn assigned_to_me_becomes_each_tenants_own_user_and_nobody_for_an_applications_token() {
    let mine = IncidentFilters { assigned_to_me: true, unassigned: true, ..Default::default() };
    assert!(!mine.is_empty(), "a filter, though not one Graph can read until it is resolved");
    assert_eq!(
        mine.for_user(Some("o'neil@contoso.com")).expression().as_deref(),
        Some("(assignedTo eq 'o''neil@contoso.com' or assignedTo eq null)")
    );
    assert_eq!(mine.for_user(None).expression().as_deref(), Some("assignedTo eq null"));
    assert_eq!(mine.for_user(Some("  ")).expression().as_deref(), Some("assignedTo eq null"));
    let named = IncidentFilters { assigned_to: Some("sam@contoso.com".into()), ..Default::default() };
    assert_eq!(*named.for_user(Some("alex@contoso.com")), named, "without \"me\" nothing changes");
}

#[test]
fn each_tenant_is_asked_for_its_own_users_incidents() {
    use incident_viewer::connections::Connections;
    use incident_viewer::graph::client::{GraphClient, Token};
    use incident_viewer::graph::cloud::{ApiVersion, Cloud};
    use incident_viewer::token_info::unsigned_token;
    let client = |claims: serde_json::Value| {
        GraphClient::live(Token::new(&unsigned_token(&claims)).unwrap(), Cloud::Global, ApiVersion::V1)
    };
    let contoso =
        client(serde_json::json!({"aud": "https://graph.microsoft.com", "tid": "t-a", "upn": "alex@contoso.com"}));
    let fabrikam = client(
        serde_json::json!({"aud": "https://graph.microsoft.com", "tid": "t-b", "upn": "alex_contoso.com#EXT#@fabrikam.com"}),
    );
    let app = client(
        serde_json::json!({"aud": "https://graph.microsoft.com", "tid": "t-c", "roles": ["SecurityIncident.Read.All"]}),
    );
    let mine = IncidentFilters { assigned_to_me: true, ..Default::default() };
    let links = |connections: &Connections| {
        let first = connections.first_request(&mine, false).unwrap();
        match incident_viewer::merge::decode(&first) {
            Some(links) => links.into_iter().map(|(tenant, url)| (tenant, decode(&url))).collect::<Vec<_>>(),
            None => vec![(String::new(), decode(&first))],
        }
    };
    let one = links(&Connections::new([contoso.clone()]));
    assert!(one[0].1.ends_with("$filter=assignedTo eq 'alex@contoso.com'"), "{one:?}");
    let three = links(&Connections::new([contoso, fabrikam, app]));
    assert!(three[0].1.ends_with("$filter=assignedTo eq 'alex@contoso.com'"), "{three:?}");
    assert!(three[1].1.ends_with("$filter=assignedTo eq 'alex_contoso.com#EXT#@fabrikam.com'"), "{three:?}");
    assert!(!three[2].1.contains("$filter"), "an application's token has no \"me\": {three:?}");
}
