//! How every customer write moves the customer's handoff along. It reads only the document
//! about to be written (and the messages written with it), so whichever rule made the
//! change — a request in a message, an inbox reply, a claim, a send that assigns, a transfer,
//! a release, a return to the bot — the handoff follows the same way, in the same
//! compare-and-set write.

use super::rules;
use crate::handoff::{seconds, Csat, Ending, Episode, HandoffRecord, Hold, Outcome, Whose};
use crate::ids::CustomerKey;
use crate::metrics::{page_labels, Metrics};
use crate::model::{Customer, MessageRecord, Sender};
use crate::outbox::MessagingType;

/// Brings `next.handoff` in line with `next`, and answers the finished handoff when `next`
/// ends one. Event times come from the document: the request is `stopped_at`, a claim
/// `assigned_at`, a message its timestamp, anything else `updated_at`. When the company
/// `asks` its satisfaction question, a helped customer inside the 24-hour window is due it:
/// the finished handoff waits for the answer on the document (`survey`).
pub(super) fn advance(
    next: &mut Customer,
    messages: &[MessageRecord],
    asks: bool,
) -> Option<HandoffRecord> {
    let at = next.updated_at;
    if next.stop && next.handoff.is_none() {
        // A new request, or a customer waiting since before handoffs were recorded; an
        // unanswered question about the last one is moot.
        let mut episode = Episode::begin(next.stopped_at.unwrap_or(at));
        episode.conversation_since = next.conversation_since;
        next.handoff = Some(episode);
        next.survey = None;
    }
    let holder = next.agent_id.clone();
    let claimed = next.assigned_at.filter(|_| holder.is_some()).unwrap_or(at);
    let episode = next.handoff.as_mut()?;
    if episode.holder() != holder.as_ref() {
        episode.change_holder(holder.as_ref(), claimed);
    }
    let reply = messages
        .iter()
        .find(|m| m.sender == Sender::Agent && m.agent_id.is_some());
    if let Some(reply) = reply {
        episode.responded(reply.timestamp);
    }
    // Who spoke last: a customer waiting for a person's answer, or answered.
    for message in messages {
        match message.sender {
            Sender::Customer => {
                episode
                    .awaiting_reply_since
                    .get_or_insert(message.timestamp);
            }
            Sender::Agent => episode.awaiting_reply_since = None,
            Sender::Bot => {}
        }
    }
    if next.stop {
        return None;
    }
    let who = Whose {
        company_id: next.company_id.clone(),
        page_id: next.page_id.clone(),
        customer_id: next.customer_id.clone(),
    };
    let episode = next.handoff.take()?;
    let mut done = episode.finish(who, at, Ending::ReturnedToBot);
    let in_window = rules::window(next, at) == Ok(MessagingType::Response);
    if asks && done.outcome == Outcome::Helped && in_window {
        done.csat = Some(Csat {
            agent_id: done.holds.last().map(|h| h.agent_id.clone()),
            asked_at: at,
            score: None,
            answered_at: None,
        });
        next.survey = Some(done.clone());
    }
    Some(done)
}

/// The satisfaction question `c` is due now: the handoff that ended with this very write
/// asked it (a later write of the same document is not due it again).
pub(super) fn survey_due(c: &Customer) -> bool {
    c.survey.as_ref().is_some_and(|s| {
        s.ended_at == c.updated_at && s.csat.as_ref().is_some_and(|q| q.score.is_none())
    })
}

/// The durations one write completed, for Prometheus' histograms.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Timings {
    claim: Option<f64>,
    first_response: Option<f64>,
    handled: Vec<f64>,
}

impl Timings {
    /// What changed between the handoff `before` a write and the one after it (`after`
    /// while open, `finished` once it ended).
    pub(super) fn of(
        before: Option<&Episode>,
        after: Option<&Episode>,
        finished: Option<&HandoffRecord>,
    ) -> Self {
        let (requested, claimed, responded, holds) = match (after, finished) {
            (Some(e), _) => (e.requested_at, e.claimed_at, e.first_response_at, &e.holds),
            (None, Some(r)) => (r.requested_at, r.claimed_at, r.first_response_at, &r.holds),
            (None, None) => return Timings::default(),
        };
        let new = |at: Option<_>, was: Option<_>| at.filter(|_| was.is_none());
        let was_closed = |i: usize| {
            before
                .and_then(|b| b.holds.get(i))
                .is_some_and(|h: &Hold| h.to.is_some())
        };
        Timings {
            claim: new(claimed, before.and_then(|b| b.claimed_at)).map(|at| seconds(requested, at)),
            first_response: new(responded, before.and_then(|b| b.first_response_at))
                .map(|at| seconds(requested, at)),
            handled: holds
                .iter()
                .enumerate()
                .filter(|(i, h)| h.to.is_some() && !was_closed(*i))
                .filter_map(|(_, h)| h.to.map(|to| seconds(h.from, to)))
                .collect(),
        }
    }

