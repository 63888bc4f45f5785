//! What goes out to one customer — agent messages and the bot's answers — one job at a
//! time and in order, with every call to Facebook outside the conversation's atomic section.
//!
//! An agent message is first reserved in the customer document ([`SendMessage`],
//! [`RetryMessage`]). The queue then takes one job at a time ([`Dispatch`]): a check on a
//! fresh version (the author still holds the customer, help is still requested, the window
//! is open), the Send API call in a task of its own while the conversation goes on with
//! webhooks and claims, and the answer recorded when it comes back ([`Answered`]). Our own
//! echoes settle parts whose answer was lost ([`OwnEcho`]); a message is never sent twice
//! unless its author retries it after it failed.

use super::machinery::{Conversation, Op, Plan, Read, Snapshot, Written};
use super::messages::{
    Answered, BotReply, DiscardMessage, Dispatch, Job, Outcome, OwnEcho, RetryMessage, SendMessage,
    Ticket,
};
use super::outgoing::{self, BeforeSend, Recorded, Settled};
use super::ownership::{self, Moment};
use super::rules;
use crate::error::{ActorError, GraphFailure};
use crate::events::{AssignmentAction, Event, OutgoingView};
use crate::handoff::CSAT_PAYLOAD_PREFIX;
use crate::model::{
    now, AgentRef, AuditEntry, Customer, MessageRecord, OutgoingMessage, OutgoingState,
};
use crate::outbox::{MessagingType, QuickReply, TextMessage};
use actix::prelude::*;
use serde_json::json;
use std::time::Duration;
use tokio::sync::oneshot;

/// What our messages carry to Facebook as `metadata`, so that their echoes are known.
const METADATA_PREFIX: &str = "handoff:";
/// The bot's messages are marked too, but nothing waits for their echo.
const BOT_METADATA: &str = "handoff:bot";

/// The satisfaction question's quick replies: 1 (poor) to 5 (great).
fn csat_choices() -> Vec<QuickReply> {
    (1..=5)
        .map(|n| QuickReply {
            title: n.to_string(),
            payload: format!("{CSAT_PAYLOAD_PREFIX}{n}"),
        })
        .collect()
}

/// How often recording an answer is tried before it is left to the echo: the message is
/// out, so giving up too early would show it as undelivered.
const RECORD_ATTEMPTS: u32 = 5;
const RECORD_BACKOFF: Duration = Duration::from_millis(200);

/// The metadata of part `part` of the outgoing message `id`.
pub fn echo_metadata(id: &str, part: usize) -> String {
    format!("{METADATA_PREFIX}{id}:{part}")
}

/// The outgoing message and part an echo's metadata names (`None`: not one of ours, or a
/// bot message, which nothing waits for).
pub fn parse_echo_metadata(metadata: &str) -> Option<(String, usize)> {
    let (id, part) = metadata.strip_prefix(METADATA_PREFIX)?.rsplit_once(':')?;
    if !id.starts_with("out_") {
        return None;
    }
    Some((id.to_owned(), part.parse().ok()?))
}

fn new_outgoing_id() -> String {
    format!("out_{}", uuid::Uuid::new_v4().simple())
}

/// What the check before a send decided.
enum Go {
    Send {
        messaging: MessagingType,
        parts: Vec<(usize, String)>,
        /// The agent message as checked (`None`: the bot's).
        message: Option<Box<OutgoingMessage>>,
    },
    /// A thread-control request: nothing to check, the page's settings asked for it.
    Control,
    Skip,
    Refused(ActorError),
}

/// An audit entry in the name of a message's author.
fn by_author(message: &OutgoingMessage, action: &str, result: &str, op: &Op) -> AuditEntry {
    AuditEntry {
        action: action.to_owned(),
        agent_id: Some(message.agent_id.clone()),
        agent_name: Some(message.agent_name.clone()),
        agent_email: Some(message.agent_email.clone()),
        customer_id: None,
        page_id: None,
        result: result.to_owned(),
        at: now(),
        detail: None,
    }
    .about(&op.key)
}

