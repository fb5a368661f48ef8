//! Fetching incident pages into the reactive list state: retries with backoff when Graph throttles,
//! and answers to superseded queries are dropped (every new query bumps a generation number).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::connections::Connections;
use crate::graph::client::GraphClient;
use crate::graph::error::{ErrorKind, GraphError};
use crate::graph::model::Incident;
use crate::graph::page::Page;
use crate::graph::query::IncidentFilters;
use crate::graph::retry::{MAX_ATTEMPTS, delay_ms, is_retryable};
use crate::listing::Listing;
use crate::merge;
use crate::sleep::sleep_ms;

/// Empty pages that still carry a nextLink are followed automatically, up to this many.
const MAX_EMPTY_HOPS: usize = 10;

/// What the list last asked Graph for, so "Try again" (or a new token) can repeat exactly that.
#[derive(Clone, Debug)]
enum Pending {
    FirstPage(IncidentFilters),
    NextPage(String),
    /// "Load all": every page after the last one fetched.
    Rest,
}

/// A fetched page and the URL it came from.
type Fetched = Result<(String, Page<Incident>), GraphError>;

/// A quietly re-fetched page, and which query it belongs to.
pub struct Refreshed {
    generation: u64,
    url: String,
    page: Page<Incident>,
}

/// A wait before retrying: seconds left, and the answer that caused it.
#[derive(Clone, Debug, PartialEq)]
pub struct Backoff {
    pub seconds_left: u32,
    pub cause: GraphError,
}

/// The list's reactive state. `Copy`, so handlers can capture it freely.
#[derive(Clone, Copy)]
pub struct ListState {
    pub listing: RwSignal<Listing>,
    pub loading: RwSignal<bool>,
    pub error: RwSignal<Option<GraphError>>,
    pub backoff: RwSignal<Option<Backoff>>,
    /// "Load all" was asked for: keep following nextLinks until there are none.
    pub want_all: RwSignal<bool>,
    /// Bumped by every new query (and by Cancel); an answer for an older generation is dropped.
    generation: StoredValue<u64>,
    last_request: StoredValue<Option<Pending>>,
}

impl ListState {
    pub fn new() -> Self {
        ListState {
            listing: RwSignal::new(Listing::default()),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            backoff: RwSignal::new(None),
            want_all: RwSignal::new(false),
            generation: StoredValue::new(0),
            last_request: StoredValue::new(None),
        }
    }

    /// Forgets everything (used on disconnect).
    pub fn reset(&self) {
        self.supersede();
        self.listing.set(Listing::default());
        self.error.set(None);
    }

    /// Stops waiting for a throttled request; the reason stays on screen with "Try again".
    pub fn cancel(&self) {
        let cause = self.backoff.get_untracked().map(|b| b.cause);
        self.supersede();
        self.error.set(cause);
    }

    /// Starts a new query at page one.
    pub fn load_first(&self, client: Connections, filters: IncidentFilters) {
        self.listing.set(Listing::default());
        let generation = self.begin(Pending::FirstPage(filters.clone()));
        let state = *self;
        spawn_local(async move {
            let (Some(expanded), Some(plain)) =
                (client.first_request(&filters, true), client.first_request(&filters, false))
            else {
                return;
            };
            let mut result = state.fetch(&client, &expanded, generation).await;
            // `$expand=alerts` is known to fail with 500 on large tenants: retry without it; alerts are
            // then fetched per incident when a card is expanded.
            if matches!(&result, Err(e) if e.kind == ErrorKind::Server && !is_retryable(e)) {
                result = state.fetch(&client, &plain, generation).await;
            }
            state.finish(generation, result);
            if state.want_all.get_untracked() && state.is_current(generation) {
                state.load_rest(client);
            }
        });
    }

    /// Fetches every remaining page of the current query (the user stays on the page they are on).
    /// The app first switches to `$top=50`, so this takes the fewest requests Graph allows.
    pub fn load_all(&self, client: Connections) {
        self.want_all.set(true);
        if !self.loading.get_untracked() {
            self.load_rest(client);
        }
    }

    /// Stops "Load all" (and anything else in flight); what is loaded stays.
    pub fn stop_loading_all(&self) {
        if self.want_all.get_untracked() {
            self.want_all.set(false);
            self.supersede();
        }
    }

