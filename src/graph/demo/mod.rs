//! The built-in demo tenant: answers the same Graph URLs the app requests, with Graph-shaped JSON and
//! the same query semantics (`$filter`, `$top`, `$skip`, `$count`, `$expand`, `@odata.nextLink`).

mod dataset;
mod evidence_gen;
mod live;
pub mod odata;
mod rng;
mod scenarios;

use std::cell::OnceCell;

use chrono::{DateTime, Utc};
use percent_encoding::percent_decode_str;
use serde_json::{Value, json};

use super::cloud::Cloud;
use super::query::{decode, encode};

pub use dataset::{ANALYST, INCIDENT_COUNT, TENANT_ID};

/// The demo tenant answers as the global cloud, so nextLinks pass the same origin checks as live ones.
pub const DEMO_CLOUD: Cloud = Cloud::Global;

/// Graph's page size when `$top` is absent is undocumented; the demo uses the maximum.
const DEFAULT_TOP: usize = 50;

#[derive(Clone, Debug, PartialEq)]
pub struct DemoResponse {
    pub status: u16,
    pub body: String,
}

pub struct DemoTenant {
    incidents: Vec<Value>,
    /// When the tenant was generated: live activity counts from here.
    started: DateTime<Utc>,
    tenant_id: &'static str,
}

/// The demo tenants: a name and a tenant id each.
const TENANTS: [(&str, &str); 2] =
    [("Contoso (demo)", TENANT_ID), ("Fabrikam (demo)", "9c0b6a55-2f31-4e0e-b6d4-8a7f3c1e2d90")];

pub fn tenant_count() -> usize {
    TENANTS.len()
}

pub fn tenant_name(number: usize) -> &'static str {
    TENANTS.get(number).map_or("Demo", |(name, _)| name)
}

pub fn tenant_id(number: usize) -> String {
    TENANTS.get(number).map_or_else(|| format!("demo-{number}"), |(_, id)| (*id).to_owned())
}

thread_local! {
    static TENANT: OnceCell<DemoTenant> = const { OnceCell::new() };
    static SECOND: OnceCell<DemoTenant> = const { OnceCell::new() };
}

/// Answers a request against one of the session's demo tenants (generated on first use, then kept).
pub fn respond(number: usize, url: &str) -> DemoResponse {
    let store = if number == 0 { &TENANT } else { &SECOND };
    store.with(|cell| {
        cell.get_or_init(|| if number == 0 { DemoTenant::new(Utc::now()) } else { DemoTenant::second(Utc::now()) })
            .respond_at(url, Utc::now())
    })
}

fn error(status: u16, code: &str, message: &str) -> DemoResponse {
    let body = json!({"error": {"code": code, "message": message,
        "innerError": {"request-id": "00000000-0000-4000-8000-00000000dem0", "date": "demo"}}});
    DemoResponse { status, body: body.to_string() }
}

fn ok(body: Value) -> DemoResponse {
    DemoResponse { status: 200, body: body.to_string() }
}

