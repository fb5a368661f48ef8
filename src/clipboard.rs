//! Copying text for the user.

use leptos::prelude::*;

/// Copies text with the async Clipboard API and reports, in `done`, whether the browser accepted it
/// (`what` on success, advice otherwise).
pub fn copy(text: String, done: RwSignal<Option<&'static str>>, what: &'static str) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
    let promise = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done.set(Some(if ok { what } else { "The browser did not allow copying; select the text instead." }));
    });
}
