use leptos::prelude::*;

use crate::refresh::RefreshEvery;
use crate::sort::SortOrder;
use crate::theme::Theme;

/// A small closed set of options shown in a `<select>`: each has a URL/storage key and a label.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    fn all() -> Vec<Self>;
    fn key(self) -> String;
    /// The option a key names (each type falls back to its default for a key it does not know).
    fn from_key(key: &str) -> Self;
    fn label(self) -> &'static str;
}

impl Choice for SortOrder {
    fn all() -> Vec<Self> {
        SortOrder::ALL.to_vec()
    }
    fn key(self) -> String {
        SortOrder::key(self).to_owned()
    }
    fn from_key(key: &str) -> Self {
        SortOrder::from_key(key)
    }
    fn label(self) -> &'static str {
        SortOrder::label(self)
    }
}

impl Choice for Theme {
    fn all() -> Vec<Self> {
        Theme::ALL.to_vec()
    }
    fn key(self) -> String {
        Theme::key(self).to_owned()
    }
    fn from_key(key: &str) -> Self {
        Theme::from_key(key)
    }
    fn label(self) -> &'static str {
        Theme::label(self)
    }
}

impl Choice for RefreshEvery {
    fn all() -> Vec<Self> {
        RefreshEvery::ALL.to_vec()
    }
    fn key(self) -> String {
        RefreshEvery::key(self)
    }
    fn from_key(key: &str) -> Self {
        RefreshEvery::from_key(key)
    }
    fn label(self) -> &'static str {
        RefreshEvery::label(self)
    }
}

/// A labelled `<select>` over a [`Choice`], showing `value` and reporting the option picked.
#[component]
pub fn ChoiceSelect<T: Choice>(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
) -> impl IntoView {
    view! {
        <div class="field inline-field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| on_change.run(T::from_key(&event_target_value(&ev)))>
                {T::all().into_iter().map(|choice| view! {
                    <option value=choice.key() prop:selected=move || value.get() == choice>{choice.label()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
