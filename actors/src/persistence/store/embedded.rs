//! The embedded default store: one redb file in `HANDOFF_DATA_DIR`, crash-safe (every commit
//! is fsync'd before it is acknowledged), one process at a time.
//!
//! Keys are strings whose parts are joined by `\x1f` (unit separator, refused in ids at the
//! edge), so a company's or a customer's records are one contiguous key range.

use super::embedded_index::{self as index, Walk};
use super::{
    decode_tally, encode_tally, hour_of, tally_shares, BatchResults, CustomerQuery, CustomerWrite,
    HourCount, MessageWindow, Period, Store, TallyRow, WriteOp, WriteResult,
};
use crate::attendance::Stretch;
use crate::error::StoreError;
use crate::handoff::HandoffRecord;
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{
    AgentRecord, AuditEntry, AuditQuery, CompanyRecord, Customer, MessageRecord, PageRecord,
    SessionRecord, StoredCustomer, TenantChange, Tenants,
};
use crate::tally::stored::Parts;
use crate::tally::HourTally;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use redb::{Database, ReadableTable, ReadableTableMetadata, TableDefinition};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

const SEP: char = '\x1f';
/// The character after `SEP`: the exclusive upper bound of a prefix range.
const SEP_END: char = '\x20';

/// `company SEP page SEP customer` → stored customer (JSON).
const CUSTOMERS: TableDefinition<&str, &[u8]> = TableDefinition::new("customers");
/// `company SEP customer SEP page` → (): finds a PSID's documents without the page.
const CUSTOMERS_BY_ID: TableDefinition<&str, ()> = TableDefinition::new("customers_by_id");
/// `company SEP page SEP customer SEP ts(20 digits) SEP seq(20 digits)` → message (JSON).
const MESSAGES: TableDefinition<&str, &[u8]> = TableDefinition::new("messages");
/// `page SEP message id` → (): the `(page_id, mid)` unique index.
const MESSAGE_IDS: TableDefinition<&str, ()> = TableDefinition::new("message_ids");
/// `company SEP seq(20 digits)` → audit entry (JSON).
const AUDIT: TableDefinition<&str, &[u8]> = TableDefinition::new("audit");
const SESSIONS: TableDefinition<&str, &[u8]> = TableDefinition::new("sessions");
const COMPANIES: TableDefinition<&str, &[u8]> = TableDefinition::new("companies");
const PAGES: TableDefinition<&str, &[u8]> = TableDefinition::new("pages");
const AGENTS: TableDefinition<&str, &[u8]> = TableDefinition::new("agents");
/// Finished handoffs by `company SEP requested_at SEP page SEP customer`: a period of one
/// company's handoffs is one range.
const HANDOFFS: TableDefinition<&str, &[u8]> = TableDefinition::new("handoffs");
/// Agents' presence stretches by `company SEP started_at SEP id`: a period's are one range.
const PRESENCE: TableDefinition<&str, &[u8]> = TableDefinition::new("presence");
/// Conversations begun by `company SEP hour SEP page` → count: a period's are one range.
const CONVERSATIONS: TableDefinition<&str, u64> = TableDefinition::new("conversations");
/// The customers who asked for a person (`stop`), by `company SEP page SEP customer`: the
/// queue and the open handoffs are read from it, not from every customer.
const STOPPED: TableDefinition<&str, ()> = TableDefinition::new("stopped");
/// The queue in its order, and every customer by last message (`embedded_index`): entry →
/// the facts lists filter on.
const QUEUE: TableDefinition<&str, &[u8]> = TableDefinition::new("queue");
const RECENT: TableDefinition<&str, &[u8]> = TableDefinition::new("recent");
/// Customers per `company SEP page`.
const COUNTS: TableDefinition<&str, u64> = TableDefinition::new("customer_counts");
/// Running aggregates by `company SEP hour SEP page` → tally (bincode): a period's are one
/// range.
const TALLIES: TableDefinition<&str, &[u8]> = TableDefinition::new("tallies");
/// Set in META once [`QUEUE`], [`RECENT`] and [`COUNTS`] hold every customer.
const ORDER_INDEXED: &str = "order_indexed";
/// Counters (`seq`: orders messages and audit entries written in the same millisecond).
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

pub struct EmbeddedStore {
    db: Arc<Database>,
}

fn unavailable(err: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(err.to_string())
}

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn join(parts: &[&str]) -> String {
    let mut key = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            key.push(SEP);
        }
        key.push_str(part);
    }
    key
}

/// `[prefix SEP, prefix SEP_END)`: every key that starts with these parts.
fn prefix_range(parts: &[&str]) -> (String, String) {
    let base = join(parts);
    (format!("{base}{SEP}"), format!("{base}{SEP_END}"))
}

fn customer_key(key: &CustomerKey) -> String {
    join(&[
        key.company.as_str(),
        key.page.as_str(),
        key.customer.as_str(),
    ])
}

