//! An agent's desk: everything an agent (or admin) may ask of the engine, scoped to their
//! company. The web layer reaches these operations only through [`Engine::as_agent`], so no
//! call can name a page, customer or colleague of another company without this check:
//! pages are resolved within the agent's company, customers looked up only under it,
//! colleagues only among its agents, and refusals audited in its log.

use crate::conversation::{
    Assign, DiscardMessage, RetryMessage, SendMessage, Sent, SetStop, Transfer, Unassign,
};
use crate::engine::{check_skip, AgentStatus, CustomerPage, Engine, ListRequest, MAX_TEXT_CHARS};
use crate::error::ActorError;
use crate::events::{Availability, CustomerView};
use crate::hub::{CompanyHub, Presence, SetAvailability, SetViewing};
use crate::ids::{AgentId, CustomerId, CustomerKey, PageId};
use crate::model::{now, AgentRef, AuditEntry, AuditQuery, CustomerSort, MessageRecord};
use crate::persistence::store::{CustomerQuery, WriteOp};
use actix::prelude::*;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// What one agent may do, in their company. Obtained from [`Engine::as_agent`]; a copy is
/// cheap (two references), so each operation takes the desk by value.
#[derive(Clone, Copy)]
pub struct AgentDesk<'a> {
    engine: &'a Engine,
    agent: &'a AgentRef,
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
        let (engine, agent) = (self.engine, self.agent);
        engine
            .act(
                agent,
                page,
                customer,
                "assign",
                Assign {
                    agent: agent.clone(),
                },
            )
            .await
    }

    pub async fn unassign(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<CustomerView, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        engine
            .act(
                agent,
                page,
                customer,
                "unassign",
                Unassign {
                    agent: agent.clone(),
                },
            )
            .await
    }

    /// An admin gives the customer to another agent of the same company.
    pub async fn transfer(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        target: &AgentId,
    ) -> Result<CustomerView, ActorError> {
        let (engine, admin) = (self.engine, self.agent);
        let checked = engine.admins_colleague(admin, target);
        let target = match checked {
            Ok(target) => target,
            Err(err) => {
                return Err(engine
                    .refused(admin, "transfer", page, Some(customer), err)
                    .await)
            }
        };
        let msg = Transfer {
            admin: admin.clone(),
            target,
        };
        engine.act(admin, page, customer, "transfer", msg).await
    }

    /// An admin ends every session of an agent of their company (a lost laptop, a leaver):
    /// the sessions leave the store, audited with the agent they ended. Refusals are
    /// audited too. The caller closes this process's connections; other processes find the
    /// sessions gone at their next check.
    pub async fn end_agent_sessions(self, target: &AgentId) -> Result<AgentRef, ActorError> {
        let (engine, admin) = (self.engine, self.agent);
        let checked = engine.admins_colleague(admin, target);
        let detail = serde_json::json!({"target_agent_id": target});
        let (result, outcome) = match checked {
            Ok(agent) => ("ok", Ok(agent)),
            Err(err) => (err.code(), Err(err)),
        };
        let audit = WriteOp::Audit {
            company: admin.company_id.clone(),
            entry: AuditEntry::new("end_sessions", admin, result).with_detail(detail),
        };
        let mut ops = vec![audit];
        if outcome.is_ok() {
            ops.insert(0, WriteOp::EndAgentSessions(target.clone()));
        }
        engine.commit(ops).await?;
        outcome
    }

    /// Sets `stop` (`None`: toggles it).
    pub async fn set_stop(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        stop: Option<bool>,
    ) -> Result<CustomerView, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        engine
            .act(
                agent,
                page,
                customer,
                "set_stop",
                SetStop {
                    agent: agent.clone(),
                    stop,
                },
            )
            .await
    }

    pub async fn send(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        text: &str,
    ) -> Result<(CustomerKey, Sent), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
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
            agent: agent.clone(),
            text: text.to_owned(),
        };
        engine
            .reserve_and_wait(agent, page, customer, "send", msg)
            .await
    }

    /// The author sends a failed message again.
    pub async fn retry_message(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        outgoing_id: &str,
    ) -> Result<(CustomerKey, Sent), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let msg = RetryMessage {
            agent: agent.clone(),
            outgoing_id: outgoing_id.to_owned(),
        };
        engine
            .reserve_and_wait(agent, page, customer, "retry_message", msg)
            .await
    }

    /// A failed message is given up.
    pub async fn discard_message(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
        outgoing_id: &str,
    ) -> Result<CustomerView, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let msg = DiscardMessage {
            agent: agent.clone(),
            outgoing_id: outgoing_id.to_owned(),
        };
        engine
            .act(agent, page, customer, "discard_message", msg)
            .await
    }

    pub async fn customer(
        self,
        page: Option<&PageId>,
        customer: &CustomerId,
    ) -> Result<(CustomerView, CustomerKey), ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let (key, _) = engine
            .resolve(agent, page, customer, "read_customer")
            .await?;
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
                    return Err(engine
                        .refused(agent, "list_customers", Some(page), None, err)
                        .await);
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

    /// The company's agents with their availability and how many customers each holds.
    pub async fn agents(self) -> Result<Vec<AgentStatus>, ActorError> {
        let (engine, agent) = (self.engine, self.agent);
        let presence = engine.hub(&agent.company_id).send(Presence).await?;
        let query = CustomerQuery {
            pages: None,
            stop: Some(true),
            assigned: Some(true),
            agent: None,
            sort: CustomerSort::RecentFirst,
            limit: usize::MAX,
            skip: 0,
        };
        let (held, _) = engine
            .persistence
            .list_customers(&agent.company_id, query)
            .await?;
        let mut counts: HashMap<AgentId, u64> = HashMap::new();
        for customer in held {
            if let Some(id) = customer.agent_id {
                *counts.entry(id).or_default() += 1;
            }
        }
        Ok(engine
            .directory
            .company_agents(&agent.company_id)
            .into_iter()
            .map(|a| AgentStatus {
                status: presence
                    .get(&a.id)
                    .copied()
                    .unwrap_or(Availability::Offline),
                assigned_count: counts.get(&a.id).copied().unwrap_or(0),
                id: a.id,
                name: a.name,
                email: a.email,
                role: a.role,
            })
            .collect())
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
