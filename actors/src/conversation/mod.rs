//! Conversation: one actor per customer `(page_id, customer_id)`, started on demand and
//! stopped when idle. It owns that customer's state and serializes everything that changes
//! it: [`Inbound`] messages, [`InboxReply`], [`Assign`], [`Unassign`], [`Transfer`],
//! [`SetStop`], agent messages ([`SendMessage`], [`RetryMessage`], [`DiscardMessage`],
//! [`OwnEcho`]), and its own follow-ups (bot replies, profile names).
//!
//! Handlers that await use `AtomicResponse`: the next message starts only when the previous
//! one is written, so two agents racing for a customer are answered strictly in turn. Only
//! store reads and writes happen inside that section: calls to Facebook run in tasks of their
//! own and come back as messages (`delivery.rs`), so a slow Graph API never delays a webhook
//! or a claim.
//!
//! Every write is a compare-and-set on `version`; when another process changed the customer
//! meanwhile, the actor reloads and decides again. The cached customer is only a hint where
//! other processes write the same store: every agent decision, no-ops included, is taken on
//! a version read just before it.

mod delivery;
pub mod messages;
pub mod outgoing;
mod registry;
pub mod rules;

use crate::error::ActorError;
use crate::events::{AssignmentAction, CustomerView, Event};
use crate::hub::Publish;
use crate::ids::CustomerKey;
use crate::model::{now, AgentRef, AuditEntry, Customer, MessageRecord};
use crate::outbox::PageAccess;
use crate::persistence::store::{CustomerWrite, WriteOp, WriteResult};
use actix::prelude::*;
use delivery::Outbound;
pub use delivery::{echo_metadata, parse_echo_metadata};
pub use messages::{
    Assign, DiscardMessage, Inbound, InboundOutcome, InboxReply, Outcome, OwnEcho, RetryMessage,
    SendMessage, Sent, SetStop, Ticket, Transfer, Unassign,
};
use messages::{BotReply, ProfileFetched, RequestHuman};
pub(crate) use registry::{Conversations, Deps};
use serde_json::json;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How messages typed in Meta's Page inbox are attributed.
pub const INBOX_AGENT_NAME: &str = "Page inbox";

/// How often a compare-and-set may lose to another process before giving up.
const MAX_CAS_ATTEMPTS: usize = 16;

/// The customer as this actor last saw it in the store.
#[derive(Clone, Default)]
struct Snapshot {
    loaded: bool,
    customer: Option<Customer>,
}

/// What one operation needs, cloned out of the actor so its async part borrows nothing.
#[derive(Clone)]
struct Op {
    key: CustomerKey,
    page: Arc<PageAccess>,
    deps: Arc<Deps>,
}

/// A decision: the next document (`None`: unchanged) and what to record with it.
#[derive(Default)]
struct Plan {
    customer: Option<Customer>,
    /// Recorded with the document (which lists their ids).
    messages: Vec<MessageRecord>,
    /// The store must check its history for the first message's id.
    require_new: bool,
    audit: Option<AuditEntry>,
    /// Messages the document lists but the history may lack (a failure struck between
    /// the two): recorded again, idempotently, where the store is not one transaction.
    repair: Vec<MessageRecord>,
}

/// Whose view a decision is taken on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// The cached customer will do: the compare-and-set catches a stale one.
    Cached,
    /// Read the current version first (agent decisions, and checks before a send): a
    /// decision that changes nothing writes nothing, so nothing else would catch it.
    Fresh,
}

enum Written {
    Changed(Customer),
    Unchanged(Option<Customer>),
    DuplicateMessage,
}

impl Op {
    fn publish(&self, event: Event) {
        self.deps
            .hubs
            .get(&self.key.company)
            .do_send(Publish { event });
    }

    fn view(&self, customer: &Customer) -> CustomerView {
        CustomerView::new(customer.clone(), now(), None)
    }

