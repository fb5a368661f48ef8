//! Fetching incident pages into the reactive list state, discarding answers to superseded queries.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::graph::client::GraphClient;
use crate::graph::error::{ErrorKind, GraphError};
use crate::graph::model::Incident;
use crate::graph::page::Page;
use crate::graph::query::{IncidentFilters, incidents_url};
use crate::listing::Listing;

/// Empty pages that still carry a nextLink are followed automatically, up to this many.
const MAX_EMPTY_HOPS: usize = 10;

/// What the list last asked Graph for, so "Try again" (or a new token) can repeat exactly that.
#[derive(Clone, Debug)]
enum Pending {
    FirstPage(IncidentFilters),
    NextPage(String),
}

/// The list's reactive state. `Copy`, so handlers can capture it freely.
#[derive(Clone, Copy)]
pub struct ListState {
    pub listing: RwSignal<Listing>,
    pub loading: RwSignal<bool>,
    pub error: RwSignal<Option<GraphError>>,
    /// Bumped by every new query; an answer for an older generation is dropped.
    generation: StoredValue<u64>,
    last_request: StoredValue<Option<Pending>>,
}

impl ListState {
    pub fn new() -> Self {
        ListState {
            listing: RwSignal::new(Listing::default()),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            generation: StoredValue::new(0),
            last_request: StoredValue::new(None),
        }
    }

    /// Forgets everything (used on disconnect).
    pub fn reset(&self) {
        self.generation.update_value(|g| *g += 1);
        self.listing.set(Listing::default());
        self.loading.set(false);
        self.error.set(None);
    }

    /// Starts a new query at page one.
    pub fn load_first(&self, client: GraphClient, filters: IncidentFilters) {
        self.generation.update_value(|g| *g += 1);
        self.listing.set(Listing::default());
        self.last_request
            .set_value(Some(Pending::FirstPage(filters.clone())));
        let state = *self;
        let generation = self.generation.get_value();
        self.loading.set(true);
        self.error.set(None);
        spawn_local(async move {
            let mut result =
                fetch(&client, &incidents_url(&client.api_root(), &filters, true)).await;
            // `$expand=alerts` is known to fail with 500 on large tenants: retry without it, alerts
            // are then fetched per incident when a card is expanded.
            if matches!(&result, Err(e) if e.kind == ErrorKind::Server) {
                result = fetch(&client, &incidents_url(&client.api_root(), &filters, false)).await;
            }
            state.finish(generation, result);
        });
    }

    /// Shows the next page: from memory if fetched before, else by following `@odata.nextLink`.
    pub fn next(&self, client: GraphClient) {
        if self.loading.get_untracked() {
            return; // a double click must not send the same request twice
        }
        let mut moved = false;
        self.listing.update(|l| moved = l.go_next());
        if moved {
            return;
        }
        let Some(link) = self
            .listing
            .with_untracked(|l| l.next_link().map(str::to_owned))
        else {
            return;
        };
        self.fetch_next(client, link);
    }

    /// Repeats the last request (after a transient failure, or with a renewed token), keeping the
    /// pages already loaded.
    pub fn retry(&self, client: GraphClient) {
        match self.last_request.get_value() {
            Some(Pending::FirstPage(filters)) => self.load_first(client, filters),
            Some(Pending::NextPage(link)) => self.fetch_next(client, link),
            None => {}
        }
    }

    fn fetch_next(&self, client: GraphClient, link: String) {
        self.last_request
            .set_value(Some(Pending::NextPage(link.clone())));
        let state = *self;
        let generation = self.generation.get_value();
        self.loading.set(true);
        self.error.set(None);
        spawn_local(async move {
            let result = fetch(&client, &link).await;
            state.finish(generation, result);
        });
    }

    pub fn previous(&self) {
        self.error.set(None);
        self.listing.update(Listing::go_previous);
    }

    fn finish(&self, generation: u64, result: Result<Page<Incident>, GraphError>) {
        if self.generation.get_value() != generation {
            return;
        }
        self.loading.set(false);
        match result {
            Ok(page) => self.listing.update(|l| l.push(page)),
            Err(error) => self.error.set(Some(error)),
        }
    }
}

impl Default for ListState {
    fn default() -> Self {
        Self::new()
    }
}

/// One page, skipping over empty pages that still point further.
async fn fetch(client: &GraphClient, url: &str) -> Result<Page<Incident>, GraphError> {
    let mut page: Page<Incident> = client.get_page(url).await?;
    for _ in 0..MAX_EMPTY_HOPS {
        match (&page.next_link, page.items.is_empty() && page.skipped == 0) {
            (Some(link), true) => {
                let count = page.count;
                page = client.get_page(&link.clone()).await?;
                page.count = page.count.or(count);
            }
            _ => break,
        }
    }
    Ok(page)
}
