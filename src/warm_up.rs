//! Compiles the code a first Graph page runs before that page arrives.
//!
//! Browsers compile a WebAssembly function on its first call. The first Graph page paid for
//! compiling serde_json and the model's decoders (13 ms for a 50-incident page in Chromium, against
//! 1.3 ms once compiled) and then for the ~270 functions that draw a card and the summary charts.
//! While the analyst pastes a token, a one-incident sample is decoded, then indexed and drawn into an
//! element that is never attached to the page, so the first real page finds that code compiled.

use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use crate::components::incident_card::IncidentCard;
use crate::components::summary_charts::SummaryCharts;
use crate::graph::client::GraphClient;
use crate::graph::cloud::ApiVersion;
use crate::graph::model::Incident;
use crate::graph::page::{Page, decode_page};
use crate::listing::Listing;
use crate::sleep;

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

/// Decodes the sample (`None` only if the sample rotted). Indexing it for search comes with drawing it
/// ([`Listing::push`] indexes what it is given).
pub fn decode_sample() -> Option<Page<Incident>> {
    decode_page::<Incident>(SAMPLE).ok()
}

/// Draws the summary charts and a card for `page` into an element that is not in the document, and
/// lets go of their reactive parts; returns that element (for tests). `owner` must see the app's
/// contexts (the card reads the view state, the clock and the list marks).
pub fn draw_detached(owner: &Owner, page: Page<Incident>) -> Option<web_sys::Element> {
    let incident = page.items.first().cloned()?;
    let parent = web_sys::window()?.document()?.create_element("div").ok()?;
    let scratch = owner.child();
    scratch.with(|| {
        let mut listing = Listing::default();
        listing.push(String::new(), page);
        // The sample's alerts are in it (`$expand`ed), so the card never asks the demo tenant for them.
        let client = GraphClient::demo(ApiVersion::V1);
        let mut drawn = view! {
            <SummaryCharts listing=RwSignal::new(listing) on_change=|_| {} />
            <IncidentCard incident client tenant=None />
        }
        .build();
        drawn.mount(&parent, None);
    });
    scratch.cleanup();
    Some(parent)
}

/// How long each step waits at most for an idle moment: done before a first Connect is likely.
pub const WITHIN: Duration = Duration::from_millis(300);

/// Decodes the sample, then draws it, each in an idle moment of its own after the token form is
/// painted, so neither delays the form or the analyst's typing.
pub fn start(owner: Owner) {
    // Idle moments come before the first frame too: waiting for it keeps the form first.
    sleep::after_next_paint(WITHIN, move || decode_then_draw(owner));
}

/// [`start`] for a caller already past the token form's first paint (the split build's second part,
/// which is only fetched after it): no frame to wait for, only idle moments.
pub fn start_when_idle(owner: Owner) {
    sleep::when_idle(WITHIN, move || decode_then_draw(owner));
}

fn decode_then_draw(owner: Owner) {
    if let Some(page) = decode_sample() {
        sleep::when_idle(WITHIN, move || drop(draw_detached(&owner, page)));
    }
}
