//! The rules of an agent's message on its way to Messenger, as pure functions of the
//! customer document. A message is reserved in the document (with the send rules and any
//! automatic assignment) before anything goes to Facebook; it is checked again on a fresh
//! version right before it is sent; what Facebook answered is then recorded, and our own
//! echoes settle what Facebook never answered. A message is never sent twice by itself:
//! only an agent's explicit retry of a failed message sends it again.

use super::rules::{self, split_text, MAX_PART_CHARS};
use crate::error::{ActorError, GraphFailure};
use crate::model::{
    AgentRef, Customer, MessageRecord, OutgoingError, OutgoingMessage, OutgoingState,
};
use crate::outbox::MessagingType;
use chrono::{DateTime, Duration, Utc};

/// A pending message whose process has said nothing for this long is taken as sent with an
/// unknown outcome (the process died while sending it). Longer than any send may take.
pub const STALE_AFTER: Duration = Duration::minutes(5);
/// How long an unconfirmed message waits for our own echo before it counts as failed, so
/// that the agent may retry it.
pub const CONFIRM_WITHIN: Duration = Duration::minutes(2);
/// The most undelivered messages one customer may have; past it an agent must retry or
/// discard before writing more.
pub const MAX_UNDELIVERED: usize = 20;

impl OutgoingMessage {
    /// The state as of `now`: a pending message abandoned by its process is unconfirmed,
    /// and an unconfirmed one that was never echoed has failed.
    pub fn state_at(&self, now: DateTime<Utc>) -> OutgoingState {
        let age = now - self.updated_at;
        match self.state {
            OutgoingState::Pending if age > STALE_AFTER + CONFIRM_WITHIN => OutgoingState::Failed,
            OutgoingState::Pending if age > STALE_AFTER => OutgoingState::Unconfirmed,
            OutgoingState::Unconfirmed if age > CONFIRM_WITHIN => OutgoingState::Failed,
            state => state,
        }
    }

    pub fn is_complete(&self) -> bool {
        self.sent.iter().all(Option::is_some)
    }

    /// The message records of the parts known to be delivered, in order.
    pub fn records(&self, at: DateTime<Utc>) -> Vec<MessageRecord> {
        self.parts
            .iter()
            .zip(&self.sent)
            .filter_map(|(part, id)| Some(self.record(id.as_ref()?, part, at)))
            .collect()
    }

    fn record(&self, id: &str, text: &str, at: DateTime<Utc>) -> MessageRecord {
        MessageRecord::from_agent(id, &self.agent_id, &self.agent_name, text, at)
    }
}

/// The document with a new message reserved.
#[derive(Debug)]
pub struct Reservation {
    pub customer: Customer,
    pub auto_assigned: bool,
}

