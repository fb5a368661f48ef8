use incident_viewer::graph::model::{Alert, Incident};
use incident_viewer::markdown::{code_block, escape, incident_report};

fn hostile_incident() -> (Incident, Vec<Alert>) {
    let alert: Alert = serde_json::from_value(serde_json::json!({
        "title": "[click](javascript:alert(1)) <img src=x onerror=alert(1)>",
        "severity": "high",
        "status": "new",
        "serviceSource": "microsoftDefenderForEndpoint",
        "mitreTechniques": ["T1059.001"],
        "evidence": [{
            "@odata.type": "#microsoft.graph.security.deviceEvidence",
            "deviceDnsName": "host|one.contoso.local",
            "verdict": "malicious",
            "remediationStatus": "remediated",
            "roles": ["compromised"]
        }]
    }))
    .unwrap();
    let incident: Incident = serde_json::from_value(serde_json::json!({
        "id": "42",
        "displayName": "# Not a heading *bold*",
        "severity": "medium",
        "status": "active",
        "description": "line one\n![img](https://evil.example/x.png)",
        "comments": [{"comment": "<script>x</script>", "createdByDisplayName": "Ana", "createdDateTime": "2026-11-01T10:00:00Z"}],
        "recommendedHuntingQueries": [{"kqlText": "T | where a == \"```\""}]
    }))
    .unwrap();
    (incident, vec![alert])
}

#[test]
fn the_report_has_every_section() {
    let (incident, alerts) = hostile_incident();
    let report = incident_report(&incident, &alerts);
    assert!(report.starts_with("# Incident 42: \\# Not a heading \\*bold\\*\n"), "{report}");
    for expected in [
        "- **Severity:** Medium",
        "- **Status:** Active",
        "## Description",
        "## Comments",
        "- Ana (2026-11-01 10:00 UTC): \\<script\\>x\\</script\\>",
        "## Hunting queries",
        "## Alerts (1)",
        "- **MITRE ATT&CK:** T1059\\.001",
        "| Device | host\\|one\\.contoso\\.local | Malicious | Remediated | Compromised |",
    ] {
        assert!(report.contains(expected), "missing {expected:?} in\n{report}");
    }
}

#[test]
fn graph_text_cannot_become_links_images_or_html() {
    let (incident, alerts) = hostile_incident();
    let report = incident_report(&incident, &alerts);
    for forbidden in ["](javascript", "![img]"] {
        assert!(!report.contains(forbidden), "{forbidden:?} survived in\n{report}");
    }
    // Every `<` from Graph is escaped, so no raw HTML tag can open.
    let bytes = report.as_bytes();
    for (i, _) in report.match_indices('<') {
        assert!(i > 0 && bytes[i - 1] == b'\\', "unescaped < at {i} in\n{report}");
    }
    assert_eq!(escape("a\nb\r\u{7}c"), "a b c");
}

#[test]
fn code_fences_outgrow_backticks_inside() {
    assert_eq!(code_block("kql", "a"), "```kql\na\n```");
    assert_eq!(code_block("kql", "x ``` y"), "````kql\nx ``` y\n````");
    let (incident, alerts) = hostile_incident();
    assert!(incident_report(&incident, &alerts).contains("````kql\nT | where a == \"```\"\n````"));
}

/// Several alerts: every entity once, before the alerts, names escaped like everywhere else.
#[test]
fn a_report_of_several_alerts_lists_each_entity_once() {
    let (incident, alerts) = hostile_incident();
    assert!(!incident_report(&incident, &alerts).contains("## Entities"), "one alert: no overview");
    let twice = vec![alerts[0].clone(), alerts[0].clone()];
    let report = incident_report(&incident, &twice);
    let overview = "## Entities across alerts (1)\n\n| Kind | Entity | Alerts | Gravest verdict | Roles |\n|---|---|---|---|---|\n\
                    | Device | host\\|one\\.contoso\\.local | 2 | Malicious | Compromised |\n";
    assert!(report.contains(overview), "{report}");
    assert!(report.find("## Entities").unwrap() < report.find("## Alerts (2)").unwrap());
}
