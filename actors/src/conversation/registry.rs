//! Which conversation actor serves which customer (one per customer, started on first use),
//! and what they all share.

use super::Conversation;
use crate::arbiters::Arbiters;
use crate::hub::Hubs;
use crate::ids::CustomerKey;
use crate::metrics::Metrics;
use crate::outbox::{Bot, Messenger, PageAccess};
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use dashmap::DashMap;
use std::sync::Arc;
use std::time::Duration;

/// What every conversation actor shares.
pub(crate) struct Deps {
    pub persistence: PersistenceHandle,
    /// Other processes may write the store (MongoDB): a cached customer may be stale, and a
    /// customer write is several steps rather than one transaction.
    pub shared: bool,
    /// This process, as the owner of the agent messages it sends (random at every start).
    pub instance: String,
    pub hubs: Arc<Hubs>,
    pub messenger: Arc<dyn Messenger>,
    pub bot: Arc<dyn Bot>,
    pub metrics: Arc<Metrics>,
    pub conversations: Arc<DashMap<CustomerKey, Addr<Conversation>>>,
    /// A conversation with no activity for this long stops (it reloads on the next message).
    pub idle_after: Duration,
    /// Show the typing indicator before each agent message.
    pub typing_indicator: bool,
}

/// One conversation actor per customer, started on first use.
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

    fn spawn(&self, key: &CustomerKey, page: &Arc<PageAccess>) -> Addr<Conversation> {
        let actor = Conversation::new(key.clone(), page.clone(), self.deps.clone());
        Conversation::start_in_arbiter(self.arbiters.for_id(key), |_| actor)
    }
}
