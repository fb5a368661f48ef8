//! Component tests for the token inspector and the crash notice (headless Chromium).
#![cfg(target_arch = "wasm32")]

use chrono::{Duration, Utc};
use incident_viewer::components::token_details::TokenDetails;
use incident_viewer::graph::cloud::Cloud;
use incident_viewer::panic_notice::{NOTICE_ID, show_notice};
use incident_viewer::token_info::unsigned_token;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn token_details_show_claims_and_warn_about_the_cloud() {
    let token = RwSignal::new(unsigned_token(&serde_json::json!({
        "aud": "https://graph.microsoft.com", "tid": "tenant-123", "upn": "analyst@contoso.com",
        "scp": "SecurityIncident.Read.All", "exp": (Utc::now() + Duration::minutes(30)).timestamp(),
    })));
    let cloud = RwSignal::new(Cloud::Global);
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), move || view! { <TokenDetails token cloud /> });
    let region = parent.query_selector("section[aria-label='Token details']").unwrap().unwrap();
    let text = region.text_content().unwrap();
    for expected in ["tenant-123", "analyst@contoso.com", "SecurityIncident.Read.All", "29:5"] {
        assert!(text.contains(expected), "{expected:?} missing from {text}");
    }
    assert_eq!(parent.query_selector_all(".token-warnings li").unwrap().length(), 0);

    cloud.set(Cloud::UsGovDod);
    leptos::task::tick().await;
    let warnings = parent.query_selector(".token-warnings").unwrap().unwrap().text_content().unwrap();
    assert!(warnings.contains("not for https://dod-graph.microsoft.us"), "{warnings}");

    token.set("garbage".into());
    leptos::task::tick().await;
    let warnings = parent.query_selector(".token-warnings").unwrap().unwrap().text_content().unwrap();
    assert!(warnings.contains("does not look like a Microsoft access token"), "{warnings}");
}

#[wasm_bindgen_test]
fn the_crash_notice_is_an_alert_with_a_reload_link() {
    show_notice();
    show_notice(); // idempotent
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(document.query_selector_all(&format!("#{NOTICE_ID}")).unwrap().length(), 1);
    let notice = document.get_element_by_id(NOTICE_ID).unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice.text_content().unwrap().contains("Something went wrong"));
    let link = notice.query_selector("a").unwrap().unwrap();
    assert_eq!(link.text_content().as_deref(), Some("Reload the page"));
    assert!(link.get_attribute("href").unwrap().starts_with("http"));
    notice.remove();
}
