//! Browser timers: an awaitable sleep, and work deferred until the browser is idle or a frame has
//! been painted.

use wasm_bindgen_futures::JsFuture;

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

/// Runs `f` once the coming frame has been painted, when the browser is next idle (so it never
/// delays that frame, nor input that arrives meanwhile).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || when_idle(f));
}

/// Runs `f` once, in the browser's next idle period.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let f = std::cell::Cell::new(Some(f));
    leptos::prelude::request_idle_callback(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
}
