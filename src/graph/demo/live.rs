//! The demo tenant keeps working while the app is open, so auto-refresh has something to show:
//! every two minutes either a new incident arrives or an existing one is updated. Deterministic
//! given the start and the current time.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use super::dataset::INCIDENT_COUNT;

/// Minutes between two pieces of activity.
pub const STEP_MINUTES: i64 = 2;
/// Activity stops after this many steps (a long shift's worth), so the tenant stays small.
const MAX_STEPS: i64 = 240;

/// Who takes incidents from the queue while the demo runs.
pub const TRIAGE: &str = "soc-tier2@contoso.com";

/// Active and nobody's yet: waiting in the queue.
fn waiting(incident: &Value) -> bool {
    incident["status"] == "active" && incident["assignedTo"].is_null()
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The incidents as they stand at `now`, or `None` while nothing has happened yet.
pub fn evolve(incidents: &[Value], started: DateTime<Utc>, now: DateTime<Utc>, tenant_id: &str) -> Option<Vec<Value>> {
    let steps = ((now - started).num_minutes() / STEP_MINUTES).min(MAX_STEPS);
    if steps < 1 || incidents.is_empty() {
        return None;
    }
    let mut current = incidents.to_vec();
    let mut arrivals = Vec::new();
    for step in 1..=steps {
        let at = iso(started + Duration::minutes(step * STEP_MINUTES));
        let index = (step as usize * 37) % current.len();
        if step % 2 == 1 {
            let id = (2400 + INCIDENT_COUNT + step as usize).to_string();
            let mut arrival = current[index].clone();
            for (key, value) in [
                ("id", json!(id)),
                ("status", json!("active")),
                ("classification", json!("unknown")),
                ("determination", json!("unknown")),
                ("assignedTo", Value::Null),
                ("redirectIncidentId", Value::Null),
                ("resolvingComment", Value::Null),
                ("createdDateTime", json!(at)),
                ("lastUpdateDateTime", json!(at)),
                ("comments", json!([])),
                ("incidentWebUrl", json!(format!("https://security.microsoft.com/incidents/{id}?tid={tenant_id}"))),
            ] {
                arrival[key] = value;
            }
            arrivals.push(arrival);
        } else {
            // Every other update, someone takes the newest incident waiting in the queue (so the first
            // page shows it); else automation adds to one anywhere.
            let taking = step % 4 == 0;
            let index =
                if taking { (0..current.len()).find(|&i| waiting(&current[i])).unwrap_or(index) } else { index };
            let updated = &mut current[index];
            updated["lastUpdateDateTime"] = json!(at);
            let (comment, by) = if taking && waiting(updated) {
                updated["assignedTo"] = json!(TRIAGE);
                updated["status"] = json!("inProgress");
                ("Taking this one.", TRIAGE)
            } else {
                ("Automated investigation found more evidence.", "Automation")
            };
            if let Some(comments) = updated["comments"].as_array_mut() {
                comments.push(json!({"comment": comment, "createdByDisplayName": by, "createdDateTime": at}));
            }
        }
    }
    arrivals.reverse(); // newest first, like the rest of the list
    arrivals.extend(current);
    Some(arrivals)
}
