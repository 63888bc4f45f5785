//! CompanyHub: one per company. Owns the company's agent sessions (as
//! `Recipient<AgentEvent>`), their presence, and the company's broadcast sequence.
//!
//! Takes [`Connect`], [`Disconnect`], [`Publish`], [`SetAvailability`], [`SetViewing`],
//! [`Subscribe`], [`Presence`] and [`Logged`]. Alone on its store the hub numbers broadcasts itself; when
//! processes share a database it appends them to the shared event log and delivers what the
//! log returns (`shared.rs`), so every process sees the company's events in one order.
//! A broadcast is encoded once and the same bytes go to every session on the default feed;
//! a session may narrow its feeds (`scope.rs`, delivered by `delivery.rs`). Sessions are fed
//! with `try_send` into bounded mailboxes, so a slow browser never blocks the hub or other
//! agents: a session whose mailbox is full is evicted and told to close.
//! Presence (availability, viewing) is coalesced per agent (`presence.rs`): an agent who
//! sends it in a loop costs the company a few broadcasts a second, never a queue.

mod attendance;
mod delivery;
mod feed;
pub mod messages;
mod presence;
mod registry;
pub mod scope;
mod shared;

use crate::events::{Availability, AwayReason, Event};
use crate::ids::{AgentId, CompanyId, CustomerKey};
use crate::metrics::Metrics;
use crate::model::now;
use crate::persistence::store::{WriteOp, WriteResult};
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use attendance::Register;
pub use messages::{
    Active, AgentEvent, AwayIfIdle, Connect, Disconnect, Logged, Presence, Publish,
    SetAvailability, SetViewing, Subscribe,
};
use presence::{Facet, PresenceBoard, Release};
pub(crate) use registry::{Hubs, Nudger};
use shared::Shared;
pub use shared::{LogLink, Streaming};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

static NEXT_SESSION: AtomicU64 = AtomicU64::new(1);

/// A process-wide unique id for a new agent session.
pub fn next_session_id() -> u64 {
    NEXT_SESSION.fetch_add(1, Ordering::Relaxed)
}

struct Session {
    agent: AgentId,
    recipient: Recipient<AgentEvent>,
    /// What the session chose to receive (`scope.rs`).
    feeds: scope::Feeds,
    /// The session's own `seq`, once it narrowed its feeds (`None`: the company's).
    seq: Option<u64>,
    /// Queue-level changes waiting to be sent to it merged.
    digest: scope::Digest,
}

pub struct CompanyHub {
    company: CompanyId,
    metrics: Arc<Metrics>,
    /// Alone (embedded store): the last `seq` broadcast; every broadcast takes the next.
    seq: u64,
    /// Sharing a database with other processes: the log numbers and carries events.
    shared: Option<Shared>,
    sessions: HashMap<u64, Session>,
    /// The company `seq` of the last frame delivered here.
    last_seq: u64,
    /// Who holds and who waits, kept while a session goes without the messages feed.
    book: Option<scope::QueueBook>,
    /// The customer each agent with a session here has open.
    viewing: HashMap<AgentId, CustomerKey>,
    /// A flush of the sessions' digests is scheduled.
    digest_due: bool,
    /// Chosen availability of agents with at least one session on this process.
    presence: HashMap<AgentId, Availability>,
    /// When each of those agents' consoles last did something.
    last_active: HashMap<AgentId, Instant>,
    /// Presence broadcasts: what each agent's was, and the newest one waiting.
    board: PresenceBoard,
    /// Presence over time, as written for the metrics.
    register: Register,
    persistence: PersistenceHandle,
    /// Tells the company's router about changes that may hand out a customer.
    nudge: Nudger,
}

impl CompanyHub {
    pub(crate) fn new(
        company: CompanyId,
        metrics: Arc<Metrics>,
        persistence: PersistenceHandle,
        log: Option<LogLink>,
        nudge: Nudger,
    ) -> Self {
        CompanyHub {
            nudge,
            company,
            metrics,
            persistence,
            register: Register::default(),
            seq: 0,
            shared: log.map(Shared::new),
            sessions: HashMap::new(),
            last_seq: 0,
            book: None,
            viewing: HashMap::new(),
            digest_due: false,
            presence: HashMap::new(),
            last_active: HashMap::new(),
            board: PresenceBoard::default(),
        }
    }