impl Op {
    fn new_messages(&self, records: &[MessageRecord]) {
        for record in records {
            self.publish(Event::NewMessage {
                customer_id: self.key.customer.clone(),
                page_id: self.key.page.clone(),
                message: record.clone(),
            });
        }
    }

    fn outgoing_changed(&self, customer: &Customer) {
        let at = now();
        self.publish(Event::OutgoingChanged {
            customer_id: self.key.customer.clone(),
            page_id: self.key.page.clone(),
            version: customer.version,
            outgoing: customer
                .outgoing
                .iter()
                .map(|m| OutgoingView::new(m, at))
                .collect(),
        });
    }

    /// Reserves (or re-reserves) an agent message with `reserve`; a refusal is audited as
    /// `action`. A new message is audited once delivered; a retry is audited at once, an
    /// automatic assignment with it.
    async fn reserve<R>(
        &self,
        snap: &mut Snapshot,
        agent: &AgentRef,
        action: &str,
        retry_of: Option<&str>,
        mut reserve: R,
    ) -> Result<(Customer, bool), ActorError>
    where
        R: FnMut(Option<&Customer>) -> Result<outgoing::Reservation, ActorError>,
    {
        let mut auto_assigned = false;
        let written = self
            .write_through(snap, Read::Fresh, |c| {
                let r = reserve(c)?;
                auto_assigned = r.auto_assigned;
                let audit = match retry_of {
                    Some(id) => Some(
                        AuditEntry::new(action, agent, "ok")
                            .about(&self.key)
                            .with_detail(
                                json!({"outgoing_id": id, "auto_assigned": auto_assigned}),
                            ),
                    ),
                    None => auto_assigned.then(|| {
                        AuditEntry::new("assign", agent, "ok")
                            .about(&self.key)
                            .with_detail(json!({"auto": true}))
                    }),
                };
                Ok(Plan {
                    customer: Some(r.customer),
                    audit,
                    ..Plan::default()
                })
            })
            .await;
        match written {
            Ok(Written::Changed(customer)) => {
                if auto_assigned {
                    self.publish(Event::AgentAssignmentChanged {
                        customer: self.view(&customer),
                        action: AssignmentAction::Assigned,
                    });
                }
                Ok((customer, auto_assigned))
            }
            Ok(_) => Err(ActorError::CustomerNotFound),
            Err(err) => {
                if !err.is_failure() {
                    let entry = AuditEntry::new(action, agent, err.code()).about(&self.key);
                    self.audit(entry).await;
                }
                Err(err)
            }
        }
    }

    /// The check right before a send, on a fresh version.
    async fn check(&self, snap: &mut Snapshot, job: &Job, owner: &str) -> Result<Go, ActorError> {
        let at = now();
        let mut go = Go::Skip;
        match job {
            Job::Agent(id) => {
                self.write_through(snap, Read::Fresh, |c| {
                    Ok(match outgoing::before_send(c, id, owner, at) {
                        BeforeSend::Send { messaging, parts } => {
                            let message = c.and_then(|c| c.outgoing(id)).cloned().map(Box::new);
                            go = Go::Send {
                                messaging,
                                parts,
                                message,
                            };
                            Plan::default()
                        }
                        BeforeSend::Skip => {
                            go = Go::Skip;
                            Plan::default()
                        }
                        BeforeSend::Refuse { customer, error } => {
                            let audit = c
                                .and_then(|c| c.outgoing(id))
                                .map(|m| by_author(m, "send", error.code(), self));
                            go = Go::Refused(error);
                            Plan {
                                customer: Some(*customer),
                                audit,
                                ..Plan::default()
                            }
                        }
                    })
                })
                .await?;
            }
            Job::Bot { text, notice } => go = self.bot_may_say(snap, text, *notice, false).await?,
            Job::Survey { question } => go = self.bot_may_say(snap, question, false, true).await?,
            Job::Thread { .. } => go = Go::Control,
        }
        Ok(go)
    }

