//! Router: one per company on each process that serves it. Hands waiting customers to
//! available agents by the company's policy, puts back in the queue customers their agent
//! left unanswered too long, and sets idle agents away (docs/routing.md). It runs whenever
//! something that could change a decision happens: a customer starts waiting, an agent
//! becomes available, a customer is released or handed back, a priority or the settings
//! change; and every [`TICK`] while the company has such work, for what happened on other
//! processes and for the clock.
//!
//! A drain reads the held customers and the queue (highest priority first, then longest
//! waiting), the agents' loads and presence, and decides one customer at a time. Each
//! decision goes to the customer's conversation ([`AutoAssign`], [`Requeue`]) under the
//! same compare-and-set as an agent's own action: a customer someone claimed meanwhile is
//! refused, never moved. Drains of one company never overlap: a nudge during a drain runs
//! one more after it. When processes share the store, only the holder of the company's
//! routing lease decides about customers, so two processes never fill one agent past
//! capacity between them; idle agents are judged by each process, which alone knows its
//! consoles.

use super::gates::Gates;
use crate::arbiters::Arbiters;
use crate::conversation::rules::unanswered_since;
use crate::conversation::{AutoAssign, Conversations, Outcome, Requeue};
use crate::directory::Directory;
use crate::events::{Availability, AwayReason, Event};
use crate::hub::{AwayIfIdle, Hubs, Publish};
use crate::ids::{AgentId, CompanyId};
use crate::model::{now, Customer};
use crate::persistence::store::CustomerQuery;
use crate::persistence::PersistenceHandle;
use crate::policy::{choose, Candidate, Policy, Routing};
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
    /// The agents' gates, shared with the desks' claims.
    pub gates: Arc<Gates>,
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

/// Whose turn it is, when each agent was last handed a customer (ms), and the agents this
/// router set away lately.
#[derive(Clone, Default)]
struct Turns {
    last_turn: Option<AgentId>,
    last_assigned: HashMap<AgentId, i64>,
    benched: HashMap<AgentId, Instant>,
}

/// How long an agent set away for leaving a customer unanswered is kept out of the
/// candidates, whatever presence says meanwhile (the news reaches every process sooner).
const BENCHED: Duration = Duration::from_secs(30);

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
            let busy = act
                .deps
                .directory
                .company(&act.company)
                .is_some_and(|c| c.routing.runs_on_its_own());
            if busy || act.deps.shared {
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

/// One pass over the company: idle agents set away, customers left unanswered put back in
/// the queue, then the queue handed out. Answers the turns as they stand after it.
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
    if routing.auto_away_after_seconds > 0 {
        // Each process knows its own consoles' activity: no lease needed.
        let after = Duration::from_secs(routing.auto_away_after_seconds.into());
        deps.hubs.get(&company).do_send(AwayIfIdle { after });
    }
    if routing.requeue_after_seconds == 0 && !routing.hands_out() {
        return turns;
    }
    let mut lease = Lease {
        name: format!("router/{company}"),
        until: None,
    };
    if !lease.held(&deps).await {
        return turns;
    }
    let held = match deps
        .persistence
        .list_customers(&company, CustomerQuery::every_stopped(Some(true)))
        .await
    {
        Ok((held, _)) => held,
        Err(err) => {
            tracing::warn!(company_id = %company, error = %err, "held customers not read for routing");
            return turns;
        }
    };
    let held = requeue_unanswered(&deps, &company, &routing, held, &mut turns, &mut lease).await;
    // Out of hours the queue waits; the tick drains it when the team is back.
    if routing.hands_out() && routing.is_open(now()) {
        hand_out(&deps, &company, &routing, &held, &mut turns, &mut lease).await;
    }
    turns
}

/// Puts back in the queue every customer whose holder left them unanswered past the
/// company's limit, and sets that agent away on every process. Answers the customers still
/// held.
async fn requeue_unanswered(
    deps: &RouterDeps,
    company: &CompanyId,
    routing: &Routing,
    held: Vec<Customer>,
    turns: &mut Turns,
    lease: &mut Lease,
) -> Vec<Customer> {
    if routing.requeue_after_seconds == 0 {
        return held;
    }
    let after = chrono::TimeDelta::seconds(routing.requeue_after_seconds.into());
    let at = now();
    let mut still = Vec::with_capacity(held.len());
    for customer in held {
        let due = unanswered_since(&customer).is_some_and(|since| at - since >= after);
        let holder = customer
            .agent_id
            .as_ref()
            .and_then(|id| deps.directory.agent(id))
            .map(|a| a.as_ref());
        let (Some(holder), true) = (holder, due) else {
            still.push(customer);
            continue;
        };
        let Ok(access) = deps.directory.company_page(company, &customer.page_id) else {
            still.push(customer);
            continue;
        };
        if !lease.held(deps).await {
            still.push(customer);
            continue;
        }
        let key = customer.key();
        let holder_id = holder.id.clone();
        let decided = deps
            .conversations
            .call(&key, &access, Requeue { holder, after })
            .await;
        match decided {
            Ok(Ok(Outcome { changed: true, .. })) => {
                turns.benched.insert(holder_id.clone(), Instant::now());
                deps.hubs.get(company).do_send(Publish {
                    event: Event::AgentAutoAway {
                        agent_id: holder_id,
                        reason: AwayReason::Unanswered,
                    },
                });
            }
            // Answered, released or moved meanwhile: the document knows best.
            Ok(Ok(outcome)) => still.push(outcome.customer),
            Ok(Err(err)) | Err(err) => {
                tracing::warn!(company_id = %company, customer = %key, error = %err,
                    "re-queue failed; trying again at the next drain");
                still.push(customer);
            }
        }
    }
    still
}

