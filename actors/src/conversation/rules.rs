//! The rules of docs/rules.md, as pure functions of a customer's state. The Conversation
//! actor decides with these and then writes the result with compare-and-set.

use crate::error::ActorError;
use crate::events::{HUMAN_AGENT_WINDOW, RESPONSE_WINDOW};
use crate::handoff::{csat_score, HandoffRecord};
use crate::ids::{AgentId, CustomerKey};
use crate::model::{AgentRef, Customer};
use crate::outbox::{MessagingType, Profile};
use crate::policy::{Priority, PriorityRules};
use chrono::{DateTime, Utc};

/// Messenger's limit for one text message; longer agent messages go out in parts.
pub const MAX_PART_CHARS: usize = 2000;

/// The bot's notice when a customer asks for a person.
pub use crate::policy::HANDOFF_NOTICE;

/// A customer message as the webhook delivers it.
#[derive(Clone, Debug)]
pub struct InboundEvent {
    pub mid: String,
    pub text: String,
    pub timestamp: DateTime<Utc>,
    pub human_requested: bool,
    /// Delivered under `standby`: another app controls the thread. Recorded, never
    /// answered, and no handoff of ours starts from it.
    pub standby: bool,
    /// The customer asks how long they will wait ("how long?"): a waiting customer is told
    /// their place in the queue.
    pub asks_wait: bool,
    /// The language the message is written in, when it could be told (ISO 639-1).
    pub language: Option<String>,
    /// The detector was not built for the message's language (its "no" means little).
    pub unknown_language: bool,
}

/// The customer after an inbound message.
#[derive(Debug)]
pub struct AfterInbound {
    pub customer: Customer,
    pub first_sight: bool,
    pub handoff_started: bool,
    /// The document cannot tell whether the message id is new (it remembers only recent
    /// ids): the store must check its history.
    pub require_new: bool,
    /// The bot may answer the message: the customer is with the bot, and the thread is
    /// ours (not delivered under `standby`), and it is no answer to the satisfaction question.
    pub bot_answers: bool,
    /// The message answered the satisfaction question: the finished handoff with its score.
    pub rated: Option<HandoffRecord>,
    /// The message began a conversation (`customer.conversation_since`).
    pub conversation_started: bool,
    /// The page's rules raised the priority of a customer already waiting or served (a
    /// customer who just asked is announced with theirs).
    pub priority_raised: bool,
    /// The bot answers a message in a language the detector does not read, for the first
    /// time to this customer: it offers a person (unless a second opinion decides).
    pub offer_person: bool,
}

/// What an inbound message does: nothing when the document already lists its id
/// (Facebook redelivered it), else this.
pub fn inbound(
    current: Option<&Customer>,
    key: &CustomerKey,
    page_name: &str,
    event: &InboundEvent,
    now: DateTime<Utc>,
) -> Option<AfterInbound> {
    let recorded = current.map_or(Some(false), |c| c.has_recorded(&event.mid));
    if recorded == Some(true) {
        return None;
    }
    let first_sight = current.is_none();
    let mut customer = current
        .cloned()
        .unwrap_or_else(|| Customer::new(key, page_name, event.timestamp, now));
    // A conversation begins with a customer's first message, or the first after a silence
    // longer than the reply window (the bot's containment counts them).
    let quiet_since = current.map(|c| c.last_seen);
    let conversation_started =
        quiet_since.is_none_or(|seen| event.timestamp - seen > RESPONSE_WINDOW);
    if conversation_started {
        customer.conversation_since = Some(event.timestamp);
    }
    customer.message_count += 1;
    customer.remember(&event.mid);
    // Events may arrive out of order after failures: the latest by event time wins.
    if event.timestamp >= customer.last_seen || first_sight {
        customer.last_seen = event.timestamp;
        customer.last_message = Some(event.text.clone());
    }
    customer.first_seen = customer.first_seen.min(event.timestamp);
    customer.page_name = page_name.to_owned();
    customer.updated_at = now;
    // The customer's language is their latest that could be told.
    if event.language.is_some() && !event.standby {
        customer.language.clone_from(&event.language);
    }
    let handoff_started = event.human_requested && !event.standby && !customer.stop;
    if handoff_started {
        customer.stop = true;
        customer.stopped_at = Some(now);
    }
    // A message after the satisfaction question closes it: a score 1–5 answers it, anything
    // else leaves it unanswered (the quick replies are gone from the customer's screen).
    let rated = match customer.survey.take() {
        Some(survey) if event.standby => {
            customer.survey = Some(survey);
            None
        }
        Some(mut survey) if !customer.stop => csat_score(&event.text).and_then(|score| {
            let csat = survey.csat.as_mut()?;
            csat.score = Some(score);
            csat.answered_at = Some(event.timestamp);
            Some(survey)
        }),
        _ => None,
    };
    let bot_answers = !customer.stop
        && !event.standby
        && rated.is_none()
        && !super::ownership::another_app_holds(&customer, now);
    let offer_person = bot_answers && event.unknown_language && !customer.person_offered;
    customer.person_offered |= offer_person;
    Some(AfterInbound {
        customer,
        first_sight,
        handoff_started,
        require_new: recorded.is_none(),
        bot_answers,
        rated,
        conversation_started,
        priority_raised: false,
        offer_person,
    })
}

