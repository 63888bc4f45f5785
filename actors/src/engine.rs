//! The engine: the one entry point the HTTP and WebSocket layers call. It receives
//! Messenger's events, routes each customer operation to that customer's Conversation
//! actor, and serves reads through the Persistence actor. What an agent asks goes through
//! the agent's desk (`desk.rs`, [`Engine::as_agent`]), which resolves every page and
//! customer within the agent's company using the helpers here.

use crate::arbiters::Arbiters;
use crate::conversation::{
    self, Conversation, Inbound, InboundOutcome, PageEcho, Sent, ThreadChanged, Ticket,
};
use crate::conversation::{Conversations, Deps};
use crate::directory::Directory;
use crate::error::{ActorError, StoreError};
use crate::events::{Availability, CustomerView};
use crate::events_log::EventLog;
use crate::hub::{CompanyHub, Hubs, LogLink, Nudger, Presence, Streaming};
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::metrics::Metrics;
use crate::model::{
    now, AgentRef, AuditEntry, CustomerSort, PageSize, Role, SessionRecord, TenantChange,
};
use crate::outbox::{Bot, Messenger};
use crate::persistence::store::{CustomerQuery, WriteOp, WriteResult};
use crate::persistence::{PersistenceHandle, Storage};
use crate::routing::{Gates, RouterDeps, Routers};
use actix::prelude::*;
use dashmap::DashMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// The furthest a list may be paged (`skip`); further is refused, not passed to the store.
pub const MAX_SKIP: usize = 10_000_000;
/// The longest agent message accepted; it goes out in parts of Messenger's 2000 characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

pub struct EngineOptions {
    /// Arbiter threads for conversations and hubs.
    pub threads: usize,
    pub idle_after: Duration,
    pub typing_indicator: bool,
    /// How long events stay in the shared event log (several processes on one database).
    pub event_retention: Duration,
    /// Take events from the store's change stream where it offers one (else poll).
    pub change_streams: bool,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            idle_after: Duration::from_secs(600),
            typing_indicator: false,
            event_retention: Duration::from_secs(600),
            change_streams: true,
        }
    }
}

pub struct Engine {
    pub(crate) directory: Arc<Directory>,
    pub(crate) persistence: PersistenceHandle,
    hubs: Arc<Hubs>,
    pub(crate) conversations: Conversations,
    pub(crate) routers: Arc<Routers>,
    /// Each agent's gate: claims and the router's hand-outs pass it in turn.
    pub(crate) gates: Arc<Gates>,
    /// Processes share the store (MongoDB).
    pub(crate) shared: bool,
    arbiters: Arc<Arbiters>,
    metrics: Arc<Metrics>,
}

/// A page of customers as an agent sees them.
#[derive(Debug)]
pub struct CustomerPage {
    pub customers: Vec<CustomerView>,
    pub total: u64,
    pub limit: usize,
    pub skip: usize,
}

/// List filters as the API takes them (pages are checked against the caller's company).
#[derive(Clone, Debug, Default)]
pub struct ListRequest {
    pub page: Option<PageId>,
    pub stop: Option<bool>,
    pub assigned: Option<bool>,
    pub sort: CustomerSort,
    pub limit: PageSize,
    pub skip: usize,
}

/// An agent of the company as the dashboard lists them.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct AgentStatus {
    pub id: AgentId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub status: Availability,
    pub assigned_count: u64,
    /// How many customers routing hands them at most (docs/routing.md); `0`: none.
    pub capacity: u32,
}

/// How often expired sessions are deleted from the store.
const PURGE_SESSIONS_EVERY: Duration = Duration::from_secs(600);

/// Deletes expired sessions now and then, so the store keeps only live ones.
async fn purge_sessions(persistence: PersistenceHandle) {
    let mut every = tokio::time::interval(PURGE_SESSIONS_EVERY);
    loop {
        every.tick().await;
        let before = now();
        let purged = persistence.purge_sessions(before).await;
        match purged {
            Ok(0) => {}
            Ok(n) => tracing::info!(sessions = n, "expired sessions purged"),
            Err(err) => tracing::warn!(error = %err, "expired sessions not purged"),
        }
    }
}

