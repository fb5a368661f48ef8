//! One error type for everything that can go wrong talking to Graph, with a sentence a user can act on.

use std::fmt;

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 401: the token is expired, garbled or for another resource.
    Unauthorized,
    /// 403: the token lacks the permission or the user lacks a security role.
    Forbidden,
    /// 400: Graph rejected the query.
    BadRequest,
    NotFound,
    /// 429: throttled.
    Throttled,
    /// 5xx.
    Server,
    /// The request never got an HTTP answer (offline, DNS, CORS, blocked).
    Network,
    /// An answer that is not Graph JSON (an HTML page, truncated JSON, a wrong shape).
    InvalidResponse,
    /// A URL (e.g. `@odata.nextLink`) pointing away from the selected Graph host.
    ForeignHost,
    /// Any other HTTP status.
    Http,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GraphError {
    pub kind: ErrorKind,
    pub status: Option<u16>,
    /// Graph's `error.code`, e.g. `InvalidAuthenticationToken`.
    pub code: Option<String>,
    /// Graph's `error.message`: meant for developers, shown after our sentence.
    pub message: Option<String>,
    pub request_id: Option<String>,
    /// `Retry-After` in seconds, when the response carried one the browser could read.
    pub retry_after: Option<f64>,
    /// Which connected tenant answered, when several are connected.
    pub tenant: Option<String>,
}

#[derive(Deserialize)]
struct Envelope {
    error: EnvelopeError,
}

#[derive(Deserialize)]
struct EnvelopeError {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default, rename = "innerError", alias = "innererror")]
    inner_error: Option<InnerError>,
}

#[derive(Deserialize)]
struct InnerError {
    #[serde(default, rename = "request-id")]
    request_id: Option<String>,
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl GraphError {
    pub fn new(kind: ErrorKind) -> Self {
        GraphError { kind, status: None, code: None, message: None, request_id: None, retry_after: None, tenant: None }
    }

    pub fn with_message(kind: ErrorKind, message: impl Into<String>) -> Self {
        GraphError { message: Some(message.into()), ..GraphError::new(kind) }
    }

    /// Classifies a non-success HTTP answer, reading Graph's error envelope when there is one.
    pub fn from_response(status: u16, body: &str, request_id_header: Option<String>) -> Self {
        let envelope = serde_json::from_str::<Envelope>(body).ok().map(|e| e.error);
        let code = envelope.as_ref().and_then(|e| non_empty(e.code.clone()));
        let kind = match status {
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Unauthorized,
            403 => ErrorKind::Forbidden,
            404 => ErrorKind::NotFound,
            429 => ErrorKind::Throttled,
            500..=599 => ErrorKind::Server,
            _ if code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("InvalidAuthenticationToken")) => {
                ErrorKind::Unauthorized
            }
            _ => ErrorKind::Http,
        };
        let message = envelope.as_ref().and_then(|e| non_empty(e.message.clone()));
        let request_id = envelope
            .and_then(|e| e.inner_error)
            .and_then(|inner| non_empty(inner.request_id))
            .or_else(|| non_empty(request_id_header));
        GraphError { kind, status: Some(status), code, message, request_id, retry_after: None, tenant: None }
    }

    /// The plain sentence shown first.
    pub fn headline(&self) -> &'static str {
        match self.kind {
            ErrorKind::Unauthorized => "Your access token is expired or invalid. Paste a new token and connect again.",
            ErrorKind::Forbidden => {
                "This token may not read incidents. It needs the SecurityIncident.Read.All permission, and a \
                 signed-in user also needs a security role such as Security Reader."
            }
            ErrorKind::BadRequest => "Microsoft Graph rejected the query. Try clearing or changing the filters.",
            ErrorKind::NotFound => "Microsoft Graph could not find what was asked for.",
            ErrorKind::Throttled => "Microsoft Graph is throttling requests. Wait a little, then try again.",
            ErrorKind::Server => "Microsoft Graph had a problem answering. Try again in a moment.",
            ErrorKind::Network => "Could not reach Microsoft Graph. Check your network connection, then try again.",
            ErrorKind::InvalidResponse => {
                "The answer did not look like Microsoft Graph data, so nothing was shown from it."
            }
            ErrorKind::ForeignHost => {
                "A link in the answer pointed away from the selected Microsoft Graph host, so it was not followed \
                 and your token was not sent there."
            }
            ErrorKind::Http => "Microsoft Graph answered with an unexpected error.",
        }
    }

    /// The technical line: status, Graph's code and message, request-id.
    pub fn details(&self) -> String {
        let mut parts = Vec::new();
        if let Some(tenant) = &self.tenant {
            parts.push(format!("Tenant {tenant}"));
        }
        if let Some(status) = self.status {
            parts.push(format!("HTTP {status}"));
        }
        if let Some(code) = &self.code {
            parts.push(code.clone());
        }
        if let Some(message) = &self.message {
            parts.push(message.clone());
        }
        if let Some(request_id) = &self.request_id {
            parts.push(format!("request-id {request_id}"));
        }
        parts.join(" · ")
    }

    /// Why the app is waiting before a retry: "Graph is throttling" / "… temporarily unavailable".
    pub fn waiting_reason(&self) -> &'static str {
        match self.kind {
            ErrorKind::Throttled => "Graph is throttling",
            _ => "Graph is temporarily unavailable",
        }
    }

    /// Worth a "Try again" button (transient failures), as opposed to a token or query problem.
    pub fn is_transient(&self) -> bool {
        matches!(self.kind, ErrorKind::Throttled | ErrorKind::Server | ErrorKind::Network)
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let details = self.details();
        if details.is_empty() { f.write_str(self.headline()) } else { write!(f, "{} ({details})", self.headline()) }
    }
}

impl std::error::Error for GraphError {}
