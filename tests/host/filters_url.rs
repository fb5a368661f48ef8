use chrono::NaiveDate;
use incident_viewer::filters::{from_query, to_query};
use incident_viewer::graph::enums::{Determination, IncidentStatus, Severity};
use incident_viewer::graph::query::{IncidentFilters, PageSize};

#[test]
fn default_filters_make_an_empty_query() {
    assert_eq!(to_query(&IncidentFilters::default()), "");
    assert_eq!(from_query(""), IncidentFilters::default());
}

#[test]
fn filters_round_trip_through_the_url() {
    let filters = IncidentFilters {
        statuses: vec![IncidentStatus::Active, IncidentStatus::AwaitingAction],
        severities: vec![Severity::High],
        determinations: vec![Determination::MultiStagedAttack],
        assigned_to: Some("sean.o'brien@contoso.com & co".into()),
        unassigned: true,
        created_from: NaiveDate::from_ymd_opt(2026, 1, 2),
        updated_to: NaiveDate::from_ymd_opt(2026, 3, 4),
        page_size: PageSize::Fifty,
        ..Default::default()
    };
    let query = to_query(&filters);
    assert_eq!(from_query(&query), filters);
    assert_eq!(from_query(&format!("?{query}")), filters);
}

#[test]
fn the_query_never_has_a_token_key() {
    let query = to_query(&IncidentFilters { assigned_to: Some("x".into()), ..Default::default() });
    assert!(!query.to_lowercase().contains("token"));
}

#[test]
fn junk_in_the_url_is_ignored_not_fatal() {
    let filters =
        from_query("?status=active,bogus,active&severity=&top=999&createdFrom=yesterday&%zz=1&unassigned=yes");
    assert_eq!(filters.statuses, vec![IncidentStatus::Active]);
    assert!(filters.severities.is_empty());
    assert_eq!(filters.page_size, PageSize::default());
    assert_eq!(filters.created_from, None);
    assert!(!filters.unassigned);
}

#[test]
fn tenant_ids_round_trip_and_odd_ones_are_dropped() {
    let filters =
        from_query("tenant=4b2462a4-bbee-495a-a0e1-f23ae524cc9c,<script>,,9c0b6a55-2f31-4e0e-b6d4-8a7f3c1e2d90");
    assert_eq!(filters.tenants, ["4b2462a4-bbee-495a-a0e1-f23ae524cc9c", "9c0b6a55-2f31-4e0e-b6d4-8a7f3c1e2d90"]);
    assert_eq!(from_query(&to_query(&filters)), filters);
    assert_eq!(filters.expression(), None, "tenants pick connections; they are not a Graph filter");
}

#[test]
fn assigned_to_me_is_kept_as_mine_not_as_anyones_name() {
    let mine = IncidentFilters { assigned_to_me: true, ..Default::default() };
    assert_eq!(to_query(&mine), "mine=1");
    assert_eq!(from_query("mine=1"), mine);
    // "Me" and a named owner cannot both apply: "me" wins, as in the form.
    assert_eq!(from_query("assignedTo=sam%40contoso.com&mine=1"), mine);
    for odd in ["mine=0", "mine=yes", "mine=", "mine"] {
        assert!(!from_query(odd).assigned_to_me, "{odd}");
    }
}
