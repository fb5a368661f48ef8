use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use crate::theme::{Theme, apply, saved};

/// "Theme": System (follows the OS), Light or Dark; remembered in this browser.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let theme = RwSignal::new(saved());
    apply(theme.get_untracked(), false);
    view! {
        <ChoiceSelect<Theme> id="theme" label="Theme" value=theme
            on_change=move |next: Theme| {
                theme.set(next);
                apply(next, true);
            } />
    }
}
