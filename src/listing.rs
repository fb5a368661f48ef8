//! The pages fetched for one query, and where the user is among them. Pure; host-tested.
//!
//! "Next page" follows the last page's `@odata.nextLink`; "Previous page" goes back to a page already
//! fetched, without refetching. A new query starts a new `Listing`.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::graph::model::Incident;
use crate::graph::page::Page;
use crate::search::{Indexed, Query};
use crate::sort::SortOrder;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    pages: Vec<Page<Incident>>,
    current: usize,
    /// The URL each page was fetched from (the first page's query, then nextLinks).
    urls: Vec<String>,
    /// Each page's incidents as search sees them (lower-cased text and its character pairs), one per
    /// page: built once per page, so a keystroke only looks at prepared data.
    search_index: Vec<PageIndex>,
    revision: usize,
    /// When each page was added or last replaced, as a [`next_write`] stamp.
    written: Vec<u64>,
}

/// One page's search index, built on first use: by [`Listing::prepare_search`] when the browser is
/// idle after the page is shown (so it is not in the way of the first paint), else by the first search.
#[derive(Clone, Debug, Default)]
struct PageIndex(OnceLock<Vec<Indexed>>);

impl PageIndex {
    fn of(&self, incidents: &[Incident]) -> &[Indexed] {
        self.0.get_or_init(|| incidents.iter().map(Indexed::new).collect())
    }
}

/// Built or not, a page's index says the same about the same page: listings compare by their pages.
impl PartialEq for PageIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Stamps page writes in the order they happen, across every listing: a page added or replaced after
/// a stamp was taken has a larger one, whichever listing (query) it belongs to.
static WRITES: AtomicU64 = AtomicU64::new(0);

fn next_write() -> u64 {
    WRITES.fetch_add(1, Ordering::Relaxed) + 1
}

impl Listing {
    /// Adds a freshly fetched page and makes it the current one.
    pub fn push(&mut self, url: String, page: Page<Incident>) {
        self.append(url, page);
        self.current = self.pages.len() - 1;
    }

    /// Adds a page behind the others without moving the user (used by "Load all").
    pub fn append(&mut self, url: String, page: Page<Incident>) {
        self.search_index.push(PageIndex::default());
        self.revision += 1;
        self.urls.push(url);
        self.pages.push(page);
        self.written.push(next_write());
    }

    /// Puts a re-fetched version of the page on screen in place (auto-refresh). Its count and
    /// nextLink are taken too; the pages after it stay as they were.
    pub fn replace_current(&mut self, page: Page<Incident>) {
        if self.current >= self.pages.len() {
            return;
        }
        self.search_index[self.current] = PageIndex::default();
        self.revision += 1;
        self.pages[self.current] = page;
        self.written[self.current] = next_write();
    }

    /// The URL (or several tenants' cursor) the query started with.
    pub fn first_url(&self) -> Option<&str> {
        self.urls.first().map(String::as_str)
    }

    /// The exact URL behind the page on screen.
    pub fn current_url(&self) -> Option<&str> {
        self.urls.get(self.current).map(String::as_str)
    }

    /// How many incidents have been fetched for this query.
    pub fn loaded(&self) -> usize {
        self.pages.iter().map(|p| p.items.len()).sum()
    }

    /// Builds the search index of every page that has none yet (see [`PageIndex`]).
    pub fn prepare_search(&self) {
        self.page_indexes().for_each(drop);
    }

    /// Each page's search index, built now where it is not yet.
    fn page_indexes(&self) -> impl Iterator<Item = &[Indexed]> {
        self.pages.iter().zip(&self.search_index).map(|(page, index)| index.of(&page.items))
    }

    /// Every loaded incident as search sees it, in load order.
    fn indexed(&self) -> impl Iterator<Item = &Indexed> {
        self.page_indexes().flatten()
    }

    /// Positions (in load order, see [`Listing::at`]) of the loaded incidents matching `query` (every
    /// one when it is empty), in `sort` order. `narrowing`: the result of an earlier search with the
    /// same sort and a query this one [narrows](Query::narrows), on this same listing: only those
    /// incidents are looked at again.
    pub fn search(&self, query: &Query, sort: SortOrder, narrowing: Option<&[usize]>) -> Vec<usize> {
        if let Some(earlier) = narrowing {
            let indexed: Vec<&Indexed> = self.indexed().collect();
            return earlier.iter().copied().filter(|p| indexed.get(*p).is_some_and(|i| query.matches(i))).collect();
        }
        let found = self.indexed().enumerate().filter(|(_, indexed)| query.matches(indexed)).map(|(p, _)| p);
        if sort == SortOrder::AsReceived {
            return found.collect();
        }
        let found: Vec<usize> = found.collect();
        let mut sorted: Vec<(usize, &Incident)> = found.iter().copied().zip(self.at(&found)).collect();
        sort.apply(&mut sorted, |(_, incident)| incident);
        sorted.into_iter().map(|(position, _)| position).collect()
    }

