//! One external URL, checked with a real HTTP client (ureq): HEAD first, GET when HEAD is
//! refused, at most 64 KiB of any body read, redirects followed one by one (so a loop is
//! seen and a permanent move reported), retries as `verdict` decides, and never past the
//! run's deadline.

use std::collections::HashSet;
use std::io::Read;
use std::time::{Duration, Instant, SystemTime};

use ureq::http::Response;

use super::hosts::Hosts;
use super::trust;
use super::verdict::{self, Answer, MAX_REDIRECTS, Next, Verdict};

/// Bytes of a body read at most.
pub const BODY_CAP: u64 = 64 * 1024;

/// What checking one URL found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Ok, broken or unverified.
    pub verdict: Verdict,
    /// The last HTTP status, when there was one.
    pub status: Option<u16>,
    /// Why, in one sentence.
    pub message: String,
    /// Where it moved permanently (301/308), when it did, with that status.
    pub moved: Option<(u16, String)>,
}

impl Outcome {
    /// The outcome for a URL the run had no time left for.
    pub fn out_of_time() -> Self {
        Self {
            verdict: Verdict::Unverified,
            status: None,
            message: "not checked: the whole check reached links.max_run".into(),
            moved: None,
        }
    }

    fn from_answer(answer: &Answer, moved: Option<(u16, String)>) -> Self {
        let (verdict, message) = verdict::judge(answer);
        Self {
            verdict,
            status: match answer {
                Answer::Status(code, _) => Some(*code),
                _ => None,
            },
            message,
            moved: moved.filter(|_| verdict == Verdict::Ok),
        }
    }

    fn broken(status: Option<u16>, message: String) -> Self {
        Self {
            verdict: Verdict::Broken,
            status,
            message,
            moved: None,
        }
    }
}

/// Checks URLs; shared by every worker of a run.
pub struct Checker<'a> {
    /// One agent per source of trust (`trust::agents`): a TLS failure asks the next.
    agents: Vec<ureq::Agent>,
    timeout: Duration,
    deadline: Instant,
    hosts: &'a Hosts,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Head,
    Get,
}

/// One response, reduced to what the checker needs.
struct Reply {
    answer: Answer,
    location: Option<String>,
}

impl<'a> Checker<'a> {
    /// A checker whose requests each take at most `timeout`, ending by `deadline`,
    /// trusting `extra_roots` (DER) besides the operating system's store.
    pub fn new(timeout: Duration, deadline: Instant, hosts: &'a Hosts, extra_roots: &[Vec<u8>]) -> Self {
        Self {
            agents: trust::agents(timeout, extra_roots),
            timeout,
            deadline,
            hosts,
        }
    }

    /// Checks `url` (absolute, http or https, without a fragment).
    pub fn check(&self, url: &str) -> Outcome {
        let mut current = url.to_string();
        let mut visited = HashSet::from([current.clone()]);
        let mut method = Method::Head;
        let mut moved: Option<(u16, String)> = None;
        let mut all_permanent = true;
        for _ in 0..=MAX_REDIRECTS {
            let reply = match self.with_retries(&current, &mut method) {
                Ok(reply) => reply,
                Err(outcome) => return outcome,
            };
            let code = match reply.answer {
                Answer::Status(code, _) if verdict::is_redirect(code) => code,
                answer => return Outcome::from_answer(&answer, moved),
            };
            let Some(next) = reply.location.as_deref().and_then(|l| join(&current, l)) else {
                return Outcome::broken(Some(code), format!("redirects ({code}) without saying where"));
            };
            if !visited.insert(next.clone()) {
                return Outcome::broken(Some(code), format!("redirect loop: it comes back to {next}"));
            }
            all_permanent &= verdict::is_permanent(code);
            if all_permanent {
                moved = Some((code, next.clone()));
            }
            current = next;
        }
        Outcome::broken(None, format!("more than {MAX_REDIRECTS} redirects"))
    }

    /// One hop: the request, GET when HEAD is refused, retried as `verdict::next` says.
    fn with_retries(&self, url: &str, method: &mut Method) -> Result<Reply, Outcome> {
        let mut attempt = 1;
        loop {
            let reply = self.request(url, *method)?;
            if *method == Method::Head && verdict::head_refused(&reply.answer) {
                *method = Method::Get;
                continue;
            }
            match verdict::next(attempt, &reply.answer) {
                Next::Accept => return Ok(reply),
                Next::Retry(wait) => {
                    if Instant::now() + wait >= self.deadline {
                        return Err(Outcome::out_of_time());
                    }
                    std::thread::sleep(wait);
                    attempt += 1;
                }
            }
        }
    }

    /// One request, holding a slot for the host while it runs.
    fn request(&self, url: &str, method: Method) -> Result<Reply, Outcome> {
        let host = host_of(url).unwrap_or_default();
        let _slot = self
            .hosts
            .acquire(&host, self.deadline)
            .ok_or_else(Outcome::out_of_time)?;
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Outcome::out_of_time());
        }
        let timeout = Some(self.timeout.min(left));
        let mut answer = Answer::Other("no agent".into());
        for agent in &self.agents {
            let result = match method {
                Method::Head => agent.head(url).config().timeout_global(timeout).build().call(),
                Method::Get => agent.get(url).config().timeout_global(timeout).build().call(),
            };
            match result {
                Ok(response) => return Ok(reply(response)),
                Err(e) => answer = answer_to(e),
            }
            if !matches!(answer, Answer::Tls(_)) || Instant::now() >= self.deadline {
                break;
            }
        }
        Ok(Reply { answer, location: None })
    }
}

