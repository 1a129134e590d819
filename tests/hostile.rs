//! Privacy against a hostile author (issue 16, DESIGN §11): every page of tests/hostile/
//! refused/ is built into a site of its own, and the build refuses it: exit 1, nothing
//! published, an error naming the page, what it reaches (the host) or runs, the Markdown
//! file and line, and a fix. Every page of tests/hostile/pass/ builds, and carries the
//! policy the browser enforces; the browser suite (privacy.test.mjs) loads those.

use std::path::{Path, PathBuf};

use crate::support::{TestSite, page};

/// A small picture of the site's own, for the pages that show one.
const DOT: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>";

/// The pages of one folder of the corpus: name, what the error must say, Markdown body.
fn corpus(folder: &str) -> Vec<(String, Option<String>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile").join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            match text.strip_prefix("expect: ").and_then(|t| t.split_once('\n')) {
                Some((expect, body)) => (name, Some(expect.to_string()), body.to_string()),
                None => (name, None, text),
            }
        })
        .collect()
}

/// The error among `stderr`'s that names `page`, if any.
fn error_about<'a>(stderr: &'a str, page: &str) -> Option<&'a str> {
    stderr.split("\nerror: ").find(|e| e.contains(page))
}

/// Builds `content/NAME.md` with `body` in a site of its own; returns what went wrong, if
/// anything did.
fn refusal(name: &str, expect: &str, body: &str) -> Option<String> {
    let file = format!("content/{name}.md");
    let run = TestSite::new()
        .file(&file, &page("A hostile page", body))
        .file("static/dot.svg", DOT)
        .build();
    let route = format!("/{name}/");
    let Some(error) = error_about(&run.stderr, &route) else {
        return Some(format!(
            "{name}: no error names {route} (exit {}):\n{}",
            run.code, run.stderr
        ));
    };
    let problems: Vec<String> = [
        (run.code != 1).then(|| format!("exit {}", run.code)),
        run.output.exists().then(|| "something was published".to_string()),
        (!error.contains(expect)).then(|| format!("the error does not say {expect:?}")),
        (!error.contains(&format!("{file}:"))).then(|| format!("the error does not point at {file}:LINE")),
        (!error.contains("help:")).then(|| "the error gives no fix".to_string()),
        run.stderr.contains("panicked").then(|| "haven panicked".to_string()),
        // One clear error per cause: an autolinked URL does not come back as a broken link.
        run.stderr
            .contains("broken link `<a")
            .then(|| "a follow-on error about a broken `<a`".to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!problems.is_empty()).then(|| format!("{name}: {}\n{error}", problems.join("; ")))
}

#[test]
fn every_hostile_page_is_refused_with_its_host_file_line_and_fix() {
    let cases = corpus("refused");
    assert!(cases.len() >= 40, "only {} hostile pages", cases.len());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let chunks: Vec<_> = cases.chunks(cases.len().div_ceil(4)).collect();
        let workers: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|(name, expect, body)| refusal(name, expect.as_deref().unwrap(), body))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_pages_the_build_lets_through_carry_the_policy_first_in_head() {
    let mut site = TestSite::new().file("static/dot.svg", DOT);
    let cases = corpus("pass");
    for (name, _, body) in &cases {
        site = site.file(&format!("content/{name}.md"), &page("A page let through", body));
    }
    let run = site.build().ok();
    for (name, _, _) in &cases {
        let html = run.read_raw(&format!("{name}/index.html"));
        let head = html.split_once("<head>").map(|(_, h)| h).unwrap_or_default();
        assert!(
            head.starts_with("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"),
            "{name}: {head:.200}"
        );
        assert!(head.contains(
            "object-src 'none'; base-uri 'self'; form-action 'self'\"><meta name=\"referrer\" content=\"no-referrer\">"
        ));
    }
}
