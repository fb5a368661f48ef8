use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::desktop_notification::{Permission, permission, request};
use crate::local_store;

const STORAGE_KEY: &str = "incident-viewer.notify";

/// Whether to notify: kept for the next visit (like the interval), but on only while the browser
/// still allows it.
pub fn stored_choice() -> bool {
    local_store::get(STORAGE_KEY).as_deref() == Some("1") && permission() == Permission::Granted
}

/// "Notify me of new incidents": a desktop notification when a refresh finds new incidents while the
/// analyst is in another tab or window. The browser is asked for permission at the first tick.
#[component]
pub fn NotifyToggle(notify: RwSignal<bool>) -> impl IntoView {
    let allowed = RwSignal::new(permission());
    let choose = move |on: bool| {
        if !on {
            notify.set(false);
            local_store::set(STORAGE_KEY, None);
            return;
        }
        spawn_local(async move {
            let answer = if permission() == Permission::Granted { Permission::Granted } else { request().await };
            allowed.set(answer);
            let granted = answer == Permission::Granted;
            notify.set(granted);
            local_store::set(STORAGE_KEY, granted.then_some("1"));
        });
    };
    move || {
        let state = allowed.get();
        (state != Permission::Unsupported).then(|| {
            view! {
                <label class="check notify-toggle"
                    title="A desktop notification when a refresh finds new incidents while you are in another tab or window">
                    <input type="checkbox" prop:checked=move || notify.get() disabled=state == Permission::Denied
                        on:change=move |ev| choose(event_target_checked(&ev)) />
                    "Notify me of new incidents"
                </label>
                {(state == Permission::Denied).then(|| view! {
                    <span class="hint">"Notifications are blocked for this page in the browser's settings."</span>
                })}
            }
        })
    }
}
