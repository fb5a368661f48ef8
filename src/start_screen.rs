//! The start screen hands over to the app. `index.html` carries the app's first view (header and token
//! form) as plain HTML, which `start_screen.js` shows, so the analyst can paste a token before the
//! WebAssembly is up. When it is, [`take`] reads what the analyst did there and removes it, the app
//! mounts, and [`hand_over`] gives the app's own fields those values (through the same events typing
//! would fire, so the app's state follows), the focus and caret, and makes again the last press of
//! Connect or another button — all in one task, so the browser never paints between the two.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement};

/// Marks the start screen's elements (`<header>` and `<main>`).
const MARK: &str = "data-start-screen";
/// On `<html>`: the press `start_screen.js` kept ("submit", or the text of the button pressed).
const PENDING: &str = "data-start-pending";
/// On `<html>`: "shown" while the start screen is up, "failed" when the app could not be loaded (the
/// loader says so), "taken" once the app has it.
const STATE: &str = "data-start";
const SUBMIT: &str = "submit";
/// The token form, on the start screen and in the app: the one form a kept "submit" is for.
const FORM: &str = "form.connect-form";

#[derive(Debug, PartialEq, Eq)]
enum Value {
    Text(String),
    Checked(bool),
}

/// An element of the start screen, found again in the app by its id, or (a button) by its text.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Id(String),
    Button(String),
}

/// What the analyst did on the start screen.
#[derive(Debug, Default)]
pub struct Handover {
    fields: Vec<(String, Value)>,
    focus: Option<Target>,
    /// The caret or selection in the focused text field.
    selection: Option<(u32, u32)>,
    pending: Option<String>,
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Whether focus is on something other than the page itself.
pub fn something_has_focus() -> bool {
    let Some(document) = document() else { return false };
    match document.active_element() {
        Some(active) => document.body().is_none_or(|body| *body != active) && active.tag_name() != "HTML",
        None => false,
    }
}

fn elements(root: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn value_of(element: &Element) -> Option<Value> {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return Some(match input.type_().as_str() {
            "checkbox" | "radio" => Value::Checked(input.checked()),
            _ => Value::Text(input.value()),
        });
    }
    element.dyn_ref::<HtmlSelectElement>().map(|select| Value::Text(select.value()))
}

fn target_of(element: &Element) -> Option<Target> {
    if !element.id().is_empty() {
        return Some(Target::Id(element.id()));
    }
    (element.tag_name() == "BUTTON")
        .then(|| Target::Button(element.text_content().unwrap_or_default().trim().to_owned()))
}

/// Reads the start screen and removes it: `None` when the page has none, and nothing to hand over when
/// `start_screen.js` never showed it (a remembered connection).
pub fn take() -> Option<Handover> {
    let document = document()?;
    let root = document.document_element()?;
    let parts = elements(&document, &format!("[{MARK}]"));
    if parts.is_empty() {
        return None;
    }
    let shown = root.get_attribute(STATE).as_deref() == Some("shown");
    let mut handover = Handover::default();
    if shown {
        for field in elements(&document, &format!("[{MARK}] input[id], [{MARK}] select[id]")) {
            if let Some(value) = value_of(&field) {
                handover.fields.push((field.id(), value));
            }
        }
        let focused = document.active_element().filter(|a| parts.iter().any(|p| p.contains(Some(a))));
        handover.focus = focused.as_ref().and_then(target_of);
        handover.selection = focused.and_then(|f| {
            let input = f.dyn_into::<HtmlInputElement>().ok()?;
            Some((input.selection_start().ok()??, input.selection_end().ok()??))
        });
        handover.pending = root.get_attribute(PENDING);
    }
    for part in parts {
        part.remove();
    }
    let _ = root.set_attribute(STATE, "taken");
    let _ = root.remove_attribute(PENDING);
    Some(handover)
}

fn find(document: &Document, target: &Target) -> Option<HtmlElement> {
    let element = match target {
        Target::Id(id) => document.get_element_by_id(id),
        Target::Button(text) => {
            elements(document, "button").into_iter().find(|b| b.text_content().is_some_and(|t| t.trim() == text))
        }
    };
    element?.dyn_into::<HtmlElement>().ok()
}

fn fire(element: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
        let _ = element.dispatch_event(&event);
    }
}

/// Gives the mounted app what the analyst did on the start screen.
pub fn hand_over(handover: Handover) {
    let Some(document) = document() else { return };
    for (id, value) in &handover.fields {
        let Some(field) = document.get_element_by_id(id) else { continue };
        if value_of(&field).as_ref() == Some(value) {
            continue;
        }
        match value {
            Value::Text(text) => {
                if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
                    input.set_value(text);
                } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(text);
                }
            }
            Value::Checked(checked) => {
                if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(*checked);
                }
            }
        }
        fire(&field, "input");
        fire(&field, "change");
    }
    if let Some(focused) = handover.focus.as_ref().and_then(|t| find(&document, t)) {
        let _ = focused.focus();
        if let (Some((start, end)), Ok(input)) = (handover.selection, focused.dyn_into::<HtmlInputElement>()) {
            // In the next frame's callback, before it is painted: the app's `prop:value` effects write
            // the field's value after this (which puts the caret at the end).
            leptos::prelude::request_animation_frame(move || {
                let _ = input.set_selection_range(start, end);
            });
        }
    }
    match handover.pending.as_deref() {
        Some(SUBMIT) => {
            let form = document.query_selector(FORM).ok().flatten();
            if let Some(form) = form.and_then(|f| f.dyn_into::<HtmlFormElement>().ok()) {
                let _ = form.request_submit();
            }
        }
        Some(text) => {
            if let Some(button) = find(&document, &Target::Button(text.to_owned())) {
                button.click();
            }
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::theme::Theme;

    /// `start_screen.js` reads the saved theme and the remembered connection before the app runs: it must
    /// read them under the keys, and with the values, the app writes.
    #[test]
    fn the_start_script_reads_what_the_app_stores() {
        let script = include_str!("start_screen.js");
        for key in [crate::theme::STORAGE_KEY, crate::session_store::KEY] {
            assert!(script.contains(&format!("'{key}'")), "start_screen.js does not read '{key}'");
        }
        for theme in [Theme::Light, Theme::Dark] {
            assert!(script.contains(&format!("saved === '{}'", theme.key())), "start_screen.js ignores {theme:?}");
        }
    }
}
