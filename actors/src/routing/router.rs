//! Router: one per company on each process that serves it. Hands waiting customers to
//! available agents by the company's policy (docs/routing.md) whenever something that
//! could change a decision happens: a customer starts waiting, an agent becomes available,
//! a customer is released or handed back, the settings change; and every [`TICK`] while
//! the company hands customers out, for what happened on other processes.
//!
//! A drain reads the queue (highest priority first, then longest waiting), the agents' loads and presence, and
//! decides one customer at a time. Each decision goes to the customer's conversation as
//! [`AutoAssign`], under the same compare-and-set as a manual claim: a customer someone
//! claimed meanwhile is refused, never moved. Drains of one company never overlap: a nudge
//! during a drain runs one more after it. When processes share the store, only the holder
//! of the company's routing lease drains, so two processes never fill one agent past
//! capacity between them.

use super::choice::{choose, Candidate};
use crate::arbiters::Arbiters;
use crate::conversation::{AutoAssign, Conversations, Outcome};
use crate::directory::Directory;
use crate::events::Availability;
use crate::hub::Hubs;
use crate::ids::{AgentId, CompanyId};
use crate::model::{now, Customer};
use crate::persistence::store::CustomerQuery;
use crate::persistence::PersistenceHandle;
use actix::prelude::*;
use dashmap::DashMap;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often a company that hands customers out is drained without a nudge.
pub const TICK: Duration = Duration::from_secs(2);
/// How long the routing lease lasts once taken or renewed (processes sharing a store).
pub const LEASE: Duration = Duration::from_secs(10);

/// What every router needs, shared.
pub(crate) struct RouterDeps {
    pub directory: Arc<Directory>,
    pub persistence: PersistenceHandle,
    pub hubs: Arc<Hubs>,
    pub conversations: Conversations,
    /// Processes share the store: take the lease before deciding.
    pub shared: bool,
    /// This process, as the lease's holder.
    pub instance: String,
}

/// One router per company, started on first nudge.
pub(crate) struct Routers {
    routers: DashMap<CompanyId, Addr<Router>>,
    deps: Arc<RouterDeps>,
    arbiters: Arc<Arbiters>,
}

impl Routers {
    pub fn new(deps: RouterDeps, arbiters: Arc<Arbiters>) -> Self {
        Routers {
            routers: DashMap::new(),
            deps: Arc::new(deps),
            arbiters,
        }
    }

    /// Something changed for the company: its router drains soon.
    pub fn nudge(&self, company: &CompanyId) {
        let router = self
            .routers
            .entry(company.clone())
            .or_insert_with(|| {
                let router = Router {
                    company: company.clone(),
                    deps: self.deps.clone(),
                    turns: Turns::default(),
                    draining: false,
                    again: false,
                };
                Router::start_in_arbiter(self.arbiters.for_id(company), |_| router)
            })
            .clone();
        router.do_send(Nudge);
    }
}

/// Drain the company's queue.
#[derive(Message)]
#[rtype(result = "()")]
pub(crate) struct Nudge;

/// Whose turn it is, and when each agent was last handed a customer (ms).
#[derive(Clone, Default)]
struct Turns {
    last_turn: Option<AgentId>,
    last_assigned: HashMap<AgentId, i64>,
}

pub(crate) struct Router {
    company: CompanyId,
    deps: Arc<RouterDeps>,
    turns: Turns,
    draining: bool,
    again: bool,
}

impl Actor for Router {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Self::Context) {
        ctx.run_interval(TICK, |act, ctx| {
            // Sharing the store, another process may have changed the settings: the drain
            // reads them.
            let hands_out = act
                .deps
                .directory
                .company(&act.company)
                .is_some_and(|c| c.routing.hands_out());
            if hands_out || act.deps.shared {
                act.drain(ctx);
            }
        });
    }
}

impl Handler<Nudge> for Router {
    type Result = ();

    fn handle(&mut self, _msg: Nudge, ctx: &mut Self::Context) {
        self.drain(ctx);
    }
}

impl Router {
    fn drain(&mut self, ctx: &mut Context<Self>) {
        if self.draining {
            self.again = true;
            return;
        }
        self.draining = true;
        let work = drain(self.deps.clone(), self.company.clone(), self.turns.clone());
        ctx.spawn(work.into_actor(self).map(|turns, act, ctx| {
            act.turns = turns;
            act.draining = false;
            if std::mem::take(&mut act.again) {
                act.drain(ctx);
            }
        }));
    }
}

/// The routing lease of a company, held by this process until `until`.
struct Lease {
    name: String,
    until: Option<Instant>,
}

impl Lease {
    /// Whether this process may decide now: alone on its store always; sharing it, while
    /// at least half the lease is left, renewing it otherwise.
    async fn held(&mut self, deps: &RouterDeps) -> bool {
        if !deps.shared {
            return true;
        }
        let now = Instant::now();
        if self.until.is_some_and(|until| until > now + LEASE / 2) {
            return true;
        }
        match deps
            .persistence
            .lease(&self.name, &deps.instance, LEASE)
            .await
        {
            Ok(true) => {
                self.until = Some(now + LEASE);
                true
            }
            Ok(false) => false,
            Err(err) => {
                tracing::warn!(lease = %self.name, error = %err, "routing lease not taken");
                false
            }
        }
    }
}

