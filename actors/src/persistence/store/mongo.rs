//! The MongoDB store (`MONGODB_URI`), on the official driver. Collections are shaped like
//! the seed's customer document (plus `version`), with BSON dates; messages, audit entries,
//! sessions and tenants beside it. Several handoff processes may share one database: every
//! customer write is a compare-and-set on `version`, and a unique index on
//! `(page_id, mid)` makes webhook redelivery harmless.
//!
//! Only forms that both MongoDB and wire-compatible servers accept are used: `insert_one`,
//! `replace_one` with a filter, finds with sort/skip/limit, `count_documents`, unique
//! indexes. No multi-document transactions (a replica set is not required), so a customer
//! write is applied in a fixed order, and the document is its commit point:
//! 1. the document (compare-and-set on `version`; it lists the ids of its latest messages);
//! 2. its messages (idempotent: the unique index drops an id already recorded);
//! 3. its audit entry.
//!
//! A failure after step 1 is answered as a failure, although the change stands: the caller
//! tries again, finds the change in the document, and records what is missing (a webhook's
//! redelivery records its message then). docs/deployment.md tells what each crash leaves.
//!
//! The ops of one batch run concurrently, one lane per customer (a customer's ops keep their
//! order), and every op is bounded by a timeout, so one stalled write holds up only its own
//! caller.

use super::{
    decode_tally, encode_tally, hour_of, BatchResults, CustomerQuery, CustomerWrite, EventStream,
    HourCount, LoggedEvent, MessageWindow, Period, Store, TallyRow, WriteOp, WriteResult,
};
use crate::attendance::Stretch;
use crate::error::StoreError;
use crate::handoff::HandoffRecord;
use crate::ids::{CompanyId, CustomerId, CustomerKey, PageId};
use crate::model::{
    from_millis, AuditEntry, AuditQuery, CompanyRecord, Customer, CustomerSort, MessageRecord,
    SessionRecord, StoredCustomer, TenantChange, Tenants,
};
use crate::policy::Priority;
use crate::tally::stored::Parts;
use crate::tally::{HourTally, Hours};
use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use futures_util::{StreamExt, TryStreamExt};
use mongodb::bson::{self, doc, Bson, Document};
use mongodb::error::{ErrorKind, WriteFailure};
use mongodb::options::{Acknowledgment, ClientOptions, IndexOptions, ReturnDocument, WriteConcern};
use mongodb::{Client, Collection, Database, IndexModel};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

/// Fields stored as BSON dates (everything else keeps its JSON shape).
const DATE_FIELDS: &[&str] = &[
    "last_seen",
    "first_seen",
    "stopped_at",
    "assigned_at",
    "created_at",
    "updated_at",
    "timestamp",
    "at",
    "expires_at",
    "requested_at",
    "ended_at",
    "started_at",
    "seen_at",
    "hour",
];

const DUPLICATE_KEY: i32 = 11000;

/// How often a running aggregate's compare-and-set is tried before the write fails (and is
/// retried by its caller).
const TALLY_ATTEMPTS: usize = 64;

/// How writes are acknowledged: `majority` (default) or a number of nodes; always journaled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Durability {
    Majority,
    Nodes(u32),
}

impl std::str::FromStr for Durability {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "majority" => Ok(Durability::Majority),
            n => n
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .map(Durability::Nodes)
                .ok_or_else(|| format!("expected majority or a number of nodes, got {n:?}")),
        }
    }
}

/// How many lanes (customers) of one batch are written at the same time: about the
/// connection pool's size.
const LANES_AT_ONCE: usize = 32;
/// How many callers' writes are in flight at once; the driver's pool queues the rest.
const COMMITS_AT_ONCE: usize = 256;

pub struct MongoStore {
    db: Database,
    /// The longest any one operation may take before it is answered as unavailable.
    timeout: Duration,
}

fn unavailable(err: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(err.to_string())
}

fn is_duplicate_key(err: &mongodb::error::Error) -> bool {
    match &*err.kind {
        ErrorKind::Write(WriteFailure::WriteError(e)) => e.code == DUPLICATE_KEY,
        ErrorKind::Command(e) => e.code == DUPLICATE_KEY,
        ErrorKind::InsertMany(e) => e
            .write_errors
            .iter()
            .flatten()
            .any(|e| e.code == DUPLICATE_KEY),
        _ => err.to_string().contains("E11000"),
    }
}

/// A record as a BSON document, its date fields as BSON dates.
fn to_doc<T: Serialize>(value: &T) -> Result<Document, StoreError> {
    let mut document = bson::to_document(value).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    for field in DATE_FIELDS {
        if let Some(Bson::String(text)) = document.get(*field) {
            let at = DateTime::parse_from_rfc3339(text)
                .map_err(|e| StoreError::Corrupt(format!("{field}: {e}")))?;
            document.insert(*field, bson::DateTime::from_millis(at.timestamp_millis()));
        }
    }
    Ok(document)
}

