//! The records handoff keeps: customers (the seed's document), messages, audit entries,
//! sessions and tenants. These are plain data; rules live in `conversation::rules`.

use crate::handoff::{Episode, HandoffRecord};
use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use crate::policy::{Priority, Routing};
use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use utoipa::ToSchema;

/// The current time, truncated to milliseconds: the precision of JSON clients and BSON dates,
/// so a value survives a round trip through any store unchanged.
pub fn now() -> DateTime<Utc> {
    from_millis(Utc::now().timestamp_millis() - CLOCK_BEHIND_MS.load(Ordering::Relaxed))
}

/// How far [`now`] runs behind the real time, in milliseconds: 0, except while the demo
/// replays its history at startup, before the server serves anyone.
static CLOCK_BEHIND_MS: AtomicI64 = AtomicI64::new(0);

/// From here on [`now`] reads `at` (a past time) and runs on from it, for every part of
/// the engine alike, until [`clock_to_real_time`]. Only the demo's history uses it.
pub fn clock_at(at: DateTime<Utc>) {
    let behind = Utc::now().timestamp_millis() - at.timestamp_millis();
    CLOCK_BEHIND_MS.store(behind.max(0), Ordering::Relaxed);
}

/// [`now`] is the real time again.
pub fn clock_to_real_time() {
    CLOCK_BEHIND_MS.store(0, Ordering::Relaxed);
}

/// A UTC time from milliseconds since the epoch (Messenger's `timestamp`).
pub fn from_millis(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

/// The customer document, field for field as the seed describes it, plus what the store
/// keeps beside those fields: `version` (the compare-and-set counter), the ids of the latest
/// messages (which make the document the commit point of every message) and the agent
/// messages still on their way to Messenger. None of these three is part of the seed's
/// JSON; views show `version` and the outgoing messages explicitly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Customer {
    pub customer_id: CustomerId,
    #[schema(required = true)]
    pub customer_name: Option<String>,
    #[schema(required = true)]
    pub first_name: Option<String>,
    #[schema(required = true)]
    pub last_name: Option<String>,
    pub page_id: PageId,
    pub page_name: String,
    pub company_id: CompanyId,
    pub message_count: u64,
    #[schema(required = true)]
    pub last_message: Option<String>,
    pub last_seen: DateTime<Utc>,
    pub first_seen: DateTime<Utc>,
    pub stop: bool,
    #[schema(required = true)]
    pub stopped_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub agent_name: Option<String>,
    #[schema(required = true)]
    pub agent_id: Option<AgentId>,
    #[schema(required = true)]
    pub agent_email: Option<String>,
    #[schema(required = true)]
    pub assigned_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(skip)]
    pub version: u64,
    /// Ids of the latest [`RECENT_MESSAGE_IDS`] messages recorded for this customer, newest
    /// last. A message id listed here is recorded: a redelivery of it is a duplicate.
    #[serde(skip)]
    pub recent_mids: Vec<String>,
    /// Agent messages reserved but not yet known to be delivered, oldest first.
    #[serde(skip)]
    pub outgoing: Vec<OutgoingMessage>,
    /// The handoff in progress while the customer waits for or talks with a person.
    #[serde(skip)]
    pub handoff: Option<Episode>,
    /// The finished handoff whose satisfaction question awaits the customer's answer.
    #[serde(skip)]
    pub survey: Option<HandoffRecord>,
    /// When the customer's current conversation began: their first message, or the first
    /// after more than 24 hours of silence (docs/metrics.md#bot-containment).
    #[serde(skip)]
    pub conversation_since: Option<DateTime<Utc>>,
    /// How urgently they should be served while with the team (docs/routing.md#priority).
    #[serde(default)]
    pub priority: Priority,
    /// How many times they asked for a person in the current handoff.
    #[serde(skip)]
    pub help_requests: u32,
    /// The app that controls the customer's Messenger thread when it is not ours (Meta's
    /// Conversation Routing; `unknown` when Meta did not name it): the bot never answers
    /// then. `None`: our app's thread, or nobody's (docs/messenger.md#conversation-routing).
    #[serde(default)]
    #[schema(required = true)]
    pub thread_owner: Option<String>,
    /// An app that asked for the thread (`request_thread_control`), until its control
    /// changes.
    #[serde(default)]
    #[schema(required = true)]
    pub thread_requested_by: Option<String>,
    /// When the thread's control last changed, by Meta's clock: older news is ignored.
    #[serde(default)]
    #[schema(required = true)]
    pub thread_changed_at: Option<DateTime<Utc>>,
    /// The language of the customer's latest message that could be told (ISO 639-1):
    /// what the bot's notices are said in (docs/routing.md#languages).
    #[serde(default)]
    #[schema(required = true)]
    pub language: Option<String>,
    /// The bot offered a person because the customer wrote in a language the detector does
    /// not read (offered once: docs/detection.md#unknown-languages).
    #[serde(default)]
    pub person_offered: bool,
}

