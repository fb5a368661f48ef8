//! Counts over the loaded incidents for the summary charts. Pure; host-tested.

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

pub fn summarize<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Summary {
    let mut by_severity: Vec<(Severity, usize)> = SEVERITIES.iter().map(|s| (s.clone(), 0)).collect();
    let mut other_severity = 0;
    let mut by_status: Vec<(IncidentStatus, usize)> = Vec::new();
    let mut days: Vec<NaiveDate> = Vec::new();
    for incident in incidents {
        match by_severity.iter_mut().find(|(s, _)| Some(s) == incident.severity.as_ref()) {
            Some((_, n)) => *n += 1,
            None => other_severity += 1,
        }
        if let Some(status) = &incident.status {
            match by_status.iter_mut().find(|(s, _)| s == status) {
                Some((_, n)) => *n += 1,
                None => by_status.push((status.clone(), 1)),
            }
        }
        days.extend(incident.created_date_time.map(|t| t.date_naive()));
    }
    let order = |s: &IncidentStatus| IncidentStatus::KNOWN.iter().position(|k| k == s).unwrap_or(usize::MAX);
    by_status.sort_by_key(|(s, _)| order(s));
    let (over_time, bucket_days) = histogram(&days);
    Summary { by_severity, by_status, over_time, bucket_days, other_severity }
}

/// Buckets days into at most [`MAX_BUCKETS`] equal spans from the earliest to the latest.
fn histogram(days: &[NaiveDate]) -> (Vec<(NaiveDate, usize)>, u64) {
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return (Vec::new(), 1);
    };
    let span = (*last - *first).num_days().unsigned_abs() + 1;
    let width = span.div_ceil(MAX_BUCKETS).max(1);
    let count = span.div_ceil(width);
    let mut buckets: Vec<(NaiveDate, usize)> =
        (0..count).map(|i| (first.checked_add_days(Days::new(i * width)).unwrap_or(*first), 0)).collect();
    for day in days {
        let index = ((*day - *first).num_days().unsigned_abs() / width) as usize;
        if let Some((_, n)) = buckets.get_mut(index) {
            *n += 1;
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