    /// The agent's presence on this process is now `status`: their presence over time
    /// records it.
    fn attend(&mut self, agent: &AgentId, status: Availability, ctx: &mut Context<Self>) {
        self.register.set(&self.company, agent, status, now());
        self.write_attendance(ctx);
    }

    /// Writes what the register holds, one batch at a time.
    fn write_attendance(&mut self, ctx: &mut Context<Self>) {
        let Some(batch) = self.register.next_batch() else {
            return;
        };
        let ops = batch.iter().cloned().map(WriteOp::Presence).collect();
        let persistence = self.persistence.clone();
        let company = self.company.clone();
        let write = async move {
            let results = persistence.commit(ops).await;
            let failed = match results {
                Ok(results) => results.iter().any(|r| r != &WriteResult::Applied),
                Err(_) => true,
            };
            if failed {
                tracing::warn!(company_id = %company, "presence not recorded; trying again later");
            }
            failed.then_some(batch)
        };
        ctx.spawn(write.into_actor(self).map(|refused, act, ctx| {
            let retry_now = refused.is_none();
            act.register.written(refused);
            if retry_now {
                act.write_attendance(ctx);
            }
        }));
    }

    fn broadcast(&mut self, event: Event, ctx: &mut Context<Self>) {
        if crate::events_log::concerns_routing(event.name()) {
            (self.nudge)(&self.company);
        }
        if self.shared.is_some() {
            self.share(event.payload(), ctx);
        } else {
            self.seq += 1;
            let frame = event.encode(self.seq);
            self.fan_out(frame, ctx);
        }
    }

    /// An agent's new presence: broadcast now, or coalesced with what follows.
    fn present(&mut self, agent: AgentId, facet: Facet, event: Event, ctx: &mut Context<Self>) {
        let room = self.room_for_presence();
        let release = self.board.offer(&agent, facet, event, Instant::now(), room);
        self.release(agent, facet, release, ctx);
    }

    fn release(&mut self, agent: AgentId, facet: Facet, release: Release, ctx: &mut Context<Self>) {
        match release {
            Release::Now(event) => self.broadcast(*event, ctx),
            Release::After(delay) => {
                ctx.run_later(delay, move |act, ctx| {
                    let room = act.room_for_presence();
                    let release = act.board.flush(&agent, facet, Instant::now(), room);
                    act.release(agent, facet, release, ctx);
                });
            }
            Release::Nothing => {}
        }
    }

    /// An agent with a session here is now `status` (available or away): recorded over time
    /// and told to the company, coalesced.
    fn choose(&mut self, agent: AgentId, status: Availability, ctx: &mut Context<Self>) {
        self.presence.insert(agent.clone(), status);
        self.attend(&agent, status, ctx);
        self.present(
            agent.clone(),
            Facet::Availability,
            Event::AgentAvailabilityChanged {
                agent_id: agent,
                status,
            },
            ctx,
        );
    }

    /// The server set `agent` away for a reason every process applies (a customer left
    /// unanswered): if they are available here, they are away now.
    fn away_from_frame(&mut self, frame: &str, ctx: &mut Context<Self>) {
        let Ok(parsed) = serde_json::from_str::<serde_json::Value>(frame) else {
            return;
        };
        if parsed["data"]["reason"] != "unanswered" {
            return;
        }
        let Some(agent) = parsed["data"]["agent_id"].as_str().map(AgentId::new) else {
            return;
        };
        if self.presence.get(&agent) == Some(&Availability::Available) {
            self.choose(agent, Availability::Away, ctx);
        }
    }

    /// Presence waits while the shared log is behind: real events go first.
    fn room_for_presence(&self) -> bool {
        self.shared.as_ref().is_none_or(Shared::room_for_presence)
    }

    /// Sends one encoded frame to every session of the company on this process.
    fn fan_out(&mut self, frame: String, ctx: &mut Context<Self>) {
        if let Some(agent) = crate::events_log::arrival(&frame) {
            self.board.arrived(&agent);
        }
        if crate::events_log::type_of(&frame) == Some("agent_auto_away") {
            self.away_from_frame(&frame, ctx);
        }
        // Another process's changes reach this one's router here.
        if self.shared.is_some()
            && crate::events_log::type_of(&frame).is_some_and(crate::events_log::concerns_routing)
        {
            (self.nudge)(&self.company);
        }
        self.metrics.broadcasts.inc();
        self.deliver(frame, ctx);
    }

