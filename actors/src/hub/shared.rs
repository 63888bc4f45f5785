//! A hub's side of the shared event log, for processes that share one database: events are
//! appended to the log (which numbers them) and delivered in `seq` order from what the log
//! returns — pushed by the store's change stream where it has one, read by polling
//! otherwise. A hub reads the log only while it has sessions on this process.
//!
//! What waits to be appended is bounded ([`OUTBOX_LIMIT`]). When the database falls that
//! far behind, later events are dropped, never silently: the hub takes one `seq` for them
//! without an event, so every session of the company, on every process, sees a gap and
//! resyncs. Presence waits (coalesced) while the outbox is half full.

use crate::events_log::EventLog;
use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often a hub reads the log when nothing pushes events to it, and when a change
/// stream does (then only to catch what the stream may have missed).
pub(super) const POLL_EVERY: Duration = Duration::from_millis(100);
pub(super) const POLL_WHILE_STREAMING: Duration = Duration::from_secs(2);
/// How long a hub waits for a missing `seq` (numbered by a process that has not written
/// it yet, or died first) before skipping it: clients see the gap and resync.
pub(super) const GAP_WAIT: Duration = Duration::from_secs(1);
pub(super) const POLL_BATCH: usize = 256;
/// Events a hub holds for the log at most; beyond, they are dropped and marked by a gap.
pub const OUTBOX_LIMIT: usize = 1024;

/// What waits to be appended to the log.
pub(super) enum Outgoing {
    Event(String),
    /// Events dropped here: one `seq` is taken for them all.
    Gap {
        dropped: usize,
    },
}

/// Whether this process receives the log's events from a change stream right now.
#[derive(Default)]
pub struct Streaming(AtomicBool);

impl Streaming {
    pub fn set(&self, on: bool) {
        self.0.store(on, Ordering::Relaxed);
    }

    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// How a hub reaches the shared log.
#[derive(Clone)]
pub struct LogLink {
    pub log: Arc<dyn EventLog>,
    pub streaming: Arc<Streaming>,
}

pub(super) struct Shared {
    pub(super) log: Arc<dyn EventLog>,
    pub(super) streaming: Arc<Streaming>,
    /// Encoded events waiting to be appended, in order (at most `OUTBOX_LIMIT`, and a gap).
    pub(super) outbox: VecDeque<Outgoing>,
    pub(super) appending: bool,
    /// The last `seq` delivered to this hub's sessions (`None`: not reading the log now).
    pub(super) delivered: Option<u64>,
    /// Events that arrived ahead of a missing `seq`.
    pub(super) ahead: BTreeMap<u64, String>,
    pub(super) reading: bool,
    pub(super) last_read: Option<Instant>,
    pub(super) gap_since: Option<Instant>,
}

impl Shared {
    pub(super) fn new(link: LogLink) -> Self {
        Shared {
            log: link.log,
            streaming: link.streaming,
            outbox: VecDeque::new(),
            appending: false,
            delivered: None,
            ahead: BTreeMap::new(),
            reading: false,
            last_read: None,
            gap_since: None,
        }
    }

    /// Presence goes to the log only while real events have plenty of room.
    pub(super) fn room_for_presence(&self) -> bool {
        self.outbox.len() < OUTBOX_LIMIT / 2
    }
}
