use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use incident_viewer::graph::demo::{DemoTenant, INCIDENT_COUNT, odata};
use incident_viewer::graph::enums::{IncidentStatus, Severity};
use incident_viewer::graph::model::{Alert, Incident};
use incident_viewer::graph::page::decode_page;
use incident_viewer::graph::query::{IncidentFilters, PageSize, alerts_url, incidents_url};
use serde_json::Value;

const ROOT: &str = "https://graph.microsoft.com/v1.0";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").unwrap().with_timezone(&Utc)
}

fn tenant() -> DemoTenant {
    DemoTenant::new(now())
}

fn page(tenant: &DemoTenant, url: &str) -> incident_viewer::graph::page::Page<Incident> {
    let response = tenant.respond(url);
    assert_eq!(response.status, 200, "{url}: {}", response.body);
    decode_page(&response.body).unwrap()
}

#[test]
fn the_dataset_is_realistic() {
    let tenant = tenant();
    let all = tenant.incidents();
    assert!(all.len() >= 300);
    let field = |name: &str| all.iter().filter_map(|i| i[name].as_str()).collect::<HashSet<_>>();
    for status in ["active", "inProgress", "resolved", "redirected", "awaitingAction"] {
        assert!(field("status").contains(status), "{status}");
    }
    for severity in ["high", "medium", "low", "informational"] {
        assert!(field("severity").contains(severity), "{severity}");
    }
    for classification in ["truePositive", "falsePositive", "informationalExpectedActivity", "unknown"] {
        assert!(field("classification").contains(classification), "{classification}");
    }
    assert!(field("determination").len() >= 10, "{:?}", field("determination"));
    let oldest = all.iter().filter_map(|i| i["createdDateTime"].as_str()).min().unwrap();
    assert!(oldest > (now() - Duration::days(91)).to_rfc3339().as_str());
    let mut kinds = HashSet::new();
    for incident in all {
        let alerts = incident["alerts"].as_array().unwrap();
        assert!((1..=8).contains(&alerts.len()));
        for alert in alerts {
            for evidence in alert["evidence"].as_array().unwrap() {
                kinds.insert(evidence["@odata.type"].as_str().unwrap().to_owned());
            }
        }
    }
    assert!(kinds.len() >= 8, "{kinds:?}");
    assert!(all.iter().any(|i| i["status"] == "redirected" && i["redirectIncidentId"].is_string()));
    assert!(all.iter().any(|i| !i["comments"].as_array().unwrap().is_empty()));
    assert!(all.iter().any(|i| !i["customTags"].as_array().unwrap().is_empty()));
}

#[test]
fn the_dataset_is_deterministic() {
    assert_eq!(tenant().incidents(), tenant().incidents());
}

#[test]
fn first_page_honours_top_count_expand_and_is_newest_first() {
    let tenant = tenant();
    let first = page(&tenant, &incidents_url(ROOT, &IncidentFilters::default(), true));
    assert_eq!(first.items.len(), 25);
    assert_eq!(first.count, Some(INCIDENT_COUNT as u64));
    assert!(first.items.iter().all(|i| i.alerts.is_some()));
    let created: Vec<_> = first.items.iter().map(|i| i.created_date_time.unwrap()).collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]));
    let bare = page(&tenant, &incidents_url(ROOT, &IncidentFilters::default(), false));
    assert!(bare.items.iter().all(|i| i.alerts.is_none()));
}

#[test]
fn next_links_walk_every_incident_exactly_once() {
    let tenant = tenant();
    let filters = IncidentFilters { page_size: PageSize::Fifty, ..Default::default() };
    let mut url = Some(incidents_url(ROOT, &filters, false));
    let (mut ids, mut requests) = (Vec::new(), 0);
    while let Some(next) = url {
        let p = page(&tenant, &next);
        ids.extend(p.items.into_iter().map(|i| i.id.unwrap()));
        url = p.next_link;
        requests += 1;
    }
    assert_eq!(requests, INCIDENT_COUNT.div_ceil(50));
    assert_eq!(ids.len(), INCIDENT_COUNT);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), INCIDENT_COUNT);
}

#[test]
fn filters_built_by_the_app_select_what_they_say() {
    let tenant = tenant();
    let filters = IncidentFilters {
        statuses: vec![IncidentStatus::Active, IncidentStatus::InProgress],
        severities: vec![Severity::High],
        page_size: PageSize::Fifty,
        ..Default::default()
    };
    let p = page(&tenant, &incidents_url(ROOT, &filters, false));
    let expected = tenant
        .incidents()
        .iter()
        .filter(|i| (i["status"] == "active" || i["status"] == "inProgress") && i["severity"] == "high")
        .count();
    assert_eq!(p.count, Some(expected as u64));
    assert!(expected > 0);
    for incident in &p.items {
        assert_eq!(incident.severity, Some(Severity::High));
        assert!(matches!(incident.status, Some(IncidentStatus::Active | IncidentStatus::InProgress)));
    }
}

#[test]
fn owner_with_a_quote_and_unassigned_both_work() {
    let tenant = tenant();
    let owner = "sean.o'brien@contoso.com";
    let named = IncidentFilters { assigned_to: Some(owner.into()), ..Default::default() };
    let p = page(&tenant, &incidents_url(ROOT, &named, false));
    assert!(p.count.unwrap() > 0);
    assert!(p.items.iter().all(|i| i.assigned_to.as_deref() == Some(owner)));
    let nobody = IncidentFilters { unassigned: true, ..Default::default() };
    let p = page(&tenant, &incidents_url(ROOT, &nobody, false));
    assert!(p.count.unwrap() > 0);
    assert!(p.items.iter().all(|i| i.assigned_to.is_none()));
}