    /// After a session of `agent` is gone: if it was the last one, the agent is offline.
    fn left(&mut self, agent: &AgentId, ctx: &mut Context<Self>) {
        if !self.sessions.values().any(|s| &s.agent == agent)
            && self.presence.remove(agent).is_some()
        {
            self.last_active.remove(agent);
            self.viewing.remove(agent);
            self.attend(agent, Availability::Offline, ctx);
            self.board.forget_viewing(agent);
            self.present(
                agent.clone(),
                Facet::Availability,
                Event::AgentAvailabilityChanged {
                    agent_id: agent.clone(),
                    status: Availability::Offline,
                },
                ctx,
            );
        }
    }
}

impl Actor for CompanyHub {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Self::Context) {
        ctx.set_mailbox_capacity(1 << 16);
        if self.shared.is_some() {
            ctx.run_interval(shared::POLL_EVERY, |act, ctx| act.tick(ctx));
        }
        ctx.run_interval(crate::attendance::REFRESH_EVERY, |act, ctx| {
            act.register.refresh(now());
            act.write_attendance(ctx);
        });
    }
}

impl Handler<Connect> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: Connect, ctx: &mut Self::Context) {
        let first = self.sessions.is_empty();
        self.sessions.insert(
            msg.session,
            Session {
                agent: msg.agent.clone(),
                recipient: msg.recipient,
                feeds: scope::Feeds::default(),
                seq: None,
                digest: scope::Digest::default(),
            },
        );
        if first {
            // Start reading the shared log now, before this session's own events.
            self.read_log(ctx);
        }
        self.last_active.insert(msg.agent.clone(), Instant::now());
        if !self.presence.contains_key(&msg.agent) {
            self.choose(msg.agent, Availability::Available, ctx);
        }
    }
}

impl Handler<Disconnect> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: Disconnect, ctx: &mut Self::Context) {
        if let Some(session) = self.sessions.remove(&msg.session) {
            self.left(&session.agent, ctx);
            self.keep_book(ctx);
        }
    }
}

impl Handler<Subscribe> for CompanyHub {
    type Result = MessageResult<Subscribe>;

    fn handle(&mut self, msg: Subscribe, ctx: &mut Self::Context) -> Self::Result {
        MessageResult(self.subscribe(msg.session, msg.feed, msg.on, ctx))
    }
}

impl Handler<Publish> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: Publish, ctx: &mut Self::Context) {
        self.broadcast(msg.event, ctx);
    }
}

impl Handler<SetAvailability> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: SetAvailability, ctx: &mut Self::Context) {
        let status = match msg.status {
            // "offline" is what the hub derives from having no session; it cannot be chosen.
            Availability::Offline => Availability::Away,
            chosen => chosen,
        };
        self.last_active.insert(msg.agent.clone(), Instant::now());
        self.choose(msg.agent, status, ctx);
    }
}

impl Handler<Active> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: Active, _ctx: &mut Self::Context) {
        if self.presence.contains_key(&msg.agent) {
            self.last_active.insert(msg.agent, Instant::now());
        }
    }
}

impl Handler<AwayIfIdle> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: AwayIfIdle, ctx: &mut Self::Context) {
        let idle: Vec<AgentId> = self
            .presence
            .iter()
            .filter(|(agent, status)| {
                **status == Availability::Available
                    && self
                        .last_active
                        .get(*agent)
                        .is_none_or(|at| at.elapsed() >= msg.after)
            })
            .map(|(agent, _)| agent.clone())
            .collect();
        for agent in idle {
            self.choose(agent.clone(), Availability::Away, ctx);
            self.broadcast(
                Event::AgentAutoAway {
                    agent_id: agent,
                    reason: AwayReason::Inactive,
                },
                ctx,
            );
        }
    }
}

impl Handler<SetViewing> for CompanyHub {
    type Result = ();

