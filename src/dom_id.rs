//! Element ids: unique ones for `aria-labelledby` / `aria-controls`, and moving focus by id. Graph ids cannot be used: the same
//! incident or alert id may appear twice on a page, and duplicate DOM ids break accessible names.

use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// `prefix-N`, with N never repeated in this page's lifetime.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Moves keyboard focus to the element with this id; nothing happens if it is missing or refuses.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
