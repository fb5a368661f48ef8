//! Feeds a windowed list (see [`crate::row_window`]) from the page: where the viewport is over the
//! list, and how tall the drawn rows really are. It also keeps the row being read still when rows
//! above it turn out taller or shorter than assumed, or the summary above the list grows, so drawing
//! never makes the page jump.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, FocusEvent, HtmlElement, ResizeObserver};

use crate::row_window::{RowHeights, Viewport};
use crate::view_state::scroll_y;

#[derive(Clone, Copy)]
pub struct ListViewport {
    pub viewport: RwSignal<Viewport>,
    pub heights: StoredValue<RowHeights>,
    /// Bumped when a measured height differs from what the window assumed.
    pub heights_changed: RwSignal<u32>,
    /// The row keys drawn, in order (the list's children match them one to one).
    pub drawn: StoredValue<Vec<usize>>,
    /// The key of the row holding keyboard focus: it stays drawn (see [`RowWindow::including`]).
    ///
    /// [`RowWindow::including`]: crate::row_window::RowWindow::including
    pub focused: RwSignal<Option<usize>>,
    /// The page is being printed: paper has no viewport, so every row is drawn (from `beforeprint`
    /// to `afterprint`).
    pub printing: RwSignal<bool>,
    /// The first row on screen, where it was in the viewport when last seen, and the page's scroll
    /// then.
    anchor: StoredValue<Option<Anchor>, LocalStorage>,
}

/// The row being read: the element, its top in the viewport and the page's scroll when last seen.
type Anchor = (Element, f64, f64);

/// Where the list's top is in the viewport, `None` while it is hidden (an incident page is open).
fn top_on_screen(list: &web_sys::HtmlUListElement) -> Option<f64> {
    list.offset_parent()?;
    Some(list.get_bounding_client_rect().top())
}

/// The viewport's height (CSS px).
pub(crate) fn inner_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0)
}

impl ListViewport {
    pub fn new() -> ListViewport {
        ListViewport {
            viewport: RwSignal::new(Viewport { top: 0.0, height: inner_height() }),
            heights: StoredValue::new(RowHeights::default()),
            heights_changed: RwSignal::new(0),
            drawn: StoredValue::new(Vec::new()),
            focused: RwSignal::new(None),
            printing: RwSignal::new(false),
            anchor: StoredValue::new_local(None),
        }
    }

    /// Forgets measured heights (the rows now stand for other incidents).
    pub fn reset(&self) {
        self.heights.set_value(RowHeights::default());
        self.forget_anchor();
    }

    /// Another result set is drawn (a search, a sort, back to the page): the row being read belonged to
    /// the old one. Kept, it would scroll the page by as far as that incident moved in the new one (a
    /// cleared search moved the page 250 px from its top).
    pub fn forget_anchor(&self) {
        self.anchor.set_value(None);
    }

    /// Watches `list` (the element holding the rows) while the calling component lives.
    pub fn track(self, list: NodeRef<leptos::html::Ul>) {
        let scroll = window_event_listener(leptos::ev::scroll, move |_| self.sync(list));
        let resize = window_event_listener(leptos::ev::resize, move |_| self.sync(list));
        // The rows are drawn in the microtasks that follow the event, before the browser lays out
        // the page for print.
        let before_print = window_event_listener_untyped("beforeprint", move |_| self.printing.set(true));
        let after_print = window_event_listener_untyped("afterprint", move |_| self.printing.set(false));
        on_cleanup(move || {
            scroll.remove();
            resize.remove();
            before_print.remove();
            after_print.remove();
        });
        // Rows drawn, removed or grown change the results' size, and so does the summary strip or the
        // status above the list (Load all adding a status row moved the card being read by 22 px);
        // the observer reports it after layout and before paint, so a correction is never seen.
        let on_resize = Closure::<dyn FnMut()>::new(move || self.sync(list));
        let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
        let observing = StoredValue::new_local(observer.clone());
        Effect::new(move |_| {
            if let Some(element) = list.get() {
                let results = element.closest("section.results").ok().flatten();
                observing.with_value(|o| o.observe(results.as_ref().unwrap_or(&element)));
            }
        });
        // The callback must outlive the observer: both go when the list does, disconnected first.
        let owned = send_wrapper::SendWrapper::new((observer, on_resize));
        on_cleanup(move || owned.0.disconnect());
    }

