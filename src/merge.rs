//! Several tenants in one list: a "page" is one page from each tenant, merged newest first, and
//! the way on is a cursor holding each tenant's own nextLink. Pure; host-tested.

use std::cmp::Reverse;

use crate::graph::model::Incident;
use crate::graph::page::Page;

/// Marks a cursor over several tenants (a plain nextLink is an `https:` URL, so never starts so).
const PREFIX: &str = "tenants:";

/// One tenant's request within a merged page: its tenant id and URL.
pub type TenantLink = (String, String);

/// The cursor for several tenants' requests; `None` when there is none left.
pub fn encode(links: &[TenantLink]) -> Option<String> {
    (!links.is_empty()).then(|| format!("{PREFIX}{}", serde_json::to_string(links).unwrap_or_default()))
}

/// The tenants' requests in a cursor made by [`encode`]; `None` for a plain URL (one tenant).
pub fn decode(cursor: &str) -> Option<Vec<TenantLink>> {
    serde_json::from_str(cursor.strip_prefix(PREFIX)?).ok()
}

/// One page from each tenant, merged: newest first, each incident stamped with the tenant it came
/// from, counts added up (unknown if any tenant's is), and a cursor to every tenant's next page.
pub fn merge(pages: Vec<(String, Page<Incident>)>) -> Page<Incident> {
    let mut items = Vec::new();
    let mut skipped = 0;
    let mut count = Some(0u64);
    let mut next = Vec::new();
    for (tenant, page) in pages {
        skipped += page.skipped;
        count = count.zip(page.count).map(|(a, b)| a + b);
        if let Some(link) = page.next_link {
            next.push((tenant.clone(), link));
        }
        items.extend(page.items.into_iter().map(|mut incident| {
            incident.source_tenant = Some(tenant.clone());
            incident
        }));
    }
    items.sort_by_key(|i| Reverse(i.created_date_time));
    Page { items, skipped, count, next_link: encode(&next) }
}
