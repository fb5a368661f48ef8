//! The user's number formatting, read once from the browser.

use wasm_bindgen::JsCast;

use crate::format::{separator_from_sample, set_group_separator};

/// Makes [`crate::format::thousands`] group digits as the browser's language does.
pub fn adopt_browser_number_format() {
    let Some(language) = web_sys::window().and_then(|w| w.navigator().language()) else { return };
    // A Number object, not a primitive: Reflect.get needs an object.
    // Number.prototype.toLocaleString, called through Reflect so a language tag that makes it throw is
    // caught instead of aborting the app.
    let get = |target: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    let sample = get(&js_sys::global(), "Number")
        .and_then(|number| get(&number, "prototype"))
        .and_then(|prototype| get(&prototype, "toLocaleString"))
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&1000.into(), &language.into()).ok())
        .and_then(|s| s.as_string());
    if let Some(separator) = sample.as_deref().and_then(separator_from_sample) {
        set_group_separator(separator);
    }
}
