//! Login throttling, bounded in time, memory and CPU.
//!
//! - Per address and per account (the email tried, known or not): at most `MAX_FAILURES`
//!   attempts that did not succeed within `WINDOW`. An attempt counts when it starts, before
//!   its password is checked, so a burst of concurrent attempts cannot slip past the limit;
//!   a success clears what its address and account had counted. Only failures are left
//!   counted, so a team signing in at once from one office address is never slowed down.
//! - At most one password verification per core at a time: argon2id takes 19 MiB and tens
//!   of milliseconds each, so an unbounded number at once would exhaust memory and starve
//!   every other request. An attempt that cannot start its verification soon is answered
//!   `rate_limited` with a short `Retry-After`.
//! - Each map holds at most `MAX_TRACKED` keys; windows that have passed are pruned. When a
//!   map is full of live windows, new keys are refused until room frees up.

use dashmap::DashMap;
use std::collections::VecDeque;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub const MAX_FAILURES: usize = 10;
pub const WINDOW: Duration = Duration::from_secs(300);
/// How many addresses, and how many accounts, are tracked at most.
pub const MAX_TRACKED: usize = 10_000;
/// How long an attempt waits for a verification slot, and how many may wait per slot.
pub const VERIFY_WAIT: Duration = Duration::from_secs(1);
const WAITING_PER_SLOT: usize = 4;
/// What a busy server asks the client to wait before trying again.
pub const BUSY_RETRY: Duration = Duration::from_secs(1);
/// Pruning a full map scans it: at most this often.
const PRUNE_EVERY: Duration = Duration::from_secs(1);

/// Why a login attempt may not go ahead now.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too many failed attempts from this address or for this account.
    Throttled,
    /// Every verification slot is taken: try again in a moment.
    Busy,
}

impl Refusal {
    /// How long the client should wait (`Retry-After`).
    pub fn retry_after(&self) -> Duration {
        match self {
            Refusal::Throttled => WINDOW,
            Refusal::Busy => BUSY_RETRY,
        }
    }
}

/// Recent attempts per key, bounded.
struct Tracker<K: Eq + Hash> {
    recent: DashMap<K, VecDeque<Instant>>,
    pruned_at: Mutex<Option<Instant>>,
}

impl<K: Eq + Hash + Clone> Tracker<K> {
    fn new() -> Self {
        Tracker {
            recent: DashMap::new(),
            pruned_at: Mutex::new(None),
        }
    }

    /// Counts an attempt for `key`, unless it has reached the limit (or the map is full).
    fn count(&self, key: &K, now: Instant) -> bool {
        if !self.recent.contains_key(key) && self.recent.len() >= MAX_TRACKED {
            self.prune(now);
            if self.recent.len() >= MAX_TRACKED {
                return false;
            }
        }
        let mut recent = self.recent.entry(key.clone()).or_default();
        while recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > WINDOW)
        {
            recent.pop_front();
        }
        if recent.len() >= MAX_FAILURES {
            return false;
        }
        recent.push_back(now);
        true
    }

    fn clear(&self, key: &K) {
        self.recent.remove(key);
    }

    /// Forgets every key whose window has passed (at most every `PRUNE_EVERY`).
    fn prune(&self, now: Instant) {
        {
            let Ok(mut pruned_at) = self.pruned_at.lock() else {
                return;
            };
            if pruned_at.is_some_and(|at| now.duration_since(at) < PRUNE_EVERY) {
                return;
            }
            *pruned_at = Some(now);
        }
        self.recent.retain(|_, recent| {
            recent
                .back()
                .is_some_and(|t| now.duration_since(*t) <= WINDOW)
        });
    }

    fn len(&self) -> usize {
        self.recent.len()
    }
}

pub struct LoginGuard {
    addresses: Tracker<IpAddr>,
    accounts: Tracker<String>,
    verifying: Arc<Semaphore>,
    slots: usize,
    waiting: AtomicUsize,
}

