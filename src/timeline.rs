//! An incident's story in time order: when each alert's activity began, when it was raised and
//! resolved, what analysts wrote, and when the incident was created and last updated — so the order
//! an attack unfolded in, and how long it went unseen, can be read without comparing times across
//! alerts. Pure (the time zone is a parameter); host-tested.

use chrono::{DateTime, Datelike, FixedOffset, Utc};

use crate::dates::ymd_hm;
use crate::format::{one_line, zone_label};
use crate::graph::evidence::{Evidence, EvidenceDetails};
use crate::graph::model::{Alert, Comment, Incident};

/// Longest comment text a timeline row repeats (the comment itself is in *Comments*).
const COMMENT_SHOWN: usize = 120;

/// What happened at a moment. The order here breaks ties between events of the same instant:
/// activity comes before the alert about it, the alert before the incident that gathers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Moment {
    ActivityBegan,
    AlertRaised,
    IncidentCreated,
    AlertResolved,
    Comment,
    IncidentUpdated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub moment: Moment,
    /// What the event is about: an alert's title, a comment's author, who last changed the incident.
    pub subject: Option<String>,
    /// For an alert's events: the device (else user, else mailbox) it names, which tells apart alerts
    /// of one title on several machines.
    pub about: Option<String>,
    /// More: how long an alert's activity went on, or the comment's text (cut).
    pub detail: Option<String>,
    /// For an alert's events: its place in the incident's alerts.
    pub alert: Option<usize>,
}

impl Event {
    /// The event in words, e.g. `Alert raised: “Suspicious sign-in”`.
    pub fn text(&self) -> String {
        let quoted = |what: &str| {
            let title = self.subject.as_ref().map_or_else(|| "an untitled alert".to_owned(), |t| format!("“{t}”"));
            match &self.about {
                Some(about) => format!("{what}: {title} on {about}"),
                None => format!("{what}: {title}"),
            }
        };
        let head = match self.moment {
            Moment::ActivityBegan => quoted("Activity began"),
            Moment::AlertRaised => quoted("Alert raised"),
            Moment::AlertResolved => quoted("Alert resolved"),
            Moment::IncidentCreated => "Incident created".to_owned(),
            Moment::IncidentUpdated => match &self.subject {
                Some(by) => format!("Incident last updated, by {by}"),
                None => "Incident last updated".to_owned(),
            },
            Moment::Comment => format!("Comment by {}", self.subject.as_deref().unwrap_or("an unknown author")),
        };
        match &self.detail {
            Some(detail) if self.moment == Moment::Comment => format!("{head}: {detail}"),
            Some(detail) => format!("{head} ({detail})"),
            None => head,
        }
    }
}

/// Graph writes `0001-01-01T00:00:00Z` for some times it does not have: such a time is no event.
fn real(t: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    t.filter(|t| t.year() >= 1990)
}

