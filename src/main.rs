//! The `haven` command: parse options, run, print problems in one place, set the exit code
//! (0 success, 1 the author's input or a failed check, 2 an internal failure).

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use haven::cli::{BuildArgs, CheckArgs, Cli, Command, EditArgs, Format, ServeArgs};
use haven::error::{Diagnostic, Error, Result, Severity};
use haven::links::{LinkReport, report};
use haven::options::{self, BuildOptions, build_date};
use haven::site::{self, BuildReport};
use haven::terminal;

/// jemalloc, not the system allocator: a build makes and drops millions of small strings
/// (tags, URLs, words), and glibc's malloc and free were a fifth of a build's CPU. With
/// jemalloc a build took about a sixth less time and held 8% more memory at its peak
/// (BENCHMARKS.md, "The allocator"; mimalloc was as fast but held a fifth more).
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Asking for help is not an error; bad usage is the user's to fix (exit 1).
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let root = cli.root.clone().unwrap_or_else(|| PathBuf::from("."));
    match run(cli.command, &root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            terminal::eprint_findings(&e.to_string());
            // `check` prints its findings and its summary itself, then fails with none.
            match &e {
                Error::User(findings) if !findings.is_empty() => terminal::eprint_failed_summary(findings),
                _ => {}
            }
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(command: Command, root: &Path) -> Result<()> {
    match command {
        Command::Init {
            dir,
            name,
            base_url,
            languages,
        } => {
            let school = haven::init::complete(name, base_url, languages)?;
            haven::init::init(&dir, &school)?;
            println!(
                "Made a new site in {}. Try: haven --root {} serve",
                dir.display(),
                dir.display()
            );
            Ok(())
        }
        Command::Build(args) => build(args, root),
        Command::Serve(args) => serve(args, root),
        Command::Check(args) => check(args, root),
        Command::Edit(args) => edit(args, root),
    }
}

fn print_report(report: &BuildReport, strict: bool) {
    // One text, written at once: a thousand warnings are not a thousand writes.
    terminal::eprint_all(&report.warnings);
    print_notices(&report.links);
    eprint!("{}", report.translations);
    println!("{}", report::summary_line(&report.links, strict));
}

fn print_notices(links: &LinkReport) {
    for notice in &links.notices {
        eprintln!("warning: {notice}");
    }
}

fn build(args: BuildArgs, root: &Path) -> Result<()> {
    let output = args.output.unwrap_or_else(|| root.join("public"));
    let command = options::Command::Build {
        output: output.clone(),
        strict: args.strict,
        portable: args.portable || args.zip.is_some(),
        zip: args.zip.clone(),
    };
    let opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?, command);
    let report = site::build(&opts)?;
    print_report(&report, args.strict);
    let output = report.output.as_deref().unwrap_or(&output);
    let warnings = match report.warnings.len() {
        0 => String::new(),
        1 => ", with 1 warning".into(),
        n => format!(", with {n} warnings"),
    };
    println!(
        "Built {} pages ({} files) in {:.2} s into {}{warnings}",
        report.pages,
        report.files,
        report.seconds,
        output.display()
    );
    if let (Some(zip), Some(bytes)) = (&args.zip, report.zip_bytes) {
        println!("Packed it into {} ({} KB)", zip.display(), bytes.div_ceil(1024));
    }
    // The command ends next: the system takes the build's memory back at once.
    report.leftovers.leak();
    Ok(())
}

fn check(args: CheckArgs, root: &Path) -> Result<()> {
    let command = options::Command::Check {
        strict: args.strict,
        offline: args.offline,
        progress: args.format == Format::Human,
    };
    let opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?, command);
    let checked = match site::check(&opts) {
        Ok(checked) => checked,
        Err(Error::User(problems)) if args.format != Format::Human => {
            print_machine(
                args.format,
                &report::all_findings(&LinkReport::default(), &problems),
                args.strict,
            );
            return Err(Error::User(problems));
        }
        Err(e) => return Err(e),
    };
    let failed = checked.fails(args.strict);
    if args.format == Format::Human {
        print_check(&checked, args.strict);
    } else {
        print_notices(&checked.links);
        print_machine(
            args.format,
            &report::all_findings(&checked.links, &checked.problems),
            args.strict,
        );
    }
    // The command ends next: the system takes the build's memory back at once.
    checked.leftovers.leak();
    if failed {
        // Every finding is printed above; the empty list only sets the exit code.
        return Err(Error::User(Vec::new()));
    }
    Ok(())
}

fn print_machine(format: Format, findings: &[haven::links::Finding], strict: bool) {
    match format {
        Format::Sarif => println!("{}", report::sarif(findings, strict)),
        _ => println!("{}", report::json(findings, strict)),
    }
}

fn print_check(checked: &site::CheckReport, strict: bool) {
    let mut errors = 0;
    let mut warnings = 0;
    let promote = |d: &Diagnostic| Diagnostic {
        severity: if strict && d.fails_strict() {
            Severity::Error
        } else {
            d.severity
        },
        ..d.clone()
    };
    let problems = checked.problems.iter().map(promote);
    for d in problems.chain(checked.links.diagnostics(strict)) {
        if d.is_error() {
            errors += 1;
        } else {
            warnings += 1;
        }
        terminal::eprint_findings(&d.to_string());
    }
    print_notices(&checked.links);
    eprint!("{}", report::unchecked_list(&checked.links));
    eprint!("{}", checked.translations);
    eprint!("{}", checked.curriculum);
    print!("{}", checked.consent);
    println!("{}", report::summary_line(&checked.links, strict));
    println!(
        "Checked {} pages in {:.2} s: {}",
        checked.pages,
        checked.seconds,
        terminal::counts(errors, warnings)
    );
}

fn serve(args: ServeArgs, root: &Path) -> Result<()> {
    let ip: IpAddr = args.bind.parse().map_err(|_| {
        Diagnostic::error(format!("`{}` is not an IP address", args.bind))
            .hint("use 127.0.0.1 (this computer only) or 0.0.0.0 (every network)")
    })?;
    if !ip.is_loopback() {
        eprintln!(
            "warning: serving on {ip}: other computers on the network can see this preview; use --bind 127.0.0.1 to keep it to this computer"
        );
    }
    let addr = SocketAddr::new(ip, args.port);
    let shown = if ip.is_unspecified() {
        format!("http://127.0.0.1:{}/", args.port)
    } else {
        format!("http://{addr}/")
    };
    let command = options::Command::Serve {
        base_url: shown.clone(),
    };
    let opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?, command);
    haven::serve::run(&opts, addr, &shown)
}

fn edit(args: EditArgs, root: &Path) -> Result<()> {
    haven::edit::bind_address(&args.bind)?;
    haven::edit::run(root, build_date(args.date.date.as_deref())?, args.port, args.open)
}
