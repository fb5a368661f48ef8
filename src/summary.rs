//! Counts over the loaded incidents for the summary charts. Pure; host-tested.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::graph::enums::{IncidentStatus, Severity};
use crate::graph::model::Incident;

/// At most this many bars in the "over time" histogram; wider spans get wider buckets.
pub const MAX_BUCKETS: u64 = 30;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// High, medium, low, informational, in that order, with counts (zeros kept so bars line up).
    pub by_severity: Vec<(Severity, usize)>,
    /// Known statuses that occur, in the filter's order, then unknown ones.
    pub by_status: Vec<(IncidentStatus, usize)>,
    /// Created-date buckets, oldest first, each covering `bucket_days` days from its start.
    pub over_time: Vec<(NaiveDate, usize)>,
    pub bucket_days: u64,
    /// Incidents without a severity the charts know (unknown or missing).
    pub other_severity: usize,
}

impl Summary {
    /// Nothing to chart: no incident has a severity, a status or a creation date.
    pub fn is_empty(&self) -> bool {
        self.over_time.is_empty()
            && self.by_status.is_empty()
            && self.other_severity == 0
            && self.by_severity.iter().all(|(_, n)| *n == 0)
    }
}

const SEVERITIES: [Severity; 4] = [Severity::High, Severity::Medium, Severity::Low, Severity::Informational];

/// Counts over everything given, in one go (see [`PageTallies`] for pages arriving one by one).
pub fn summarize<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Summary {
    Tally::of(incidents).summary()
}

/// The counts behind a [`Summary`] before they are ordered and bucketed; tallies of parts add up.
#[derive(Clone, Debug, Default, PartialEq)]
struct Tally {
    by_severity: [usize; 4],
    other_severity: usize,
    by_status: Vec<(IncidentStatus, usize)>,
    by_day: BTreeMap<NaiveDate, usize>,
}

impl Tally {
    fn of<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Tally {
        let mut tally = Tally::default();
        for incident in incidents {
            match SEVERITIES.iter().position(|s| Some(s) == incident.severity.as_ref()) {
                Some(index) => tally.by_severity[index] += 1,
                None => tally.other_severity += 1,
            }
            if let Some(status) = &incident.status {
                tally.count_status(status, 1);
            }
            if let Some(created) = incident.created_date_time {
                *tally.by_day.entry(created.date_naive()).or_default() += 1;
            }
        }
        tally
    }

    fn add(&mut self, other: &Tally) {
        for (mine, theirs) in self.by_severity.iter_mut().zip(other.by_severity) {
            *mine += theirs;
        }
        self.other_severity += other.other_severity;
        for (status, n) in &other.by_status {
            self.count_status(status, *n);
        }
        for (day, n) in &other.by_day {
            *self.by_day.entry(*day).or_default() += n;
        }
    }

    fn count_status(&mut self, status: &IncidentStatus, n: usize) {
        match self.by_status.iter_mut().find(|(s, _)| s == status) {
            Some((_, count)) => *count += n,
            None => self.by_status.push((status.clone(), n)),
        }
    }

    fn summary(&self) -> Summary {
        let by_severity = SEVERITIES.iter().cloned().zip(self.by_severity).collect();
        let mut by_status = self.by_status.clone();
        let order = |s: &IncidentStatus| IncidentStatus::KNOWN.iter().position(|k| k == s).unwrap_or(usize::MAX);
        by_status.sort_by_key(|(s, _)| order(s));
        let (over_time, bucket_days) = histogram(&self.by_day);
        Summary { by_severity, by_status, over_time, bucket_days, other_severity: self.other_severity }
    }
}

/// Each page's tally, kept with the stamp of the page write it counted: when a page arrives, only
/// that page is counted (a Load all of 10,000 counted every loaded incident again with each page).
#[derive(Clone, Debug, Default)]
pub struct PageTallies(Vec<(u64, Tally)>);

impl PageTallies {
    /// The summary of `pages` (each with its write stamp), counting only pages not seen as they are.
    pub fn summarize<'a>(&mut self, pages: impl IntoIterator<Item = (u64, &'a [Incident])>) -> Summary {
        let mut kept = 0;
        for (index, (stamp, incidents)) in pages.into_iter().enumerate() {
            match self.0.get_mut(index) {
                Some((counted, _)) if *counted == stamp => {}
                Some(slot) => *slot = (stamp, Tally::of(incidents)),
                None => self.0.push((stamp, Tally::of(incidents))),
            }
            kept = index + 1;
        }
        self.0.truncate(kept);
        let mut total = Tally::default();
        for (_, tally) in &self.0 {
            total.add(tally);
        }
        total.summary()
    }
}

/// Buckets days into at most [`MAX_BUCKETS`] equal spans from the earliest to the latest.
fn histogram(by_day: &BTreeMap<NaiveDate, usize>) -> (Vec<(NaiveDate, usize)>, u64) {
    let (Some((first, _)), Some((last, _))) = (by_day.first_key_value(), by_day.last_key_value()) else {
        return (Vec::new(), 1);
    };
    let span = (*last - *first).num_days().unsigned_abs() + 1;
    let width = span.div_ceil(MAX_BUCKETS).max(1);
    let count = span.div_ceil(width);
    let mut buckets: Vec<(NaiveDate, usize)> =
        (0..count).map(|i| (first.checked_add_days(Days::new(i * width)).unwrap_or(*first), 0)).collect();
    for (day, n) in by_day {
        let index = ((*day - *first).num_days().unsigned_abs() / width) as usize;
        if let Some((_, count)) = buckets.get_mut(index) {
            *count += n;
        }
    }
    (buckets, width)
}

/// The last day a bucket covers.
pub fn bucket_end(start: NaiveDate, bucket_days: u64) -> NaiveDate {
    start.checked_add_days(Days::new(bucket_days.saturating_sub(1))).unwrap_or(start)
}

/// Bar length in tenths of a percent of the largest count, rounded (0 for an empty chart). Whole
/// numbers keep float formatting, a sizeable part of the download, out of the build.
pub fn per_mille(count: usize, largest: usize) -> u32 {
    if largest == 0 { 0 } else { ((count.min(largest) as u128 * 1000 + largest as u128 / 2) / largest as u128) as u32 }
}

/// Tenths of a percent as a CSS percentage's number: 333 → "33.3".
pub fn percent(per_mille: u32) -> String {
    format!("{}.{}", per_mille / 10, per_mille % 10)
}
