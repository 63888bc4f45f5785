//! The agents' side of a conversation: assign, release, transfer and the stop flag. Sending
//! is in `delivery.rs`.

use super::episode;
use super::machinery::Conversation;
use super::messages::{
    Assign, AutoAssign, Job, Outcome, Requeue, SetPriority, SetStop, Transfer, Unassign,
};
use super::ownership::Moment;
use super::rules;
use crate::error::ActorError;
use crate::events::{AssignmentAction, Event};
use crate::model::{now, AgentRef, Customer};
use crate::outbox::ThreadControl;
use actix::prelude::*;

use serde_json::json;

impl Conversation {
    /// An assignment change by `agent`: decide, write with its audit entry, and broadcast
    /// `action` when something changed. A change that is a claim is followed by the page's
    /// thread control.
    pub(super) fn assignment<D>(
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
        let claims = matches!(audit_action, "assign" | "auto_assign");
        let claimer = agent.clone();
        let work = self.run(move |op, mut snap| async move {
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
        });
        AtomicResponse::new(Box::pin(work.map(move |result, act, ctx| {
            if claims && result.as_ref().is_ok_and(|o| o.changed) {
                act.thread_on(Moment::Claim, claimer, ctx);
            }
            result
        })))
    }
}

impl Conversation {
    /// A person gave the customer back to the bot: the bot says so (some jurisdictions
    /// require it) unless the page turned the notice off, and the page's thread control
    /// follows. Our app takes the thread before the notice, so that the notice can go out;
    /// a thread passed to another app goes after it, while the notice still can.
    fn back_to_the_bot(&mut self, by: AgentRef, language: Option<&str>, ctx: &mut Context<Self>) {
        let notice = self
            .deps
            .directory
            .return_notice(&self.key.company, &self.key.page, language);
        let take_first = self.thread_control(Moment::Release) == Some(ThreadControl::Take);
        if take_first {
            self.thread_on(Moment::Release, by.clone(), ctx);
        }
        if let Some(text) = notice {
            self.enqueue(
                Job::Bot {
                    text,
                    notice: false,
                },
                ctx,
            );
        }
        if !take_first {
            self.thread_on(Moment::Release, by, ctx);
        }
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

impl Handler<AutoAssign> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    /// The same decision as a claim, under the same compare-and-set: a customer someone
    /// holds (the chosen agent included) is refused, never moved.
    fn handle(&mut self, msg: AutoAssign, _ctx: &mut Self::Context) -> Self::Result {
        let agent = msg.agent.clone();
        self.assignment(
            "auto_assign",
            msg.agent,
            Some(msg.detail),
            AssignmentAction::Assigned,
            move |c| match c.map(|c| &c.agent_id) {
                Some(Some(holder)) => Err(ActorError::AlreadyAssigned {
                    agent_name: c
                        .and_then(|c| c.agent_name.clone())
                        .unwrap_or_else(|| holder.to_string()),
                }),
                _ => rules::assign(c, &agent, now()),
            },
        )
    }
}

impl Handler<SetPriority> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    fn handle(&mut self, msg: SetPriority, _ctx: &mut Self::Context) -> Self::Result {
        let priority = msg.priority;
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let detail = json!({ "priority": priority });
            let result = op
                .agent_action(&mut snap, "set_priority", &msg.agent, Some(detail), |c| {
                    rules::set_priority(c, priority, now())
                })
                .await;
            if let Ok(Outcome {
                customer,
                changed: true,
            }) = &result
            {
                op.publish(Event::CustomerPriorityChanged {
                    customer: op.view(customer),
                });
            }
            (snap, result)
        })))
    }
}

impl Handler<Requeue> for Conversation {
    type Result = AtomicResponse<Self, Result<Outcome, ActorError>>;

    /// Audited under the agent who left the customer waiting.
    fn handle(&mut self, msg: Requeue, _ctx: &mut Self::Context) -> Self::Result {
        let Requeue { holder, after } = msg;
        let detail = json!({"reason": "unanswered", "after_seconds": after.num_seconds()});
        let id = holder.id.clone();
        self.assignment(
            "requeue",
            holder,
            Some(detail),
            AssignmentAction::Unassigned,
            move |c| rules::requeue(c, &id, after, now()),
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
        let releaser = msg.agent.clone();
        AtomicResponse::new(Box::pin(
            self.run(move |op, mut snap| async move {
                let agent = msg.agent;
                let mut was_assigned = false;
                let result = op
                    .agent_action(&mut snap, "set_stop", &agent, None, |c| {
                        was_assigned = c.is_some_and(Customer::is_assigned);
                        let stop = rules::stop_wanted(c, msg.stop);
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
            })
            .map(move |result, act, ctx| {
                if let Ok(outcome) = &result {
                    if outcome.changed && !outcome.customer.stop {
                        let language = outcome.customer.language.clone();
                        act.back_to_the_bot(releaser, language.as_deref(), ctx);
                    }
                }
                // The handoff that ended here asked the satisfaction question: it goes out
                // after the change, in this customer's outbound order.
                if let (Ok(outcome), Some(survey)) = (&result, act.page.survey.as_ref()) {
                    if outcome.changed && episode::survey_due(&outcome.customer) {
                        let question = survey.question.clone();
                        act.enqueue(Job::Survey { question }, ctx);
                    }
                }
                result
            }),
        ))
    }
}
