//! Everything the page URL holds: the server filters, the client-side sort, and which incident is
//! open in the detail view. Never the token. Pure; host-tested.

use crate::filters;
use crate::graph::query::{IncidentFilters, decode, encode};
use crate::sort::SortOrder;

const SORT: &str = "sort";
const INCIDENT: &str = "incident";
const INCIDENT_TENANT: &str = "incidentTenant";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    pub filters: IncidentFilters,
    pub sort: SortOrder,
    /// The incident shown on its own page, or `None` for the list.
    pub incident: Option<String>,
    /// With several tenants connected: the tenant that incident belongs to.
    pub incident_tenant: Option<String>,
}

impl Route {
    /// The query string (without `?`) for this state.
    pub fn to_query(&self) -> String {
        let mut query = filters::to_query(&self.filters);
        let mut add = |key: &str, value: &str| {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&format!("{key}={}", encode(value)));
        };
        if self.sort != SortOrder::AsReceived {
            add(SORT, self.sort.key());
        }
        if let Some(id) = &self.incident {
            add(INCIDENT, id);
            if let Some(tenant) = &self.incident_tenant {
                add(INCIDENT_TENANT, tenant);
            }
        }
        query
    }

    /// Reads the state from a query string; unknown keys and values are ignored.
    pub fn from_query(query: &str) -> Route {
        let mut route = Route { filters: filters::from_query(query), ..Route::default() };
        for pair in query.trim_start_matches('?').split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                SORT => route.sort = SortOrder::from_key(&decode(raw)),
                INCIDENT => route.incident = Some(decode(raw)).filter(|id| !id.trim().is_empty()),
                INCIDENT_TENANT => route.incident_tenant = Some(decode(raw)).filter(|t| !t.trim().is_empty()),
                _ => {}
            }
        }
        if route.incident.is_none() {
            route.incident_tenant = None;
        }
        route
    }

    /// The link to one incident's page from this view (filters and sort kept for the way back).
    pub fn with_incident(&self, id: &str, tenant: Option<&str>) -> Route {
        Route { incident: Some(id.to_owned()), incident_tenant: tenant.map(str::to_owned), ..self.clone() }
    }

    /// The list this view came from.
    pub fn list(&self) -> Route {
        Route { incident: None, incident_tenant: None, ..self.clone() }
    }
}

/// `?query`, or `?` alone (a same-page link that clears the query) — usable as an `href`.
pub fn href(route: &Route) -> String {
    format!("?{}", route.to_query())
}
