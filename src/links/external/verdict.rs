//! What an answer means, as plain functions (DESIGN §9): which statuses are broken, which
//! only unverified, when to retry and how long to wait. The network code asks these and
//! decides nothing itself.

use std::time::{Duration, SystemTime};

/// How many times one request is tried, the first time included.
pub const ATTEMPTS: u32 = 3;
/// The longest `Retry-After` haven waits for.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);
/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 10;

/// What one request got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An HTTP status; for 429 and 503 the `Retry-After` wait, when given.
    Status(u16, Option<RetryAfter>),
    /// No answer within the time allowed.
    Timeout,
    /// The connection was reset or closed before an answer.
    Reset,
    /// The host name does not exist.
    Dns,
    /// The name lookup failed for another reason (no name server answered): it may pass.
    DnsUnsure(String),
    /// The secure connection failed.
    Tls(String),
    /// Nothing listens at that address.
    Refused,
    /// The server's answer was not HTTP.
    Garbled(String),
    /// Anything else.
    Other(String),
}

/// A server's `Retry-After`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// Within the bound: wait this long.
    Wait(Duration),
    /// Longer than haven waits.
    TooLong(Duration),
}

/// Reads `Retry-After`: seconds, or an HTTP date (relative to `now`).
pub fn retry_after(value: &str, now: SystemTime) -> Option<RetryAfter> {
    let value = value.trim();
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => httpdate::parse_http_date(value)
            .ok()?
            .duration_since(now)
            .unwrap_or_default(),
    };
    Some(if wait <= MAX_RETRY_AFTER {
        RetryAfter::Wait(wait)
    } else {
        RetryAfter::TooLong(wait)
    })
}

/// What to do after attempt number `attempt` (from 1) got `answer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Use this answer.
    Accept,
    /// Wait, then try again.
    Retry(Duration),
}

/// The wait before retry number `attempt`: 250 ms, 500 ms, 1 s, ...
pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250 << attempt.saturating_sub(1).min(6))
}

/// Retries with backoff for timeouts and 5xx; honours `Retry-After` for 429 (and 503)
/// within the bound; accepts everything else.
pub fn next(attempt: u32, answer: &Answer) -> Next {
    if attempt >= ATTEMPTS {
        return Next::Accept;
    }
    match answer {
        Answer::Status(429 | 503, Some(RetryAfter::Wait(wait))) => Next::Retry(*wait),
        Answer::Status(429, Some(RetryAfter::TooLong(_))) => Next::Accept,
        Answer::Status(429, None) | Answer::Timeout | Answer::DnsUnsure(_) => Next::Retry(backoff(attempt)),
        Answer::Status(code, _) if *code >= 500 => Next::Retry(backoff(attempt)),
        _ => Next::Accept,
    }
}

/// True when a HEAD answer means "ask again with GET": servers that refuse or mishandle
/// HEAD answer 405, 501, or some other error that GET would not get.
pub fn head_refused(answer: &Answer) -> bool {
    matches!(answer, Answer::Status(code, _) if *code >= 400 && *code != 429)
}

/// True for redirect statuses.
pub fn is_redirect(code: u16) -> bool {
    matches!(code, 301 | 302 | 303 | 307 | 308)
}

/// True for redirects the author should follow in the link itself.
pub fn is_permanent(code: u16) -> bool {
    matches!(code, 301 | 308)
}

/// The three outcomes of an external check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It answered.
    Ok,
    /// It is gone: stops the build.
    Broken,
    /// It could not be verified either way.
    Unverified,
}

