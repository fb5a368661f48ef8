//! Typed incident filters → the OData request URL Graph expects. Pure; host-tested.

use chrono::{DateTime, Days, Months, NaiveDate, Timelike, Utc};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use super::enums::{Classification, Determination, IncidentStatus, Severity};

/// Everything except RFC 3986 "unreserved" characters is percent-encoded in a query value.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

pub fn encode(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// Decodes a query value (`+` as space, then percent-escapes; bad UTF-8 replaced, never an error).
pub fn decode(value: &str) -> String {
    percent_decode_str(&value.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// Graph refuses `$top` above 50 for incidents, so only these sizes exist.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageSize {
    Ten,
    #[default]
    TwentyFive,
    Fifty,
}

impl PageSize {
    pub const ALL: [PageSize; 3] = [PageSize::Ten, PageSize::TwentyFive, PageSize::Fifty];
    /// Graph's documented maximum for `$top` on incidents.
    pub const GRAPH_MAX: u32 = 50;

    pub fn top(self) -> u32 {
        match self {
            PageSize::Ten => 10,
            PageSize::TwentyFive => 25,
            PageSize::Fifty => 50,
        }
    }

    pub fn from_top(top: u32) -> Option<PageSize> {
        PageSize::ALL.into_iter().find(|p| p.top() == top)
    }
}

/// A "created within the last …" preset. It stays relative: a saved or shared link means the same
/// span counted back from whenever it is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeRange {
    Day,
    ThreeDays,
    Week,
    Month,
    SixMonths,
}

impl TimeRange {
    pub const ALL: [TimeRange; 5] =
        [TimeRange::Day, TimeRange::ThreeDays, TimeRange::Week, TimeRange::Month, TimeRange::SixMonths];

    /// The URL value (`range=7d`).
    pub fn key(self) -> &'static str {
        match self {
            TimeRange::Day => "24h",
            TimeRange::ThreeDays => "3d",
            TimeRange::Week => "7d",
            TimeRange::Month => "30d",
            TimeRange::SixMonths => "6mo",
        }
    }

    pub fn from_key(key: &str) -> Option<TimeRange> {
        TimeRange::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            TimeRange::Day => "Last 24 hours",
            TimeRange::ThreeDays => "Last 3 days",
            TimeRange::Week => "Last 7 days",
            TimeRange::Month => "Last 30 days",
            TimeRange::SixMonths => "Last 6 months",
        }
    }

    /// The start of the span ending at `now`, to the minute (so one view's URL is stable within a minute).
    pub fn start(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let now = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
        let days = |n| now.checked_sub_days(Days::new(n));
        match self {
            TimeRange::Day => days(1),
            TimeRange::ThreeDays => days(3),
            TimeRange::Week => days(7),
            TimeRange::Month => days(30),
            TimeRange::SixMonths => now.checked_sub_months(Months::new(6)),
        }
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncidentFilters {
    pub statuses: Vec<IncidentStatus>,
    pub severities: Vec<Severity>,
    pub classifications: Vec<Classification>,
    pub determinations: Vec<Determination>,
    /// An owner to match exactly (Graph compares `assignedTo` as a whole string).
    pub assigned_to: Option<String>,
    /// Also (or only) incidents nobody owns: `assignedTo eq null`.
    pub unassigned: bool,
    /// Incidents assigned to whoever each tenant's token is for: resolved per tenant as the request is
    /// made ([`Self::for_user`]), so one view serves several tenants and whoever opens a shared link.
    pub assigned_to_me: bool,
    /// Whole UTC days, inclusive at both ends.
    pub created_from: Option<NaiveDate>,
    pub created_to: Option<NaiveDate>,
    pub updated_from: Option<NaiveDate>,
    pub updated_to: Option<NaiveDate>,
    /// A relative preset; when set, the created dates above are not used.
    pub created_within: Option<TimeRange>,
    /// With several tenants connected: the tenant ids to query (all when empty). Not part of `$filter`:
    /// it picks which connections are asked.
    pub tenants: Vec<String>,
    pub page_size: PageSize,
}

/// An OData string literal: single-quoted, with `'` doubled inside.
pub fn string_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// `prop eq 'a'`, or `(prop eq 'a' or prop eq 'b')` for several values.
fn any_of<'a>(property: &str, values: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let terms: Vec<String> = values.into_iter().map(|v| format!("{property} eq {}", string_literal(v))).collect();
    match terms.len() {
        0 => None,
        1 => terms.into_iter().next(),
        _ => Some(format!("({})", terms.join(" or "))),
    }
}

