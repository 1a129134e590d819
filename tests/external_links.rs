//! External links (issue 5, DESIGN §9), against a scripted server on 127.0.0.1 started by
//! each test: outcomes, politeness, the run's bound, the cache, `--offline`, and `haven
//! build` never fetching.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::link_server::LinkServer;
use crate::support::{CONFIG, Run, TestSite, page};

/// The CEOP button's address, on every page: excluded so no test reaches the internet.
const NO_CEOP: &str = "\"https://www.ceop.police.uk/\"";

/// A site whose home page links to `urls`, checked with short timeouts; `links_config`
/// adds lines to `[links]`, and `exclude` prefixes to the exclusions.
fn site_linking(urls: &[String], links_config: &str) -> TestSite {
    let body: String = urls.iter().map(|u| format!("- [A link]({u})\n")).collect();
    let exclude = if links_config.contains("exclude") {
        String::new()
    } else {
        format!("exclude = [{NO_CEOP}]\n")
    };
    TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}[links]\ntimeout = \"1s\"\n{exclude}{links_config}"),
        )
        .file("content/_index.md", &page("Home", &format!("Useful sites:\n\n{body}")))
}

fn check_json(site: &TestSite, extra: &[&str]) -> (Run, Value) {
    let mut args = vec!["check", "--date", "2026-11-22", "--format", "json"];
    args.extend_from_slice(extra);
    let run = site.run(&args);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    (run, json)
}

/// The finding for `url` with result `result`.
#[track_caller]
fn finding<'a>(json: &'a Value, url: &str, result: &str) -> &'a Value {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["url"] == url && f["result"] == result)
        .unwrap_or_else(|| panic!("no {result} finding for {url} in:\n{json:#}"))
}

/// The "moved permanently" warning for `url` (an http:// URL has an http:// one too).
#[track_caller]
fn moved_warning<'a>(json: &'a Value, url: &str) -> &'a Value {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["url"] == url && f["message"].as_str().unwrap().contains("moved permanently"))
        .unwrap_or_else(|| panic!("no moved warning for {url} in:\n{json:#}"))
}

#[test]
fn each_scripted_path_gets_its_outcome() {
    // The endless body is on a host of its own: a server only notices that the client hung
    // up when its next write fails, so for a moment it would count that request beyond the
    // client's slot. Every other path shares host 0, whose count is exact.
    let server = LinkServer::start_hosts(2);
    let paths = [
        "/ok",
        "/missing",
        "/gone",
        "/chain/1",
        "/loop/a",
        "/head-refused",
        "/busy",
        "/silent",
        "/reset",
        "/forbidden",
        "/error",
    ];
    let endless = server.url_on(1, "/endless");
    let mut urls: Vec<String> = paths.iter().map(|p| server.url(p)).collect();
    urls.push(endless.clone());
    let site = site_linking(&urls, "");
    let started = Instant::now();
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, 1, "broken links fail the check:\n{}", run.stderr);
    assert_eq!(finding(&json, &server.url("/ok"), "ok")["status"], 200);
    assert_eq!(finding(&json, &server.url("/missing"), "broken")["status"], 404);
    assert_eq!(finding(&json, &server.url("/gone"), "broken")["status"], 410);
    let moved = moved_warning(&json, &server.url("/chain/1"));
    assert_eq!(moved["status"], 301);
    assert!(
        moved["message"].as_str().unwrap().contains(&server.url("/chain/3")),
        "{moved}"
    );
    let looped = finding(&json, &server.url("/loop/a"), "broken");
    assert!(looped["message"].as_str().unwrap().contains("loop"), "{looped}");
    finding(&json, &server.url("/head-refused"), "ok");
    let methods: Vec<String> = server.seen_for("/head-refused").into_iter().map(|s| s.method).collect();
    assert_eq!(methods, ["HEAD", "GET"]);
    finding(&json, &server.url("/busy"), "ok");
    let busy = server.seen_for("/busy");
    assert_eq!(busy.len(), 2, "asked again once after the 429");
    assert!(
        busy[1].at - busy[0].at >= Duration::from_millis(950),
        "Retry-After: 1 was honoured"
    );
    assert!(
        finding(&json, &server.url("/silent"), "unverified")["message"]
            .as_str()
            .unwrap()
            .contains("no answer")
    );
    assert!(
        finding(&json, &server.url("/reset"), "unverified")["message"]
            .as_str()
            .unwrap()
            .contains("reset")
    );
    finding(&json, &endless, "ok");
    assert_eq!(finding(&json, &server.url("/forbidden"), "unverified")["status"], 403);
    assert_eq!(finding(&json, &server.url("/error"), "broken")["status"], 500);
    let methods: Vec<String> = server.seen_for("/error").into_iter().map(|s| s.method).collect();
    assert_eq!(methods, ["HEAD", "GET", "GET", "GET"], "server errors are retried");
    assert_eq!(json["summary"]["broken"], 4);
    assert_eq!(json["summary"]["unverified"], 3);
    assert!(
        server.most_at_once_per_host() <= 2,
        "{} at once",
        server.most_at_once_per_host()
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn no_host_sees_more_than_two_requests_and_the_pool_is_bounded() {
    let server = LinkServer::start_hosts(12);
    let urls: Vec<String> = server
        .hosts
        .iter()
        .flat_map(|h| (0..3).map(move |i| format!("{h}/slow/{i}")))
        .collect();
    let site = site_linking(&urls, "");
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(json["summary"]["ok"], 36);
    assert_eq!(server.most_at_once_per_host(), 2, "two at once per host, never more");
    let most = server.most_at_once();
    assert!(most > 2 && most <= 16, "{most} at once in all");
}

#[test]
fn the_whole_run_stays_within_max_run() {
    let server = LinkServer::start();
    let urls: Vec<String> = (0..6).map(|i| server.url(&format!("/silent?{i}"))).collect();
    let site = site_linking(&urls, "").file(
        "config.toml",
        &format!("{CONFIG}[links]\ntimeout = \"10s\"\nmax_run = \"2s\"\nexclude = [{NO_CEOP}]\n"),
    );
    let started = Instant::now();
    let (run, json) = check_json(&site, &[]);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "max_run 2s, but the check took {took:?}");
    assert_eq!(run.code, 0, "unverified is a warning:\n{}", run.stderr);
    assert_eq!(json["summary"]["unverified"], 6, "{json:#}");
    assert!(json.to_string().contains("max_run"), "{json:#}");
}

