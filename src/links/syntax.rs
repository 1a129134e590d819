//! The checks that need no network (DESIGN §9): empty and `#` links, `javascript:`,
//! malformed URLs, `mailto:` and `tel:` syntax, and `http://` links.

use super::extract::{LinkUse, Places};
use super::finding::{Finding, LinkResult};
use crate::web::url::{decode, has_scheme};

/// A problem with how a URL is written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Flaw {
    /// Error or warning.
    pub result: LinkResult,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: &'static str,
}

fn error(message: String, hint: &'static str) -> Option<Flaw> {
    Some(Flaw {
        result: LinkResult::Error,
        message,
        hint,
    })
}

/// What is wrong with how `url` (an attribute of a `tag`) is written, if anything.
pub fn flaw(url: &str, tag: &str) -> Option<Flaw> {
    let trimmed = url.trim();
    if trimmed.is_empty() {
        let what = if tag == "a" { "a link" } else { "an address" };
        return error(
            format!("`<{tag}>` has an empty address: {what} that goes nowhere"),
            "give it a real address, or remove it",
        );
    }
    if trimmed == "#" {
        return error(
            format!("`<{tag}>` goes to `#`, which goes nowhere"),
            "link to a page or an id (#part); for an action use a <button>",
        );
    }
    if !has_scheme(trimmed) {
        return None;
    }
    let scheme = trimmed.split(':').next().unwrap_or_default().to_ascii_lowercase();
    match scheme.as_str() {
        "javascript" => error(
            format!(
                "`{}` is a javascript: link, which does nothing with JavaScript off",
                short(trimmed)
            ),
            "link to a page; the site must work with JavaScript off",
        ),
        "mailto" => mailto_flaw(trimmed),
        "tel" => tel_flaw(trimmed),
        "http" | "https" => web_flaw(trimmed, &scheme),
        _ => url::Url::parse(trimmed).err().and_then(|e| {
            error(
                format!("`{}` is not a valid URL: {e}", short(trimmed)),
                "check the address for typos",
            )
        }),
    }
}

fn short(url: &str) -> String {
    if url.chars().count() > 80 {
        format!("{}…", url.chars().take(80).collect::<String>())
    } else {
        url.to_string()
    }
}

fn web_flaw(url: &str, scheme: &str) -> Option<Flaw> {
    const FIX: &str = "copy the address again from the browser's address bar";
    if url.contains(char::is_whitespace) {
        return error(format!("`{}` has a space in it", short(url)), FIX);
    }
    match url::Url::parse(url) {
        Err(e) => error(format!("`{}` is not a valid URL: {e}", short(url)), FIX),
        Ok(parsed) if parsed.host_str().is_none_or(str::is_empty) => {
            error(format!("`{}` has no host name", short(url)), FIX)
        }
        Ok(_) if scheme == "http" => Some(Flaw {
            result: LinkResult::Warning,
            message: format!(
                "`{}` uses http://, which is not private or safe from tampering",
                short(url)
            ),
            hint: "use https:// if the site supports it (most do)",
        }),
        Ok(_) => None,
    }
}

/// True for an email address a mail program can send to.
fn is_address(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.contains(|c: char| c.is_whitespace() || "<>()[],;:\"@".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.');
    let labels: Vec<&str> = domain.split('.').collect();
    local_ok
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

fn mailto_flaw(url: &str) -> Option<Flaw> {
    let rest = &url["mailto:".len()..];
    let (to, _query) = rest.split_once('?').unwrap_or((rest, ""));
    let to = decode(to);
    let addresses: Vec<&str> = to.split(',').map(str::trim).filter(|a| !a.is_empty()).collect();
    if addresses.is_empty() {
        return error(
            format!("`{}` has no email address", short(url)),
            "write mailto:office@school.sch.uk",
        );
    }
    addresses.iter().find(|a| !is_address(a)).and_then(|bad| {
        error(
            format!("`{}` is not a valid email address", short(bad)),
            "write mailto:name@example.org, with no spaces",
        )
    })
}

fn tel_flaw(url: &str) -> Option<Flaw> {
    let number = decode(&url["tel:".len()..]);
    let number = number.split(';').next().unwrap_or_default();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let body = number.strip_prefix('+').unwrap_or(number);
    let dialable = body.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c));
    if digits < 3 || !dialable {
        return error(
            format!("`{}` is not a phone number a phone can dial", short(url)),
            "write the number with digits only, e.g. tel:+441843000000 or tel:08001111",
        );
    }
    None
}

/// Checks how every URL is written; one finding per URL and problem.
pub fn check(uses: &[LinkUse<'_>]) -> Vec<Finding> {
    let mut flaws: Places<(String, Flaw)> = Places::default();
    for link in uses {
        if let Some(f) = flaw(link.url, link.tag) {
            flaws.add((link.url.trim().to_string(), f), &link.sources());
        }
    }
    flaws
        .into_groups()
        .map(|((url, f), sources)| Finding::new(&url, f.result, f.message, &sources).hint(f.hint))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(url: &str) -> Option<LinkResult> {
        flaw(url, "a").map(|f| f.result)
    }

    #[test]
    fn links_that_go_nowhere_are_errors() {
        for url in ["", "  ", "#", "javascript:void(0)", "JavaScript:alert(1)"] {
            assert_eq!(result(url), Some(LinkResult::Error), "{url:?}");
        }
        for url in ["#top", "../report/", "report.pdf", "?q=1"] {
            assert_eq!(result(url), None, "{url:?}");
        }
    }

    #[test]
    fn web_addresses_must_parse_and_prefer_https() {
        assert_eq!(result("https://www.nspcc.org.uk/"), None);
        assert_eq!(result("http://www.nspcc.org.uk/"), Some(LinkResult::Warning));
        assert_eq!(result("https://"), Some(LinkResult::Error));
        assert_eq!(result("https://www.nspcc .org.uk/"), Some(LinkResult::Error));
        assert_eq!(result("https://exa[mple.org/"), Some(LinkResult::Error));
        assert_eq!(result("http://[::1"), Some(LinkResult::Error));
    }

    #[test]
    fn mailto_needs_real_addresses() {
        assert_eq!(result("mailto:office@harbourlane.sch.uk"), None);
        assert_eq!(result("mailto:a@b.uk,c@d.uk?subject=Hello%20there"), None);
        assert_eq!(result("mailto:office%40harbourlane.sch.uk"), None);
        for url in [
            "mailto:",
            "mailto:office",
            "mailto:office@school",
            "mailto:a b@c.uk",
            "mailto:a@-b.uk",
        ] {
            assert_eq!(result(url), Some(LinkResult::Error), "{url}");
        }
    }

    #[test]
    fn tel_needs_a_dialable_number() {
        for url in [
            "tel:999",
            "tel:+441843000000",
            "tel:0808-800-5000",
            "tel:01843%20000000",
            "tel:+44(0)1843",
        ] {
            assert_eq!(result(url), None, "{url}");
        }
        for url in ["tel:", "tel:12", "tel:0800 CHILDLINE", "tel:++44", "tel:01843x1"] {
            assert_eq!(result(url), Some(LinkResult::Error), "{url}");
        }
    }

    #[test]
    fn other_schemes_only_need_to_parse() {
        assert_eq!(result("sms:+447700900000"), None);
        assert_eq!(result("data:image/png;base64,AAAA"), None);
    }
}