    fn load_rest(&self, client: Connections) {
        let Some(first) = self.listing.with_untracked(|l| l.tail_link().map(str::to_owned)) else {
            self.want_all.set(false);
            return;
        };
        let generation = self.begin(Pending::Rest);
        let state = *self;
        spawn_local(async move {
            let mut link = first;
            loop {
                let result = state.fetch(&client, &link, generation).await;
                if !state.is_current(generation) {
                    return;
                }
                match result {
                    Ok((url, page)) => {
                        let next = page.next_link.clone();
                        state.listing.update(|l| l.append(url, page));
                        match next {
                            Some(next) => link = next,
                            None => break,
                        }
                    }
                    Err(error) => {
                        // Loaded pages stay; "Try again" resumes from the link that failed.
                        state.error.set(Some(error));
                        break;
                    }
                }
            }
            state.loading.set(false);
            state.backoff.set(None);
            state.want_all.set(false);
        });
    }

    /// Shows the next page: from memory if fetched before, else by following `@odata.nextLink`.
    pub fn next(&self, client: Connections) {
        let mut moved = false;
        self.listing.update(|l| moved = l.go_next());
        if moved || self.loading.get_untracked() {
            return; // a page in memory needs no request; a double click must not send two
        }
        if let Some(link) = self.listing.with_untracked(|l| l.next_link().map(str::to_owned)) {
            self.fetch_next(client, link);
        }
    }

    pub fn previous(&self) {
        self.error.set(None);
        self.listing.update(Listing::go_previous);
    }

    /// Repeats the last request (after a transient failure, or with a renewed token), keeping the
    /// pages already loaded.
    pub fn retry(&self, client: Connections) {
        match self.last_request.get_value() {
            Some(Pending::FirstPage(filters)) => self.load_first(client, filters),
            Some(Pending::NextPage(link)) => self.fetch_next(client, link),
            Some(Pending::Rest) => {
                self.want_all.set(true);
                self.load_rest(client);
            }
            None => {}
        }
    }

    fn fetch_next(&self, client: Connections, link: String) {
        let generation = self.begin(Pending::NextPage(link.clone()));
        let state = *self;
        spawn_local(async move {
            let result = state.fetch(&client, &link, generation).await;
            state.finish(generation, result);
        });
    }

    /// Re-fetches the page on screen quietly (auto-refresh): no busy state and no retries. `None` when
    /// there is nothing to refresh. Apply the answer with [`Self::apply_refreshed`].
    pub async fn fetch_current_quietly(&self, client: &Connections) -> Result<Option<Refreshed>, GraphError> {
        if self.loading.get_untracked() {
            return Ok(None);
        }
        let Some(url) = self.listing.with_untracked(|l| l.current_url().map(str::to_owned)) else { return Ok(None) };
        let generation = self.generation.get_value();
        let page = self.fetch_any(client, &url, generation, false).await?;
        Ok(Some(Refreshed { generation, url, page }))
    }

    /// Puts a refreshed page in place, unless the user started anything else or moved to another page
    /// meanwhile. Returns the fresh incidents when it was applied.
    pub fn apply_refreshed(&self, refreshed: Refreshed) -> Option<Vec<Incident>> {
        let Refreshed { generation, url, page } = refreshed;
        let same_page = self.listing.with_untracked(|l| l.current_url() == Some(url.as_str()));
        if !self.is_current(generation) || self.loading.get_untracked() || !same_page {
            return None;
        }
        let fresh = page.items.clone();
        self.listing.update(|l| l.replace_current(page));
        Some(fresh)
    }

    /// Invalidates whatever is in flight or waiting.
    fn supersede(&self) {
        self.generation.update_value(|g| *g += 1);
        self.loading.set(false);
        self.backoff.set(None);
    }

    /// Marks a new request as the current one and returns its generation.
    fn begin(&self, request: Pending) -> u64 {
        self.supersede();
        self.last_request.set_value(Some(request));
        self.loading.set(true);
        self.error.set(None);
        self.generation.get_value()
    }

    fn is_current(&self, generation: u64) -> bool {
        self.generation.get_value() == generation
    }

    fn finish(&self, generation: u64, result: Fetched) {
        if !self.is_current(generation) {
            return;
        }
        self.loading.set(false);
        self.backoff.set(None);
        match result {
            Ok((url, page)) => self.listing.update(|l| l.push(url, page)),
            Err(error) => self.error.set(Some(error)),
        }
    }

