//! Link text that names a web address other than the one the link goes to (DESIGN §9):
//! text `www.kent.police.uk` on a link to `www.west-midlands.police.uk` misleads the
//! reader, by mistake or by a copied-and-edited link. Hosts are compared by registrable
//! domain (the public-suffix list, built in, no network), so `kent.police.uk` and
//! `www.kent.police.uk` agree but `kent.police.uk` and `west-midlands.police.uk` do not.

use super::extract::{LinkUse, Places};
use super::finding::{Finding, LinkResult};

/// The registrable domain of a host (`www.kent.police.uk` -> `kent.police.uk`), when the
/// host ends in a known public suffix.
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let suffix = psl::suffix(host.as_bytes())?;
    if !suffix.is_known() {
        return None;
    }
    psl::domain_str(&host).map(str::to_string)
}

/// True when `token` is written like a host name: labels of letters, digits and hyphens.
fn is_host_like(token: &str) -> bool {
    let labels: Vec<&str> = token.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().any(char::is_alphabetic))
}

/// The hosts that link text names (`Visit www.nspcc.org.uk/help` -> `www.nspcc.org.uk`),
/// each with its registrable domain. Email addresses are not hosts.
pub fn hosts_named(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // A host has a dot between its labels; most link text has none ("Home", "Lessons").
    if !text.contains('.') {
        return out;
    }
    for word in text.split(|c: char| c.is_whitespace() || "()[]<>\"'“”‘’,;!|".contains(c)) {
        if word.contains('@') {
            continue;
        }
        let word = word.split_once("://").map_or(word, |(_, rest)| rest);
        let host = word.split(['/', '?', '#', ':']).next().unwrap_or_default();
        let host = host.trim_end_matches('.');
        if !is_host_like(host) {
            continue;
        }
        if let Some(domain) = registrable_domain(host)
            && !out.iter().any(|(_, d)| d == &domain)
        {
            out.push((host.to_string(), domain));
        }
    }
    out
}

/// The host a web address goes to. Relative links are left alone: their host is the
/// school's own, which `haven serve` replaces with the preview's address.
fn target_host(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    host.split(':').next()
}

/// One error per link whose text names a host of another registrable domain.
pub fn check(uses: &[LinkUse<'_>]) -> Vec<Finding> {
    let mut wrong: Places<(String, String, String)> = Places::default();
    for link in uses.iter().filter(|l| l.tag == "a" && !l.name.is_empty()) {
        let named = hosts_named(link.name);
        if named.is_empty() {
            continue;
        }
        let Some(host) = target_host(link.url) else {
            continue;
        };
        let target = registrable_domain(host).unwrap_or_else(|| host.to_ascii_lowercase());
        for (text_host, domain) in named {
            if domain != target {
                wrong.add(
                    (link.url.trim().to_string(), text_host, host.to_string()),
                    &link.sources(),
                );
            }
        }
    }
    wrong
        .into_groups()
        .map(|((url, text_host, host), sources)| {
            Finding::new(
                &url,
                LinkResult::Error,
                format!("the link text names {text_host}, but the link goes to {host}"),
                &sources,
            )
            .hint(format!(
                "make the text and the address agree: readers trust the name they see, so link to {text_host} or change the text"
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_follow_the_public_suffix_list() {
        assert_eq!(
            registrable_domain("www.kent.police.uk").as_deref(),
            Some("kent.police.uk")
        );
        assert_eq!(registrable_domain("report.iwf.org.uk").as_deref(), Some("iwf.org.uk"));
        assert_eq!(registrable_domain("WWW.NSPCC.ORG.UK").as_deref(), Some("nspcc.org.uk"));
        assert_eq!(registrable_domain("police.uk"), None);
        assert_eq!(registrable_domain("index.html"), None);
    }

    #[test]
    fn hosts_are_found_in_link_text() {
        let found = hosts_named("Visit https://www.childline.org.uk/get-support today.");
        assert_eq!(found, vec![("www.childline.org.uk".into(), "childline.org.uk".into())]);
        assert!(hosts_named("Report a concern").is_empty());
        assert!(hosts_named("office@harbourlane.sch.uk").is_empty());
        assert!(hosts_named("Version 1.2 of the policy.pdf").is_empty());
    }

    #[test]
    fn targets_have_hosts() {
        assert_eq!(target_host("https://user@a.b.uk:8080/x"), Some("a.b.uk"));
        assert_eq!(target_host("../report/"), None);
        assert_eq!(target_host("mailto:a@b.uk"), None);
    }
}
