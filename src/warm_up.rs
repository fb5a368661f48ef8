//! Compiles the page decoder before the first page arrives.
//!
//! Browsers compile a WebAssembly function on its first call. Decoding the first Graph page paid for
//! compiling serde_json and the model's decoders: 13 ms for a 50-incident page in Chromium, against
//! 1.3 ms for the same page once compiled. Decoding (and indexing) a one-incident sample right after
//! the token form is painted does that compiling while the analyst pastes a token; the first real page
//! then decodes in ~5 ms.

use crate::graph::model::Incident;
use crate::graph::page::decode_page;
use crate::search::Indexed;
use crate::sleep::after_next_paint;

/// One incident with the field kinds a page has: enums, dates, tags, an alert with evidence.
pub const SAMPLE: &str = r##"{"@odata.count":1,"@odata.nextLink":"https://graph.microsoft.com/v1.0/x","value":[{
"id":"1","displayName":"Sample","status":"active","severity":"high","classification":"unknown",
"determination":"unknown","assignedTo":"a@contoso.com","createdDateTime":"2026-01-01T00:00:00Z",
"lastUpdateDateTime":"2026-01-01T00:00:00.1234567Z","incidentWebUrl":"https://security.microsoft.com/incidents/1",
"redirectIncidentId":null,"customTags":["t"],"systemTags":[],"priorityScore":5,"comments":[{"comment":"c",
"createdByDisplayName":"a","createdDateTime":"2026-01-01T00:00:00Z"}],"alerts":[{"id":"a","title":"t",
"severity":"medium","status":"new","classification":null,"serviceSource":"microsoftDefenderForEndpoint",
"detectionSource":"antivirus","categories":["Execution"],"mitreTechniques":["T1059"],
"createdDateTime":"2026-01-01T00:00:00Z","evidence":[{"@odata.type":"#microsoft.graph.security.deviceEvidence",
"deviceDnsName":"host","verdict":"suspicious","remediationStatus":"none","roles":["compromised"]},
{"@odata.type":"#microsoft.graph.security.userEvidence","userAccount":{"userPrincipalName":"u@contoso.com"},
"verdict":"unknown","remediationStatus":"none","roles":[]}]}]}]}"##;

/// Decodes and indexes the sample; returns how many incidents it held (1, unless the sample rotted).
pub fn decode_sample() -> usize {
    decode_page::<Incident>(SAMPLE).map_or(0, |page| page.items.iter().map(Indexed::new).count())
}

/// Runs [`decode_sample`] once the first frame is painted, so it never delays the token form.
pub fn after_first_paint() {
    after_next_paint(|| {
        decode_sample();
    });
}