#[test]
fn a_second_run_within_max_age_sends_no_request_for_good_links() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/ok"), server.url("/chain/1"), server.url("/missing")], "");
    let (first, _) = check_json(&site, &[]);
    assert_eq!(first.code, 1);
    let cache: Value =
        serde_json::from_str(&std::fs::read_to_string(site.path().join(".haven/link-cache.json")).unwrap()).unwrap();
    assert!(cache["links"].get(server.url("/ok")).is_some(), "{cache:#}");
    assert!(
        cache["links"].get(server.url("/missing")).is_none(),
        "broken results are not cached"
    );
    let before = server.seen().len();
    let (_, json) = check_json(&site, &[]);
    let again: Vec<String> = server.seen()[before..].iter().map(|s| s.path.clone()).collect();
    assert_eq!(
        again,
        ["/missing", "/missing"],
        "only the broken link is asked again (HEAD, then GET)"
    );
    finding(&json, &server.url("/ok"), "ok");
    moved_warning(&json, &server.url("/chain/1"));
}

#[test]
fn offline_uses_only_the_cache_and_lists_what_it_could_not_confirm() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/ok")], "");
    let run = site.run(&["check", "--date", "2026-11-22", "--offline"]).ok();
    assert!(server.seen().is_empty(), "--offline must not fetch");
    assert!(
        run.stderr.contains("Not checked") && run.stderr.contains(&server.url("/ok")),
        "{}",
        run.stderr
    );
    check_json(&site, &[]);
    let requests = server.seen().len();
    let (run, json) = check_json(&site, &["--offline"]);
    assert_eq!(run.code, 0);
    assert_eq!(json["summary"]["ok"], 1);
    assert_eq!(server.seen().len(), requests);
}

#[test]
fn build_never_fetches_and_reports_cached_results() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/ok"), server.url("/chain/1")], "");
    let run = site.build().ok();
    assert!(server.seen().is_empty(), "haven build must not fetch");
    assert!(run.stdout.contains("2 not checked"), "{}", run.stdout);
    check_json(&site, &[]);
    let requests = server.seen().len();
    let run = site
        .build()
        .ok()
        .says("moved permanently")
        .says(&server.url("/chain/3"));
    assert!(
        run.stdout.contains("1 external ok from the cache, 0 not checked"),
        "{}",
        run.stdout
    );
    assert_eq!(server.seen().len(), requests);
}

#[test]
fn a_damaged_cache_is_ignored_with_a_warning_and_replaced() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/ok")], "").file(".haven/link-cache.json", "{\"version\": 1, \"lin");
    let run = site.run(&["check", "--date", "2026-11-22"]).ok().says("damaged");
    assert!(run.stdout.contains("1 ok"), "{}", run.stdout);
    let text = std::fs::read_to_string(site.path().join(".haven/link-cache.json")).unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_ok(), "the cache is whole again");
}

#[test]
fn excluded_prefixes_are_never_fetched() {
    let server = LinkServer::start();
    let exclude = format!("exclude = [{NO_CEOP}, \"{}\"]\n", server.url("/missing"));
    let site = site_linking(&[server.url("/ok"), server.url("/missing")], &exclude);
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(server.seen_for("/missing").is_empty());
    assert_eq!(json["summary"]["broken"], 0);
}

#[test]
fn unverified_links_fail_only_under_strict() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/forbidden")], "");
    site.run(&["check", "--date", "2026-11-22"])
        .ok()
        .says("could not verify")
        .says("403");
    site.run(&["check", "--date", "2026-11-22", "--strict"])
        .fails()
        .says("could not verify");
}

#[test]
fn human_report_groups_by_url_with_every_page_and_line() {
    let server = LinkServer::start();
    let url = server.url("/missing");
    let site = site_linking(std::slice::from_ref(&url), "").file(
        "content/help.md",
        &page("Help", &format!("Intro.\n\nSee [the old page]({url}).\n")),
    );
    let run = site.run(&["check", "--date", "2026-11-22"]).fails();
    let mentions = run.stderr.matches(&format!("broken external link `{url}`")).count();
    assert_eq!(mentions, 1, "one finding per URL:\n{}", run.stderr);
    assert!(run.stderr.contains("/help/ (content/help.md:6)"), "{}", run.stderr);
    assert!(run.stderr.contains("content/_index.md:6"), "{}", run.stderr);
    assert!(run.stdout.contains("1 broken"), "{}", run.stdout);
}

#[test]
fn sarif_points_at_the_markdown_line() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/missing")], "");
    let run = site
        .run(&["check", "--date", "2026-11-22", "--format", "sarif"])
        .fails();
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "broken-link");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "content/_index.md");
    assert_eq!(location["region"]["startLine"], 6);
}
