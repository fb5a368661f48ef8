//! The opt-in "Remember for this browser tab": the connection kept in `sessionStorage`, which the
//! browser drops when the tab closes. Never `localStorage`, never cookies.

use serde::{Deserialize, Serialize};

use crate::graph::client::{GraphClient, Token};
use crate::graph::cloud::{ApiVersion, Cloud};

pub(crate) const KEY: &str = "incident-viewer.connection";

#[derive(Serialize, Deserialize)]
struct Saved {
    token: String,
    cloud: String,
    version: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Keeps a live connection for this tab (demo sessions need nothing kept).
pub fn remember(client: &GraphClient) {
    let (Some(token), Some(storage)) = (client.token(), storage()) else { return };
    let saved = Saved {
        token: token.secret().to_owned(),
        cloud: client.cloud.key().to_owned(),
        version: client.version.as_str().to_owned(),
    };
    if let Ok(json) = serde_json::to_string(&saved) {
        // A full or disabled storage only means the tab will ask again.
        let _ = storage.set_item(KEY, &json);
    }
}

/// Whether this tab keeps a connection (without reading the token back).
pub fn is_remembered() -> bool {
    storage().is_some_and(|s| s.get_item(KEY).ok().flatten().is_some())
}

pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// The connection remembered for this tab, if any and readable.
pub fn recall() -> Option<GraphClient> {
    let json = storage()?.get_item(KEY).ok()??;
    let saved: Saved = serde_json::from_str(&json).ok()?;
    Some(GraphClient::live(
        Token::new(&saved.token)?,
        Cloud::from_key(&saved.cloud)?,
        ApiVersion::parse(&saved.version)?,
    ))
}