/// How often a process sharing the store re-reads the tenants another process applied.
const RELOAD_DIRECTORY_EVERY: Duration = Duration::from_secs(30);

/// Keeps the directory in step with a shared store: a process started later with a changed
/// tenants file removes agents and pages for every process, not only for itself.
async fn keep_directory_current(persistence: PersistenceHandle, directory: Arc<Directory>) {
    let mut every = tokio::time::interval(RELOAD_DIRECTORY_EVERY);
    every.tick().await;
    loop {
        every.tick().await;
        match persistence.tenants().await {
            Ok(tenants) => directory.load(tenants),
            Err(err) => tracing::warn!(error = %err, "tenants not re-read from the store"),
        }
    }
}

/// Waits for a reserved message's outcome (the conversation goes on meanwhile).
pub(crate) async fn outcome(ticket: Ticket) -> Result<Sent, ActorError> {
    let messages = ticket
        .outcome
        .await
        .map_err(|_| ActorError::ActorUnavailable)??;
    let text = messages
        .iter()
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Sent {
        text,
        messages,
        auto_assigned: ticket.auto_assigned,
    })
}

/// Refuses a `skip` past [`MAX_SKIP`].
pub(crate) fn check_skip(skip: usize) -> Result<(), ActorError> {
    if skip > MAX_SKIP {
        return Err(ActorError::invalid("skip", "at most 10000000"));
    }
    Ok(())
}

impl Engine {
    /// Starts the actors. Must run inside an actix `System`.
    pub fn start(
        store: impl Into<Storage>,
        messenger: Arc<dyn Messenger>,
        bot: Arc<dyn Bot>,
        metrics: Arc<Metrics>,
        options: EngineOptions,
    ) -> Arc<Engine> {
        let store = store.into().into_inner();
        let arbiters = Arc::new(Arbiters::start(options.threads));
        let shared = store.is_shared();
        let persistence = PersistenceHandle::start(store, metrics.clone());
        // Processes sharing the store share broadcasts through its event log.
        let streaming = Arc::new(Streaming::default());
        let link = shared.then(|| LogLink {
            log: Arc::new(persistence.clone()) as Arc<dyn EventLog>,
            streaming: streaming.clone(),
        });
        // Hubs nudge the routers, which ask the hubs for presence: the routers come second
        // and are reached through this cell.
        let routers: Arc<OnceLock<Arc<Routers>>> = Arc::new(OnceLock::new());
        let nudge: Nudger = {
            let routers = routers.clone();
            Arc::new(move |company: &CompanyId| {
                if let Some(routers) = routers.get() {
                    routers.nudge(company);
                }
            })
        };
        let hubs = Arc::new(Hubs::new(
            arbiters.clone(),
            metrics.clone(),
            persistence.clone(),
            link,
            nudge,
        ));
        if shared && options.change_streams {
            actix::spawn(crate::event_feed::run_feed(
                persistence.clone(),
                hubs.clone(),
                streaming,
            ));
        }
        actix::spawn(purge_sessions(persistence.clone()));
        if shared {
            actix::spawn(crate::event_feed::run_pruning(
                persistence.clone(),
                options.event_retention,
            ));
        }
        let directory = Arc::new(Directory::default());
        let instance = format!("process-{}", uuid::Uuid::new_v4().simple());
        let deps = Arc::new(Deps {
            persistence: persistence.clone(),
            shared,
            instance: instance.clone(),
            hubs: hubs.clone(),
            directory: directory.clone(),
            messenger,
            bot,
            metrics: metrics.clone(),
            conversations: Arc::new(DashMap::new()),
            idle_after: options.idle_after,
            typing_indicator: options.typing_indicator,
        });
        if shared {
            actix::spawn(keep_directory_current(
                persistence.clone(),
                directory.clone(),
            ));
        }
        let conversations = Conversations::new(deps, arbiters.clone());
        let gates = Arc::new(Gates::default());
        let routing = Arc::new(Routers::new(
            RouterDeps {
                directory: directory.clone(),
                persistence: persistence.clone(),
                hubs: hubs.clone(),
                conversations: conversations.clone(),
                shared,
                instance,
                gates: gates.clone(),
            },
            arbiters.clone(),
        ));
        // Set once, here, before anyone can nudge.
        let _ = routers.set(routing.clone());
        Arc::new(Engine {
            directory,
            persistence,
            hubs,
            conversations,
            routers: routing,
            gates,
            shared,
            arbiters,
            metrics,
        })
    }

