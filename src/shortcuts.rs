//! Keyboard-first use of the list: which key does what. Pure; host-tested. The DOM side lives in
//! `components::keyboard_shortcuts`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NextIncident,
    PreviousIncident,
    /// Expand or collapse the focused incident's alerts.
    ToggleAlerts,
    /// Open the focused incident's own page.
    OpenDetails,
    FocusSearch,
    /// Close what is open: the shortcut sheet, the detail page, an expanded card.
    Close,
    ShowHelp,
}

/// The shortcut sheet: keys and what they do, in display order.
pub const SHEET: &[(&[&str], &str)] = &[
    (&["j"], "Next incident"),
    (&["k"], "Previous incident"),
    (&["o", "Enter"], "Show or hide the focused incident's alerts"),
    (&["d"], "Open the focused incident's page (Esc comes back)"),
    (&["/"], "Search (Enter there goes to the first result)"),
    (&["Ctrl+F", "⌘F"], "Search, while the list is shown (press it again for the browser's find)"),
    (&["Esc"], "Close: this sheet, the incident page, expanded alerts"),
    (&["?"], "Show these shortcuts"),
];

/// What a key press means. `typing` is true when focus is in a text field, select or editable
/// element: then only Esc is ours. `on_card` is true when an incident card itself has focus (Enter
/// elsewhere keeps its usual meaning). Presses with Ctrl, Alt or Meta are the browser's.
pub fn action_for(key: &str, modified: bool, typing: bool, on_card: bool) -> Option<Action> {
    if modified {
        return None;
    }
    if typing {
        return (key == "Escape").then_some(Action::Close);
    }
    match key {
        "j" => Some(Action::NextIncident),
        "k" => Some(Action::PreviousIncident),
        "o" => Some(Action::ToggleAlerts),
        "Enter" if on_card => Some(Action::ToggleAlerts),
        "d" => Some(Action::OpenDetails),
        "/" => Some(Action::FocusSearch),
        "Escape" => Some(Action::Close),
        "?" => Some(Action::ShowHelp),
        _ => None,
    }
}

/// Ctrl+F (⌘F on a Mac) while the incident list is shown goes to the app's Search, which covers every
/// loaded incident: the browser's find only sees the cards drawn (the list is windowed), so it could
/// answer "not found" for an incident that is loaded. Pressed in the Search field itself, it is the
/// browser's again: pressing it twice reaches the browser's find. `list_shown` is only asked for a
/// Ctrl/Meta+F press (it looks at the page).
pub fn find_goes_to_search(
    key: &str,
    command: bool,
    other_modifiers: bool,
    in_search: bool,
    list_shown: impl FnOnce() -> bool,
) -> bool {
    command && !other_modifiers && key.eq_ignore_ascii_case("f") && !in_search && list_shown()
}

/// The card to move to among `count`, from the one focused (if any). Stops at both ends.
pub fn step(current: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, forward) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(count - 1),
        (Some(i), false) => i.saturating_sub(1),
    })
}
