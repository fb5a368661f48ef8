//! Component tests for the shell: the token inspector, the crash notice and the start screen's hand-over
//! to the token form (headless Chromium).
#![cfg(target_arch = "wasm32")]

use chrono::{Duration, Utc};
use std::sync::{Arc, Mutex};

use incident_viewer::components::connect_form::{ConnectForm, ConnectRequest};
use incident_viewer::components::token_details::TokenDetails;
use incident_viewer::graph::cloud::ApiVersion;
use incident_viewer::graph::cloud::Cloud;
use incident_viewer::panic_notice::{NOTICE_ID, show_notice};
use incident_viewer::start_screen;
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

/// A start screen as `index.html` has it, reduced to what is handed over, marked as shown.
fn start_screen_in_page(pending: Option<&str>) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let screen = document.create_element("main").unwrap();
    screen.set_attribute("data-start-screen", "").unwrap();
    screen.set_inner_html(
        r#"<form class="connect-form"><input id="token" type="password"><input id="remember" type="checkbox">
        <select id="api-version"><option value="v1.0">v1.0</option><option value="beta">beta</option></select>
        <button type="submit">Connect</button><button type="button">Try demo data</button></form>"#,
    );
    document.body().unwrap().append_child(&screen).unwrap();
    let root = document.document_element().unwrap();
    root.set_attribute("data-start", "shown").unwrap();
    match pending {
        Some(press) => root.set_attribute("data-start-pending", press).unwrap(),
        None => root.remove_attribute("data-start-pending").unwrap(),
    }
    screen
}

fn field(screen: &web_sys::Element, id: &str) -> web_sys::HtmlInputElement {
    screen.query_selector(&format!("#{id}")).unwrap().unwrap().unchecked_into()
}

#[wasm_bindgen_test]
fn the_start_screen_hands_token_choices_focus_and_connect_over_to_the_form() {
    let screen = start_screen_in_page(Some("submit"));
    let token = "header.payload.signature";
    let token_field = field(&screen, "token");
    token_field.set_value(token);
    field(&screen, "remember").set_checked(true);
    screen
        .query_selector("#api-version")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .set_value("beta");
    token_field.focus().unwrap();
    token_field.set_selection_range(2, 4).unwrap();

    let handover = start_screen::take().expect("a start screen");
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document.query_selector("[data-start-screen]").unwrap().is_none(), "the start screen is removed");
    assert_eq!(document.document_element().unwrap().get_attribute("data-start").as_deref(), Some("taken"));

    let asked = Arc::new(Mutex::new(None::<ConnectRequest>));
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), {
        let asked = asked.clone();
        move || view! { <ConnectForm on_connect=move |request| *asked.lock().unwrap() = Some(request) /> }
    });
    start_screen::hand_over(handover);

    let request = asked.lock().unwrap().take().expect("Connect, pressed on the start screen, is pressed again");
    assert!(request.remember);
    assert_eq!(request.client.version, ApiVersion::Beta);
    assert_eq!(request.client.token().map(|t| t.secret().to_owned()).as_deref(), Some(token));
    // The form moved on as after any Connect (its field cleared); focus stayed on the token field.
    let active = document.active_element().expect("something focused");
    assert_eq!(active.id(), "token");
    assert!(parent.contains(Some(&active)));
    parent.remove();
}

#[wasm_bindgen_test]
fn a_start_screen_that_was_never_shown_is_removed_and_hands_nothing_over() {
    assert!(start_screen::take().is_none(), "no start screen, nothing to take");

    let screen = start_screen_in_page(Some("Try demo data"));
    field(&screen, "token").set_value("typed-while-hidden");
    let root = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    root.remove_attribute("data-start").unwrap(); // start_screen.js did not show it (a remembered connection)
    let handover = start_screen::take().expect("a start screen to remove");
    assert!(!screen.is_connected());

    let asked = Arc::new(Mutex::new(0));
    let parent = container();
    let _handle = leptos::mount::mount_to(parent.clone(), {
        let asked = asked.clone();
        move || view! { <ConnectForm on_connect=move |_| *asked.lock().unwrap() += 1 /> }
    });
    start_screen::hand_over(handover);
    assert_eq!(*asked.lock().unwrap(), 0, "no press is made again");
    let token: web_sys::HtmlInputElement = parent.query_selector("#token").unwrap().unwrap().unchecked_into();
    assert_eq!(token.value(), "");
    parent.remove();
}