fn handoff_key(done: &HandoffRecord) -> String {
    join(&[
        done.company_id.as_str(),
        &millis(done.requested_at),
        done.page_id.as_str(),
        done.customer_id.as_str(),
    ])
}

fn stretch_key(stretch: &Stretch) -> String {
    join(&[
        stretch.company_id.as_str(),
        &millis(stretch.started_at),
        &stretch.id,
    ])
}

/// The hour and page of a `company SEP hour SEP page` key.
fn hour_and_page(key: &str) -> Result<(DateTime<Utc>, PageId), StoreError> {
    let mut parts = key.split(SEP).skip(1);
    let (Some(hour), Some(page)) = (parts.next(), parts.next()) else {
        return Err(StoreError::Corrupt(format!("hourly key {key:?}")));
    };
    let hour: i64 = hour
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("hourly key {key:?}")))?;
    Ok((crate::model::from_millis(hour), PageId::new(page)))
}

fn millis(at: DateTime<Utc>) -> String {
    format!("{:020}", at.timestamp_millis().max(0))
}

impl EmbeddedStore {
    /// Opens (or creates) `dir/handoff.redb`. A previous process may still be letting go of
    /// the file while it shuts down, so opening is retried for a few seconds.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(unavailable)?;
        let path = dir.join("handoff.redb");
        let mut attempts = 0;
        let db = loop {
            match Database::create(&path) {
                Ok(db) => break db,
                Err(redb::DatabaseError::DatabaseAlreadyOpen) if attempts < 50 => {
                    attempts += 1;
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(err) => return Err(unavailable(format!("{}: {err}", path.display()))),
            }
        };
        let txn = db.begin_write().map_err(unavailable)?;
        {
            txn.open_table(CUSTOMERS).map_err(unavailable)?;
            txn.open_table(CUSTOMERS_BY_ID).map_err(unavailable)?;
            txn.open_table(MESSAGES).map_err(unavailable)?;
            txn.open_table(MESSAGE_IDS).map_err(unavailable)?;
            txn.open_table(AUDIT).map_err(unavailable)?;
            txn.open_table(SESSIONS).map_err(unavailable)?;
            txn.open_table(COMPANIES).map_err(unavailable)?;
            txn.open_table(PAGES).map_err(unavailable)?;
            txn.open_table(AGENTS).map_err(unavailable)?;
            txn.open_table(HANDOFFS).map_err(unavailable)?;
            txn.open_table(PRESENCE).map_err(unavailable)?;
            txn.open_table(CONVERSATIONS).map_err(unavailable)?;
            let mut meta = txn.open_table(META).map_err(unavailable)?;
            let mut indexes = Indexes {
                queue: txn.open_table(QUEUE).map_err(unavailable)?,
                recent: txn.open_table(RECENT).map_err(unavailable)?,
                counts: txn.open_table(COUNTS).map_err(unavailable)?,
            };
            if meta.get(ORDER_INDEXED).map_err(unavailable)?.is_none() {
                // A store written before the indexes existed: they are built once.
                let customers = txn.open_table(CUSTOMERS).map_err(unavailable)?;
                for item in customers.iter().map_err(unavailable)? {
                    let (_, value) = item.map_err(unavailable)?;
                    let customer = decode::<StoredCustomer>(value.value())?.unwrap();
                    indexes.update(None, &customer)?;
                }
                meta.insert(ORDER_INDEXED, 1).map_err(unavailable)?;
            }
            drop(indexes);
            // The index of stopped customers the queue index replaced.
            txn.delete_table(STOPPED).map_err(unavailable)?;
            let mut tallies = txn.open_table(TALLIES).map_err(unavailable)?;
            if tallies.is_empty().map_err(unavailable)? {
                // A store written before the running aggregates existed: they are summed
                // once from the finished handoffs.
                let handoffs = txn.open_table(HANDOFFS).map_err(unavailable)?;
                for item in handoffs.iter().map_err(unavailable)? {
                    let (_, value) = item.map_err(unavailable)?;
                    let done: HandoffRecord = decode(value.value())?;
                    add_tallies(&mut tallies, &done, None)?;
                }
            }
        }
        txn.commit().map_err(unavailable)?;
        Ok(EmbeddedStore { db: Arc::new(db) })
    }

    /// Runs blocking redb work off the async threads.
    async fn blocking<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Database) -> Result<T, StoreError> + Send + 'static,
    {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || work(&db))
            .await
            .map_err(unavailable)?
    }
}

fn is_recorded(
    message_ids: &redb::Table<&str, ()>,
    key: &CustomerKey,
    message: &MessageRecord,
) -> Result<bool, StoreError> {
    let id_key = join(&[key.page.as_str(), &message.id]);
    Ok(message_ids
        .get(id_key.as_str())
        .map_err(unavailable)?
        .is_some())
}

