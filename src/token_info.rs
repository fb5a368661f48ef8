//! Reads a pasted access token locally (JWT payload, base64url) to tell the analyst what it is and
//! what is wrong with it before it is sent. The signature is not (and cannot be) checked here: Graph does.

use base64::Engine;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use crate::graph::client::bare_token;
use crate::graph::cloud::Cloud;

/// base64url that accepts the payload with or without `=` padding.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Scopes or app roles that allow listing incidents.
pub const INCIDENT_PERMISSIONS: [&str; 2] = ["SecurityIncident.Read.All", "SecurityIncident.ReadWrite.All"];
/// The Microsoft Graph resource's application id, used as `aud` by some token issuers.
const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenInfo {
    pub tenant_id: Option<String>,
    /// The signed-in user (upn, unique_name or preferred_username), for delegated tokens.
    pub user: Option<String>,
    /// The application, for app-only tokens (or the client app of a delegated one).
    pub app: Option<String>,
    pub audience: Option<String>,
    /// Delegated scopes (`scp`).
    pub scopes: Vec<String>,
    /// Application roles (`roles`).
    pub roles: Vec<String>,
    pub issued_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenWarning {
    NotAJwt,
    Expired,
    /// For a different Graph cloud (or not for Graph at all).
    WrongAudience {
        audience: String,
    },
    MissingPermission,
}

impl TokenWarning {
    pub fn message(&self, cloud: Cloud) -> String {
        match self {
            TokenWarning::NotAJwt => {
                "This does not look like a Microsoft access token (a JWT). Graph will probably reject it.".into()
            }
            TokenWarning::Expired => "This token has expired. Get a new one.".into(),
            TokenWarning::WrongAudience { audience } => format!(
                "This token is for {audience}, not for {} ({}). Graph will reject it.",
                cloud.graph_base(),
                cloud.label()
            ),
            TokenWarning::MissingPermission => {
                "This token has neither SecurityIncident.Read.All nor SecurityIncident.ReadWrite.All, so Graph will \
                 refuse to list incidents."
                    .into()
            }
        }
    }
}

#[derive(Deserialize)]
struct Claims {
    tid: Option<Value>,
    upn: Option<Value>,
    unique_name: Option<Value>,
    preferred_username: Option<Value>,
    app_displayname: Option<Value>,
    appid: Option<Value>,
    azp: Option<Value>,
    aud: Option<Value>,
    scp: Option<Value>,
    roles: Option<Value>,
    iat: Option<Value>,
    exp: Option<Value>,
}

fn text(value: Option<Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Array(items) => items.into_iter().find_map(|v| v.as_str().map(str::to_owned)),
        _ => None,
    }
}

fn words(value: Option<Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
        Some(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
        _ => Vec::new(),
    }
}

fn time(value: Option<Value>) -> Option<DateTime<Utc>> {
    let seconds = match value? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64))?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    DateTime::from_timestamp(seconds, 0)
}

/// Decodes the payload of `header.payload.signature`; `None` when it is not a readable JWT.
pub fn inspect(token: &str) -> Option<TokenInfo> {
    let mut parts = bare_token(token).split('.');
    let (Some(_header), Some(payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let bytes = BASE64URL.decode(payload).ok()?;
    let claims: Claims = serde_json::from_slice(&bytes).ok()?;
    Some(TokenInfo {
        tenant_id: text(claims.tid),
        user: text(claims.upn).or(text(claims.unique_name)).or(text(claims.preferred_username)),
        app: text(claims.app_displayname).or(text(claims.appid)).or(text(claims.azp)),
        audience: text(claims.aud),
        scopes: words(claims.scp),
        roles: words(claims.roles),
        issued_at: time(claims.iat),
        expires_at: time(claims.exp),
    })
}

/// Whether `aud` names the Graph of `cloud` (with or without a trailing slash, or Graph's app id).
pub fn audience_matches(audience: &str, cloud: Cloud) -> bool {
    let audience = audience.trim_end_matches('/');
    audience.eq_ignore_ascii_case(cloud.graph_base()) || audience.eq_ignore_ascii_case(GRAPH_APP_ID)
}

impl TokenInfo {
    pub fn has_incident_permission(&self) -> bool {
        self.scopes
            .iter()
            .chain(&self.roles)
            .any(|p| INCIDENT_PERMISSIONS.iter().any(|need| p.eq_ignore_ascii_case(need)))
    }

    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|exp| exp <= now)
    }
}

/// Everything worth saying before this token is sent to `cloud`.
pub fn warnings(token: &str, cloud: Cloud, now: DateTime<Utc>) -> Vec<TokenWarning> {
    let Some(info) = inspect(token) else {
        return vec![TokenWarning::NotAJwt];
    };
    let mut found = Vec::new();
    if info.is_expired(now) {
        found.push(TokenWarning::Expired);
    }
    if let Some(audience) = info.audience.as_deref().filter(|a| !audience_matches(a, cloud)) {
        found.push(TokenWarning::WrongAudience { audience: audience.to_owned() });
    }
    if !info.has_incident_permission() {
        found.push(TokenWarning::MissingPermission);
    }
    found
}

/// "59:58" / "1:02:03" until expiry, or "expired".
pub fn countdown(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let left = (expires_at - now).num_seconds();
    if left <= 0 {
        return "expired".to_owned();
    }
    let (h, m, s) = (left / 3600, (left % 3600) / 60, left % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

/// Builds an unsigned test token from claims (tests and demos only; Graph would reject it).
pub fn unsigned_token(claims: &Value) -> String {
    let encode = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    format!("{}.{}.c2lnbmF0dXJl", encode(&serde_json::json!({"typ": "JWT", "alg": "RS256"})), encode(claims))
}
