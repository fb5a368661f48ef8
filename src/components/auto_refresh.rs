use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::graph::client::GraphClient;
use crate::list_marks::use_marks;
use crate::loader::ListState;
use crate::refresh::{RefreshEvery, Seen, change_summary};

/// "Auto-refresh": re-queries the page on screen every 1, 5 or 15 minutes (off by default) and
/// marks incidents that are new or updated since the user last looked. Cards stay where they are,
/// expanded ones stay expanded.
#[component]
pub fn AutoRefresh(state: ListState, #[prop(into)] client: Signal<Option<GraphClient>>) -> impl IntoView {
    let marks = use_marks();
    let every = RwSignal::new(RefreshEvery::Off);
    let last = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    // Everything the user has been shown. Pages loaded the ordinary way count as seen at once.
    let seen = StoredValue::new(Seen::default());
    Effect::new(move |_| state.listing.with(|l| seen.update_value(|s| s.record(l.all_incidents()))));

    let refresh = move || {
        let Some(client) = client.get_untracked() else { return };
        spawn_local(async move {
            match state.refresh_current(&client).await {
                Ok(Some(fresh)) => {
                    let found = seen.with_value(|s| s.changes(&fresh));
                    marks.changes.update(|c| c.extend(found));
                    last.set(Some(chrono::Local::now().format("%H:%M").to_string()));
                    failure.set(None);
                }
                Ok(None) => {}
                Err(error) => failure.set(Some(error.headline().to_owned())),
            }
        });
    };
    let timer = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move |_| {
        let minutes = every.get().minutes();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle =
            minutes.and_then(|m| set_interval_with_handle(refresh, Duration::from_secs(u64::from(m) * 60)).ok());
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
    });

    let report = move || {
        let changed = marks.changes.with(change_summary);
        let mut parts = Vec::new();
        if let Some(at) = last.get() {
            parts.push(format!("Refreshed at {at}"));
        }
        if !changed.is_empty() {
            parts.push(format!("{changed} since you last looked"));
        }
        if let Some(why) = failure.get() {
            parts.push(format!("Last refresh failed: {why}"));
        }
        parts.join(" · ")
    };
    view! {
        <div class="field inline-field">
            <label for="auto-refresh">"Auto-refresh"</label>
            <select id="auto-refresh" on:change=move |ev| every.set(RefreshEvery::from_key(&event_target_value(&ev)))>
                {RefreshEvery::ALL.map(|r| view! {
                    <option value=r.key() prop:selected=move || every.get() == r>{r.label()}</option>
                }).to_vec()}
            </select>
        </div>
        <p role="status" class="refresh-status hint">{report}</p>
        {move || marks.changes.with(|c| !c.is_empty()).then(|| view! {
            <button type="button" on:click=move |_| marks.changes.update(|c| c.clear())>"Mark all as seen"</button>
        })}
    }
}
