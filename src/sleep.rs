//! Browser timers: an awaitable sleep, and work deferred until the browser is idle or a frame has
//! been painted.

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::IdleRequestOptions;

/// Resolves after `ms` milliseconds (at once if there is no window, e.g. in a worker).
pub async fn sleep_ms(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms.min(i32::MAX as u32) as i32));
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `f` once the coming frame has been painted, when the browser is next idle but at most
/// `within` later (so it does not delay that frame, nor input that arrives meanwhile).
pub fn after_next_paint(within: Duration, f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || when_idle(within, f));
}

/// Runs `f` once, in the browser's next idle period, or after `within` if none came by then (Chromium
/// may grant none for a long time, e.g. while it produces no frames).
pub fn when_idle(within: Duration, f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    let options = IdleRequestOptions::new();
    options.set_timeout(u32::try_from(within.as_millis()).unwrap_or(u32::MAX));
    if window.request_idle_callback_with_options(callback.unchecked_ref(), &options).is_err() {
        // No idle callbacks (an old Safari): a timer does.
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}