    /// The incident at `position` in load order.
    pub fn get(&self, position: usize) -> Option<&Incident> {
        let mut rest = position;
        for page in &self.pages {
            if rest < page.items.len() {
                return page.items.get(rest);
            }
            rest -= page.items.len();
        }
        None
    }

    /// The incidents at `positions`, in that order (positions past the end are left out). Looks each
    /// up among the pages' ends (a few drawn cards out of 10,000 cost a few steps, not a copy of all).
    pub fn at(&self, positions: &[usize]) -> Vec<&Incident> {
        let ends: Vec<usize> = self
            .pages
            .iter()
            .scan(0, |end, page| {
                *end += page.items.len();
                Some(*end)
            })
            .collect();
        positions
            .iter()
            .filter_map(|&position| {
                // The first page ending after `position` holds it (empty pages end where they start).
                let index = ends.partition_point(|&end| end <= position);
                let page = self.pages.get(index)?;
                page.items.get(position - (ends[index] - page.items.len()))
            })
            .collect()
    }

    /// Positions of the current page's incidents.
    pub fn page_positions(&self) -> std::ops::Range<usize> {
        let start = self.offset();
        start..start + self.incidents().len()
    }

    /// Changes whenever the loaded incidents do (a page added or replaced), so a kept search result
    /// can tell it is out of date.
    pub fn revision(&self) -> usize {
        self.revision
    }

    pub fn current(&self) -> Option<&Page<Incident>> {
        self.pages.get(self.current)
    }

    /// Incidents on the page the user is looking at.
    pub fn incidents(&self) -> &[Incident] {
        self.current().map(|p| p.items.as_slice()).unwrap_or_default()
    }

    /// Every incident fetched for this query so far, in order.
    pub fn all_incidents(&self) -> impl Iterator<Item = &Incident> {
        self.pages.iter().flat_map(|p| &p.items)
    }

    /// Each page's incidents with the stamp of its last write, in order.
    pub fn stamped_pages(&self) -> impl Iterator<Item = (u64, &[Incident])> {
        self.written.iter().copied().zip(self.pages.iter().map(|p| p.items.as_slice()))
    }

    /// The stamp of this listing's latest page write (0 when it has no page); see [`Self::written_after`].
    pub fn last_write(&self) -> u64 {
        self.written.iter().copied().max().unwrap_or(0)
    }

    /// Incidents on the pages added or replaced after the write stamped `stamp` (all of a listing
    /// started since), so a caller that keeps up with every change need not go over all loaded again.
    pub fn written_after(&self, stamp: u64) -> impl Iterator<Item = &Incident> {
        self.stamped_pages().filter(move |(written, _)| *written > stamp).flat_map(|(_, incidents)| incidents)
    }

    /// How many incidents precede the current page (for "Showing 26–50").
    pub fn offset(&self) -> usize {
        self.pages[..self.current.min(self.pages.len())].iter().map(|p| p.items.len()).sum()
    }

    /// `@odata.count` as last reported.
    pub fn total(&self) -> Option<u64> {
        self.pages.iter().rev().find_map(|p| p.count)
    }

    pub fn has_previous(&self) -> bool {
        self.current > 0
    }

    /// A page after the current one is already here: "Next" needs no request.
    pub fn has_fetched_next(&self) -> bool {
        self.current + 1 < self.pages.len()
    }

    /// The link to fetch when the user asks for a page not yet fetched.
    pub fn next_link(&self) -> Option<&str> {
        if self.has_fetched_next() {
            return None;
        }
        self.tail_link()
    }

    /// The nextLink after the last fetched page, wherever the user is (used by "Load all").
    pub fn tail_link(&self) -> Option<&str> {
        self.pages.last().and_then(|p| p.next_link.as_deref())
    }

    pub fn has_next(&self) -> bool {
        self.has_fetched_next() || self.next_link().is_some()
    }

    /// Moves to the next already-fetched page; false when it must be fetched first.
    pub fn go_next(&mut self) -> bool {
        let possible = self.has_fetched_next();
        if possible {
            self.current += 1;
        }
        possible
    }

    pub fn go_previous(&mut self) {
        self.current = self.current.saturating_sub(1);
    }

    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }

    /// Items on the current page that could not be decoded.
    pub fn skipped(&self) -> usize {
        self.current().map_or(0, |p| p.skipped)
    }

    /// 1-based number of the current page.
    pub fn page_number(&self) -> usize {
        self.current + 1
    }
}
