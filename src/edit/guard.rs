//! Who may use the studio: only the browser on this computer that opened the first URL.
//!
//! - a secret from the operating system's random source travels in the first URL printed;
//!   the request carrying it gets a cookie (`HttpOnly`, `SameSite=Strict`) and is sent on
//!   to the clean address, and every later request must carry that cookie;
//! - `Host` must name the studio itself (`127.0.0.1:PORT` or `localhost:PORT`), so a page
//!   on another site whose name was pointed at 127.0.0.1 (DNS rebinding) gets nothing;
//! - every write is a POST whose `Origin` (or, without one, `Sec-Fetch-Site` or `Referer`)
//!   is the studio's own, carrying the session's form token as well.
//!
//! All of it plain functions of the request's headers, tested below.

use crate::error::{Error, Result};

/// The cookie that proves the browser opened the first URL.
pub const COOKIE: &str = "haven_studio";
/// The query parameter the first URL carries the secret in.
pub const SECRET_PARAM: &str = "key";
/// The form field every write carries the session's token in.
pub const TOKEN_FIELD: &str = "token";

/// The studio's secrets and address, fixed for the life of the process.
#[derive(Debug, Clone)]
pub struct Guard {
    /// The port the studio listens on (with 127.0.0.1).
    pub port: u16,
    /// The port the built site is served on: another origin, which the studio's cookie
    /// proves nothing to and whose scripts cannot read the studio's pages.
    pub site_port: u16,
    secret: String,
    token: String,
}

/// What the guard says of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Serve it.
    Pass,
    /// The first URL: set the cookie and go to this clean address.
    Welcome(String),
    /// Refuse it, saying why (the text is shown to the person, never the secret).
    Refuse(&'static str),
}

/// The request headers the guard reads, lower-cased names.
#[derive(Debug, Default, Clone)]
pub struct Asked<'a> {
    /// GET, POST, ...
    pub method: &'a str,
    /// The request target, query included.
    pub url: &'a str,
    /// `Host`.
    pub host: Option<&'a str>,
    /// `Cookie`.
    pub cookie: Option<&'a str>,
    /// `Origin`.
    pub origin: Option<&'a str>,
    /// `Sec-Fetch-Site`.
    pub fetch_site: Option<&'a str>,
    /// `Referer`.
    pub referer: Option<&'a str>,
}

