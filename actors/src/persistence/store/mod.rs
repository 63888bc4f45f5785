//! The storage port. Every store (the embedded default, MongoDB) implements [`Store`] and
//! passes the same conformance suite (`conformance`). Only the Persistence actor calls it:
//! the module is private to the persistence folder's crate, reachable from outside only
//! through the `test-support` feature (`handoff_actors::testing`).
//!
//! Customer documents are written with compare-and-set on `version`, and the document is the
//! commit point of every change: it lists the ids of its latest messages, so a redelivered
//! webhook is recognised from the document, and the message history beside it (unique per
//! page and message id) is recorded idempotently after it. Audit entries are append-only.

#[cfg(any(test, feature = "test-support"))]
pub mod conformance;
pub mod embedded;
mod embedded_index;
pub mod mongo;

use crate::attendance::Stretch;
use crate::error::StoreError;
use crate::handoff::HandoffRecord;
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{
    AuditEntry, AuditQuery, CompanyRecord, Customer, CustomerSort, MessageRecord, SessionRecord,
    TenantChange, Tenants,
};
use crate::tally::stored::Parts;
use crate::tally::{HourTally, Hours};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use embedded::EmbeddedStore;
pub use mongo::MongoStore;

/// One write. A batch of them is committed together (group commit), but each one succeeds
/// or fails on its own, and each caller is answered with its own op's outcome.
#[derive(Clone, Debug)]
pub enum WriteOp {
    /// Replace a customer document if its stored version is still `expected_version`
    /// (`0`: the customer must not exist yet), then record its messages and audit entry.
    Customer(Box<CustomerWrite>),
    /// Record a message the customer document already lists (idempotent: it repairs the
    /// history after a failure between the document and the message).
    AppendMessage {
        key: CustomerKey,
        message: MessageRecord,
    },
    Audit {
        company: CompanyId,
        entry: AuditEntry,
    },
    PutSession(SessionRecord),
    DeleteSession {
        token_hash: String,
    },
    /// A change to the companies, pages and agents (the tenants file, or an admin ending an
    /// agent's sessions).
    Tenant(TenantChange),
    /// Record an agent's presence stretch, or rewrite it (refreshed or ended) under its id.
    Presence(Stretch),
    /// A write that changes nothing anyone reads, acknowledged like every other write:
    /// `/readyz` commits one to prove that writes go through.
    Probe,
}

