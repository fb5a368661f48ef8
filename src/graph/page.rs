//! One page of an OData collection: items, `@odata.count`, `@odata.nextLink`.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{ErrorKind, GraphError};
use super::lenient::decode_items;

#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Items that could not be read at all (the rest of the page is still shown).
    pub skipped: usize,
    pub count: Option<u64>,
    pub next_link: Option<String>,
}

/// Decodes a collection response; anything that is not `{"value": [...]}` is an `InvalidResponse`.
pub fn decode_page<T: DeserializeOwned>(body: &str) -> Result<Page<T>, GraphError> {
    let invalid = |why: &str| GraphError::with_message(ErrorKind::InvalidResponse, why);
    let root: Value = serde_json::from_str(body).map_err(|_| invalid("The response is not valid JSON."))?;
    let Value::Object(mut root) = root else {
        return Err(invalid("The response is not a JSON object."));
    };
    let value = match root.remove("value") {
        Some(value @ Value::Array(_)) => value,
        _ => return Err(invalid("The response has no \"value\" list.")),
    };
    let (items, skipped) = decode_items(value);
    let count = root.get("@odata.count").and_then(|c| c.as_u64().or_else(|| c.as_str()?.parse().ok()));
    let next_link =
        root.get("@odata.nextLink").and_then(Value::as_str).filter(|link| !link.is_empty()).map(str::to_owned);
    Ok(Page { items, skipped, count, next_link })
}

/// Decodes a single-entity response; a body that is not a JSON object is an `InvalidResponse`.
pub fn decode_one<T: DeserializeOwned>(body: &str) -> Result<T, GraphError> {
    let invalid = |why: &str| GraphError::with_message(ErrorKind::InvalidResponse, why);
    let root: Value = serde_json::from_str(body).map_err(|_| invalid("The response is not valid JSON."))?;
    if !root.is_object() {
        return Err(invalid("The response is not a JSON object."));
    }
    serde_json::from_value(root).map_err(|_| invalid("The response does not describe this kind of item."))
}
