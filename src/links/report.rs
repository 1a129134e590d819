//! The link report for people and for CI (DESIGN §9): a summary line and the unchecked
//! list for the terminal (the findings themselves print as diagnostics), `--format json`
//! in the documented shape, and `--format sarif` so code hosts can show findings on the
//! source lines.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value, json};

use super::finding::{Finding, LinkReport, LinkResult, Summary};
use crate::error::Diagnostic;

/// Every finding of a `haven check`: the link findings, then the other checks' problems
/// (a missing CEOP button, ...) as findings without a URL.
pub fn all_findings(links: &LinkReport, problems: &[Diagnostic]) -> Vec<Finding> {
    let mut all = links.findings.clone();
    all.extend(problems.iter().map(Finding::from_diagnostic));
    all
}

/// The one-line summary after a build or a check (`strict`: counted as `--strict` sees it).
pub fn summary_line(links: &LinkReport, strict: bool) -> String {
    let s = links.summary(strict);
    let mut line = if links.fetched {
        format!(
            "Links: {} ok, {} broken, {} could not be verified",
            s.ok, s.broken, s.unverified
        )
    } else {
        format!(
            "Links: {} external ok from the cache, {} not checked",
            s.ok, s.unchecked
        )
    };
    if links.fetched && links.cached > 0 {
        let _ = write!(line, " ({} from the cache)", links.cached);
    }
    if links.excluded > 0 {
        let _ = write!(line, "; {} excluded by links.exclude", links.excluded);
    }
    let _ = write!(
        line,
        "; {} error{}, {} warning{}",
        s.errors,
        plural(s.errors),
        s.warnings,
        plural(s.warnings)
    );
    if !links.fetched && s.unchecked > 0 {
        line.push_str(". Run `haven check` with the network on to check the rest");
    }
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The URLs `--offline` could not confirm, one a line with where each first appears.
pub fn unchecked_list(links: &LinkReport) -> String {
    let mut out = String::new();
    let unchecked: Vec<&Finding> = links.unchecked().collect();
    if unchecked.is_empty() {
        return out;
    }
    let _ = writeln!(out, "Not checked (no recent result in the link cache):");
    for f in unchecked {
        let url = f.url.as_deref().unwrap_or_default();
        match f.sources.first() {
            Some(s) => {
                let _ = writeln!(out, "  {url}  (on {})", s.page);
            }
            None => {
                let _ = writeln!(out, "  {url}");
            }
        }
    }
    out
}

/// `--format json`: `{"summary": {...}, "findings": [...]}`, as documented in
/// docs/links.md; the summary counts errors and warnings as the run's severity (`strict`)
/// made them, so `errors` is 0 exactly when the run passes.
pub fn json(findings: &[Finding], strict: bool) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        summary: Summary,
        findings: &'a [Finding],
    }
    let report = Report {
        summary: Summary::of(findings, strict),
        findings,
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The SARIF level of a result (`strict`: unverified and warnings are errors).
fn level(result: LinkResult, strict: bool) -> &'static str {
    match result {
        r if r.fails(strict) => "error",
        LinkResult::Unverified | LinkResult::Warning => "warning",
        _ => "note",
    }
}

/// `--format sarif`: SARIF 2.1.0, one result per finding and source line (so a code
/// host marks every line that needs fixing); `ok` findings are left out. The run carries
/// the JSON report's summary (`properties.summary`) and the exit code it makes.
pub fn sarif(findings: &[Finding], strict: bool) -> String {
    let summary = Summary::of(findings, strict);
    let results = results(findings, strict);
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "haven",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": RULES.iter().map(|(id, text)| json!({
                    "id": id, "shortDescription": { "text": text }
                })).collect::<Vec<_>>(),
            }},
            "results": results,
            "invocations": [{
                "executionSuccessful": true,
                "exitCode": i32::from(summary.errors > 0),
            }],
            "properties": { "summary": summary },
        }],
    });
    serde_json::to_string_pretty(&sarif).unwrap_or_default()
}