/// What an accepted final answer means, and a sentence saying why.
pub fn judge(answer: &Answer) -> (Verdict, String) {
    use Verdict::*;
    match answer {
        Answer::Status(code @ 200..=299, _) => (Ok, format!("answers {code}")),
        Answer::Status(code @ (401 | 403), _) => (
            Unverified,
            format!("the site refused the link checker ({code}); it may work in a browser"),
        ),
        Answer::Status(429, Some(RetryAfter::TooLong(wait))) => (
            Unverified,
            format!(
                "the site asked to wait {} s before checking again (429)",
                wait.as_secs()
            ),
        ),
        Answer::Status(429, _) => (Unverified, "the site answered \"too many requests\" (429)".into()),
        Answer::Status(code @ (404 | 410), _) => (Broken, format!("the page is gone ({code})")),
        Answer::Status(code @ 400..=499, _) => (Broken, format!("the site answers {code}")),
        Answer::Status(code @ 500..=599, _) => (
            Broken,
            format!("the site answers {code}, a server error, even after {ATTEMPTS} tries"),
        ),
        Answer::Status(code, _) => (Unverified, format!("the site answers {code}")),
        Answer::Timeout => (Unverified, format!("no answer in time, after {ATTEMPTS} tries")),
        Answer::Reset => (Unverified, "the connection was reset before an answer".into()),
        Answer::Dns => (Broken, "the host name does not exist (DNS says no such name)".into()),
        Answer::DnsUnsure(why) => (
            Unverified,
            format!("the host name could not be looked up ({why}); is the network on?"),
        ),
        Answer::Tls(why) => (Broken, format!("the secure connection failed: {why}")),
        Answer::Refused => (Broken, "nothing answers at this address (connection refused)".into()),
        Answer::Garbled(why) => (Broken, format!("the server's answer is not valid HTTP: {why}")),
        Answer::Other(why) => (Unverified, format!("could not check: {why}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_judged_as_design_9_says() {
        let verdict = |code| judge(&Answer::Status(code, None)).0;
        assert_eq!(verdict(200), Verdict::Ok);
        assert_eq!(verdict(404), Verdict::Broken);
        assert_eq!(verdict(410), Verdict::Broken);
        assert_eq!(verdict(400), Verdict::Broken);
        assert_eq!(verdict(500), Verdict::Broken);
        for code in [401, 403, 429] {
            assert_eq!(verdict(code), Verdict::Unverified, "{code}");
        }
        assert_eq!(judge(&Answer::Timeout).0, Verdict::Unverified);
        assert_eq!(judge(&Answer::Reset).0, Verdict::Unverified);
        assert_eq!(judge(&Answer::Dns).0, Verdict::Broken);
        assert_eq!(judge(&Answer::Tls("bad certificate".into())).0, Verdict::Broken);
    }

    #[test]
    fn retries_for_timeouts_and_server_errors_only() {
        assert_eq!(next(1, &Answer::Timeout), Next::Retry(Duration::from_millis(250)));
        assert_eq!(
            next(2, &Answer::Status(502, None)),
            Next::Retry(Duration::from_millis(500))
        );
        assert_eq!(next(ATTEMPTS, &Answer::Timeout), Next::Accept);
        assert_eq!(next(1, &Answer::Status(404, None)), Next::Accept);
        assert_eq!(next(1, &Answer::Reset), Next::Accept);
        assert_eq!(next(1, &Answer::Dns), Next::Accept);
    }

    #[test]
    fn retry_after_is_honoured_up_to_ten_seconds() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        let one = retry_after("1", now).unwrap();
        assert_eq!(one, RetryAfter::Wait(Duration::from_secs(1)));
        assert_eq!(
            next(1, &Answer::Status(429, Some(one))),
            Next::Retry(Duration::from_secs(1))
        );
        let long = retry_after("3600", now).unwrap();
        assert_eq!(next(1, &Answer::Status(429, Some(long))), Next::Accept);
        assert_eq!(judge(&Answer::Status(429, Some(long))).0, Verdict::Unverified);
        let date = httpdate::fmt_http_date(now + Duration::from_secs(5));
        assert_eq!(retry_after(&date, now), Some(RetryAfter::Wait(Duration::from_secs(5))));
        assert_eq!(retry_after("soon", now), None);
    }

    #[test]
    fn head_is_refused_by_errors_but_not_by_429() {
        assert!(head_refused(&Answer::Status(405, None)));
        assert!(head_refused(&Answer::Status(501, None)));
        assert!(!head_refused(&Answer::Status(429, None)));
        assert!(!head_refused(&Answer::Status(200, None)));
        assert!(!head_refused(&Answer::Timeout));
    }
}
