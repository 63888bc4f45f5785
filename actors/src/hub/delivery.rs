//! How the hub hands one encoded broadcast to each of its sessions, as each chose
//! (`scope.rs`): the same bytes to every session on the default feed; to a narrowed one,
//! only what concerns it, queue-level changes merged into its digest, renumbered in its own
//! sequence. A session whose mailbox is full is evicted and told to close.

use super::messages::AgentEvent;
use super::scope::{self, Concern, Feed, Feeds, QueueBook, DIGEST_TICK};
use super::{CompanyHub, Session};
use crate::ids::CustomerKey;
use crate::persistence::store::CustomerQuery;
use actix::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// How long before a failed read of the queue is tried again.
const BOOK_RETRY: Duration = Duration::from_secs(1);

impl CompanyHub {
    /// Sends one encoded frame to every session of the company on this process.
    pub(super) fn deliver(&mut self, frame: String, ctx: &mut Context<Self>) {
        let seq = scope::seq_of(&frame).unwrap_or(self.last_seq + 1);
        // Events the company dropped (a skipped `seq`) are a gap for narrowed sessions too.
        let gap = self.last_seq != 0 && seq > self.last_seq + 1;
        self.last_seq = self.last_seq.max(seq);
        let narrowed = self.sessions.values().any(|s| s.seq.is_some());
        let concern = if narrowed {
            scope::concern(&self.company, &frame)
        } else {
            Concern::Company
        };
        if let (Concern::Customer { key, head, .. }, Some(book)) = (&concern, &mut self.book) {
            book.learn(key.clone(), head);
        }
        let frame: Arc<str> = Arc::from(frame);
        let mut evicted = Vec::new();
        let mut digested = false;
        for (id, session) in &mut self.sessions {
            let Some(own) = &mut session.seq else {
                if session
                    .recipient
                    .try_send(AgentEvent::Broadcast(frame.clone()))
                    .is_err_and(|e| matches!(e, SendError::Full(_)))
                {
                    evicted.push(*id);
                }
                continue;
            };
            if gap {
                *own += 1;
            }
            let sent = match &concern {
                Concern::Customer { key, head, view } if session.feeds.queue_digest => {
                    session.digest.add(key.clone(), head.version, view.clone());
                    digested = true;
                    true
                }
                Concern::Messages(key)
                    if !session.feeds.messages
                        && self.viewing.get(&session.agent) != Some(key)
                        && !self
                            .book
                            .as_ref()
                            .is_none_or(|b| b.concerns(&session.agent, key)) =>
                {
                    true
                }
                // The digest goes first: what a session is told keeps the order it happened in.
                _ => flush_digest(session) && send_own(session, &frame),
            };
            if !sent {
                evicted.push(*id);
            }
        }
        self.evict(evicted, ctx);
        if digested && !self.digest_due {
            self.digest_due = true;
            ctx.run_later(DIGEST_TICK, |act, ctx| {
                act.digest_due = false;
                act.flush_digests(ctx);
            });
        }
    }

    /// Sends every session its merged queue changes.
    fn flush_digests(&mut self, ctx: &mut Context<Self>) {
        let evicted = self
            .sessions
            .iter_mut()
            .filter_map(|(id, session)| (!flush_digest(session)).then_some(*id))
            .collect();
        self.evict(evicted, ctx);
    }

    /// Drops sessions that fell too far behind and tells them to close.
    fn evict(&mut self, ids: Vec<u64>, ctx: &mut Context<Self>) {
        for id in ids {
            if let Some(session) = self.sessions.remove(&id) {
                tracing::warn!(company_id = %self.company, agent_id = %session.agent, session = id,
                    "agent session fell behind; evicting it");
                self.metrics.evicted_sessions.inc();
                // `do_send` ignores the mailbox bound: the close is queued behind the backlog.
                session.recipient.do_send(AgentEvent::Evicted);
                self.left(&session.agent, ctx);
            }
        }
    }

    /// A session joins or leaves a feed; answers its feeds now.
    pub(super) fn subscribe(
        &mut self,
        id: u64,
        feed: Feed,
        on: bool,
        ctx: &mut Context<Self>,
    ) -> Feeds {
        let Some(session) = self.sessions.get_mut(&id) else {
            return Feeds::default();
        };
        let feeds = session.feeds.with(feed, on);
        if feeds != Feeds::default() && session.seq.is_none() {
            // From here the session numbers its own frames, on from where the company was.
            session.seq = Some(self.last_seq);
        }
        let kept_up = feeds.queue_digest || flush_digest(session);
        session.feeds = feeds;
        if !kept_up {
            self.evict(vec![id], ctx);
        }
        self.keep_book(ctx);
        feeds
    }

    /// Keeps the queue book while a session goes without the company-wide messages, and
    /// only then: it starts with a read of every customer who asked for a person.
    pub(super) fn keep_book(&mut self, ctx: &mut Context<Self>) {
        let needed = self.sessions.values().any(|s| !s.feeds.messages);
        match (needed, self.book.is_some()) {
            (true, false) => {
                self.book = Some(QueueBook::default());
                self.read_book(ctx);
            }
            (false, true) => self.book = None,
            _ => {}
        }
    }

    fn read_book(&mut self, ctx: &mut Context<Self>) {
        let persistence = self.persistence.clone();
        let company = self.company.clone();
        let read = async move {
            persistence
                .list_customers(&company, CustomerQuery::every_stopped(None))
                .await
        };
        ctx.spawn(read.into_actor(self).map(|result, act, ctx| {
            let Some(book) = &mut act.book else {
                return;
            };
            match result {
                Ok((customers, _)) => {
                    for customer in customers {
                        let key = CustomerKey {
                            company: act.company.clone(),
                            page: customer.page_id.clone(),
                            customer: customer.customer_id.clone(),
                        };
                        book.learn(key, &scope::Head::of(&customer));
                    }
                    book.loaded = true;
                }
                Err(err) => {
                    tracing::warn!(company_id = %act.company, error = %err,
                        "queue not read for scoped delivery; every message goes to everyone meanwhile");
                    ctx.run_later(BOOK_RETRY, |act, ctx| {
                        if act.book.as_ref().is_some_and(|b| !b.loaded) {
                            act.read_book(ctx);
                        }
                    });
                }
            }
        }));
    }
}

/// Sends a narrowed session the next frame of its own sequence; false when it cannot keep up.
fn send_own(session: &mut Session, frame: &str) -> bool {
    let Some(own) = &mut session.seq else {
        return true;
    };
    *own += 1;
    let frame: Arc<str> = Arc::from(scope::renumber(frame, *own));
    !session
        .recipient
        .try_send(AgentEvent::Broadcast(frame))
        .is_err_and(|e| matches!(e, SendError::Full(_)))
}

/// Sends a session its merged queue changes, if any; false when it cannot keep up.
fn flush_digest(session: &mut Session) -> bool {
    if session.digest.is_empty() {
        return true;
    }
    let Some(own) = &mut session.seq else {
        return true;
    };
    *own += 1;
    let frame: Arc<str> = Arc::from(session.digest.take_frame(*own));
    !session
        .recipient
        .try_send(AgentEvent::Broadcast(frame))
        .is_err_and(|e| matches!(e, SendError::Full(_)))
}
