//! The reactive side of [`Route`]: one signal per part of the URL, kept in step with the address bar.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser_url::{current_query, push_query, replace_query};
use crate::graph::query::IncidentFilters;
use crate::route::Route;
use crate::sort::SortOrder;

/// Provided as context, so any component can read the view or navigate. `Copy`.
#[derive(Clone, Copy)]
pub struct ViewState {
    pub filters: RwSignal<IncidentFilters>,
    pub sort: RwSignal<SortOrder>,
    /// The incident open on its own page, and its tenant when several are connected.
    pub incident: RwSignal<Option<String>>,
    pub incident_tenant: RwSignal<Option<String>>,
    /// Where the list was scrolled when an incident was opened, to return there.
    list_scroll: StoredValue<f64>,
    /// What had keyboard focus in the list when an incident was opened, to give it back on return.
    list_focus: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl ViewState {
    /// The view in the address bar; with nothing in it, the saved default view (if any).
    pub fn from_url() -> Self {
        let query = current_query();
        let mut route = Route::from_query(&query);
        if query.trim_start_matches('?').is_empty()
            && let Some(default) = crate::saved_views::load().default_view()
        {
            route.filters = default.filters();
            replace_query(&route.to_query());
        }
        ViewState {
            filters: RwSignal::new(route.filters),
            sort: RwSignal::new(route.sort),
            incident: RwSignal::new(route.incident),
            incident_tenant: RwSignal::new(route.incident_tenant),
            list_scroll: StoredValue::new(0.0),
            list_focus: StoredValue::new_local(None),
        }
    }

    pub fn route(&self) -> Route {
        Route {
            filters: self.filters.get_untracked(),
            sort: self.sort.get_untracked(),
            incident: self.incident.get_untracked(),
            incident_tenant: self.incident_tenant.get_untracked(),
        }
    }

    /// The route, tracked (for links that follow the view).
    pub fn route_tracked(&self) -> Route {
        Route {
            filters: self.filters.get(),
            sort: self.sort.get(),
            incident: self.incident.get(),
            incident_tenant: self.incident_tenant.get(),
        }
    }

    /// Moves to `next` as a new history entry. Only the parts that changed are set, so changing the sort
    /// or opening an incident does not refetch the list.
    pub fn navigate(&self, next: Route) {
        if next != self.route() {
            push_query(&next.to_query());
            self.apply(next);
        }
    }

    /// Back/forward: take the state from the address bar without adding a history entry.
    pub fn restore_from_url(&self) {
        self.apply(Route::from_query(&current_query()));
    }

    fn apply(&self, next: Route) {
        if next.filters != self.filters.get_untracked() {
            self.filters.set(next.filters);
        }
        if next.sort != self.sort.get_untracked() {
            self.sort.set(next.sort);
        }
        if next.incident_tenant != self.incident_tenant.get_untracked() {
            self.incident_tenant.set(next.incident_tenant.clone());
        }
        let was_open = self.incident.get_untracked().is_some();
        if next.incident != self.incident.get_untracked() {
            let opening = next.incident.is_some();
            if opening && !was_open {
                self.list_scroll.set_value(scroll_y());
                self.list_focus.set_value(active_element());
            }
            self.incident.set(next.incident);
            // The detail page starts at its top (its heading takes focus); the list comes back where the
            // user left it, focus included.
            let target = if opening { 0.0 } else { self.list_scroll.get_value() };
            let refocus = if opening { None } else { self.list_focus.get_value() };
            request_animation_frame(move || {
                scroll_to(target);
                if let Some(element) = refocus.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    && element.is_connected()
                {
                    let _ = element.focus();
                }
            });
        }
    }

    /// Follows an in-app link without reloading the page, unless the user asked for a new tab or
    /// window (modifier keys, middle click): then the browser opens the `href` as usual.
    pub fn follow(&self, event: &web_sys::MouseEvent, next: Route) {
        if event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
            return;
        }
        event.prevent_default();
        self.navigate(next);
    }
}

fn active_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// How far the page is scrolled down (CSS px).
pub(crate) fn scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// The view state from context (the app provides it); a component mounted on its own (as in the
/// component tests) reads the address bar instead.
pub fn use_view() -> ViewState {
    use_context::<ViewState>().unwrap_or_else(ViewState::from_url)
}
