//! An agent's desk: everything an agent (or admin) may ask of the engine, scoped to their
//! company. The web layer reaches these operations only through [`Engine::as_agent`], so no
//! call can name a page, customer or colleague of another company without this check:
//! pages are resolved within the agent's company, customers looked up only under it,
//! colleagues only among its agents, and refusals audited in its log.

use crate::analytics::{
    self, CustomerDue, Deadlines, Due, Handoff, MetricsQuery, Report, AT_RISK_SHARE,
};
use crate::conversation::{
    Assign, Conversation, DiscardMessage, Outcome, RetryMessage, SendMessage, Sent, SetPriority,
    SetStop, Ticket, Transfer, Unassign,
};
use crate::engine::{
    check_skip, outcome, AgentStatus, CustomerPage, Engine, ListRequest, MAX_TEXT_CHARS,
};
use crate::error::ActorError;
use crate::events::{Availability, CustomerView};
use crate::handoff::Episode;
use crate::hub::{CompanyHub, SetAvailability, SetViewing};
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{now, AgentRef, AuditEntry, AuditQuery, Customer, MessageRecord, TenantChange};
use crate::outbox::PageAccess;
use crate::persistence::store::{hour_of, CustomerQuery, Period, WriteOp};
use crate::persistence::PersistenceHandle;
use crate::policy::{Priority, Routing};
use crate::tally::Hours;
use actix::prelude::*;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::Arc;

/// What one agent may do, in their company. Obtained from [`Engine::as_agent`]; a copy is
/// cheap (two references), so each operation takes the desk by value.
#[derive(Clone, Copy)]
pub struct AgentDesk<'a> {
    engine: &'a Engine,
    agent: &'a AgentRef,
}

/// The longest period one metrics request may cover.
const MAX_METRICS_PERIOD: chrono::TimeDelta = chrono::TimeDelta::days(93);

/// The handoff a waiting customer is in; one waiting since before handoffs were recorded
/// is taken from their stop and their holder.
fn open_episode(c: &Customer) -> Episode {
    c.handoff.clone().unwrap_or_else(|| {
        let mut episode = Episode::begin(c.stopped_at.unwrap_or(c.updated_at));
        if let Some(holder) = &c.agent_id {
            episode.change_holder(Some(holder), c.assigned_at.unwrap_or(c.updated_at));
        }
        episode
    })
}

/// The handoffs of `query`'s scope as of `at`, hour by hour ([`analytics::gather`]): the
/// running aggregates of the hours the period touches, the finished handoffs requested in
/// the hours it cuts, read one by one, and the `open` ones.
async fn gathered(
    persistence: &PersistenceHandle,
    company: &CompanyId,
    open: &[Handoff],
    query: &MetricsQuery,
    at: DateTime<Utc>,
) -> Result<Hours, ActorError> {
    let period = Period {
        from: hour_of(query.from),
        to: query.to,
    };
    let rows = persistence.tallies(company, period).await?;
    let mut edges = Vec::new();
    for start in analytics::cut_hours(query) {
        let hour = Period {
            from: start,
            to: start + chrono::TimeDelta::hours(1),
        };
        edges.extend(persistence.handoffs(company, hour).await?);
    }
    Ok(analytics::gather(&rows, &edges, open, query, at)?)
}

impl Engine {
    /// The desk of `agent`, a signed-in agent (the web layer has checked the session).
    pub fn as_agent<'a>(&'a self, agent: &'a AgentRef) -> AgentDesk<'a> {
        AgentDesk {
            engine: self,
            agent,
        }
    }
}