/// How many message ids a customer document remembers. Older ones are found through the
/// message history's unique index instead.
pub const RECENT_MESSAGE_IDS: usize = 20;

impl Customer {
    /// A customer first seen at `seen` (their first message's time), recorded at `now`: no
    /// messages counted yet, with the bot, held by nobody.
    pub fn new(
        key: &CustomerKey,
        page_name: &str,
        seen: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Self {
        Customer {
            customer_id: key.customer.clone(),
            customer_name: None,
            first_name: None,
            last_name: None,
            page_id: key.page.clone(),
            page_name: page_name.to_owned(),
            company_id: key.company.clone(),
            message_count: 0,
            last_message: None,
            last_seen: seen,
            first_seen: seen,
            stop: false,
            stopped_at: None,
            agent_name: None,
            agent_id: None,
            agent_email: None,
            assigned_at: None,
            created_at: now,
            updated_at: now,
            version: 0,
            recent_mids: Vec::new(),
            outgoing: Vec::new(),
            handoff: None,
            survey: None,
            conversation_since: None,
            priority: Priority::Normal,
            thread_owner: None,
            thread_requested_by: None,
            thread_changed_at: None,
            language: None,
            person_offered: false,
            help_requests: 0,
        }
    }

    pub fn key(&self) -> CustomerKey {
        CustomerKey {
            company: self.company_id.clone(),
            page: self.page_id.clone(),
            customer: self.customer_id.clone(),
        }
    }

    pub fn is_assigned(&self) -> bool {
        self.agent_id.is_some()
    }

    pub fn is_assigned_to(&self, agent: &AgentId) -> bool {
        self.agent_id.as_ref() == Some(agent)
    }

    /// Clears the assignment fields (release, or return to the bot).
    pub fn clear_assignment(&mut self) {
        self.agent_id = None;
        self.agent_name = None;
        self.agent_email = None;
        self.assigned_at = None;
    }

    /// Has a message with this id been recorded? `None`: not among the remembered ids,
    /// and older ids were forgotten, so only the message history can tell.
    pub fn has_recorded(&self, mid: &str) -> Option<bool> {
        if self.recent_mids.iter().any(|m| m == mid) {
            Some(true)
        } else if self.recent_mids.len() >= RECENT_MESSAGE_IDS {
            None
        } else {
            Some(false)
        }
    }

    /// Remembers a recorded message id (keeping the latest [`RECENT_MESSAGE_IDS`]).
    pub fn remember(&mut self, mid: &str) {
        if self.recent_mids.iter().any(|m| m == mid) {
            return;
        }
        self.recent_mids.push(mid.to_owned());
        let excess = self.recent_mids.len().saturating_sub(RECENT_MESSAGE_IDS);
        self.recent_mids.drain(..excess);
    }

    pub fn outgoing(&self, id: &str) -> Option<&OutgoingMessage> {
        self.outgoing.iter().find(|o| o.id == id)
    }

    pub fn assign_to(&mut self, agent: &AgentRef, at: DateTime<Utc>) {
        self.agent_id = Some(agent.id.clone());
        self.agent_name = Some(agent.name.clone());
        self.agent_email = Some(agent.email.clone());
        self.assigned_at = Some(at);
    }
}

/// How a customer document is stored: the seed's fields plus `version`, the latest
/// message ids and the outgoing messages.
#[derive(Serialize, Deserialize)]
pub struct StoredCustomer {
    pub version: u64,
    #[serde(default)]
    pub recent_mids: Vec<String>,
    #[serde(default)]
    pub outgoing: Vec<OutgoingMessage>,
    #[serde(default)]
    pub handoff: Option<Episode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<HandoffRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_since: Option<DateTime<Utc>>,
    #[serde(default)]
    pub help_requests: u32,
    /// `priority` as a number, for the queue's order in a store that sorts (written, never
    /// read back).
    #[serde(default)]
    pub priority_rank: u8,
    #[serde(flatten)]
    pub customer: Customer,
}

impl StoredCustomer {
    pub fn wrap(customer: &Customer) -> Self {
        StoredCustomer {
            version: customer.version,
            recent_mids: customer.recent_mids.clone(),
            outgoing: customer.outgoing.clone(),
            handoff: customer.handoff.clone(),
            survey: customer.survey.clone(),
            conversation_since: customer.conversation_since,
            help_requests: customer.help_requests,
            priority_rank: customer.priority.rank(),
            customer: customer.clone(),
        }
    }