    /// Whether the bot may still say `text` (a `notice` of the handoff, or the satisfaction
    /// question while it is due), on a fresh version.
    async fn bot_may_say(
        &self,
        snap: &mut Snapshot,
        text: &str,
        notice: bool,
        survey: bool,
    ) -> Result<Go, ActorError> {
        let at = now();
        let mut go = Go::Skip;
        self.write_through(snap, Read::Fresh, |c| {
            let speaks = c.is_some_and(|c| {
                rules::bot_may_answer(c, notice, at) && (!survey || c.survey.is_some())
            });
            if speaks {
                go = Go::Send {
                    messaging: MessagingType::Response,
                    parts: vec![(0, text.to_owned())],
                    message: None,
                };
            }
            Ok(Plan::default())
        })
        .await?;
        Ok(go)
    }

    /// Records Facebook's answer to an agent message; tried again while the store fails,
    /// since the message itself is already out. `sent` is the message as it was sent.
    async fn record_answer(
        &self,
        snap: &mut Snapshot,
        sent: Option<&OutgoingMessage>,
        delivered: &[(usize, String)],
        failure: Option<&GraphFailure>,
    ) -> Result<Option<Recorded>, ActorError> {
        let id = sent.map(|m| m.id.as_str()).unwrap_or_default();
        let mut attempt = 1;
        loop {
            let at = now();
            let mut recorded = None;
            let written = self
                .write_through(snap, Read::Cached, |c| {
                    recorded = outgoing::record_answer(c, id, delivered, failure, at);
                    let Some(r) = &recorded else {
                        // An earlier attempt may have written the document but not the
                        // history: record the delivered parts again (idempotent).
                        let repair = match sent.filter(|_| attempt > 1) {
                            Some(m) => delivered_records(m, delivered, at),
                            None => Vec::new(),
                        };
                        return Ok(Plan {
                            repair,
                            ..Plan::default()
                        });
                    };
                    let audit = match (&r.settled, failure) {
                        (Settled::Delivered(_), _) => {
                            Some(by_author(&r.message, "send", "ok", self))
                        }
                        (Settled::Outstanding(state), Some(f)) => {
                            let sent = r
                                .customer
                                .outgoing(id)
                                .map_or(0, |m| m.sent.iter().filter(|s| s.is_some()).count());
                            Some(
                                by_author(&r.message, "send", "messenger_error", self).with_detail(
                                    json!({"code": f.code, "error_subcode": f.subcode,
                                        "message": f.message, "parts_sent": sent,
                                        "parts": r.message.parts.len(),
                                        "delivery": delivery(*state)}),
                                ),
                            )
                        }
                        (Settled::Outstanding(_), None) => None,
                    };
                    Ok(Plan {
                        customer: Some(r.customer.clone()),
                        messages: r.new_records.clone(),
                        audit,
                        ..Plan::default()
                    })
                })
                .await;
            match written {
                Ok(_) => return Ok(recorded),
                Err(err) if attempt >= RECORD_ATTEMPTS => return Err(err),
                Err(err) => {
                    tracing::warn!(customer = %self.key, error = %err, attempt,
                        "answer from Facebook not recorded yet; trying again");
                    tokio::time::sleep(RECORD_BACKOFF * 2u32.pow(attempt - 1)).await;
                    attempt += 1;
                }
            }
        }
    }

    /// Records the bot's message (its id joins the document's recent ids).
    async fn record_bot(
        &self,
        snap: &mut Snapshot,
        record: &MessageRecord,
    ) -> Result<(), ActorError> {
        self.write_through(snap, Read::Cached, |c| {
            let Some(c) = c else {
                return Ok(Plan::default());
            };
            let mut next = c.clone();
            next.remember(&record.id);
            Ok(Plan {
                customer: Some(next),
                messages: vec![record.clone()],
                ..Plan::default()
            })
        })
        .await?;
        Ok(())
    }
}

