//! Stage timings for profiling a build: with `HAVEN_TIMINGS=1` in the environment, each
//! stage prints how long the build had been running when it finished and, on Linux, the
//! memory it held then and at most so far (BENCHMARKS.md).
//! Off, a stage mark costs one check of a flag read once.

use std::sync::OnceLock;
use std::time::Instant;

/// When the build started, if timings are on.
static STARTED: OnceLock<Option<Instant>> = OnceLock::new();

/// Starts the clock (the first call wins).
pub fn start() {
    STARTED.get_or_init(|| std::env::var_os("HAVEN_TIMINGS").map(|_| Instant::now()));
}

/// Prints `stage` and the time since [`start`], when timings are on.
pub fn mark(stage: &str) {
    if let Some(Some(started)) = STARTED.get() {
        eprintln!(
            "timings: {stage} done at {:.3} s{}",
            started.elapsed().as_secs_f64(),
            memory()
        );
    }
}

/// The resident memory now and at its peak, from `/proc/self/status` (empty elsewhere).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().strip_suffix(" kB"))
            .and_then(|kb| kb.trim().parse::<u64>().ok())
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(now), Some(peak)) => format!(", {} MiB held, peak {} MiB", now / 1024, peak / 1024),
        _ => String::new(),
    }
}
