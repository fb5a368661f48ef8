use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::choice_select::ChoiceSelect;
use super::notify_toggle::{NotifyToggle, stored_choice};
use crate::connections::Connections;
use crate::graph::model::Incident;
use crate::list_marks::use_marks;
use crate::loader::ListState;
use crate::local_store;
use crate::new_incident_notice::new_incidents_notice;
use crate::refresh::{Change, RefreshEvery, Seen, change_summary};

const STORAGE_KEY: &str = "incident-viewer.auto-refresh";

/// "Auto-refresh": re-queries the page on screen every 1, 5 or 15 minutes (off until chosen) and
/// marks incidents that are new or updated since the user last looked. Expanded cards stay expanded;
/// the card being read stays where it is on screen (the list keeps it, see `ListViewport`).
#[component]
pub fn AutoRefresh(state: ListState, #[prop(into)] connections: Signal<Connections>) -> impl IntoView {
    let marks = use_marks();
    // Kept as the analyst last set it (like the theme): a tab reopened for the next shift refreshes too.
    let every = RwSignal::new(local_store::get(STORAGE_KEY).map_or(RefreshEvery::Off, |k| RefreshEvery::from_key(&k)));
    let notify = RwSignal::new(stored_choice());
    let last = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    // Everything the user has been shown. Pages loaded the ordinary way count as seen at once, from
    // when auto-refresh is turned on (it then catches up on what was loaded before): while it is off,
    // a Load all of 10,000 incidents does not keep a copy of what each one showed.
    let seen = StoredValue::new(Seen::default());
    Effect::new(move |_| {
        if every.get() != RefreshEvery::Off {
            state.listing.with(|l| seen.update_value(|s| s.record_listing(l)));
        }
    });

    // With a second tenant incidents are named by tenant and id, with one by id alone: marks made under
    // the other naming would be counted ("3 new") for cards that show none.
    Effect::new(move |before: Option<bool>| {
        let several = connections.with(Connections::is_several);
        if before.is_some_and(|before| before != several) {
            marks.mark_all_seen();
        }
        several
    });

    let refresh = move || {
        let connections = connections.get_untracked();
        if connections.primary().is_none() {
            return;
        }
        spawn_local(async move {
            match state.fetch_current_quietly(&connections).await {
                Ok(Some(refreshed)) => {
                    let Some(fresh) = state.apply_refreshed(refreshed) else { return };
                    let found = marks.changes.with_untracked(|marked| seen.with_value(|s| s.changes(&fresh, marked)));
                    let arrived = found.iter().any(|(_, change)| matches!(change, Change::New));
                    if !found.is_empty() {
                        marks.changes.update(|c| c.extend(found));
                    }
                    if arrived && notify.get_untracked() {
                        marks.changes.with_untracked(|marked| tell_of_new(&fresh, marked));
                    }
                    last.set(Some(crate::dates::hm(&chrono::Local::now())));
                    failure.set(None);
                }
                Ok(None) => {}
                Err(error) => failure.set(Some(error.headline().to_owned())),
            }
        });
    };
    let timer = StoredValue::new(None::<IntervalHandle>);
    // Bumped whenever the setting changes: a tick from an older timer does nothing even if clearing it
    // failed (clearInterval is keyed by a number a patched or fake timer may not round-trip).
    let setting = StoredValue::new(0u64);
    Effect::new(move |_| {
        let minutes = every.get().minutes();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        setting.update_value(|s| *s += 1);
        let mine = setting.get_value();
        let handle = minutes.and_then(|m| {
            let tick = move || {
                if setting.get_value() == mine {
                    refresh();
                }
            };
            set_interval_with_handle(tick, Duration::from_secs(u64::from(m) * 60)).ok()
        });
        timer.set_value(handle);
    });
    on_cleanup(move || {
        // The stored values may already be disposed while the component is torn down.
        setting.try_update_value(|s| *s += 1);
        if let Some(Some(handle)) = timer.try_get_value() {
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
        <ChoiceSelect<RefreshEvery> id="auto-refresh" label="Auto-refresh" value=every on_change=move |r: RefreshEvery| {
            every.set(r);
            local_store::set(STORAGE_KEY, (r != RefreshEvery::Off).then(|| r.key()).as_deref());
        } />
        {move || (every.get() != RefreshEvery::Off).then(|| view! { <NotifyToggle notify /> })}
        <p role="status" class="refresh-status hint">{report}</p>
        {move || marks.changes.with(|c| !c.is_empty()).then(|| view! {
            <button type="button" class="only-changed" aria-pressed=move || marks.only_changed.get().to_string()
                on:click=move |_| marks.only_changed.update(|only| *only = !*only)>
                "Show only these"
            </button>
            <button type="button" on:click=move |_| marks.mark_all_seen()>"Mark all as seen"</button>
        })}
    }
}

/// A desktop notification of the incidents marked new (not of updates: those come all day), named
/// from the page just refreshed.
fn tell_of_new(fresh: &[Incident], marked: &HashMap<String, Change>) {
    let is_new = |key: &String| matches!(marked.get(key), Some(Change::New));
    let total = marked.keys().filter(|key| is_new(key)).count();
    let known: Vec<&Incident> =
        fresh.iter().filter(|incident| incident.key().is_some_and(|key| is_new(&key))).collect();
    if let Some((title, body)) = new_incidents_notice(total, &known) {
        crate::desktop_notification::show_when_away(&title, &body);
    }
}
