//! A hub's side of the shared event log, for processes that share one database: events are
//! appended to the log (which numbers them) and delivered in `seq` order from what the log
//! returns — pushed by the store's change stream where it has one, read by polling
//! otherwise. A hub reads the log only while it has sessions on this process.

use super::messages::Logged;
use super::CompanyHub;
use crate::events_log::EventLog;
use actix::prelude::*;
use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often a hub reads the log when nothing pushes events to it, and when a change
/// stream does (then only to catch what the stream may have missed).
pub(super) const POLL_EVERY: Duration = Duration::from_millis(100);
const POLL_WHILE_STREAMING: Duration = Duration::from_secs(2);
/// How long a hub waits for a missing `seq` (numbered by a process that has not written
/// it yet, or died first) before skipping it: clients see the gap and resync.
const GAP_WAIT: Duration = Duration::from_secs(1);
const POLL_BATCH: usize = 256;

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
    log: Arc<dyn EventLog>,
    streaming: Arc<Streaming>,
    /// Encoded events waiting to be appended, in order.
    outbox: VecDeque<String>,
    appending: bool,
    /// The last `seq` delivered to this hub's sessions (`None`: not reading the log now).
    delivered: Option<u64>,
    /// Events that arrived ahead of a missing `seq`.
    ahead: BTreeMap<u64, String>,
    reading: bool,
    last_read: Option<Instant>,
    gap_since: Option<Instant>,
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
}

impl CompanyHub {
    pub(super) fn share(&mut self, payload: String, ctx: &mut Context<Self>) {
        if let Some(shared) = &mut self.shared {
            shared.outbox.push_back(payload);
        }
        self.append(ctx);
    }

    /// Appends waiting events to the log, one after the other so they keep their order.
    /// While the hub starts reading the log, appends wait, so that this hub's sessions get
    /// this hub's own events too.
    fn append(&mut self, ctx: &mut Context<Self>) {
        let starting = !self.sessions.is_empty();
        let Some(shared) = &mut self.shared else {
            return;
        };
        if shared.appending || shared.outbox.is_empty() || (starting && shared.delivered.is_none())
        {
            return;
        }
        shared.appending = true;
        let payloads: Vec<String> = shared.outbox.drain(..).collect();
        let log = shared.log.clone();
        let company = self.company.clone();
        let work = async move {
            for payload in payloads {
                if let Err(err) = log.append(&company, &payload).await {
                    tracing::error!(company_id = %company, error = %err,
                        "event not shared; agents resync when they reconnect");
                }
            }
        };
        ctx.spawn(work.into_actor(self).map(|_, act, ctx| {
            if let Some(shared) = &mut act.shared {
                shared.appending = false;
            }
            act.append(ctx);
            if !act.streaming() {
                act.read_log(ctx);
            }
        }));
    }

    fn streaming(&self) -> bool {
        self.shared.as_ref().is_some_and(|s| s.streaming.get())
    }

    /// The periodic read: often when polling, rarely when a change stream pushes events.
    pub(super) fn tick(&mut self, ctx: &mut Context<Self>) {
        if self.sessions.is_empty() {
            // Nobody here to deliver to: stop reading; start afresh when someone connects.
            if let Some(shared) = &mut self.shared {
                shared.delivered = None;
                shared.ahead.clear();
                shared.gap_since = None;
            }
            return;
        }
        let every = if self.streaming() {
            POLL_WHILE_STREAMING
        } else {
            POLL_EVERY
        };
        let due = self.shared.as_ref().is_some_and(|s| {
            s.delivered.is_none() || s.last_read.is_none_or(|at| at.elapsed() >= every)
        });
        if due {
            self.read_log(ctx);
        } else {
            // A gap may be waiting to be skipped.
            self.accept(Vec::new(), ctx);
        }
    }

    /// Reads events after the last delivered one (or, when starting, where the log is now).
    pub(super) fn read_log(&mut self, ctx: &mut Context<Self>) {
        if self.sessions.is_empty() {
            return;
        }
        let Some(shared) = &mut self.shared else {
            return;
        };
        if shared.reading {
            return;
        }
        shared.reading = true;
        shared.last_read = Some(Instant::now());
        let log = shared.log.clone();
        let company = self.company.clone();
        let from = shared.delivered;
        let work = async move {
            match from {
                None => log
                    .latest(&company)
                    .await
                    .map(|latest| (Some(latest), Vec::new())),
                Some(seq) => log
                    .after(&company, seq, POLL_BATCH)
                    .await
                    .map(|found| (None, found)),
            }
        };
        ctx.spawn(work.into_actor(self).map(|result, act, ctx| {
            if let Some(shared) = &mut act.shared {
                shared.reading = false;
            }
            let full = match result {
                Ok((Some(latest), _)) => {
                    // Start from now: history is for `get_stopped_customers`, not replay.
                    if let Some(shared) = &mut act.shared {
                        shared.delivered = Some(latest);
                    }
                    act.append(ctx);
                    false
                }
                Ok((None, found)) => {
                    let full = found.len() == POLL_BATCH;
                    act.accept(found, ctx);
                    full
                }
                Err(err) => {
                    tracing::warn!(company_id = %act.company, error = %err, "event log unreadable");
                    false
                }
            };
            if full {
                act.read_log(ctx);
            }
        }));
    }

    /// Takes events from the log (read or pushed) and delivers what is next in order.
    pub(super) fn accept(&mut self, found: Vec<(u64, String)>, ctx: &mut Context<Self>) {
        let mut frames = Vec::new();
        {
            let Some(shared) = &mut self.shared else {
                return;
            };
            let Some(mut delivered) = shared.delivered else {
                return;
            };
            for (seq, payload) in found {
                if seq > delivered {
                    shared.ahead.insert(seq, payload);
                }
            }
            while let Some(entry) = shared.ahead.first_entry() {
                let seq = *entry.key();
                if seq > delivered + 1 {
                    // A lower number is allocated but not written yet: wait a little for it.
                    let since = *shared.gap_since.get_or_insert_with(Instant::now);
                    if since.elapsed() < GAP_WAIT {
                        break;
                    }
                    tracing::warn!(company_id = %self.company, missing = delivered + 1,
                        "skipping a missing event");
                }
                shared.gap_since = None;
                delivered = seq;
                frames.push(crate::events_log::with_seq(seq, &entry.remove()));
            }
            shared.delivered = Some(delivered);
        }
        for frame in frames {
            self.fan_out(frame, ctx);
        }
    }
}

impl Handler<Logged> for CompanyHub {
    type Result = ();

    /// An event another process (or this one) appended, pushed by the change stream.
    fn handle(&mut self, msg: Logged, ctx: &mut Self::Context) {
        self.accept(vec![(msg.seq, msg.payload)], ctx);
    }
}