    fn handle(&mut self, msg: SetViewing, ctx: &mut Self::Context) {
        let (page_id, customer_id) = match msg.customer {
            Some(key) => {
                self.viewing.insert(msg.agent.clone(), key.clone());
                (Some(key.page), Some(key.customer))
            }
            None => {
                self.viewing.remove(&msg.agent);
                (None, None)
            }
        };
        self.last_active.insert(msg.agent.clone(), Instant::now());
        self.present(
            msg.agent.clone(),
            Facet::Viewing,
            Event::AgentViewing {
                agent_id: msg.agent,
                agent_name: msg.agent_name,
                customer_id,
                page_id,
            },
            ctx,
        );
    }
}

impl Handler<Presence> for CompanyHub {
    type Result = MessageResult<Presence>;

    fn handle(&mut self, _msg: Presence, _ctx: &mut Self::Context) -> Self::Result {
        MessageResult(self.presence.clone())
    }
}

#[cfg(test)]
impl CompanyHub {
    /// A hub of "acme" that writes presence over time to an embedded store in `dir`.
    fn for_tests(dir: &std::path::Path, log: Option<LogLink>) -> (Self, PersistenceHandle) {
        let store = crate::persistence::store::EmbeddedStore::open(dir).expect("store");
        let metrics = Arc::new(Metrics::new());
        let persistence = PersistenceHandle::start(Arc::new(store), metrics.clone());
        let hub = CompanyHub::new(
            CompanyId::new("acme"),
            metrics,
            persistence.clone(),
            log,
            Arc::new(|_: &CompanyId| {}),
        );
        (hub, persistence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A fake session that records what it receives.
    struct Probe(Arc<Mutex<Vec<String>>>);
    impl Actor for Probe {
        type Context = Context<Self>;
    }
    impl Handler<AgentEvent> for Probe {
        type Result = ();
        fn handle(&mut self, msg: AgentEvent, _: &mut Context<Self>) {
            if let AgentEvent::Broadcast(frame) = msg {
                self.0.lock().expect("lock").push(frame.to_string());
            }
        }
    }

    #[actix_rt::test]
    async fn broadcasts_reach_every_session_with_consecutive_seq() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hub = CompanyHub::for_tests(dir.path(), None).0.start();
        let seen_a = Arc::new(Mutex::new(Vec::new()));
        let seen_b = Arc::new(Mutex::new(Vec::new()));
        for (agent, seen) in [("a", &seen_a), ("b", &seen_b)] {
            let probe = Probe(seen.clone()).start();
            hub.send(Connect {
                session: next_session_id(),
                agent: AgentId::new(agent),
                recipient: probe.recipient(),
            })
            .await
            .expect("connect");
        }
        hub.send(SetAvailability {
            agent: AgentId::new("a"),
            status: Availability::Away,
        })
        .await
        .expect("set");
        let presence = hub.send(Presence).await.expect("presence");
        assert_eq!(presence.get(&AgentId::new("a")), Some(&Availability::Away));
        assert_eq!(
            presence.get(&AgentId::new("b")),
            Some(&Availability::Available)
        );
        // a's change comes within AVAILABILITY_INTERVAL of its arrival: it waits that long.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while seen_b.lock().expect("lock").len() < 2 && std::time::Instant::now() < deadline {
            actix_rt::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let seqs = |seen: &Arc<Mutex<Vec<String>>>| -> Vec<u64> {
            seen.lock()
                .expect("lock")
                .iter()
                .map(|f| {
                    serde_json::from_str::<serde_json::Value>(f).expect("json")["seq"]
                        .as_u64()
                        .expect("seq")
                })
                .collect()
        };
        // a saw its own arrival (1), b's (2) and the availability change (3); b saw 2 and 3.
        assert_eq!(seqs(&seen_a), vec![1, 2, 3]);
        assert_eq!(seqs(&seen_b), vec![2, 3]);
    }

    /// An assignment change of customer `c` of "acme" at `version`.
    fn assigned(version: u64) -> Event {
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: crate::ids::PageId::new("p1"),
            customer: crate::ids::CustomerId::new("c"),
        };
        let mut customer = crate::model::Customer::new(&key, "Page", now(), now());
        customer.stop = true;
        customer.agent_id = Some(AgentId::new("b"));
        customer.version = version;
        Event::AgentAssignmentChanged {
            customer: crate::events::CustomerView::new(customer, now(), None),
            action: crate::events::AssignmentAction::Assigned,
        }
    }