/// Records a message unless its id is already recorded for the page; `false`: it was.
fn append_message(
    message_ids: &mut redb::Table<&str, ()>,
    messages: &mut redb::Table<&str, &[u8]>,
    seq: &mut u64,
    key: &CustomerKey,
    message: &MessageRecord,
) -> Result<bool, StoreError> {
    if is_recorded(message_ids, key, message)? {
        return Ok(false);
    }
    *seq += 1;
    let msg_key = join(&[
        key.company.as_str(),
        key.page.as_str(),
        key.customer.as_str(),
        &millis(message.timestamp),
        &format!("{:020}", *seq),
    ]);
    let id_key = join(&[key.page.as_str(), &message.id]);
    message_ids
        .insert(id_key.as_str(), ())
        .map_err(unavailable)?;
    messages
        .insert(msg_key.as_str(), encode(message)?.as_slice())
        .map_err(unavailable)?;
    Ok(true)
}

/// Applies a batch inside one write transaction: one fsync for all of it.
type Records<'t> = redb::Table<'t, &'static str, &'static [u8]>;

fn put<T: Serialize>(table: &mut Records<'_>, id: &str, record: &T) -> Result<(), StoreError> {
    table
        .insert(id, encode(record)?.as_slice())
        .map_err(unavailable)?;
    Ok(())
}

fn remove(table: &mut Records<'_>, id: &str) -> Result<(), StoreError> {
    table.remove(id).map_err(unavailable)?;
    Ok(())
}

/// Adds `done`'s shares ([`tally_shares`]) to its page's rows.
fn add_tallies(
    table: &mut Records<'_>,
    done: &HandoffRecord,
    before: Option<&HandoffRecord>,
) -> Result<(), StoreError> {
    for (hour, share) in tally_shares(done, before).0 {
        let key = join(&[
            done.company_id.as_str(),
            &format!("{:020}", hour.max(0)),
            done.page_id.as_str(),
        ]);
        let at = crate::model::from_millis(hour);
        let mut tally = match table.get(key.as_str()).map_err(unavailable)? {
            Some(stored) => decode_tally(stored.value(), at, Parts::ALL)?,
            None => HourTally::default(),
        };
        tally.merge(&share, true);
        table
            .insert(key.as_str(), encode_tally(&tally, at)?.as_slice())
            .map_err(unavailable)?;
    }
    Ok(())
}

/// Every session of `agent`. Rare (an admin or the tenants file asks): a scan is fine.
fn end_sessions(sessions: &mut Records<'_>, agent: &AgentId) -> Result<(), StoreError> {
    let mut ended = Vec::new();
    for item in sessions.iter().map_err(unavailable)? {
        let (key, value) = item.map_err(unavailable)?;
        let session: SessionRecord = decode(value.value())?;
        if &session.agent_id == agent {
            ended.push(key.value().to_owned());
        }
    }
    for key in ended {
        sessions.remove(key.as_str()).map_err(unavailable)?;
    }
    Ok(())
}

