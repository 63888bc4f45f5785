//! Which hub serves which company: one per company, started on first use.

use super::{CompanyHub, LogLink};
use crate::arbiters::Arbiters;
use crate::ids::CompanyId;
use crate::metrics::Metrics;
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use dashmap::DashMap;
use std::sync::Arc;

/// One hub per company, started on first use.
pub(crate) struct Hubs {
    hubs: DashMap<CompanyId, Addr<CompanyHub>>,
    arbiters: Arc<Arbiters>,
    metrics: Arc<Metrics>,
    persistence: PersistenceHandle,
    /// Set when processes share the store: broadcasts travel through it.
    log: Option<LogLink>,
    nudge: Nudger,
}

/// Told the company whenever a broadcast may change who should be handed a customer.
pub type Nudger = Arc<dyn Fn(&CompanyId) + Send + Sync>;

impl Hubs {
    pub fn new(
        arbiters: Arc<Arbiters>,
        metrics: Arc<Metrics>,
        persistence: PersistenceHandle,
        log: Option<LogLink>,
        nudge: Nudger,
    ) -> Self {
        Hubs {
            hubs: DashMap::new(),
            arbiters,
            metrics,
            persistence,
            log,
            nudge,
        }
    }

    pub fn get(&self, company: &CompanyId) -> Addr<CompanyHub> {
        if let Some(hub) = self.hubs.get(company) {
            return hub.clone();
        }
        self.hubs
            .entry(company.clone())
            .or_insert_with(|| {
                let hub = CompanyHub::new(
                    company.clone(),
                    self.metrics.clone(),
                    self.persistence.clone(),
                    self.log.clone(),
                    self.nudge.clone(),
                );
                CompanyHub::start_in_arbiter(self.arbiters.for_id(company), |_| hub)
            })
            .clone()
    }

    /// The company's hub, if this process started one.
    pub fn existing(&self, company: &CompanyId) -> Option<Addr<CompanyHub>> {
        self.hubs.get(company).map(|hub| hub.clone())
    }
}
