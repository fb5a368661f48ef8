//! The page's own URL: read the query string, push a new one. Path is kept, so any subpath works.

/// `location.search`, or empty when unavailable.
pub fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Records a new query string as a history entry (back/forward then walk through filter changes).
pub fn push_query(query: &str) {
    set_query(query, true);
}

/// Changes the query string without a new history entry (e.g. applying the default view).
pub fn replace_query(query: &str) {
    set_query(query, false);
}

fn set_query(query: &str, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window.history() {
        // Failure only means the address bar does not update; the app state is already right.
        let _ = if new_entry {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}