    pub fn unwrap(self) -> Customer {
        let mut customer = self.customer;
        customer.version = self.version;
        customer.recent_mids = self.recent_mids;
        customer.outgoing = self.outgoing;
        customer.handoff = self.handoff;
        customer.survey = self.survey;
        customer.conversation_since = self.conversation_since;
        customer.help_requests = self.help_requests;
        customer
    }
}

/// Where an agent's message stands on its way to Messenger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutgoingState {
    /// Reserved; the process named `owner` sends it (or is sending it).
    Pending,
    /// Sent, but Facebook's answer never came (a timeout, a 5xx, a crash): it may have
    /// been delivered. Our own echo settles it; it is never sent again by itself.
    Unconfirmed,
    /// Not delivered (Facebook refused it, or it could not be sent): the agent may retry
    /// or discard it.
    Failed,
}

/// Why an outgoing message failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutgoingError {
    /// The error code the agent was answered with (`messenger_error`, `not_assigned_to_you`...).
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graph_code: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graph_subcode: Option<i64>,
}

/// An agent's message from the moment it is reserved until every part of it is known to be
/// delivered (then it leaves the document and lives on in the message history).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutgoingMessage {
    pub id: String,
    pub agent_id: AgentId,
    pub agent_name: String,
    pub agent_email: String,
    /// The whole text as the agent wrote it (trimmed).
    pub text: String,
    /// The parts Messenger gets (at most 2000 characters each).
    pub parts: Vec<String>,
    /// The Send API's message id of each part once it is known to be delivered.
    pub sent: Vec<Option<String>>,
    pub state: OutgoingState,
    /// The process that sends it while `Pending`.
    pub owner: String,
    pub created_at: DateTime<Utc>,
    /// When `state` last changed.
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<OutgoingError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Inbound,
    Outbound,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sender {
    Customer,
    Bot,
    Agent,
}

/// One message of a conversation. `id` is Messenger's `mid` (inbound) or the Send API's
/// `message_id` (outbound); it is unique per page, which makes redelivery harmless.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MessageRecord {
    pub id: String,
    pub direction: Direction,
    pub sender: Sender,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<AgentId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    pub text: String,
    pub timestamp: DateTime<Utc>,
}

impl MessageRecord {
    /// A message the customer wrote.
    pub fn from_customer(id: &str, text: &str, at: DateTime<Utc>) -> MessageRecord {
        MessageRecord::new(
            id,
            Direction::Inbound,
            Sender::Customer,
            None,
            None,
            text,
            at,
        )
    }