/// How a client is told where an undelivered message stands.
pub(crate) fn delivery(state: OutgoingState) -> &'static str {
    match state {
        OutgoingState::Pending => "pending",
        OutgoingState::Unconfirmed => "unconfirmed",
        OutgoingState::Failed => "failed",
    }
}

impl Conversation {
    /// Queues a job and makes sure the queue moves.
    pub(super) fn enqueue(&mut self, job: Job, ctx: &mut Context<Self>) {
        self.outbound.queue.push_back(job);
        self.pump(ctx);
    }

    fn pump(&mut self, ctx: &mut Context<Self>) {
        let o = &mut self.outbound;
        if !o.busy && !o.scheduled && !o.queue.is_empty() {
            o.scheduled = true;
            ctx.notify(Dispatch);
        }
    }

    /// Queues a reserved agent message of `author`; the ticket tells its outcome once
    /// Facebook answered. A message that assigned its author is a claim: the page's thread
    /// control goes out before it.
    fn queue_reserved(
        &mut self,
        id: String,
        author: AgentRef,
        auto_assigned: bool,
        ctx: &mut Context<Self>,
    ) -> Result<Ticket, ActorError> {
        if auto_assigned {
            self.thread_on(Moment::Claim, author, ctx);
        }
        let outcome = self.wait_for(&id);
        self.enqueue(Job::Agent(id), ctx);
        Ok(Ticket {
            auto_assigned,
            outcome,
        })
    }

    fn wait_for(&mut self, id: &str) -> oneshot::Receiver<Result<Vec<MessageRecord>, ActorError>> {
        let (tx, rx) = oneshot::channel();
        self.outbound
            .waiters
            .entry(id.to_owned())
            .or_default()
            .push(tx);
        rx
    }

    fn resolve(&mut self, id: &str, result: Result<Vec<MessageRecord>, ActorError>) {
        for waiter in self.outbound.waiters.remove(id).unwrap_or_default() {
            let _ = waiter.send(result.clone());
        }
    }

    /// The job's Send API calls, in a task of their own; the answer comes back as
    /// [`Answered`].
    fn start_sending(
        &mut self,
        job: Job,
        messaging: MessagingType,
        parts: Vec<(usize, String)>,
        message: Option<Box<OutgoingMessage>>,
        ctx: &mut Context<Self>,
    ) {
        let messenger = self.deps.messenger.clone();
        let page = self.page.clone();
        let customer = self.key.customer.clone();
        let typing = self.deps.typing_indicator && message.is_some();
        let me = ctx.address();
        actix::spawn(async move {
            let mut delivered = Vec::with_capacity(parts.len());
            let mut failure = None;
            for (index, text) in parts {
                if typing {
                    // Best effort: a failed indicator must not hold the message back.
                    let _ = messenger.typing_on(&page, &customer).await;
                }
                let metadata = match &job {
                    Job::Agent(id) => echo_metadata(id, index),
                    _ => BOT_METADATA.to_owned(),
                };
                let scores = match &job {
                    Job::Survey { .. } => csat_choices(),
                    _ => Vec::new(),
                };
                let message = TextMessage {
                    recipient: &customer,
                    text: &text,
                    kind: messaging,
                    metadata: Some(&metadata),
                    quick_replies: &scores,
                };
                match messenger.send_text(&page, message).await {
                    Ok(mid) => delivered.push((index, mid)),
                    Err(f) => {
                        failure = Some(f);
                        break;
                    }
                }
            }
            me.do_send(Answered {
                job,
                message,
                delivered,
                failure,
            });
        });
    }
}

impl Conversation {
    /// A thread-control job's Graph request, in a task of its own; the answer comes back
    /// as [`Answered`].
    fn start_control(&mut self, job: Job, ctx: &mut Context<Self>) {
        let Job::Thread { control, .. } = &job else {
            return;
        };
        let control = control.clone();
        let messenger = self.deps.messenger.clone();
        let page = self.page.clone();
        let customer = self.key.customer.clone();
        let me = ctx.address();
        actix::spawn(async move {
            let failure = messenger
                .thread_control(&page, &customer, &control)
                .await
                .err();
            me.do_send(Answered {
                job,
                message: None,
                delivered: Vec::new(),
                failure,
            });
        });
    }
}

