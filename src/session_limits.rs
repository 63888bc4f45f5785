//! What one sign-in session's WebSocket connections may take: how many connections it may
//! hold open, and how many requests they may send. The request budgets are token buckets
//! shared by all the session's connections (opening another connection buys nothing) and
//! kept a while after the last one closes (reconnecting buys nothing either). Presence
//! requests (`set_availability`, `viewing`) draw on a tighter budget of their own as well.

use dashmap::DashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Requests of any type one session may send in a burst, and per second after it.
pub const REQUEST_BURST: f64 = 1000.0;
pub const REQUESTS_PER_SECOND: f64 = 200.0;
/// Presence requests one session may send in a burst, and per second after it.
pub const PRESENCE_BURST: f64 = 20.0;
pub const PRESENCE_PER_SECOND: f64 = 5.0;
/// How many connection openings pass between two sweeps of forgotten sessions.
const SWEEP_EVERY: usize = 256;

/// A token bucket: `capacity` tokens, refilled at `per_second`; a request takes one.
#[derive(Debug)]
pub struct TokenBucket {
    capacity: f64,
    per_second: f64,
    tokens: f64,
    updated: Instant,
}

impl TokenBucket {
    pub fn full(capacity: f64, per_second: f64, now: Instant) -> Self {
        TokenBucket {
            capacity,
            per_second,
            tokens: capacity,
            updated: now,
        }
    }

    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.updated).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.updated = now;
    }

    /// Zero when a token is there now, else how long until one is.
    fn wait(&mut self, now: Instant) -> Duration {
        self.refill(now);
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / self.per_second)
        }
    }

    fn take(&mut self) {
        self.tokens -= 1.0;
    }

    fn is_full(&mut self, now: Instant) -> bool {
        self.refill(now);
        self.tokens >= self.capacity
    }
}

/// A session's two budgets.
#[derive(Debug)]
pub struct Budget {
    requests: TokenBucket,
    presence: TokenBucket,
}

impl Budget {
    pub fn new(now: Instant) -> Self {
        Budget {
            requests: TokenBucket::full(REQUEST_BURST, REQUESTS_PER_SECOND, now),
            presence: TokenBucket::full(PRESENCE_BURST, PRESENCE_PER_SECOND, now),
        }
    }

    /// Takes what one request costs, or answers how long until it could.
    pub fn admit(&mut self, presence: bool, now: Instant) -> Result<(), Duration> {
        let mut wait = self.requests.wait(now);
        if presence {
            wait = wait.max(self.presence.wait(now));
        }
        if !wait.is_zero() {
            return Err(wait);
        }
        self.requests.take();
        if presence {
            self.presence.take();
        }
        Ok(())
    }

    fn is_full(&mut self, now: Instant) -> bool {
        self.requests.is_full(now) && self.presence.is_full(now)
    }
}

struct Entry {
    open: usize,
    budget: Arc<Mutex<Budget>>,
}

/// Every session's connections and budgets, on this process.
pub struct SessionLimits {
    connections_per_session: usize,
    sessions: Arc<DashMap<String, Entry>>,
    opened: AtomicUsize,
}

impl SessionLimits {
    pub fn new(connections_per_session: usize) -> Self {
        SessionLimits {
            connections_per_session: connections_per_session.max(1),
            sessions: Arc::new(DashMap::new()),
            opened: AtomicUsize::new(0),
        }
    }

    pub fn connections_per_session(&self) -> usize {
        self.connections_per_session
    }

    /// A place for one more connection of the session (by its token's hash); `None` when it
    /// holds as many as allowed. The place is given back when the slot is dropped.
    pub fn open(&self, token_hash: &str) -> Option<Slot> {
        if self.opened.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == 0 {
            self.sweep(Instant::now());
        }
        let mut entry = self
            .sessions
            .entry(token_hash.to_owned())
            .or_insert_with(|| Entry {
                open: 0,
                budget: Arc::new(Mutex::new(Budget::new(Instant::now()))),
            });
        if entry.open >= self.connections_per_session {
            return None;
        }
        entry.open += 1;
        Some(Slot {
            sessions: self.sessions.clone(),
            token_hash: token_hash.to_owned(),
            budget: entry.budget.clone(),
        })
    }

    /// Forgets sessions with no connection whose budgets have refilled: remembering them
    /// would change nothing. Keeps the map as small as the sessions in use.
    fn sweep(&self, now: Instant) {
        self.sessions.retain(|_, entry| {
            entry.open > 0
                || !entry
                    .budget
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .is_full(now)
        });
    }

    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.sessions.len()
    }
}

/// One open connection's place in its session's allowance, and the session's budget.
pub struct Slot {
    sessions: Arc<DashMap<String, Entry>>,
    token_hash: String,
    budget: Arc<Mutex<Budget>>,
}

impl Slot {
    /// Takes what one request costs from the session's budget, or answers how long until
    /// it could.
    pub fn admit(&self, presence: bool) -> Result<(), Duration> {
        self.budget
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .admit(presence, Instant::now())
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(mut entry) = self.sessions.get_mut(&self.token_hash) {
            entry.open = entry.open.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_lets_a_burst_through_then_its_rate() {
        let t0 = Instant::now();
        let mut budget = Budget::new(t0);
        for _ in 0..PRESENCE_BURST as usize {
            assert_eq!(budget.admit(true, t0), Ok(()));
        }
        let wait = budget
            .admit(true, t0)
            .expect_err("the presence burst is spent");
        assert_eq!(wait, Duration::from_secs_f64(1.0 / PRESENCE_PER_SECOND));
        // Other requests still pass: their budget is larger.
        assert_eq!(budget.admit(false, t0), Ok(()));
        assert_eq!(budget.admit(true, t0 + wait), Ok(()));
        assert!(budget.admit(true, t0 + wait).is_err());
    }

    #[test]
    fn every_request_draws_on_the_general_budget() {
        let t0 = Instant::now();
        let mut budget = Budget::new(t0);
        for _ in 0..REQUEST_BURST as usize {
            assert_eq!(budget.admit(false, t0), Ok(()));
        }
        assert!(budget.admit(false, t0).is_err());
        assert!(budget.admit(true, t0).is_err(), "presence counts too");
        let later = t0 + Duration::from_secs(1);
        for _ in 0..REQUESTS_PER_SECOND as usize {
            assert_eq!(budget.admit(false, later), Ok(()));
        }
        assert!(budget.admit(false, later).is_err());
    }

    #[test]
    fn a_session_holds_a_bounded_number_of_connections_sharing_one_budget() {
        let limits = SessionLimits::new(2);
        let a = limits.open("h").expect("first");
        let b = limits.open("h").expect("second");
        assert!(limits.open("h").is_none(), "third refused");
        assert!(limits.open("k").is_some(), "another session has its own");
        for _ in 0..PRESENCE_BURST as usize / 2 {
            a.admit(true).expect("a");
            b.admit(true).expect("b");
        }
        assert!(a.admit(true).is_err(), "the budget is the session's");
        drop(b);
        let c = limits
            .open("h")
            .expect("a closed connection frees its place");
        assert!(
            c.admit(true).is_err(),
            "reconnecting does not refill the budget"
        );
    }

    #[test]
    fn sessions_without_connections_are_forgotten_once_refilled() {
        let limits = SessionLimits::new(2);
        let slot = limits.open("h").expect("open");
        slot.admit(true).expect("admit");
        drop(slot);
        limits.sweep(Instant::now());
        assert_eq!(limits.remembered(), 1, "its budget is not full yet");
        limits.sweep(Instant::now() + Duration::from_secs(10));
        assert_eq!(limits.remembered(), 0);
    }
}
