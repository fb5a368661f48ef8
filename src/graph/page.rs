//! One page of an OData collection: items, `@odata.count`, `@odata.nextLink`.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{ErrorKind, GraphError};

#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Items that could not be read at all (the rest of the page is still shown).
    pub skipped: usize,
    pub count: Option<u64>,
    pub next_link: Option<String>,
}

/// Decodes a collection response; anything that is not `{"value": [...]}` is an `InvalidResponse`.
///
/// A page whose items all fit is read in one pass straight into the types. Anything odd (an item that
/// is not an object, a repeated key, not JSON at all) sends it to the careful path, which reads the
/// text into a JSON tree and decodes item by item, so one bad item costs only itself.
pub fn decode_page<T: DeserializeOwned>(body: &str) -> Result<Page<T>, GraphError> {
    match serde_json::from_str::<WirePage<T>>(body) {
        Ok(page) => Ok(Page {
            items: page.value,
            skipped: 0,
            count: count_of(page.count.as_ref()),
            next_link: next_link_of(page.next_link.as_ref()),
        }),
        Err(_) => decode_page_item_by_item(body),
    }
}

/// The wire shape of a page whose items all decode.
#[derive(Deserialize)]
struct WirePage<T> {
    value: Vec<T>,
    #[serde(rename = "@odata.count", default)]
    count: Option<Value>,
    #[serde(rename = "@odata.nextLink", default)]
    next_link: Option<Value>,
}

fn decode_page_item_by_item<T: DeserializeOwned>(body: &str) -> Result<Page<T>, GraphError> {
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
    Ok(Page {
        items,
        skipped,
        count: count_of(root.get("@odata.count")),
        next_link: next_link_of(root.get("@odata.nextLink")),
    })
}

/// `@odata.count` as a number or a numeric string.
fn count_of(count: Option<&Value>) -> Option<u64> {
    count.and_then(|c| c.as_u64().or_else(|| c.as_str()?.parse().ok()))
}

fn next_link_of(link: Option<&Value>) -> Option<String> {
    link.and_then(Value::as_str).filter(|link| !link.is_empty()).map(str::to_owned)
}

/// Decodes a single-entity response; a body that is not a JSON object is an `InvalidResponse`.
///
/// An object that fits is read in one pass; anything odd goes the careful way, as in [`decode_page`].
pub fn decode_one<T: DeserializeOwned>(body: &str) -> Result<T, GraphError> {
    // Only an object: the derived decoders would also read a list, positionally.
    if body.trim_start().starts_with('{')
        && let Ok(item) = serde_json::from_str(body)
    {
        return Ok(item);
    }
    let invalid = |why: &str| GraphError::with_message(ErrorKind::InvalidResponse, why);
    let root: Value = serde_json::from_str(body).map_err(|_| invalid("The response is not valid JSON."))?;
    if !root.is_object() {
        return Err(invalid("The response is not a JSON object."));
    }
    from_tree(root).ok_or_else(|| invalid("The response does not describe this kind of item."))
}

/// Decodes each array item on its own; returns the good ones and how many were unreadable.
fn decode_items<T: DeserializeOwned>(value: Value) -> (Vec<T>, usize) {
    let Value::Array(items) = value else {
        return (Vec::new(), 0);
    };
    let mut skipped = 0;
    let good = items
        .into_iter()
        .filter_map(|item| {
            let decoded = from_tree(item);
            skipped += usize::from(decoded.is_none());
            decoded
        })
        .collect();
    (good, skipped)
}

/// Decodes an item of the careful path by writing it back as text and reading that: slower, but the
/// types then need only their decoder for text (one for JSON trees too would add ~14 KB gzip), and
/// the careful path is taken only for odd responses.
fn from_tree<T: DeserializeOwned>(item: Value) -> Option<T> {
    serde_json::from_str(&serde_json::to_string(&item).ok()?).ok()
}
