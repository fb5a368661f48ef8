//! The connected tenants: one Graph client each, the first being the one the user connected with.

use crate::graph::client::GraphClient;
use crate::graph::cloud::{ApiVersion, Cloud};
use crate::graph::query::{IncidentFilters, incidents_url};
use crate::merge;

/// A client with its tenant id and label, read from its token once (not on every lookup).
#[derive(Clone, Debug, PartialEq)]
struct Connection {
    client: GraphClient,
    tenant_id: Option<String>,
    label: String,
    /// Whom the token is for ("me" in *Assigned to me*); an application's token has nobody.
    user: Option<String>,
}

impl Connection {
    /// The first page's URL for this tenant, "assigned to me" meaning its own user.
    fn incidents_url(&self, filters: &IncidentFilters, expand_alerts: bool) -> String {
        incidents_url(&self.client.api_root(), &filters.for_user(self.user.as_deref()), expand_alerts)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Connections(Vec<Connection>);

impl Connections {
    pub fn new(clients: impl IntoIterator<Item = GraphClient>) -> Self {
        Connections(
            clients
                .into_iter()
                .map(|client| Connection {
                    tenant_id: client.tenant_id(),
                    label: client.tenant_label(),
                    user: client.signed_in_user(),
                    client,
                })
                .collect(),
        )
    }

    pub fn primary(&self) -> Option<&GraphClient> {
        self.0.first().map(|c| &c.client)
    }

    pub fn is_several(&self) -> bool {
        self.0.len() > 1
    }

    fn find(&self, tenant: &str) -> Option<&Connection> {
        self.0.iter().find(|c| c.tenant_id.as_deref() == Some(tenant))
    }

    /// The connection for a tenant id (from the token), if it is connected.
    pub fn for_tenant(&self, tenant: &str) -> Option<&GraphClient> {
        self.find(tenant).map(|c| &c.client)
    }

    /// The client for an incident: the tenant it came from, else the primary.
    pub fn for_incident(&self, source_tenant: Option<&str>) -> Option<&GraphClient> {
        source_tenant.and_then(|t| self.for_tenant(t)).or_else(|| self.primary())
    }

    /// `(tenant id, label)` of each connection, in order.
    pub fn tenants(&self) -> Vec<(String, String)> {
        self.0.iter().map(|c| (c.tenant_id.clone().unwrap_or_default(), c.label.clone())).collect()
    }

    /// The label of a tenant id, if connected.
    pub fn label_of(&self, tenant: &str) -> Option<String> {
        self.find(tenant).map(|c| c.label.clone())
    }

    /// `(label, user)` of each connection: whom "assigned to me" means in each tenant.
    pub fn users(&self) -> Vec<(String, Option<String>)> {
        self.0.iter().map(|c| (c.label.clone(), c.user.clone())).collect()
    }

    /// The label of the first connection.
    pub fn primary_label(&self) -> Option<String> {
        self.0.first().map(|c| c.label.clone())
    }

    /// Where each connection points and for which tenant, without the tokens: equal before and after a
    /// token is renewed, so a renewal does not restart the list.
    pub fn endpoints(&self) -> Vec<((Cloud, ApiVersion, bool), Option<String>)> {
        self.0.iter().map(|c| (c.client.endpoint(), c.tenant_id.clone())).collect()
    }

    /// The first request of a query: a plain Graph URL with one connection; with several, a cursor
    /// holding one URL per tenant the filters select (all of them when none or none connected).
    pub fn first_request(&self, filters: &IncidentFilters, expand_alerts: bool) -> Option<String> {
        if !self.is_several() {
            return self.0.first().map(|c| c.incidents_url(filters, expand_alerts));
        }
        let wanted: Vec<&Connection> =
            self.0.iter().filter(|c| c.tenant_id.as_ref().is_some_and(|t| filters.tenants.contains(t))).collect();
        let chosen = if wanted.is_empty() { self.0.iter().collect() } else { wanted };
        let links: Vec<merge::TenantLink> = chosen
            .into_iter()
            .map(|c| (c.tenant_id.clone().unwrap_or_default(), c.incidents_url(filters, expand_alerts)))
            .collect();
        merge::encode(&links)
    }
}
