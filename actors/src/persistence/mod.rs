//! The Persistence actor: the only owner of the [`Store`].
//!
//! It takes [`Commit`] and [`Read`]. Commits that arrive while a commit is in flight wait
//! and then go to the store together: one transaction and one fsync on the embedded store,
//! concurrent writes on MongoDB. Each caller is answered with the outcome of its own writes,
//! only when they are durable.

pub mod messages;

use crate::error::StoreError;
use crate::metrics::Metrics;
use crate::store::{BatchResults, Store, WriteOp, WriteResult};
use actix::prelude::*;
pub use messages::{Commit, Read};
use std::sync::Arc;
use tokio::sync::oneshot;

/// The most writes one commit carries; more wait for the next one.
const MAX_BATCH: usize = 2048;

type Reply = oneshot::Sender<Result<Vec<WriteResult>, StoreError>>;

pub struct Persistence {
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
        Box::pin(async move {
            rx.await
                .unwrap_or_else(|_| Err(StoreError::Unavailable("persistence stopped".into())))
        })
    }
}

impl<T: Send + 'static> Handler<Read<T>> for Persistence {
    type Result = ResponseFuture<Result<T, StoreError>>;

    fn handle(&mut self, msg: Read<T>, _ctx: &mut Self::Context) -> Self::Result {
        (msg.query)(self.store.clone())
    }
}

/// A typed front for callers: `persistence.commit(ops)`, `persistence.read(|s| ...)`.
#[derive(Clone)]
pub struct PersistenceHandle {
    addr: Addr<Persistence>,
}

impl PersistenceHandle {
    pub fn start(store: Arc<dyn Store>, metrics: Arc<Metrics>) -> Self {
        PersistenceHandle {
            addr: Persistence::new(store, metrics).start(),
        }
    }

    pub async fn commit(&self, ops: Vec<WriteOp>) -> Result<Vec<WriteResult>, StoreError> {
        self.addr
            .send(Commit { ops })
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }

    /// Commits one op and returns its result.
    pub async fn commit_one(&self, op: WriteOp) -> Result<WriteResult, StoreError> {
        self.commit(vec![op])
            .await?
            .pop()
            .ok_or_else(|| StoreError::Unavailable("store returned no result".into()))
    }

    pub async fn read<T, F>(&self, query: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(
                Arc<dyn Store>,
            ) -> futures_util::future::BoxFuture<'static, Result<T, StoreError>>
            + Send
            + 'static,
    {
        self.addr
            .send(Read {
                query: Box::new(query),
            })
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }
}

/// The shared event log, served by the store through this actor.
#[async_trait::async_trait]
impl crate::events_log::EventLog for PersistenceHandle {
    async fn append(
        &self,
        company: &crate::ids::CompanyId,
        payload: &str,
    ) -> Result<u64, StoreError> {
        let (company, payload) = (company.clone(), payload.to_owned());
        self.read(move |store| {
            Box::pin(async move { store.append_event(&company, &payload).await })
        })
        .await
    }

    async fn after(
        &self,
        company: &crate::ids::CompanyId,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<(u64, String)>, StoreError> {
        let company = company.clone();
        self.read(move |store| {
            Box::pin(async move { store.events_after(&company, seq, limit).await })
        })
        .await
    }

    async fn latest(&self, company: &crate::ids::CompanyId) -> Result<u64, StoreError> {
        let company = company.clone();
        self.read(move |store| Box::pin(async move { store.latest_event(&company).await }))
            .await
    }

    async fn skip(&self, company: &crate::ids::CompanyId) -> Result<u64, StoreError> {
        let company = company.clone();
        self.read(move |store| Box::pin(async move { store.skip_event(&company).await }))
            .await
    }
}
