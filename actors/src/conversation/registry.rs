//! Which conversation actor serves which customer: one per customer, started on first use.

use super::machinery::{Conversation, Deps};
use crate::arbiters::Arbiters;
use crate::error::ActorError;
use crate::ids::CustomerKey;
use crate::outbox::PageAccess;
use actix::prelude::*;
use std::sync::Arc;

/// One conversation actor per customer, started on first use.
#[derive(Clone)]
pub(crate) struct Conversations {
    deps: Arc<Deps>,
    arbiters: Arc<Arbiters>,
}

impl Conversations {
    pub fn new(deps: Arc<Deps>, arbiters: Arc<Arbiters>) -> Self {
        Conversations { deps, arbiters }
    }

    pub fn get(&self, key: &CustomerKey, page: &Arc<PageAccess>) -> Addr<Conversation> {
        if let Some(addr) = self.deps.conversations.get(key) {
            if addr.connected() {
                return addr.clone();
            }
        }
        let mut entry = self
            .deps
            .conversations
            .entry(key.clone())
            .or_insert_with(|| self.spawn(key, page));
        if !entry.connected() {
            *entry = self.spawn(key, page);
        }
        entry.clone()
    }

    /// Forgets `addr` if it is still the registered actor for `key` (it has stopped).
    pub fn forget(&self, key: &CustomerKey, addr: &Addr<Conversation>) {
        self.deps.conversations.remove_if(key, |_, a| a == addr);
    }

    /// Sends `msg` to the customer's conversation, starting it if needed. A conversation
    /// that stopped (idle) between lookup and delivery is replaced and asked again.
    pub async fn call<M>(
        &self,
        key: &CustomerKey,
        page: &Arc<PageAccess>,
        msg: M,
    ) -> Result<M::Result, ActorError>
    where
        M: Message + std::marker::Send + Clone + 'static,
        M::Result: std::marker::Send,
        Conversation: Handler<M>,
    {
        for _ in 0..3 {
            let addr = self.get(key, page);
            match addr.send(msg.clone()).await {
                Ok(result) => return Ok(result),
                Err(MailboxError::Closed) => self.forget(key, &addr),
                Err(MailboxError::Timeout) => {
                    tracing::error!(customer = %key, "conversation actor did not answer in time");
                    return Err(ActorError::ActorUnavailable);
                }
            }
        }
        tracing::error!(customer = %key, "conversation actor kept stopping");
        Err(ActorError::ActorUnavailable)
    }

    fn spawn(&self, key: &CustomerKey, page: &Arc<PageAccess>) -> Addr<Conversation> {
        let actor = Conversation::new(key.clone(), page.clone(), self.deps.clone());
        Conversation::start_in_arbiter(self.arbiters.for_id(key), |_| actor)
    }
}