/// An agent writes `text`: the send rules (help requested, nobody else holds the customer,
/// the window is open), the automatic assignment, and the reservation under `id`, to be
/// sent by the process `owner`.
pub fn reserve(
    current: Option<&Customer>,
    agent: &AgentRef,
    text: &str,
    id: &str,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<Reservation, ActorError> {
    let plan = rules::send(current, agent, now)?;
    let auto_assigned = plan.auto_assigned.is_some();
    let mut next = match plan.auto_assigned {
        Some(next) => next,
        None => current.ok_or(ActorError::CustomerNotFound)?.clone(),
    };
    let undelivered = next.outgoing.len();
    if undelivered >= MAX_UNDELIVERED {
        return Err(ActorError::invalid(
            "message",
            "too many undelivered messages for this customer: retry or discard them first",
        ));
    }
    let parts = split_text(text, MAX_PART_CHARS);
    next.outgoing.push(OutgoingMessage {
        id: id.to_owned(),
        agent_id: agent.id.clone(),
        agent_name: agent.name.clone(),
        agent_email: agent.email.clone(),
        text: parts.join(" "),
        sent: vec![None; parts.len()],
        parts,
        state: OutgoingState::Pending,
        owner: owner.to_owned(),
        created_at: now,
        updated_at: now,
        error: None,
    });
    next.updated_at = now;
    Ok(Reservation {
        customer: next,
        auto_assigned,
    })
}

/// What to do with a reserved message right before sending it.
#[derive(Debug, PartialEq)]
pub enum BeforeSend {
    /// Send these parts (index, text), in order, this way.
    Send {
        messaging: MessagingType,
        parts: Vec<(usize, String)>,
    },
    /// It may no longer go out: drop the reservation and tell the agent why.
    Refuse {
        customer: Box<Customer>,
        error: ActorError,
    },
    /// Not ours to send (gone, settled, or another process's).
    Skip,
}

/// Checks a reserved message against the current document: its author must still hold the
/// customer, help must still be requested, and the window must still be open.
pub fn before_send(
    current: Option<&Customer>,
    id: &str,
    owner: &str,
    now: DateTime<Utc>,
) -> BeforeSend {
    let Some(c) = current else {
        return BeforeSend::Skip;
    };
    let Some(message) = c.outgoing(id) else {
        return BeforeSend::Skip;
    };
    if message.state != OutgoingState::Pending || message.owner != owner {
        return BeforeSend::Skip;
    }
    let refusal = if !c.stop {
        Some(ActorError::HelpNotRequested)
    } else {
        match &c.agent_id {
            Some(holder) if holder == &message.agent_id => None,
            Some(_) => Some(ActorError::AlreadyAssigned {
                agent_name: c.agent_name.clone().unwrap_or_default(),
            }),
            None => Some(ActorError::NotAssignedToYou),
        }
    };
    let messaging = match refusal {
        Some(error) => Err(error),
        None => rules::window(c, now),
    };
    match messaging {
        Ok(messaging) => BeforeSend::Send {
            messaging,
            parts: message
                .parts
                .iter()
                .enumerate()
                .filter(|(i, _)| message.sent[*i].is_none())
                .map(|(i, part)| (i, part.clone()))
                .collect(),
        },
        Err(error) => {
            let mut next = c.clone();
            next.outgoing.retain(|o| o.id != id);
            next.updated_at = now;
            BeforeSend::Refuse {
                customer: Box::new(next),
                error,
            }
        }
    }
}

/// Where a message stands after an answer from Facebook or an echo.
#[derive(Clone, Debug, PartialEq)]
pub enum Settled {
    /// Every part is delivered: the message left the document; these are its records.
    Delivered(Vec<MessageRecord>),
    /// Some parts are still undelivered; the message stays, in this state.
    Outstanding(OutgoingState),
}

/// The document after recording parts as delivered, and what to record beside it.
#[derive(Debug)]
pub struct Recorded {
    pub customer: Customer,
    /// The newly delivered parts' records (each part is recorded once).
    pub new_records: Vec<MessageRecord>,
    pub settled: Settled,
    /// The message before this change (its author and text).
    pub message: OutgoingMessage,
}

/// Records Facebook's answer: the parts it delivered (`delivered`: index and message id)
/// and, if it stopped, why. A failure that may have delivered the part leaves the message
/// unconfirmed (our own echo will tell); any other failure leaves it failed. `None`: the
/// message is not in the document any more, or nothing changes.
pub fn record_answer(
    current: Option<&Customer>,
    id: &str,
    delivered: &[(usize, String)],
    failure: Option<&GraphFailure>,
    now: DateTime<Utc>,
) -> Option<Recorded> {
    let c = current?;
    let message = c.outgoing(id)?.clone();
    let mut next = c.clone();
    let index = next.outgoing.iter().position(|o| o.id == id)?;
    let mut new_records = Vec::new();
    {
        let entry = &mut next.outgoing[index];
        for (part, mid) in delivered {
            if let Some(slot) = entry.sent.get_mut(*part).filter(|s| s.is_none()) {
                *slot = Some(mid.clone());
                new_records.push(entry.record(mid, &entry.parts[*part], now));
            }
        }
        if !entry.is_complete() {
            if let Some(failure) = failure {
                entry.state = if failure.maybe_delivered {
                    OutgoingState::Unconfirmed
                } else {
                    OutgoingState::Failed
                };
                entry.error = Some(OutgoingError {
                    code: "messenger_error".to_owned(),
                    message: failure.message.clone(),
                    graph_code: failure.code,
                    graph_subcode: failure.subcode,
                });
                entry.updated_at = now;
            }
        }
    }
    for record in &new_records {
        next.remember(&record.id);
    }
    let entry = next.outgoing[index].clone();
    let settled = if entry.is_complete() {
        next.outgoing.remove(index);
        Settled::Delivered(entry.records(now))
    } else {
        Settled::Outstanding(entry.state)
    };
    if new_records.is_empty() && settled == Settled::Outstanding(message.state) && failure.is_none()
    {
        return None;
    }
    next.updated_at = now;
    Some(Recorded {
        customer: next,
        new_records,
        settled,
        message,
    })
}

/// Our own echo of part `part` (Facebook's message id `mid`) came back: that part is
/// delivered, whatever Facebook's answer to the send said (or whether it came at all).
pub fn confirm_from_echo(
    current: Option<&Customer>,
    id: &str,
    part: usize,
    mid: &str,
    now: DateTime<Utc>,
) -> Option<Recorded> {
    let pending = current?.outgoing(id)?.sent.get(part)?.is_none();
    if !pending {
        return None;
    }
    record_answer(current, id, &[(part, mid.to_owned())], None, now)
}

/// The author retries a failed message: it is checked like a new one (and assigns them
/// if nobody holds the customer), then reserved again for the process `owner`.
pub fn retry(
    current: Option<&Customer>,
    agent: &AgentRef,
    id: &str,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<Reservation, ActorError> {
    let c = current.ok_or(ActorError::CustomerNotFound)?;
    let message = failed(c, agent, id, now)?;
    if message.agent_id != agent.id {
        return Err(ActorError::invalid(
            "outgoing_id",
            "only the agent who wrote a message can retry it",
        ));
    }
    let plan = rules::send(Some(c), agent, now)?;
    let auto_assigned = plan.auto_assigned.is_some();
    let mut next = plan.auto_assigned.unwrap_or_else(|| c.clone());
    if let Some(entry) = next.outgoing.iter_mut().find(|o| o.id == id) {
        entry.state = OutgoingState::Pending;
        entry.owner = owner.to_owned();
        entry.error = None;
        entry.updated_at = now;
    }
    next.updated_at = now;
    Ok(Reservation {
        customer: next,
        auto_assigned,
    })
}

/// A failed message is given up: its author, the customer's holder or an admin removes it.
pub fn discard(
    current: Option<&Customer>,
    agent: &AgentRef,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Customer, ActorError> {
    let c = current.ok_or(ActorError::CustomerNotFound)?;
    let message = failed(c, agent, id, now)?;
    if message.agent_id != agent.id && !c.is_assigned_to(&agent.id) && !agent.is_admin() {
        return Err(ActorError::NotAssignedToYou);
    }
    let mut next = c.clone();
    next.outgoing.retain(|o| o.id != id);
    next.updated_at = now;
    Ok(next)
}

/// The message `id`, if it has failed (only failed messages may be retried or discarded:
/// an unconfirmed one may still have been delivered).
fn failed<'a>(
    c: &'a Customer,
    _agent: &AgentRef,
    id: &str,
    now: DateTime<Utc>,
) -> Result<&'a OutgoingMessage, ActorError> {
    let message = c
        .outgoing(id)
        .ok_or_else(|| ActorError::invalid("outgoing_id", "no such undelivered message"))?;
    match message.state_at(now) {
        OutgoingState::Failed => Ok(message),
        OutgoingState::Pending => Err(ActorError::invalid(
            "outgoing_id",
            "this message is still being sent",
        )),
        OutgoingState::Unconfirmed => Err(ActorError::invalid(
            "outgoing_id",
            "Facebook may have delivered this message; wait until it is confirmed or fails",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::rules::{inbound, InboundEvent};
    use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
    use crate::model::{now, Role};

    const ME: &str = "process-a";

    fn agent(id: &str) -> AgentRef {
        AgentRef {
            id: AgentId::new(id),
            company_id: CompanyId::new("acme"),
            name: format!("Agent {id}"),
            email: format!("{id}@acme.test"),
            role: Role::Agent,
        }
    }

    fn waiting(at: DateTime<Utc>) -> Customer {
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("1001"),
            customer: CustomerId::new("psid"),
        };
        let event = InboundEvent {
            language: None,
            mid: "m1".into(),
            text: "a person please".into(),
            timestamp: at,
            human_requested: true,
            standby: false,
            asks_wait: false,
            unknown_language: false,
        };
        inbound(None, &key, "Page", &event, at)
            .expect("new")
            .customer
    }

    fn failure(maybe_delivered: bool) -> GraphFailure {
        GraphFailure {
            message: "boom".into(),
            code: Some(1),
            subcode: None,
            maybe_delivered,
        }
    }

    #[test]
    fn a_reservation_assigns_and_keeps_the_parts() {
        let t = now();
        let alice = agent("alice");
        let long = "word ".repeat(500);
        let r = reserve(Some(&waiting(t)), &alice, &long, "o1", ME, t).expect("reserved");
        assert!(r.auto_assigned);
        assert!(r.customer.is_assigned_to(&alice.id));
        let message = r.customer.outgoing("o1").expect("reserved");
        assert_eq!(message.parts.len(), 2);
        assert_eq!(message.sent, vec![None, None]);
        assert_eq!(message.state, OutgoingState::Pending);
        assert_eq!(message.owner, ME);
    }

    #[test]
    fn the_check_before_sending_uses_the_current_holder() {
        let t = now();
        let (alice, bob) = (agent("alice"), agent("bob"));
        let c = reserve(Some(&waiting(t)), &alice, "hi", "o1", ME, t)
            .expect("reserved")
            .customer;
        assert_eq!(
            before_send(Some(&c), "o1", ME, t),
            BeforeSend::Send {
                messaging: MessagingType::Response,
                parts: vec![(0, "hi".into())]
            }
        );
        assert_eq!(
            before_send(Some(&c), "o1", "process-b", t),
            BeforeSend::Skip
        );
        let mut moved = c.clone();
        moved.assign_to(&bob, t);
        let BeforeSend::Refuse { customer, error } = before_send(Some(&moved), "o1", ME, t) else {
            panic!("must refuse");
        };
        assert!(matches!(error, ActorError::AlreadyAssigned { .. }));
        assert!(customer.outgoing.is_empty(), "the reservation is dropped");
        let mut released = c.clone();
        released.stop = false;
        assert!(matches!(
            before_send(Some(&released), "o1", ME, t),
            BeforeSend::Refuse {
                error: ActorError::HelpNotRequested,
                ..
            }
        ));
    }

    #[test]
    fn answers_and_echoes_record_each_part_once() {
        let t = now();
        let alice = agent("alice");
        let long = "word ".repeat(500);
        let c = reserve(Some(&waiting(t)), &alice, &long, "o1", ME, t)
            .expect("reserved")
            .customer;
        // The echo of part 0 comes before Facebook's answer.
        let echoed = confirm_from_echo(Some(&c), "o1", 0, "mid-0", t).expect("recorded");
        assert_eq!(echoed.new_records.len(), 1);
        assert_eq!(echoed.settled, Settled::Outstanding(OutgoingState::Pending));
        let c = echoed.customer;
        assert!(c.has_recorded("mid-0") == Some(true));
        assert!(confirm_from_echo(Some(&c), "o1", 0, "mid-0", t).is_none());
        let answered = record_answer(
            Some(&c),
            "o1",
            &[(0, "mid-0".into()), (1, "mid-1".into())],
            None,
            t,
        )
        .expect("recorded");
        assert_eq!(
            answered.new_records.len(),
            1,
            "part 0 is not recorded twice"
        );
        let Settled::Delivered(records) = answered.settled else {
            panic!("delivered");
        };
        assert_eq!(records.len(), 2);
        assert!(answered.customer.outgoing.is_empty());
    }

    #[test]
    fn an_unknown_outcome_waits_for_the_echo_and_is_never_retried_meanwhile() {
        let t = now();
        let alice = agent("alice");
        let c = reserve(Some(&waiting(t)), &alice, "hi", "o1", ME, t)
            .expect("reserved")
            .customer;
        let unknown = record_answer(Some(&c), "o1", &[], Some(&failure(true)), t).expect("changed");
        assert_eq!(
            unknown.settled,
            Settled::Outstanding(OutgoingState::Unconfirmed)
        );
        let c = unknown.customer;
        assert!(retry(Some(&c), &alice, "o1", ME, t).is_err());
        assert!(discard(Some(&c), &alice, "o1", t).is_err());
        // No echo within the wait: it counts as failed and may be retried.
        let later = t + CONFIRM_WITHIN + Duration::seconds(1);
        assert_eq!(c.outgoing[0].state_at(later), OutgoingState::Failed);
        let again = retry(Some(&c), &alice, "o1", "process-b", later).expect("retry");
        let entry = again.customer.outgoing("o1").expect("kept");
        assert_eq!(
            (entry.state, entry.owner.as_str()),
            (OutgoingState::Pending, "process-b")
        );
        // A late echo still settles it.
        let late = confirm_from_echo(Some(&c), "o1", 0, "mid", later).expect("recorded");
        assert!(matches!(late.settled, Settled::Delivered(_)));
    }

    #[test]
    fn a_refused_message_fails_and_only_its_author_retries_it() {
        let t = now();
        let (alice, bob) = (agent("alice"), agent("bob"));
        let c = reserve(Some(&waiting(t)), &alice, "hi", "o1", ME, t)
            .expect("reserved")
            .customer;
        let refused =
            record_answer(Some(&c), "o1", &[], Some(&failure(false)), t).expect("changed");
        assert_eq!(refused.settled, Settled::Outstanding(OutgoingState::Failed));
        let c = refused.customer;
        assert!(retry(Some(&c), &bob, "o1", ME, t).is_err());
        assert_eq!(
            discard(Some(&c), &bob, "o1", t),
            Err(ActorError::NotAssignedToYou)
        );
        assert!(discard(Some(&c), &alice, "o1", t)
            .expect("discarded")
            .outgoing
            .is_empty());
    }

    #[test]
    fn an_abandoned_reservation_becomes_unconfirmed_then_failed() {
        let t = now();
        let c = reserve(Some(&waiting(t)), &agent("alice"), "hi", "o1", ME, t)
            .expect("reserved")
            .customer;
        let m = &c.outgoing[0];
        assert_eq!(m.state_at(t + STALE_AFTER), OutgoingState::Pending);
        assert_eq!(
            m.state_at(t + STALE_AFTER + Duration::seconds(1)),
            OutgoingState::Unconfirmed
        );
        assert_eq!(
            m.state_at(t + STALE_AFTER + CONFIRM_WITHIN + Duration::seconds(1)),
            OutgoingState::Failed
        );
    }
}
