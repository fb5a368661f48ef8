use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::list_viewport::inner_height;
use crate::shortcuts::{Action, SHEET, action_for, find_goes_to_search, step};
use crate::sleep::after_next_paint;
use crate::view_state::use_view;

const CARD: &str = "article.incident-card";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focus is somewhere keys type text (or pick an option).
fn is_typing(target: Option<&Element>) -> bool {
    target.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.dyn_ref::<HtmlElement>().is_some_and(|h| h.is_content_editable())
    })
}

/// The cards of the list on screen (none while an incident page hides the list).
fn visible_cards() -> Vec<HtmlElement> {
    let Some(list) = document().and_then(|d| d.query_selector_all(&format!(".layout:not([hidden]) {CARD}")).ok())
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// The incident list is on screen (not the token form, not an incident's page).
fn list_shown() -> bool {
    document().and_then(|d| d.query_selector(".layout:not([hidden]) ul.incident-list").ok().flatten()).is_some()
}

/// Enter in Search: from the query to its results. Brings the results into view if they are off
/// screen (below the folded-out filters on a phone, or scrolled past), then focuses the first card
/// once it is drawn (a new result set takes a frame or two), so `j`, `k` and `o` go on from there.
pub fn go_to_first_result() {
    if let Some(results) =
        document().and_then(|d| d.query_selector(".layout:not([hidden]) section.results").ok().flatten())
    {
        let top = results.get_bounding_client_rect().top();
        if top < 0.0 || top > inner_height() / 2.0 {
            results.scroll_into_view();
        }
    }
    focus_first_card_soon(FIRST_CARD_TRIES);
}

/// Frames to wait at most for a new result set's first card (none may come: nothing matched).
const FIRST_CARD_TRIES: u32 = 5;
/// After each of those frames, the look for it waits at most this long for the browser to be idle.
const FIRST_CARD_WITHIN: std::time::Duration = std::time::Duration::from_millis(50);

fn focus_first_card_soon(tries: u32) {
    after_next_paint(FIRST_CARD_WITHIN, move || match visible_cards().first() {
        Some(card) => {
            let _ = card.focus();
        }
        None if tries > 1 => focus_first_card_soon(tries - 1),
        None => {}
    });
}

fn focused_card() -> Option<Element> {
    document()?.active_element()?.closest(CARD).ok().flatten()
}

fn move_focus(forward: bool) {
    let cards = visible_cards();
    let current = focused_card().and_then(|card| cards.iter().position(|c| **c == card));
    if let Some(next) = step(current, cards.len(), forward).and_then(|i| cards.get(i)) {
        let _ = next.focus();
        next.scroll_into_view_with_bool(false);
    }
}

/// Clicks the focused card's "Show alerts" button; `only_if_open` for Esc (collapse, never expand).
fn toggle_alerts(only_if_open: bool) -> bool {
    let selector = if only_if_open { "button[aria-expanded='true']" } else { "button[aria-expanded]" };
    let button = focused_card().and_then(|card| card.query_selector(selector).ok().flatten());
    match button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        Some(button) => {
            button.click();
            true
        }
        None => false,
    }
}

/// Follows the focused card's "Details" link, as a click would (the app's own navigation).
fn open_details() -> bool {
    let link = focused_card().and_then(|card| card.query_selector("a.details-link").ok().flatten());
    match link.and_then(|l| l.dyn_into::<HtmlElement>().ok()) {
        Some(link) => {
            link.click();
            true
        }
        None => false,
    }
}

fn focus_search() {
    let Some(document) = document() else { return };
    // On a phone the filters start folded: unfold them first.
    if let Some(details) = document
        .query_selector("details.filter-disclosure")
        .ok()
        .flatten()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
    if let Some(search) =
        document.get_element_by_id("search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = search.focus();
        search.select();
    }
}

/// The `?` sheet of shortcuts, a header button that opens it, and the key handling for the page.
#[component]
pub fn KeyboardShortcuts() -> impl IntoView {
    let view_state = use_view();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open_sheet = move || {
        if let Some(dialog) = dialog.get_untracked()
            && !dialog.open()
        {
            let _ = dialog.show_modal();
        }
    };
    let _ = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        // A modal dialog (this sheet, the Graph request) handles its own keys, Esc included.
        if document().and_then(|d| d.query_selector("dialog[open]").ok().flatten()).is_some() {
            return;
        }
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let in_search = target.as_ref().is_some_and(|t| t.id() == "search");
        let command = ev.ctrl_key() || ev.meta_key();
        if find_goes_to_search(&ev.key(), command, ev.alt_key() || ev.shift_key(), in_search, list_shown) {
            focus_search();
            ev.prevent_default();
            return;
        }
        let on_card = target.as_ref().is_some_and(|t| t.matches(CARD).unwrap_or(false));
        let modified = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
        let Some(action) = action_for(&ev.key(), modified, is_typing(target.as_ref()), on_card) else { return };
        let handled = match action {
            Action::NextIncident => {
                move_focus(true);
                true
            }
            Action::PreviousIncident => {
                move_focus(false);
                true
            }
            Action::ToggleAlerts => toggle_alerts(false),
            Action::OpenDetails => open_details(),
            Action::FocusSearch => {
                focus_search();
                true
            }
            Action::ShowHelp => {
                open_sheet();
                true
            }
            Action::Close => {
                if view_state.incident.get_untracked().is_some() {
                    view_state.navigate(view_state.route().list());
                    true
                } else {
                    toggle_alerts(true)
                }
            }
        };
        if handled {
            ev.prevent_default();
        }
    });
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <button type="button" class="shortcuts-button" aria-keyshortcuts="?" on:click=move |_| open_sheet()>
            "Keyboard shortcuts"
        </button>
        <dialog node_ref=dialog class="shortcut-sheet" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <dl class="facts">
                {SHEET
                    .iter()
                    .map(|(keys, what)| {
                        // Each key in its own box; alternatives joined by "or" as plain text.
                        let keys = keys
                            .iter()
                            .enumerate()
                            .map(|(i, key)| view! { {(i > 0).then_some(" or ")}<kbd>{*key}</kbd> })
                            .collect_view();
                        view! { <dt>{keys}</dt><dd>{*what}</dd> }
                    })
                    .collect_view()}
            </dl>
            <div class="dialog-actions">
                <button type="button" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
