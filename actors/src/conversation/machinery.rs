//! The write machinery of a conversation: the actor's state, and how one operation reads the
//! customer, decides, and writes the decision with a compare-and-set on `version`, deciding
//! again when another process changed the customer meanwhile.

use super::episode::{self, Timings};
use super::messages::Outcome;
use super::outbound::Outbound;
use crate::directory::Directory;
use crate::error::ActorError;
use crate::events::{CustomerView, Event};
use crate::handoff::HandoffRecord;
use crate::hub::Hubs;
use crate::hub::Publish;
use crate::ids::CustomerKey;
use crate::metrics::Metrics;
use crate::model::{now, AgentRef, AuditEntry, Customer, MessageRecord};
use crate::outbox::PageAccess;
use crate::outbox::{Bot, Messenger};
use crate::persistence::store::{CustomerWrite, WriteOp, WriteResult};
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use dashmap::DashMap;
use std::time::Duration;

use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

/// What every conversation actor shares.
pub(crate) struct Deps {
    pub persistence: PersistenceHandle,
    /// Other processes may write the store (MongoDB): a cached customer may be stale, and a
    /// customer write is several steps rather than one transaction.
    pub shared: bool,
    /// This process, as the owner of the agent messages it sends (random at every start).
    pub instance: String,
    pub hubs: Arc<Hubs>,
    /// The tenants, for settings that may change while the conversation runs.
    pub directory: Arc<Directory>,
    pub messenger: Arc<dyn Messenger>,
    pub bot: Arc<dyn Bot>,
    pub metrics: Arc<Metrics>,
    pub conversations: Arc<DashMap<CustomerKey, Addr<Conversation>>>,
    /// A conversation with no activity for this long stops (it reloads on the next message).
    pub idle_after: Duration,
    /// Show the typing indicator before each agent message.
    pub typing_indicator: bool,
}

/// How messages typed in Meta's Page inbox are attributed.
pub const INBOX_AGENT_NAME: &str = "Page inbox";

/// How often a compare-and-set may lose to another process before giving up.
pub(super) const MAX_CAS_ATTEMPTS: usize = 16;

/// The customer as this actor last saw it in the store.
#[derive(Clone, Default)]
pub(super) struct Snapshot {
    pub(super) loaded: bool,
    pub(super) customer: Option<Customer>,
}

/// What one operation needs, cloned out of the actor so its async part borrows nothing.
#[derive(Clone)]
pub(super) struct Op {
    pub(super) key: CustomerKey,
    pub(super) page: Arc<PageAccess>,
    pub(super) deps: Arc<Deps>,
}

/// A decision: the next document (`None`: unchanged) and what to record with it.
#[derive(Default)]
pub(super) struct Plan {
    pub(super) customer: Option<Customer>,
    /// Recorded with the document (which lists their ids).
    pub(super) messages: Vec<MessageRecord>,
    /// The store must check its history for the first message's id.
    pub(super) require_new: bool,
    pub(super) audit: Option<AuditEntry>,
    /// Messages the document lists but the history may lack (a failure struck between
    /// the two): recorded again, idempotently, where the store is not one transaction.
    pub(super) repair: Vec<MessageRecord>,
    /// A finished handoff written again with the change (its satisfaction answer).
    pub(super) rated: Option<HandoffRecord>,
    /// The change begins a conversation of the customer (counted by the store).
    pub(super) conversation: bool,
}

/// Whose view a decision is taken on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Read {
    /// The cached customer will do: the compare-and-set catches a stale one.
    Cached,
    /// Read the current version first (agent decisions, and checks before a send): a
    /// decision that changes nothing writes nothing, so nothing else would catch it.
    Fresh,
}

pub(super) enum Written {
    Changed(Customer),
    Unchanged(Option<Customer>),
    DuplicateMessage,
}

impl Op {
    pub(super) fn publish(&self, event: Event) {
        self.deps
            .hubs
            .get(&self.key.company)
            .do_send(Publish { event });
    }

    pub(super) fn view(&self, customer: &Customer) -> CustomerView {
        CustomerView::new(customer.clone(), now(), None)
    }

    /// Writes a standalone audit entry; a failure is logged, never hidden from the caller's
    /// result (which is already an error).
    pub(super) async fn audit(&self, entry: AuditEntry) {
        let op = WriteOp::Audit {
            company: self.key.company.clone(),
            entry,
        };
        if let Err(err) = self.deps.persistence.commit_one(op).await {
            tracing::error!(customer = %self.key, error = %err, "audit entry not written");
        }
    }