/// Query parameters, percent-decoded.
fn parameters(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

impl DemoTenant {
    pub fn new(now: DateTime<Utc>) -> Self {
        DemoTenant { incidents: dataset::incidents(now), started: now, tenant_id: TENANTS[0].1 }
    }

    /// A second, smaller tenant (every third incident of the first, renumbered, under another
    /// tenant id), for trying several tenants at once.
    pub fn second(now: DateTime<Utc>) -> Self {
        let (first_id, second_id) = (TENANTS[0].1, TENANTS[1].1);
        let incidents = dataset::incidents(now)
            .into_iter()
            .enumerate()
            .filter(|(index, _)| index % 3 == 1)
            .filter_map(|(_, incident)| {
                let text = incident.to_string().replace(first_id, second_id);
                let mut incident: Value = serde_json::from_str(&text).ok()?;
                for key in ["id", "redirectIncidentId"] {
                    if let Some(id) = incident[key].as_str().and_then(|id| id.parse::<u64>().ok()) {
                        incident[key] = Value::String((id + 5000).to_string());
                    }
                }
                let id = incident["id"].as_str().unwrap_or_default().to_owned();
                incident["incidentWebUrl"] =
                    Value::String(format!("https://security.microsoft.com/incidents/{id}?tid={second_id}"));
                Some(incident)
            })
            .collect();
        DemoTenant { incidents, started: now, tenant_id: second_id }
    }

    /// Answers as the tenant stands at `now`: incidents that arrived and updates made since it started.
    pub fn respond_at(&self, url: &str, now: DateTime<Utc>) -> DemoResponse {
        match live::evolve(&self.incidents, self.started, now, self.tenant_id) {
            Some(incidents) => DemoTenant { incidents, ..*self }.respond(url),
            None => self.respond(url),
        }
    }

    pub fn incidents(&self) -> &[Value] {
        &self.incidents
    }

    /// Answers as the tenant stood when it was generated.
    pub fn respond(&self, url: &str) -> DemoResponse {
        let Some(rest) = url.strip_prefix(DEMO_CLOUD.graph_base()) else {
            return error(400, "BadRequest", "The demo tenant only answers Microsoft Graph URLs.");
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let Some((version, resource)) = path.trim_start_matches('/').split_once('/') else {
            return error(400, "BadRequest", "Invalid version.");
        };
        if version != "v1.0" && version != "beta" {
            return error(400, "BadRequest", "Invalid version.");
        }
        let segments: Vec<&str> = resource.split('/').collect();
        let params = parameters(query);
        match segments.as_slice() {
            ["security", "incidents"] => self.list(version, &params),
            ["security", "incidents", id] => self.one(version, id, &params),
            ["security", "incidents", id, "alerts"] => self.alerts(id),
            _ => error(400, "BadRequest", &format!("Resource not found for the segment '{resource}'.")),
        }
    }

    fn find(&self, id: &str) -> Option<&Value> {
        let id = percent_decode_str(id).decode_utf8_lossy();
        self.incidents.iter().find(|i| i["id"].as_str() == Some(id.as_ref()))
    }

    fn one(&self, version: &str, id: &str, params: &[(String, String)]) -> DemoResponse {
        let expand = params.iter().any(|(k, v)| k == "$expand" && v == "alerts");
        match self.find(id) {
            Some(incident) => ok(shape(incident, version, expand)),
            None => error(404, "NotFound", "Incident not found."),
        }
    }

    fn alerts(&self, id: &str) -> DemoResponse {
        match self.find(id) {
            Some(incident) => ok(json!({"value": incident["alerts"].clone()})),
            None => error(404, "NotFound", "Incident not found."),
        }
    }

    fn list(&self, version: &str, params: &[(String, String)]) -> DemoResponse {
        let get = |key: &str| params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let filter = match get("$filter").map(odata::parse).transpose() {
            Ok(filter) => filter,
            Err(why) => return error(400, "BadRequest", &format!("Invalid filter clause: {why}")),
        };
        let top = match get("$top").map(str::parse::<usize>).transpose() {
            Ok(Some(top)) if top > 50 => {
                return error(400, "BadRequest", "The limit of '50' for Top query has been exceeded.");
            }
            Ok(top) => top.unwrap_or(DEFAULT_TOP),
            Err(_) => return error(400, "BadRequest", "Invalid value for $top."),
        };
        let Ok(skip) = get("$skip").map(str::parse::<usize>).transpose().map(Option::unwrap_or_default) else {
            return error(400, "BadRequest", "Invalid value for $skip.");
        };
        let expand = match get("$expand") {
            None => false,
            Some("alerts") => true,
            Some(other) => {
                return error(400, "BadRequest", &format!("Could not find a property named '{other}'."));
            }
        };
        let matching: Vec<&Value> =
            self.incidents.iter().filter(|i| filter.as_ref().is_none_or(|f| odata::matches(f, i))).collect();
        let page: Vec<Value> = matching.iter().skip(skip).take(top).map(|i| shape(i, version, expand)).collect();
        let mut body = json!({
            "@odata.context": format!("{}/{version}/$metadata#security/incidents", DEMO_CLOUD.graph_base()),
            "value": page,
        });
        if get("$count") == Some("true") {
            body["@odata.count"] = json!(matching.len());
        }
        if skip + top < matching.len() {
            body["@odata.nextLink"] = json!(next_link(version, params, skip + top));
        }
        ok(body)
    }
}

/// The incident as that version and `$expand` would return it.
fn shape(incident: &Value, version: &str, expand: bool) -> Value {
    let mut shaped = incident.clone();
    if let Value::Object(fields) = &mut shaped {
        if !expand {
            fields.remove("alerts");
        }
        if version != "beta" {
            fields.remove("recommendedActions");
            fields.remove("recommendedHuntingQueries");
        }
    }
    shaped
}

/// The same request with `$skip` advanced, as Graph builds its nextLinks.
fn next_link(version: &str, params: &[(String, String)], skip: usize) -> String {
    let mut query: Vec<String> =
        params.iter().filter(|(k, _)| k != "$skip").map(|(k, v)| format!("{k}={}", encode(v))).collect();
    query.push(format!("$skip={skip}"));
    format!("{}/{version}/security/incidents?{}", DEMO_CLOUD.graph_base(), query.join("&"))
}
