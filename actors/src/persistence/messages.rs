//! What the Persistence actor takes: [`Commit`] for every write that goes through group
//! commit, and one typed message per read (and per event-log operation), so that no caller
//! ever holds the store itself.

use super::store::{
    CustomerQuery, EventStream, HourCount, MessageWindow, Period, TallyRow, WriteOp, WriteResult,
};
use crate::attendance::Stretch;
use crate::error::StoreError;
use crate::handoff::HandoffRecord;
use crate::ids::{CompanyId, CustomerId, CustomerKey};
use crate::model::{
    AuditEntry, AuditQuery, CompanyRecord, Customer, MessageRecord, SessionRecord, Tenants,
};
use actix::Message;
use chrono::{DateTime, Utc};

/// Write these ops durably; answered once they are committed (group commit).
#[derive(Message)]
#[rtype(result = "Result<Vec<WriteResult>, StoreError>")]
pub(crate) struct Commit {
    pub ops: Vec<WriteOp>,
}

/// One customer's document.
#[derive(Message)]
#[rtype(result = "Result<Option<Customer>, StoreError>")]
pub(crate) struct ReadCustomer {
    pub key: CustomerKey,
}

/// Every page's document for one customer id within a company.
#[derive(Message)]
#[rtype(result = "Result<Vec<Customer>, StoreError>")]
pub(crate) struct FindCustomer {
    pub company: CompanyId,
    pub customer: CustomerId,
}

/// One page of a company's customers, and how many match in all.
#[derive(Message)]
#[rtype(result = "Result<(Vec<Customer>, u64), StoreError>")]
pub(crate) struct ListCustomers {
    pub company: CompanyId,
    pub query: CustomerQuery,
}

/// The latest `limit` messages of a customer before `before`, oldest first.
#[derive(Message)]
#[rtype(result = "Result<Vec<MessageRecord>, StoreError>")]
pub(crate) struct ReadMessages {
    pub key: CustomerKey,
    pub window: MessageWindow,
}

/// A company's audit entries, newest first, and how many match in all.
#[derive(Message)]
#[rtype(result = "Result<(Vec<AuditEntry>, u64), StoreError>")]
pub(crate) struct ReadAudit {
    pub company: CompanyId,
    pub query: AuditQuery,
}

/// A company's finished handoffs requested within a period.
#[derive(Message)]
#[rtype(result = "Result<Vec<HandoffRecord>, StoreError>")]
pub(crate) struct ReadHandoffs {
    pub company: CompanyId,
    pub period: Period,
}

/// A company's running aggregates of the hours that start within a period.
#[derive(Message)]
#[rtype(result = "Result<Vec<TallyRow>, StoreError>")]
pub(crate) struct ReadTallies {
    pub company: CompanyId,
    pub period: Period,
}

/// A company's conversation counts of the hours that start within a period.
#[derive(Message)]
#[rtype(result = "Result<Vec<HourCount>, StoreError>")]
pub(crate) struct ReadConversations {
    pub company: CompanyId,
    pub period: Period,
}

/// A company's agents' presence stretches that started within a period.
#[derive(Message)]
#[rtype(result = "Result<Vec<Stretch>, StoreError>")]
pub(crate) struct ReadPresence {
    pub company: CompanyId,
    pub period: Period,
}

/// The session of a token (by its hash).
#[derive(Message)]
#[rtype(result = "Result<Option<SessionRecord>, StoreError>")]
pub(crate) struct ReadSession {
    pub token_hash: String,
}

/// Every company, page and agent.
#[derive(Message)]
#[rtype(result = "Result<Tenants, StoreError>")]
pub(crate) struct ReadTenants;

/// Delete the sessions that expired before `before`; answers how many went.
#[derive(Message)]
#[rtype(result = "Result<u64, StoreError>")]
pub(crate) struct PurgeSessions {
    pub before: DateTime<Utc>,
}

/// Append an encoded event to the company's shared log; answers its `seq`.
#[derive(Message)]
#[rtype(result = "Result<u64, StoreError>")]
pub(crate) struct AppendEvent {
    pub company: CompanyId,
    pub payload: String,
}

/// One company's record as stored now.
#[derive(Message)]
#[rtype(result = "Result<Option<CompanyRecord>, StoreError>")]
pub(crate) struct ReadCompany {
    pub company: CompanyId,
}

/// Take or keep a lease (see `Store::lease`).
#[derive(Message)]
#[rtype(result = "Result<bool, StoreError>")]
pub(crate) struct TakeLease {
    pub name: String,
    pub holder: String,
    pub ttl: std::time::Duration,
}

/// Take the company's next event `seq` without an event (a gap readers skip).
#[derive(Message)]
#[rtype(result = "Result<u64, StoreError>")]
pub(crate) struct SkipEvent {
    pub company: CompanyId,
}

/// The company's logged events after `seq`, in order, at most `limit`.
#[derive(Message)]
#[rtype(result = "Result<Vec<(u64, String)>, StoreError>")]
pub(crate) struct EventsAfter {
    pub company: CompanyId,
    pub seq: u64,
    pub limit: usize,
}

/// The company's latest event `seq` (0 before any).
#[derive(Message)]
#[rtype(result = "Result<u64, StoreError>")]
pub(crate) struct LatestEvent {
    pub company: CompanyId,
}

/// Forget the logged events appended before `before`; answers how many went.
#[derive(Message)]
#[rtype(result = "Result<u64, StoreError>")]
pub(crate) struct PruneEvents {
    pub before: DateTime<Utc>,
}

/// Every company's events as they are appended, where the store can push them.
#[derive(Message)]
#[rtype(result = "Result<Option<EventStream>, StoreError>")]
pub(crate) struct WatchEvents;
