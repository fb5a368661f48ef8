//! The connected page as a part of the app fetched after the token form.
//!
//! With the `split` feature (every Trunk build, see `tools/build_wasm.py`) everything only the connected
//! page uses — the list, cards, filters, detail, Graph client, decoders and demo tenant — is moved into
//! a second WebAssembly module. The first load is then the shell and the token form alone. The part
//! is fetched as soon as the form is painted (the browser compiles it off the main thread), so it is
//! usually in before a token is pasted; if it is not, the page says it is loading, and if it cannot
//! be fetched, says so and offers to try again.
//!
//! Without the feature (host and wasm-bindgen tests) there is one module and the part is there at once.

use leptos::prelude::*;

use crate::connected_page::{Connected, connected_view};

/// Where fetching the part is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    NotStarted,
    Loading,
    Ready,
    #[cfg_attr(not(feature = "split"), allow(dead_code))] // one module cannot fail to arrive
    Failed,
}

/// The connected page's part of the app, fetched once per page load.
#[derive(Clone, Copy)]
pub struct ConnectedPart {
    fetch: RwSignal<Fetch>,
}

impl ConnectedPart {
    pub fn new() -> Self {
        let ready = if cfg!(feature = "split") { Fetch::NotStarted } else { Fetch::Ready };
        Self { fetch: RwSignal::new(ready) }
    }

    /// Starts fetching the part, unless it is in or on its way (again after a failure).
    pub fn fetch(self) {
        if matches!(self.fetch.get_untracked(), Fetch::Loading | Fetch::Ready) {
            return;
        }
        self.fetch.set(Fetch::Loading);
        #[cfg(feature = "split")]
        leptos::task::spawn_local(async move {
            let fetched = split::fetch().await;
            self.fetch.set(if fetched.is_ok() { Fetch::Ready } else { Fetch::Failed });
        });
        #[cfg(not(feature = "split"))]
        self.fetch.set(Fetch::Ready); // one module: nothing to fetch
    }

    /// From the failure notice: fetch again, also when the part counts as in but its entry point did not
    /// answer (the notice's button would otherwise do nothing); a part already in answers at once.
    fn fetch_again(self) {
        self.fetch.set(Fetch::NotStarted);
        self.fetch();
    }

    /// The connected page once the part is in; until then what is happening.
    pub fn view(self, shell: Connected) -> AnyView {
        self.fetch();
        (move || match self.fetch.get() {
            Fetch::Ready => build(shell).unwrap_or_else(|| failed(self)),
            Fetch::Failed => failed(self),
            Fetch::NotStarted | Fetch::Loading => view! {
                <p role="status" class="status-line">"Loading the incident list…"</p>
            }
            .into_any(),
        })
        .into_any()
    }

    /// After the token form is painted: fetch the part, then warm up the code a first page runs.
    pub fn warm_up(self, owner: Owner) {
        #[cfg(feature = "split")]
        crate::sleep::after_next_paint(crate::warm_up::WITHIN, move || {
            self.fetch();
            leptos::task::spawn_local(async move {
                let _ = split::warm_up(owner).await;
            });
        });
        #[cfg(not(feature = "split"))]
        crate::warm_up::start(owner);
    }
}

impl Default for ConnectedPart {
    fn default() -> Self {
        Self::new()
    }
}

fn failed(part: ConnectedPart) -> AnyView {
    view! {
        <div role="alert" class="error-banner">
            <p class="error-headline">"The incident list could not be loaded."</p>
            <p class="error-details">
                "Part of the app did not arrive. Check the connection, then try again. If the app was updated "
                "since this page was opened, reload the page instead (filters are kept in its address)."
            </p>
            <button type="button" on:click=move |_| part.fetch_again()>"Try again"</button>
        </div>
    }
    .into_any()
}

#[cfg(not(feature = "split"))]
fn build(shell: Connected) -> Option<AnyView> {
    Some(connected_view(shell))
}

/// Runs the part's entry point now that the part is in (its future is ready when first polled).
#[cfg(feature = "split")]
fn build(shell: Connected) -> Option<AnyView> {
    use std::future::Future;
    use std::task::{Context, Poll, Waker};
    let mut entry = std::pin::pin!(split::connected(shell));
    match entry.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(built) => built.ok(),
        Poll::Pending => None,
    }
}

/// The split points: calling one of these first loads the part they live in.
#[cfg(feature = "split")]
mod split {
    use leptos::prelude::*;
    use leptos::wasm_split::{SplitLoaderError, wasm_split};

    use super::{Connected, connected_view};

    #[wasm_split(connected, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch))]
    pub fn connected(shell: Connected) -> Result<AnyView, SplitLoaderError> {
        Ok(connected_view(shell))
    }

    #[wasm_split(connected, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn warm_up(owner: Owner) -> Result<(), SplitLoaderError> {
        crate::warm_up::start_when_idle(owner);
        Ok(())
    }
}
