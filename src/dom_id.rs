//! Unique element ids for `aria-labelledby` / `aria-controls`. Graph ids cannot be used: the same
//! incident or alert id may appear twice on a page, and duplicate DOM ids break accessible names.

use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// `prefix-N`, with N never repeated in this page's lifetime.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