impl<'a> AgentDesk<'a> {
    /// The agent this desk acts for.
    pub fn agent(self) -> &'a AgentRef {
        self.agent
    }

    /// The agent's company's hub, for the agent's WebSocket connections.
    pub fn hub(self) -> Addr<CompanyHub> {
        self.engine.hub(&self.agent.company_id)
    }

    pub async fn assign(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<CustomerView, ActorError> {
        let msg = Assign {
            agent: self.agent.clone(),
        };
        let _gate = self.engine.gates.enter(&self.agent.id).await;
        self.act(page, customer, "assign", msg).await
    }

    /// The holder (or an admin) gives the customer back to the queue.
    pub async fn unassign(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<CustomerView, ActorError> {
        let msg = Unassign {
            agent: self.agent.clone(),
        };
        self.act(page, customer, "unassign", msg).await
    }

    /// An admin gives the customer to another agent of the same company.
    pub async fn transfer(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        target: &AgentId,
    ) -> Result<CustomerView, ActorError> {
        let target = match self.colleague(target) {
            Ok(target) => target,
            Err(err) => return Err(self.refused("transfer", page, Some(customer), err).await),
        };
        let _gate = self.engine.gates.enter(&target.id).await;
        let msg = Transfer {
            admin: self.agent.clone(),
            target,
        };
        self.act(page, customer, "transfer", msg).await
    }

    /// An admin ends every session of an agent of their company (a lost laptop, a leaver):
    /// the sessions leave the store, audited with the agent they ended. Refusals are
    /// audited too. The caller closes this process's connections; other processes find the
    /// sessions gone at their next check.
    pub async fn end_agent_sessions(self, target: &AgentId) -> Result<AgentRef, ActorError> {
        let admin = self.agent;
        let detail = serde_json::json!({"target_agent_id": target});
        let (result, outcome) = match self.colleague(target) {
            Ok(agent) => ("ok", Ok(agent)),
            Err(err) => (err.code(), Err(err)),
        };
        let audit = WriteOp::Audit {
            company: admin.company_id.clone(),
            entry: AuditEntry::new("end_sessions", admin, result).with_detail(detail),
        };
        let mut ops = vec![audit];
        if outcome.is_ok() {
            let end = TenantChange::EndAgentSessions(target.clone());
            ops.insert(0, WriteOp::Tenant(end));
        }
        self.engine.commit(ops).await?;
        outcome
    }

    /// Sets `stop` (`None`: toggles it).
    pub async fn set_stop(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        stop: Option<bool>,
    ) -> Result<CustomerView, ActorError> {
        let msg = SetStop {
            agent: self.agent.clone(),
            stop,
        };
        self.act(page, customer, "set_stop", msg).await
    }

    /// Sets how urgently a customer who asked for a person should be served (any agent of
    /// the company: the queue is theirs to work).
    pub async fn set_priority(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        priority: Priority,
    ) -> Result<CustomerView, ActorError> {
        let msg = SetPriority {
            agent: self.agent.clone(),
            priority,
        };
        self.act(page, customer, "set_priority", msg).await
    }

    /// Sends the customer a message (assigning an unassigned customer to the sender).
    pub async fn send(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        text: &str,
    ) -> Result<(CustomerKey, Sent), ActorError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ActorError::invalid("message", "must not be empty"));
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(ActorError::invalid(
                "message",
                "longer than 20000 characters",
            ));
        }
        let msg = SendMessage {
            agent: self.agent.clone(),
            text: text.to_owned(),
        };
        self.reserve_and_wait(page, customer, "send", msg).await
    }

    /// The author sends a failed message again.
    pub async fn retry_message(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        outgoing_id: &str,
    ) -> Result<(CustomerKey, Sent), ActorError> {
        let msg = RetryMessage {
            agent: self.agent.clone(),
            outgoing_id: outgoing_id.to_owned(),
        };
        self.reserve_and_wait(page, customer, "retry_message", msg)
            .await
    }

    /// A failed message is given up.
    pub async fn discard_message(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        outgoing_id: &str,
    ) -> Result<CustomerView, ActorError> {
        let msg = DiscardMessage {
            agent: self.agent.clone(),
            outgoing_id: outgoing_id.to_owned(),
        };
        self.act(page, customer, "discard_message", msg).await
    }

    pub async fn customer(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<(CustomerView, CustomerKey), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let (key, _) = self.resolve(page, customer, "read_customer").await?;
        let found = engine
            .persistence
            .customer(&key)
            .await?
            .ok_or(ActorError::CustomerNotFound)?;
        Ok((CustomerView::new(found, now(), Some(&agent.id)), key))
    }

    /// The latest `limit` messages before `before`, oldest first, of a customer found with
    /// [`AgentDesk::customer`]: a key of another company is `customer_not_found`.
    pub async fn messages(
        self,
        key: &CustomerKey,
        limit: usize,
        before: Option<DateTime<Utc>>,
    ) -> Result<Vec<MessageRecord>, ActorError> {
        if key.company != self.agent.company_id {
            return Err(ActorError::CustomerNotFound);
        }
        Ok(self.engine.persistence.messages(key, limit, before).await?)
    }

    pub async fn list_customers(self, request: ListRequest) -> Result<CustomerPage, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        check_skip(request.skip)?;
        let pages = match &request.page {
            Some(page) => {
                if let Err(err) = engine.directory.company_page(&agent.company_id, page) {
                    return Err(self.refused("list_customers", Some(page), None, err).await);
                }
                vec![page.clone()]
            }
            None => engine.directory.company_pages(&agent.company_id),
        };
        let limit = request.limit.get();
        let query = CustomerQuery {
            pages: Some(pages),
            stop: request.stop,
            assigned: request.assigned,
            agent: None,
            sort: request.sort,
            limit,
            skip: request.skip,
        };
        let (found, total) = engine
            .persistence
            .list_customers(&agent.company_id, query)
            .await?;
        let at = now();
        Ok(CustomerPage {
            customers: found
                .into_iter()
                .map(|c| CustomerView::new(c, at, Some(&agent.id)))
                .collect(),
            total,
            limit,
            skip: request.skip,
        })
    }

    /// The company's audit log, newest first (admins only). `query.limit` comes from a
    /// [`PageSize`](crate::model::PageSize).
    pub async fn audit(self, query: AuditQuery) -> Result<(Vec<AuditEntry>, u64), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        if !agent.is_admin() {
            return Err(ActorError::Forbidden);
        }
        check_skip(query.skip)?;
        Ok(engine.persistence.audit(&agent.company_id, query).await?)
    }

    /// The company's agents with their availability (on any process), how many customers
    /// each holds and how many routing hands them at most.
    pub async fn agents(self) -> Result<Vec<AgentStatus>, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let company = &agent.company_id;
        let presence =
            crate::roster::present(&engine.persistence, &self.hub(), company, engine.shared)
                .await?;
        let (held, _) = engine
            .persistence
            .list_customers(company, CustomerQuery::every_stopped(Some(true)))
            .await?;
        let mut counts: HashMap<AgentId, u64> = HashMap::new();
        for customer in held {
            if let Some(id) = customer.agent_id {
                *counts.entry(id).or_default() += 1;
            }
        }
        let routing = self.routing();
        Ok(engine
            .directory
            .company_agents(company)
            .into_iter()
            .map(|a| AgentStatus {
                status: presence
                    .get(&a.id)
                    .copied()
                    .unwrap_or(Availability::Offline),
                assigned_count: counts.get(&a.id).copied().unwrap_or(0),
                capacity: routing.capacity_of(&a.id),
                id: a.id,
                name: a.name,
                email: a.email,
                role: a.role,
            })
            .collect())
    }

    /// The company's routing settings (any agent of the company: the console shows
    /// capacities).
    pub fn routing(self) -> Routing {
        self.engine
            .directory
            .company(&self.agent.company_id)
            .map(|c| c.routing)
            .unwrap_or_default()
    }

    /// Replaces the company's routing settings (admins only), audited with what they now
    /// say. The company's router drains with them at once; other processes read them
    /// within their next tenants reload.
    pub async fn set_routing(self, routing: Routing) -> Result<Routing, ActorError> {
        let (engine, admin) = (self.engine, self.agent);
        if !admin.is_admin() {
            return Err(ActorError::Forbidden);
        }
        let company = &admin.company_id;
        let agents: Vec<AgentId> = engine
            .directory
            .company_agents(company)
            .into_iter()
            .map(|a| a.id)
            .collect();
        routing
            .check(&engine.directory.company_pages(company), &agents)
            .map_err(|(field, reason)| ActorError::invalid(&field, &reason))?;
        let Some(mut record) = engine.directory.company(company) else {
            return Err(ActorError::Forbidden);
        };
        record.routing = routing.clone();
        let detail = serde_json::to_value(&routing).unwrap_or_default();
        engine
            .commit(vec![
                WriteOp::Tenant(TenantChange::PutCompany(Box::new(record.clone()))),
                WriteOp::Audit {
                    company: company.clone(),
                    entry: AuditEntry::new("set_routing", admin, "ok").with_detail(detail),
                },
            ])
            .await?;
        engine.directory.put_company(record);
        engine.routers.nudge(company);
        Ok(routing)
    }

    /// The company's handoff numbers over a period (docs/metrics.md). An admin may narrow
    /// them to one agent of the company; an agent who is not an admin sees only their own.
    pub async fn metrics(self, mut query: MetricsQuery) -> Result<Report, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        match &query.agent {
            Some(asked) if agent.is_admin() => {
                self.colleague(asked)?;
            }
            Some(asked) if asked != &agent.id => return Err(ActorError::Forbidden),
            _ if !agent.is_admin() => query.agent = Some(agent.id.clone()),
            _ => {}
        }
        if let Some(page) = &query.page {
            if let Err(err) = engine.directory.company_page(&agent.company_id, page) {
                return Err(self.refused("metrics", Some(page), None, err).await);
            }
        }
        if query.from >= query.to || query.to - query.from > MAX_METRICS_PERIOD {
            return Err(ActorError::invalid(
                "from",
                "must be before `to`, at most 93 days before it",
            ));
        }
        let company = &agent.company_id;
        let at = now();
        let (open, _) = engine
            .persistence
            .list_customers(company, CustomerQuery::every_stopped(None))
            .await?;
        let open: Vec<Handoff> = open
            .iter()
            .map(|c| Handoff::open(&c.page_id, &c.customer_id, &open_episode(c)))
            .collect();
        let hours = gathered(&engine.persistence, company, &open, &query, at).await?;
        let stretches = engine
            .persistence
            .presence(
                company,
                Period {
                    from: query.from - crate::attendance::longest_stretch(),
                    to: query.to,
                },
            )
            .await?;
        let conversations = engine
            .persistence
            .conversations(
                company,
                Period {
                    from: query.from,
                    to: query.to,
                },
            )
            .await?;
        let targets = engine
            .directory
            .company(company)
            .map(|c| c.sla)
            .unwrap_or_default();
        let report = analytics::report_of(
            &hours,
            &open,
            &stretches,
            &conversations,
            &query,
            targets,
            at,
        );
        // A month's gathering is many small allocations: they are freed off the request's
        // path.
        tokio::task::spawn_blocking(move || drop(hours));
        Ok(report)
    }

    /// The company's service targets and every waiting customer's next deadline (any agent
    /// of the company: the queue is theirs to work).
    pub async fn deadlines(self) -> Result<Deadlines, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let targets = engine
            .directory
            .company(&agent.company_id)
            .map(|c| c.sla)
            .unwrap_or_default();
        let (open, _) = engine
            .persistence
            .list_customers(&agent.company_id, CustomerQuery::every_stopped(None))
            .await?;
        let at = now();
        let mut due: Vec<CustomerDue> = open
            .iter()
            .filter_map(|c| {
                let e = open_episode(c);
                let due = Due::next(e.requested_at, e.claimed_at, e.first_response_at, targets)?;
                Some(CustomerDue {
                    page_id: c.page_id.clone(),
                    customer_id: c.customer_id.clone(),
                    requested_at: e.requested_at,
                    mark: due.mark(at),
                    due,
                })
            })
            .collect();
        due.sort_by_key(|d| d.due.due_at);
        Ok(Deadlines {
            targets,
            at_risk_share: AT_RISK_SHARE,
            at,
            due,
        })
    }

    /// Records the agent's chosen availability and tells the company (coalesced with the
    /// agent's other presence changes). Waits for the hub to take it: a hub that cannot
    /// is an error, and a caller that keeps sending waits on the hub's bounded mailbox.
    pub async fn set_availability(self, status: Availability) -> Result<(), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        engine
            .hub(&agent.company_id)
            .send(SetAvailability {
                agent: agent.id.clone(),
                status,
            })
            .await?;
        Ok(())
    }

    /// Tells the agent's company which customer the agent has open (`None`: none), after
    /// checking that the customer is one of the company's. Returns the resolved key.
    pub async fn set_viewing(
        self,
        target: Option<(Option<&PageId>, &CustomerId)>,
    ) -> Result<Option<CustomerKey>, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let key = match target {
            Some((page, customer)) => Some(self.customer(page, customer).await?.1),
            None => None,
        };
        engine
            .hub(&agent.company_id)
            .send(SetViewing {
                agent: agent.id.clone(),
                agent_name: agent.name.clone(),
                customer: key.clone(),
            })
            .await?;
        Ok(key)
    }
}

