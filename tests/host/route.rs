use chrono::{TimeZone, Utc};
use incident_viewer::graph::enums::Severity;
use incident_viewer::graph::query::{IncidentFilters, TimeRange};
use incident_viewer::route::{Route, href};
use incident_viewer::sort::SortOrder;

#[test]
fn filters_sort_and_open_incident_round_trip() {
    let route = Route {
        filters: IncidentFilters {
            severities: vec![Severity::High],
            created_within: Some(TimeRange::Week),
            ..Default::default()
        },
        sort: SortOrder::Priority,
        incident: Some("12&x=1 #?".into()),
        incident_tenant: Some("9c0b6a55-2f31".into()),
    };
    let query = route.to_query();
    assert_eq!(query, "severity=high&range=7d&sort=priority&incident=12%26x%3D1%20%23%3F&incidentTenant=9c0b6a55-2f31");
    assert_eq!(Route::from_query(&query), route);
    assert_eq!(Route::from_query(&format!("?{query}")), route);
}

#[test]
fn the_list_link_drops_only_the_incident() {
    let route = Route::from_query("status=active&sort=created&incident=7");
    assert_eq!(href(&route.list()), "?status=active&sort=created");
    assert_eq!(Route::from_query("incidentTenant=x").incident_tenant, None, "a tenant alone opens nothing");
    assert_eq!(href(&Route::default()), "?");
    assert_eq!(route.list().with_incident("9", None).incident.as_deref(), Some("9"));
}

#[test]
fn junk_in_the_url_is_ignored() {
    let route = Route::from_query("sort=sideways&incident=&range=forever&token=abc");
    assert_eq!(route, Route::default());
    assert!(!Route::from_query("token=abc&access_token=x").to_query().contains("abc"));
}

#[test]
fn a_preset_counts_back_from_now_and_wins_over_custom_dates() {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 20, 45, 31).unwrap();
    let filters = IncidentFilters { created_within: Some(TimeRange::Day), ..Default::default() };
    assert_eq!(filters.expression_at(now).unwrap(), "createdDateTime ge 2026-11-26T20:45:00Z");
    let six = IncidentFilters { created_within: Some(TimeRange::SixMonths), ..Default::default() };
    assert_eq!(six.expression_at(now).unwrap(), "createdDateTime ge 2026-05-27T20:45:00Z");
    let route = Route::from_query("range=3d&createdFrom=2026-01-01&createdTo=2026-02-01");
    assert_eq!(route.filters.created_within, Some(TimeRange::ThreeDays));
    assert_eq!(route.filters.created_from, None, "the preset replaces custom created dates");
    assert_eq!(route.filters.expression_at(now).unwrap(), "createdDateTime ge 2026-11-24T20:45:00Z");
    for range in TimeRange::ALL {
        assert_eq!(TimeRange::from_key(range.key()), Some(range));
        assert!(range.start(now) < now);
    }
}
