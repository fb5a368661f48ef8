//! The demo tenant's incidents each tell one story: their alerts, evidence and comments fit the
//! incident's name, in the order an attack unfolds.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use incident_viewer::graph::demo::DemoTenant;
use serde_json::Value;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").unwrap().with_timezone(&Utc)
}

fn incidents() -> Vec<Value> {
    DemoTenant::new(now()).incidents().to_vec()
}

fn alerts(incident: &Value) -> &Vec<Value> {
    incident["alerts"].as_array().unwrap()
}

fn evidence(incident: &Value) -> impl Iterator<Item = &Value> {
    alerts(incident).iter().flat_map(|alert| alert["evidence"].as_array().unwrap())
}

fn kind(item: &Value) -> &str {
    let kind = item["@odata.type"].as_str().unwrap();
    kind.trim_start_matches("#microsoft.graph.security.").trim_end_matches("Evidence")
}

fn named<'a>(all: &'a [Value], name: &str) -> Vec<&'a Value> {
    let found: Vec<&Value> = all.iter().filter(|i| i["displayName"] == name).collect();
    assert!(found.len() >= 5, "{name}: only {} incidents", found.len());
    found
}

#[test]
fn an_incidents_alerts_evidence_and_hunting_query_fit_its_name() {
    let all = incidents();
    let cases: [(&str, &[&str], &[&str], &str); 3] = [
        (
            "Impossible travel activity involving one user",
            &["Impossible travel activity", "Anonymous IP address sign-in"],
            &["user", "ip", "cloudApplication"],
            "AADSignInEventsBeta",
        ),
        (
            "Email reported by user as malware or phish involving one user",
            &[
                "Email reported by user as malware or phish",
                "Email messages containing malicious URL removed after delivery",
                "A potentially malicious URL click was detected",
            ],
            &["mailbox", "analyzedMessage", "url", "user"],
            "EmailEvents",
        ),
        (
            "Credential theft attempt via LSASS access",
            &["Possible credential dumping via LSASS memory", "Malicious credential theft tool execution detected"],
            &["device", "process", "file", "user"],
            "DeviceProcessEvents",
        ),
    ];
    for (name, titles, kinds, hunted_in) in cases {
        for incident in named(&all, name) {
            let hunting = incident["recommendedHuntingQueries"][0]["kqlText"].as_str().unwrap();
            assert!(hunting.starts_with(hunted_in), "{name}: {hunting}");
            for alert in alerts(incident) {
                assert!(titles.contains(&alert["title"].as_str().unwrap()), "{name}: {}", alert["title"]);
            }
            for item in evidence(incident) {
                assert!(kinds.contains(&kind(item)) || kind(item) == "quantumSensor", "{name}: {}", kind(item));
            }
        }
    }
}

#[test]
fn an_incident_about_one_user_or_device_names_only_that_one() {
    let all = incidents();
    let mut checked = 0;
    for incident in all.iter().filter(|i| !i["displayName"].as_str().unwrap().contains("multiple")) {
        let users: HashSet<&str> =
            evidence(incident).filter_map(|item| item["userAccount"]["userPrincipalName"].as_str()).collect();
        let hosts: HashSet<&str> = evidence(incident).filter_map(|item| item["hostName"].as_str()).collect();
        assert!(users.len() <= 1 && hosts.len() <= 1, "{}: {users:?} {hosts:?}", incident["id"]);
        checked += usize::from(!users.is_empty());
    }
    assert!(checked > 100, "{checked}");
    // Every alert names the incident's main entity: here, each alert of an endpoint incident its device.
    for incident in all.iter().filter(|i| i["displayName"].as_str().unwrap().contains("on multiple endpoints")) {
        for alert in alerts(incident) {
            assert!(alert["evidence"].as_array().unwrap().iter().any(|item| kind(item) == "device"), "{alert}");
        }
    }
    // Spread over several: some incident about multiple endpoints names more than one device.
    assert!(
        all.iter()
            .filter(|i| i["displayName"].as_str().unwrap().contains("multiple endpoints"))
            .any(|i| { evidence(i).filter_map(|item| item["hostName"].as_str()).collect::<HashSet<_>>().len() > 1 })
    );
}

#[test]
fn alerts_come_in_the_order_the_attack_unfolds_and_never_after_now() {
    let now = now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    for incident in incidents() {
        let alerts = alerts(&incident);
        let firsts: Vec<&str> = alerts.iter().map(|a| a["firstActivityDateTime"].as_str().unwrap()).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{}: {firsts:?}", incident["id"]);
        for alert in alerts {
            let [first, last, raised] = ["firstActivityDateTime", "lastActivityDateTime", "createdDateTime"]
                .map(|field| alert[field].as_str().unwrap());
            assert!(first <= last && last <= raised && raised <= now.as_str(), "{}: {alert}", incident["id"]);
        }
        if incident["status"] == "resolved" {
            assert!(alerts.iter().all(|a| a["status"] == "resolved"), "{}", incident["id"]);
        }
    }
}

#[test]
fn the_demo_timeline_is_coherent_first_alert_comments_and_resolution() {
    let now = now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let mut resolved_alerts = 0;
    for incident in incidents() {
        let alerts = alerts(&incident);
        let created = incident["createdDateTime"].as_str().unwrap();
        // The alert an incident was opened for is raised by then (unless its activity began later).
        let first = &alerts[0];
        let began = first["firstActivityDateTime"].as_str().unwrap();
        assert!(first["createdDateTime"].as_str().unwrap() <= created.max(began), "{}", incident["id"]);
        for alert in alerts {
            match alert["resolvedDateTime"].as_str() {
                Some(resolved) => {
                    resolved_alerts += 1;
                    assert_eq!(alert["status"], "resolved", "{}", incident["id"]);
                    assert!(alert["createdDateTime"].as_str().unwrap() <= resolved, "{}: {alert}", incident["id"]);
                    assert!(resolved <= now.as_str(), "{}: {alert}", incident["id"]);
                }
                None => assert_ne!(alert["status"], "resolved", "{}", incident["id"]),
            }
        }
        let comments: Vec<&str> =
            incident["comments"].as_array().unwrap().iter().map(|c| c["createdDateTime"].as_str().unwrap()).collect();
        assert!(comments.windows(2).all(|w| w[0] <= w[1]), "{}: {comments:?}", incident["id"]);
    }
    assert!(resolved_alerts > 100, "{resolved_alerts}");
}

#[test]
fn the_demo_still_shows_what_graph_may_send_that_no_build_knows() {
    let all = incidents();
    let services: BTreeSet<&str> = all.iter().flat_map(alerts).filter_map(|a| a["serviceSource"].as_str()).collect();
    assert!(services.contains("microsoftQuantumDefense"), "{services:?}");
    assert!(services.len() >= 7, "{services:?}");
    assert!(all.iter().flat_map(evidence).any(|item| kind(item) == "quantumSensor"));
    assert!(all.iter().any(|i| i["displayName"].as_str().unwrap().starts_with("<img")));
}
