//! Loaded incidents as CSV or JSON files. Pure; host-tested. Nothing here can see the token.

use crate::graph::model::Incident;

const COLUMNS: [&str; 14] = [
    "id",
    "displayName",
    "status",
    "severity",
    "classification",
    "determination",
    "assignedTo",
    "createdDateTime",
    "lastUpdateDateTime",
    "priorityScore",
    "tags",
    "alertCount",
    "tenantId",
    "incidentWebUrl",
];

/// Spreadsheets run cells that start with these as formulas; attacker-controlled text (alert titles,
/// tags) must not become one.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Prefixes a `'` to text a spreadsheet would treat as a formula.
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) { format!("'{cell}") } else { cell.to_owned() }
}

fn row(incident: &Incident) -> [String; 14] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let time = |t: &Option<chrono::DateTime<chrono::Utc>>| t.map(|t| t.to_rfc3339()).unwrap_or_default();
    [
        text(&incident.id),
        text(&incident.display_name),
        incident.status.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        incident.severity.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        incident.classification.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        incident.determination.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        text(&incident.assigned_to),
        time(&incident.created_date_time),
        time(&incident.last_update_date_time),
        incident.priority_score.map(|p| p.to_string()).unwrap_or_default(),
        incident.all_tags().join("; "),
        incident.alerts.as_ref().map(|a| a.len().to_string()).unwrap_or_default(),
        text(&incident.tenant_id),
        text(&incident.incident_web_url),
    ]
}

/// A cell as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote or line break.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.to_owned() }
}

fn line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let mut line = cells.map(quoted).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// One header row and one row per incident, RFC 4180 quoted, every cell formula-neutralised.
pub fn to_csv(incidents: &[Incident]) -> String {
    let mut csv = line(COLUMNS.into_iter());
    for incident in incidents {
        let cells = row(incident).map(|cell| neutralize(&cell));
        csv.push_str(&line(cells.iter().map(String::as_str)));
    }
    csv
}

/// The incidents as Graph-shaped JSON (an array), alerts and evidence included.
pub fn to_json(incidents: &[Incident]) -> String {
    serde_json::to_string_pretty(incidents).unwrap_or_else(|_| "[]".to_owned())
}
