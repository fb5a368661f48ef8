//! When and how long to wait before repeating a throttled or unavailable request. Pure; host-tested.

use super::error::{ErrorKind, GraphError};

/// Attempts in all, the first included: a throttled tenant is not hammered.
pub const MAX_ATTEMPTS: u32 = 4;
/// No single wait is longer than this, whatever `Retry-After` says.
pub const MAX_WAIT_MS: u32 = 60_000;
const BACKOFF_BASE_MS: f64 = 1_000.0;

/// `Retry-After` in seconds, possibly fractional (`2.128`); HTTP dates and junk are ignored.
///
/// Read by hand: `str::parse::<f64>` would bring the standard library's 10 KB float-parsing table into
/// the download for this one header.
pub fn parse_retry_after(header: &str) -> Option<f64> {
    let text = header.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    // Past a billion seconds every wait is capped anyway; nine fraction digits are more than enough.
    let whole = whole.trim_start_matches('0');
    let whole = if whole.len() > 9 { "999999999" } else { whole };
    let fraction = &fraction[..fraction.len().min(9)];
    let number = |part: &str| part.bytes().fold(0_u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = 10_u64.pow(fraction.len() as u32);
    // One division of exact integers: the nearest double, as `parse` would give.
    Some((number(whole) * scale + number(fraction)) as f64 / scale as f64)
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