/// How the desk reaches a customer: within the agent's company, refusals audited there.
impl AgentDesk<'_> {
    /// The customer key for the agent's request (`action`): the page must be the agent's
    /// company's; without a page, the customer is looked up across the company's pages. A
    /// refusal is audited here, with the page and customer tried.
    async fn resolve(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        action: &str,
    ) -> Result<(CustomerKey, Arc<PageAccess>), ActorError> {
        match self.resolve_in_company(page, customer).await {
            Ok(found) => Ok(found),
            Err(err) => Err(self.refused(action, page, Some(customer), err).await),
        }
    }

    /// Audits a refusal decided here, before any conversation, in the agent's own company's
    /// log, with the page and customer tried: probing another company's pages shows.
    async fn refused(
        self,
        action: &str,
        page: Option<&PageId>,
        customer: Option<&CustomerId>,
        err: ActorError,
    ) -> ActorError {
        let agent = self.agent;
        if !err.is_failure() {
            let mut entry = AuditEntry::new(action, agent, err.code());
            entry.page_id = page.cloned();
            entry.customer_id = customer.cloned();
            let op = WriteOp::Audit {
                company: agent.company_id.clone(),
                entry,
            };
            if let Err(failure) = self.engine.persistence.commit_one(op).await {
                tracing::error!(agent_id = %agent.id, error = %failure, "refusal not audited");
            }
        }
        err
    }

    async fn resolve_in_company(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<(CustomerKey, Arc<PageAccess>), ActorError> {
        let engine = self.engine;
        let company = self.agent.company_id.clone();
        let page = match page {
            Some(page) => page.clone(),
            None => {
                let found = engine
                    .persistence
                    .customers_by_id(&company, customer)
                    .await?;
                match found.as_slice() {
                    [] => return Err(ActorError::CustomerNotFound),
                    [one] => one.page_id.clone(),
                    _ => {
                        return Err(ActorError::invalid(
                            "page_id",
                            "required: this customer writes to several pages",
                        ))
                    }
                }
            }
        };
        let access = engine.directory.company_page(&company, &page)?;
        let customer = customer.clone();
        Ok((
            CustomerKey {
                company,
                page,
                customer,
            },
            access,
        ))
    }

    /// Resolves the customer within the agent's company and has its conversation apply
    /// `msg` (the agent's `action`).
    async fn act<M>(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        action: &str,
        msg: M,
    ) -> Result<CustomerView, ActorError>
    where
        M: Message<Result = Result<Outcome, ActorError>> + std::marker::Send + Clone + 'static,
        Conversation: Handler<M>,
    {
        let (key, access) = self.resolve(page, customer, action).await?;
        let outcome = self.engine.conversations.call(&key, &access, msg).await??;
        Ok(CustomerView::new(
            outcome.customer,
            now(),
            Some(&self.agent.id),
        ))
    }

    /// Has the customer's conversation reserve a message (`msg`), then waits for Facebook's
    /// answer outside the conversation.
    async fn reserve_and_wait<M>(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        action: &str,
        msg: M,
    ) -> Result<(CustomerKey, Sent), ActorError>
    where
        M: Message<Result = Result<Ticket, ActorError>> + std::marker::Send + Clone + 'static,
        Conversation: Handler<M>,
    {
        let (key, access) = self.resolve(page, customer, action).await?;
        // A send may assign the sender: it passes their gate, but only to reserve.
        let gate = self.engine.gates.enter(&self.agent.id).await;
        let ticket = self.engine.conversations.call(&key, &access, msg).await??;
        drop(gate);
        Ok((key, outcome(ticket).await?))
    }

    /// `target` as an agent this desk's admin may act on: `forbidden` unless the agent is an
    /// admin, `invalid_request` unless `target` is an agent of the admin's company.
    fn colleague(self, target: &AgentId) -> Result<AgentRef, ActorError> {
        let admin = self.agent;
        if !admin.is_admin() {
            return Err(ActorError::Forbidden);
        }
        self.engine
            .directory
            .agent(target)
            .filter(|a| a.company_id == admin.company_id)
            .map(|a| a.as_ref())
            .ok_or_else(|| ActorError::invalid("agent_id", "no such agent in your company"))
    }
}
