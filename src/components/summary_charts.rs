use leptos::prelude::*;

use crate::format::thousands;
use crate::graph::query::IncidentFilters;
use crate::listing::Listing;
use crate::summary::{Summary, bucket_end, per_mille, percent, summarize};
use crate::view_state::use_view;

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
/// is a button that narrows the Graph query to it.
#[component]
pub fn SummaryCharts(listing: RwSignal<Listing>, #[prop(into)] on_change: Callback<IncidentFilters>) -> impl IntoView {
    let summary = Memo::new(move |_| listing.with(|l| summarize(l.all_incidents())));
    let view_state = use_view();
    // Narrows the current filters to one bar and runs the query.
    let apply = move |change: Box<dyn Fn(&mut IncidentFilters)>| {
        let mut filters = view_state.filters.get_untracked();
        change(&mut filters);
        on_change.run(filters);
    };
    let charts = move || {
        let Summary { by_severity, by_status, over_time, bucket_days, other_severity } = summary.get();
        if over_time.is_empty()
            && by_status.is_empty()
            && other_severity == 0
            && by_severity.iter().all(|(_, n)| *n == 0)
        {
            return None;
        }
        let largest = by_severity.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let severity_rows = by_severity
            .into_iter()
            .map(|(severity, count)| {
                let fill = format!("fill-{}", severity.css());
                let label = severity.label().to_owned();
                bar_row(label, count, largest, fill, move || {
                    let severity = severity.clone();
                    apply(Box::new(move |f| f.severities = vec![severity.clone()]))
                })
            })
            .collect_view();
        let largest = by_status.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let status_rows = by_status
            .into_iter()
            .map(|(status, count)| {
                let label = status.label().to_owned();
                bar_row(label, count, largest, "fill-accent".to_owned(), move || {
                    let status = status.clone();
                    apply(Box::new(move |f| f.statuses = vec![status.clone()]))
                })
            })
            .collect_view();
        let largest = over_time.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let axis = over_time.first().zip(over_time.last()).map(|((first, _), (last, _))| {
            let (first, last) = (first.to_string(), bucket_end(*last, bucket_days).to_string());
            view! { <div class="axis" aria-hidden="true"><span>{first}</span><span>{last}</span></div> }
        });
        let columns = over_time
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
            .collect_view();
        let other = (other_severity > 0).then(|| {
            view! { <p class="hint">{format!("{} with another or no severity", thousands(other_severity as u64))}</p> }
        });
        Some(view! {
            <details class="summary-strip" open>
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
                    <figcaption id="chart-time">
                        "Incidents over time"
                        <span class="hint">{if bucket_days == 1 { " (created, per day, UTC)".to_owned() } else { format!(" (created, per {bucket_days} days, UTC)") }}</span>
                    </figcaption>
                    <ul class="columns">{columns}</ul>
                    {axis}
                </figure>
            </div>
            </details>
        })
    };
    view! { {charts} }
}
