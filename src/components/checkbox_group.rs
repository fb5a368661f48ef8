use leptos::prelude::*;

/// A `<fieldset>` of checkboxes for several values of one enum property.
#[component]
pub fn CheckboxGroup<T>(
    legend: &'static str,
    options: Vec<T>,
    label: impl Fn(&T) -> String + 'static,
    #[prop(into)] selected: Signal<Vec<T>>,
    #[prop(into)] on_change: Callback<Vec<T>>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let boxes = options
        .into_iter()
        .map(|option| {
            let text = label(&option);
            let is_checked = {
                let option = option.clone();
                move || selected.with(|s| s.contains(&option))
            };
            let toggle = move |ev| {
                let checked = event_target_checked(&ev);
                let mut values = selected.get_untracked();
                values.retain(|v| v != &option);
                if checked {
                    values.push(option.clone());
                }
                on_change.run(values);
            };
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=is_checked on:change=toggle />
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter-group">
            <legend>{legend}</legend>
            {boxes}
        </fieldset>
    }
}