/// The SARIF results of the findings that are not `ok`: one per source line, or one
/// without a place when the finding has none.
fn results(findings: &[Finding], strict: bool) -> Vec<Value> {
    let mut results = Vec::new();
    for f in findings.iter().filter(|f| f.result != LinkResult::Ok) {
        let text = match &f.hint {
            Some(hint) => format!("{} ({hint})", f.message),
            None => f.message.clone(),
        };
        let locations = locations(f);
        let result = |locations: Vec<Value>| {
            json!({
                "ruleId": rule_id(f),
                "level": level(f.result, strict),
                "message": { "text": text },
                "locations": locations,
            })
        };
        if locations.is_empty() {
            results.push(result(Vec::new()));
        }
        results.extend(locations.into_iter().map(|l| result(vec![l])));
    }
    results
}

/// Where a finding is written, once per file and line, as SARIF locations.
fn locations(f: &Finding) -> Vec<Value> {
    let places: BTreeSet<(String, Option<usize>)> = f
        .sources
        .iter()
        .filter_map(|s| {
            s.file
                .as_ref()
                .map(|file| (file.to_string_lossy().replace('\\', "/"), s.line))
        })
        .collect();
    places
        .iter()
        .map(|(uri, line)| {
            let mut physical = json!({ "artifactLocation": { "uri": uri } });
            if let Some(line) = line {
                physical["region"] = json!({ "startLine": line });
            }
            json!({ "physicalLocation": physical })
        })
        .collect()
}

const RULES: [(&str, &str); 6] = [
    ("link-error", "A link that goes nowhere or is written wrongly"),
    ("broken-link", "An external link that is broken"),
    ("unverified-link", "An external link that could not be verified"),
    ("link-warning", "An http:// link or a link that moved permanently"),
    ("unchecked-link", "An external link not checked in this run"),
    ("check", "Another of haven's checks (consent, CEOP button, content)"),
];

fn rule_id(f: &Finding) -> &'static str {
    if f.url.is_none() {
        return "check";
    }
    match f.result {
        LinkResult::Error => "link-error",
        LinkResult::Broken => "broken-link",
        LinkResult::Unverified => "unverified-link",
        LinkResult::Warning => "link-warning",
        LinkResult::Unchecked | LinkResult::Ok => "unchecked-link",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::finding::Source;
    use std::path::PathBuf;

    fn broken() -> Finding {
        let at = |page: &str, line| Source {
            page: page.into(),
            file: Some(PathBuf::from("content/links.md")),
            line,
        };
        Finding::new(
            "https://gone.uk/",
            LinkResult::Broken,
            "gone",
            &[at("/links/", Some(12)), at("/pl/links/", Some(12))],
        )
        .status(Some(404))
    }

    #[test]
    fn json_has_the_documented_shape() {
        let problem = Diagnostic::error("no CEOP button").in_file("templates/base.html");
        let all = all_findings(&LinkReport::new(vec![broken()]), &[problem]);
        let value: Value = serde_json::from_str(&json(&all, false)).unwrap();
        assert_eq!(value["summary"]["broken"], 1);
        assert_eq!(value["summary"]["errors"], 2, "the broken link and the missing button");
        let first = &value["findings"][0];
        assert_eq!(first["url"], "https://gone.uk/");
        assert_eq!(first["result"], "broken");
        assert_eq!(first["status"], 404);
        assert_eq!(first["sources"][0]["file"], "content/links.md");
        assert_eq!(first["sources"][0]["line"], 12);
        let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 5, "{keys:?}");
        assert!(value["findings"][1]["url"].is_null());
        assert!(value["findings"][1]["sources"][0]["page"].is_null());
    }

    #[test]
    fn sarif_marks_each_source_line_once() {
        let value: Value = serde_json::from_str(&sarif(&[broken()], false)).unwrap();
        let results = value["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 1, "two pages, one line: one result");
        assert_eq!(results[0]["level"], "error");
        assert_eq!(
            results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
            12
        );
    }
}
