//! If anything still panics, say so on the page (instead of leaving a dead page) and offer a reload.
//! Filters are in the address bar, so a reload restores the view.

use wasm_bindgen::JsCast;

pub const NOTICE_ID: &str = "panic-notice";

/// Installs a hook that logs the panic to the console and shows the notice.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Adds the notice to the page (once). Built with DOM calls only: after a panic no Rust runs again.
pub fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let (Ok(notice), Ok(text), Ok(link), Some(body)) =
        (document.create_element("div"), document.create_element("p"), document.create_element("a"), document.body())
    else {
        return;
    };
    notice.set_id(NOTICE_ID);
    let _ = notice.set_attribute("role", "alert");
    notice.set_class_name("panic-notice");
    text.set_text_content(Some(
        "Something went wrong inside Incident Viewer and it stopped. Your filters are kept in the address bar; \
         reload to continue (you will need to connect again unless the token is remembered for this tab).",
    ));
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_else(|| "./".into());
    let _ = link.set_attribute("href", &href);
    link.set_text_content(Some("Reload the page"));
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&link);
    let _ = body.prepend_with_node_1(&notice);
    let _ = notice.dyn_ref::<web_sys::HtmlElement>().map(|el| el.focus());
}
