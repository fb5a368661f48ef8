use incident_viewer::graph::error::{ErrorKind, GraphError};
use incident_viewer::graph::retry::{MAX_ATTEMPTS, MAX_WAIT_MS, delay_ms, is_retryable, parse_retry_after};

#[test]
fn retry_after_may_be_fractional_and_junk_is_ignored() {
    assert_eq!(parse_retry_after("2.128"), Some(2.128));
    assert_eq!(parse_retry_after(" 30 "), Some(30.0));
    assert_eq!(parse_retry_after("0.5"), Some(0.5));
    assert_eq!(parse_retry_after(".5"), Some(0.5));
    assert_eq!(parse_retry_after("5."), Some(5.0));
    assert_eq!(parse_retry_after("007"), Some(7.0));
    assert_eq!(parse_retry_after("1.123456789123"), Some(1.123456789), "nine fraction digits are kept");
    assert_eq!(parse_retry_after("123456789012345678901234567890"), Some(999_999_999.0), "absurd waits are capped");
    for junk in
        ["", ".", "soon", "-1", "+3", "1e3", "3.4.5", "1_000", "NaN", "inf", "٣", "Wed, 21 Oct 2015 07:28:00 GMT"]
    {
        assert_eq!(parse_retry_after(junk), None, "{junk}");
    }
}

#[test]
fn retry_after_wins_and_is_rounded_up_and_capped() {
    assert_eq!(delay_ms(0, Some(2.128), 0.9), 2128);
    assert_eq!(delay_ms(3, Some(0.0001), 0.0), 1);
    assert_eq!(delay_ms(0, Some(3600.0), 0.5), MAX_WAIT_MS);
}

#[test]
fn backoff_doubles_with_equal_jitter() {
    for attempt in 0..5 {
        let full = 1000 * 2u32.pow(attempt);
        assert_eq!(delay_ms(attempt, None, 0.0), full / 2);
        assert_eq!(delay_ms(attempt, None, 1.0), full);
        let mid = delay_ms(attempt, None, 0.5);
        assert!(mid > full / 2 && mid < full);
    }
    assert_eq!(delay_ms(40, None, 1.0), MAX_WAIT_MS, "huge attempts are capped");
}

#[test]
fn only_throttling_and_unavailability_are_retried() {
    let with_status = |kind, status| GraphError { status: Some(status), ..GraphError::new(kind) };
    assert!(is_retryable(&with_status(ErrorKind::Throttled, 429)));
    assert!(is_retryable(&with_status(ErrorKind::Server, 503)));
    assert!(is_retryable(&with_status(ErrorKind::Server, 504)));
    assert!(!is_retryable(&with_status(ErrorKind::Server, 500)));
    assert!(!is_retryable(&with_status(ErrorKind::Unauthorized, 401)));
    assert!(!is_retryable(&GraphError::new(ErrorKind::Network)));
    const { assert!(MAX_ATTEMPTS >= 2 && MAX_ATTEMPTS <= 6) };
}
