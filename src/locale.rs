//! The user's number formatting, read once from the browser.

use wasm_bindgen::JsCast;

use crate::format::{separator_from_sample, set_group_separator};

/// Makes [`crate::format::thousands`] group digits as the browser's language does.
pub fn adopt_browser_number_format() {
    let Some(language) = web_sys::window().and_then(|w| w.navigator().language()) else { return };
    let thousand = js_sys::Number::from(1000);
    // Called through Reflect so an unusual language tag that makes toLocaleString throw is caught.
    let sample = js_sys::Reflect::get(&thousand, &"toLocaleString".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&thousand, &language.into()).ok())
        .and_then(|s| s.as_string());
    if let Some(separator) = sample.as_deref().and_then(separator_from_sample) {
        set_group_separator(separator);
    }
}
