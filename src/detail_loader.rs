//! Fetching one incident, with its alerts, for the detail page.

use crate::graph::client::GraphClient;
use crate::graph::error::{ErrorKind, GraphError};
use crate::graph::model::{Alert, Incident};
use crate::graph::query::{alerts_url, incident_url};
use crate::graph::retry::{MAX_ATTEMPTS, delay_ms, is_retryable};
use crate::sleep::sleep_ms;

/// Repeats a GET (bounded) while Graph throttles or is briefly unavailable.
async fn with_retry<T, F, Fut>(mut get: F) -> Result<T, GraphError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, GraphError>>,
{
    let mut attempt = 0;
    loop {
        match get().await {
            Err(error) if is_retryable(&error) && attempt + 1 < MAX_ATTEMPTS => {
                sleep_ms(delay_ms(attempt, error.retry_after, js_sys::Math::random())).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// The incident with `$expand=alerts`; if Graph fails that with a 500 (known on large tenants), the
/// incident and its alerts are fetched separately.
pub async fn load_incident(client: &GraphClient, id: &str) -> Result<Incident, GraphError> {
    let root = client.api_root();
    let expanded = incident_url(&root, id, true);
    match with_retry(|| client.get_one::<Incident>(&expanded)).await {
        Err(error) if error.kind == ErrorKind::Server && !is_retryable(&error) => {
            let plain = incident_url(&root, id, false);
            let mut incident = with_retry(|| client.get_one::<Incident>(&plain)).await?;
            let alerts = alerts_url(&root, id);
            incident.alerts = Some(with_retry(|| client.get_page::<Alert>(&alerts)).await?.items);
            Ok(incident)
        }
        other => other,
    }
}