impl Default for LoginGuard {
    fn default() -> Self {
        LoginGuard::with_slots(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }
}

/// A login attempt allowed to check its password; its verification slot is freed when it
/// is dropped.
pub struct Attempt {
    _slot: OwnedSemaphorePermit,
}

impl LoginGuard {
    /// A guard allowing `slots` verifications at a time.
    pub fn with_slots(slots: usize) -> Self {
        let slots = slots.max(1);
        LoginGuard {
            addresses: Tracker::new(),
            accounts: Tracker::new(),
            verifying: Arc::new(Semaphore::new(slots)),
            slots,
            waiting: AtomicUsize::new(0),
        }
    }

    /// Counts an attempt from `addr` for `account` and waits for a verification slot.
    pub async fn begin(&self, addr: IpAddr, account: &str) -> Result<Attempt, Refusal> {
        let now = Instant::now();
        if !self.addresses.count(&addr, now) || !self.accounts.count(&account.to_owned(), now) {
            return Err(Refusal::Throttled);
        }
        if let Ok(slot) = self.verifying.clone().try_acquire_owned() {
            return Ok(Attempt { _slot: slot });
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.slots * WAITING_PER_SLOT {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(Refusal::Busy);
        }
        let slot = tokio::time::timeout(VERIFY_WAIT, self.verifying.clone().acquire_owned()).await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        match slot {
            Ok(Ok(slot)) => Ok(Attempt { _slot: slot }),
            _ => Err(Refusal::Busy),
        }
    }

    /// A success clears what its address and account had counted.
    pub fn succeeded(&self, addr: IpAddr, account: &str) {
        self.addresses.clear(&addr);
        self.accounts.clear(&account.to_owned());
    }

    /// How many addresses and accounts are tracked now.
    pub fn tracked(&self) -> (usize, usize) {
        (self.addresses.len(), self.accounts.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("ip")
    }

    #[actix_web::test]
    async fn attempts_count_before_their_password_is_checked() {
        let guard = LoginGuard::with_slots(64);
        let (a, b) = (ip("10.0.0.1"), ip("10.0.0.2"));
        let mut held = Vec::new();
        for i in 0..MAX_FAILURES {
            // Still verifying (not yet failed), yet counted.
            held.push(
                guard
                    .begin(a, &format!("user{i}@x.test"))
                    .await
                    .expect("allowed"),
            );
        }
        assert_eq!(
            guard.begin(a, "other@x.test").await.err(),
            Some(Refusal::Throttled)
        );
        assert!(
            guard.begin(b, "other@x.test").await.is_ok(),
            "another address"
        );
        guard.succeeded(a, "user0@x.test");
        assert!(guard.begin(a, "user0@x.test").await.is_ok());
    }

    #[actix_web::test]
    async fn an_account_is_limited_whatever_the_address() {
        let guard = LoginGuard::with_slots(64);
        for i in 0..MAX_FAILURES {
            let addr = ip(&format!("10.0.1.{i}"));
            assert!(guard.begin(addr, "alice@acme.test").await.is_ok());
        }
        assert_eq!(
            guard.begin(ip("10.0.2.1"), "alice@acme.test").await.err(),
            Some(Refusal::Throttled)
        );
    }

    #[actix_web::test]
    async fn verifications_run_a_few_at_a_time() {
        let guard = LoginGuard::with_slots(1);
        let first = guard
            .begin(ip("10.0.0.1"), "a@x.test")
            .await
            .expect("a slot");
        let started = Instant::now();
        assert_eq!(
            guard.begin(ip("10.0.0.2"), "b@x.test").await.err(),
            Some(Refusal::Busy)
        );
        assert!(started.elapsed() >= VERIFY_WAIT);
        drop(first);
        assert!(guard.begin(ip("10.0.0.3"), "c@x.test").await.is_ok());
    }

    #[test]
    fn the_maps_stay_bounded() {
        let tracker: Tracker<String> = Tracker::new();
        let now = Instant::now();
        for i in 0..MAX_TRACKED {
            assert!(tracker.count(&format!("k{i}"), now));
        }
        assert!(
            !tracker.count(&"one more".to_owned(), now),
            "full of live windows"
        );
        assert_eq!(tracker.len(), MAX_TRACKED);
        let later = now + WINDOW + Duration::from_secs(1);
        assert!(tracker.count(&"one more".to_owned(), later), "pruned");
        assert_eq!(tracker.len(), 1);
    }
}
