//! External links (DESIGN §9): every `http(s)://` URL outside the site, deduplicated,
//! answered from the cache when it is fresh, otherwise fetched (by `haven check`) on the
//! bounded pool, or listed as unchecked (`haven build`, `--offline`).

pub mod cache;
pub mod fetch;
pub mod hosts;
pub mod pool;
pub mod trust;
pub mod verdict;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use super::extract::{LinkUse, Places};
use super::finding::{Finding, LinkResult, Source};
use super::syntax;
use crate::config::LinkSettings;
use cache::{Entry, LinkCache, now_seconds};
use fetch::{Checker, Outcome};
use hosts::Hosts;
use verdict::Verdict;

/// How the external check runs.
pub struct ExternalCheck<'a> {
    /// The site folder (for the cache).
    pub root: &'a Path,
    /// `[links]` from config.toml.
    pub settings: &'a LinkSettings,
    /// The site's own address: URLs under it are internal.
    pub base_url: &'a str,
    /// Fetch what the cache cannot answer (`haven check` without `--offline`).
    pub fetch: bool,
    /// Show a progress bar on the terminal.
    pub progress: bool,
}

/// What the external check found.
#[derive(Debug, Default)]
pub struct ExternalResults {
    /// One finding per URL.
    pub findings: Vec<Finding>,
    /// URLs skipped by `links.exclude`.
    pub excluded: usize,
    /// URLs answered from the cache.
    pub cached: usize,
    /// Things people should know that are not findings (a damaged cache).
    pub notices: Vec<String>,
}

/// The URL to fetch for a written one: normalised (IDN, escapes) and without `#fragment`;
/// `None` when it is not an external web address.
fn fetchable(url: &str, base_url: &str) -> Option<String> {
    if !is_external_web(url, base_url) {
        return None;
    }
    if syntax::flaw(url, "a").is_some_and(|f| f.result == LinkResult::Error) {
        return None;
    }
    let mut parsed = url::Url::parse(url).ok()?;
    parsed.set_fragment(None);
    Some(parsed.to_string())
}

/// True for an `http(s)` address outside the site: the only links fetched.
fn is_external_web(url: &str, base_url: &str) -> bool {
    let scheme = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (scheme.starts_with("http://") || scheme.starts_with("https://")) && !url.starts_with(base_url)
}

impl ExternalCheck<'_> {
    /// Checks every external URL of `uses`. A cache that cannot be saved is a notice: the
    /// results of this run stand.
    pub fn run(&self, uses: &[LinkUse<'_>]) -> ExternalResults {
        let mut places: Places<String> = Places::default();
        // Most links are the site's own: only web addresses are grouped (a big site has
        // hundreds of thousands of links and a few hundred external ones).
        for link in uses.iter().filter(|l| is_external_web(l.url.trim(), self.base_url)) {
            places.add(link.url.trim().to_string(), &link.sources());
        }
        let mut results = ExternalResults::default();
        let mut wanted: BTreeMap<String, Vec<(String, Vec<Source>)>> = BTreeMap::new();
        for (url, sources) in places.into_groups() {
            let Some(target) = fetchable(&url, self.base_url) else {
                continue;
            };
            if self
                .settings
                .exclude
                .iter()
                .any(|p| url.starts_with(p) || target.starts_with(p))
            {
                results.excluded += 1;
                continue;
            }
            wanted.entry(target).or_default().push((url, sources));
        }
        let (mut cache, notice) = LinkCache::load(self.root, self.settings.cache_max_age);
        results.notices.extend(notice);
        let now = now_seconds();
        let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();
        for target in wanted.keys() {
            if let Some(entry) = cache.fresh(target, now) {
                outcomes.insert(target.clone(), from_cache(entry, now));
            }
        }
        results.cached = outcomes.len();
        let to_fetch: Vec<String> = wanted.keys().filter(|t| !outcomes.contains_key(*t)).cloned().collect();
        if self.fetch && !to_fetch.is_empty() {
            let saved = self.fetch_all(to_fetch, &mut cache, &mut outcomes);
            if let Err(e) = saved {
                results
                    .notices
                    .push(format!("the link cache was not saved: {}", e.to_string().trim()));
            }
        }
        for (target, written) in wanted {
            for (url, sources) in written {
                results.findings.push(finding(&url, outcomes.get(&target), &sources));
            }
        }
        results
    }

    /// Fetches `urls`, storing good results in the cache as they come (saved every few
    /// seconds and at the end, so an interrupted run keeps what it learned).
    fn fetch_all(
        &self,
        urls: Vec<String>,
        cache: &mut LinkCache,
        outcomes: &mut BTreeMap<String, Outcome>,
    ) -> crate::error::Result<()> {
        let urls = pool::interleave(urls);
        let hosts = Hosts::default();
        let deadline = Instant::now() + self.settings.max_run;
        let checker = Checker::new(self.settings.timeout, deadline, &hosts, &self.settings.extra_roots);
        let bar = progress_bar(urls.len(), self.progress);
        let mut last_save = Instant::now();
        let mut save_error = None;
        pool::run(&urls, &checker, |url, outcome| {
            bar.inc(1);
            if outcome.verdict == Verdict::Ok
                && let Some(status) = outcome.status
            {
                let entry = Entry {
                    checked: now_seconds(),
                    status,
                    moved: outcome.moved.clone(),
                };
                cache.store(url, entry);
                if last_save.elapsed() > Duration::from_secs(5) {
                    last_save = Instant::now();
                    save_error = cache.save(now_seconds()).err();
                }
            }
            outcomes.insert(url.to_string(), outcome);
        });
        bar.finish_and_clear();
        match save_error {
            Some(e) => Err(e),
            None => cache.save(now_seconds()),
        }
    }
}