fn apply_batch(db: &Database, ops: Vec<WriteOp>) -> Result<Vec<WriteResult>, StoreError> {
    let txn = db.begin_write().map_err(unavailable)?;
    let mut results = Vec::with_capacity(ops.len());
    {
        let mut customers = txn.open_table(CUSTOMERS).map_err(unavailable)?;
        let mut by_id = txn.open_table(CUSTOMERS_BY_ID).map_err(unavailable)?;
        let mut messages = txn.open_table(MESSAGES).map_err(unavailable)?;
        let mut message_ids = txn.open_table(MESSAGE_IDS).map_err(unavailable)?;
        let mut audit = txn.open_table(AUDIT).map_err(unavailable)?;
        let mut sessions = txn.open_table(SESSIONS).map_err(unavailable)?;
        let mut companies = txn.open_table(COMPANIES).map_err(unavailable)?;
        let mut pages = txn.open_table(PAGES).map_err(unavailable)?;
        let mut agents = txn.open_table(AGENTS).map_err(unavailable)?;
        let mut handoffs = txn.open_table(HANDOFFS).map_err(unavailable)?;
        let mut presence = txn.open_table(PRESENCE).map_err(unavailable)?;
        let mut conversations = txn.open_table(CONVERSATIONS).map_err(unavailable)?;
        let mut tallies = txn.open_table(TALLIES).map_err(unavailable)?;
        let mut indexes = Indexes {
            queue: txn.open_table(QUEUE).map_err(unavailable)?,
            recent: txn.open_table(RECENT).map_err(unavailable)?,
            counts: txn.open_table(COUNTS).map_err(unavailable)?,
        };
        let mut meta = txn.open_table(META).map_err(unavailable)?;
        let mut seq = meta
            .get("seq")
            .map_err(unavailable)?
            .map(|v| v.value())
            .unwrap_or(0);

        for op in ops {
            let result = match op {
                WriteOp::Customer(write) => {
                    let CustomerWrite {
                        customer,
                        expected_version,
                        messages: records,
                        require_new,
                        audit: entry,
                        handoff,
                        conversation,
                    } = *write;
                    let key = customer.key();
                    let k = customer_key(&key);
                    let stored: Option<Customer> = customers
                        .get(k.as_str())
                        .map_err(unavailable)?
                        .map(|v| decode::<StoredCustomer>(v.value()).map(StoredCustomer::unwrap))
                        .transpose()?;
                    let stored_version = stored.as_ref().map_or(0, |c| c.version);
                    let already = match records.first() {
                        Some(first) if require_new => is_recorded(&message_ids, &key, first)?,
                        _ => false,
                    };
                    if stored_version != expected_version
                        || customer.version != expected_version + 1
                    {
                        WriteResult::Conflict {
                            current: stored.map(Box::new),
                        }
                    } else if already {
                        WriteResult::DuplicateMessage
                    } else {
                        customers
                            .insert(
                                k.as_str(),
                                encode(&StoredCustomer::wrap(&customer))?.as_slice(),
                            )
                            .map_err(unavailable)?;
                        indexes.update(stored.as_ref(), &customer)?;
                        if stored.is_none() {
                            let idx = join(&[
                                key.company.as_str(),
                                key.customer.as_str(),
                                key.page.as_str(),
                            ]);
                            by_id.insert(idx.as_str(), ()).map_err(unavailable)?;
                        }
                        for record in &records {
                            append_message(
                                &mut message_ids,
                                &mut messages,
                                &mut seq,
                                &key,
                                record,
                            )?;
                        }
                        if let Some(entry) = entry {
                            seq += 1;
                            let ak = join(&[key.company.as_str(), &format!("{seq:020}")]);
                            audit
                                .insert(ak.as_str(), encode(&entry)?.as_slice())
                                .map_err(unavailable)?;
                        }
                        if let Some(done) = handoff {
                            let k = handoff_key(&done);
                            let before: Option<HandoffRecord> = handoffs
                                .get(k.as_str())
                                .map_err(unavailable)?
                                .map(|v| decode(v.value()))
                                .transpose()?;
                            put(&mut handoffs, &k, &done)?;
                            add_tallies(&mut tallies, &done, before.as_ref())?;
                        }
                        if let Some(since) = customer.conversation_since.filter(|_| conversation) {
                            let ck = join(&[
                                key.company.as_str(),
                                &millis(hour_of(since)),
                                key.page.as_str(),
                            ]);
                            let count = conversations
                                .get(ck.as_str())
                                .map_err(unavailable)?
                                .map_or(0, |v| v.value());
                            conversations
                                .insert(ck.as_str(), count + 1)
                                .map_err(unavailable)?;
                        }
                        WriteResult::Applied
                    }
                }
                WriteOp::AppendMessage { key, message } => {
                    if append_message(&mut message_ids, &mut messages, &mut seq, &key, &message)? {
                        WriteResult::Applied
                    } else {
                        WriteResult::DuplicateMessage
                    }
                }
                WriteOp::Audit { company, entry } => {
                    seq += 1;
                    let ak = join(&[company.as_str(), &format!("{seq:020}")]);
                    audit
                        .insert(ak.as_str(), encode(&entry)?.as_slice())
                        .map_err(unavailable)?;
                    WriteResult::Applied
                }
                WriteOp::PutSession(session) => {
                    sessions
                        .insert(session.token_hash.as_str(), encode(&session)?.as_slice())
                        .map_err(unavailable)?;
                    WriteResult::Applied
                }
                WriteOp::DeleteSession { token_hash } => {
                    sessions.remove(token_hash.as_str()).map_err(unavailable)?;
                    WriteResult::Applied
                }
                WriteOp::Tenant(change) => {
                    match change {
                        TenantChange::PutCompany(c) => put(&mut companies, c.id.as_str(), &c)?,
                        TenantChange::PutPage(p) => put(&mut pages, p.id.as_str(), &p)?,
                        TenantChange::PutAgent(a) => put(&mut agents, a.id.as_str(), &a)?,
                        TenantChange::RemoveCompany(id) => remove(&mut companies, id.as_str())?,
                        TenantChange::RemovePage(id) => remove(&mut pages, id.as_str())?,
                        TenantChange::RemoveAgent(id) => remove(&mut agents, id.as_str())?,
                        TenantChange::EndAgentSessions(agent) => {
                            end_sessions(&mut sessions, &agent)?
                        }
                    }
                    WriteResult::Applied
                }
                WriteOp::Presence(stretch) => {
                    put(&mut presence, &stretch_key(&stretch), &stretch)?;
                    WriteResult::Applied
                }
                WriteOp::Probe => {
                    let probes = meta.get("probes").map_err(unavailable)?.map(|v| v.value());
                    meta.insert("probes", probes.unwrap_or(0) + 1)
                        .map_err(unavailable)?;
                    WriteResult::Applied
                }
            };
            results.push(result);
        }
        meta.insert("seq", seq).map_err(unavailable)?;
    }
    txn.commit().map_err(unavailable)?;
    Ok(results)
}