/// A record from a BSON document (dates back to RFC 3339, `_id` dropped).
fn from_doc<T: DeserializeOwned>(mut document: Document) -> Result<T, StoreError> {
    document.remove("_id");
    for (_, value) in document.iter_mut() {
        if let Bson::DateTime(at) = value {
            let text =
                from_millis(at.timestamp_millis()).to_rfc3339_opts(SecondsFormat::Millis, true);
            *value = Bson::String(text);
        }
    }
    bson::from_document(document).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn corrupt(err: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(err.to_string())
}

fn binary(bytes: Vec<u8>) -> bson::Binary {
    bson::Binary {
        subtype: bson::spec::BinarySubtype::Generic,
        bytes,
    }
}

fn date(at: DateTime<Utc>) -> bson::DateTime {
    bson::DateTime::from_millis(at.timestamp_millis())
}

fn customer_id(key: &CustomerKey) -> String {
    format!("{}\u{1f}{}\u{1f}{}", key.company, key.page, key.customer)
}

impl MongoStore {
    /// Connects (lazily: the driver connects on first use) and makes sure every index exists.
    /// `timeout` bounds every operation, and how long a write waits for its write concern.
    pub async fn connect(
        uri: &str,
        database: &str,
        durability: Durability,
        timeout: Duration,
    ) -> Result<Self, StoreError> {
        let mut options = ClientOptions::parse(uri).await.map_err(unavailable)?;
        options.app_name = Some("handoff".into());
        options.max_pool_size.get_or_insert(32);
        // Fail fast when the database is unreachable: callers answer `store_unavailable`
        // (and Facebook retries the webhook) instead of hanging.
        options.server_selection_timeout = Some(Duration::from_secs(3));
        options
            .connect_timeout
            .get_or_insert(Duration::from_secs(3));
        let w = match durability {
            Durability::Majority => Acknowledgment::Majority,
            Durability::Nodes(n) => Acknowledgment::Nodes(n),
        };
        // A write the replica set cannot acknowledge in time (a secondary down under
        // `majority`) fails instead of hanging every later write.
        options.write_concern = Some(
            WriteConcern::builder()
                .w(w)
                .journal(true)
                .w_timeout(timeout)
                .build(),
        );
        let client = Client::with_options(options).map_err(unavailable)?;
        let store = MongoStore {
            db: client.database(database),
            timeout,
        };
        store.create_indexes().await?;
        store.rank_priorities_once().await?;
        store.sum_tallies_once().await?;
        Ok(store)
    }

    /// Customers written before priorities existed are `normal`: their documents get the
    /// rank the queue sorts on (a missing one would sort below `low`).
    async fn rank_priorities_once(&self) -> Result<(), StoreError> {
        self.customers()
            .update_many(
                doc! {"priority_rank": {"$exists": false}},
                doc! {"$set": {"priority_rank": i32::from(Priority::Normal.rank())}},
            )
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    /// A database written before the running aggregates existed has finished handoffs and
    /// no tallies: they are summed once from the handoffs. Processes starting together may
    /// both do it; each share is still added once.
    async fn sum_tallies_once(&self) -> Result<(), StoreError> {
        let tallies = self.db.collection::<Document>("tallies");
        if tallies
            .find_one(doc! {})
            .await
            .map_err(unavailable)?
            .is_some()
        {
            return Ok(());
        }
        let mut cursor = self
            .db
            .collection::<Document>("handoffs")
            .find(doc! {})
            .await
            .map_err(unavailable)?;
        while let Some(document) = cursor.try_next().await.map_err(unavailable)? {
            let id = document.get_str("_id").map_err(corrupt)?.to_owned();
            let done: HandoffRecord = from_doc(document)?;
            self.add_tallies(&id, &done).await?;
        }
        Ok(())
    }

    fn customers(&self) -> Collection<Document> {
        self.db.collection("customers")
    }
    fn messages(&self) -> Collection<Document> {
        self.db.collection("messages")
    }
    fn audit(&self) -> Collection<Document> {
        self.db.collection("audit")
    }
    fn sessions(&self) -> Collection<Document> {
        self.db.collection("sessions")
    }
    fn events(&self) -> Collection<Document> {
        self.db.collection("events")
    }

    /// Every index a query of this store uses (docs/deployment.md lists them with their
    /// queries). Creating an existing index is a no-op, so this runs at every start.
    pub async fn create_indexes(&self) -> Result<(), StoreError> {
        let index = |keys: Document, unique: bool| {
            IndexModel::builder()
                .keys(keys)
                .options(IndexOptions::builder().unique(unique).build())
                .build()
        };
        self.create_indexes_for_customers().await?;
        self.messages()
            .create_indexes([
                index(doc! {"page_id": 1, "mid": 1}, true),
                index(
                    doc! {"company_id": 1, "page_id": 1, "customer_id": 1, "timestamp": -1},
                    false,
                ),
            ])
            .await
            .map_err(unavailable)?;
        self.audit()
            .create_indexes([
                index(doc! {"company_id": 1, "at": -1}, false),
                index(doc! {"company_id": 1, "customer_id": 1, "at": -1}, false),
                index(doc! {"company_id": 1, "agent_id": 1, "at": -1}, false),
            ])
            .await
            .map_err(unavailable)?;
        self.db
            .collection::<Document>("handoffs")
            .create_indexes([index(doc! {"company_id": 1, "requested_at": 1}, false)])
            .await
            .map_err(unavailable)?;
        self.db
            .collection::<Document>("presence")
            .create_indexes([index(doc! {"company_id": 1, "started_at": 1}, false)])
            .await
            .map_err(unavailable)?;
        self.db
            .collection::<Document>("conversations")
            .create_indexes([index(doc! {"company_id": 1, "hour": 1}, false)])
            .await
            .map_err(unavailable)?;
        self.db
            .collection::<Document>("tallies")
            .create_indexes([index(doc! {"company_id": 1, "hour": 1}, false)])
            .await
            .map_err(unavailable)?;
        self.events()
            .create_indexes([
                index(doc! {"company_id": 1, "seq": 1}, true),
                index(doc! {"at": 1}, false),
            ])
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    /// The customer indexes: the queue, the dashboard list, look-up by PSID, held counts.
    pub async fn create_indexes_for_customers(&self) -> Result<(), StoreError> {
        let index = |keys: Document| IndexModel::builder().keys(keys).build();
        self.customers()
            .create_indexes([
                index(doc! {"company_id": 1, "stop": 1, "stopped_at": 1}),
                index(doc! {"company_id": 1, "stop": 1, "priority_rank": -1, "stopped_at": 1}),
                index(doc! {"company_id": 1, "last_seen": -1}),
                index(doc! {"company_id": 1, "customer_id": 1}),
                index(doc! {"company_id": 1, "agent_id": 1, "stop": 1}),
            ])
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn load(&self, key: &CustomerKey) -> Result<Option<Customer>, StoreError> {
        let found = self
            .customers()
            .find_one(doc! {"_id": customer_id(key)})
            .await
            .map_err(unavailable)?;
        found
            .map(|d| from_doc::<StoredCustomer>(d).map(StoredCustomer::unwrap))
            .transpose()
    }

    /// Records a message unless its id is already recorded for the page.
    async fn append_message(
        &self,
        key: &CustomerKey,
        message: &MessageRecord,
    ) -> Result<Option<bson::oid::ObjectId>, StoreError> {
        let mut document = to_doc(message)?;
        let id = bson::oid::ObjectId::new();
        document.insert("_id", id);
        document.insert("mid", document.get_str("id").unwrap_or_default().to_owned());
        document.remove("id");
        document.insert("company_id", key.company.as_str());
        document.insert("page_id", key.page.as_str());
        document.insert("customer_id", key.customer.as_str());
        match self.messages().insert_one(document).await {
            Ok(_) => Ok(Some(id)),
            Err(e) if is_duplicate_key(&e) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn append_audit(
        &self,
        company: &CompanyId,
        entry: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut document = to_doc(entry)?;
        document.insert("company_id", company.as_str());
        self.audit()
            .insert_one(document)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    /// Takes the company's next event number from its counter.
    async fn next_event_seq(&self, company: &CompanyId) -> Result<u64, StoreError> {
        let counter = self
            .db
            .collection::<Document>("counters")
            .find_one_and_update(
                doc! {"_id": format!("events:{company}")},
                doc! {"$inc": {"seq": 1_i64}},
            )
            .upsert(true)
            .return_document(ReturnDocument::After)
            .await
            .map_err(unavailable)?
            .ok_or_else(|| unavailable("event counter missing"))?;
        match counter.get("seq") {
            Some(Bson::Int64(n)) => Ok(*n as u64),
            Some(Bson::Int32(n)) => Ok(*n as u64),
            Some(Bson::Double(n)) => Ok(*n as u64),
            _ => Err(StoreError::Corrupt("event counter is not a number".into())),
        }
    }

    /// Is this message id recorded for the page?
    async fn is_recorded(&self, key: &CustomerKey, id: &str) -> Result<bool, StoreError> {
        let found = self
            .messages()
            .find_one(doc! {"page_id": key.page.as_str(), "mid": id})
            .await
            .map_err(unavailable)?;
        Ok(found.is_some())
    }

    async fn write_customer(&self, write: CustomerWrite) -> Result<WriteResult, StoreError> {
        let key = write.customer.key();
        if let Some(first) = write.messages.first().filter(|_| write.require_new) {
            if self.is_recorded(&key, &first.id).await? {
                return Ok(WriteResult::DuplicateMessage);
            }
        }
        let mut document = to_doc(&StoredCustomer::wrap(&write.customer))?;
        document.insert("_id", customer_id(&key));
        let applied = if write.expected_version == 0 {
            match self.customers().insert_one(document).await {
                Ok(_) => true,
                Err(e) if is_duplicate_key(&e) => false,
                Err(e) => return Err(unavailable(e)),
            }
        } else {
            let filter = doc! {"_id": customer_id(&key), "version": write.expected_version as i64};
            let result = self
                .customers()
                .replace_one(filter, document)
                .await
                .map_err(unavailable)?;
            result.matched_count == 1
        };
        if !applied {
            return Ok(WriteResult::Conflict {
                current: self.load(&key).await?.map(Box::new),
            });
        }
        // Committed. What follows is idempotent and, should it fail, redone by the caller's
        // next attempt, which finds this change in the document.
        for message in &write.messages {
            self.append_message(&key, message).await?;
        }
        if let Some(entry) = &write.audit {
            self.append_audit(&key.company, entry).await?;
        }
        if let Some(since) = write
            .customer
            .conversation_since
            .filter(|_| write.conversation)
        {
            self.count_conversation(&key, hour_of(since)).await?;
        }
        if let Some(done) = &write.handoff {
            let id = format!(
                "{}\u{1f}{}",
                customer_id(&key),
                done.requested_at.timestamp_millis()
            );
            self.add_tallies(&id, done).await?;
            self.put_by_id("handoffs", &id, done).await?;
        }
        Ok(WriteResult::Applied)
    }

    /// Adds a finished handoff's shares to its page's running aggregates: its finish under
    /// the record's id, its score under the id marked rated. A row lists the shares it holds,
    /// so a share written again (a retried write, another process) is added once.
    async fn add_tallies(&self, id: &str, done: &HandoffRecord) -> Result<(), StoreError> {
        let shares = [
            (id.to_owned(), Hours::finished(done)),
            (format!("{id}#rated"), Hours::rated(done)),
        ];
        for (share_id, hours) in shares {
            for (hour, share) in hours.0 {
                self.add_tally(done, hour, &share_id, &share).await?;
            }
        }
        Ok(())
    }

    /// Compare-and-set on the row's `rev`, retried while other writers win.
    async fn add_tally(
        &self,
        done: &HandoffRecord,
        hour: i64,
        share_id: &str,
        share: &HourTally,
    ) -> Result<(), StoreError> {
        let tallies = self.db.collection::<Document>("tallies");
        let row_id = format!("{}\u{1f}{}\u{1f}{hour}", done.company_id, done.page_id);
        for _ in 0..TALLY_ATTEMPTS {
            let found = tallies
                .find_one(doc! {"_id": &row_id})
                .await
                .map_err(unavailable)?;
            let Some(row) = found else {
                let row = doc! {
                    "_id": &row_id,
                    "company_id": done.company_id.as_str(),
                    "page_id": done.page_id.as_str(),
                    "hour": bson::DateTime::from_millis(hour),
                    "rev": 1_i64,
                    "applied": [share_id],
                    "tally": binary(encode_tally(share, from_millis(hour))?),
                };
                match tallies.insert_one(row).await {
                    Ok(_) => return Ok(()),
                    Err(e) if is_duplicate_key(&e) => continue,
                    Err(e) => return Err(unavailable(e)),
                }
            };
            let applied = row.get_array("applied").map_err(corrupt)?;
            if applied.iter().any(|a| a.as_str() == Some(share_id)) {
                return Ok(());
            }
            // A number may come back narrower than it was written (int32).
            let rev = match row.get("rev") {
                Some(Bson::Int64(n)) => *n,
                Some(Bson::Int32(n)) => i64::from(*n),
                other => return Err(corrupt(format!("tally {row_id}: rev {other:?}"))),
            };
            let stored = row.get_binary_generic("tally").map_err(corrupt)?;
            let mut tally = decode_tally(stored, from_millis(hour), Parts::ALL)?;
            tally.merge(share, true);
            let replaced = tallies
                .update_one(
                    doc! {"_id": &row_id, "rev": rev},
                    doc! {
                        "$set": {
                            "rev": rev + 1,
                            "tally": binary(encode_tally(&tally, from_millis(hour))?),
                        },
                        "$push": {"applied": share_id},
                    },
                )
                .await
                .map_err(unavailable)?;
            if replaced.matched_count == 1 {
                return Ok(());
            }
        }
        Err(StoreError::Unavailable(format!(
            "tally {row_id}: still contended after {TALLY_ATTEMPTS} attempts"
        )))
    }

    /// One more conversation of the customer's page begun in `hour`.
    async fn count_conversation(
        &self,
        key: &CustomerKey,
        hour: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let id = format!(
            "{}\u{1f}{}\u{1f}{}",
            key.company,
            key.page,
            hour.timestamp_millis()
        );
        self.db
            .collection::<Document>("conversations")
            .update_one(
                doc! {"_id": &id},
                doc! {
                    "$inc": {"count": 1_i64},
                    "$setOnInsert": {
                        "company_id": key.company.as_str(),
                        "page_id": key.page.as_str(),
                        "hour": date(hour),
                    },
                },
            )
            .upsert(true)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn remove_by_id(&self, collection: &str, id: &str) -> Result<(), StoreError> {
        self.db
            .collection::<Document>(collection)
            .delete_one(doc! {"_id": id})
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn apply_tenant_change(&self, change: TenantChange) -> Result<WriteResult, StoreError> {
        match change {
            TenantChange::PutCompany(c) => self.put_by_id("companies", c.id.as_str(), &c).await?,
            TenantChange::PutPage(p) => self.put_by_id("pages", p.id.as_str(), &p).await?,
            TenantChange::PutAgent(a) => self.put_by_id("agents", a.id.as_str(), &a).await?,
            TenantChange::RemoveCompany(id) => self.remove_by_id("companies", id.as_str()).await?,
            TenantChange::RemovePage(id) => self.remove_by_id("pages", id.as_str()).await?,
            TenantChange::RemoveAgent(id) => self.remove_by_id("agents", id.as_str()).await?,
            TenantChange::EndAgentSessions(agent) => {
                self.sessions()
                    .delete_many(doc! {"agent_id": agent.as_str()})
                    .await
                    .map_err(unavailable)?;
            }
        }
        Ok(WriteResult::Applied)
    }

    /// Stores a record under its id, replacing what was there (replace, else insert: forms
    /// every wire-compatible server accepts, unlike upserts).
    async fn put_by_id<T: Serialize>(
        &self,
        collection: &str,
        id: &str,
        value: &T,
    ) -> Result<(), StoreError> {
        let mut document = to_doc(value)?;
        document.insert("_id", id);
        let coll = self.db.collection::<Document>(collection);
        let replaced = coll
            .replace_one(doc! {"_id": id}, document.clone())
            .await
            .map_err(unavailable)?;
        if replaced.matched_count == 1 {
            return Ok(());
        }
        match coll.insert_one(document).await {
            Ok(_) => Ok(()),
            // Another process stored it first: the same record, nothing to do.
            Err(e) if is_duplicate_key(&e) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn all<T: DeserializeOwned>(&self, collection: &str) -> Result<Vec<T>, StoreError> {
        let cursor = self
            .db
            .collection::<Document>(collection)
            .find(doc! {})
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        documents.into_iter().map(from_doc).collect()
    }

    /// A company's records of `collection` whose date `field` (read back by `time`) falls
    /// within `period`, earliest first. The query widens the period by a second each way
    /// (some servers that speak MongoDB's protocol compare dates to the second); the exact
    /// bounds apply here.
    async fn timed<T: DeserializeOwned>(
        &self,
        collection: &str,
        (field, time): (&str, fn(&T) -> DateTime<Utc>),
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<T>, StoreError> {
        let margin = chrono::TimeDelta::seconds(1);
        let filter = doc! {
            "company_id": company.as_str(),
            field: {
                "$gte": date(period.from - margin),
                "$lt": date(period.to + margin),
            },
        };
        let cursor = self
            .db
            .collection::<Document>(collection)
            .find(filter)
            .sort(doc! {field: 1, "_id": 1})
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        let found: Vec<T> = documents
            .into_iter()
            .map(from_doc)
            .collect::<Result<_, _>>()?;
        Ok(found
            .into_iter()
            .filter(|record| period.contains(time(record)))
            .collect())
    }

    async fn apply(&self, op: WriteOp) -> Result<WriteResult, StoreError> {
        match op {
            WriteOp::Customer(write) => self.write_customer(*write).await,
            WriteOp::AppendMessage { key, message } => {
                Ok(match self.append_message(&key, &message).await? {
                    Some(_) => WriteResult::Applied,
                    None => WriteResult::DuplicateMessage,
                })
            }
            WriteOp::Audit { company, entry } => {
                self.append_audit(&company, &entry).await?;
                Ok(WriteResult::Applied)
            }
            WriteOp::PutSession(session) => {
                self.put_by_id("sessions", &session.token_hash, &session)
                    .await?;
                Ok(WriteResult::Applied)
            }
            WriteOp::DeleteSession { token_hash } => {
                self.sessions()
                    .delete_one(doc! {"_id": token_hash})
                    .await
                    .map_err(unavailable)?;
                Ok(WriteResult::Applied)
            }
            WriteOp::Tenant(change) => self.apply_tenant_change(change).await,
            WriteOp::Presence(stretch) => {
                self.put_by_id("presence", &stretch.id, &stretch).await?;
                Ok(WriteResult::Applied)
            }
            WriteOp::Probe => {
                // Acknowledged with the configured write concern, like every real write.
                self.db
                    .collection::<Document>("health")
                    .find_one_and_update(
                        doc! {"_id": "probe"},
                        doc! {"$set": {"at": bson::DateTime::now()}},
                    )
                    .upsert(true)
                    .await
                    .map_err(unavailable)?;
                Ok(WriteResult::Applied)
            }
        }
    }

    /// One op, bounded by the store's timeout.
    async fn apply_bounded(&self, op: WriteOp) -> Result<WriteResult, StoreError> {
        match tokio::time::timeout(self.timeout, self.apply(op)).await {
            Ok(result) => result,
            Err(_) => Err(StoreError::Unavailable(format!(
                "no answer within {} ms",
                self.timeout.as_millis()
            ))),
        }
    }
}

/// An `events` document as a logged event.
fn logged_event(document: &Document) -> Option<LoggedEvent> {
    let seq = document
        .get_i64("seq")
        .ok()
        .or_else(|| document.get_i32("seq").ok().map(i64::from))?;
    Some((
        CompanyId::new(document.get_str("company_id").ok()?),
        u64::try_from(seq).ok()?,
        document.get_str("payload").ok()?.to_owned(),
    ))
}

fn customer_filter(company: &CompanyId, query: &CustomerQuery) -> Document {
    let mut filter = doc! {"company_id": company.as_str()};
    if let Some(pages) = &query.pages {
        let pages: Vec<&str> = pages.iter().map(|p| p.as_str()).collect();
        filter.insert("page_id", doc! {"$in": pages});
    }
    if let Some(stop) = query.stop {
        filter.insert("stop", stop);
    }
    match (query.assigned, &query.agent) {
        (_, Some(agent)) => {
            filter.insert("agent_id", agent.as_str());
        }
        (Some(true), None) => {
            filter.insert("agent_id", doc! {"$ne": Bson::Null});
        }
        (Some(false), None) => {
            // `{$eq: null}`, not the shorthand `null`: the same in MongoDB, and counted
            // correctly by wire-compatible servers too.
            filter.insert("agent_id", doc! {"$eq": Bson::Null});
        }
        (None, None) => {}
    }
    filter
}

#[async_trait]
impl Store for MongoStore {
    /// The batch's lanes (one per customer) run concurrently, each op of a lane after the
    /// previous one; every op is acknowledged with the configured write concern, and
    /// answered on its own.
    async fn commit(&self, ops: Vec<WriteOp>) -> BatchResults {
        let count = ops.len();
        let mut lanes: Vec<Vec<(usize, WriteOp)>> = Vec::new();
        let mut lane_of: std::collections::HashMap<String, usize> = Default::default();
        for (index, op) in ops.into_iter().enumerate() {
            let lane = *lane_of.entry(op.lane()).or_insert_with(|| {
                lanes.push(Vec::new());
                lanes.len() - 1
            });
            lanes[lane].push((index, op));
        }
        let done: Vec<Vec<(usize, Result<WriteResult, StoreError>)>> =
            futures_util::stream::iter(lanes.into_iter().map(|lane| async move {
                let mut out = Vec::with_capacity(lane.len());
                for (index, op) in lane {
                    out.push((index, self.apply_bounded(op).await));
                }
                out
            }))
            .buffer_unordered(LANES_AT_ONCE)
            .collect()
            .await;
        let mut results: Vec<Result<WriteResult, StoreError>> =
            vec![Err(StoreError::Unavailable("not applied".into())); count];
        for (index, result) in done.into_iter().flatten() {
            results[index] = result;
        }
        results
    }

    async fn customer(&self, key: &CustomerKey) -> Result<Option<Customer>, StoreError> {
        self.load(key).await
    }

    async fn customers_by_id(
        &self,
        company: &CompanyId,
        customer: &CustomerId,
    ) -> Result<Vec<Customer>, StoreError> {
        let cursor = self
            .customers()
            .find(doc! {"company_id": company.as_str(), "customer_id": customer.as_str()})
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        documents
            .into_iter()
            .map(|d| from_doc::<StoredCustomer>(d).map(StoredCustomer::unwrap))
            .collect()
    }

    async fn list_customers(
        &self,
        company: &CompanyId,
        query: &CustomerQuery,
    ) -> Result<(Vec<Customer>, u64), StoreError> {
        let filter = customer_filter(company, query);
        let total = self
            .customers()
            .count_documents(filter.clone())
            .await
            .map_err(unavailable)?;
        let sort = match query.sort {
            CustomerSort::RecentFirst => doc! {"last_seen": -1, "customer_id": 1},
            CustomerSort::WaitingLongest => {
                doc! {"priority_rank": -1, "stopped_at": 1, "customer_id": 1}
            }
            CustomerSort::WindowExpiring => doc! {"last_seen": 1, "customer_id": 1},
        };
        let limit = i64::try_from(query.limit).unwrap_or(i64::MAX);
        let cursor = self
            .customers()
            .find(filter)
            .sort(sort)
            .skip(query.skip as u64)
            .limit(limit)
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        let found = documents
            .into_iter()
            .map(|d| from_doc::<StoredCustomer>(d).map(StoredCustomer::unwrap))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((found, total))
    }

    async fn messages(
        &self,
        key: &CustomerKey,
        window: MessageWindow,
    ) -> Result<Vec<MessageRecord>, StoreError> {
        let mut filter = doc! {
            "company_id": key.company.as_str(),
            "page_id": key.page.as_str(),
            "customer_id": key.customer.as_str(),
        };
        if let Some(before) = window.before {
            filter.insert("timestamp", doc! {"$lt": date(before)});
        }
        let cursor = self
            .messages()
            .find(filter)
            .sort(doc! {"timestamp": -1, "_id": -1})
            .limit(i64::try_from(window.limit).unwrap_or(i64::MAX))
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        let mut out = documents
            .into_iter()
            .map(|mut d| {
                let mid = d.get_str("mid").unwrap_or_default().to_owned();
                d.insert("id", mid);
                for extra in ["mid", "company_id", "page_id", "customer_id"] {
                    d.remove(extra);
                }
                from_doc::<MessageRecord>(d)
            })
            .collect::<Result<Vec<_>, _>>()?;
        out.reverse();
        Ok(out)
    }

    async fn handoffs(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HandoffRecord>, StoreError> {
        self.timed(
            "handoffs",
            ("requested_at", |h: &HandoffRecord| h.requested_at),
            company,
            period,
        )
        .await
    }

    async fn tallies(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<TallyRow>, StoreError> {
        let margin = chrono::TimeDelta::seconds(1);
        let cursor = self
            .db
            .collection::<Document>("tallies")
            .find(doc! {
                "company_id": company.as_str(),
                "hour": {"$gte": date(period.from - margin), "$lt": date(period.to + margin)},
            })
            .sort(doc! {"hour": 1, "_id": 1})
            .await
            .map_err(unavailable)?;
        let rows: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        let mut found = Vec::with_capacity(rows.len());
        for row in rows {
            let hour = from_millis(
                row.get_datetime("hour")
                    .map_err(corrupt)?
                    .timestamp_millis(),
            );
            if period.contains(hour) {
                found.push(TallyRow {
                    page_id: PageId::new(row.get_str("page_id").map_err(corrupt)?),
                    hour,
                    bytes: row.get_binary_generic("tally").map_err(corrupt)?.clone(),
                });
            }
        }
        Ok(found)
    }

    async fn conversations(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<HourCount>, StoreError> {
        self.timed(
            "conversations",
            ("hour", |c: &HourCount| c.hour),
            company,
            period,
        )
        .await
    }

    async fn presence(
        &self,
        company: &CompanyId,
        period: Period,
    ) -> Result<Vec<Stretch>, StoreError> {
        self.timed(
            "presence",
            ("started_at", |s: &Stretch| s.started_at),
            company,
            period,
        )
        .await
    }

    async fn audit(
        &self,
        company: &CompanyId,
        query: &AuditQuery,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError> {
        let mut filter = doc! {"company_id": company.as_str()};
        if let Some(customer) = &query.customer {
            filter.insert("customer_id", customer.as_str());
        }
        if let Some(agent) = &query.agent {
            filter.insert("agent_id", agent.as_str());
        }
        let total = self
            .audit()
            .count_documents(filter.clone())
            .await
            .map_err(unavailable)?;
        let cursor = self
            .audit()
            .find(filter)
            .sort(doc! {"at": -1, "_id": -1})
            .skip(query.skip as u64)
            .limit(i64::try_from(query.limit).unwrap_or(i64::MAX))
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        let entries = documents
            .into_iter()
            .map(|mut d| {
                d.remove("company_id");
                from_doc(d)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok((entries, total))
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let found = self
            .sessions()
            .find_one(doc! {"_id": token_hash})
            .await
            .map_err(unavailable)?;
        found.map(from_doc).transpose()
    }

    async fn purge_sessions(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let deleted = self
            .sessions()
            .delete_many(doc! {"expires_at": {"$lt": date(before)}})
            .await
            .map_err(unavailable)?;
        Ok(deleted.deleted_count)
    }

    async fn tenants(&self) -> Result<Tenants, StoreError> {
        Ok(Tenants {
            companies: self.all("companies").await?,
            pages: self.all("pages").await?,
            agents: self.all("agents").await?,
        })
    }

    async fn company(&self, id: &CompanyId) -> Result<Option<CompanyRecord>, StoreError> {
        let found = self
            .db
            .collection::<Document>("companies")
            .find_one(doc! {"_id": id.as_str()})
            .await
            .map_err(unavailable)?;
        found.map(from_doc).transpose()
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let ping = self.db.run_command(doc! {"ping": 1});
        match tokio::time::timeout(self.timeout, ping).await {
            Ok(result) => result.map(|_| ()).map_err(unavailable),
            Err(_) => Err(unavailable("ping timed out")),
        }
    }

    fn is_shared(&self) -> bool {
        true
    }

    /// One document per lease in `leases`: taken when it names `holder` or has run out.
    /// When another holder's lease runs, the filter matches nothing and the upsert collides
    /// with its `_id`: not ours. Processes' clocks should agree within a fraction of `ttl`.
    async fn lease(
        &self,
        name: &str,
        holder: &str,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        let at = Utc::now();
        let ttl = chrono::TimeDelta::from_std(ttl).unwrap_or(chrono::TimeDelta::MAX);
        let filter = doc! {
            "_id": name,
            "$or": [{"holder": holder}, {"until": {"$lt": date(at)}}],
        };
        let update = doc! {"$set": {"holder": holder, "until": date(at + ttl)}};
        let taken = self
            .db
            .collection::<Document>("leases")
            .update_one(filter, update)
            .upsert(true)
            .await;
        match taken {
            Ok(_) => Ok(true),
            Err(e) if is_duplicate_key(&e) => Ok(false),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn commits_at_once(&self) -> usize {
        COMMITS_AT_ONCE
    }

    /// `seq` comes from a per-company counter (`$inc`), then the event is inserted; a
    /// process that dies in between leaves a gap, which hubs skip after a moment.
    async fn append_event(&self, company: &CompanyId, payload: &str) -> Result<u64, StoreError> {
        let seq = self.next_event_seq(company).await?;
        let event = doc! {
            "company_id": company.as_str(),
            "seq": seq as i64,
            "payload": payload,
            "at": bson::DateTime::now(),
        };
        self.events().insert_one(event).await.map_err(unavailable)?;
        Ok(seq)
    }

    async fn skip_event(&self, company: &CompanyId) -> Result<u64, StoreError> {
        self.next_event_seq(company).await
    }

    async fn events_after(
        &self,
        company: &CompanyId,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<(u64, String)>, StoreError> {
        let cursor = self
            .events()
            .find(doc! {"company_id": company.as_str(), "seq": {"$gt": seq as i64}})
            .sort(doc! {"seq": 1})
            .limit(i64::try_from(limit).unwrap_or(i64::MAX))
            .await
            .map_err(unavailable)?;
        let documents: Vec<Document> = cursor.try_collect().await.map_err(unavailable)?;
        Ok(documents
            .iter()
            .filter_map(logged_event)
            .map(|(_, seq, payload)| (seq, payload))
            .collect())
    }

    async fn prune_events(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let deleted = self
            .events()
            .delete_many(doc! {"at": {"$lt": date(before)}})
            .await
            .map_err(unavailable)?;
        Ok(deleted.deleted_count)
    }

    /// A change stream on `events` (inserts only), when the server offers one: MongoDB
    /// does on a replica set, not on a standalone server.
    async fn watch_events(&self) -> Result<Option<EventStream>, StoreError> {
        let opened = self
            .events()
            .watch()
            .pipeline([doc! {"$match": {"operationType": "insert"}}])
            .await;
        let stream = match opened {
            Ok(stream) => stream,
            Err(err) => {
                tracing::info!(error = %err, "no change stream on this server; polling the event log");
                return Ok(None);
            }
        };
        let events = stream.filter_map(|change| async move {
            match change {
                Ok(change) => change.full_document.and_then(|d| logged_event(&d)).map(Ok),
                Err(err) => Some(Err(unavailable(err))),
            }
        });
        Ok(Some(events.boxed()))
    }

    async fn latest_event(&self, company: &CompanyId) -> Result<u64, StoreError> {
        let counter = self
            .db
            .collection::<Document>("counters")
            .find_one(doc! {"_id": format!("events:{company}")})
            .await
            .map_err(unavailable)?;
        Ok(counter
            .and_then(|c| {
                c.get_i64("seq")
                    .ok()
                    .or_else(|| c.get_i32("seq").ok().map(i64::from))
            })
            .unwrap_or(0) as u64)
    }
}
