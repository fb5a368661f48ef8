//! The browser's notifications, for auto-refresh's *Notify me of new incidents*. Opt-in: the browser
//! is asked for permission only when the analyst ticks the box.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

/// One notice at a time: a later refresh's replaces the earlier one instead of stacking up.
const TAG: &str = "incident-viewer-new";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// No notifications in this browser (or not on this origin).
    Unsupported,
    NotAsked,
    Granted,
    Denied,
}

pub fn permission() -> Permission {
    let supported =
        web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"Notification".into()).unwrap_or(false));
    if !supported {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::NotAsked,
    }
}

/// Asks the browser (from a user's gesture: browsers ignore it otherwise) and says what it decided.
pub async fn request() -> Permission {
    if let Ok(asked) = Notification::request_permission() {
        let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
    }
    permission()
}

/// Shows the notice unless the analyst is looking at the page already; a click brings the tab forward.
pub fn show_when_away(title: &str, body: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if !document.hidden() && document.has_focus().unwrap_or(true) {
        return;
    }
    if permission() != Permission::Granted {
        return;
    }
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(TAG);
    let Ok(notice) = Notification::new_with_options(title, &options) else { return };
    let shown = notice.clone();
    let on_click = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
        }
        shown.close();
    });
    notice.set_onclick(Some(on_click.unchecked_ref()));
}
