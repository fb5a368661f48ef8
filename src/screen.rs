//! The screen the app is on, where its size decides what starts unfolded.

/// Wider than a phone (the CSS folds the filters away at the same width): the filters and the summary
/// start open; on a phone they would push the list a screen or more down.
pub fn wide_screen() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_none_or(|w| w > 760.0)
}
