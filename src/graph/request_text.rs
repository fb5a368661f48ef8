//! The request behind the current view, as text an analyst can reuse. The token is never included:
//! it is written as `$TOKEN`, for the shell to fill in.

/// Quotes `text` for a POSIX shell: single quotes, with `'` written as `'\''`.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// A `curl` command equivalent to the app's request (same headers; the token as `$TOKEN`).
pub fn curl_command(url: &str) -> String {
    format!(
        "curl -sS {} \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H 'Prefer: include-unknown-enum-members' \\\n  -H 'Accept: application/json'",
        shell_quote(url)
    )
}
