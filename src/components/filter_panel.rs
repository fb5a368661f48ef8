use chrono::NaiveDate;
use leptos::prelude::*;

use super::checkbox_group::CheckboxGroup;
use super::keyboard_shortcuts::go_to_first_result;
use super::saved_views_panel::SavedViewsPanel;
use crate::connections::Connections;
use crate::dom_id::focus_by_id;
use crate::graph::enums::{Classification, Determination, IncidentStatus, Severity};
use crate::graph::query::{IncidentFilters, PageSize, TimeRange};

fn without_future<T: Clone + PartialEq>(known: &[T], future: &T) -> Vec<T> {
    known.iter().filter(|v| *v != future).cloned().collect()
}

/// A `performance.mark("search")` so the benchmark can time a search from the moment it starts.
fn mark_search_start() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("search");
    }
}

/// The "Time range" value for custom created dates.
const CUSTOM_RANGE: &str = "custom";

/// What the "Time range" box shows for these filters.
fn range_choice(filters: &IncidentFilters) -> &'static str {
    match filters.created_within {
        Some(range) => range.key(),
        None if filters.created_from.is_some() || filters.created_to.is_some() => CUSTOM_RANGE,
        None => "",
    }
}

/// Quiet time after the last keystroke before searching.
const SEARCH_DEBOUNCE_MS: u64 = 120;

/// A date `<input>` bound to one optional day of the filters.
#[component]
fn DateInput(
    id: &'static str,
    label: &'static str,
    value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date"
                prop:value=move || value.get().map(crate::dates::ymd).unwrap_or_default()
                on:change=move |ev| on_change.run(crate::dates::parse_ymd(&event_target_value(&ev))) />
        </div>
    }
}