fn scan<T: DeserializeOwned>(
    db: &Database,
    table: TableDefinition<&str, &[u8]>,
    (from, to): (String, String),
) -> Result<Vec<T>, StoreError> {
    let txn = db.begin_read().map_err(unavailable)?;
    let table = txn.open_table(table).map_err(unavailable)?;
    let mut out = Vec::new();
    for item in table
        .range(from.as_str()..to.as_str())
        .map_err(unavailable)?
    {
        let (_, value) = item.map_err(unavailable)?;
        out.push(decode(value.value())?);
    }
    Ok(out)
}

/// The ordered indexes, open in a write transaction.
struct Indexes<'t> {
    queue: Records<'t>,
    recent: Records<'t>,
    counts: redb::Table<'t, &'static str, u64>,
}

impl Indexes<'_> {
    /// Moves the customer's entries from where `before` had them to where `after` has them.
    fn update(&mut self, before: Option<&Customer>, after: &Customer) -> Result<(), StoreError> {
        if let Some(before) = before {
            if let Some(key) = index::queue_key(before) {
                self.queue.remove(key.as_str()).map_err(unavailable)?;
            }
            let key = index::recent_key(before);
            self.recent.remove(key.as_str()).map_err(unavailable)?;
        } else {
            let page = join(&[after.company_id.as_str(), after.page_id.as_str()]);
            let count = self
                .counts
                .get(page.as_str())
                .map_err(unavailable)?
                .map_or(0, |v| v.value());
            self.counts
                .insert(page.as_str(), count + 1)
                .map_err(unavailable)?;
        }
        let facts = index::facts(after);
        if let Some(key) = index::queue_key(after) {
            self.queue
                .insert(key.as_str(), facts.as_slice())
                .map_err(unavailable)?;
        }
        let key = index::recent_key(after);
        self.recent
            .insert(key.as_str(), facts.as_slice())
            .map_err(unavailable)?;
        Ok(())
    }
}

/// A page of `query`'s answer in `walk`'s order, and its total: the index is walked on its
/// facts alone, and only the customers of the page are decoded. Without filters but the
/// pages, the total is counted, and the walk stops at the page's end.
fn walk_index(
    db: &Database,
    company: &CompanyId,
    query: &CustomerQuery,
    walk: Walk,
) -> Result<(Vec<Customer>, u64), StoreError> {
    let txn = db.begin_read().map_err(unavailable)?;
    let table = txn
        .open_table(if walk == Walk::Queue { QUEUE } else { RECENT })
        .map_err(unavailable)?;
    let (from, to) = prefix_range(&[company.as_str()]);
    let counted = query
        .counts_every_customer()
        .then(|| count_customers(&txn, company, query))
        .transpose()?;
    let wanted = query.skip.saturating_add(query.limit);
    let mut entries = table
        .range(from.as_str()..to.as_str())
        .map_err(unavailable)?;
    let mut next = || -> Option<Result<String, StoreError>> {
        loop {
            let item = if walk == Walk::NewestFirst {
                entries.next_back()
            } else {
                entries.next()
            };
            let (key, facts) = match item? {
                Ok(entry) => entry,
                Err(err) => return Some(Err(unavailable(err))),
            };
            match index::read_facts(facts.value()) {
                Some(facts) if query.admits(&facts) => return Some(Ok(key.value().to_owned())),
                Some(_) => continue,
                None => {
                    return Some(Err(StoreError::Corrupt(format!(
                        "index entry {:?}",
                        key.value()
                    ))))
                }
            }
        }
    };
    let mut keys: Vec<String> = Vec::new();
    let mut total = 0u64;
    // Newest first keeps ties (the same instant) in the order of the customer's id, as the
    // other orders do: a run of ties is collected whole and turned around.
    let mut ties: Vec<String> = Vec::new();
    let flush = |ties: &mut Vec<String>, keys: &mut Vec<String>, total: &mut u64| {
        for key in ties.drain(..).rev() {
            if (*total as usize) < wanted {
                keys.push(key);
            }
            *total += 1;
        }
    };
    // With the total known, the walk ends with the page.
    let done = |total: u64| counted.is_some() && total as usize >= wanted;
    while let Some(key) = next() {
        let key = key?;
        if walk == Walk::NewestFirst {
            if ties
                .last()
                .is_some_and(|t| index::order_of(t) != index::order_of(&key))
            {
                flush(&mut ties, &mut keys, &mut total);
                if done(total) {
                    break;
                }
            }
            ties.push(key);
            continue;
        }
        if (total as usize) < wanted {
            keys.push(key);
        }
        total += 1;
        if done(total) {
            break;
        }
    }
    flush(&mut ties, &mut keys, &mut total);
    let customers = txn.open_table(CUSTOMERS).map_err(unavailable)?;
    let mut page = Vec::with_capacity(keys.len().saturating_sub(query.skip));
    for key in keys.iter().skip(query.skip) {
        let Some((customer, page_id)) = index::customer_of(key) else {
            continue;
        };
        let k = join(&[company.as_str(), page_id, customer]);
        if let Some(value) = customers.get(k.as_str()).map_err(unavailable)? {
            page.push(decode::<StoredCustomer>(value.value())?.unwrap());
        }
    }
    Ok((page, counted.unwrap_or(total)))
}