    /// A part of an agent's message, as Facebook recorded it under `id`.
    pub fn from_agent(
        id: &str,
        agent_id: &AgentId,
        agent_name: &str,
        text: &str,
        at: DateTime<Utc>,
    ) -> MessageRecord {
        let (agent, name) = (Some(agent_id.clone()), Some(agent_name.to_owned()));
        MessageRecord::new(
            id,
            Direction::Outbound,
            Sender::Agent,
            agent,
            name,
            text,
            at,
        )
    }

    /// A reply a person typed in Meta's Page inbox (attributed to `inbox`, no agent of ours).
    pub fn from_inbox(id: &str, inbox: &str, text: &str, at: DateTime<Utc>) -> MessageRecord {
        let name = Some(inbox.to_owned());
        MessageRecord::new(id, Direction::Outbound, Sender::Agent, None, name, text, at)
    }

    /// The bot's answer (or the handoff notice).
    pub fn from_bot(id: &str, text: &str, at: DateTime<Utc>) -> MessageRecord {
        MessageRecord::new(id, Direction::Outbound, Sender::Bot, None, None, text, at)
    }

    fn new(
        id: &str,
        direction: Direction,
        sender: Sender,
        agent_id: Option<AgentId>,
        agent_name: Option<String>,
        text: &str,
        timestamp: DateTime<Utc>,
    ) -> MessageRecord {
        MessageRecord {
            id: id.to_owned(),
            direction,
            sender,
            agent_id,
            agent_name,
            text: text.to_owned(),
            timestamp,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Agent,
    Admin,
}

/// The agent performing an action, as the audit log and the customer document record them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AgentRef {
    pub id: AgentId,
    pub company_id: CompanyId,
    pub name: String,
    pub email: String,
    pub role: Role,
}

impl AgentRef {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// One line of the audit log. `result` is `ok` or the error code the action was refused with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AuditEntry {
    pub action: String,
    #[schema(required = true)]
    pub agent_id: Option<AgentId>,
    #[schema(required = true)]
    pub agent_name: Option<String>,
    #[schema(required = true)]
    pub agent_email: Option<String>,
    #[schema(required = true)]
    pub customer_id: Option<CustomerId>,
    #[schema(required = true)]
    pub page_id: Option<PageId>,
    pub result: String,
    pub at: DateTime<Utc>,
    /// Extra facts: a transfer's target, Graph's error code for a failed send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<serde_json::Value>,
}

impl AuditEntry {
    pub fn new(action: &str, agent: &AgentRef, result: &str) -> Self {
        AuditEntry {
            action: action.to_owned(),
            agent_id: Some(agent.id.clone()),
            agent_name: Some(agent.name.clone()),
            agent_email: Some(agent.email.clone()),
            customer_id: None,
            page_id: None,
            result: result.to_owned(),
            at: now(),
            detail: None,
        }
    }

    pub fn about(mut self, key: &CustomerKey) -> Self {
        self.customer_id = Some(key.customer.clone());
        self.page_id = Some(key.page.clone());
        self
    }

