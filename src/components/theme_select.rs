use leptos::prelude::*;

use crate::theme::{Theme, apply, saved};

/// "Theme": System (follows the OS), Light or Dark; remembered in this browser.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let theme = RwSignal::new(saved());
    apply(theme.get_untracked(), false);
    view! {
        <div class="field inline-field theme-field">
            <label for="theme">"Theme"</label>
            <select id="theme" on:change=move |ev| {
                let next = Theme::from_key(&event_target_value(&ev));
                theme.set(next);
                apply(next, true);
            }>
                {Theme::ALL.map(|t| view! {
                    <option value=t.key() prop:selected=move || theme.get() == t>{t.label()}</option>
                }).to_vec()}
            </select>
        </div>
    }
}