/// A customer with the team after their message: one more request for a person counted
/// when it is one, and the page's rules (if any) applied. Rules only raise.
pub fn prioritise(after: &mut AfterInbound, event: &InboundEvent, rules: Option<&PriorityRules>) {
    let c = &mut after.customer;
    if !c.stop {
        return;
    }
    if after.handoff_started {
        c.help_requests = 1;
    } else if event.human_requested && !event.standby {
        c.help_requests += 1;
    }
    let raised = rules.and_then(|r| r.raise(&c.customer_id, &event.text, c.help_requests));
    if let Some(raised) = raised.filter(|p| *p > c.priority) {
        c.priority = raised;
        after.priority_raised = !after.handoff_started;
    }
}

/// Since when the agent holding `c` has left them waiting for an answer: the later of the
/// claim and the customer's first unanswered message; `None` when the agent spoke last (or
/// nobody holds them).
pub fn unanswered_since(c: &Customer) -> Option<DateTime<Utc>> {
    let waiting = c.handoff.as_ref()?.awaiting_reply_since?;
    let claimed = c.assigned_at.filter(|_| c.stop && c.agent_id.is_some())?;
    Some(waiting.max(claimed))
}

/// The customer goes back to the queue: `holder` has left them unanswered for `after`.
/// Nothing changes when someone else holds them now or the agent has answered meanwhile.
pub fn requeue(
    current: Option<&Customer>,
    holder: &AgentId,
    after: chrono::TimeDelta,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    let c = existing(current)?;
    let due = unanswered_since(c).is_some_and(|since| now - since >= after);
    if c.agent_id.as_ref() != Some(holder) || !due {
        return Ok(None);
    }
    let mut next = c.clone();
    next.clear_assignment();
    next.updated_at = now;
    Ok(Some(next))
}

/// An agent sets the priority of a customer who asked for a person.
pub fn set_priority(
    current: Option<&Customer>,
    priority: Priority,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    let c = help_requested(current)?;
    if c.priority == priority {
        return Ok(None);
    }
    let mut next = c.clone();
    next.priority = priority;
    next.updated_at = now;
    Ok(Some(next))
}

fn existing(current: Option<&Customer>) -> Result<&Customer, ActorError> {
    current.ok_or(ActorError::CustomerNotFound)
}

/// A customer who asked for a person (only they can be held by an agent).
fn help_requested(current: Option<&Customer>) -> Result<&Customer, ActorError> {
    let c = existing(current)?;
    if c.stop {
        Ok(c)
    } else {
        Err(ActorError::HelpNotRequested)
    }
}

/// `c`, now held by `agent`.
fn held_by(c: &Customer, agent: &AgentRef, now: DateTime<Utc>) -> Customer {
    let mut next = c.clone();
    next.assign_to(agent, now);
    next.updated_at = now;
    next
}