#[test]
fn date_ranges_are_inclusive_days() {
    let tenant = tenant();
    let day = (now() - Duration::days(10)).date_naive();
    let filters = IncidentFilters {
        created_from: Some(day),
        created_to: Some(day),
        page_size: PageSize::Fifty,
        ..Default::default()
    };
    let p = page(&tenant, &incidents_url(ROOT, &filters, false));
    let expected = tenant
        .incidents()
        .iter()
        .filter(|i| i["createdDateTime"].as_str().unwrap().starts_with(&day.format("%Y-%m-%d").to_string()))
        .count();
    assert_eq!(p.count, Some(expected as u64));
}

#[test]
fn graph_errors_are_reproduced() {
    let tenant = tenant();
    let over = tenant.respond(&format!("{ROOT}/security/incidents?$top=51"));
    assert_eq!(over.status, 400);
    assert!(over.body.contains("The limit of '50' for Top query has been exceeded"));
    let bad_property = tenant.respond(&format!("{ROOT}/security/incidents?$filter=displayName%20eq%20%27x%27"));
    assert_eq!(bad_property.status, 400);
    let garbage = tenant.respond(&format!("{ROOT}/security/incidents?$filter=status%20eq"));
    assert_eq!(garbage.status, 400);
    assert_eq!(tenant.respond("https://graph.microsoft.com/v2.0/security/incidents").status, 400);
    assert_eq!(tenant.respond(&format!("{ROOT}/security/incidents/nope/alerts")).status, 404);
}

#[test]
fn alerts_of_one_incident_and_beta_extras() {
    let tenant = tenant();
    let id = tenant.incidents()[0]["id"].as_str().unwrap().to_owned();
    let response = tenant.respond(&alerts_url(ROOT, &id));
    let alerts = decode_page::<Alert>(&response.body).unwrap();
    assert_eq!(alerts.items.len(), tenant.incidents()[0]["alerts"].as_array().unwrap().len());
    let beta = page(&tenant, &incidents_url("https://graph.microsoft.com/beta", &IncidentFilters::default(), false));
    assert!(beta.items[0].recommended_actions.is_some());
    let v1 = page(&tenant, &incidents_url(ROOT, &IncidentFilters::default(), false));
    assert!(v1.items[0].recommended_actions.is_none());
}

#[test]
fn odata_parser_handles_precedence_parentheses_and_null() {
    let expr = odata::parse("(status eq 'active' or status eq 'resolved') and assignedTo eq null").unwrap();
    let incident = |status: &str, owner: Value| serde_json::json!({"status": status, "assignedTo": owner});
    assert!(odata::matches(&expr, &incident("active", Value::Null)));
    assert!(!odata::matches(&expr, &incident("active", "x".into())));
    assert!(!odata::matches(&expr, &incident("inProgress", Value::Null)));
    let quoted = odata::parse("assignedTo eq 'O''Brien'").unwrap();
    assert!(odata::matches(&quoted, &incident("active", "O'Brien".into())));
    assert!(odata::parse("status eq 'active").is_err());
    assert!(odata::parse("status eq 'a' and").is_err());
    assert!(odata::parse("(status eq 'a'").is_err());
    assert!(odata::parse("tags eq 'x'").is_err());
}

#[test]
fn the_demo_tenant_lives_new_incidents_arrive_and_others_update() {
    let tenant = tenant();
    let start = now();
    let url = format!("{ROOT}/security/incidents?$count=true&$top=5");
    let at = |minutes: i64| -> serde_json::Value {
        serde_json::from_str(&tenant.respond_at(&url, start + chrono::Duration::minutes(minutes)).body).unwrap()
    };
    let before = at(1);
    assert_eq!(before["@odata.count"], INCIDENT_COUNT, "nothing happens in the first two minutes");
    let later = at(10);
    assert_eq!(later["@odata.count"], INCIDENT_COUNT + 3, "steps 1, 3, 5 bring new incidents");
    let newest = &later["value"][0];
    assert_eq!(newest["id"], (2400 + INCIDENT_COUNT + 5).to_string());
    assert_eq!(newest["status"], "active");
    assert_eq!(
        newest["createdDateTime"],
        (start + chrono::Duration::minutes(10)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
    assert_eq!(at(10), later, "the same moment gives the same answer");
    let updated = tenant.respond_at(
        &format!(
            "{ROOT}/security/incidents?$top=50&$filter=lastUpdateDateTime%20ge%20{}",
            (start + chrono::Duration::minutes(3)).format("%Y-%m-%dT%H:%M:%SZ")
        ),
        start + chrono::Duration::minutes(10),
    );
    let updated: serde_json::Value = serde_json::from_str(&updated.body).unwrap();
    // After minute 3: the arrivals of steps 3 and 5 and the updates of steps 2 and 4.
    assert_eq!(updated["value"].as_array().unwrap().len(), 4);
    // Step 2's update is automation's comment; step 4's, someone taking an incident from the queue.
    let at_step = |minute: i64| {
        let when = (start + chrono::Duration::minutes(minute)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        updated["value"].as_array().unwrap().iter().find(|i| i["lastUpdateDateTime"] == when.as_str()).unwrap().clone()
    };
    let last_comment = |incident: &serde_json::Value| incident["comments"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last_comment(&at_step(4))["createdByDisplayName"], "Automation");
    let taken = at_step(8);
    assert_eq!(
        (taken["status"].as_str(), taken["assignedTo"].as_str()),
        (Some("inProgress"), Some("soc-tier2@contoso.com"))
    );
    assert_eq!(last_comment(&taken)["comment"], "Taking this one.");
}
