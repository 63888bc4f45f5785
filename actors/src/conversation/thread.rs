//! The control of the customer's Messenger thread (Meta's Conversation Routing), applied:
//! Meta's news ([`ThreadChanged`]), Graph's refusals because another app holds the thread,
//! and the requests a claim or a return to the bot makes by the page's settings
//! (docs/messenger.md#conversation-routing). The rules are in `ownership.rs`.

use super::machinery::{Conversation, Op, Plan, Read, Snapshot, Written};
use super::messages::{Job, ThreadChanged};
use super::ownership::{after_control, after_refusal, apply_news, Moment};
use crate::error::{ActorError, GraphFailure};
use crate::events::Event;
use crate::model::{now, AgentRef, AuditEntry};
use crate::outbox::ThreadControl;
use crate::policy::ThreadAction;
use actix::prelude::*;
use serde_json::json;

impl Conversation {
    /// Queues the page's thread control for `moment`, done for `by`; nothing when the page
    /// leaves threads alone.
    pub(super) fn thread_on(&mut self, moment: Moment, by: AgentRef, ctx: &mut Context<Self>) {
        if let Some(control) = self.thread_control(moment) {
            self.enqueue(
                Job::Thread {
                    control,
                    by,
                    moment,
                },
                ctx,
            );
        }
    }

    /// What the page does to the thread at `moment`, if anything.
    pub(super) fn thread_control(&self, moment: Moment) -> Option<ThreadControl> {
        let company = self.deps.directory.company(&self.key.company)?;
        let page = company.routing.thread_control(&self.key.page);
        let action = match moment {
            Moment::Claim => page.on_claim,
            Moment::Release => page.on_release,
        };
        match action {
            ThreadAction::Nothing => None,
            ThreadAction::Take => Some(ThreadControl::Take),
            ThreadAction::Pass { app_id } => Some(ThreadControl::Pass { app_id }),
        }
    }
}

impl Op {
    /// Records Graph's answer to a thread-control request made for `by` at `moment`, with
    /// its audit entry.
    pub(super) async fn record_control(
        &self,
        snap: &mut Snapshot,
        control: &ThreadControl,
        by: &AgentRef,
        moment: Moment,
        failure: Option<&GraphFailure>,
    ) {
        let (kind, app_id) = match control {
            ThreadControl::Take => ("take", None),
            ThreadControl::Pass { app_id } => ("pass", Some(app_id.as_str())),
        };
        let detail = json!({"moment": moment.name(), "control": kind, "app_id": app_id});
        let entry = |result: &str| {
            AuditEntry::new("thread_control", by, result)
                .about(&self.key)
                .with_detail(detail.clone())
        };
        if let Some(f) = failure {
            tracing::warn!(customer = %self.key, code = ?f.code, error = %f.message,
                control = kind, "thread control refused");
            let code = f
                .code
                .map_or_else(|| "failed".to_owned(), |c| c.to_string());
            self.audit(entry(&code)).await;
            return;
        }
        let at = now();
        let written = self
            .write_through(snap, Read::Fresh, |c| {
                Ok(Plan {
                    customer: c.and_then(|c| after_control(c, control, at)),
                    audit: Some(entry("ok")),
                    ..Plan::default()
                })
            })
            .await;
        self.thread_written(written);
    }

    /// Notes that Graph refused a message because another app holds the thread.
    pub(super) async fn note_refusal(&self, snap: &mut Snapshot) {
        let at = now();
        let written = self
            .write_through(snap, Read::Fresh, |c| {
                Ok(Plan {
                    customer: c.and_then(|c| after_refusal(c, at)),
                    ..Plan::default()
                })
            })
            .await;
        self.thread_written(written);
    }

    /// Broadcasts a change of the thread's control; logs a write that failed.
    fn thread_written(&self, written: Result<Written, ActorError>) {
        match written {
            Ok(Written::Changed(customer)) => self.publish(Event::CustomerThreadChanged {
                customer: self.view(&customer),
            }),
            Ok(_) => {}
            Err(err) => {
                tracing::warn!(customer = %self.key, error = %err, "thread control not recorded")
            }
        }
    }
}

impl Handler<ThreadChanged> for Conversation {
    type Result = AtomicResponse<Self, Result<(), ActorError>>;

    /// Meta's news of a thread of a customer never seen is dropped: their first message
    /// creates them, and arrives under `standby` while another app holds the thread.
    fn handle(&mut self, msg: ThreadChanged, _ctx: &mut Self::Context) -> Self::Result {
        AtomicResponse::new(Box::pin(self.run(move |op, mut snap| async move {
            let at = now();
            let written = op
                .write_through(&mut snap, Read::Cached, |c| {
                    Ok(Plan {
                        customer: c.and_then(|c| apply_news(c, &msg.news, msg.at, at)),
                        ..Plan::default()
                    })
                })
                .await;
            let result = match written {
                Ok(Written::Changed(customer)) => {
                    op.publish(Event::CustomerThreadChanged {
                        customer: op.view(&customer),
                    });
                    Ok(())
                }
                Ok(_) => Ok(()),
                Err(err) => Err(err),
            };
            (snap, result)
        })))
    }
}