/// Claim a waiting customer. `Ok(None)`: already yours, nothing changes.
pub fn assign(
    current: Option<&Customer>,
    agent: &AgentRef,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    let c = help_requested(current)?;
    match &c.agent_id {
        Some(holder) if holder == &agent.id => Ok(None),
        Some(_) => Err(ActorError::AlreadyAssigned {
            agent_name: c.agent_name.clone().unwrap_or_default(),
        }),
        None => Ok(Some(held_by(c, agent, now))),
    }
}

/// Release a customer back to the queue (`stop` stays true). Only the assignee or an admin.
pub fn unassign(
    current: Option<&Customer>,
    agent: &AgentRef,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    let c = existing(current)?;
    match &c.agent_id {
        Some(holder) if holder == &agent.id || agent.is_admin() => {
            let mut next = c.clone();
            next.clear_assignment();
            next.updated_at = now;
            Ok(Some(next))
        }
        None if agent.is_admin() => Ok(None),
        _ => Err(ActorError::NotAssignedToYou),
    }
}

/// An admin hands a waiting customer to another agent of the company.
pub fn transfer(
    current: Option<&Customer>,
    admin: &AgentRef,
    target: &AgentRef,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    if !admin.is_admin() {
        return Err(ActorError::Forbidden);
    }
    let c = help_requested(current)?;
    if c.is_assigned_to(&target.id) {
        return Ok(None);
    }
    Ok(Some(held_by(c, target, now)))
}

/// Put a customer in the queue (`stop=true`) or give them back to the bot (`stop=false`,
/// which ends any assignment: only the assignee or an admin may take it from an agent).
pub fn set_stop(
    current: Option<&Customer>,
    agent: &AgentRef,
    stop: bool,
    now: DateTime<Utc>,
) -> Result<Option<Customer>, ActorError> {
    let c = existing(current)?;
    if c.stop == stop {
        return Ok(None);
    }
    let mut next = c.clone();
    if stop {
        next.stop = true;
        next.stopped_at = Some(now);
    } else {
        if let Some(holder) = &c.agent_id {
            if holder != &agent.id && !agent.is_admin() {
                return Err(ActorError::NotAssignedToYou);
            }
        }
        next.stop = false;
        next.stopped_at = None;
        next.clear_assignment();
        // Priority and requests belong to the handoff that ends here.
        next.priority = Priority::Normal;
        next.help_requests = 0;
    }
    next.updated_at = now;
    Ok(Some(next))
}

/// What an agent's message needs: the messaging type, and the customer after the
/// automatic assignment if the sender does not hold the customer yet.
#[derive(Debug)]
pub struct SendPlan {
    /// Reserving only needs the window open: the type is decided again right before the
    /// send (`outgoing::before_send`). Kept so the rule's tests see which window applies.
    #[allow(dead_code)]
    pub messaging: MessagingType,
    pub auto_assigned: Option<Customer>,
}

pub fn send(
    current: Option<&Customer>,
    agent: &AgentRef,
    now: DateTime<Utc>,
) -> Result<SendPlan, ActorError> {
    let c = existing(current)?;
    if !c.stop {
        return Err(ActorError::HelpNotRequested);
    }
    if let Some(holder) = &c.agent_id {
        if holder != &agent.id {
            return Err(ActorError::AlreadyAssigned {
                agent_name: c.agent_name.clone().unwrap_or_default(),
            });
        }
    }
    let messaging = window(c, now)?;
    let auto_assigned = assign(Some(c), agent, now)?;
    Ok(SendPlan {
        messaging,
        auto_assigned,
    })
}

/// A person answered from Meta's Page inbox: their message is recorded and the bot steps
/// aside. `None`: the document already lists this message. The flag: the store must check
/// its history for the id (the document remembers only recent ones).
pub fn inbox_reply(current: &Customer, mid: &str, now: DateTime<Utc>) -> Option<(Customer, bool)> {
    let recorded = current.has_recorded(mid);
    if recorded == Some(true) {
        return None;
    }
    let mut next = stop_bot(current, now).unwrap_or_else(|| current.clone());
    next.remember(mid);
    Some((next, recorded.is_none()))
}

