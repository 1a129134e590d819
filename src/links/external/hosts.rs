//! Politeness: at most two requests at once to any one host (DESIGN §9). A request takes a
//! slot for its host and gives it back when it ends, redirect hop by redirect hop, so a
//! redirect to another host waits for that host's slot, never holding two.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// Requests at once per host.
pub const PER_HOST: usize = 2;

/// The requests in flight, by host.
#[derive(Debug, Default)]
pub struct Hosts {
    busy: Mutex<HashMap<String, usize>>,
    freed: Condvar,
}

/// A held slot; dropping it frees the slot.
#[derive(Debug)]
pub struct Slot<'a> {
    hosts: &'a Hosts,
    host: String,
}

impl Hosts {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, usize>> {
        // A worker that panicked while holding the lock left only counts behind, which
        // stay consistent (each change is one statement), so carry on with them.
        self.busy.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits for a slot for `host` until `deadline`; `None` when the deadline comes first.
    pub fn acquire(&self, host: &str, deadline: Instant) -> Option<Slot<'_>> {
        let host = host.to_ascii_lowercase();
        let mut busy = self.lock();
        loop {
            let count = busy.entry(host.clone()).or_default();
            if *count < PER_HOST {
                *count += 1;
                return Some(Slot { hosts: self, host });
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            busy = self
                .freed
                .wait_timeout(busy, left)
                .map(|(guard, _)| guard)
                .unwrap_or_else(|poisoned| poisoned.into_inner().0);
        }
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut busy = self.hosts.lock();
        if let Some(count) = busy.get_mut(&self.host) {
            *count = count.saturating_sub(1);
        }
        drop(busy);
        self.hosts.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn two_slots_per_host_and_freed_on_drop() {
        let hosts = Hosts::default();
        let soon = Instant::now() + Duration::from_millis(50);
        let a = hosts.acquire("a.uk", soon).unwrap();
        let _b = hosts.acquire("A.UK", soon).unwrap();
        assert!(hosts.acquire("a.uk", soon).is_none(), "a third slot must wait");
        assert!(hosts.acquire("b.uk", soon).is_some(), "other hosts are free");
        drop(a);
        assert!(hosts.acquire("a.uk", soon + Duration::from_millis(50)).is_some());
    }
}