/// The waiting customers the query admits, through the queue index, in no order.
fn waiting_customers(
    db: &Database,
    company: &CompanyId,
    query: &CustomerQuery,
) -> Result<Vec<Customer>, StoreError> {
    let txn = db.begin_read().map_err(unavailable)?;
    let queue = txn.open_table(QUEUE).map_err(unavailable)?;
    let customers = txn.open_table(CUSTOMERS).map_err(unavailable)?;
    let (from, to) = prefix_range(&[company.as_str()]);
    let mut found = Vec::new();
    for item in queue
        .range(from.as_str()..to.as_str())
        .map_err(unavailable)?
    {
        let (key, facts) = item.map_err(unavailable)?;
        let admitted = index::read_facts(facts.value()).is_some_and(|f| query.admits(&f));
        let Some((customer, page)) = index::customer_of(key.value()).filter(|_| admitted) else {
            continue;
        };
        let k = join(&[company.as_str(), page, customer]);
        if let Some(value) = customers.get(k.as_str()).map_err(unavailable)? {
            found.push(decode::<StoredCustomer>(value.value())?.unwrap());
        }
    }
    Ok(found)
}

/// How many customers the query's pages (or the whole company) have.
fn count_customers(
    txn: &redb::ReadTransaction,
    company: &CompanyId,
    query: &CustomerQuery,
) -> Result<u64, StoreError> {
    let counts = txn.open_table(COUNTS).map_err(unavailable)?;
    let (from, to) = prefix_range(&[company.as_str()]);
    let mut total = 0;
    for item in counts
        .range(from.as_str()..to.as_str())
        .map_err(unavailable)?
    {
        let (key, count) = item.map_err(unavailable)?;
        let page = key.value().rsplit(SEP).next().unwrap_or_default();
        if query
            .pages
            .as_ref()
            .is_none_or(|pages| pages.iter().any(|p| p.as_str() == page))
        {
            total += count.value();
        }
    }
    Ok(total)
}

fn all<T: DeserializeOwned>(
    db: &Database,
    table: TableDefinition<&str, &[u8]>,
) -> Result<Vec<T>, StoreError> {
    let txn = db.begin_read().map_err(unavailable)?;
    let table = txn.open_table(table).map_err(unavailable)?;
    let mut out = Vec::with_capacity(table.len().map_err(unavailable)? as usize);
    for item in table.iter().map_err(unavailable)? {
        let (_, value) = item.map_err(unavailable)?;
        out.push(decode(value.value())?);
    }
    Ok(out)
}

/// The keys of a company's records (keyed `company SEP millis SEP ...`) timed within `period`.
fn period_range(company: &CompanyId, period: Period) -> (String, String) {
    (
        join(&[company.as_str(), &millis(period.from)]),
        join(&[company.as_str(), &millis(period.to)]),
    )
}

fn get_customer(db: &Database, key: &str) -> Result<Option<Customer>, StoreError> {
    let txn = db.begin_read().map_err(unavailable)?;
    let table = txn.open_table(CUSTOMERS).map_err(unavailable)?;
    let found = table.get(key).map_err(unavailable)?;
    found
        .map(|v| decode::<StoredCustomer>(v.value()).map(StoredCustomer::unwrap))
        .transpose()
}

#[async_trait]
impl Store for EmbeddedStore {
    /// One write transaction for the whole batch: every op is answered alike when it fails.
    async fn commit(&self, ops: Vec<WriteOp>) -> BatchResults {
        let count = ops.len();
        match self.blocking(move |db| apply_batch(db, ops)).await {
            Ok(results) => results.into_iter().map(Ok).collect(),
            Err(err) => vec![Err(err); count],
        }
    }

    async fn customer(&self, key: &CustomerKey) -> Result<Option<Customer>, StoreError> {
        let k = customer_key(key);
        self.blocking(move |db| get_customer(db, &k)).await
    }