/// `from` is inclusive from midnight; `to` includes the whole day (`lt` the next midnight).
fn date_range(property: &str, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Vec<String> {
    let mut terms = Vec::new();
    if let Some(from) = from {
        terms.push(format!("{property} ge {}T00:00:00Z", crate::dates::ymd(from)));
    }
    if let Some(next_day) = to.and_then(|to| to.checked_add_days(Days::new(1))) {
        terms.push(format!("{property} lt {}T00:00:00Z", crate::dates::ymd(next_day)));
    }
    terms
}

impl IncidentFilters {
    /// The `$filter` expression (not yet encoded), or `None` when nothing is filtered. A time preset
    /// counts back from the current time.
    pub fn expression(&self) -> Option<String> {
        self.expression_at(Utc::now())
    }

    /// [`Self::expression`] with "now" given, for tests.
    pub fn expression_at(&self, now: DateTime<Utc>) -> Option<String> {
        let mut terms: Vec<String> = Vec::new();
        terms.extend(any_of("status", self.statuses.iter().map(|v| v.as_str())));
        terms.extend(any_of("severity", self.severities.iter().map(|v| v.as_str())));
        terms.extend(any_of("classification", self.classifications.iter().map(|v| v.as_str())));
        terms.extend(any_of("determination", self.determinations.iter().map(|v| v.as_str())));
        terms.extend(self.assignee_term());
        match self.created_within {
            Some(range) => terms.push(format!(
                "createdDateTime ge {}",
                range.start(now).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            )),
            None => terms.extend(date_range("createdDateTime", self.created_from, self.created_to)),
        }
        terms.extend(date_range("lastUpdateDateTime", self.updated_from, self.updated_to));
        (!terms.is_empty()).then(|| terms.join(" and "))
    }

    fn assignee_term(&self) -> Option<String> {
        let named = self
            .assigned_to
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| format!("assignedTo eq {}", string_literal(name)));
        match (named, self.unassigned) {
            (Some(named), true) => Some(format!("({named} or assignedTo eq null)")),
            (Some(named), false) => Some(named),
            (None, true) => Some("assignedTo eq null".to_owned()),
            (None, false) => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        !self.assigned_to_me && self.expression().is_none()
    }

    /// These filters as asked of a tenant whose token is `me`'s: "assigned to me" becomes that owner.
    /// A token without a user (an application's) has no "me": that tenant lists every owner.
    pub fn for_user(&self, me: Option<&str>) -> std::borrow::Cow<'_, IncidentFilters> {
        if !self.assigned_to_me {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut resolved = self.clone();
        resolved.assigned_to_me = false;
        if let Some(me) = me.map(str::trim).filter(|me| !me.is_empty()) {
            resolved.assigned_to = Some(me.to_owned());
        }
        std::borrow::Cow::Owned(resolved)
    }
}

/// The first page of the incident list; later pages come only from `@odata.nextLink`.
pub fn incidents_url(api_root: &str, filters: &IncidentFilters, expand_alerts: bool) -> String {
    let mut url =
        format!("{api_root}/security/incidents?$count=true&$top={}", filters.page_size.top().min(PageSize::GRAPH_MAX));
    if expand_alerts {
        url.push_str("&$expand=alerts");
    }
    if let Some(expression) = filters.expression() {
        url.push_str("&$filter=");
        url.push_str(&encode(&expression));
    }
    url
}

/// One incident's alerts, for incidents listed without `$expand=alerts`.
pub fn alerts_url(api_root: &str, incident_id: &str) -> String {
    format!("{api_root}/security/incidents/{}/alerts", encode(incident_id))
}

/// One incident, optionally with its alerts.
pub fn incident_url(api_root: &str, incident_id: &str, expand_alerts: bool) -> String {
    let url = format!("{api_root}/security/incidents/{}", encode(incident_id));
    if expand_alerts { format!("{url}?$expand=alerts") } else { url }
}
