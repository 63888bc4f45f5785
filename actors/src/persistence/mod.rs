//! The Persistence actor: the only owner of the [`Store`].
//!
//! It takes [`Commit`] and one typed message per read (`messages.rs`); nothing else holds
//! the store, whose port and implementations live beside it (`store/`). Commits that arrive while a commit is in flight wait
//! and then go to the store together: one transaction and one fsync on the embedded store,
//! concurrent writes on MongoDB. Each caller is answered with the outcome of its own writes,
//! only when they are durable.

mod messages;
pub mod store;

use crate::attendance::Stretch;
use crate::error::StoreError;
use crate::events_log::EventLog;
use crate::handoff::HandoffRecord;
use crate::ids::{CompanyId, CustomerId, CustomerKey};
use crate::metrics::Metrics;
use crate::model::{
    AuditEntry, AuditQuery, CompanyRecord, Customer, MessageRecord, SessionRecord, Tenants,
};
use actix::prelude::*;
use chrono::{DateTime, Utc};
use messages::*;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use store::{
    BatchResults, CustomerQuery, EventStream, MessageWindow, Period, Store, WriteOp, WriteResult,
};
use tokio::sync::oneshot;

/// The most writes one commit carries; more wait for the next one.
const MAX_BATCH: usize = 2048;

type Reply = oneshot::Sender<Result<Vec<WriteResult>, StoreError>>;

pub(crate) struct Persistence {
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
    pending: Vec<(Vec<WriteOp>, Reply)>,
    /// Commits on their way to the store, and how many may be.
    in_flight: usize,
    at_once: usize,
}

impl Persistence {
    pub fn new(store: Arc<dyn Store>, metrics: Arc<Metrics>) -> Self {
        Persistence {
            at_once: store.commits_at_once().max(1),
            store,
            metrics,
            pending: Vec::new(),
            in_flight: 0,
        }
    }

    /// Starts commits while the store takes more: with one at a time, everything waiting
    /// goes as one batch (group commit), and the next batch gathers meanwhile; with more,
    /// each caller's ops go on their own.
    fn flush(&mut self, ctx: &mut Context<Self>) {
        while self.in_flight < self.at_once && !self.pending.is_empty() {
            self.commit_next(ctx);
        }
    }

    /// Commits the next batch; when it is durable, answers each of its callers.
    fn commit_next(&mut self, ctx: &mut Context<Self>) {
        let mut taken = 0;
        let mut split = 0;
        for (ops, _) in &self.pending {
            if taken > 0 && (self.at_once > 1 || taken + ops.len() > MAX_BATCH) {
                break;
            }
            taken += ops.len();
            split += 1;
        }
        let batch: Vec<_> = self.pending.drain(..split).collect();
        self.in_flight += 1;

        let mut ops = Vec::with_capacity(taken);
        let mut replies = Vec::with_capacity(batch.len());
        for (mut group, reply) in batch {
            replies.push((group.len(), reply));
            ops.append(&mut group);
        }
        let store = self.store.clone();
        self.metrics.store_commits.inc();
        self.metrics.store_writes.inc_by(taken as u64);
        let commit = async move { store.commit(ops).await };
        ctx.spawn(
            commit
                .into_actor(self)
                .map(move |results: BatchResults, act, ctx| {
                    let mut results = results.into_iter();
                    for (n, reply) in replies {
                        let mine: Result<Vec<WriteResult>, StoreError> =
                            results.by_ref().take(n).collect();
                        if let Err(err) = &mine {
                            tracing::error!(error = %err, "write failed");
                        }
                        let _ = reply.send(mine);
                    }
                    act.in_flight -= 1;
                    act.flush(ctx);
                }),
        );
    }
}

impl Actor for Persistence {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Self::Context) {
        // Writers wait on their replies, so the mailbox itself need not bound them.
        ctx.set_mailbox_capacity(1 << 16);
    }
}

impl Handler<Commit> for Persistence {
    type Result = ResponseFuture<Result<Vec<WriteResult>, StoreError>>;

    fn handle(&mut self, msg: Commit, ctx: &mut Self::Context) -> Self::Result {
        let (tx, rx) = oneshot::channel();
        self.pending.push((msg.ops, tx));
        self.flush(ctx);
        Box::pin(async move { rx.await.unwrap_or(Err(StoreError::Stopped)) })
    }
}