    pub(super) fn observe(&self, metrics: &Metrics, key: &CustomerKey) {
        let labels = page_labels(&key.company, &key.page);
        if let Some(s) = self.claim {
            metrics.time_to_claim.get_or_create(&labels).observe(s);
        }
        if let Some(s) = self.first_response {
            metrics.first_response.get_or_create(&labels).observe(s);
        }
        for s in &self.handled {
            metrics.handle_time.get_or_create(&labels).observe(*s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::{Hold, Outcome};
    use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
    use crate::model::{from_millis, AgentRef, Role};
    use chrono::{DateTime, Utc};

    /// Seconds into the scripted day.
    fn t(s: i64) -> DateTime<Utc> {
        from_millis(1_800_000_000_000 + s * 1000)
    }

    fn agent(id: &str) -> AgentRef {
        AgentRef {
            id: AgentId::new(id),
            name: id.to_uppercase(),
            email: format!("{id}@acme.test"),
            company_id: CompanyId::new("acme"),
            role: Role::Agent,
        }
    }

    fn customer() -> Customer {
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("p1"),
            customer: CustomerId::new("c1"),
        };
        Customer::new(&key, "Page", t(0), t(0))
    }

    /// The customer after a write at `at`, moved along like the conversation does.
    fn write(
        c: &Customer,
        at: i64,
        change: impl FnOnce(&mut Customer),
        messages: &[MessageRecord],
    ) -> (Customer, Option<HandoffRecord>) {
        write_asking(false, c, at, change, messages)
    }

    /// [`write`] for a company that asks its satisfaction question (`asks`) or not.
    fn write_asking(
        asks: bool,
        c: &Customer,
        at: i64,
        change: impl FnOnce(&mut Customer),
        messages: &[MessageRecord],
    ) -> (Customer, Option<HandoffRecord>) {
        let mut next = c.clone();
        next.updated_at = t(at);
        change(&mut next);
        let done = advance(&mut next, messages, asks);
        (next, done)
    }

    fn ask(c: &mut Customer) {
        c.stop = true;
        c.stopped_at = Some(c.updated_at);
    }

    fn claim(who: &str) -> impl FnOnce(&mut Customer) {
        let a = agent(who);
        move |c| {
            let at = c.updated_at;
            c.assign_to(&a, at);
        }
    }

    fn back_to_bot(c: &mut Customer) {
        c.stop = false;
        c.stopped_at = None;
        c.clear_assignment();
    }

    fn reply(who: &str, at: i64) -> MessageRecord {
        MessageRecord::from_agent(&format!("mid-{at}"), &AgentId::new(who), who, "hi", t(at))
    }

    #[test]
    fn the_handoff_knows_whether_a_person_answered_the_customer_last() {
        let says = |at: i64| MessageRecord::from_customer(&format!("c-{at}"), "hello?", t(at));
        let awaiting = |c: &Customer| c.handoff.as_ref().and_then(|e| e.awaiting_reply_since);
        let c = customer();
        let (c, _) = write(&c, 10, ask, &[says(10)]);
        assert_eq!(awaiting(&c), Some(t(10)), "the request waits for an answer");
        let (c, _) = write(&c, 20, claim("ann"), &[says(20)]);
        assert_eq!(awaiting(&c), Some(t(10)), "still the first unanswered");
        let (c, _) = write(&c, 30, |_| {}, &[reply("ann", 30)]);
        assert_eq!(awaiting(&c), None);
        let (c, _) = write(&c, 40, |_| {}, &[says(40), says(41)]);
        assert_eq!(awaiting(&c), Some(t(40)));
    }

    #[test]
    fn a_handoff_is_timed_from_the_request_to_the_return_to_the_bot() {
        let c = customer();
        let (c, _) = write(&c, 10, ask, &[]);
        assert_eq!(c.handoff.as_ref().map(|e| e.requested_at), Some(t(10)));
        let (c, _) = write(&c, 70, claim("ann"), &[]);
        let (c, _) = write(&c, 100, |_| {}, &[reply("ann", 100)]);
        // A transfer: ann's hold ends where ben's starts.
        let (c, _) = write(&c, 400, claim("ben"), &[]);
        let (c, _) = write(&c, 460, |_| {}, &[reply("ben", 460)]);
        let (c, done) = write(&c, 1000, back_to_bot, &[]);
        assert!(c.handoff.is_none());
        let done = done.expect("the handoff ended");
        assert_eq!(done.requested_at, t(10));
        assert_eq!(done.claimed_at, Some(t(70)));
        assert_eq!(
            done.first_response_at,
            Some(t(100)),
            "only the first counts"
        );
        assert_eq!(done.ended_at, t(1000));
        assert_eq!(done.outcome, Outcome::Helped);
        assert_eq!(done.ending, Ending::ReturnedToBot);
        assert_eq!(
            done.holds,
            vec![
                Hold {
                    agent_id: AgentId::new("ann"),
                    from: t(70),
                    to: Some(t(400))
                },
                Hold {
                    agent_id: AgentId::new("ben"),
                    from: t(400),
                    to: Some(t(1000))
                },
            ]
        );
    }

    #[test]
    fn a_helped_customer_inside_the_window_is_due_the_question_once() {
        let helped = |asks: bool, last_seen: i64| {
            let mut c = customer();
            c.last_seen = t(last_seen);
            let (c, _) = write_asking(asks, &c, 10, ask, &[]);
            let (c, _) = write_asking(asks, &c, 70, claim("ann"), &[]);
            let (c, _) = write_asking(asks, &c, 100, |_| {}, &[reply("ann", 100)]);
            write_asking(asks, &c, 1000, back_to_bot, &[])
        };
        let (c, done) = helped(true, 0);
        let done = done.expect("ended");
        let csat = done.csat.clone().expect("asked");
        assert_eq!(
            (csat.agent_id, csat.asked_at),
            (Some(AgentId::new("ann")), t(1000))
        );
        assert_eq!(c.survey, Some(done));
        assert!(survey_due(&c));
        // The next write of the same document is not due it again.
        let (later, _) = write_asking(true, &c, 1010, |_| {}, &[]);
        assert!(!survey_due(&later) && later.survey.is_some());
        // Asking for a person again drops the unanswered question.
        let (again, _) = write_asking(true, &later, 1020, ask, &[]);
        assert_eq!(again.survey, None);

        let (c, done) = helped(false, 0);
        assert!(
            c.survey.is_none() && done.is_some_and(|d| d.csat.is_none()),
            "not asked"
        );
        // Last heard from more than 24 h before: outside the window, never asked.
        let (c, done) = helped(true, -90_000);
        assert!(c.survey.is_none() && done.is_some_and(|d| d.csat.is_none()));
        // Abandoned: nobody to rate.
        let c = customer();
        let (c, _) = write_asking(true, &c, 10, ask, &[]);
        let (c, done) = write_asking(true, &c, 20, back_to_bot, &[]);
        assert!(c.survey.is_none() && done.is_some_and(|d| d.csat.is_none()));
    }

    #[test]
    fn a_release_ends_the_hold_and_the_customer_waits_again() {
        let c = customer();
        let (c, _) = write(&c, 0, ask, &[]);
        let (c, _) = write(&c, 30, claim("ann"), &[]);
        let (c, _) = write(&c, 90, |c| c.clear_assignment(), &[]);
        let episode = c.handoff.clone().expect("still waiting");
        assert_eq!(episode.holder(), None);
        assert_eq!(episode.holds[0].to, Some(t(90)));
        assert_eq!(episode.claimed_at, Some(t(30)));
        let (_, done) = write(&c, 600, back_to_bot, &[]);
        let done = done.expect("ended");
        assert_eq!(
            done.outcome,
            Outcome::Abandoned,
            "no agent message reached them"
        );
    }

    #[test]
    fn bot_and_inbox_messages_are_not_a_response_and_customers_with_the_bot_have_no_handoff() {
        let c = customer();
        let bot = MessageRecord::from_bot("b1", "hello", t(5));
        let (c, done) = write(&c, 5, |_| {}, &[bot]);
        assert!(c.handoff.is_none() && done.is_none());
        let (c, _) = write(&c, 10, ask, &[]);
        let inbox = MessageRecord::from_inbox("i1", "Page inbox", "hi", t(20));
        let (c, _) = write(&c, 20, |_| {}, &[inbox]);
        assert_eq!(c.handoff.as_ref().and_then(|e| e.first_response_at), None);
    }

    #[test]
    fn a_customer_waiting_from_before_handoffs_were_recorded_gets_one_from_their_stop() {
        let mut c = customer();
        c.stop = true;
        c.stopped_at = Some(t(3));
        let (c, _) = write(&c, 50, claim("ann"), &[]);
        let episode = c.handoff.expect("begun");
        assert_eq!(episode.requested_at, t(3));
        assert_eq!(episode.claimed_at, Some(t(50)));
    }

    #[test]
    fn each_duration_is_observed_once_when_it_completes() {
        let c = customer();
        let (c1, _) = write(&c, 10, ask, &[]);
        let (c2, _) = write(&c1, 70, claim("ann"), &[]);
        let timings = |a: &Customer, b: &Customer, done: Option<&HandoffRecord>| {
            Timings::of(a.handoff.as_ref(), b.handoff.as_ref(), done)
        };
        assert_eq!(timings(&c1, &c2, None).claim, Some(60.0));
        let (c3, _) = write(&c2, 100, |_| {}, &[reply("ann", 100)]);
        let t3 = timings(&c2, &c3, None);
        assert_eq!((t3.claim, t3.first_response), (None, Some(90.0)));
        let (c4, _) = write(&c3, 400, claim("ben"), &[]);
        assert_eq!(timings(&c3, &c4, None).handled, vec![330.0]);
        let (c5, done) = write(&c4, 1000, back_to_bot, &[]);
        let last = timings(&c4, &c5, done.as_ref());
        assert_eq!(
            last,
            Timings {
                claim: None,
                first_response: None,
                handled: vec![600.0],
            }
        );
    }
}