    /// Writes a standalone audit entry; a failure is logged, never hidden from the caller's
    /// result (which is already an error).
    async fn audit(&self, entry: AuditEntry) {
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
    async fn write_through<D>(
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
            let write = WriteOp::Customer(Box::new(CustomerWrite {
                customer: next.clone(),
                expected_version,
                messages: plan.messages,
                require_new: plan.require_new,
                audit: plan.audit,
            }));
            match self.deps.persistence.commit_one(write).await {
                Ok(WriteResult::Applied) => {
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
    async fn agent_action<D>(
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
    key: CustomerKey,
    page: Arc<PageAccess>,
    deps: Arc<Deps>,
    state: Snapshot,
    last_active: Instant,
    /// When the User Profile API was last asked about this customer.
    profile_asked: Option<Instant>,
    /// What goes out to this customer, in order, and who waits for it.
    outbound: Outbound,
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

    fn op(&self) -> Op {
        Op {
            key: self.key.clone(),
            page: self.page.clone(),
            deps: self.deps.clone(),
        }
    }

    /// Runs `work` with the actor's state moved into it, and puts the state back after.
    fn run<T, W, Fut>(&mut self, work: W) -> impl ActorFuture<Self, Output = Result<T, ActorError>>
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
    fn retire(&mut self, ctx: &mut Context<Self>) {
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

impl Handler<Inbound> for Conversation {
    type Result = AtomicResponse<Self, Result<InboundOutcome, ActorError>>;

    fn handle(&mut self, msg: Inbound, _ctx: &mut Self::Context) -> Self::Result {
        let event = msg.event;
        let text = event.text.clone();
        let work = self.run(move |op, mut snap| async move {
            let now = now();
            let record = MessageRecord::from_customer(&event.mid, &event.text, event.timestamp);
            let mut facts = (false, false);
            let written = op
                .write_through(&mut snap, Read::Cached, |c| {
                    let Some(after) = rules::inbound(c, &op.key, &op.page.name, &event, now) else {
                        // Redelivered: the document has it. Its history may not, if a failure
                        // came between the two writes the first time.
                        return Ok(Plan {
                            repair: vec![record.clone()],
                            ..Plan::default()
                        });
                    };
                    facts = (after.first_sight, after.handoff_started);
                    Ok(Plan {
                        customer: Some(after.customer),
                        messages: vec![record.clone()],
                        require_new: after.require_new,
                        ..Plan::default()
                    })
                })
                .await;
            let (first_sight, handoff_started) = facts;
            let result = match written {
                Ok(Written::Changed(customer)) => {
                    op.deps.metrics.inbound_messages.inc();
                    op.publish(Event::NewMessage {
                        customer_id: op.key.customer.clone(),
                        page_id: op.key.page.clone(),
                        message: record,
                    });
                    if handoff_started {
                        op.deps.metrics.handoffs.inc();
                        op.publish(Event::AgentRequested {
                            customer: op.view(&customer),
                        });
                    }
                    let follow_up = FollowUp {
                        notice: handoff_started,
                        answer: !customer.stop && !event.standby,
                        first_sight,
                        unnamed: customer.customer_name.is_none(),
                    };
                    Ok((
                        InboundOutcome::Recorded { handoff_started },
                        Some(follow_up),
                    ))
                }
                Ok(_) => {
                    op.deps.metrics.duplicate_messages.inc();
                    Ok((InboundOutcome::Duplicate, None))
                }
                Err(err) => Err(err),
            };
            (snap, result)
        });
        AtomicResponse::new(Box::pin(work.map(move |result, act, ctx| {
            let (outcome, follow_up) = result?;
            if let Some(follow_up) = follow_up {
                act.follow_up(follow_up, text, ctx);
            }
            Ok(outcome)
        })))
    }
}

/// What a recorded customer message calls for once the webhook is answered.
struct FollowUp {
    /// The customer just asked for a person: send the handoff notice.
    notice: bool,
    /// The bot may answer (not waiting for a person, not another app's thread).
    answer: bool,
    first_sight: bool,
    unnamed: bool,
}

/// How long to wait before asking the User Profile API again about an unnamed customer.
const PROFILE_RETRY: Duration = Duration::from_secs(600);

impl Conversation {
    /// Slow work (Send API, profile look-up, LLM) runs here, after the webhook is answered;
    /// its results come back to this actor as messages, so they are serialized like the rest.
    fn follow_up(&mut self, f: FollowUp, text: String, ctx: &mut Context<Self>) {
        if f.notice {
            ctx.notify(BotReply {
                text: rules::HANDOFF_NOTICE.to_owned(),
                notice: true,
            });
        } else if f.answer {
            let bot = self.deps.bot.clone();
            let page = self.page.clone();
            let me = ctx.address();
            actix::spawn(async move {
                // A second opinion (e.g. an LLM) may still recognise a request for a person.
                if bot.wants_human(&page, &text).await == Some(true) {
                    me.do_send(RequestHuman);
                } else if let Some(answer) = bot.answer(&page, &text).await {
                    me.do_send(BotReply {
                        text: answer,
                        notice: false,
                    });
                }
            });
        }
        let retry_due = self
            .profile_asked
            .is_none_or(|at| at.elapsed() >= PROFILE_RETRY);
        if f.first_sight || (f.unnamed && retry_due) {
            self.profile_asked = Some(Instant::now());
            let messenger = self.deps.messenger.clone();
            let page = self.page.clone();
            let customer = self.key.customer.clone();
            let me = ctx.address();
            actix::spawn(async move {
                match messenger.profile(&page, &customer).await {
                    Ok(profile) => me.do_send(ProfileFetched { profile }),
                    Err(err) => tracing::info!(customer_id = %customer, error = %err.message,
                        "profile not available; the customer stays unnamed for now"),
                }
            });
        }
    }
}

impl Handler<RequestHuman> for Conversation {
    type Result = AtomicResponse<Self, Result<(), ActorError>>;

    fn handle(&mut self, _msg: RequestHuman, _ctx: &mut Self::Context) -> Self::Result {
        let work = self.run(move |op, mut snap| async move {
            let written = op
                .write_through(&mut snap, Read::Cached, |c| {
                    Ok(Plan {
                        customer: c.and_then(|c| rules::stop_bot(c, now())),
                        ..Plan::default()
                    })
                })
                .await;
            let result = match written {
                Ok(Written::Changed(customer)) => {
                    op.deps.metrics.handoffs.inc();
                    op.publish(Event::AgentRequested {
                        customer: op.view(&customer),
                    });
                    Ok(true)
                }
                Ok(_) => Ok(false),
                Err(err) => Err(err),
            };
            (snap, result)
        });
        AtomicResponse::new(Box::pin(work.map(|result, _act, ctx| {
            if result? {
                ctx.notify(BotReply {
                    text: rules::HANDOFF_NOTICE.to_owned(),
                    notice: true,
                });
            }
            Ok(())
        })))
    }
}

impl Handler<InboxReply> for Conversation {
    type Result = AtomicResponse<Self, Result<(), ActorError>>;

    fn handle(&mut self, msg: InboxReply, _ctx: &mut Self::Context) -> Self::Result {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let record =
                MessageRecord::from_inbox(&msg.mid, INBOX_AGENT_NAME, &msg.text, msg.timestamp);
            let mut stopped = false;
            let written = op
                .write_through(&mut snap, Read::Cached, |c| {
                    let Some(c) = c else {
                        return Ok(Plan::default());
                    };
                    let Some((next, require_new)) = rules::inbox_reply(c, &record.id, now()) else {
                        return Ok(Plan {
                            repair: vec![record.clone()],
                            ..Plan::default()
                        });
                    };
                    stopped = !c.stop;
                    Ok(Plan {
                        customer: Some(next),
                        messages: vec![record.clone()],
                        require_new,
                        ..Plan::default()
                    })
                })
                .await;
            let result = match written {
                Ok(Written::Changed(customer)) => {
                    op.publish(Event::NewMessage {
                        customer_id: op.key.customer.clone(),
                        page_id: op.key.page.clone(),
                        message: record,
                    });
                    if stopped {
                        op.publish(Event::CustomerStopStatusChanged {
                            customer: op.view(&customer),
                        });
                    }
                    Ok(())
                }
                Ok(_) => Ok(()),
                Err(err) => Err(err),
            };
            (snap, result)
        })))
    }
}

impl Conversation {
    /// An assignment change by `agent`: decide, write with its audit entry, and broadcast
    /// `action` when something changed.
    fn assignment<D>(
        &mut self,
        audit_action: &'static str,
        agent: AgentRef,
        detail: Option<serde_json::Value>,
        action: AssignmentAction,
        decide: D,
    ) -> AtomicResponse<Self, Result<Outcome, ActorError>>
    where
        D: FnMut(Option<&Customer>) -> Result<Option<Customer>, ActorError> + 'static,
    {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let result = op
                .agent_action(&mut snap, audit_action, &agent, detail, decide)
                .await;
            if let Ok(Outcome {
                customer,
                changed: true,
            }) = &result
            {
                op.publish(Event::AgentAssignmentChanged {
                    customer: op.view(customer),
                    action,
                });
            }
            (snap, result)
        })))
    }
}