impl WriteOp {
    /// Ops with the same lane must be applied in their order; different lanes may be applied
    /// concurrently (a customer's changes stay in order, different customers run side by side).
    pub fn lane(&self) -> String {
        match self {
            WriteOp::Customer(write) => format!("customer/{}", write.customer.key()),
            WriteOp::AppendMessage { key, .. } => format!("customer/{key}"),
            WriteOp::Audit { company, .. } => format!("audit/{company}"),
            WriteOp::PutSession(session) => format!("session/{}", session.token_hash),
            WriteOp::DeleteSession { token_hash } => format!("session/{token_hash}"),
            WriteOp::Tenant(change) => match change {
                TenantChange::PutCompany(company) => format!("company/{}", company.id),
                TenantChange::PutPage(page) => format!("page/{}", page.id),
                TenantChange::PutAgent(agent) => format!("agent/{}", agent.id),
                TenantChange::RemoveCompany(id) => format!("company/{id}"),
                TenantChange::RemovePage(id) => format!("page/{id}"),
                TenantChange::RemoveAgent(id) | TenantChange::EndAgentSessions(id) => {
                    format!("agent/{id}")
                }
            },
            WriteOp::Presence(stretch) => format!("presence/{}", stretch.id),
            WriteOp::Probe => "probe".to_owned(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CustomerWrite {
    /// The new document; its `version` must be `expected_version + 1`. It lists the ids of
    /// `messages` among its recent message ids.
    pub customer: Customer,
    pub expected_version: u64,
    /// Recorded once the document is written; an id already recorded for the page is not
    /// recorded twice.
    pub messages: Vec<MessageRecord>,
    /// The document does not know the first message's id, but it only remembers recent ids:
    /// when the history already has this id, nothing is written (`DuplicateMessage`).
    pub require_new: bool,
    /// Written with the change (after the document).
    pub audit: Option<AuditEntry>,
    /// The handoff this change ended (or rated), written with it (after the document).
    pub handoff: Option<HandoffRecord>,
    /// The change began a conversation of the customer: counted in the hour of the
    /// document's `conversation_since` (after the document).
    pub conversation: bool,
}

/// How many conversations of a page began in one hour.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HourCount {
    pub page_id: PageId,
    /// The start of the hour (UTC).
    pub hour: DateTime<Utc>,
    pub count: u64,
}

/// One page's running aggregates of one hour ([`HourTally`]), as stored: the report decodes
/// what it needs of them ([`crate::tally::stored`]).
#[derive(Clone, Debug, PartialEq)]
pub struct TallyRow {
    pub page_id: PageId,
    /// The start of the hour (UTC).
    pub hour: DateTime<Utc>,
    pub bytes: Vec<u8>,
}

impl TallyRow {
    /// The row, with the optional `parts` asked for.
    pub fn decode(&self, parts: Parts) -> Result<HourTally, StoreError> {
        decode_tally(&self.bytes, self.hour, parts)
    }
}

pub fn encode_tally(tally: &HourTally, hour: DateTime<Utc>) -> Result<Vec<u8>, StoreError> {
    crate::tally::stored::encode(tally, hour.timestamp_millis()).map_err(StoreError::Corrupt)
}

pub fn decode_tally(
    bytes: &[u8],
    hour: DateTime<Utc>,
    parts: Parts,
) -> Result<HourTally, StoreError> {
    crate::tally::stored::decode(bytes, hour.timestamp_millis(), parts).map_err(StoreError::Corrupt)
}

/// What recording `done` adds to its page's running aggregates, when `before` is what the
/// store held under its key: its finish the first time it is recorded, its satisfaction
/// score the first time it carries one.
pub fn tally_shares(done: &HandoffRecord, before: Option<&HandoffRecord>) -> Hours {
    let mut shares = Hours::default();
    if before.is_none() {
        shares.absorb(Hours::finished(done));
    }
    if before.is_none_or(|b| Hours::rated(b).0.is_empty()) {
        shares.absorb(Hours::rated(done));
    }
    shares
}

/// The start of the UTC hour `at` falls in.
pub fn hour_of(at: DateTime<Utc>) -> DateTime<Utc> {
    let ms = at.timestamp_millis();
    crate::model::from_millis(ms - ms.rem_euclid(3_600_000))
}

/// The outcome of one [`WriteOp`].
#[derive(Clone, Debug, PartialEq)]
pub enum WriteResult {
    Applied,
    /// The stored version differed; `current` is what is stored now.
    Conflict {
        current: Option<Box<Customer>>,
    },
    /// The message id was already recorded for this page; nothing was written.
    DuplicateMessage,
}

/// One result per op of a batch, in order.
pub type BatchResults = Vec<Result<WriteResult, StoreError>>;

#[derive(Clone, Debug, Default)]
pub struct CustomerQuery {
    /// Only these pages (the caller's company pages, or one page).
    pub pages: Option<Vec<PageId>>,
    pub stop: Option<bool>,
    pub assigned: Option<bool>,
    pub agent: Option<AgentId>,
    pub sort: CustomerSort,
    pub limit: usize,
    pub skip: usize,
}

impl CustomerQuery {
    /// Every customer of the company who asked for a person, across its pages (`assigned`:
    /// only those held, or only those nobody holds).
    pub fn every_stopped(assigned: Option<bool>) -> Self {
        CustomerQuery {
            pages: None,
            stop: Some(true),
            assigned,
            agent: None,
            sort: CustomerSort::RecentFirst,
            limit: usize::MAX,
            skip: 0,
        }
    }

    pub fn matches(&self, c: &Customer) -> bool {
        self.pages.as_ref().is_none_or(|p| p.contains(&c.page_id))
            && self.stop.is_none_or(|s| c.stop == s)
            && self.assigned.is_none_or(|a| c.is_assigned() == a)
            && self.agent.as_ref().is_none_or(|a| c.is_assigned_to(a))
    }

    /// Sorts, counts and pages an unordered set of matching customers.
    pub fn page_of(&self, mut found: Vec<Customer>) -> (Vec<Customer>, u64) {
        match self.sort {
            CustomerSort::RecentFirst => found.sort_by(|a, b| {
                b.last_seen
                    .cmp(&a.last_seen)
                    .then_with(|| a.customer_id.cmp(&b.customer_id))
            }),
            CustomerSort::WaitingLongest => found.sort_by(|a, b| {
                b.priority
                    .cmp(&a.priority)
                    .then_with(|| a.stopped_at.cmp(&b.stopped_at))
                    .then_with(|| a.customer_id.cmp(&b.customer_id))
            }),
            CustomerSort::WindowExpiring => found.sort_by(|a, b| {
                a.last_seen
                    .cmp(&b.last_seen)
                    .then_with(|| a.customer_id.cmp(&b.customer_id))
            }),
        }
        let total = found.len() as u64;
        let page = found.into_iter().skip(self.skip).take(self.limit).collect();
        (page, total)
    }
}

/// Which of a customer's messages to read: the latest `limit` before `before` (or the
/// latest of all), oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageWindow {
    pub limit: usize,
    pub before: Option<DateTime<Utc>>,
}

/// `[from, to)`: a stretch of time the metrics ask about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl Period {
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at < self.to
    }
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Commits a batch durably (fsync / majority write) before answering; one result per op,
    /// in order. A store that commits a batch atomically answers every op alike.
    async fn commit(&self, ops: Vec<WriteOp>) -> BatchResults;