    async fn customers_by_id(
        &self,
        company: &CompanyId,
        customer: &CustomerId,
    ) -> Result<Vec<Customer>, StoreError> {
        let (from, to) = prefix_range(&[company.as_str(), customer.as_str()]);
        let company = company.clone();
        let customer = customer.clone();
        self.blocking(move |db| {
            let pages: Vec<String> = {
                let txn = db.begin_read().map_err(unavailable)?;
                let table = txn.open_table(CUSTOMERS_BY_ID).map_err(unavailable)?;
                let mut pages = Vec::new();
                for item in table
                    .range(from.as_str()..to.as_str())
                    .map_err(unavailable)?
                {
                    let (key, _) = item.map_err(unavailable)?;
                    if let Some(page) = key.value().rsplit(SEP).next() {
                        pages.push(page.to_owned());
                    }
                }
                pages
            };
            let mut found = Vec::new();
            for page in pages {
                let k = join(&[company.as_str(), &page, customer.as_str()]);
                found.extend(get_customer(db, &k)?);
            }
            Ok(found)
        })
        .await
    }

    async fn list_customers(
        &self,
        company: &CompanyId,
        query: &CustomerQuery,
    ) -> Result<(Vec<Customer>, u64), StoreError> {
        let range = prefix_range(&[company.as_str()]);
        let query = query.clone();
        let company = company.clone();
        self.blocking(move |db| match query.walk() {
            Some(Walk::Waiting) => {
                let found = waiting_customers(db, &company, &query)?;
                Ok(query.page_of(found))
            }
            Some(walk) => walk_index(db, &company, &query, walk),
            None => {
                let found = scan::<StoredCustomer>(db, CUSTOMERS, range)?
                    .into_iter()
                    .map(StoredCustomer::unwrap)
                    .filter(|c| query.matches(c))
                    .collect();
                Ok(query.page_of(found))
            }
        })
        .await
    }