fn progress_bar(len: usize, show: bool) -> ProgressBar {
    use std::io::IsTerminal;
    if !show || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("Checking links {bar:30} {pos}/{len} {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// A cached result as an outcome.
fn from_cache(entry: &Entry, now: u64) -> Outcome {
    let days = now.saturating_sub(entry.checked) / 86_400;
    let when = match days {
        0 => "today".to_string(),
        1 => "yesterday".to_string(),
        n => format!("{n} days ago"),
    };
    Outcome {
        verdict: Verdict::Ok,
        status: Some(entry.status),
        message: format!("answered {} when checked {when}", entry.status),
        moved: entry.moved.clone(),
    }
}

/// The finding for one written URL.
fn finding(url: &str, outcome: Option<&Outcome>, sources: &[Source]) -> Finding {
    let Some(outcome) = outcome else {
        return Finding::new(
            url,
            LinkResult::Unchecked,
            "not checked: no recent result in the link cache",
            sources,
        )
        .hint("run `haven check` with the network on to check it");
    };
    if let Some((code, to)) = &outcome.moved {
        return Finding::new(
            url,
            LinkResult::Warning,
            format!("`{url}` has moved permanently to {to}"),
            sources,
        )
        .status(Some(*code))
        .hint(format!("link to {to} instead"));
    }
    let (result, hint) = match outcome.verdict {
        Verdict::Ok => (LinkResult::Ok, None),
        Verdict::Broken => (
            LinkResult::Broken,
            Some("find the page's new address on the organisation's site, or remove the link"),
        ),
        Verdict::Unverified => (
            LinkResult::Unverified,
            Some("open it in a browser; if it works, add its prefix to links.exclude in config.toml"),
        ),
    };
    let message = match outcome.verdict {
        Verdict::Ok => format!("`{url}` {}", outcome.message),
        Verdict::Broken => format!("broken external link `{url}`: {}", outcome.message),
        Verdict::Unverified => format!("could not verify `{url}`: {}", outcome.message),
    };
    let f = Finding::new(url, result, message, sources).status(outcome.status);
    match hint {
        Some(h) => f.hint(h),
        None => f,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_outside_web_addresses_are_fetched() {
        let base = "https://school.sch.uk/safety/";
        assert_eq!(
            fetchable("https://www.nspcc.org.uk/help#top", base).as_deref(),
            Some("https://www.nspcc.org.uk/help")
        );
        assert_eq!(
            fetchable("HTTPS://bücher.de/", base).as_deref(),
            Some("https://xn--bcher-kva.de/")
        );
        assert_eq!(fetchable("https://school.sch.uk/safety/report/", base), None);
        assert_eq!(fetchable("mailto:a@b.uk", base), None);
        assert_eq!(fetchable("../report/", base), None);
        assert_eq!(fetchable("https://", base), None);
    }
}
