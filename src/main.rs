//! The `haven` command: parse options, run, print problems in one place, set the exit code
//! (0 success, 1 the author's input or a failed check, 2 an internal failure).

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use haven::cli::{BuildArgs, CheckArgs, Cli, Command, ServeArgs};
use haven::error::{Diagnostic, Result};
use haven::options::{BuildOptions, Mode, build_date};
use haven::site::{self, BuildReport};

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
            eprint!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(command: Command, root: &Path) -> Result<()> {
    match command {
        Command::Init { dir } => {
            haven::theme::init(&dir)?;
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
    }
}

fn print_report(report: &BuildReport) {
    for w in &report.warnings {
        eprint!("{w}");
    }
    eprint!("{}", report.translations);
}

fn build(args: BuildArgs, root: &Path) -> Result<()> {
    let mut opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?);
    if let Some(output) = args.output {
        opts.output = output;
    }
    opts.portable = args.portable;
    opts.offline = args.offline;
    opts.strict = args.strict;
    let report = site::build(&opts)?;
    print_report(&report);
    let output = report.output.as_deref().unwrap_or(&opts.output);
    println!(
        "Built {} pages ({} files) in {:.2} s into {}",
        report.pages,
        report.files,
        report.seconds,
        output.display()
    );
    Ok(())
}

fn check(args: CheckArgs, root: &Path) -> Result<()> {
    let mut opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?);
    opts.mode = Mode::Check;
    opts.offline = args.offline;
    opts.strict = args.strict;
    let report = site::build(&opts)?;
    print_report(&report);
    print!("{}", report.consent);
    println!(
        "Checked {} pages: no errors, {} warnings",
        report.pages,
        report.warnings.len()
    );
    Ok(())
}

fn serve(args: ServeArgs, root: &Path) -> Result<()> {
    let ip: IpAddr = args.bind.parse().map_err(|_| {
        Diagnostic::error(format!("`{}` is not an IP address", args.bind))
            .hint("use 127.0.0.1 (this computer only) or 0.0.0.0 (every network)")
    })?;
    if !ip.is_loopback() {
        eprintln!("warning: serving on {ip}: other computers on the network can see this preview");
    }
    let addr = SocketAddr::new(ip, args.port);
    let shown = if ip.is_unspecified() {
        format!("http://127.0.0.1:{}/", args.port)
    } else {
        format!("http://{addr}/")
    };
    let mut opts = BuildOptions::new(root, build_date(args.date.date.as_deref())?);
    opts.output = root.join(".haven").join("serve");
    opts.mode = Mode::Serve {
        base_url: shown.clone(),
    };
    let report = site::build(&opts)?;
    print_report(&report);
    println!(
        "Built {} pages in {:.2} s. Serving at {shown} (press Ctrl+C to stop)",
        report.pages, report.seconds
    );
    haven::serve::server::serve(&opts.output, addr)
}
