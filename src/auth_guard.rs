//! Failed-login throttling: an address with too many failed logins in a window is answered
//! `rate_limited` until the window passes. Only failures count, so a team signing in at
//! once from one office address is never slowed down.

use dashmap::DashMap;
use std::collections::VecDeque;
use std::net::IpAddr;
use std::time::{Duration, Instant};

pub const MAX_FAILURES: usize = 10;
pub const WINDOW: Duration = Duration::from_secs(300);

#[derive(Default)]
pub struct LoginGuard {
    failures: DashMap<IpAddr, VecDeque<Instant>>,
}

impl LoginGuard {
    /// May this address try again now?
    pub fn allows(&self, addr: IpAddr) -> bool {
        let Some(mut recent) = self.failures.get_mut(&addr) else {
            return true;
        };
        let now = Instant::now();
        while recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > WINDOW)
        {
            recent.pop_front();
        }
        recent.len() < MAX_FAILURES
    }

    pub fn failed(&self, addr: IpAddr) {
        let mut recent = self.failures.entry(addr).or_default();
        recent.push_back(Instant::now());
        while recent.len() > MAX_FAILURES {
            recent.pop_front();
        }
    }

    /// A success clears the address's record.
    pub fn succeeded(&self, addr: IpAddr) {
        self.failures.remove(&addr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_repeated_failures_are_throttled() {
        let guard = LoginGuard::default();
        let (a, b) = (
            "10.0.0.1".parse().expect("ip"),
            "10.0.0.2".parse().expect("ip"),
        );
        for _ in 0..MAX_FAILURES {
            assert!(guard.allows(a));
            guard.failed(a);
        }
        assert!(!guard.allows(a));
        assert!(guard.allows(b), "other addresses are unaffected");
        guard.succeeded(a);
        assert!(guard.allows(a));
    }
}