    pub fn with_detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// A signed-in agent's session. Only the SHA-256 of the token is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub token_hash: String,
    pub agent_id: AgentId,
    pub company_id: CompanyId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompanyRecord {
    pub id: CompanyId,
    pub name: String,
    /// The company's service targets (none by default).
    #[serde(default)]
    pub sla: Sla,
    /// The satisfaction question the bot asks after an agent helped (none by default).
    #[serde(default)]
    pub csat: Option<Survey>,
    /// Who hands out waiting customers and how many each agent holds (docs/routing.md);
    /// set by admins through the API, left as it is by the tenants file.
    #[serde(default)]
    pub routing: Routing,
}

/// The satisfaction question (docs/metrics.md#csat): asked with quick replies 1 to 5 when
/// an agent gives a customer they helped back to the bot, inside the 24-hour window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    pub question: String,
    /// Said once the customer answered.
    pub thanks: String,
}

impl Default for Survey {
    fn default() -> Self {
        Survey {
            question: "How would you rate the help you got? 1 is poor, 5 is great.".into(),
            thanks: "Thank you for your rating!".into(),
        }
    }
}

/// A company's service targets for its handoffs, in seconds from the request for a person
/// (docs/metrics.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Sla {
    /// A claim within this long.
    pub claim_seconds: Option<u64>,
    /// A first agent message within this long.
    pub first_response_seconds: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageRecord {
    pub id: PageId,
    pub company_id: CompanyId,
    pub name: String,
    pub access_token: String,
    #[serde(default)]
    pub faq: Vec<FaqEntry>,
    #[serde(default)]
    pub default_answer: Option<String>,
    /// The bot's answer to a question about itself, by language code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub bot_disclosure: BTreeMap<String, String>,
    /// The page's own language (ISO 639-1), for what the bot says when it cannot tell the
    /// customer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One of a page's bot answers: given when the customer's message contains any keyword.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqEntry {
    pub keywords: Vec<String>,
    pub answer: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentRecord {
    pub id: AgentId,
    pub company_id: CompanyId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub password_hash: String,
}

impl AgentRecord {
    pub fn as_ref(&self) -> AgentRef {
        AgentRef {
            id: self.id.clone(),
            company_id: self.company_id.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
            role: self.role,
        }
    }
}

/// Every tenant record, as loaded at start.
#[derive(Clone, Debug, Default)]
pub struct Tenants {
    pub companies: Vec<CompanyRecord>,
    pub pages: Vec<PageRecord>,
    pub agents: Vec<AgentRecord>,
}

/// Orders for customer lists, one vocabulary for REST, WebSocket and the console: `recent`,
/// `waiting`, `window`. Each surface keeps its own default and the words it accepts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum CustomerSort {
    /// Most recent conversation first (`last_seen` descending): the dashboard list.
    #[default]
    #[serde(rename = "recent")]
    RecentFirst,
    /// The queue's order: highest priority first, then waiting longest (`stopped_at`
    /// ascending).
    #[serde(rename = "waiting")]
    WaitingLongest,
    /// Messaging window expiring soonest first (`last_seen` ascending).
    #[serde(rename = "window")]
    WindowExpiring,
}

impl CustomerSort {
    /// The word for this order.
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerSort::RecentFirst => "recent",
            CustomerSort::WaitingLongest => "waiting",
            CustomerSort::WindowExpiring => "window",
        }
    }
}

impl std::fmt::Display for CustomerSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Not one of `recent`, `waiting`, `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownSort;

impl std::str::FromStr for CustomerSort {
    type Err = UnknownSort;

    fn from_str(word: &str) -> Result<Self, Self::Err> {
        match word {
            "recent" => Ok(CustomerSort::RecentFirst),
            "waiting" => Ok(CustomerSort::WaitingLongest),
            "window" => Ok(CustomerSort::WindowExpiring),
            _ => Err(UnknownSort),
        }
    }
}

/// How many items one list answer carries: asked for or the default (50), clamped to
/// 1..=200 once, where the request comes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSize(usize);

impl PageSize {
    pub const DEFAULT: usize = 50;
    pub const MAX: usize = 200;

    pub fn new(asked: Option<usize>) -> PageSize {
        PageSize(asked.unwrap_or(Self::DEFAULT).clamp(1, Self::MAX))
    }

    pub fn get(self) -> usize {
        self.0
    }
}

impl Default for PageSize {
    fn default() -> Self {
        PageSize::new(None)
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

/// One change to the stored companies, pages and agents, as the tenants file asks it.
#[derive(Clone, Debug)]
pub enum TenantChange {
    /// Boxed: a company's record (with its routing settings) is far larger than the rest.
    PutCompany(Box<CompanyRecord>),
    PutPage(PageRecord),
    PutAgent(AgentRecord),
    /// The tenants file no longer lists them: the records go (a page's access token with
    /// it); customers, messages and audit entries stay.
    RemoveCompany(CompanyId),
    RemovePage(PageId),
    RemoveAgent(AgentId),
    /// Every session of one agent (removed or re-passworded).
    EndAgentSessions(AgentId),
}