/// Answers a read message with one store call, run concurrently with other reads and with
/// commits.
macro_rules! reads {
    ($($msg:ty => |$store:ident, $m:ident| $call:expr;)*) => {$(
        impl Handler<$msg> for Persistence {
            type Result = ResponseFuture<<$msg as Message>::Result>;

            fn handle(&mut self, $m: $msg, _ctx: &mut Self::Context) -> Self::Result {
                let $store = self.store.clone();
                Box::pin(async move {
                    let result = $call.await;
                    if let Err(err) = &result {
                        tracing::error!(error = %err, "store read failed");
                    }
                    result
                })
            }
        }
    )*};
}

reads! {
    ReadCustomer => |store, m| store.customer(&m.key);
    FindCustomer => |store, m| store.customers_by_id(&m.company, &m.customer);
    ListCustomers => |store, m| store.list_customers(&m.company, &m.query);
    ReadMessages => |store, m| store.messages(&m.key, m.window);
    ReadAudit => |store, m| store.audit(&m.company, &m.query);
    ReadHandoffs => |store, m| store.handoffs(&m.company, m.period);
    ReadPresence => |store, m| store.presence(&m.company, m.period);
    ReadConversations => |store, m| store.conversations(&m.company, m.period);
    ReadTallies => |store, m| store.tallies(&m.company, m.period);
    ReadSession => |store, m| store.session(&m.token_hash);
    ReadTenants => |store, _m| store.tenants();
    ReadCompany => |store, m| store.company(&m.company);
    PurgeSessions => |store, m| store.purge_sessions(m.before);
    AppendEvent => |store, m| store.append_event(&m.company, &m.payload);
    SkipEvent => |store, m| store.skip_event(&m.company);
    TakeLease => |store, m| store.lease(&m.name, &m.holder, m.ttl);
    EventsAfter => |store, m| store.events_after(&m.company, m.seq, m.limit);
    LatestEvent => |store, m| store.latest_event(&m.company);
    PruneEvents => |store, m| store.prune_events(m.before);
    WatchEvents => |store, _m| store.watch_events();
}

/// A store opened for the engine ([`crate::Engine::start`]): only the persistence actor
/// ever calls it.
pub struct Storage(Arc<dyn Store>);

impl Storage {
    /// The embedded store in `dir` (created if missing).
    pub fn embedded(dir: &Path) -> Result<Storage, StoreError> {
        Ok(Storage(Arc::new(store::EmbeddedStore::open(dir)?)))
    }

    /// A MongoDB database, shared with every process that uses it.
    pub async fn mongo(
        uri: &str,
        database: &str,
        durability: store::mongo::Durability,
        timeout: Duration,
    ) -> Result<Storage, StoreError> {
        let store = store::MongoStore::connect(uri, database, durability, timeout).await?;
        Ok(Storage(Arc::new(store)))
    }

    pub(crate) fn into_inner(self) -> Arc<dyn Store> {
        self.0
    }
}

impl From<Arc<dyn Store>> for Storage {
    fn from(store: Arc<dyn Store>) -> Self {
        Storage(store)
    }
}

/// A typed front for callers: `persistence.commit(ops)`, `persistence.customer(&key)`, ...
#[derive(Clone)]
pub(crate) struct PersistenceHandle {
    addr: Addr<Persistence>,
}

impl PersistenceHandle {
    pub fn start(store: Arc<dyn Store>, metrics: Arc<Metrics>) -> Self {
        PersistenceHandle {
            addr: Persistence::new(store, metrics).start(),
        }
    }

    /// Sends `msg` and waits for its answer.
    async fn ask<M, T>(&self, msg: M) -> Result<T, StoreError>
    where
        M: Message<Result = Result<T, StoreError>> + Send + 'static,
        T: Send + 'static,
        Persistence: Handler<M>,
    {
        self.addr.send(msg).await.map_err(|err| {
            tracing::error!(error = %err, "persistence actor did not answer");
            StoreError::Stopped
        })?
    }