/// One pass over the company's queue; answers the turns as they stand after it.
async fn drain(deps: Arc<RouterDeps>, company: CompanyId, mut turns: Turns) -> Turns {
    if deps.shared {
        // The settings in force are the stored ones; the directory learns them here.
        match deps.persistence.company(&company).await {
            Ok(Some(record)) => deps.directory.put_company(record),
            Ok(None) => return turns,
            Err(err) => {
                tracing::warn!(company_id = %company, error = %err, "settings not read for routing");
                return turns;
            }
        }
    }
    let Some(record) = deps.directory.company(&company) else {
        return turns;
    };
    let routing = record.routing;
    if !routing.hands_out() {
        return turns;
    }
    let mut lease = Lease {
        name: format!("router/{company}"),
        until: None,
    };
    if !lease.held(&deps).await {
        return turns;
    }
    let waiting = deps
        .persistence
        .list_customers(&company, CustomerQuery::every_stopped(Some(false)))
        .await;
    let mut queue: Vec<Customer> = match waiting {
        Ok((found, _)) => found
            .into_iter()
            .filter(|c| routing.policy_for(&c.page_id) != super::Policy::Manual)
            .collect(),
        Err(err) => {
            tracing::warn!(company_id = %company, error = %err, "queue not read for routing");
            return turns;
        }
    };
    if queue.is_empty() {
        return turns;
    }
    // The queue's order: highest priority first, then waiting longest.
    queue.sort_by(|a, b| {
        b.priority.cmp(&a.priority).then_with(|| {
            (a.stopped_at, &a.page_id, &a.customer_id).cmp(&(
                b.stopped_at,
                &b.page_id,
                &b.customer_id,
            ))
        })
    });
    let Some(mut candidates) = candidates(&deps, &company, &routing, &mut turns).await else {
        return turns;
    };
    for customer in queue {
        let policy = routing.policy_for(&customer.page_id);
        let Some((chosen, reason)) = choose(policy, &candidates, turns.last_turn.as_ref()) else {
            // Nobody available has room: the rest waits for capacity or an agent.
            break;
        };
        let target = &candidates[chosen].agent_id;
        let Some(agent) = deps.directory.agent(target).map(|a| a.as_ref()) else {
            candidates.swap_remove(chosen);
            continue;
        };
        let Ok(access) = deps.directory.company_page(&company, &customer.page_id) else {
            continue;
        };
        if !lease.held(&deps).await {
            break;
        }
        let detail = json!({
            "policy": policy.as_str(),
            "reason": reason,
            "candidates": candidates,
        });
        let key = customer.key();
        let decided = deps
            .conversations
            .call(&key, &access, AutoAssign { agent, detail })
            .await;
        match decided {
            Ok(Ok(Outcome { changed: true, .. })) => {
                let chosen = &mut candidates[chosen];
                chosen.load += 1;
                chosen.last_assigned = Some(now().timestamp_millis());
                turns
                    .last_assigned
                    .insert(chosen.agent_id.clone(), now().timestamp_millis());
                turns.last_turn = Some(chosen.agent_id.clone());
            }
            // Claimed meanwhile, handed back to the bot, or already theirs: nothing moved.
            Ok(Ok(_)) => {}
            Ok(Err(err)) if !err.is_failure() => {}
            Ok(Err(err)) | Err(err) => {
                tracing::warn!(company_id = %company, customer = %key, error = %err,
                    "automatic assignment failed; trying again at the next drain");
                break;
            }
        }
    }
    turns
}

/// The company's available agents with their capacity and load; `None` when they could not
/// be read.
async fn candidates(
    deps: &RouterDeps,
    company: &CompanyId,
    routing: &super::Routing,
    turns: &mut Turns,
) -> Option<Vec<Candidate>> {
    let hub = deps.hubs.get(company);
    let present = crate::roster::present(&deps.persistence, &hub, company, deps.shared).await;
    let present = match present {
        Ok(present) => present,
        Err(err) => {
            tracing::warn!(company_id = %company, error = %err, "presence not read for routing");
            return None;
        }
    };
    let held = deps
        .persistence
        .list_customers(company, CustomerQuery::every_stopped(Some(true)))
        .await;
    let held = match held {
        Ok((held, _)) => held,
        Err(err) => {
            tracing::warn!(company_id = %company, error = %err, "loads not read for routing");
            return None;
        }
    };
    let mut loads: HashMap<AgentId, u32> = HashMap::new();
    for customer in &held {
        if let Some(agent) = &customer.agent_id {
            *loads.entry(agent.clone()).or_default() += 1;
            if let Some(at) = customer.assigned_at {
                let last = turns.last_assigned.entry(agent.clone()).or_default();
                *last = (*last).max(at.timestamp_millis());
            }
        }
    }
    Some(
        deps.directory
            .company_agents(company)
            .into_iter()
            .filter(|a| present.get(&a.id) == Some(&Availability::Available))
            .map(|a| Candidate {
                load: loads.get(&a.id).copied().unwrap_or(0),
                capacity: routing.capacity_of(&a.id),
                last_assigned: turns.last_assigned.get(&a.id).copied(),
                agent_id: a.id,
            })
            .collect(),
    )
}
