//! The customer's side of a conversation: their messages (`Inbound`), replies typed in
//! Meta's Page inbox (`InboxReply`), the bot's follow-ups and the customer's profile name.

use super::machinery::{Conversation, Plan, Read, Written, INBOX_AGENT_NAME};
use super::messages::{
    BotReply, Inbound, InboundOutcome, InboxReply, ProfileFetched, RequestHuman,
};
use super::rules;
use crate::error::ActorError;
use crate::events::Event;
use crate::model::{now, MessageRecord};
use crate::policy::place::{fill, QUEUE_NOTICE};
use crate::queue::place_in_queue;
use actix::prelude::*;

use std::time::{Duration, Instant};

impl Handler<Inbound> for Conversation {
    type Result = AtomicResponse<Self, Result<InboundOutcome, ActorError>>;

    fn handle(&mut self, msg: Inbound, _ctx: &mut Self::Context) -> Self::Result {
        let event = msg.event;
        let text = event.text.clone();
        let asks_wait = event.asks_wait;
        let work = self.run(move |op, mut snap| async move {
            let now = now();
            let record = MessageRecord::from_customer(&event.mid, &event.text, event.timestamp);
            let mut facts = (false, false, false, false);
            let mut offer_person = false;
            let mut priority_raised = false;
            let priority_rules = op
                .deps
                .directory
                .priority_rules(&op.key.company, &op.key.page);
            let written = op
                .write_through(&mut snap, Read::Cached, |c| {
                    let Some(mut after) = rules::inbound(c, &op.key, &op.page.name, &event, now)
                    else {
                        // Redelivered: the document has it. Its history may not, if a failure
                        // came between the two writes the first time.
                        return Ok(Plan {
                            repair: vec![record.clone()],
                            ..Plan::default()
                        });
                    };
                    rules::prioritise(&mut after, &event, priority_rules.as_ref());
                    priority_raised = after.priority_raised;
                    offer_person = after.offer_person;
                    facts = (
                        after.first_sight,
                        after.handoff_started,
                        after.bot_answers,
                        after.rated.is_some(),
                    );
                    Ok(Plan {
                        customer: Some(after.customer),
                        messages: vec![record.clone()],
                        require_new: after.require_new,
                        rated: after.rated,
                        conversation: after.conversation_started,
                        ..Plan::default()
                    })
                })
                .await;
            let (first_sight, handoff_started, bot_answers, rated) = facts;
            let result = match written {
                Ok(Written::Changed(customer)) => {
                    op.deps.metrics.inbound_messages.inc();
                    op.publish(Event::NewMessage {
                        customer_id: op.key.customer.clone(),
                        page_id: op.key.page.clone(),
                        message: record,
                    });
                    if priority_raised {
                        op.publish(Event::CustomerPriorityChanged {
                            customer: op.view(&customer),
                        });
                    }
                    if handoff_started {
                        op.deps.metrics.handoffs.inc();
                        op.publish(Event::AgentRequested {
                            customer: op.view(&customer),
                        });
                    }
                    // A waiting customer asking how long is told their place.
                    let waiting = customer.stop && customer.agent_id.is_none();
                    let follow_up = FollowUp {
                        asks_wait: waiting && asks_wait && !handoff_started,
                        notice: handoff_started,
                        answer: bot_answers,
                        offer_person,
                        thanks: rated,
                        first_sight,
                        unnamed: customer.customer_name.is_none(),
                        language: customer.language.clone(),
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
pub(super) struct FollowUp {
    /// The customer just asked for a person: send the handoff notice.
    notice: bool,
    /// The bot may answer (not waiting for a person, not another app's thread).
    answer: bool,
    /// The message is in a language the detector does not read, and the customer was never
    /// offered a person for that: without a second opinion, the bot offers one.
    offer_person: bool,
    /// The customer answered the satisfaction question: thank them.
    thanks: bool,
    first_sight: bool,
    unnamed: bool,
    /// A waiting customer asked how long: tell them their place in the queue.
    asks_wait: bool,
    /// The customer's language: the notices are said in it where the page has them.
    language: Option<String>,
}

/// How long to wait before asking the User Profile API again about an unnamed customer.
pub(super) const PROFILE_RETRY: Duration = Duration::from_secs(600);

impl Conversation {
    /// Tells a customer who just asked for a person that the team is told: out of the
    /// company's hours, when it is back; in hours, when the company wants it, their place
    /// in the queue too.
    fn send_handoff_notice(&self, language: Option<&str>, ctx: &mut Context<Self>) {
        let routing = self
            .deps
            .directory
            .company(&self.key.company)
            .map(|c| c.routing)
            .unwrap_or_default();
        let at = now();
        let page = &self.key.page;
        if let Some(closed) = routing.closed_notice(page, language, at) {
            ctx.notify(BotReply {
                text: closed,
                notice: true,
            });
        } else if routing.position_in_notice {
            let lead = routing.handoff_notice(page, language);
            self.tell_place(Some(lead), language, ctx);
        } else {
            ctx.notify(BotReply {
                text: routing.handoff_notice(page, language),
                notice: true,
            });
        }
    }

    /// Tells a waiting customer their place in the queue and the wait to expect, after
    /// `lead` when given (said alone when their place cannot be read).
    fn tell_place(&self, lead: Option<String>, language: Option<&str>, ctx: &mut Context<Self>) {
        let template = self
            .deps
            .directory
            .company(&self.key.company)
            .map(|c| c.routing.queue_notice(&self.key.page, language).to_owned())
            .unwrap_or_else(|| QUEUE_NOTICE.to_owned());
        let (persistence, key, me) = (
            self.deps.persistence.clone(),
            self.key.clone(),
            ctx.address(),
        );
        actix::spawn(async move {
            let place = match place_in_queue(&persistence, &key, now()).await {
                Ok(place) => place.map(|(position, minutes)| fill(&template, position, minutes)),
                Err(err) => {
                    tracing::warn!(customer = %key, error = %err, "place in the queue not read");
                    None
                }
            };
            let text = match (lead, place) {
                (Some(lead), Some(place)) => format!("{lead} {place}"),
                (Some(lead), None) => lead,
                (None, Some(place)) => place,
                (None, None) => return,
            };
            me.do_send(BotReply { text, notice: true });
        });
    }

    /// Slow work (Send API, profile look-up, LLM) runs here, after the webhook is answered;
    /// its results come back to this actor as messages, so they are serialized like the rest.
    pub(super) fn follow_up(&mut self, f: FollowUp, text: String, ctx: &mut Context<Self>) {
        if f.notice {
            self.send_handoff_notice(f.language.as_deref(), ctx);
        } else if f.asks_wait {
            self.tell_place(None, f.language.as_deref(), ctx);
        } else if let Some(survey) = self.page.survey.as_ref().filter(|_| f.thanks) {
            ctx.notify(BotReply {
                text: survey.thanks.clone(),
                notice: false,
            });
        } else if f.answer {
            let bot = self.deps.bot.clone();
            let page = self.page.clone();
            let me = ctx.address();
            let offer_person = f.offer_person;
            actix::spawn(async move {
                // A second opinion (e.g. an LLM) may still recognise a request for a person.
                let opinion = bot.wants_human(&page, &text).await;
                let offer = match opinion {
                    // Nobody can read the message: offer a person rather than guess.
                    None if offer_person => bot.offer_person(&page, &text).await,
                    _ => None,
                };
                if opinion == Some(true) {
                    me.do_send(RequestHuman);
                } else if let Some(offer) = offer {
                    me.do_send(BotReply {
                        text: offer,
                        notice: false,
                    });
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
                    Ok(Some(customer.language))
                }
                Ok(_) => Ok(None),
                Err(err) => Err(err),
            };
            (snap, result)
        });
        AtomicResponse::new(Box::pin(work.map(|result, act, ctx| {
            if let Some(language) = result? {
                act.send_handoff_notice(language.as_deref(), ctx);
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
                    let Some(next) = rules::named(c, &profile, now()) else {
                        return Ok(Plan::default());
                    };
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
