//! The hub's side of the shared event log at work: appending the hub's events, reading what
//! any process appended (pushed or polled), and delivering it in `seq` order to this
//! process's sessions. The state it works on is [`super::shared::Shared`].

use super::messages::Logged;
use super::shared::{
    Outgoing, GAP_WAIT, OUTBOX_LIMIT, POLL_BATCH, POLL_EVERY, POLL_WHILE_STREAMING,
};
use super::CompanyHub;
use actix::prelude::*;
use std::time::Instant;

impl CompanyHub {
    pub(super) fn share(&mut self, payload: String, ctx: &mut Context<Self>) {
        if let Some(shared) = &mut self.shared {
            if shared.outbox.len() < OUTBOX_LIMIT {
                shared.outbox.push_back(Outgoing::Event(payload));
            } else if let Some(Outgoing::Gap { dropped }) = shared.outbox.back_mut() {
                *dropped += 1;
                self.metrics.dropped_broadcasts.inc();
            } else {
                tracing::warn!(company_id = %self.company, waiting = OUTBOX_LIMIT,
                    "the event log is too far behind; dropping events (agents will resync)");
                shared.outbox.push_back(Outgoing::Gap { dropped: 1 });
                self.metrics.dropped_broadcasts.inc();
            }
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
        let batch: Vec<Outgoing> = shared.outbox.drain(..).collect();
        let log = shared.log.clone();
        let company = self.company.clone();
        let work = async move {
            for outgoing in batch {
                match outgoing {
                    Outgoing::Event(payload) => {
                        if let Err(err) = log.append(&company, &payload).await {
                            tracing::error!(company_id = %company, error = %err,
                                "event not shared; agents resync when they reconnect");
                        }
                    }
                    Outgoing::Gap { dropped } => match log.skip(&company).await {
                        Ok(seq) => tracing::warn!(company_id = %company, seq, dropped,
                            "events dropped; gap left for agents to resync"),
                        Err(err) => tracing::error!(company_id = %company, dropped,
                            error = %err, "events dropped and no gap marked"),
                    },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::StoreError;
    use crate::events::{Availability, Event};
    use crate::events_log::EventLog;
    use crate::hub::{
        AgentEvent, CompanyHub, Connect, LogLink, Publish, SetAvailability, Streaming,
    };
    use crate::ids::{AgentId, CompanyId};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::sync::Mutex;
    use std::time::Duration;

    /// A log that holds every append until it is opened, like a database that fell behind.
    #[derive(Default)]
    struct HeldLog {
        /// Each seq taken, with its payload (`None`: skipped).
        entries: Mutex<Vec<Option<String>>>,
        open: tokio::sync::Notify,
        opened: AtomicBool,
    }

    impl HeldLog {
        async fn wait_open(&self) {
            while !self.opened.load(Ordering::SeqCst) {
                self.open.notified().await;
            }
        }

        fn entries(&self) -> Vec<Option<String>> {
            self.entries.lock().expect("lock").clone()
        }
    }

    #[async_trait::async_trait]
    impl EventLog for HeldLog {
        async fn append(&self, _: &CompanyId, payload: &str) -> Result<u64, StoreError> {
            self.wait_open().await;
            let mut entries = self.entries.lock().expect("lock");
            entries.push(Some(payload.to_owned()));
            Ok(entries.len() as u64)
        }

        async fn skip(&self, _: &CompanyId) -> Result<u64, StoreError> {
            self.wait_open().await;
            let mut entries = self.entries.lock().expect("lock");
            entries.push(None);
            Ok(entries.len() as u64)
        }

        async fn after(
            &self,
            _: &CompanyId,
            seq: u64,
            limit: usize,
        ) -> Result<Vec<(u64, String)>, StoreError> {
            let entries = self.entries.lock().expect("lock");
            Ok(entries
                .iter()
                .enumerate()
                .map(|(i, e)| (i as u64 + 1, e))
                .filter(|(n, _)| *n > seq)
                .filter_map(|(n, e)| e.clone().map(|p| (n, p)))
                .take(limit)
                .collect())
        }

        async fn latest(&self, _: &CompanyId) -> Result<u64, StoreError> {
            Ok(self.entries.lock().expect("lock").len() as u64)
        }
    }

    /// A session that keeps up with anything.
    struct Sink;
    impl Actor for Sink {
        type Context = Context<Self>;
        fn started(&mut self, ctx: &mut Context<Self>) {
            ctx.set_mailbox_capacity(1 << 16);
        }
    }
    impl Handler<AgentEvent> for Sink {
        type Result = ();
        fn handle(&mut self, _: AgentEvent, _: &mut Context<Self>) {}
    }

    fn stop_changed(n: usize) -> Event {
        Event::AgentAvailabilityChanged {
            agent_id: AgentId::new(format!("other{n}")),
            status: Availability::Away,
        }
    }

    #[actix_rt::test]
    async fn a_log_that_falls_behind_gets_a_gap_and_presence_waits_its_turn() {
        let log = Arc::new(HeldLog::default());
        let link = LogLink {
            log: log.clone(),
            streaming: Arc::new(Streaming::default()),
        };
        let dir = tempfile::tempdir().expect("tempdir");
        let hub = CompanyHub::for_tests(dir.path(), Some(link)).0.start();
        hub.send(Connect {
            session: crate::hub::next_session_id(),
            agent: AgentId::new("a"),
            recipient: Sink.start().recipient(),
        })
        .await
        .expect("connect");
        // The hub starts reading the log (its latest seq) before it appends anything.
        actix_rt::time::sleep(Duration::from_millis(50)).await;
        let published = OUTBOX_LIMIT + 50;
        for n in 0..published {
            hub.send(Publish {
                event: stop_changed(n),
            })
            .await
            .expect("publish");
        }
        hub.send(SetAvailability {
            agent: AgentId::new("a"),
            status: Availability::Away,
        })
        .await
        .expect("presence");
        log.opened.store(true, Ordering::SeqCst);
        log.open.notify_waiters();

        let deadline = Instant::now() + Duration::from_secs(5);
        let away = |e: &Option<String>| {
            e.as_deref()
                .is_some_and(|p| p.contains("\"agent_id\":\"a\"") && p.contains("away"))
        };
        while !log.entries().iter().any(away) && Instant::now() < deadline {
            actix_rt::time::sleep(Duration::from_millis(20)).await;
        }
        let entries = log.entries();
        let gaps: Vec<usize> = (0..entries.len())
            .filter(|&i| entries[i].is_none())
            .collect();
        assert_eq!(gaps.len(), 1, "one gap marks every dropped event");
        let events = entries.iter().filter(|e| e.is_some()).count();
        // a's arrival, then as many published events as the outbox held (one was being
        // appended when the others queued), then a's away.
        assert!(events <= OUTBOX_LIMIT + 3, "{events} events appended");
        let away_at = entries
            .iter()
            .position(away)
            .unwrap_or_else(|| panic!("a's presence not appended: {:?}", entries.last()));
        assert!(away_at > gaps[0], "presence waited behind the real events");
    }
}
