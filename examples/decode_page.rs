//! Decoding speed of one page of 50 incidents shaped like the browser bench's (`e2e/bench.mjs`: one
//! alert each with three pieces of evidence), natively. Prints numbers; not a test.
//!
//! `cargo run --release --example decode_page`; also times building that page's search index.

use std::time::Instant;

use incident_viewer::graph::model::Incident;
use incident_viewer::graph::page::decode_page;
use incident_viewer::search::Indexed;
use serde_json::{Value, json};

fn incident(i: u32) -> Value {
    let names = ["Suspicious PowerShell", "Phishing campaign", "Impossible travel", "Ransomware"];
    let id = (1_000_000 - i).to_string();
    let status = ["active", "inProgress", "resolved"][i as usize % 3];
    let severity = ["high", "medium", "low", "informational"][i as usize % 4];
    json!({
        "id": id, "displayName": format!("{} on host-{}", names[i as usize % 4], i % 997),
        "status": status, "severity": severity,
        "classification": "unknown", "determination": "unknown",
        "assignedTo": if i.is_multiple_of(3) { Value::Null } else { json!(format!("analyst{}@contoso.com", i % 17)) },
        "createdDateTime": format!("2026-11-01T{:02}:{:02}:00.000Z", i / 60 % 24, i % 60),
        "lastUpdateDateTime": format!("2026-11-02T{:02}:{:02}:00.000Z", i / 60 % 24, i % 60),
        "incidentWebUrl": format!("https://security.microsoft.com/incidents/{id}"),
        "customTags": if i.is_multiple_of(5) { json!(["VIP"]) } else { json!([]) }, "systemTags": [],
        "priorityScore": i % 100, "comments": [],
        "alerts": [{
            "id": format!("da{i}"), "title": format!("Alert {i} on host-{}", i % 997), "severity": "medium",
            "status": "new", "serviceSource": "microsoftDefenderForEndpoint", "detectionSource": "antivirus",
            "categories": ["Execution"], "mitreTechniques": [format!("T1{:03}", i % 1000)],
            "evidence": [
                { "@odata.type": "#microsoft.graph.security.deviceEvidence",
                  "deviceDnsName": format!("host-{}.contoso.local", i % 997), "verdict": "suspicious",
                  "remediationStatus": "none", "roles": [] },
                { "@odata.type": "#microsoft.graph.security.userEvidence",
                  "userAccount": { "userPrincipalName": format!("user{}@contoso.com", i % 311) },
                  "verdict": "unknown", "remediationStatus": "none", "roles": [] },
                { "@odata.type": "#microsoft.graph.security.ipEvidence",
                  "ipAddress": format!("10.{}.{}.{}", i % 250, (i >> 3) % 250, i % 7), "verdict": "unknown",
                  "remediationStatus": "none", "roles": [] },
            ],
        }],
    })
}

/// Median and 10th percentile of `runs` timings of `work`, in ms.
fn time(runs: usize, mut work: impl FnMut()) -> (f64, f64) {
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    (ms[runs / 2], ms[runs / 10])
}

fn main() {
    let value: Vec<Value> = (0..50).map(incident).collect();
    let clean = json!({ "@odata.count": 10_000, "value": value }).to_string();
    // One item that is not an object sends the page down the item-by-item path.
    let odd = clean.replacen("\"value\":[", "\"value\":[7,", 1);
    for (what, body) in [("clean page (one pass)", &clean), ("page with one odd item (item by item)", &odd)] {
        let (median, p10) = time(300, || {
            let page = decode_page::<Incident>(body).expect("a page");
            assert_eq!(page.items.len(), 50);
        });
        println!("{what}: {} KB, median {median:.3} ms, p10 {p10:.3} ms", body.len() / 1024);
    }
    // Built when the browser is idle after the page arrives (evidence names are read from its text then).
    let page = decode_page::<Incident>(&clean).expect("a page");
    let (median, p10) = time(300, || {
        let index: Vec<Indexed> = page.items.iter().map(Indexed::new).collect();
        assert_eq!(index.len(), 50);
    });
    println!("search index of the clean page: median {median:.3} ms, p10 {p10:.3} ms");
}