fn named(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// The kinds of entity that say where an alert happened, in the order they are named.
const WHERE: [&str; 3] = ["device", "user", "mailbox"];

/// "fin-042.contoso.local", or "fin-042.contoso.local and 2 more" for an alert naming three devices.
fn about(alert: &Alert) -> Option<String> {
    let details: Vec<EvidenceDetails> = alert.evidence.iter().map(Evidence::details).collect();
    WHERE.iter().find_map(|kind| {
        let mut names: Vec<&str> = Vec::new();
        for name in details.iter().filter(|d| d.kind == *kind).filter_map(|d| d.name.as_deref()).map(str::trim) {
            if !name.is_empty() && !names.iter().any(|known| known.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        match names.as_slice() {
            [] => None,
            [one] => Some((*one).to_owned()),
            [first, rest @ ..] => Some(format!("{first} and {} more", rest.len())),
        }
    })
}

fn alert_events(index: usize, alert: &Alert, events: &mut Vec<Event>) {
    let title = named(alert.title.as_deref());
    let about = about(alert);
    let event = |at, moment, detail| Event {
        at,
        moment,
        subject: title.clone(),
        about: about.clone(),
        detail,
        alert: Some(index),
    };
    let (first, last) = (real(alert.first_activity_date_time), real(alert.last_activity_date_time));
    if let Some(first) = first {
        let lasted = last.map(|last| (last - first).num_seconds()).filter(|s| *s > 0);
        events.push(event(first, Moment::ActivityBegan, lasted.map(|s| format!("went on for {}", duration(s)))));
    }
    if let Some(raised) = real(alert.created_date_time) {
        events.push(event(raised, Moment::AlertRaised, None));
    }
    if let Some(resolved) = real(alert.resolved_date_time) {
        events.push(event(resolved, Moment::AlertResolved, None));
    }
}

fn comment_event(comment: &Comment) -> Option<Event> {
    let text = named(comment.comment.as_deref()).map(|t| one_line(&t, COMMENT_SHOWN));
    Some(Event {
        at: real(comment.created_date_time)?,
        moment: Moment::Comment,
        subject: named(comment.created_by_display_name.as_deref()),
        about: None,
        detail: text,
        alert: None,
    })
}

/// Every dated event of the incident and its alerts, oldest first; events without a time are left out.
pub fn timeline(incident: &Incident, alerts: &[Alert]) -> Vec<Event> {
    let mut events = Vec::new();
    for (index, alert) in alerts.iter().enumerate() {
        alert_events(index, alert, &mut events);
    }
    events.extend(incident.comments.iter().filter_map(comment_event));
    let created = real(incident.created_date_time);
    if let Some(at) = created {
        events.push(Event {
            at,
            moment: Moment::IncidentCreated,
            subject: None,
            about: None,
            detail: None,
            alert: None,
        });
    }
    // Said only when it is news: an incident never changed after creation has "updated" = "created".
    if let Some(at) = real(incident.last_update_date_time).filter(|at| created.is_none_or(|c| at > &c)) {
        events.push(Event {
            at,
            moment: Moment::IncidentUpdated,
            subject: named(incident.last_modified_by.as_deref()),
            about: None,
            detail: None,
            alert: None,
        });
    }
    // Stable: alerts keep Graph's order among events of the same instant and kind.
    events.sort_by(|a, b| a.at.cmp(&b.at).then(a.moment.cmp(&b.moment)));
    events
}

/// "45 s", "12 min", "3 h 5 min", "2 days 4 h": a span for people, to the minute (seconds under one).
pub fn duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (days, hours, minutes) = (seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60);
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{seconds} s"),
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (1, 0, _) => "1 day".to_owned(),
        (1, h, _) => format!("1 day {h} h"),
        (d, 0, _) => format!("{d} days"),
        (d, h, _) => format!("{d} days {h} h"),
    }
}

/// How long after the event before it this one came: "+12 min", or `None` for the first event and
/// for events of the same second.
pub fn gaps(events: &[Event]) -> Vec<Option<String>> {
    let mut previous: Option<DateTime<Utc>> = None;
    events
        .iter()
        .map(|event| {
            let gap = previous.map(|p| (event.at - p).num_seconds()).filter(|s| *s > 0);
            previous = Some(event.at);
            gap.map(|s| format!("+{}", duration(s)))
        })
        .collect()
}

/// The two spans an analyst asks first: from the first activity to the first alert (how long it went
/// unseen), and how long the activity went on. `None` when the alerts carry no activity times.
pub fn headline(alerts: &[Alert], offset: FixedOffset) -> Option<String> {
    let began = alerts.iter().filter_map(|a| real(a.first_activity_date_time)).min()?;
    let ended =
        alerts.iter().filter_map(|a| real(a.last_activity_date_time).or(real(a.first_activity_date_time))).max();
    let raised = alerts.iter().filter_map(|a| real(a.created_date_time)).min();
    let mut text = format!("Activity began {} {}", ymd_hm(&began.with_timezone(&offset)), zone_label(offset));
    match raised.map(|r| (r - began).num_seconds()) {
        Some(s) if s > 0 => text.push_str(&format!("; the first alert was raised {} later", duration(s))),
        Some(0) => text.push_str("; the first alert was raised as it began"),
        // Raised before the activity it is about: clocks disagree; no claim is better than a wrong one.
        _ => {}
    }
    if let Some(span) = ended.map(|e| (e - began).num_seconds()).filter(|s| *s > 0) {
        let active = alerts.iter().filter(|a| real(a.first_activity_date_time).is_some()).count();
        let across = if active > 1 { format!(" across {active} alerts") } else { String::new() };
        text.push_str(&format!(". It went on for {}{across}", duration(span)));
    }
    text.push('.');
    Some(text)
}

/// The comments oldest first, whatever order they came in; undated ones after them, in their own order.
pub fn comments_in_order(comments: &[Comment]) -> Vec<&Comment> {
    let mut ordered: Vec<&Comment> = comments.iter().collect();
    ordered.sort_by_key(|c| (real(c.created_date_time).is_none(), real(c.created_date_time)));
    ordered
}
