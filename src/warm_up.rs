//! Compiles the code a first Graph page runs before that page arrives.
//!
//! Browsers compile a WebAssembly function on its first call. The first Graph page paid for
//! compiling serde_json and the model's decoders (13 ms for a 50-incident page in Chromium, against
//! 1.3 ms once compiled) and then for the ~270 functions that draw a card and the summary charts.
//! While the analyst pastes a token, a one-incident sample is decoded, then indexed and drawn into an
//! element off the page, so the first real page finds that code compiled. That element is then laid
//! out once, hidden, and taken away in the same task: Chromium creates a font for each size and weight
//! the first time one is laid out (on the bench VM 1–4 ms each, partly a synchronous call to the
//! browser process), and the first page's card titles and charts use four the token form does not.

use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

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

/// Decodes the sample, draws it, then lays it out, each in an idle moment of its own after the token
/// form is painted, so none delays the form or the analyst's typing.
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
        sleep::when_idle(WITHIN, move || {
            if let Some(drawn) = draw_detached(&owner, page) {
                // Its own idle moment: drawing takes tens of ms already, laying out 10–20 more.
                sleep::when_idle(WITHIN, move || lay_out_once(&drawn));
            }
        });
    }
}

/// Attaches `drawn` hidden (no paint, no pointer, not in the accessibility tree), has the browser lay
/// it out, and detaches it again, all in one task: no frame ever shows it. Its fonts stay created.
pub fn lay_out_once(drawn: &web_sys::Element) {
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
    drawn.set_class_name("layout-warm-up");
    let _ = drawn.set_attribute("aria-hidden", "true");
    let _ = drawn.set_attribute("inert", "");
    if body.append_child(drawn).is_ok() {
        // Reading a size is what makes the browser lay the element out now (and create its fonts).
        let _ = drawn.unchecked_ref::<web_sys::HtmlElement>().offset_height();
        drawn.remove();
    }
}
