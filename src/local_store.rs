//! Display preferences and saved filter sets in `localStorage`. Only these are ever stored here —
//! never a token (see `session_store` for the one opt-in place a token may be kept).

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value`, or removes the key for `None`. False when storage is blocked or full.
pub fn set(key: &str, value: Option<&str>) -> bool {
    let Some(storage) = storage() else { return false };
    match value {
        Some(value) => storage.set_item(key, value).is_ok(),
        None => storage.remove_item(key).is_ok(),
    }
}
