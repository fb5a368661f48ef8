//! Serde types for `microsoft.graph.security` incidents and alerts (v1.0, plus beta's extras).
//!
//! Nullable fields are `Option`s, lists default to empty, and the older names Microsoft's own samples
//! use (`tags`, `aadTenantId`, `createdBy`, `createdTime`) are accepted as aliases.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::{AlertStatus, Classification, Determination, IncidentStatus, Severity};
use super::evidence::Evidence;
use super::lenient;
use super::list_items::{ListItem, read_buffered, read_object};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Incident {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub display_name: Option<String>,
    #[serde(default, alias = "aadTenantId", deserialize_with = "lenient::string")]
    pub tenant_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub status: Option<IncidentStatus>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub severity: Option<Severity>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub classification: Option<Classification>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub determination: Option<Determination>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub assigned_to: Option<String>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub created_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub last_update_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub redirect_incident_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub incident_web_url: Option<String>,
    #[serde(default, alias = "tags", deserialize_with = "lenient::list")]
    pub custom_tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub system_tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub priority_score: Option<i64>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub comments: Vec<Comment>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub summary: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub resolving_comment: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub last_modified_by: Option<String>,
    /// `None` when the response did not `$expand` alerts: they are then fetched on demand.
    #[serde(default, deserialize_with = "lenient::optional_list")]
    pub alerts: Option<Vec<Alert>>,
    /// beta only.
    #[serde(default, deserialize_with = "lenient::string")]
    pub recommended_actions: Option<String>,
    /// beta only.
    #[serde(default, deserialize_with = "lenient::list")]
    pub recommended_hunting_queries: Vec<HuntingQuery>,
    /// The connected tenant this incident was fetched from (set by the app when several tenants are
    /// connected; not part of Graph's data).
    #[serde(skip)]
    pub source_tenant: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HuntingQuery {
    #[serde(default, deserialize_with = "lenient::string")]
    pub kql_text: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    #[serde(default, deserialize_with = "lenient::string")]
    pub comment: Option<String>,
    #[serde(default, alias = "createdBy", deserialize_with = "lenient::string")]
    pub created_by_display_name: Option<String>,
    #[serde(default, alias = "createdTime", deserialize_with = "lenient::datetime")]
    pub created_date_time: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Alert {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub severity: Option<Severity>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub status: Option<AlertStatus>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub classification: Option<Classification>,
    #[serde(default, deserialize_with = "lenient::lax")]
    pub determination: Option<Determination>,
    /// Kept as the wire string: these enums grow fast and are only displayed.
    #[serde(default, deserialize_with = "lenient::string")]
    pub service_source: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub detection_source: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub product_name: Option<String>,
    /// Deprecated in favour of `categories`, still sent.
    #[serde(default, deserialize_with = "lenient::string")]
    pub category: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub categories: Vec<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub mitre_techniques: Vec<String>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub created_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub first_activity_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub last_activity_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::datetime")]
    pub resolved_date_time: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub assigned_to: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub alert_web_url: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub threat_display_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub evidence: Vec<Evidence>,
}

// Alerts are the bulk of a page: read straight from the text (no aliases, every field lenient).
impl ListItem for Alert {
    fn read<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        read_object(d)
    }
}

// Comments have aliases (two names for one field can both be present): read through a JSON tree.
impl ListItem for Comment {
    fn read<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        read_buffered(d)
    }
}

impl ListItem for HuntingQuery {
    fn read<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        read_buffered(d)
    }
}

impl Alert {
    /// `categories`, or the deprecated single `category` when that is all there is.
    pub fn all_categories(&self) -> Vec<String> {
        if self.categories.is_empty() { self.category.iter().cloned().collect() } else { self.categories.clone() }
    }
}

/// Names one incident among several tenants' (each tenant numbers its own: two can both have #7).
pub fn incident_key(id: &str, tenant: Option<&str>) -> String {
    match tenant {
        Some(tenant) => format!("{tenant}/{id}"),
        None => id.to_owned(),
    }
}

impl Incident {
    /// See [`incident_key`]; `None` without an id.
    pub fn key(&self) -> Option<String> {
        self.id.as_deref().map(|id| incident_key(id, self.source_tenant.as_deref()))
    }

    /// The display name, or "Incident 7" when Graph sent none (or only spaces).
    pub fn title(&self) -> String {
        match self.display_name.as_deref().filter(|n| !n.trim().is_empty()) {
            Some(name) => name.to_owned(),
            None => format!("Incident {}", self.id.as_deref().unwrap_or_default()),
        }
    }

    /// Custom tags first, then system tags, without repeats.
    pub fn all_tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = Vec::new();
        for tag in self.custom_tags.iter().chain(&self.system_tags) {
            if !tags.contains(&tag.as_str()) {
                tags.push(tag);
            }
        }
        tags
    }
}