    /// Reloads companies, pages and agents from the store.
    pub async fn reload_directory(&self) -> Result<(), StoreError> {
        let tenants = self.persistence.tenants().await?;
        self.directory.load(tenants);
        Ok(())
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Samples the gauges `/metrics` shows: each company's queue per page (from the store,
    /// so every process agrees) and its agents by presence on this process. A company
    /// whose queue cannot be read keeps no queue series until the next scrape.
    pub async fn sample_gauges(&self) {
        let (companies, _, _) = self.directory.ids();
        let (mut queue, mut agents) = (Vec::new(), Vec::new());
        for company in companies {
            match self
                .persistence
                .list_customers(&company, CustomerQuery::every_stopped(None))
                .await
            {
                Ok((stopped, _)) => {
                    for page in self.directory.company_pages(&company) {
                        let of_page = stopped.iter().filter(|c| c.page_id == page);
                        let held = of_page.clone().filter(|c| c.is_assigned()).count() as i64;
                        let waiting = of_page.count() as i64 - held;
                        queue.push((company.clone(), page.clone(), "waiting", waiting));
                        queue.push((company.clone(), page, "held", held));
                    }
                }
                Err(err) => {
                    tracing::warn!(company_id = %company, error = %err, "queue gauge not sampled");
                }
            }
            let present = match self.hubs.existing(&company) {
                Some(hub) => hub.send(Presence).await.unwrap_or_default(),
                None => Default::default(),
            };
            let count = |s: Availability| present.values().filter(|p| **p == s).count() as i64;
            let everyone = self.directory.company_agents(&company).len() as i64;
            let (available, away) = (count(Availability::Available), count(Availability::Away));
            agents.push((company.clone(), "available", available));
            agents.push((company.clone(), "away", away));
            agents.push((company, "offline", (everyone - available - away).max(0)));
        }
        self.metrics.set_sampled(queue, agents);
    }

    pub(crate) fn hub(&self, company: &CompanyId) -> Addr<CompanyHub> {
        self.hubs.get(company)
    }

    /// Stops the arbiter threads (the actors on them stop with them).
    pub fn shutdown(&self) {
        self.arbiters.stop();
    }

    /// Ready when a write goes through: a probe write, committed and acknowledged like any
    /// other (a reachable database that cannot acknowledge writes is not ready).
    pub async fn ready(&self) -> Result<(), StoreError> {
        match self.persistence.commit_one(WriteOp::Probe).await? {
            WriteResult::Applied => Ok(()),
            other => Err(StoreError::Unavailable(format!("probe answered {other:?}"))),
        }
    }

    // ---- the webhook ----

    /// Records one customer message. `Ok(None)`: the page is not one of ours (ignored).
    pub async fn inbound(
        &self,
        page: &PageId,
        customer: &CustomerId,
        event: conversation::rules::InboundEvent,
    ) -> Result<Option<InboundOutcome>, ActorError> {
        self.deliver_webhook_item(page, customer, Inbound { event })
            .await?
            .transpose()
    }

    /// Records an echo of a message the page sent: a reply a person typed in Meta's Page
    /// inbox (which pauses the bot), or our own echo of part of an agent's outgoing message
    /// (that part was delivered). `Ok(false)`: the page is not one of ours.
    pub async fn page_echo(
        &self,
        page: &PageId,
        customer: &CustomerId,
        echo: PageEcho,
    ) -> Result<bool, ActorError> {
        let done = match echo {
            PageEcho::Inbox(reply) => self.deliver_webhook_item(page, customer, reply).await?,
            PageEcho::Own(echo) => self.deliver_webhook_item(page, customer, echo).await?,
        };
        Ok(done.transpose()?.is_some())
    }

    /// Records Meta's news of who controls a customer's thread. `Ok(false)`: the page is
    /// not one of ours.
    pub async fn thread_changed(
        &self,
        page: &PageId,
        customer: &CustomerId,
        change: ThreadChanged,
    ) -> Result<bool, ActorError> {
        let done = self.deliver_webhook_item(page, customer, change).await?;
        Ok(done.transpose()?.is_some())
    }

    /// Hands a webhook's item to its customer's conversation. `Ok(None)`: the page is not
    /// one of ours.
    async fn deliver_webhook_item<M>(
        &self,
        page: &PageId,
        customer: &CustomerId,
        msg: M,
    ) -> Result<Option<M::Result>, ActorError>
    where
        M: Message + std::marker::Send + Clone + 'static,
        M::Result: std::marker::Send,
        Conversation: Handler<M>,
    {
        let Some((company, access)) = self.directory.page(page) else {
            return Ok(None);
        };
        let key = CustomerKey {
            company,
            page: page.clone(),
            customer: customer.clone(),
        };
        self.conversations.call(&key, &access, msg).await.map(Some)
    }

    // ---- sessions and the audit log, for the auth layer ----

    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, ActorError> {
        Ok(self.persistence.session(token_hash).await?)
    }

    /// A signed-in agent's new session, audited as their login.
    pub async fn start_session(
        &self,
        agent: &AgentRef,
        session: SessionRecord,
    ) -> Result<(), ActorError> {
        let audit = WriteOp::Audit {
            company: agent.company_id.clone(),
            entry: AuditEntry::new("login", agent, "ok"),
        };
        self.commit(vec![WriteOp::PutSession(session), audit]).await
    }

    /// Ends one session (its token, by hash), audited as the agent's logout.
    pub async fn end_session(&self, agent: &AgentRef, token_hash: &str) -> Result<(), ActorError> {
        self.commit(vec![
            WriteOp::DeleteSession {
                token_hash: token_hash.to_owned(),
            },
            WriteOp::Audit {
                company: agent.company_id.clone(),
                entry: AuditEntry::new("logout", agent, "ok"),
            },
        ])
        .await
    }

    /// Audits a sign-in with a known email and a wrong password.
    pub async fn record_failed_login(&self, agent: &AgentRef) -> Result<(), ActorError> {
        self.commit(vec![WriteOp::Audit {
            company: agent.company_id.clone(),
            entry: AuditEntry::new("login_failed", agent, "invalid_credentials"),
        }])
        .await
    }

    /// Brings the stored companies, pages and agents to the planned tenants (the directory
    /// follows at the next [`Engine::reload_directory`]).
    pub async fn apply_tenants(&self, changes: Vec<TenantChange>) -> Result<(), ActorError> {
        self.commit(changes.into_iter().map(WriteOp::Tenant).collect())
            .await
    }

    pub(crate) async fn commit(&self, ops: Vec<WriteOp>) -> Result<(), ActorError> {
        self.persistence.commit(ops).await?;
        Ok(())
    }

    /// Writes raw ops, for tests that set up a store without the tenants file.
    #[cfg(feature = "test-support")]
    #[doc(hidden)]
    pub async fn write(&self, ops: Vec<WriteOp>) -> Result<(), ActorError> {
        self.commit(ops).await
    }
}