    /// Decides with `decide` on the current state and writes the result with
    /// compare-and-set, reloading and deciding again when another writer got there first.
    pub(super) async fn write_through<D>(
        &self,
        snap: &mut Snapshot,
        read: Read,
        mut decide: D,
    ) -> Result<Written, ActorError>
    where
        D: FnMut(Option<&Customer>) -> Result<Plan, ActorError>,
    {
        if read == Read::Fresh && self.deps.shared {
            snap.loaded = false;
        }
        for _ in 0..MAX_CAS_ATTEMPTS {
            if !snap.loaded {
                snap.customer = self.deps.persistence.customer(&self.key).await?;
                snap.loaded = true;
            }
            let plan = decide(snap.customer.as_ref())?;
            let Some(mut next) = plan.customer else {
                let mut ops = Vec::new();
                if self.deps.shared {
                    ops.extend(
                        plan.repair
                            .into_iter()
                            .map(|message| WriteOp::AppendMessage {
                                key: self.key.clone(),
                                message,
                            }),
                    );
                }
                if let Some(entry) = plan.audit {
                    ops.push(WriteOp::Audit {
                        company: self.key.company.clone(),
                        entry,
                    });
                }
                if !ops.is_empty() {
                    self.deps.persistence.commit(ops).await?;
                }
                return Ok(Written::Unchanged(snap.customer.clone()));
            };
            let expected_version = snap.customer.as_ref().map_or(0, |c| c.version);
            next.version = expected_version + 1;
            let asks = self.page.survey.is_some();
            let handoff = episode::advance(&mut next, &plan.messages, asks).or(plan.rated);
            let before = snap.customer.as_ref().and_then(|c| c.handoff.as_ref());
            let timings = Timings::of(before, next.handoff.as_ref(), handoff.as_ref());
            let write = WriteOp::Customer(Box::new(CustomerWrite {
                customer: next.clone(),
                expected_version,
                messages: plan.messages,
                require_new: plan.require_new,
                audit: plan.audit,
                handoff,
                conversation: plan.conversation,
            }));
            match self.deps.persistence.commit_one(write).await {
                Ok(WriteResult::Applied) => {
                    timings.observe(&self.deps.metrics, &self.key);
                    snap.customer = Some(next.clone());
                    return Ok(Written::Changed(next));
                }
                Ok(WriteResult::Conflict { current }) => {
                    tracing::debug!(customer = %self.key, "version conflict; reloading");
                    snap.customer = current.map(|c| *c);
                }
                Ok(WriteResult::DuplicateMessage) => return Ok(Written::DuplicateMessage),
                Err(err) => {
                    // The write may have been applied all the same: read before deciding again.
                    snap.loaded = false;
                    return Err(err.into());
                }
            }
        }
        tracing::error!(customer = %self.key, "gave up after repeated version conflicts");
        Err(ActorError::Contention)
    }

    /// An agent action: decide, write with its audit entry, or audit the refusal.
    pub(super) async fn agent_action<D>(
        &self,
        snap: &mut Snapshot,
        action: &str,
        agent: &AgentRef,
        detail: Option<serde_json::Value>,
        mut decide: D,
    ) -> Result<Outcome, ActorError>
    where
        D: FnMut(Option<&Customer>) -> Result<Option<Customer>, ActorError>,
    {
        let mut entry = AuditEntry::new(action, agent, "ok").about(&self.key);
        entry.detail = detail;
        let written = self
            .write_through(snap, Read::Fresh, |c| {
                Ok(Plan {
                    customer: decide(c)?,
                    audit: Some(entry.clone()),
                    ..Plan::default()
                })
            })
            .await;
        match written {
            Ok(Written::Changed(customer)) => Ok(Outcome {
                customer,
                changed: true,
            }),
            Ok(Written::Unchanged(Some(customer))) => Ok(Outcome {
                customer,
                changed: false,
            }),
            Ok(_) => Err(ActorError::CustomerNotFound),
            Err(err) => {
                if !err.is_failure() {
                    entry.result = err.code().to_owned();
                    self.audit(entry).await;
                }
                Err(err)
            }
        }
    }
}

pub struct Conversation {
    pub(super) key: CustomerKey,
    pub(super) page: Arc<PageAccess>,
    pub(super) deps: Arc<Deps>,
    pub(super) state: Snapshot,
    pub(super) last_active: Instant,
    /// When the User Profile API was last asked about this customer.
    pub(super) profile_asked: Option<Instant>,
    /// What goes out to this customer, in order, and who waits for it.
    pub(super) outbound: Outbound,
}

impl Conversation {
    pub(crate) fn new(key: CustomerKey, page: Arc<PageAccess>, deps: Arc<Deps>) -> Self {
        Conversation {
            key,
            page,
            deps,
            state: Snapshot::default(),
            last_active: Instant::now(),
            profile_asked: None,
            outbound: Outbound::default(),
        }
    }

    pub(super) fn op(&self) -> Op {
        Op {
            key: self.key.clone(),
            page: self.page.clone(),
            deps: self.deps.clone(),
        }
    }

    /// Runs `work` with the actor's state moved into it, and puts the state back after.
    pub(super) fn run<T, W, Fut>(
        &mut self,
        work: W,
    ) -> impl ActorFuture<Self, Output = Result<T, ActorError>>
    where
        T: 'static,
        W: FnOnce(Op, Snapshot) -> Fut,
        Fut: Future<Output = (Snapshot, Result<T, ActorError>)> + 'static,
    {
        self.last_active = Instant::now();
        let fut = work(self.op(), std::mem::take(&mut self.state));
        fut.into_actor(self).map(|(snap, result), act, ctx| {
            act.state = snap;
            // Nobody by that id: don't keep an actor for a mistyped or invented customer.
            if act.state.loaded && act.state.customer.is_none() {
                act.retire(ctx);
            }
            result
        })
    }

    /// Leaves the registry (if this actor is still the registered one) and stops.
    pub(super) fn retire(&mut self, ctx: &mut Context<Self>) {
        let me = ctx.address();
        self.deps
            .conversations
            .remove_if(&self.key, |_, addr| addr == &me);
        ctx.stop();
    }
}

impl Actor for Conversation {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Self::Context) {
        self.deps.metrics.conversations.inc();
        let idle_after = self.deps.idle_after;
        ctx.run_interval(idle_after / 4, move |act, ctx| {
            // Never while something is on its way to the customer or someone waits for it.
            if act.last_active.elapsed() >= idle_after && act.outbound.is_idle() {
                act.retire(ctx);
            }
        });
    }

    fn stopped(&mut self, _ctx: &mut Self::Context) {
        self.deps.metrics.conversations.dec();
    }
}
