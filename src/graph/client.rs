//! The only place HTTP happens: headers, origin checks, status handling, decoding.
//!
//! A session talks either to live Graph (with the analyst's token) or to the built-in demo tenant; both
//! answer the same URLs and go through the same decoding, so the demo exercises the real code path.

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::cloud::{ApiVersion, Cloud, api_root, same_origin};
use super::demo;
use super::error::{ErrorKind, GraphError};
use super::page::{Page, decode_one, decode_page};
use super::retry::parse_retry_after;

/// A bearer token. `Debug` never prints it, so it cannot leak through logs or panics.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(Arc<str>);

/// A pasted token without surrounding space or a leading `Bearer ` (people copy whole headers).
pub fn bare_token(raw: &str) -> &str {
    let trimmed = raw.trim();
    trimmed.strip_prefix("Bearer ").unwrap_or(trimmed).trim()
}

impl Token {
    pub fn new(raw: &str) -> Option<Token> {
        let bare = bare_token(raw);
        (!bare.is_empty()).then(|| Token(Arc::from(bare)))
    }

    /// The raw token, for the one place that sends it and the opt-in tab storage.
    pub fn secret(&self) -> &str {
        &self.0
    }

    fn authorization(&self) -> String {
        format!("Bearer {}", self.0)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(redacted)")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Backend {
    Live(Token),
    /// One of the built-in demo tenants (0 is the first; more can be added to try several tenants).
    Demo(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct GraphClient {
    pub backend: Backend,
    pub cloud: Cloud,
    pub version: ApiVersion,
}

/// A raw HTTP answer before decoding.
struct Answer {
    status: u16,
    body: String,
    request_id: Option<String>,
    retry_after: Option<f64>,
}

impl GraphClient {
    pub fn live(token: Token, cloud: Cloud, version: ApiVersion) -> Self {
        GraphClient { backend: Backend::Live(token), cloud, version }
    }

    pub fn demo(version: ApiVersion) -> Self {
        GraphClient { backend: Backend::Demo(0), cloud: demo::DEMO_CLOUD, version }
    }

    /// Another built-in demo tenant, for trying several tenants at once.
    pub fn demo_tenant(number: usize, version: ApiVersion) -> Self {
        GraphClient { backend: Backend::Demo(number), cloud: demo::DEMO_CLOUD, version }
    }

    /// The tenant this connection reads (the token's `tid`), or `None` if the token does not say.
    pub fn tenant_id(&self) -> Option<String> {
        match &self.backend {
            Backend::Live(token) => crate::token_info::inspect(token.secret()).and_then(|info| info.tenant_id),
            Backend::Demo(number) => Some(demo::tenant_id(*number)),
        }
    }

    /// Who the token is for (its `upn`, `unique_name` or `preferred_username`): `None` for an app's
    /// token. The demo is signed in as one of its analysts.
    pub fn signed_in_user(&self) -> Option<String> {
        match &self.backend {
            Backend::Live(token) => crate::token_info::inspect(token.secret()).and_then(|info| info.user),
            Backend::Demo(_) => Some(demo::ANALYST.to_owned()),
        }
    }

    /// A short name for the connection: the signed-in user's domain, else the tenant id.
    pub fn tenant_label(&self) -> String {
        match &self.backend {
            Backend::Live(token) => {
                let info = crate::token_info::inspect(token.secret());
                let domain = info
                    .as_ref()
                    .and_then(|i| i.user.as_deref())
                    .and_then(|u| u.rsplit_once('@'))
                    .map(|(_, d)| d.to_owned());
                domain.or_else(|| info.and_then(|i| i.tenant_id)).unwrap_or_else(|| "Unknown tenant".to_owned())
            }
            Backend::Demo(number) => demo::tenant_name(*number).to_owned(),
        }
    }

    /// Where requests go, without the credential: equal before and after a token is renewed.
    pub fn endpoint(&self) -> (Cloud, ApiVersion, bool) {
        (self.cloud, self.version, self.is_demo())
    }

    pub fn token(&self) -> Option<&Token> {
        match &self.backend {
            Backend::Live(token) => Some(token),
            Backend::Demo(_) => None,
        }
    }

    pub fn is_demo(&self) -> bool {
        matches!(self.backend, Backend::Demo(_))
    }

    /// e.g. `https://graph.microsoft.com/v1.0`
    pub fn api_root(&self) -> String {
        api_root(self.cloud, self.version)
    }

    /// GETs one page of a collection. `url` may be a nextLink: it is used verbatim, but only if it is
    /// on the selected Graph origin; otherwise the request is refused before any token is sent.
    pub async fn get_page<T: DeserializeOwned>(&self, url: &str) -> Result<Page<T>, GraphError> {
        decode_page(&self.get_body(url).await?)
    }

    /// GETs one entity (e.g. `/security/incidents/{id}`).
    pub async fn get_one<T: DeserializeOwned>(&self, url: &str) -> Result<T, GraphError> {
        decode_one(&self.get_body(url).await?)
    }

    /// The body of a successful answer; anything else as a `GraphError`.
    async fn get_body(&self, url: &str) -> Result<String, GraphError> {
        if !same_origin(url, self.cloud.graph_base()) {
            return Err(GraphError::with_message(
                ErrorKind::ForeignHost,
                format!("Refused a URL outside {}.", self.cloud.graph_base()),
            ));
        }
        let answer = match &self.backend {
            Backend::Live(token) => http_get(url, token).await?,
            Backend::Demo(number) => {
                let demo::DemoResponse { status, body } = demo::respond(*number, url);
                Answer { status, body, request_id: None, retry_after: None }
            }
        };
        if !(200..300).contains(&answer.status) {
            let mut error = GraphError::from_response(answer.status, &answer.body, answer.request_id);
            error.retry_after = answer.retry_after;
            return Err(error);
        }
        Ok(answer.body)
    }
}

/// `fetch` through web-sys rather than gloo-net: gloo-net re-serialises the query string (it appended a
/// stray `&` to nextLinks), and a nextLink must be requested exactly as Graph sent it.
async fn http_get(url: &str, token: &Token) -> Result<Answer, GraphError> {
    let network = |_| GraphError::new(ErrorKind::Network);
    let headers = web_sys::Headers::new().map_err(network)?;
    for (name, value) in [
        ("Authorization", token.authorization()),
        ("Accept", "application/json".to_owned()),
        ("Prefer", "include-unknown-enum-members".to_owned()),
        ("client-request-id", super::request_id::new_guid()),
    ] {
        headers.set(name, &value).map_err(network)?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_cache(web_sys::RequestCache::NoStore);
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(network)?;
    let window = web_sys::window().ok_or(GraphError::new(ErrorKind::Network))?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_request(&request)).await.map_err(network)?.unchecked_into();
    let status = response.status();
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let request_id = header("request-id");
    // Readable only when Graph's CORS headers expose it; otherwise the caller backs off on its own.
    let retry_after = header("retry-after").as_deref().and_then(parse_retry_after);
    // Read as bytes and copied into wasm memory in one go: `text()` would decode the UTF-8 to a JS
    // string that wasm-bindgen then encodes back, partly in a JS loop (~2 ms for a page of 50).
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    let body = utf8_lossy(js_sys::Uint8Array::new(&buffer).to_vec());
    Ok(Answer { status, body, request_id, retry_after })
}

/// The body as text; a stray invalid byte becomes U+FFFD (as `Response.text()` does), not an error.
fn utf8_lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::utf8_lossy;

    #[test]
    fn a_body_is_read_as_utf8_and_a_bad_byte_costs_only_itself() {
        assert_eq!(
            utf8_lossy("{\"displayName\":\"Ransomware – Ünïcode 🔥\"}".as_bytes().to_vec()),
            "{\"displayName\":\"Ransomware – Ünïcode 🔥\"}"
        );
        assert_eq!(utf8_lossy(b"{\"a\":\"x\xffy\"}".to_vec()), "{\"a\":\"x\u{FFFD}y\"}");
        assert_eq!(utf8_lossy(Vec::new()), "");
    }
}