impl Handler<SendMessage> for Conversation {
    type Result = AtomicResponse<Self, Result<Ticket, ActorError>>;

    fn handle(&mut self, msg: SendMessage, _ctx: &mut Self::Context) -> Self::Result {
        let id = new_outgoing_id();
        let owner = self.deps.instance.clone();
        let reserved = id.clone();
        let claimer = msg.agent.clone();
        let work = self.run(move |op, mut snap| async move {
            let SendMessage { agent, text } = msg;
            let at = now();
            let result = op
                .reserve(&mut snap, &agent, "send", None, |c| {
                    outgoing::reserve(c, &agent, &text, &reserved, &owner, at)
                })
                .await
                .map(|(_, auto_assigned)| auto_assigned);
            (snap, result)
        });
        AtomicResponse::new(Box::pin(work.map(move |reserved, act, ctx| {
            act.queue_reserved(id, claimer, reserved?, ctx)
        })))
    }
}

impl Handler<RetryMessage> for Conversation {
    type Result = AtomicResponse<Self, Result<Ticket, ActorError>>;

    fn handle(&mut self, msg: RetryMessage, _ctx: &mut Self::Context) -> Self::Result {
        let owner = self.deps.instance.clone();
        let id = msg.outgoing_id.clone();
        let claimer = msg.agent.clone();
        let work = self.run(move |op, mut snap| async move {
            let RetryMessage { agent, outgoing_id } = msg;
            let at = now();
            let result = op
                .reserve(
                    &mut snap,
                    &agent,
                    "retry_message",
                    Some(&outgoing_id),
                    |c| outgoing::retry(c, &agent, &outgoing_id, &owner, at),
                )
                .await;
            if let Ok((customer, _)) = &result {
                op.outgoing_changed(customer);
            }
            (snap, result.map(|(_, auto_assigned)| auto_assigned))
        });
        AtomicResponse::new(Box::pin(work.map(move |reserved, act, ctx| {
            act.queue_reserved(id, claimer, reserved?, ctx)
        })))
    }
}

impl Handler<DiscardMessage> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    fn handle(&mut self, msg: DiscardMessage, _ctx: &mut Self::Context) -> Self::Result {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let DiscardMessage { agent, outgoing_id } = msg;
            let detail = json!({"outgoing_id": outgoing_id});
            let result = op
                .agent_action(&mut snap, "discard_message", &agent, Some(detail), |c| {
                    outgoing::discard(c, &agent, &outgoing_id, now()).map(Some)
                })
                .await;
            if let Ok(Outcome {
                customer,
                changed: true,
            }) = &result
            {
                op.outgoing_changed(customer);
            }
            (snap, result)
        })))
    }
}

impl Handler<BotReply> for Conversation {
    type Result = ();

    fn handle(&mut self, msg: BotReply, ctx: &mut Self::Context) {
        self.enqueue(
            Job::Bot {
                text: msg.text,
                notice: msg.notice,
            },
            ctx,
        );
    }
}

impl Handler<Dispatch> for Conversation {
    type Result = AtomicResponse<Self, ()>;

