//! Draws the rows of a windowed list into its `<ul>`: rows entering the window are inserted where they
//! belong, rows leaving it are removed, and rows that stay are never moved. Leptos' `<For>` moves
//! the rows it keeps when rows are added in front of them, and moving a node takes keyboard focus
//! away from it: scrolling up with Tab would lose the user's place.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};

use crate::sleep::when_idle;

/// Rows taken out are disposed of when the browser is next idle, within this.
const DISPOSE_WITHIN: Duration = Duration::from_millis(500);

struct Row {
    li: Element,
    view: AnyViewState,
    owner: Owner,
}

impl Row {
    fn dispose(self) {
        self.owner.cleanup();
        drop(self.view);
    }
}

/// Rows taken out of the list whose reactive graphs are still to be disposed of. Disposing of a card
/// takes longer than detaching it (~0.3 ms each in Chromium), and the frame that shows a keystroke's
/// results or a scroll need not wait for it: it is done in the browser's next idle period.
#[derive(Clone, Default)]
struct Removed(Rc<RefCell<Vec<Row>>>);

impl Removed {
    /// Detaches the row's `<li>` in one step (unmounting the view would remove its nodes one by one).
    fn take(&self, row: Row) {
        row.li.remove();
        let first = {
            let mut rows = self.0.borrow_mut();
            rows.push(row);
            rows.len() == 1
        };
        if first {
            let removed = self.clone();
            when_idle(DISPOSE_WITHIN, move || removed.dispose_all());
        }
    }

    fn dispose_all(&self) {
        let rows = std::mem::take(&mut *self.0.borrow_mut());
        rows.into_iter().for_each(Row::dispose);
    }
}

/// The rows on screen, by key, in DOM order.
pub struct StableRows<K> {
    parent: Owner,
    /// The element drawn into. Leptos may hand a re-created component the old `<ul>` (it rebuilds
    /// DOM of the same shape in place), still holding the rows of the list that was there before.
    list: Option<Element>,
    order: Vec<K>,
    rows: HashMap<K, Row>,
    removed: Removed,
}

impl<K: Clone + Eq + Hash> StableRows<K> {
    /// Rows get their reactive owner under the calling component's.
    pub fn new() -> Self {
        StableRows {
            parent: Owner::current().unwrap_or_default(),
            list: None,
            order: Vec::new(),
            rows: HashMap::new(),
            removed: Removed::default(),
        }
    }

    /// Makes `list` hold exactly `items` in that order; `draw` renders a new row's content. The rows
    /// are items `first` onwards of `set_size`: screen readers are told so (`aria-posinset`/`-setsize`),
    /// as the list itself only holds the rows drawn.
    pub fn update<T>(
        &mut self,
        list: &Element,
        items: Vec<(K, T)>,
        (first, set_size): (usize, usize),
        draw: impl Fn(T) -> AnyView,
    ) {
        if self.list.as_ref() != Some(list) {
            for (_, row) in self.rows.drain() {
                self.removed.take(row);
            }
            self.order.clear();
            list.set_text_content(None);
            self.list = Some(list.clone());
        }
        let wanted: HashMap<&K, usize> = items.iter().enumerate().map(|(i, (key, _))| (key, i)).collect();
        let focused = list.owner_document().and_then(|d| d.active_element());
        for key in self.order.iter().filter(|key| !wanted.contains_key(key)) {
            if let Some(row) = self.rows.remove(key) {
                if focused.as_ref().is_some_and(|f| row.li.contains(Some(f))) {
                    take_focus(list);
                }
                self.removed.take(row);
            }
        }
        self.order.retain(|key| self.rows.contains_key(key));
        // Kept rows in a new relative order (a new sort): they must move, so all are re-placed.
        let kept_in_order = self.order.windows(2).all(|pair| wanted[&pair[0]] < wanted[&pair[1]]);
        let document = list.owner_document();
        let mut next_sibling: Option<Element> = None;
        let mut order = Vec::with_capacity(items.len());
        for (key, item) in items.into_iter().rev() {
            if let Some(row) = self.rows.get(&key) {
                if !kept_in_order {
                    let _ = list.insert_before(&row.li, next_sibling.as_ref().map(|e| e.as_ref()));
                }
                next_sibling = Some(row.li.clone());
            } else if let Some(li) = document.as_ref().and_then(|d| d.create_element("li").ok()) {
                let owner = self.parent.child();
                let mut view = owner.with(|| draw(item).build());
                view.mount(&li, None);
                let _ = list.insert_before(&li, next_sibling.as_ref().map(|e| e.as_ref()));
                next_sibling = Some(li.clone());
                self.rows.insert(key.clone(), Row { li, view, owner });
            }
            order.push(key);
        }
        order.reverse();
        let set_size = set_size.to_string();
        for (index, key) in order.iter().enumerate() {
            if let Some(row) = self.rows.get(key) {
                let _ = row.li.set_attribute("aria-posinset", &(first + index + 1).to_string());
                let _ = row.li.set_attribute("aria-setsize", &set_size);
            }
        }
        self.order = order;
    }
}

/// For a row holding keyboard focus as it leaves: the list takes focus, without scrolling. The browser
/// would otherwise drop focus to the page, and Tab would start again from the header; from the list,
/// Tab and `j` go on from the cards drawn around the screen.
fn take_focus(list: &Element) {
    if let Some(list) = list.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = list.focus_with_options(&options);
    }
}

impl<K: Clone + Eq + Hash> Default for StableRows<K> {
    fn default() -> Self {
        Self::new()
    }
}
