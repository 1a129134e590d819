//! The house's rule of the road (issue 17, docs/architecture.md): every top-level module of
//! `src/` stands on one floor, a stage imports only from its own floor or below, and no two
//! top-level modules import each other round a circle. Read from the source itself, so a new
//! import running back up fails here, naming the file, before it grows into a knot.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The floors, lowest first: the same order as the stage table in docs/architecture.md.
const FLOORS: &[(&str, &[&str])] = &[
    (
        "ground",
        &["error", "web", "files", "terminal", "timings", "toml_entries"],
    ),
    ("rules", &["checks", "a11y"]),
    ("config", &["config"]),
    ("theme", &["theme"]),
    ("strings", &["i18n"]),
    ("content", &["content"]),
    ("kinds", &["kinds"]),
    ("routes", &["routes"]),
    ("markdown", &["markdown"]),
    ("templates", &["templates", "brand"]),
    ("images", &["images"]),
    ("output", &["output", "published"]),
    ("links", &["links"]),
    (
        "top",
        &[
            "site",
            "site_pending",
            "serve",
            "edit",
            "init",
            "example_school",
            "options",
            "cli",
        ],
    ),
];

/// Imports allowed to run from a lower floor to a higher one, `(from, to)`, each with its
/// reason in docs/architecture.md. At most one; today none.
const ALLOWED_UPWARD: &[(&str, &str)] = &[];

/// `from -> to -> the first file making that import`, between top-level modules.
type Imports = BTreeMap<String, BTreeMap<String, PathBuf>>;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`src/web/url.rs` -> `web`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code a file imports with: comment lines dropped, and the file's test module (which
/// by the house's style ends the file) cut off.
fn code_of(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" && lines.peek().is_some_and(|next| next.trim_end().ends_with('{')) {
            break;
        }
        if !trimmed.starts_with("//") {
            code.push_str(line);
            code.push('\n');
        }
    }
    code
}

/// The top-level modules named after `crate::` in `code`, through `crate::{a, b::c}` too.
fn crate_names(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || matches!(bytes[at - 1], b'_' | b'$')) {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start_of_item = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start_of_item = true,
                    c if start_of_item && (c.is_alphanumeric() || c == '_') => {
                        names.insert(ident_at(&group[i..]));
                        start_of_item = false;
                    }
                    _ => {}
                }
            }
        } else {
            names.insert(ident_at(rest));
        }
    }
    names.retain(|n| !n.is_empty() && n != "self");
    names
}

fn ident_at(text: &str) -> String {
    text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

fn imports() -> Imports {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut imports = Imports::new();
    for file in files {
        let from = module_of(&src, &file);
        if from == "main" || from == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for to in crate_names(&code_of(&text)) {
            if to != from {
                let rel = file.strip_prefix(&src).unwrap().to_path_buf();
                imports.entry(from.clone()).or_default().entry(to).or_insert(rel);
            }
        }
    }
    imports
}

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|(_, modules)| modules.contains(&module))
}

/// Each import that runs from a lower floor to a higher one and is not allowed, as a line
/// naming the file; and each module no floor lists.
fn upward(imports: &Imports) -> Vec<String> {
    let mut wrong = Vec::new();
    for (from, tos) in imports {
        for (to, file) in tos {
            match (floor_of(from), floor_of(to)) {
                (Some(low), Some(high)) if high > low && !ALLOWED_UPWARD.contains(&(from.as_str(), to.as_str())) => {
                    wrong.push(format!(
                        "{from} ({} floor) imports {to} ({} floor), first in src/{}",
                        FLOORS[low].0,
                        FLOORS[high].0,
                        file.display()
                    ))
                }
                (None, _) => wrong.push(format!(
                    "src/{}: module `{from}` is on no floor of FLOORS",
                    file.display()
                )),
                (_, None) => wrong.push(format!(
                    "src/{}: module `{to}` is on no floor of FLOORS",
                    file.display()
                )),
                _ => {}
            }
        }
    }
    wrong
}

/// The first circle of imports found by depth-first search, as `a -> b -> a`.
fn circle(imports: &Imports) -> Option<Vec<String>> {
    fn visit(at: &str, imports: &Imports, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == at) {
            let mut found = path[start..].to_vec();
            found.push(at.to_string());
            return Some(found);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_string());
        for to in imports.get(at).into_iter().flat_map(|tos| tos.keys()) {
            if let Some(found) = visit(to, imports, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(at.to_string());
        None
    }
    let mut done = BTreeSet::new();
    imports
        .keys()
        .find_map(|from| visit(from, imports, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_runs_up_a_floor() {
    assert!(ALLOWED_UPWARD.len() <= 1, "issue 17 allows at most one upward import");
    let imports = imports();
    assert!(
        imports.contains_key("site") && imports.contains_key("output"),
        "src/ was read"
    );
    let wrong = upward(&imports);
    assert!(
        wrong.is_empty(),
        "imports running from a lower floor to a higher one:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_circle_between_top_level_modules() {
    let imports = imports();
    assert_eq!(
        circle(&imports),
        None,
        "top-level modules importing each other round a circle"
    );
}

#[test]
fn the_reader_finds_grouped_paths_and_skips_comments_and_tests() {
    let code = code_of(
        "use crate::{web::url, error::{Diagnostic, Result}};\n// use crate::site;\nfn f() { crate::files::read(); $crate::x; }\n#[cfg(test)]\nmod tests {\n    use crate::serve;\n}\n",
    );
    let names: Vec<String> = crate_names(&code).into_iter().collect();
    assert_eq!(names, ["error", "files", "web"]);
    let mut imports = Imports::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a")] {
        imports
            .entry(from.into())
            .or_default()
            .insert(to.into(), PathBuf::new());
    }
    assert_eq!(circle(&imports).unwrap(), ["a", "b", "c", "a"]);
}

#[test]
fn docs_list_the_same_floors_in_the_same_order() {
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md")).unwrap();
    let floors: Vec<String> = docs
        .lines()
        .skip_while(|l| !l.starts_with("| floor | modules |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.split('|').nth(2).unwrap_or("").replace('`', "").trim().to_string())
        .collect();
    let ours: Vec<String> = FLOORS.iter().map(|(_, modules)| modules.join(", ")).collect();
    assert_eq!(
        floors, ours,
        "docs/architecture.md's floor table and tests/architecture.rs's FLOORS"
    );
}