    /// One page, skipping over empty pages that still point further.
    /// Returns the page and the URL it finally came from.
    async fn fetch(&self, client: &Connections, url: &str, generation: u64) -> Fetched {
        if let Some(links) = merge::decode(url) {
            let page = self.fetch_merged(client, links, generation, true).await?;
            return Ok((url.to_owned(), page));
        }
        let Some(client) = client.primary() else { return Err(GraphError::new(ErrorKind::Network)) };
        let mut url = url.to_owned();
        let mut page = self.get_with_retry(client, &url, generation).await?;
        for _ in 0..MAX_EMPTY_HOPS {
            match (&page.next_link, page.items.is_empty() && page.skipped == 0) {
                (Some(link), true) => {
                    let count = page.count;
                    url = link.clone();
                    page = self.get_with_retry(client, &url, generation).await?;
                    page.count = page.count.or(count);
                }
                _ => break,
            }
        }
        Ok((url, page))
    }

    /// One page of a plain URL (the primary connection) or of a cursor over several tenants.
    async fn fetch_any(
        &self,
        connections: &Connections,
        url: &str,
        generation: u64,
        retry: bool,
    ) -> Result<Page<Incident>, GraphError> {
        match merge::decode(url) {
            Some(links) => self.fetch_merged(connections, links, generation, retry).await,
            None => {
                let client = connections.primary().ok_or(GraphError::new(ErrorKind::Network))?;
                self.get(client, url, generation, retry).await
            }
        }
    }

    /// One page from each tenant in `links`, each requested with that tenant's own client, merged.
    async fn fetch_merged(
        &self,
        connections: &Connections,
        links: Vec<merge::TenantLink>,
        generation: u64,
        retry: bool,
    ) -> Result<Page<Incident>, GraphError> {
        // A later page may come from only the tenants that still have pages: its summed count would
        // then be partial, so it reports none and the first page's total stands.
        let tenants_in_query = self.listing.with_untracked(|l| l.first_url().and_then(merge::decode).map(|f| f.len()));
        let partial = tenants_in_query.is_some_and(|n| n > links.len());
        let mut pages = Vec::new();
        for (tenant, link) in links {
            let label = connections.label_of(&tenant).unwrap_or_else(|| tenant.clone());
            let Some(client) = connections.for_tenant(&tenant) else {
                let mut gone = GraphError::with_message(ErrorKind::ForeignHost, "That tenant is no longer connected.");
                gone.tenant = Some(label);
                return Err(gone);
            };
            let page = self.get(client, &link, generation, retry).await.map_err(|mut error| {
                error.tenant = Some(label);
                error
            })?;
            pages.push((tenant, page));
        }
        let mut merged = merge::merge(pages);
        if partial {
            merged.count = None;
        }
        Ok(merged)
    }

    /// GETs a page; with `retry`, waits out throttling (see [`Self::get_with_retry`]).
    async fn get(
        &self,
        client: &GraphClient,
        url: &str,
        generation: u64,
        retry: bool,
    ) -> Result<Page<Incident>, GraphError> {
        if retry { self.get_with_retry(client, url, generation).await } else { client.get_page(url).await }
    }

    /// GETs a page, waiting and retrying (bounded) while Graph throttles or is unavailable. The wait
    /// is shown as a countdown; a superseded or cancelled generation stops it.
    async fn get_with_retry(
        &self,
        client: &GraphClient,
        url: &str,
        generation: u64,
    ) -> Result<Page<Incident>, GraphError> {
        let mut attempt = 0;
        loop {
            let result = client.get_page(url).await;
            match result {
                Err(error) if is_retryable(&error) && attempt + 1 < MAX_ATTEMPTS => {
                    let wait = delay_ms(attempt, error.retry_after, js_sys::Math::random());
                    let mut left = wait;
                    while left > 0 {
                        if !self.is_current(generation) {
                            return Err(error);
                        }
                        self.backoff.set(Some(Backoff { seconds_left: left.div_ceil(1000), cause: error.clone() }));
                        // Sleep to the next whole second so the countdown ticks evenly.
                        let step = match left % 1000 {
                            0 => 1000,
                            partial => partial,
                        };
                        sleep_ms(step).await;
                        left -= step;
                    }
                    if !self.is_current(generation) {
                        return Err(error);
                    }
                    self.backoff.set(None);
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}

impl Default for ListState {
    fn default() -> Self {
        Self::new()
    }
}
