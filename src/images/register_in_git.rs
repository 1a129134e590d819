//! The consent register holds pupils' names: `haven build` warns when git tracks it in a
//! repository that has a remote, from where it could end up public (DESIGN §12). haven asks
//! git itself, when git is installed; without git there is nothing to warn about.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::Diagnostic;

/// Where the register lives.
const REGISTER: &str = "data/consent.toml";

/// A warning when git tracks the site's consent register and the repository has a remote.
pub fn warning(root: &Path) -> Option<Diagnostic> {
    if !root.join(REGISTER).is_file() {
        return None;
    }
    git(root, &["ls-files", "--error-unmatch", "--", REGISTER])?;
    let remotes = git(root, &["remote"])?;
    let remote = remotes.lines().next()?.trim().to_string();
    Some(
        Diagnostic::warning(format!(
            "{REGISTER} holds pupils' names and git tracks it in a repository with a remote (`{remote}`): pushed to a public repository, the names are public"
        ))
        .in_file(REGISTER)
        .hint(format!(
            "keep it out of the repository: run `git rm --cached {REGISTER}` and add /{REGISTER} to .gitignore; if your publishing needs it, keep the repository private"
        )),
    )
}

/// git's output for these arguments in `root`, or `None` when git is missing or fails.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
