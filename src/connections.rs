//! The connected tenants: one Graph client each, the first being the one the user connected with.

use crate::graph::client::GraphClient;
use crate::graph::query::{IncidentFilters, incidents_url};
use crate::merge;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Connections(pub Vec<GraphClient>);

impl Connections {
    pub fn primary(&self) -> Option<&GraphClient> {
        self.0.first()
    }

    pub fn is_several(&self) -> bool {
        self.0.len() > 1
    }

    /// The connection for a tenant id (from the token), if it is connected.
    pub fn for_tenant(&self, tenant: &str) -> Option<&GraphClient> {
        self.0.iter().find(|c| c.tenant_id().as_deref() == Some(tenant))
    }

    /// The client for an incident: the tenant it came from, else the primary.
    pub fn for_incident(&self, source_tenant: Option<&str>) -> Option<&GraphClient> {
        source_tenant.and_then(|t| self.for_tenant(t)).or_else(|| self.primary())
    }

    /// `(tenant id, label)` of each connection, in order.
    pub fn tenants(&self) -> Vec<(String, String)> {
        self.0.iter().map(|c| (c.tenant_id().unwrap_or_default(), c.tenant_label())).collect()
    }

    /// The label of a tenant id, if connected.
    pub fn label_of(&self, tenant: &str) -> Option<String> {
        self.for_tenant(tenant).map(GraphClient::tenant_label)
    }

    /// The first request of a query: a plain Graph URL with one connection; with several, a cursor
    /// holding one URL per tenant the filters select (all of them when none or none connected).
    pub fn first_request(&self, filters: &IncidentFilters, expand_alerts: bool) -> Option<String> {
        if !self.is_several() {
            return self.primary().map(|c| incidents_url(&c.api_root(), filters, expand_alerts));
        }
        let wanted: Vec<&GraphClient> =
            self.0.iter().filter(|c| c.tenant_id().is_some_and(|t| filters.tenants.contains(&t))).collect();
        let chosen = if wanted.is_empty() { self.0.iter().collect() } else { wanted };
        let links: Vec<merge::TenantLink> = chosen
            .into_iter()
            .map(|c| (c.tenant_id().unwrap_or_default(), incidents_url(&c.api_root(), filters, expand_alerts)))
            .collect();
        merge::encode(&links)
    }
}
