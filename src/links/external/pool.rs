//! The bounded pool (DESIGN §9): at most 16 requests at once in all, the URLs taken in turn
//! from each host so two busy hosts never starve the rest, and every result handed back
//! to the calling thread as it arrives (for the progress bar and the cache).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::fetch::{Checker, Outcome, host_of};

/// Requests at once, all hosts together.
pub const WORKERS: usize = 16;

/// The URLs ordered host by host in turn: a1 b1 c1 a2 b2 a3 ...
pub fn interleave(urls: Vec<String>) -> Vec<String> {
    let mut by_host: BTreeMap<String, std::collections::VecDeque<String>> = BTreeMap::new();
    for url in urls {
        by_host
            .entry(host_of(&url).unwrap_or_default())
            .or_default()
            .push_back(url);
    }
    let mut out = Vec::new();
    while !by_host.is_empty() {
        by_host.retain(|_, queue| {
            if let Some(url) = queue.pop_front() {
                out.push(url);
            }
            !queue.is_empty()
        });
    }
    out
}

/// Checks every URL on up to [`WORKERS`] threads; `done` sees each result as it comes.
pub fn run(urls: &[String], checker: &Checker<'_>, mut done: impl FnMut(&str, Outcome)) {
    let next = AtomicUsize::new(0);
    let (sender, results) = mpsc::channel::<(usize, Outcome)>();
    std::thread::scope(|scope| {
        for _ in 0..WORKERS.min(urls.len()) {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(url) = urls.get(i) else { break };
                    if sender.send((i, checker.check(url))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for (i, outcome) in results {
            done(&urls[i], outcome);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_take_turns() {
        let urls = [
            "https://a.uk/1",
            "https://a.uk/2",
            "https://a.uk/3",
            "https://b.uk/1",
            "https://c.uk/1",
        ];
        let order = interleave(urls.iter().map(|u| u.to_string()).collect());
        assert_eq!(
            order,
            [
                "https://a.uk/1",
                "https://b.uk/1",
                "https://c.uk/1",
                "https://a.uk/2",
                "https://a.uk/3"
            ]
        );
    }
}
