use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

use crate::format::{absolute, iso, relative_time};

/// The current minute, provided by the app shell so relative times refresh together.
#[derive(Clone, Copy)]
pub struct Clock(pub RwSignal<DateTime<Utc>>);

/// A relative time ("3 h ago") on a `<time>` carrying the exact instant and the absolute local time.
#[component]
pub fn TimeAgo(at: Option<DateTime<Utc>>) -> impl IntoView {
    let clock = use_context::<Clock>();
    at.map(|at| {
        let offset = *Local::now().offset();
        let relative = move || relative_time(at, clock.map_or_else(Utc::now, |c| c.0.get()));
        view! { <time datetime=iso(at) title=absolute(at, offset)>{relative}</time> }.into_any()
    })
    .unwrap_or_else(|| view! { <span class="muted">"—"</span> }.into_any())
}
