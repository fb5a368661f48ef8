use leptos::prelude::*;

use crate::route::Route;
use crate::sort::SortOrder;
use crate::view_state::use_view;

/// "Sort by": orders what is loaded, in the browser (Graph cannot sort incidents by these).
#[component]
pub fn SortSelect() -> impl IntoView {
    let view_state = use_view();
    let sort = view_state.sort;
    view! {
        <div class="field inline-field">
            <label for="sort-by">"Sort by"</label>
            <select id="sort-by" on:change=move |ev| {
                let next = SortOrder::from_key(&event_target_value(&ev));
                view_state.navigate(Route { sort: next, ..view_state.route() });
            }>
                {SortOrder::ALL.map(|order| view! {
                    <option value=order.key() prop:selected=move || sort.get() == order>{order.label()}</option>
                }).to_vec()}
            </select>
        </div>
    }
}
