//! The storage port. Every store (the embedded default, MongoDB) implements [`Store`] and
//! passes the same conformance suite (`conformance`). Only the Persistence actor calls it.
//!
//! Customer documents are written with compare-and-set on `version`; messages and audit
//! entries are append-only; a message id is unique per page, so a redelivered webhook is
//! recognised instead of recorded twice.

pub mod conformance;
pub mod embedded;
pub mod mongo;

use crate::error::StoreError;
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{
    AgentRecord, AuditEntry, CompanyRecord, Customer, MessageRecord, PageRecord, SessionRecord,
    Tenants,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use embedded::EmbeddedStore;
pub use mongo::MongoStore;

/// One atomic write. A batch of them is committed together (group commit), but each one
/// succeeds or fails on its own.
#[derive(Clone, Debug)]
pub enum WriteOp {
    /// Replace a customer document if its stored version is still `expected_version`
    /// (`0`: the customer must not exist yet), together with an optional message and audit entry.
    Customer(Box<CustomerWrite>),
    /// Append a message without touching the customer document.
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
    PutCompany(CompanyRecord),
    PutPage(PageRecord),
    PutAgent(AgentRecord),
}

#[derive(Clone, Debug)]
pub struct CustomerWrite {
    /// The new document; its `version` must be `expected_version + 1`.
    pub customer: Customer,
    pub expected_version: u64,
    /// Recorded in the same atomic step; if its id is already recorded nothing is written.
    pub message: Option<MessageRecord>,
    pub audit: Option<AuditEntry>,
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

/// Orders for customer lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CustomerSort {
    /// Most recent conversation first (`last_seen` descending): the dashboard list.
    #[default]
    RecentFirst,
    /// Waiting longest first (`stopped_at` ascending): the queue.
    WaitingLongest,
    /// Messaging window expiring soonest first (`last_seen` ascending).
    WindowExpiring,
}

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
                a.stopped_at
                    .cmp(&b.stopped_at)
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

#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub customer: Option<CustomerId>,
    pub agent: Option<AgentId>,
    pub limit: usize,
    pub skip: usize,
}

impl AuditQuery {
    pub fn matches(&self, e: &AuditEntry) -> bool {
        self.customer
            .as_ref()
            .is_none_or(|c| e.customer_id.as_ref() == Some(c))
            && self
                .agent
                .as_ref()
                .is_none_or(|a| e.agent_id.as_ref() == Some(a))
    }
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Commits a batch durably (fsync / majority write) before answering; one result per op.
    async fn commit(&self, ops: Vec<WriteOp>) -> Result<Vec<WriteResult>, StoreError>;

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
        limit: usize,
        before: Option<DateTime<Utc>>,
    ) -> Result<Vec<MessageRecord>, StoreError>;

    /// A company's audit entries, newest first, and how many match in all.
    async fn audit(
        &self,
        company: &CompanyId,
        query: &AuditQuery,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError>;

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError>;

    async fn tenants(&self) -> Result<Tenants, StoreError>;

    /// Cheap reachability check for `/readyz`.
    async fn ping(&self) -> Result<(), StoreError>;

    /// Can several processes use this store at once? Then broadcasts travel through its
    /// event log (the three methods below) instead of staying in one process.
    fn is_shared(&self) -> bool {
        false
    }

    /// Appends an encoded event for the company; answers its `seq` (the company's next).
    async fn append_event(&self, _company: &CompanyId, _payload: &str) -> Result<u64, StoreError> {
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
}