    pub async fn commit(&self, ops: Vec<WriteOp>) -> Result<Vec<WriteResult>, StoreError> {
        self.ask(Commit { ops }).await
    }

    /// Commits one op and returns its result.
    pub async fn commit_one(&self, op: WriteOp) -> Result<WriteResult, StoreError> {
        self.commit(vec![op])
            .await?
            .pop()
            .ok_or_else(|| StoreError::Unavailable("store returned no result".into()))
    }

    pub async fn customer(&self, key: &CustomerKey) -> Result<Option<Customer>, StoreError> {
        self.ask(ReadCustomer { key: key.clone() }).await
    }

    pub async fn customers_by_id(
        &self,
        company: &CompanyId,
        customer: &CustomerId,
    ) -> Result<Vec<Customer>, StoreError> {
        let (company, customer) = (company.clone(), customer.clone());
        self.ask(FindCustomer { company, customer }).await
    }

    pub async fn list_customers(
        &self,
        company: &CompanyId,
        query: CustomerQuery,
    ) -> Result<(Vec<Customer>, u64), StoreError> {
        let company = company.clone();
        self.ask(ListCustomers { company, query }).await
    }

    pub async fn messages(
        &self,
        key: &CustomerKey,
        limit: usize,
        before: Option<DateTime<Utc>>,
    ) -> Result<Vec<MessageRecord>, StoreError> {
        let key = key.clone();
        let window = MessageWindow { limit, before };
        self.ask(ReadMessages { key, window }).await
    }

    pub async fn audit(
        &self,
        company: &CompanyId,
        query: AuditQuery,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError> {
        let company = company.clone();
        self.ask(ReadAudit { company, query }).await
    }

    pub async fn handoffs(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HandoffRecord>, StoreError> {
        let company = company.clone();
        self.ask(ReadHandoffs { company, period }).await
    }

    pub async fn tallies(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<store::TallyRow>, StoreError> {
        let company = company.clone();
        self.ask(ReadTallies { company, period }).await
    }

    pub async fn conversations(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<store::HourCount>, StoreError> {
        let company = company.clone();
        self.ask(ReadConversations { company, period }).await
    }

    pub async fn presence(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<Stretch>, StoreError> {
        let company = company.clone();
        self.ask(ReadPresence { company, period }).await
    }

    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let token_hash = token_hash.to_owned();
        self.ask(ReadSession { token_hash }).await
    }

    pub async fn tenants(&self) -> Result<Tenants, StoreError> {
        self.ask(ReadTenants).await
    }

    pub async fn purge_sessions(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.ask(PurgeSessions { before }).await
    }

    pub async fn prune_events(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.ask(PruneEvents { before }).await
    }

    /// One company's record as stored now.
    pub async fn company(&self, company: &CompanyId) -> Result<Option<CompanyRecord>, StoreError> {
        let company = company.clone();
        self.ask(ReadCompany { company }).await
    }

    /// Takes or keeps the lease `name` for `holder` (see `Store::lease`).
    pub async fn lease(
        &self,
        name: &str,
        holder: &str,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        let (name, holder) = (name.to_owned(), holder.to_owned());
        self.ask(TakeLease { name, holder, ttl }).await
    }

    pub async fn watch_events(&self) -> Result<Option<EventStream>, StoreError> {
        self.ask(WatchEvents).await
    }
}

/// The shared event log, served by the store through this actor.
#[async_trait::async_trait]
impl EventLog for PersistenceHandle {
    async fn append(&self, company: &CompanyId, payload: &str) -> Result<u64, StoreError> {
        let (company, payload) = (company.clone(), payload.to_owned());
        self.ask(AppendEvent { company, payload }).await
    }

    async fn after(
        &self,
        company: &CompanyId,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<(u64, String)>, StoreError> {
        let company = company.clone();
        self.ask(EventsAfter {
            company,
            seq,
            limit,
        })
        .await
    }

    async fn latest(&self, company: &CompanyId) -> Result<u64, StoreError> {
        let company = company.clone();
        self.ask(LatestEvent { company }).await
    }

    async fn skip(&self, company: &CompanyId) -> Result<u64, StoreError> {
        let company = company.clone();
        self.ask(SkipEvent { company }).await
    }
}