    async fn messages(
        &self,
        key: &CustomerKey,
        window: MessageWindow,
    ) -> Result<Vec<MessageRecord>, StoreError> {
        let MessageWindow { limit, before } = window;
        let parts = [
            key.company.as_str(),
            key.page.as_str(),
            key.customer.as_str(),
        ];
        let (from, mut to) = prefix_range(&parts);
        if let Some(before) = before {
            // Keys sort by timestamp: stop just below `before`'s millisecond.
            to = format!("{}{SEP}{}", join(&parts), millis(before));
        }
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(MESSAGES).map_err(unavailable)?;
            let mut out = Vec::with_capacity(limit.min(256));
            for item in table
                .range(from.as_str()..to.as_str())
                .map_err(unavailable)?
                .rev()
                .take(limit)
            {
                let (_, value) = item.map_err(unavailable)?;
                out.push(decode::<MessageRecord>(value.value())?);
            }
            out.reverse();
            Ok(out)
        })
        .await
    }

    async fn audit(
        &self,
        company: &CompanyId,
        query: &AuditQuery,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError> {
        let (from, to) = prefix_range(&[company.as_str()]);
        let query = query.clone();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(AUDIT).map_err(unavailable)?;
            let mut page = Vec::new();
            let mut total = 0u64;
            for item in table
                .range(from.as_str()..to.as_str())
                .map_err(unavailable)?
                .rev()
            {
                let (_, value) = item.map_err(unavailable)?;
                let entry: AuditEntry = decode(value.value())?;
                if !query.matches(&entry) {
                    continue;
                }
                if total as usize >= query.skip && page.len() < query.limit {
                    page.push(entry);
                }
                total += 1;
            }
            Ok((page, total))
        })
        .await
    }

    async fn handoffs(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HandoffRecord>, StoreError> {
        let range = period_range(company, period);
        self.blocking(move |db| scan(db, HANDOFFS, range)).await
    }

    async fn tallies(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<TallyRow>, StoreError> {
        let (from, to) = period_range(company, period);
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(TALLIES).map_err(unavailable)?;
            let mut found = Vec::new();
            for item in table
                .range(from.as_str()..to.as_str())
                .map_err(unavailable)?
            {
                let (key, value) = item.map_err(unavailable)?;
                let (hour, page) = hour_and_page(key.value())?;
                found.push(TallyRow {
                    page_id: page,
                    hour,
                    bytes: value.value().to_vec(),
                });
            }
            Ok(found)
        })
        .await
    }

    async fn conversations(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HourCount>, StoreError> {
        let (from, to) = period_range(company, period);
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(CONVERSATIONS).map_err(unavailable)?;
            let mut found = Vec::new();
            for item in table
                .range(from.as_str()..to.as_str())
                .map_err(unavailable)?
            {
                let (key, count) = item.map_err(unavailable)?;
                let (hour, page_id) = hour_and_page(key.value())?;
                found.push(HourCount {
                    page_id,
                    hour,
                    count: count.value(),
                });
            }
            Ok(found)
        })
        .await
    }

    async fn presence(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<Stretch>, StoreError> {
        let range = period_range(company, period);
        self.blocking(move |db| scan(db, PRESENCE, range)).await
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let token_hash = token_hash.to_owned();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(SESSIONS).map_err(unavailable)?;
            let found = table.get(token_hash.as_str()).map_err(unavailable)?;
            found.map(|v| decode(v.value())).transpose()
        })
        .await
    }

    async fn purge_sessions(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.blocking(move |db| {
            let txn = db.begin_write().map_err(unavailable)?;
            let removed = {
                let mut sessions = txn.open_table(SESSIONS).map_err(unavailable)?;
                let mut expired = Vec::new();
                for item in sessions.iter().map_err(unavailable)? {
                    let (key, value) = item.map_err(unavailable)?;
                    let session: SessionRecord = decode(value.value())?;
                    if session.expires_at < before {
                        expired.push(key.value().to_owned());
                    }
                }
                for key in &expired {
                    sessions.remove(key.as_str()).map_err(unavailable)?;
                }
                expired.len() as u64
            };
            txn.commit().map_err(unavailable)?;
            Ok(removed)
        })
        .await
    }

    async fn tenants(&self) -> Result<Tenants, StoreError> {
        self.blocking(|db| {
            Ok(Tenants {
                companies: all::<CompanyRecord>(db, COMPANIES)?,
                pages: all::<PageRecord>(db, PAGES)?,
                agents: all::<AgentRecord>(db, AGENTS)?,
            })
        })
        .await
    }

    async fn company(&self, id: &CompanyId) -> Result<Option<CompanyRecord>, StoreError> {
        let id = id.clone();
        self.blocking(move |db| {
            let txn = db.begin_read().map_err(unavailable)?;
            let table = txn.open_table(COMPANIES).map_err(unavailable)?;
            let found = table.get(id.as_str()).map_err(unavailable)?;
            found.map(|v| decode(v.value())).transpose()
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.blocking(|db| db.begin_read().map(|_| ()).map_err(unavailable))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persistence::store::conformance;

    #[actix_rt::test]
    async fn embedded_store_conforms() {
        let dirs = std::sync::Mutex::new(Vec::new());
        conformance::run_all(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir.path()).expect("open"));
            dirs.lock().expect("lock").push(dir);
            async move { store }
        })
        .await;
    }

    #[actix_rt::test]
    async fn committed_data_survives_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = SessionRecord {
            token_hash: "h".into(),
            agent_id: crate::ids::AgentId::new("a"),
            company_id: CompanyId::new("c"),
            created_at: crate::model::now(),
            expires_at: crate::model::now(),
        };
        {
            let store = EmbeddedStore::open(dir.path()).expect("open");
            for result in store
                .commit(vec![WriteOp::PutSession(session.clone())])
                .await
            {
                result.expect("commit");
            }
        }
        let store = EmbeddedStore::open(dir.path()).expect("reopen");
        assert_eq!(store.session("h").await.expect("read"), Some(session));
    }

    #[actix_rt::test]
    async fn a_store_from_before_the_running_aggregates_sums_them_at_start() {
        use crate::handoff::{Ending, Episode, Whose};
        let dir = tempfile::tempdir().expect("tempdir");
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("p1"),
            customer: CustomerId::new("c1"),
        };
        let at = crate::model::from_millis(10_000_000);
        let mut episode = Episode::begin(at);
        episode.change_holder(
            Some(&AgentId::new("ann")),
            at + chrono::TimeDelta::seconds(30),
        );
        let whose = Whose {
            company_id: key.company.clone(),
            page_id: key.page.clone(),
            customer_id: key.customer.clone(),
        };
        let done = episode.finish(
            whose,
            at + chrono::TimeDelta::minutes(5),
            Ending::ReturnedToBot,
        );
        let period = Period {
            from: crate::model::from_millis(0),
            to: crate::model::from_millis(20_000_000),
        };
        let written = {
            let store = EmbeddedStore::open(dir.path()).expect("open");
            let write = CustomerWrite {
                customer: Customer {
                    version: 1,
                    ..Customer::new(&key, "Page", at, at)
                },
                expected_version: 0,
                messages: Vec::new(),
                require_new: false,
                audit: None,
                handoff: Some(done),
                conversation: false,
            };
            for result in store.commit(vec![WriteOp::Customer(Box::new(write))]).await {
                assert_eq!(result.expect("commit"), WriteResult::Applied);
            }
            let written = store.tallies(&key.company, period).await.expect("read");
            // What a store written before the aggregates looks like: no rows.
            let txn = store.db.begin_write().expect("begin");
            txn.delete_table(TALLIES).expect("delete");
            txn.commit().expect("commit");
            assert!(store.tallies(&key.company, period).await.is_err());
            written
        };
        assert_eq!(written.len(), 1, "one page, one hour");
        let store = EmbeddedStore::open(dir.path()).expect("reopen");
        assert_eq!(
            store.tallies(&key.company, period).await.expect("read"),
            written
        );
    }
}