    fn handle(&mut self, _msg: Dispatch, _ctx: &mut Self::Context) -> Self::Result {
        self.outbound.scheduled = false;
        let job = match self.outbound.queue.pop_front() {
            Some(job) if !self.outbound.busy => job,
            Some(job) => {
                self.outbound.queue.push_front(job);
                return AtomicResponse::new(Box::pin(fut::ready(())));
            }
            None => return AtomicResponse::new(Box::pin(fut::ready(()))),
        };
        self.outbound.busy = true;
        let owner = self.deps.instance.clone();
        let work = self.run(move |op, mut snap| async move {
            let go = op.check(&mut snap, &job, &owner).await;
            (snap, Ok((job, go)))
        });
        AtomicResponse::new(Box::pin(work.map(|checked, act, ctx| {
            let Ok((job, go)) = checked else {
                return;
            };
            match go {
                Ok(Go::Send {
                    messaging,
                    parts,
                    message,
                }) => {
                    act.start_sending(job, messaging, parts, message, ctx);
                    return;
                }
                Ok(Go::Control) => {
                    act.start_control(job, ctx);
                    return;
                }
                Ok(Go::Skip) => {
                    if let Job::Agent(id) = &job {
                        act.resolve(
                            id,
                            Err(ActorError::invalid(
                                "message",
                                "no longer waiting to be sent",
                            )),
                        );
                    }
                }
                Err(error) | Ok(Go::Refused(error)) => {
                    if let Job::Agent(id) = &job {
                        act.resolve(id, Err(error));
                    } else {
                        tracing::warn!(customer = %act.key, %error, "bot reply not checked");
                    }
                }
            }
            act.outbound.busy = false;
            act.pump(ctx);
        })))
    }
}

impl Handler<Answered> for Conversation {
    type Result = AtomicResponse<Self, ()>;

    fn handle(&mut self, msg: Answered, _ctx: &mut Self::Context) -> Self::Result {
        let Answered {
            job,
            message,
            delivered,
            failure,
        } = msg;
        let metrics = self.deps.metrics.clone();
        if failure.is_some() {
            metrics.send_failures.inc();
        }
        let work = self.run(move |op, mut snap| async move {
            let refused_for_another_app = !matches!(job, Job::Thread { .. })
                && failure.as_ref().is_some_and(ownership::another_app_refused);
            if refused_for_another_app {
                op.note_refusal(&mut snap).await;
            }
            let outcome = match &job {
                Job::Agent(id) => {
                    let recorded = op
                        .record_answer(&mut snap, message.as_deref(), &delivered, failure.as_ref())
                        .await;
                    Some((id.clone(), answer_outcome(&op, recorded, message, &delivered, failure)))
                }
                Job::Thread { control, by, moment } => {
                    op.record_control(&mut snap, control, by, *moment, failure.as_ref())
                        .await;
                    None
                }
                Job::Bot { text, .. } | Job::Survey { question: text } => {
                    if let Some(f) = &failure {
                        tracing::warn!(customer = %op.key, code = ?f.code, error = %f.message,
                            "bot reply not delivered");
                    }
                    if let Some((_, mid)) = delivered.first() {
                        metrics.bot_messages.inc();
                        let record = MessageRecord::from_bot(mid, text, now());
                        match op.record_bot(&mut snap, &record).await {
                            Ok(()) => op.new_messages(&[record]),
                            Err(err) => {
                                tracing::warn!(customer = %op.key, error = %err, "bot reply sent but not recorded")
                            }
                        }
                    }
                    None
                }
            };
            (snap, Ok(outcome))
        });
        AtomicResponse::new(Box::pin(work.map(|outcome, act, ctx| {
            if let Ok(Some((id, result))) = outcome {
                act.resolve(&id, result);
            }
            act.outbound.busy = false;
            act.pump(ctx);
        })))
    }
}