/// 32 random bytes from the operating system, as hex.
fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Internal(format!("the operating system gave no random numbers: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// True when `host` is this computer at `port` (`127.0.0.1:PORT` or `localhost:PORT`).
fn names_port(host: &str, port: u16) -> bool {
    let host = host.trim().to_ascii_lowercase();
    host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
}

/// Compares without stopping at the first difference, so timing tells nothing.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Guard {
    /// A guard with a fresh secret and form token for a studio on `port` whose built
    /// site is on `site_port`.
    pub fn new(port: u16, site_port: u16) -> Result<Guard> {
        Ok(Guard {
            port,
            site_port,
            secret: random_hex()?,
            token: random_hex()?,
        })
    }

    /// A guard with known secrets, for tests.
    pub fn fixed(port: u16, secret: &str, token: &str) -> Guard {
        Guard {
            port,
            site_port: port + 1,
            secret: secret.to_string(),
            token: token.to_string(),
        }
    }

    /// The first URL, to print: it carries the secret.
    pub fn first_url(&self) -> String {
        format!("http://127.0.0.1:{}/?{SECRET_PARAM}={}", self.port, self.secret)
    }

    /// The form token every write must carry.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The `Set-Cookie` value for a welcomed browser.
    pub fn set_cookie(&self) -> String {
        format!("{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/", self.secret)
    }

    /// True when `host` names the studio itself.
    fn host_is_ours(&self, host: &str) -> bool {
        names_port(host, self.port)
    }

    /// True when `origin` (`http://HOST`) is the studio's own.
    fn origin_is_ours(&self, origin: &str) -> bool {
        origin
            .trim()
            .strip_prefix("http://")
            .is_some_and(|host| self.host_is_ours(host))
    }

    /// True when the cookie header carries the secret.
    fn has_cookie(&self, cookie: Option<&str>) -> bool {
        cookie.into_iter().flat_map(|c| c.split(';')).any(|pair| {
            pair.trim()
                .split_once('=')
                .is_some_and(|(name, value)| name == COOKIE && same(value, &self.secret))
        })
    }

    /// True when a write comes from the studio's own pages.
    fn same_origin(&self, asked: &Asked) -> bool {
        if let Some(origin) = asked.origin {
            return self.origin_is_ours(origin);
        }
        if let Some(site) = asked.fetch_site {
            return site.trim() == "same-origin";
        }
        asked.referer.is_some_and(|referer| {
            let rest = referer.trim().strip_prefix("http://").unwrap_or("");
            let host = rest.split('/').next().unwrap_or("");
            rest.len() > host.len() && self.host_is_ours(host)
        })
    }

    /// What to do with a request, from its headers alone.
    pub fn judge(&self, asked: &Asked) -> Verdict {
        if !asked.host.is_some_and(|h| self.host_is_ours(h)) {
            return Verdict::Refuse("this studio answers only at its own address on this computer");
        }
        let (path, query) = asked.url.split_once('?').unwrap_or((asked.url, ""));
        if asked.method == "GET" {
            let offered = form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == SECRET_PARAM)
                .map(|(_, v)| v.into_owned());
            if let Some(offered) = offered {
                return match same(&offered, &self.secret) {
                    true => Verdict::Welcome(path.to_string()),
                    false => Verdict::Refuse("this address's key is not the one haven edit printed"),
                };
            }
        }
        if !self.has_cookie(asked.cookie) {
            return Verdict::Refuse("open the address haven edit printed in the terminal");
        }
        match asked.method {
            "GET" | "HEAD" => Verdict::Pass,
            "POST" if self.same_origin(asked) => Verdict::Pass,
            "POST" => Verdict::Refuse("changes are taken only from the studio's own pages"),
            _ => Verdict::Refuse("the studio takes only GET and POST"),
        }
    }

    /// What to do with a request to the built site's origin: only reads, only at its own
    /// address (no DNS rebinding), and only for pages of the site itself or the studio's
    /// preview frame. No cookie or secret means anything there.
    pub fn judge_site(&self, asked: &Asked) -> std::result::Result<(), &'static str> {
        if !asked.host.is_some_and(|h| names_port(h, self.site_port)) {
            return Err("the site answers only at its own address on this computer");
        }
        if !matches!(asked.method, "GET" | "HEAD") {
            return Err("the built site is only read here: changes are made in the studio");
        }
        let origin_ok = asked.origin.is_none_or(|o| {
            o.trim()
                .strip_prefix("http://")
                .is_some_and(|h| names_port(h, self.site_port) || names_port(h, self.port))
        });
        match origin_ok {
            true => Ok(()),
            false => Err("the site is not served to other sites"),
        }
    }

    /// True when a submitted form carries the session's token.
    pub fn token_ok(&self, offered: Option<&str>) -> bool {
        offered.is_some_and(|t| same(t, &self.token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard() -> Guard {
        Guard::fixed(1112, "s3cret", "t0ken")
    }

    fn asked<'a>(method: &'a str, url: &'a str) -> Asked<'a> {
        Asked {
            method,
            url,
            host: Some("127.0.0.1:1112"),
            cookie: Some("other=1; haven_studio=s3cret"),
            origin: Some("http://127.0.0.1:1112"),
            ..Asked::default()
        }
    }

    #[test]
    fn the_first_url_sets_the_cookie_and_goes_to_the_clean_address() {
        let mut first = asked("GET", "/?key=s3cret");
        first.cookie = None;
        assert_eq!(guard().judge(&first), Verdict::Welcome("/".into()));
        first.url = "/?key=guess";
        assert!(matches!(guard().judge(&first), Verdict::Refuse(_)));
        assert_eq!(
            guard().set_cookie(),
            "haven_studio=s3cret; HttpOnly; SameSite=Strict; Path=/"
        );
    }

    #[test]
    fn without_the_cookie_nothing_is_served() {
        let mut bare = asked("GET", "/");
        bare.cookie = None;
        assert!(matches!(guard().judge(&bare), Verdict::Refuse(_)));
        bare.cookie = Some("haven_studio=s3cre");
        assert!(matches!(guard().judge(&bare), Verdict::Refuse(_)));
        assert_eq!(guard().judge(&asked("GET", "/")), Verdict::Pass);
    }

    #[test]
    fn other_hosts_are_refused() {
        for host in ["evil.example:1112", "127.0.0.1:1111", "127.0.0.1", "0.0.0.0:1112"] {
            let mut other = asked("GET", "/");
            other.host = Some(host);
            assert!(matches!(guard().judge(&other), Verdict::Refuse(_)), "{host}");
        }
        let mut local = asked("GET", "/");
        local.host = Some("LocalHost:1112");
        assert_eq!(guard().judge(&local), Verdict::Pass);
    }

    #[test]
    fn writes_come_only_from_the_studio_s_pages() {
        assert_eq!(guard().judge(&asked("POST", "/save")), Verdict::Pass);
        let mut cross = asked("POST", "/save");
        cross.origin = Some("http://evil.example");
        assert!(matches!(guard().judge(&cross), Verdict::Refuse(_)));
        cross.origin = Some("null");
        assert!(matches!(guard().judge(&cross), Verdict::Refuse(_)));
        let mut bare = asked("POST", "/save");
        bare.origin = None;
        assert!(matches!(guard().judge(&bare), Verdict::Refuse(_)));
        bare.fetch_site = Some("cross-site");
        assert!(matches!(guard().judge(&bare), Verdict::Refuse(_)));
        bare.fetch_site = None;
        bare.referer = Some("http://127.0.0.1:1112/page?file=x");
        assert_eq!(guard().judge(&bare), Verdict::Pass);
        bare.referer = Some("http://127.0.0.1:1112.evil.example/");
        assert!(matches!(guard().judge(&bare), Verdict::Refuse(_)));
        assert!(matches!(guard().judge(&asked("PUT", "/save")), Verdict::Refuse(_)));
    }

    #[test]
    fn the_site_s_origin_is_only_read_at_its_own_address() {
        let mut read = asked("GET", "/lessons/");
        read.host = Some("127.0.0.1:1113");
        read.origin = None;
        assert!(guard().judge_site(&read).is_ok());
        read.origin = Some("http://127.0.0.1:1112");
        assert!(guard().judge_site(&read).is_ok());
        read.origin = Some("http://evil.example");
        assert!(guard().judge_site(&read).is_err());
        read.origin = None;
        read.host = Some("127.0.0.1:1112");
        assert!(guard().judge_site(&read).is_err());
        read.host = Some("evil.example:1113");
        assert!(guard().judge_site(&read).is_err());
        let mut write = asked("POST", "/save");
        write.host = Some("127.0.0.1:1113");
        write.origin = Some("http://127.0.0.1:1113");
        assert!(guard().judge_site(&write).is_err());
        // The site's own pages may never write in the studio, though the cookie travels.
        let mut from_site = asked("POST", "/save");
        from_site.origin = Some("http://127.0.0.1:1113");
        assert!(matches!(guard().judge(&from_site), Verdict::Refuse(_)));
    }

    #[test]
    fn the_form_token_must_match() {
        assert!(guard().token_ok(Some("t0ken")));
        assert!(!guard().token_ok(Some("t0ke")));
        assert!(!guard().token_ok(None));
    }
}