    #[actix_rt::test]
    async fn a_digest_session_gets_one_merged_frame_numbered_on_from_the_company() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hub = CompanyHub::for_tests(dir.path(), None).0.start();
        let (digest, full) = (
            Arc::new(Mutex::new(Vec::new())),
            Arc::new(Mutex::new(Vec::new())),
        );
        let mut ids = Vec::new();
        for (agent, seen) in [("a", &digest), ("b", &full)] {
            let session = next_session_id();
            ids.push(session);
            hub.send(Connect {
                session,
                agent: AgentId::new(agent),
                recipient: Probe(seen.clone()).start().recipient(),
            })
            .await
            .expect("connect");
        }
        let feeds = hub
            .send(Subscribe {
                session: ids[0],
                feed: scope::Feed::QueueDigest,
                on: true,
            })
            .await
            .expect("subscribe");
        assert!(feeds.queue_digest && feeds.messages);
        // Four changes of one customer, queued at once: well inside one digest tick.
        for version in [3, 4, 6, 5] {
            hub.do_send(Publish {
                event: assigned(version),
            });
        }
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let frames = |seen: &Arc<Mutex<Vec<String>>>| -> Vec<serde_json::Value> {
            seen.lock()
                .expect("lock")
                .iter()
                .map(|f| serde_json::from_str(f).expect("json"))
                .collect()
        };
        while !frames(&digest)
            .iter()
            .any(|f| f["type"] == "customers_changed")
            && std::time::Instant::now() < deadline
        {
            actix_rt::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let got = frames(&digest);
        let merged: Vec<_> = got
            .iter()
            .filter(|f| f["type"] == "customers_changed")
            .collect();
        assert_eq!(merged.len(), 1, "{got:#?}");
        let customers = merged[0]["data"]["customers"].as_array().expect("list");
        assert_eq!(customers.len(), 1);
        assert_eq!(customers[0]["version"], 6, "the newest view wins");
        let seqs: Vec<u64> = got.iter().filter_map(|f| f["seq"].as_u64()).collect();
        assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "{seqs:?}");
        // The full-feed session got all four, under the company's numbers.
        let full = frames(&full);
        let changes = full
            .iter()
            .filter(|f| f["type"] == "agent_assignment_changed")
            .count();
        assert_eq!(changes, 4, "{full:#?}");
        assert!(!full.iter().any(|f| f["type"] == "customers_changed"));
    }

    #[actix_rt::test]
    async fn presence_over_time_is_written_as_it_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (hub, persistence) = CompanyHub::for_tests(dir.path(), None);
        let hub = hub.start();
        let a = AgentId::new("a");
        let started = now();
        let session = next_session_id();
        let probe = Probe(Arc::new(Mutex::new(Vec::new()))).start();
        hub.send(Connect {
            session,
            agent: a.clone(),
            recipient: probe.recipient(),
        })
        .await
        .expect("connect");
        hub.send(SetAvailability {
            agent: a.clone(),
            status: Availability::Away,
        })
        .await
        .expect("set");
        hub.send(Disconnect { session }).await.expect("disconnect");

        let period = crate::persistence::store::Period {
            from: started,
            to: now() + chrono::TimeDelta::seconds(1),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let stretches = loop {
            let found = persistence
                .presence(&CompanyId::new("acme"), period)
                .await
                .expect("read");
            if found.len() == 2 && found.iter().all(|s| s.ended_at.is_some()) {
                break found;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "not written: {found:?}"
            );
            actix_rt::time::sleep(std::time::Duration::from_millis(20)).await;
        };
        // Both may start in the same millisecond: tell them apart by status.
        let of = |status| {
            stretches
                .iter()
                .find(|s| s.status == status)
                .unwrap_or_else(|| panic!("no {status:?} stretch: {stretches:?}"))
        };
        let (available, away) = (of(Availability::Available), of(Availability::Away));
        assert_eq!(available.ended_at, Some(away.started_at));
        assert!(away.ended_at >= Some(away.started_at));
        assert!(stretches.iter().all(|s| s.agent_id == a));
    }
}