/// The bot steps aside: a person answered from Meta's Page inbox, or a second opinion
/// found that the customer asks for one. `None`: already stopped.
pub fn stop_bot(current: &Customer, now: DateTime<Utc>) -> Option<Customer> {
    if current.stop {
        return None;
    }
    let mut next = current.clone();
    next.stop = true;
    next.stopped_at = Some(now);
    next.updated_at = now;
    Some(next)
}

/// The customer as the User Profile API names them. `None`: no name given, or the same one.
pub fn named(current: &Customer, profile: &Profile, now: DateTime<Utc>) -> Option<Customer> {
    let name = [profile.first_name.as_deref(), profile.last_name.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() || current.customer_name.as_deref() == Some(name.as_str()) {
        return None;
    }
    let mut next = current.clone();
    next.first_name = profile.first_name.clone();
    next.last_name = profile.last_name.clone();
    next.customer_name = Some(name);
    next.updated_at = now;
    Some(next)
}

/// The `stop` an agent's request asks for: `asked`, or without one the opposite of the
/// current (a toggle).
pub fn stop_wanted(current: Option<&Customer>, asked: Option<bool>) -> bool {
    asked.unwrap_or_else(|| current.is_some_and(|c| !c.stop))
}

/// Messenger's windows, counted from the customer's last message.
pub fn window(c: &Customer, now: DateTime<Utc>) -> Result<MessagingType, ActorError> {
    let elapsed = now - c.last_seen;
    if elapsed <= RESPONSE_WINDOW {
        Ok(MessagingType::Response)
    } else if elapsed <= HUMAN_AGENT_WINDOW {
        Ok(MessagingType::HumanAgentTag)
    } else {
        Err(ActorError::MessagingWindowClosed)
    }
}

/// How long a text is for Messenger's limit. Meta documents "2000 characters" without
/// saying how it counts; UTF-16 code units (what JavaScript and Facebook's own clients
/// count) are never fewer than characters, so a part that fits this way fits either way.
/// An emoji counts two.
pub fn messenger_length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Splits an agent's message into parts Messenger accepts (at most `max` UTF-16 code units
/// each, see `messenger_length`), at paragraph, line or word boundaries where possible,
/// never inside a character.
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text.trim();
    while messenger_length(rest) > max {
        // Byte offset of the first character that no longer fits.
        let mut units = 0;
        let limit = rest
            .char_indices()
            .find(|(_, c)| {
                units += c.len_utf16();
                units > max
            })
            .map_or(rest.len(), |(i, _)| i);
        let head = &rest[..limit];
        // A paragraph, else a line, else a word boundary in the second half of the window;
        // failing that any word boundary; failing that, cut the word.
        let cut = ["\n\n", "\n", " "]
            .iter()
            .filter_map(|sep| head.rfind(sep))
            .find(|&i| i >= limit / 2)
            .or_else(|| head.rfind(' ').filter(|&i| i > 0))
            .unwrap_or(limit);
        parts.push(rest[..cut].trim_end().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

/// The bot may speak only within 24 h, never in a thread another app controls, and never to
/// a customer waiting for or talking to a person (the handoff notice itself excepted).
pub fn bot_may_answer(c: &Customer, notice: bool, now: DateTime<Utc>) -> bool {
    (notice || !c.stop)
        && !super::ownership::another_app_holds(c, now)
        && matches!(window(c, now), Ok(MessagingType::Response))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{AgentId, CompanyId, CustomerId, PageId};
    use crate::model::{now, Role};
    use chrono::Duration;

    fn key() -> CustomerKey {
        CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("1001"),
            customer: CustomerId::new("psid-1"),
        }
    }

    fn agent(id: &str, role: Role) -> AgentRef {
        AgentRef {
            id: AgentId::new(id),
            company_id: CompanyId::new("acme"),
            name: format!("Agent {id}"),
            email: format!("{id}@acme.test"),
            role,
        }
    }

    fn event(text: &str, human: bool, at: DateTime<Utc>) -> InboundEvent {
        InboundEvent {
            language: None,
            mid: format!("m-{text}"),
            text: text.into(),
            timestamp: at,
            human_requested: human,
            standby: false,
            asks_wait: false,
            unknown_language: false,
        }
    }

    fn record(
        current: Option<&Customer>,
        key: &CustomerKey,
        page_name: &str,
        event: &InboundEvent,
        now: DateTime<Utc>,
    ) -> AfterInbound {
        inbound(current, key, page_name, event, now).expect("a new message")
    }

    fn waiting() -> Customer {
        let t = now();
        record(
            None,
            &key(),
            "Acme Store",
            &event("a human please", true, t),
            t,
        )
        .customer
    }

    #[test]
    fn first_message_creates_the_customer() {
        let t = now();
        let after = record(None, &key(), "Acme Store", &event("hello", false, t), t);
        assert!(after.first_sight);
        assert!(!after.handoff_started);
        let c = after.customer;
        assert_eq!(c.message_count, 1);
        assert_eq!(c.last_message.as_deref(), Some("hello"));
        assert_eq!((c.first_seen, c.last_seen, c.created_at), (t, t, t));
        assert_eq!(c.page_name, "Acme Store");
        assert!(!c.stop && c.stopped_at.is_none());
    }

    #[test]
    fn later_messages_count_and_out_of_order_ones_do_not_move_last_seen() {
        let t = now();
        let c = record(None, &key(), "P", &event("one", false, t), t).customer;
        let c = record(
            Some(&c),
            &key(),
            "P",
            &event("two", false, t + Duration::seconds(5)),
            t,
        )
        .customer;
        let late = record(
            Some(&c),
            &key(),
            "P",
            &event("zero", false, t - Duration::seconds(5)),
            t,
        );
        assert!(!late.first_sight);
        let c = late.customer;
        assert_eq!(c.message_count, 3);
        assert_eq!(c.last_message.as_deref(), Some("two"));
        assert_eq!(c.last_seen, t + Duration::seconds(5));
        assert_eq!(c.first_seen, t - Duration::seconds(5));
    }

    #[test]
    fn asking_for_a_human_stops_the_bot_once() {
        let t = now();
        let after = record(None, &key(), "P", &event("human", true, t), t);
        assert!(after.handoff_started && after.customer.stop);
        assert_eq!(after.customer.stopped_at, Some(t));
        let again = record(
            Some(&after.customer),
            &key(),
            "P",
            &event("human!!", true, t),
            t,
        );
        assert!(!again.handoff_started, "already waiting: no second notice");
        assert!(again.customer.stop);
    }

    #[test]
    fn a_redelivered_message_is_recognised_from_the_document() {
        let t = now();
        let ev = event("hello", false, t);
        let c = record(None, &key(), "P", &ev, t).customer;
        assert_eq!(c.recent_mids, vec!["m-hello".to_owned()]);
        assert!(inbound(Some(&c), &key(), "P", &ev, t).is_none());
        // The document remembers the latest ids only; past them, the history must tell.
        let mut c = c;
        for i in 0..crate::model::RECENT_MESSAGE_IDS {
            c = record(Some(&c), &key(), "P", &event(&format!("n{i}"), false, t), t).customer;
        }
        assert_eq!(c.recent_mids.len(), crate::model::RECENT_MESSAGE_IDS);
        let old = inbound(Some(&c), &key(), "P", &ev, t).expect("not known to the document");
        assert!(old.require_new);
        let fresh = inbound(Some(&waiting()), &key(), "P", &event("x", false, t), t);
        assert!(!fresh.expect("new").require_new);
    }

    #[test]
    fn standby_messages_never_start_a_handoff() {
        let t = now();
        let mut ev = event("a human please", true, t);
        ev.standby = true;
        let after = record(None, &key(), "P", &ev, t);
        assert!(!after.handoff_started && !after.customer.stop);
        assert_eq!(after.customer.message_count, 1);
    }

    #[test]
    fn assignment_rules() {
        let (alice, bob) = (agent("alice", Role::Agent), agent("bob", Role::Agent));
        let t = now();
        let c = waiting();
        let assigned = assign(Some(&c), &alice, t).expect("ok").expect("changed");
        assert_eq!(assigned.agent_id, Some(AgentId::new("alice")));
        assert_eq!(assigned.agent_name.as_deref(), Some("Agent alice"));
        assert_eq!(assigned.agent_email.as_deref(), Some("alice@acme.test"));
        assert_eq!(assigned.assigned_at, Some(t));
        assert_eq!(assign(Some(&assigned), &alice, t), Ok(None));
        assert_eq!(
            assign(Some(&assigned), &bob, t),
            Err(ActorError::AlreadyAssigned {
                agent_name: "Agent alice".into()
            })
        );
        assert_eq!(assign(None, &alice, t), Err(ActorError::CustomerNotFound));
        let mut not_waiting = c.clone();
        not_waiting.stop = false;
        assert_eq!(
            assign(Some(&not_waiting), &alice, t),
            Err(ActorError::HelpNotRequested)
        );
    }

    #[test]
    fn only_the_assignee_or_an_admin_releases() {
        let (alice, bob, boss) = (
            agent("alice", Role::Agent),
            agent("bob", Role::Agent),
            agent("boss", Role::Admin),
        );
        let t = now();
        let held = assign(Some(&waiting()), &alice, t)
            .expect("ok")
            .expect("changed");
        assert_eq!(
            unassign(Some(&held), &bob, t),
            Err(ActorError::NotAssignedToYou)
        );
        let released = unassign(Some(&held), &alice, t)
            .expect("ok")
            .expect("changed");
        assert!(released.stop, "back in the queue");
        assert!(released.agent_id.is_none() && released.assigned_at.is_none());
        assert!(unassign(Some(&held), &boss, t).expect("ok").is_some());
        assert_eq!(
            unassign(Some(&released), &alice, t),
            Err(ActorError::NotAssignedToYou)
        );
        assert_eq!(unassign(Some(&released), &boss, t), Ok(None));
    }

    #[test]
    fn transfer_is_for_admins() {
        let (alice, bob, boss) = (
            agent("alice", Role::Agent),
            agent("bob", Role::Agent),
            agent("boss", Role::Admin),
        );
        let t = now();
        let held = assign(Some(&waiting()), &alice, t)
            .expect("ok")
            .expect("changed");
        assert_eq!(
            transfer(Some(&held), &alice, &bob, t),
            Err(ActorError::Forbidden)
        );
        let moved = transfer(Some(&held), &boss, &bob, t)
            .expect("ok")
            .expect("changed");
        assert_eq!(moved.agent_id, Some(AgentId::new("bob")));
        assert_eq!(transfer(Some(&moved), &boss, &bob, t), Ok(None));
    }

    #[test]
    fn returning_to_the_bot_ends_the_assignment() {
        let (alice, bob) = (agent("alice", Role::Agent), agent("bob", Role::Agent));
        let t = now();
        let held = assign(Some(&waiting()), &alice, t)
            .expect("ok")
            .expect("changed");
        assert_eq!(
            set_stop(Some(&held), &bob, false, t),
            Err(ActorError::NotAssignedToYou)
        );
        let back = set_stop(Some(&held), &alice, false, t)
            .expect("ok")
            .expect("changed");
        assert!(!back.stop && back.stopped_at.is_none() && back.agent_id.is_none());
        assert_eq!(set_stop(Some(&back), &alice, false, t), Ok(None));
        let queued = set_stop(Some(&back), &bob, true, t)
            .expect("ok")
            .expect("changed");
        assert!(queued.stop && queued.stopped_at == Some(t));
    }

    #[test]
    fn sending_assigns_the_sender_and_respects_the_windows() {
        let (alice, bob) = (agent("alice", Role::Agent), agent("bob", Role::Agent));
        let t = now();
        let c = waiting();
        let plan = send(Some(&c), &alice, t).expect("ok");
        assert_eq!(plan.messaging, MessagingType::Response);
        let held = plan.auto_assigned.expect("auto-assigned");
        assert!(send(Some(&held), &alice, t)
            .expect("ok")
            .auto_assigned
            .is_none());
        assert!(matches!(
            send(Some(&held), &bob, t),
            Err(ActorError::AlreadyAssigned { .. })
        ));

        let later = send(Some(&held), &alice, t + Duration::hours(30)).expect("ok");
        assert_eq!(later.messaging, MessagingType::HumanAgentTag);
        assert_eq!(
            send(Some(&held), &alice, t + Duration::days(8)).map(|p| p.messaging),
            Err(ActorError::MessagingWindowClosed)
        );
        // A closed window refuses before assigning anybody.
        assert_eq!(
            send(Some(&c), &bob, t + Duration::days(8)).map(|p| p.messaging),
            Err(ActorError::MessagingWindowClosed)
        );
        let mut bot_customer = c.clone();
        bot_customer.stop = false;
        assert_eq!(
            send(Some(&bot_customer), &alice, t).map(|p| p.messaging),
            Err(ActorError::HelpNotRequested)
        );
    }

    #[test]
    fn a_reply_from_the_page_inbox_pauses_the_bot() {
        let t = now();
        let mut free = waiting();
        free.stop = false;
        let paused = stop_bot(&free, t).expect("changed");
        assert!(paused.stop && paused.stopped_at == Some(t));
        assert!(stop_bot(&paused, t).is_none());
    }

    #[test]
    fn long_messages_split_at_word_boundaries() {
        assert_eq!(split_text("short", 2000), vec!["short"]);
        let words = "lorem ipsum ".repeat(400);
        let parts = split_text(&words, 2000);
        assert_eq!(parts.len(), 3);
        assert!(parts
            .iter()
            .all(|p| p.chars().count() <= 2000 && !p.ends_with(' ')));
        assert!(
            parts
                .iter()
                .flat_map(|p| p.split(' '))
                .all(|w| w == "lorem" || w == "ipsum"),
            "no word is cut"
        );
        assert_eq!(parts.join(" "), words.trim());
        let unbroken = "é".repeat(4500);
        let parts = split_text(&unbroken, 2000);
        assert_eq!(
            parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(),
            [2000, 2000, 500]
        );
        assert_eq!(split_text("one\n\ntwo", 5), vec!["one", "two"]);
        // An emoji is two UTF-16 units: 1500 of them are 3000 units, two parts.
        let emoji = "\u{1F600}".repeat(1500);
        let parts = split_text(&emoji, 2000);
        assert_eq!(
            parts
                .iter()
                .map(|p| messenger_length(p))
                .collect::<Vec<_>>(),
            [2000, 1000]
        );
    }

    #[test]
    fn the_bot_stays_silent_for_stopped_customers() {
        let t = now();
        let c = waiting();
        assert!(bot_may_answer(&c, true, t), "the handoff notice itself");
        assert!(!bot_may_answer(&c, false, t));
        let mut free = c.clone();
        free.stop = false;
        assert!(bot_may_answer(&free, false, t));
        assert!(
            !bot_may_answer(&free, false, t + Duration::hours(25)),
            "never tagged"
        );
    }

    #[test]
    fn a_profile_names_the_customer_once() {
        let t = now();
        let c = waiting();
        let ann = Profile {
            first_name: Some("Ann".into()),
            last_name: Some("Lee".into()),
        };
        let named_c = named(&c, &ann, t).expect("a new name");
        assert_eq!(named_c.customer_name.as_deref(), Some("Ann Lee"));
        assert!(named(&named_c, &ann, t).is_none(), "the same name again");
        let empty = Profile {
            first_name: Some(String::new()),
            last_name: None,
        };
        assert!(named(&c, &empty, t).is_none(), "no name");
    }

    #[test]
    fn without_a_value_stop_toggles() {
        let c = waiting();
        assert!(!stop_wanted(Some(&c), None));
        assert!(stop_wanted(Some(&c), Some(true)));
        assert!(!stop_wanted(None, None));
    }

    #[test]
    fn a_person_is_offered_once_in_a_language_the_detector_does_not_read() {
        let key = key();
        let at = Utc::now();
        let unknown = |mid: &str| InboundEvent {
            mid: mid.into(),
            unknown_language: true,
            ..event(mid, false, at)
        };
        let first = inbound(None, &key, "Page", &unknown("m1"), at).expect("new");
        assert!(first.offer_person && first.customer.person_offered);
        let again = inbound(Some(&first.customer), &key, "Page", &unknown("m2"), at).expect("new");
        assert!(!again.offer_person, "offered once");
        let known = inbound(None, &key, "Page", &event("m3", false, at), at).expect("new");
        assert!(!known.offer_person);
    }

    #[test]
    fn the_bot_answers_only_its_own_customers_in_its_own_threads() {
        let t = now();
        let first = inbound(None, &key(), "P", &event("m1", false, t), t).expect("new");
        assert!(first.bot_answers);
        let asks = inbound(None, &key(), "P", &event("m1", true, t), t).expect("new");
        assert!(
            !asks.bot_answers,
            "a customer who asks for a person waits for one"
        );
        let mut standby = event("m1", false, t);
        standby.standby = true;
        let other_app = inbound(None, &key(), "P", &standby, t).expect("new");
        assert!(!other_app.bot_answers, "another app's thread");
    }

    #[test]
    fn a_pages_rules_raise_priority_and_the_return_to_the_bot_resets_it() {
        let t = now();
        let rules: PriorityRules = serde_json::from_str(
            r#"{"keywords":["refund"],"repeat_requests":2,"repeat_priority":"urgent"}"#,
        )
        .expect("rules");
        let mut asks =
            inbound(None, &key(), "P", &event("a human, refund", true, t), t).expect("new");
        prioritise(&mut asks, &event("a human, refund", true, t), Some(&rules));
        assert_eq!(asks.customer.priority, Priority::High);
        assert!(!asks.priority_raised, "announced with the request itself");
        assert_eq!(asks.customer.help_requests, 1);

        let again = event("agent!!", true, t);
        let mut repeat = inbound(Some(&asks.customer), &key(), "P", &again, t).expect("new");
        prioritise(&mut repeat, &again, Some(&rules));
        assert_eq!(repeat.customer.help_requests, 2);
        assert_eq!(repeat.customer.priority, Priority::Urgent);
        assert!(repeat.priority_raised);

        let plain = event("ok thanks", false, t);
        let mut quiet = inbound(Some(&repeat.customer), &key(), "P", &plain, t).expect("new");
        prioritise(&mut quiet, &plain, Some(&rules));
        assert_eq!(
            quiet.customer.priority,
            Priority::Urgent,
            "rules never lower"
        );
        assert!(!quiet.priority_raised);

        let lowered = set_priority(Some(&quiet.customer), Priority::Low, t)
            .expect("allowed")
            .expect("changed");
        assert_eq!(lowered.priority, Priority::Low);
        let back = set_stop(Some(&lowered), &agent("alice", Role::Admin), false, t)
            .expect("allowed")
            .expect("changed");
        assert_eq!((back.priority, back.help_requests), (Priority::Normal, 0));
        assert!(matches!(
            set_priority(Some(&back), Priority::High, t),
            Err(ActorError::HelpNotRequested)
        ));
    }

    #[test]
    fn a_customer_waits_for_an_answer_from_the_later_of_the_claim_and_their_message() {
        let t0 = now();
        let at = |s: i64| t0 + chrono::TimeDelta::seconds(s);
        let limit = chrono::TimeDelta::seconds(300);
        let alice = agent("alice", Role::Agent);
        let mut c = waiting();
        let mut episode = crate::handoff::Episode::begin(at(0));
        episode.awaiting_reply_since = Some(at(0));
        c.handoff = Some(episode);
        assert_eq!(unanswered_since(&c), None, "nobody holds them");
        c.assign_to(&alice, at(100));
        assert_eq!(unanswered_since(&c), Some(at(100)));
        assert_eq!(
            requeue(Some(&c), &alice.id, limit, at(399)).expect("ok"),
            None
        );
        let back = requeue(Some(&c), &alice.id, limit, at(400))
            .expect("ok")
            .expect("due");
        assert!(back.stop && back.agent_id.is_none(), "back in the queue");
        // Someone else holds them now, or the agent answered: nothing moves.
        assert_eq!(
            requeue(Some(&c), &AgentId::new("bob"), limit, at(900)).expect("ok"),
            None
        );
        if let Some(e) = c.handoff.as_mut() {
            e.awaiting_reply_since = None;
        }
        assert_eq!(
            requeue(Some(&c), &alice.id, limit, at(900)).expect("ok"),
            None
        );
    }
}
