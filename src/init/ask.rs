//! What `haven init` needs to know about the school: from its flags, and on a terminal by
//! asking for what they left out. Piped or scripted, a missing answer is an error that
//! names the flag.

use std::io::{BufRead, IsTerminal, Write};

use super::NewSchool;
use crate::config::{Config, check_base_url};
use crate::error::{Diagnostic, Result};
use crate::example_school;

/// The school's answers, asking on a terminal for those not given as flags.
pub fn complete(name: Option<String>, base_url: Option<String>, languages: Option<String>) -> Result<NewSchool> {
    let terminal = std::io::stdin().is_terminal();
    let name = match name {
        Some(name) => name,
        None if terminal => ask("The school's name (e.g. St Mary's Primary)")?,
        None => return Err(missing("--name \"St Mary's Primary\"")),
    };
    let base_url = match base_url {
        Some(url) => url,
        None if terminal => ask("The address the site will be published at (https://...)")?,
        None => return Err(missing("--base-url https://www.st-marys.sch.uk/online-safety/")),
    };
    let languages = match languages {
        Some(list) => list,
        None if terminal => ask("Its languages, English first (e.g. en,pl,ur; Enter for English only)")?,
        None => String::new(),
    };
    school(&name, &base_url, &languages)
}

/// Checks the answers and puts them together.
fn school(name: &str, base_url: &str, languages: &str) -> Result<NewSchool> {
    let name = name.trim();
    if name.is_empty() || name.contains(['\n', '\r']) {
        return Err(Diagnostic::error("the school's name is empty")
            .hint("give it with --name \"St Mary's Primary\"")
            .into());
    }
    let base_url = check_base_url(base_url).map_err(|m| {
        Diagnostic::error(m).hint("give the site's address with --base-url https://www.st-marys.sch.uk/online-safety/")
    })?;
    if base_url.contains("harbourlane.sch.uk") {
        return Err(
            Diagnostic::error(format!("{} is the example school's address", example_school::BASE_URL))
                .hint("give your own school's address with --base-url")
                .into(),
        );
    }
    let mut codes = vec!["en".to_string()];
    for code in languages.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        if !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(Diagnostic::error(format!("`{code}` is not a language code"))
                .hint("write --languages as codes separated by commas, e.g. en,pl,ur")
                .into());
        }
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_string());
        }
    }
    let school = NewSchool {
        name: name.to_string(),
        base_url,
        languages: codes,
    };
    // The config init would write must be one haven reads: this checks the language codes.
    Config::parse(&super::school_files::config(&school)).map_err(|e| match e {
        crate::error::Error::User(list) => crate::error::Error::User(
            list.into_iter()
                .map(|d| Diagnostic {
                    location: None,
                    snippet: None,
                    hint: Some("write --languages as codes separated by commas, e.g. en,pl,ur".into()),
                    ..d
                })
                .collect(),
        ),
        internal => internal,
    })?;
    Ok(school)
}

fn missing(flag: &str) -> crate::error::Error {
    Diagnostic::error("haven init needs the school's name and the address its site will be published at")
        .hint(format!(
            "give them as flags, e.g. haven init DIR --name \"St Mary's Primary\" --base-url https://www.st-marys.sch.uk/online-safety/ (missing: {flag})"
        ))
        .into()
}

/// Asks one question on the terminal and reads the answer.
fn ask(question: &str) -> Result<String> {
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}: ");
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| crate::error::Error::Internal(format!("could not read the answer: {e}")))?;
    Ok(answer.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_comes_first_once() {
        let s = school("St Mary's", "https://st-marys.test", "pl, en,ur").unwrap();
        assert_eq!(s.languages, ["en", "pl", "ur"]);
        assert_eq!(s.base_url, "https://st-marys.test/");
    }

    #[test]
    fn bad_answers_are_refused() {
        assert!(school("", "https://x.test/", "").is_err());
        assert!(school("A", "www.x.test", "").is_err());
        assert!(school("A", "https://www.harbourlane.sch.uk/", "").is_err());
        let bad = school("A", "https://x.test/", "en,not a code").unwrap_err().to_string();
        assert!(bad.contains("not a language code"), "{bad}");
    }
}
