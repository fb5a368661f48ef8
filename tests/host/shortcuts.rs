use incident_viewer::shortcuts::{Action, SHEET, action_for, find_goes_to_search, step};

#[test]
fn keys_map_to_actions_outside_text_fields() {
    assert_eq!(action_for("j", false, false, false), Some(Action::NextIncident));
    assert_eq!(action_for("k", false, false, false), Some(Action::PreviousIncident));
    assert_eq!(action_for("o", false, false, false), Some(Action::ToggleAlerts));
    assert_eq!(action_for("d", false, false, false), Some(Action::OpenDetails));
    assert_eq!(action_for("/", false, false, false), Some(Action::FocusSearch));
    assert_eq!(action_for("?", false, false, false), Some(Action::ShowHelp));
    assert_eq!(action_for("Escape", false, false, false), Some(Action::Close));
    assert_eq!(action_for("x", false, false, false), None);
}

#[test]
fn enter_toggles_only_on_a_focused_card() {
    assert_eq!(action_for("Enter", false, false, true), Some(Action::ToggleAlerts));
    assert_eq!(action_for("Enter", false, false, false), None, "Enter on a button or link keeps its meaning");
}

#[test]
fn typing_and_modified_keys_are_left_alone() {
    for key in ["j", "k", "o", "d", "/", "?", "Enter"] {
        assert_eq!(action_for(key, false, true, false), None, "{key} while typing");
    }
    assert_eq!(action_for("Escape", false, true, false), Some(Action::Close));
    assert_eq!(action_for("j", true, false, false), None, "Ctrl/Alt/Meta+j belongs to the browser");
}

#[test]
fn ctrl_f_goes_to_search_while_the_list_is_shown_and_to_the_browser_from_search() {
    assert!(find_goes_to_search("f", true, false, false, || true));
    assert!(find_goes_to_search("F", true, false, false, || true), "Caps Lock");
    assert!(!find_goes_to_search("f", true, false, true, || true), "a second press, in Search, is the browser's find");
    assert!(
        !find_goes_to_search("f", true, false, false, || false),
        "no list (token form, incident page): the browser's"
    );
    assert!(!find_goes_to_search("f", false, false, false, || true), "a plain f");
    assert!(!find_goes_to_search("f", true, true, false, || true), "Ctrl+Shift+F or Ctrl+Alt+F");
    assert!(!find_goes_to_search("g", true, false, false, || true));
    let not_asked = || -> bool { panic!("the page is looked at only for Ctrl/Meta+F") };
    assert!(!find_goes_to_search("j", false, false, false, not_asked));
}

#[test]
fn moving_between_cards_stops_at_the_ends() {
    assert_eq!(step(None, 0, true), None);
    assert_eq!(step(None, 5, true), Some(0));
    assert_eq!(step(None, 5, false), Some(0));
    assert_eq!(step(Some(0), 5, true), Some(1));
    assert_eq!(step(Some(4), 5, true), Some(4));
    assert_eq!(step(Some(0), 5, false), Some(0));
    assert_eq!(step(Some(3), 5, false), Some(2));
}

#[test]
fn every_key_the_sheet_shows_does_something() {
    for (keys, what) in SHEET {
        assert!(!keys.is_empty(), "{what}: no key");
        for key in *keys {
            let works = match *key {
                "Ctrl+F" => find_goes_to_search("f", true, false, false, || true),
                "⌘F" => find_goes_to_search("F", true, false, false, || true),
                "Esc" => action_for("Escape", false, false, false).is_some(),
                key => action_for(key, false, false, true).is_some(),
            };
            assert!(works, "{key} ({what}) is on the sheet but does nothing");
        }
    }
}
