//! A conversation's outbound queue: what goes out to the customer, in order, and who waits
//! for it. The sending itself is in `delivery.rs`.

use super::messages::Job;
use crate::error::ActorError;
use crate::model::MessageRecord;
use std::collections::{HashMap, VecDeque};
use tokio::sync::oneshot;

pub(super) type Waiter = oneshot::Sender<Result<Vec<MessageRecord>, ActorError>>;

/// The conversation's outbound queue.
#[derive(Default)]
pub(crate) struct Outbound {
    pub(super) queue: VecDeque<Job>,
    /// A job is between its check and its recorded answer: the next one waits, so what
    /// goes out to the customer keeps its order.
    pub(super) busy: bool,
    /// A [`Dispatch`] is already in the mailbox.
    pub(super) scheduled: bool,
    /// Agents waiting for their message's outcome, by outgoing id.
    pub(super) waiters: HashMap<String, Vec<Waiter>>,
}

impl Outbound {
    /// Nothing queued, nothing on its way, nobody waiting.
    pub(crate) fn is_idle(&self) -> bool {
        !self.busy && self.queue.is_empty() && self.waiters.is_empty()
    }
}