/// Hands the waiting customers, in queue order, to available agents with room.
async fn hand_out(
    deps: &RouterDeps,
    company: &CompanyId,
    routing: &Routing,
    held: &[Customer],
    turns: &mut Turns,
    lease: &mut Lease,
) {
    let waiting = deps
        .persistence
        .list_customers(company, CustomerQuery::every_stopped(Some(false)))
        .await;
    let mut queue: Vec<Customer> = match waiting {
        Ok((found, _)) => found
            .into_iter()
            .filter(|c| routing.policy_for(&c.page_id) != Policy::Manual)
            .collect(),
        Err(err) => {
            tracing::warn!(company_id = %company, error = %err, "queue not read for routing");
            return;
        }
    };
    if queue.is_empty() {
        return;
    }
    queue.sort_by(crate::queue::queue_order);
    let Some(mut candidates) = candidates(deps, company, routing, held, turns).await else {
        return;
    };
    let mut queue = std::collections::VecDeque::from(queue);
    while let Some(customer) = queue.pop_front() {
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
        let Ok(access) = deps.directory.company_page(company, &customer.page_id) else {
            continue;
        };
        if !lease.held(deps).await {
            break;
        }
        // Inside the agent's gate no claim of theirs can land before the assignment: their
        // customers are counted afresh, and the assignment waits for room.
        let gate = deps.gates.enter(&agent.id).await;
        match load_of(deps, company, &agent.id).await {
            Ok(load) if load < candidates[chosen].capacity => candidates[chosen].load = load,
            Ok(load) => {
                // They claimed meanwhile: the customer goes to someone else, if anyone.
                candidates[chosen].load = load;
                drop(gate);
                queue.push_front(customer);
                continue;
            }
            Err(err) => {
                tracing::warn!(company_id = %company, error = %err, "load not read for routing");
                break;
            }
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
        drop(gate);
        match decided {
            Ok(Ok(Outcome { changed: true, .. })) => {
                let at = now().timestamp_millis();
                let chosen = &mut candidates[chosen];
                chosen.load += 1;
                chosen.last_assigned = Some(at);
                turns.last_assigned.insert(chosen.agent_id.clone(), at);
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
}

/// How many customers `agent` holds now, as stored.
async fn load_of(
    deps: &RouterDeps,
    company: &CompanyId,
    agent: &AgentId,
) -> Result<u32, crate::error::StoreError> {
    let mut query = CustomerQuery::every_stopped(Some(true));
    query.agent = Some(agent.clone());
    // Only the count is wanted (a limit of 0 would mean none to MongoDB).
    query.limit = 1;
    let (_, total) = deps.persistence.list_customers(company, query).await?;
    Ok(u32::try_from(total).unwrap_or(u32::MAX))
}

/// The company's available agents with their capacity and load (from `held`); `None` when
/// presence could not be read. Agents the router just set away are left out while the
/// news travels.
async fn candidates(
    deps: &RouterDeps,
    company: &CompanyId,
    routing: &Routing,
    held: &[Customer],
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
    let mut loads: HashMap<AgentId, u32> = HashMap::new();
    for customer in held {
        if let Some(agent) = &customer.agent_id {
            *loads.entry(agent.clone()).or_default() += 1;
            if let Some(at) = customer.assigned_at {
                let last = turns.last_assigned.entry(agent.clone()).or_default();
                *last = (*last).max(at.timestamp_millis());
            }
        }
    }
    turns.benched.retain(|_, at| at.elapsed() < BENCHED);
    Some(
        deps.directory
            .company_agents(company)
            .into_iter()
            .filter(|a| present.get(&a.id) == Some(&Availability::Available))
            .filter(|a| !turns.benched.contains_key(&a.id))
            .map(|a| Candidate {
                load: loads.get(&a.id).copied().unwrap_or(0),
                capacity: routing.capacity_of(&a.id),
                last_assigned: turns.last_assigned.get(&a.id).copied(),
                agent_id: a.id,
            })
            .collect(),
    )
}