    async fn customer(&self, key: &CustomerKey) -> Result<Option<Customer>, StoreError>;

    /// Every page's document for this PSID within the company.
    async fn customers_by_id(
        &self,
        company: &CompanyId,
        customer: &CustomerId,
    ) -> Result<Vec<Customer>, StoreError>;

    /// One page of a company's customers, and how many match in all.
    async fn list_customers(
        &self,
        company: &CompanyId,
        query: &CustomerQuery,
    ) -> Result<(Vec<Customer>, u64), StoreError>;

    /// The latest `limit` messages older than `before`, oldest first.
    async fn messages(
        &self,
        key: &CustomerKey,
        window: MessageWindow,
    ) -> Result<Vec<MessageRecord>, StoreError>;

    /// A company's audit entries, newest first, and how many match in all.
    async fn audit(
        &self,
        company: &CompanyId,
        query: &AuditQuery,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError>;

    /// A company's finished handoffs requested within `period`, oldest request first.
    async fn handoffs(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HandoffRecord>, StoreError>;

    /// A company's running aggregates of the hours that start within `period`, earliest
    /// first. Every write that records a [`HandoffRecord`] adds its shares to them
    /// ([`tally_shares`]), once however often the record is written.
    async fn tallies(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<TallyRow>, StoreError>;

    /// A company's conversation counts of the hours that start within `period`, earliest
    /// first.
    async fn conversations(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HourCount>, StoreError>;

    /// A company's presence stretches that started within `period`, earliest first.
    async fn presence(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<Stretch>, StoreError>;

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError>;

    /// Deletes the sessions that expired before `before`; answers how many went.
    async fn purge_sessions(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    async fn tenants(&self) -> Result<Tenants, StoreError>;

    /// One company's record as stored now (another process may have changed it).
    async fn company(&self, id: &CompanyId) -> Result<Option<CompanyRecord>, StoreError>;

    /// Cheap reachability check for `/readyz`.
    async fn ping(&self) -> Result<(), StoreError>;

    /// How many batches may be committed at the same time. One for a store that commits a
    /// batch as one transaction: what arrives meanwhile gathers into the next batch (group
    /// commit). A store that writes op by op takes each caller's ops as they come, so that
    /// one slow write never holds up the callers that came with it.
    fn commits_at_once(&self) -> usize {
        1
    }

    /// Can several processes use this store at once? Then a cached customer may be stale,
    /// a customer write is several steps rather than one transaction, and broadcasts travel
    /// through the store's event log (the methods below) instead of staying in one process.
    fn is_shared(&self) -> bool {
        false
    }

    /// Takes or keeps the lease `name` for `holder` until `ttl` from now, unless another
    /// holder's lease on it is still running; answers whether `holder` has it. Alone on its
    /// store a process has every lease.
    async fn lease(
        &self,
        _name: &str,
        _holder: &str,
        _ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        Ok(true)
    }

    /// Appends an encoded event for the company; answers its `seq` (the company's next).
    async fn append_event(&self, _company: &CompanyId, _payload: &str) -> Result<u64, StoreError> {
        Err(StoreError::Unavailable(
            "this store keeps no event log".into(),
        ))
    }

    /// Takes the company's next event `seq` without an event (a gap readers skip).
    async fn skip_event(&self, _company: &CompanyId) -> Result<u64, StoreError> {
        Err(StoreError::Unavailable(
            "this store keeps no event log".into(),
        ))
    }

    /// The company's events numbered after `seq`, in order, at most `limit`.
    async fn events_after(
        &self,
        _company: &CompanyId,
        _seq: u64,
        _limit: usize,
    ) -> Result<Vec<(u64, String)>, StoreError> {
        Ok(Vec::new())
    }

    /// The company's latest event `seq` (0 before any).
    async fn latest_event(&self, _company: &CompanyId) -> Result<u64, StoreError> {
        Ok(0)
    }

    /// Forgets the events appended before `before`; answers how many went.
    async fn prune_events(&self, _before: DateTime<Utc>) -> Result<u64, StoreError> {
        Ok(0)
    }

    /// Every company's events as they are appended, when the store can push them (a
    /// MongoDB change stream); `None` when it cannot, and hubs poll instead.
    async fn watch_events(&self) -> Result<Option<EventStream>, StoreError> {
        Ok(None)
    }
}

/// One event of the shared log: its company, its `seq` and its encoded payload.
pub type LoggedEvent = (CompanyId, u64, String);

/// Events pushed by the store as other processes append them.
pub type EventStream = futures_util::stream::BoxStream<'static, Result<LoggedEvent, StoreError>>;