/// What the agent waiting for a message is told once its answer is recorded (and the
/// broadcasts that go with it).
fn answer_outcome(
    op: &Op,
    recorded: Result<Option<Recorded>, ActorError>,
    message: Option<Box<OutgoingMessage>>,
    delivered: &[(usize, String)],
    failure: Option<GraphFailure>,
) -> Result<Vec<MessageRecord>, ActorError> {
    let id = message.as_ref().map(|m| m.id.clone()).unwrap_or_default();
    let undelivered = |failure: GraphFailure| ActorError::Undelivered {
        failure,
        outgoing_id: id.clone(),
    };
    match recorded {
        Err(err) => {
            tracing::error!(customer = %op.key, error = %err,
                "message sent but its record failed; our echo will record it");
            Err(err)
        }
        Ok(Some(r)) => {
            op.deps
                .metrics
                .agent_messages
                .inc_by(r.new_records.len() as u64);
            op.new_messages(&r.new_records);
            match r.settled {
                Settled::Delivered(records) => Ok(records),
                Settled::Outstanding(_) => {
                    op.outgoing_changed(&r.customer);
                    Err(undelivered(failure.unwrap_or_else(|| GraphFailure {
                        message: "Not delivered".into(),
                        code: None,
                        subcode: None,
                        maybe_delivered: false,
                    })))
                }
            }
        }
        // The message left the document already (our echo, handled elsewhere, settled it).
        Ok(None) => match (failure, message) {
            (None, Some(m)) => Ok(delivered_records(&m, delivered, now())),
            (Some(f), _) => Err(undelivered(f)),
            (None, None) => Ok(Vec::new()),
        },
    }
}

/// The records of a message's parts, with the message ids Facebook gave them.
fn delivered_records(
    message: &OutgoingMessage,
    delivered: &[(usize, String)],
    at: chrono::DateTime<chrono::Utc>,
) -> Vec<MessageRecord> {
    let mut m = message.clone();
    for (part, mid) in delivered {
        if let Some(slot) = m.sent.get_mut(*part) {
            *slot = Some(mid.clone());
        }
    }
    m.records(at)
}

impl Handler<OwnEcho> for Conversation {
    type Result = AtomicResponse<Self, Result<(), ActorError>>;

    fn handle(&mut self, msg: OwnEcho, _ctx: &mut Self::Context) -> Self::Result {
        let id = msg.outgoing_id.clone();
        let work = self.run(move |op, mut snap| async move {
            let OwnEcho {
                outgoing_id,
                part,
                mid,
            } = msg;
            let at = now();
            let mut recorded = None;
            let written = op
                .write_through(&mut snap, Read::Fresh, |c| {
                    recorded = outgoing::confirm_from_echo(c, &outgoing_id, part, &mid, at);
                    let Some(r) = &recorded else {
                        return Ok(Plan::default());
                    };
                    // A message Facebook never answered for is settled by its echo.
                    let settles = matches!(r.settled, Settled::Delivered(_))
                        && r.message.state != OutgoingState::Pending;
                    Ok(Plan {
                        customer: Some(r.customer.clone()),
                        messages: r.new_records.clone(),
                        audit: settles.then(|| {
                            by_author(&r.message, "send", "ok", &op)
                                .with_detail(json!({"confirmed_by": "echo"}))
                        }),
                        ..Plan::default()
                    })
                })
                .await;
            let result = match (written, recorded) {
                (Ok(_), Some(r)) => {
                    op.deps
                        .metrics
                        .agent_messages
                        .inc_by(r.new_records.len() as u64);
                    op.new_messages(&r.new_records);
                    if r.message.state != OutgoingState::Pending {
                        op.outgoing_changed(&r.customer);
                    }
                    match r.settled {
                        Settled::Delivered(records) => Ok(Some(records)),
                        Settled::Outstanding(_) => Ok(None),
                    }
                }
                (Ok(_), None) => Ok(None),
                (Err(err), _) => Err(err),
            };
            (snap, result)
        });
        AtomicResponse::new(Box::pin(work.map(move |result, act, _ctx| {
            if let Some(records) = result? {
                act.resolve(&id, Ok(records));
            }
            Ok(())
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_metadata_round_trips() {
        let id = new_outgoing_id();
        assert_eq!(
            parse_echo_metadata(&echo_metadata(&id, 3)),
            Some((id.clone(), 3))
        );
        assert_eq!(parse_echo_metadata(BOT_METADATA), None);
        assert_eq!(parse_echo_metadata("something else"), None);
        assert_eq!(parse_echo_metadata("handoff:out_x:notanumber"), None);
    }
}
