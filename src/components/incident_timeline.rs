use chrono::FixedOffset;
use leptos::prelude::*;

use super::alert_list::detail_alert_heading;
use crate::dates::ymd_hm;
use crate::dom_id::focus_by_id;
use crate::format::{iso, thousands, zone_label};
use crate::timeline::{Event, Moment, gaps};

/// At most this many events are drawn (an incident can gather hundreds of alerts); the Markdown
/// report has them all.
const DRAWN: usize = 300;

fn moment_class(moment: Moment) -> &'static str {
    match moment {
        Moment::ActivityBegan => "timeline-event activity",
        Moment::AlertRaised => "timeline-event raised",
        Moment::AlertResolved => "timeline-event resolved",
        Moment::Comment => "timeline-event remark",
        Moment::IncidentCreated | Moment::IncidentUpdated => "timeline-event incident",
    }
}

/// The incident's events oldest first, each with its time in `offset` (the browser's zone, as the
/// headline was written in) and how long after the one before it came; above them, when the attack
/// began and how long it went unseen.
#[component]
pub fn IncidentTimeline(events: Vec<Event>, headline: Option<String>, offset: FixedOffset) -> impl IntoView {
    if events.is_empty() {
        return None;
    }
    let total = events.len();
    let rows = events
        .iter()
        .zip(gaps(&events))
        .take(DRAWN)
        .map(|(event, gap)| {
            view! {
                <li class=moment_class(event.moment)>
                    <time datetime=iso(event.at)>{ymd_hm(&event.at.with_timezone(&offset))}</time>
                    <span class="timeline-gap">{gap}</span>
                    <span class="timeline-text">
                        {event.text()}
                        // The alert's own section below: its heading takes the focus (and the scroll).
                        {event.alert.map(|index| {
                            let name = format!("Go to alert {}", event.subject.as_deref().unwrap_or("(untitled alert)"));
                            view! {
                                " "
                                <button type="button" class="link-button timeline-jump" aria-label=name
                                    on:click=move |_| focus_by_id(&detail_alert_heading(index))>"Go to alert"</button>
                            }
                        })}
                    </span>
                </li>
            }
        })
        .collect_view();
    let more = (total > DRAWN).then(|| {
        view! {
            <p class="hint">
                {format!("The first {DRAWN} of {} events; Export Markdown has them all.", thousands(total as u64))}
            </p>
        }
    });
    Some(view! {
        <section class="detail-section" aria-labelledby="detail-timeline-heading">
            <h3 id="detail-timeline-heading">"Timeline"</h3>
            {headline.map(|text| view! { <p class="timeline-headline">{text}</p> })}
            <p class="hint">{format!("Times in {} (this browser's time zone).", zone_label(offset))}</p>
            <ol class="timeline" aria-label="Timeline">{rows}</ol>
            {more}
        </section>
    })
}