    /// `focusin` on the list: remembers which row took focus (none when the list itself did, as when its
    /// focused card left it, see `stable_rows`).
    pub fn focus_entered(&self, event: &FocusEvent) {
        let row = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest(".incident-list > li").ok().flatten());
        let key = row.and_then(|row| {
            let children = row.parent_element()?.children();
            let index = (0..children.length()).find(|i| children.item(*i).is_some_and(|c| c == row))?;
            self.drawn.with_value(|d| d.get(index as usize).copied())
        });
        if self.focused.get_untracked() != key {
            self.focused.set(key);
        }
    }

    /// `focusout` from the list: forgets the row unless focus stays inside the list.
    pub fn focus_left(&self, event: &FocusEvent, list: NodeRef<leptos::html::Ul>) {
        let next = event.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = list.get_untracked().is_some_and(|l| next.is_some_and(|n| l.contains(Some(&n))));
        if !inside && self.focused.get_untracked().is_some() {
            self.focused.set(None);
        }
    }

    /// Where the viewport is over `list` now, read from the page (a layout, if anything changed since
    /// the last). `None` while the list is not on the page.
    pub fn read_now(&self, list: NodeRef<leptos::html::Ul>) -> Option<Viewport> {
        let top = top_on_screen(&list.try_get_untracked().flatten()?)?;
        Some(Viewport { top: -top, height: inner_height() })
    }

    fn sync(&self, list: NodeRef<leptos::html::Ul>) {
        // Events can still arrive while the list is being torn down.
        let Some(list) = list.try_get_untracked().flatten() else { return };
        if self.viewport.is_disposed() {
            return;
        }
        let Some(mut top) = top_on_screen(&list) else { return };
        // The page was not scrolled since the row being read was noted, yet it moved: something above
        // it changed height (rows drawn or measured, the summary, the status line). Scroll by as much
        // to keep it still. Whether the page was scrolled is read from the scroll itself, not from
        // which event came: a scroll's event may come after the layout it raced (focus moved to a
        // field after a resize), and the event of our own correction may come after the next change
        // (during Load all), which it must not absorb.
        if let Some((row, was, scrolled)) = self.anchor.get_value()
            && row.is_connected()
            && (scroll_y() - scrolled).abs() < 0.5
        {
            let moved = row.get_bounding_client_rect().top() - was;
            if moved.abs() >= 0.5
                && let Some(window) = web_sys::window()
            {
                window.scroll_by_with_x_and_y(0.0, moved);
                top = list.get_bounding_client_rect().top();
            }
        }
        let rows = list.children();
        let drawn = self.drawn.get_value();
        let mut changed = false;
        let mut anchor = None;
        for (index, key) in drawn.into_iter().enumerate().take(rows.length() as usize) {
            let Some(row) = rows.item(index as u32) else { continue };
            let height = row.dyn_ref::<HtmlElement>().map_or(0.0, |r| f64::from(r.offset_height()));
            changed |= self.heights.try_update_value(|h| h.record(key, height)).unwrap_or(false);
            if anchor.is_none() {
                let rect = row.get_bounding_client_rect();
                if rect.bottom() > 0.0 {
                    anchor = Some((row, rect.top(), scroll_y()));
                }
            }
        }
        self.anchor.set_value(anchor);
        let viewport = Viewport { top: -top, height: inner_height() };
        if self.viewport.get_untracked() != viewport {
            self.viewport.set(viewport);
        }
        if changed {
            self.heights_changed.update(|n| *n = n.wrapping_add(1));
        }
    }
}

impl Default for ListViewport {
    fn default() -> Self {
        Self::new()
    }
}
