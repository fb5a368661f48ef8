use leptos::prelude::*;

use crate::format::thousands;
use crate::graph::query::IncidentFilters;
use crate::listing::Listing;
use crate::local_store;
use crate::screen::wide_screen;
use crate::summary::{PageTallies, bucket_end, per_mille, percent};
use crate::view_state::use_view;

/// Whether the analyst last left the summary open or closed.
const OPEN_KEY: &str = "incident-viewer.summary";

/// As the analyst last left it; before they have chosen, open except on a phone, where it would push
/// the first card a screen down.
fn opened_at_start() -> bool {
    match local_store::get(OPEN_KEY).as_deref() {
        Some("closed") => false,
        Some(_) => true,
        None => wide_screen(),
    }
}

/// One horizontal bar: the label and count as text (the bar only repeats the number), a button that
/// applies the filter.
fn bar_row(label: String, count: usize, largest: usize, fill: String, apply: impl Fn() + 'static) -> impl IntoView {
    let width = format!("{}%", percent(per_mille(count, largest)));
    let title = format!("Show only {label}");
    view! {
        <li>
            <button type="button" class="bar-button" title=title on:click=move |_| apply()>
                <span class="bar-label">{label}</span>
                <span class="bar-count">{thousands(count as u64)}</span>
                // One element over the track the button draws (plain HTML: cheaper to build and lay out than SVG).
                <span class=format!("bar {fill}") style:width=width aria-hidden="true"></span>
            </button>
        </li>
    }
}

/// The summary strip over everything loaded: by severity, by status, and created over time. Each bar
/// is a button that narrows the Graph query to it. The strip's frame stays while pages load; only the
/// bars and counts are redrawn (so a strip the analyst closed stays closed).
#[component]
pub fn SummaryCharts(listing: RwSignal<Listing>, #[prop(into)] on_change: Callback<IncidentFilters>) -> impl IntoView {
    let tallies = StoredValue::new(PageTallies::default());
    let summary = Memo::new(move |_| {
        listing.with(|l| tallies.try_update_value(|t| t.summarize(l.stamped_pages())).unwrap_or_default())
    });
    let shown = Memo::new(move |_| summary.with(|s| !s.is_empty()));
    // Kept across pages (each changes the counts) and visits: an analyst who closed the strip keeps it
    // closed.
    let open = RwSignal::new(opened_at_start());
    let view_state = use_view();
    // Narrows the current filters to one bar and runs the query.
    let apply = move |change: Box<dyn Fn(&mut IncidentFilters)>| {
        let mut filters = view_state.filters.get_untracked();
        change(&mut filters);
        on_change.run(filters);
    };
    let severity_rows = move || {
        let rows = summary.with(|s| s.by_severity.clone());
        let largest = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
        rows.into_iter()
            .map(|(severity, count)| {
                let fill = format!("fill-{}", severity.css());
                let label = severity.label().to_owned();
                bar_row(label, count, largest, fill, move || {
                    let severity = severity.clone();
                    apply(Box::new(move |f| f.severities = vec![severity.clone()]))
                })
            })
            .collect_view()
    };
    let status_rows = move || {
        let rows = summary.with(|s| s.by_status.clone());
        let largest = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
        rows.into_iter()
            .map(|(status, count)| {
                let label = status.label().to_owned();
                bar_row(label, count, largest, "fill-accent".to_owned(), move || {
                    let status = status.clone();
                    apply(Box::new(move |f| f.statuses = vec![status.clone()]))
                })
            })
            .collect_view()
    };
    let columns = move || {
        let (over_time, bucket_days) = summary.with(|s| (s.over_time.clone(), s.bucket_days));
        let largest = over_time.iter().map(|(_, n)| *n).max().unwrap_or(0);
        over_time
            .into_iter()
            .map(|(start, count)| {
                let end = bucket_end(start, bucket_days);
                let span = if end == start { start.to_string() } else { format!("{start} to {end}") };
                let height = per_mille(count, largest);
                let name = format!("{span}: {} incidents", thousands(count as u64));
                view! {
                    <li>
                        <button type="button" class="column-button" aria-label=name.clone() title=name
                            on:click=move |_| apply(Box::new(move |f| {
                                f.created_within = None;
                                f.created_from = Some(start);
                                f.created_to = Some(end);
                            }))>
                            <span class="column fill-accent" style:height=format!("{}%", percent(height)) aria-hidden="true"></span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let axis = move || {
        summary.with(|s| {
            let (first, last) = (s.over_time.first()?.0, s.over_time.last()?.0);
            let last = bucket_end(last, s.bucket_days);
            // One bucket of one day: its date once, not "from" and "to" the same day.
            let last = (last != first).then(|| view! { <span>{last.to_string()}</span> });
            Some(view! { <div class="axis" aria-hidden="true"><span>{first.to_string()}</span>{last}</div> })
        })
    };
    // The columns and their axis share this width, so the axis's last date sits under the last column
    // (columns are at most 3rem wide; a few of them still leave room for two dates).
    let histogram_width = move || {
        let columns = summary.with(|s| s.over_time.len()).max(1);
        format!("max(10rem, calc({columns} * 3rem + {}px))", 2 * (columns - 1))
    };
    let other = move || {
        let other = summary.with(|s| s.other_severity);
        (other > 0)
            .then(|| view! { <p class="hint">{format!("{} with another or no severity", thousands(other as u64))}</p> })
    };
    let per = move || match summary.with(|s| s.bucket_days) {
        1 => " (created, per day, UTC)".to_owned(),
        days => format!(" (created, per {days} days, UTC)"),
    };
    view! {
        <Show when=move || shown.get()>
            <details class="summary-strip" prop:open=move || open.get()
                on:toggle=move |ev| {
                    // Also fired once for the strip drawn open: only a real change redraws anything.
                    let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                    if open.get_untracked() != now {
                        open.set(now);
                        local_store::set(OPEN_KEY, Some(if now { "open" } else { "closed" }));
                    }
                }>
            <summary>"Summary of what is loaded"</summary>
            <div class="summary-charts">
                <figure class="chart" aria-labelledby="chart-severity">
                    <figcaption id="chart-severity">"Incidents by severity"</figcaption>
                    <ul class="bars">{severity_rows}</ul>
                    {other}
                </figure>
                <figure class="chart" aria-labelledby="chart-status">
                    <figcaption id="chart-status">"Incidents by status"</figcaption>
                    <ul class="bars">{status_rows}</ul>
                </figure>
                <figure class="chart chart-wide" aria-labelledby="chart-time">
                    <figcaption id="chart-time">"Incidents over time"<span class="hint">{per}</span></figcaption>
                    <div class="histogram" style:max-width=histogram_width>
                        <ul class="columns">{columns}</ul>
                        {axis}
                    </div>
                </figure>
            </div>
            </details>
        </Show>
    }
}
