use leptos::prelude::*;

use crate::graph::query::IncidentFilters;
use crate::saved_views::{SavedViews, clean_name, load, store};

/// "Saved views": pick a named filter set, save the current one, mark one as the default (applied
/// when the app opens without filters in its URL), delete one. Kept in this browser's storage.
#[component]
pub fn SavedViewsPanel(
    #[prop(into)] filters: Signal<IncidentFilters>,
    #[prop(into)] on_change: Callback<IncidentFilters>,
) -> impl IntoView {
    let views = RwSignal::new(load());
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    // The saved view the current filters are, if any: picking one and editing the filters leaves it.
    let current = Memo::new(move |_| {
        let filters = filters.get();
        views.with(|v| v.all().iter().find(|view| view.filters() == filters).map(|view| view.name.clone()))
    });
    let persist = move |update: &dyn Fn(&mut SavedViews), done: String| {
        views.update(|v| update(v));
        let saved = views.with_untracked(store);
        message.set(if saved { done } else { "This browser did not allow saving views.".to_owned() });
    };
    let save = move || {
        let Some(saved) = clean_name(&name.get_untracked()) else {
            message.set("Give the view a name first.".to_owned());
            return;
        };
        let current_filters = filters.get_untracked();
        persist(
            &|v| {
                v.save(&saved, &current_filters);
            },
            format!("Saved “{saved}”."),
        );
        name.set(String::new());
    };
    view! {
        <fieldset class="filter-group saved-views">
            <legend>"Views"</legend>
            <div class="field">
                <label for="saved-views">"Saved views"</label>
                <select id="saved-views" on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    if let Some(view) = views.with_untracked(|v| v.find(&picked).cloned()) {
                        on_change.run(view.filters());
                        message.set(format!("Showing “{}”.", view.name));
                    }
                }>
                    <option value="" prop:selected=move || current.get().is_none()>"Choose a saved view…"</option>
                    {move || views.get().all().iter().map(|view| {
                        let value = view.name.clone();
                        let label = if view.is_default { format!("{} (default)", view.name) } else { view.name.clone() };
                        let selected = value.clone();
                        view! { <option value=value prop:selected=move || current.get().as_deref() == Some(selected.as_str())>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="view-name">"View name"</label>
                <input id="view-name" type="text" autocomplete="off" maxlength="80" placeholder="e.g. My high-severity queue"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { save() } />
            </div>
            <div class="button-row">
                <button type="button" on:click=move |_| save()>"Save view"</button>
                <button type="button" disabled=move || current.get().is_none() on:click=move |_| {
                    let Some(picked) = current.get_untracked() else { return };
                    let is_default = views.with_untracked(|v| v.find(&picked).is_some_and(|view| view.is_default));
                    let (target, done) = if is_default {
                        (None, format!("“{picked}” is no longer the default."))
                    } else {
                        (Some(picked.clone()), format!("“{picked}” opens by default."))
                    };
                    persist(&|v| v.set_default(target.as_deref()), done);
                }>
                    {move || if current.get().and_then(|n| views.with(|v| v.find(&n).map(|view| view.is_default))).unwrap_or(false) {
                        "Unset default"
                    } else {
                        "Set as default"
                    }}
                </button>
                <button type="button" disabled=move || current.get().is_none() on:click=move |_| {
                    let Some(picked) = current.get_untracked() else { return };
                    persist(&|v| v.remove(&picked), format!("Deleted “{picked}”."));
                }>"Delete view"</button>
            </div>
            <p role="status" class="hint">{move || message.get()}</p>
        </fieldset>
    }
}