/// Reads at most [`BODY_CAP`] bytes of the body (letting a short one finish, so the
/// connection can be reused) and keeps the status and headers that matter.
fn reply(mut response: Response<ureq::Body>) -> Reply {
    let code = response.status().as_u16();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let retry_after = header("retry-after").and_then(|v| verdict::retry_after(&v, SystemTime::now()));
    let location = header("location");
    let mut body = response.body_mut().as_reader().take(BODY_CAP);
    let _ = std::io::copy(&mut body, &mut std::io::sink());
    Reply {
        answer: Answer::Status(code, retry_after),
        location,
    }
}

/// What a failed request means.
fn answer_to(error: ureq::Error) -> Answer {
    match error {
        ureq::Error::Timeout(_) => Answer::Timeout,
        ureq::Error::HostNotFound => Answer::Dns,
        ureq::Error::ConnectionFailed => Answer::Refused,
        ureq::Error::Tls(why) => Answer::Tls(why.to_string()),
        ureq::Error::Rustls(e) => Answer::Tls(e.to_string()),
        ureq::Error::Protocol(e) => Answer::Garbled(e.to_string()),
        ureq::Error::Io(e) => match e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
            // rustls reports a refused certificate through the stream, as an I/O error.
            Some(tls) => Answer::Tls(tls.to_string()),
            None => lookup_failed(&e).unwrap_or_else(|| io_answer(&e)),
        },
        other => Answer::Other(other.to_string()),
    }
}

fn io_answer(e: &std::io::Error) -> Answer {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::UnexpectedEof
        | ErrorKind::BrokenPipe => Answer::Reset,
        ErrorKind::TimedOut | ErrorKind::WouldBlock => Answer::Timeout,
        ErrorKind::ConnectionRefused => Answer::Refused,
        _ => Answer::Other(e.to_string()),
    }
}

/// What a failed name lookup means, or `None` when `e` is not one. ureq passes on the
/// error of the standard library's lookup (`getaddrinfo`), which keeps the system's
/// reason only as text on Unix ("failed to lookup address information: REASON") and as
/// the error code on Windows; so the "no such name" reasons are matched here: glibc's,
/// musl's and the BSDs'/macOS's wording, and Windows' `WSAHOST_NOT_FOUND` (11001) and
/// `WSANO_DATA` (11004). Every other lookup failure ("Temporary failure in name
/// resolution", no name server) may pass: the link is only unverified.
fn lookup_failed(e: &std::io::Error) -> Option<Answer> {
    const NO_SUCH_NAME: [&str; 6] = [
        "name or service not known",           // glibc EAI_NONAME
        "no address associated with hostname", // glibc EAI_NODATA
        "name does not resolve",               // musl EAI_NONAME
        "name has no usable address",          // musl EAI_NODATA
        "nodename nor servname provided",      // BSD, macOS EAI_NONAME
        "no address associated with nodename", // BSD EAI_NODATA
    ];
    if cfg!(windows)
        && let Some(code) = e.raw_os_error()
    {
        return match code {
            11001 | 11004 => Some(Answer::Dns),
            11002 | 11003 => Some(Answer::DnsUnsure(e.to_string())),
            _ => None,
        };
    }
    let text = e.to_string().to_ascii_lowercase();
    let reason = text.strip_prefix("failed to lookup address information:")?.trim();
    Some(if NO_SUCH_NAME.iter().any(|n| reason.contains(n)) {
        Answer::Dns
    } else {
        Answer::DnsUnsure(reason.to_string())
    })
}

/// The host of an absolute URL, lower-cased.
pub fn host_of(url: &str) -> Option<String> {
    url::Url::parse(url).ok()?.host_str().map(str::to_ascii_lowercase)
}

/// A redirect's `Location`, resolved against the URL that sent it, without its fragment.
fn join(base: &str, location: &str) -> Option<String> {
    let mut next = url::Url::parse(base).ok()?.join(location.trim()).ok()?;
    next.set_fragment(None);
    matches!(next.scheme(), "http" | "https").then(|| next.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_locations_resolve_against_the_url() {
        assert_eq!(join("https://a.uk/x/y", "/z").as_deref(), Some("https://a.uk/z"));
        assert_eq!(join("https://a.uk/x/y", "z#f").as_deref(), Some("https://a.uk/x/z"));
        assert_eq!(join("https://a.uk/", "https://b.uk/").as_deref(), Some("https://b.uk/"));
        assert_eq!(join("https://a.uk/", "ftp://b.uk/"), None);
    }

    #[test]
    fn a_name_that_does_not_exist_is_told_from_a_lookup_that_failed() {
        let lookup = |reason: &str| {
            let e = std::io::Error::other(format!("failed to lookup address information: {reason}"));
            lookup_failed(&e)
        };
        assert_eq!(lookup("Name or service not known"), Some(Answer::Dns));
        assert_eq!(lookup("No address associated with hostname"), Some(Answer::Dns));
        assert_eq!(lookup("Name does not resolve"), Some(Answer::Dns));
        assert_eq!(
            lookup("nodename nor servname provided, or not known"),
            Some(Answer::Dns)
        );
        assert_eq!(
            lookup("Temporary failure in name resolution"),
            Some(Answer::DnsUnsure("temporary failure in name resolution".into()))
        );
        assert_eq!(lookup_failed(&std::io::Error::other("disk full")), None);
        assert_eq!(
            verdict::judge(&lookup("Name or service not known").unwrap()).0,
            Verdict::Broken
        );
        assert_eq!(verdict::judge(&lookup("Try again").unwrap()).0, Verdict::Unverified);
    }

    #[test]
    fn hosts_are_lower_case() {
        assert_eq!(
            host_of("https://WWW.Example.ORG:8443/x").as_deref(),
            Some("www.example.org")
        );
        assert_eq!(host_of("not a url"), None);
    }
}
