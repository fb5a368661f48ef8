use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use crate::route::Route;
use crate::sort::SortOrder;
use crate::view_state::use_view;

/// "Sort by": orders what is loaded, in the browser (Graph cannot sort incidents by these).
#[component]
pub fn SortSelect() -> impl IntoView {
    let view_state = use_view();
    view! {
        <ChoiceSelect<SortOrder> id="sort-by" label="Sort by" value=view_state.sort
            on_change=move |next: SortOrder| view_state.navigate(Route { sort: next, ..view_state.route() }) />
    }
}