impl Handler<Assign> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    fn handle(&mut self, msg: Assign, _ctx: &mut Self::Context) -> Self::Result {
        let agent = msg.agent.clone();
        self.assignment(
            "assign",
            msg.agent,
            None,
            AssignmentAction::Assigned,
            move |c| rules::assign(c, &agent, now()),
        )
    }
}

impl Handler<Unassign> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    fn handle(&mut self, msg: Unassign, _ctx: &mut Self::Context) -> Self::Result {
        let agent = msg.agent.clone();
        self.assignment(
            "unassign",
            msg.agent,
            None,
            AssignmentAction::Unassigned,
            move |c| rules::unassign(c, &agent, now()),
        )
    }
}

impl Handler<Transfer> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    /// A transfer is announced as `assigned` (to the target): clients know two actions.
    fn handle(&mut self, msg: Transfer, _ctx: &mut Self::Context) -> Self::Result {
        let Transfer { admin, target } = msg;
        let detail = json!({"to_agent_id": target.id, "to_agent_name": target.name});
        let by = admin.clone();
        self.assignment(
            "transfer",
            admin,
            Some(detail),
            AssignmentAction::Assigned,
            move |c| rules::transfer(c, &by, &target, now()),
        )
    }
}

impl Handler<SetStop> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    fn handle(&mut self, msg: SetStop, _ctx: &mut Self::Context) -> Self::Result {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let agent = msg.agent;
            let mut was_assigned = false;
            let result = op
                .agent_action(&mut snap, "set_stop", &agent, None, |c| {
                    was_assigned = c.is_some_and(Customer::is_assigned);
                    let stop = msg.stop.unwrap_or_else(|| c.is_some_and(|c| !c.stop));
                    rules::set_stop(c, &agent, stop, now())
                })
                .await;
            if let Ok(Outcome {
                customer,
                changed: true,
            }) = &result
            {
                op.publish(Event::CustomerStopStatusChanged {
                    customer: op.view(customer),
                });
                if !customer.stop && was_assigned {
                    op.publish(Event::AgentAssignmentChanged {
                        customer: op.view(customer),
                        action: AssignmentAction::Unassigned,
                    });
                }
            }
            (snap, result)
        })))
    }
}

impl Handler<ProfileFetched> for Conversation {
    type Result = AtomicResponse<Self, Result<(), ActorError>>;

    fn handle(&mut self, msg: ProfileFetched, _ctx: &mut Self::Context) -> Self::Result {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let profile = msg.profile;
            let result = op
                .write_through(&mut snap, Read::Cached, |c| {
                    let Some(c) = c else {
                        return Ok(Plan::default());
                    };
                    let name = [profile.first_name.as_deref(), profile.last_name.as_deref()]
                        .into_iter()
                        .flatten()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ");
                    if name.is_empty() || c.customer_name.as_deref() == Some(name.as_str()) {
                        return Ok(Plan::default());
                    }
                    let mut next = c.clone();
                    next.first_name = profile.first_name.clone();
                    next.last_name = profile.last_name.clone();
                    next.customer_name = Some(name);
                    next.updated_at = now();
                    Ok(Plan {
                        customer: Some(next),
                        ..Plan::default()
                    })
                })
                .await
                .map(|_| ());
            (snap, result)
        })))
    }
}