/// The server-side filters (sent as `$filter`), the page size, and the client-side search box.
#[component]
pub fn FilterPanel(
    #[prop(into)] filters: Signal<IncidentFilters>,
    #[prop(into)] on_change: Callback<IncidentFilters>,
    search: RwSignal<String>,
    /// The connected tenants: a Tenant filter appears when there are several.
    #[prop(optional, into)]
    connections: Signal<Connections>,
) -> impl IntoView {
    // Applies one edit to a copy of the current filters and hands it on.
    let edit = move |change: &dyn Fn(&mut IncidentFilters)| {
        let mut next = filters.get_untracked();
        change(&mut next);
        on_change.run(next);
    };
    // Whom "Assigned to me" means in each tenant; an application's token has nobody.
    let users = Memo::new(move |_| connections.with(Connections::users));
    let mine = Memo::new(move |_| filters.with(|f| f.assigned_to_me));
    // Offered when some token has a user, and kept while pressed (a link may carry it to an app's token).
    let offer_mine = Memo::new(move |_| mine.get() || users.with(|users| users.iter().any(|(_, user)| user.is_some())));
    let date = move |get: fn(&IncidentFilters) -> Option<NaiveDate>| Signal::derive(move || get(&filters.get()));

    // Once connected, keyboard focus lands here (the connect form it replaces is gone): on the search
    // box, or on the disclosure when the filters start folded on a narrow screen.
    let disclosure = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let search_box = NodeRef::<leptos::html::Input>::new();
    // What is in the box now; `search` follows it once typing pauses, so a burst of keystrokes
    // costs one search over everything loaded, not one per key.
    let typed = RwSignal::new(search.get_untracked());
    let keystroke = StoredValue::new(0u64);
    let debounce_search = move |text: String| {
        keystroke.update_value(|k| *k += 1);
        let ticket = keystroke.get_value();
        set_timeout(
            move || {
                if keystroke.get_value() == ticket {
                    mark_search_start();
                    search.set(text);
                }
            },
            std::time::Duration::from_millis(SEARCH_DEBOUNCE_MS),
        );
    };
    // Set from elsewhere (an entity's "Find" on an incident's page): the box shows it, and a search
    // still waiting for its pause is dropped.
    Effect::new(move |_| {
        let wanted = search.get();
        if typed.get_untracked() != wanted {
            keystroke.update_value(|k| *k += 1);
            typed.set(wanted);
        }
    });
    Effect::new(move |_| {
        let focused = if disclosure.get().is_some_and(|d| d.open()) {
            search_box.get().map(|el| el.focus())
        } else {
            summary.get().map(|el| el.focus())
        };
        // Nothing to do if the element is gone or refuses focus.
        drop(focused);
    });

    view! {
        <details class="filter-disclosure" open=crate::screen::wide_screen() node_ref=disclosure>
        <summary node_ref=summary>"Filters and search"</summary>
        <section class="filters" aria-label="Filters">
            <h2 class="visually-hidden">"Filters"</h2>
            <div class="field">
                <label for="search">"Search"</label>
                <input id="search" type="search" placeholder="Name, id, tag, owner, alert…" node_ref=search_box
                    aria-keyshortcuts="/ Control+F Meta+F" aria-describedby="search-hint"
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        typed.set(text.clone());
                        debounce_search(text);
                    }
                    on:keydown=move |ev| {
                        if ev.key() != "Enter" || ev.is_composing() {
                            return;
                        }
                        ev.prevent_default();
                        // Search now, not after the pause (a pending one is dropped), then go to the results.
                        keystroke.update_value(|k| *k += 1);
                        let text = typed.get_untracked();
                        if search.get_untracked() != text {
                            mark_search_start();
                            search.set(text);
                        }
                        go_to_first_result();
                    } />
                <p class="hint" id="search-hint">"Searches every incident loaded so far; Enter goes to the first result. Ctrl+F (⌘F) comes here; press it twice for the browser's find."</p>
            </div>
            <SavedViewsPanel filters on_change />
            {move || connections.with(Connections::is_several).then(|| {
                let labels = connections.with_untracked(Connections::tenants);
                let ids: Vec<String> = labels.iter().map(|(id, _)| id.clone()).collect();
                view! {
                    <CheckboxGroup legend="Tenant"
                        options=ids
                        label=move |id: &String| labels.iter().find(|(t, _)| t == id).map_or_else(|| id.clone(), |(_, l)| l.clone())
                        selected=Signal::derive(move || filters.get().tenants)
                        on_change={move |v: Vec<String>| edit(&|f| f.tenants = v.clone())} />
                }
            })}
            <CheckboxGroup legend="Status"
                options=without_future(IncidentStatus::KNOWN, &IncidentStatus::UnknownFutureValue)
                label=|v: &IncidentStatus| v.label().to_owned()
                selected=Signal::derive(move || filters.get().statuses)
                on_change={move |v: Vec<IncidentStatus>| edit(&|f| f.statuses = v.clone())} />
            <CheckboxGroup legend="Severity"
                options=vec![Severity::High, Severity::Medium, Severity::Low, Severity::Informational]
                label=|v: &Severity| v.label().to_owned()
                selected=Signal::derive(move || filters.get().severities)
                on_change={move |v: Vec<Severity>| edit(&|f| f.severities = v.clone())} />
            <CheckboxGroup legend="Classification"
                options=without_future(Classification::KNOWN, &Classification::UnknownFutureValue)
                label=|v: &Classification| v.label().to_owned()
                selected=Signal::derive(move || filters.get().classifications)
                on_change={move |v: Vec<Classification>| edit(&|f| f.classifications = v.clone())} />
            <CheckboxGroup legend="Determination"
                options=without_future(Determination::KNOWN, &Determination::UnknownFutureValue)
                label=|v: &Determination| v.label().to_owned()
                selected=Signal::derive(move || filters.get().determinations)
                on_change={move |v: Vec<Determination>| edit(&|f| f.determinations = v.clone())} />
            <div class="field">
                <label for="assigned-to">"Assigned to"</label>
                <input id="assigned-to" type="text" autocomplete="off" placeholder="user@contoso.com"
                    aria-describedby="assigned-hint"
                    prop:value=move || filters.get().assigned_to.unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|f| {
                            f.assigned_to = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
                            f.assigned_to_me &= f.assigned_to.is_none();
                        });
                    } />
                <p id="assigned-hint" class="hint">"Exact match; press Enter to apply."</p>
                {move || {
                    // Redrawn when the tenants change or the button starts or stops being offered, never by
                    // a press: the focus stays on it.
                    let title = users.with(|users| assigned_to_me_title(users));
                    offer_mine.get().then(|| view! {
                        <button type="button" class="link-button owner-me" title=title
                            aria-pressed=move || if mine.get() { "true" } else { "false" }
                            on:click=move |_| {
                                let on = !mine.get_untracked();
                                edit(&|f| {
                                    f.assigned_to_me = on;
                                    if on {
                                        f.assigned_to = None;
                                        f.unassigned = false;
                                    }
                                });
                            }>
                            "Assigned to me"
                        </button>
                        {move || {
                            let nobody = users.with(|users| without_user(users));
                            (mine.get() && !nobody.is_empty()).then(|| view! {
                                <p class="hint">{format!(
                                    "No user in {}'s token (an application's): every owner is listed there.",
                                    nobody.join(", ")
                                )}</p>
                            })
                        }}
                    })
                }}
                <label class="check">
                    <input type="checkbox" prop:checked=move || filters.get().unassigned
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            edit(&|f| f.unassigned = checked);
                        } />
                    "Unassigned"
                </label>
            </div>
            <div class="field">
                <label for="time-range">"Time range"</label>
                <select id="time-range" aria-describedby="time-range-hint" on:change=move |ev| {
                    let choice = event_target_value(&ev);
                    edit(&|f| {
                        f.created_within = TimeRange::from_key(&choice);
                        if choice != CUSTOM_RANGE {
                            f.created_from = None;
                            f.created_to = None;
                        }
                    });
                    if choice == CUSTOM_RANGE {
                        focus_by_id("created-from");
                    }
                }>
                    <option value="" prop:selected=move || range_choice(&filters.get()).is_empty()>"Any time"</option>
                    {TimeRange::ALL.map(|range| view! {
                        <option value=range.key() prop:selected=move || range_choice(&filters.get()) == range.key()>
                            {range.label()}
                        </option>
                    }).into_iter().collect_view()}
                    <option value=CUSTOM_RANGE prop:selected=move || range_choice(&filters.get()) == CUSTOM_RANGE>
                        "Custom dates"
                    </option>
                </select>
                <p id="time-range-hint" class="hint">"Created within; a preset counts back from now."</p>
            </div>
            <fieldset class="filter-group dates">
                <legend>"Dates (UTC)"</legend>
                <DateInput id="created-from" label="Created from" value=date(|f| f.created_from)
                    on_change=move |d| edit(&|f| { f.created_from = d; f.created_within = None; }) />
                <DateInput id="created-to" label="Created to" value=date(|f| f.created_to)
                    on_change=move |d| edit(&|f| { f.created_to = d; f.created_within = None; }) />
                <DateInput id="updated-from" label="Updated from" value=date(|f| f.updated_from)
                    on_change=move |d| edit(&|f| f.updated_from = d) />
                <DateInput id="updated-to" label="Updated to" value=date(|f| f.updated_to)
                    on_change=move |d| edit(&|f| f.updated_to = d) />
            </fieldset>
            <div class="field">
                <label for="page-size">"Page size"</label>
                <select id="page-size"
                    on:change=move |ev| {
                        let size = event_target_value(&ev).parse().ok().and_then(PageSize::from_top).unwrap_or_default();
                        edit(&|f| f.page_size = size);
                    }>
                    {PageSize::ALL.map(|size| view! {
                        <option value=size.top().to_string()
                            prop:selected=move || filters.get().page_size == size>{size.top()}</option>
                    }).into_iter().collect_view()}
                </select>
            </div>
            <button type="button" on:click=move |_| {
                typed.set(String::new());
                search.set(String::new());
                on_change.run(IncidentFilters::default());
            }>"Clear filters"</button>
        </section>
        </details>
    }
}

/// The *Assigned to me* button's title: whom it means, in each tenant when there are several; `None`
/// when no token has a user.
fn assigned_to_me_title(users: &[(String, Option<String>)]) -> Option<String> {
    let named: Vec<(&str, &str)> =
        users.iter().filter_map(|(label, user)| user.as_deref().map(|u| (label.as_str(), u))).collect();
    match named.as_slice() {
        [] => None,
        [(_, user)] if users.len() == 1 => Some(format!("Incidents assigned to {user}")),
        _ => Some(format!(
            "Incidents assigned to you in each tenant: {}",
            named.iter().map(|(label, user)| format!("{user} ({label})")).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The tenants whose token has no user: no "me" there.
fn without_user(users: &[(String, Option<String>)]) -> Vec<String> {
    users.iter().filter(|(_, user)| user.is_none()).map(|(label, _)| label.clone()).collect()
}
