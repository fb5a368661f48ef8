//! When and how long to wait before repeating a throttled or unavailable request. Pure; host-tested.

use super::error::{ErrorKind, GraphError};

/// Attempts in all, the first included: a throttled tenant is not hammered.
pub const MAX_ATTEMPTS: u32 = 4;
/// No single wait is longer than this, whatever `Retry-After` says.
pub const MAX_WAIT_MS: u32 = 60_000;
const BACKOFF_BASE_MS: f64 = 1_000.0;

/// `Retry-After` in seconds, possibly fractional (`2.128`); HTTP dates and junk are ignored.
pub fn parse_retry_after(header: &str) -> Option<f64> {
    let seconds: f64 = header.trim().parse().ok()?;
    (seconds.is_finite() && seconds >= 0.0).then_some(seconds)
}

/// 429 always; 503 and 504 (Graph's "try later" answers). Other 5xx are reported at once.
pub fn is_retryable(error: &GraphError) -> bool {
    match error.kind {
        ErrorKind::Throttled => true,
        ErrorKind::Server => matches!(error.status, Some(503 | 504)),
        _ => false,
    }
}

/// The wait before attempt `attempt + 1` (attempt counts from 0). Honours `Retry-After` when the
/// browser could read it; otherwise exponential backoff with "equal jitter" (`jitter` in 0..1).
pub fn delay_ms(attempt: u32, retry_after: Option<f64>, jitter: f64) -> u32 {
    let ms = match retry_after {
        Some(seconds) => (seconds * 1000.0).ceil(),
        None => {
            let exp = BACKOFF_BASE_MS * 2f64.powi(attempt.min(16) as i32);
            exp / 2.0 + exp / 2.0 * jitter.clamp(0.0, 1.0)
        }
    };
    ms.clamp(0.0, MAX_WAIT_MS as f64) as u32
}
