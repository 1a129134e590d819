//! The machine reports' summary (issue 16, DESIGN §9): `--format json` and `--format
//! sarif` count what the run's severity made of each finding, so their error count is 0
//! exactly when `haven check` exits 0, with and without `--strict`.

use serde_json::Value;

use crate::link_server::LinkServer;
use crate::support::{CONFIG, TestSite, page};

/// A site whose home page links to `urls` (the test server's: `http://`, so each URL that
/// answers is also an `http://` warning).
fn site_linking(urls: &[String]) -> TestSite {
    let body: String = urls.iter().map(|u| format!("- [A link]({u})\n")).collect();
    TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}[links]\ntimeout = \"1s\"\nexclude = [\"https://www.ceop.police.uk/\"]\n"),
        )
        .file("content/_index.md", &page("Home", &format!("Useful sites:\n\n{body}")))
}

/// `haven check --format FORMAT` (plus `--strict`): the exit code and the report.
fn check(site: &TestSite, format: &str, strict: bool) -> (i32, Value) {
    let mut args = vec!["check", "--date", "2026-11-22", "--format", format];
    if strict {
        args.push("--strict");
    }
    let run = site.run(&args);
    let report = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    (run.code, report)
}

/// The SARIF results at level `error`.
fn sarif_errors(sarif: &Value) -> usize {
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    results.iter().filter(|r| r["level"] == "error").count()
}

#[test]
fn json_and_sarif_count_errors_as_the_exit_code_sees_them() {
    let server = LinkServer::start();
    // Unverified (403) and two `http://` warnings: only --strict fails.
    let site = site_linking(&[server.url("/forbidden"), server.url("/ok")]);
    let (code, json) = check(&site, "json", false);
    let summary = &json["summary"];
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(
        (summary["errors"].as_u64(), summary["warnings"].as_u64()),
        (Some(0), Some(3))
    );
    assert_eq!(
        (summary["unverified"].as_u64(), summary["ok"].as_u64()),
        (Some(1), Some(1))
    );
    let (code, json) = check(&site, "json", true);
    let summary = &json["summary"];
    assert_eq!(code, 1, "{json:#}");
    assert_eq!(
        (summary["errors"].as_u64(), summary["warnings"].as_u64()),
        (Some(3), Some(0))
    );
    assert_eq!(summary["unverified"], 1, "results are still counted by kind");

    let (code, sarif) = check(&site, "sarif", false);
    assert_eq!((code, sarif_errors(&sarif)), (0, 0));
    assert_eq!(sarif["runs"][0]["invocations"][0]["exitCode"], 0);
    let (code, sarif) = check(&site, "sarif", true);
    assert_eq!((code, sarif_errors(&sarif)), (1, 3), "{sarif:#}");
    assert_eq!(sarif["runs"][0]["invocations"][0]["exitCode"], 1);
    assert_eq!(sarif["runs"][0]["properties"]["summary"]["errors"], 3);
}

#[test]
fn a_broken_link_is_an_error_in_every_format() {
    let server = LinkServer::start();
    let site = site_linking(&[server.url("/missing")]);
    for strict in [false, true] {
        let (code, json) = check(&site, "json", strict);
        let summary = &json["summary"];
        assert_eq!(code, 1);
        assert_eq!(summary["broken"], 1);
        let (errors, warnings) = if strict { (2, 0) } else { (1, 1) };
        assert_eq!(summary["errors"], errors, "strict {strict}: {json:#}");
        assert_eq!(summary["warnings"], warnings, "strict {strict}: {json:#}");
        let (code, sarif) = check(&site, "sarif", strict);
        assert_eq!((code, sarif_errors(&sarif)), (1, errors as usize), "{sarif:#}");
    }
}
