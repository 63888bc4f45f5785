//! The registry: which actor serves which company or customer. Hubs and conversations are
//! started on demand on a small pool of arbiters (threads), chosen by hashing the id, so
//! different customers proceed in parallel and one customer always lands on one actor.

use crate::conversation::Conversation;
use crate::hub::{CompanyHub, LogLink};
use crate::ids::{CompanyId, CustomerKey};
use crate::metrics::Metrics;
use crate::outbox::{Bot, Messenger, PageAccess};
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use dashmap::DashMap;
use std::hash::{BuildHasher, Hash};
use std::sync::Arc;
use std::time::Duration;

/// A fixed pool of arbiters; an id always maps to the same one.
pub struct Arbiters {
    handles: Vec<ArbiterHandle>,
    hasher: std::collections::hash_map::RandomState,
}

impl Arbiters {
    /// Starts `count` arbiter threads (at least one). Must run inside an actix `System`.
    pub fn start(count: usize) -> Self {
        let handles = (0..count.max(1)).map(|_| Arbiter::new().handle()).collect();
        Arbiters {
            handles,
            hasher: Default::default(),
        }
    }

    pub fn for_id(&self, id: &impl Hash) -> &ArbiterHandle {
        let index = self.hasher.hash_one(id) as usize % self.handles.len();
        &self.handles[index]
    }

    pub fn stop(&self) {
        for handle in &self.handles {
            handle.stop();
        }
    }
}

/// One hub per company, started on first use.
pub struct Hubs {
    hubs: DashMap<CompanyId, Addr<CompanyHub>>,
    arbiters: Arc<Arbiters>,
    metrics: Arc<Metrics>,
    /// Set when processes share the store: broadcasts travel through it.
    log: Option<LogLink>,
}

impl Hubs {
    pub fn new(arbiters: Arc<Arbiters>, metrics: Arc<Metrics>, log: Option<LogLink>) -> Self {
        Hubs {
            hubs: DashMap::new(),
            arbiters,
            metrics,
            log,
        }
    }

    pub fn get(&self, company: &CompanyId) -> Addr<CompanyHub> {
        if let Some(hub) = self.hubs.get(company) {
            return hub.clone();
        }
        self.hubs
            .entry(company.clone())
            .or_insert_with(|| {
                let hub = CompanyHub::new(company.clone(), self.metrics.clone(), self.log.clone());
                CompanyHub::start_in_arbiter(self.arbiters.for_id(company), |_| hub)
            })
            .clone()
    }

    /// The company's hub, if this process started one.
    pub fn existing(&self, company: &CompanyId) -> Option<Addr<CompanyHub>> {
        self.hubs.get(company).map(|hub| hub.clone())
    }
}

/// What every conversation actor shares.
pub struct Deps {
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
pub struct Conversations {
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
