use crate::events::{Availability, Event};
use crate::ids::{AgentId, CustomerKey};
use actix::{Message, Recipient};
use std::collections::HashMap;
use std::sync::Arc;

/// What a hub sends to an agent session.
#[derive(Clone, Debug, Message)]
#[rtype(result = "()")]
pub enum AgentEvent {
    /// A broadcast, already encoded as the JSON text frame every session sends as is.
    Broadcast(Arc<str>),
    /// The session fell too far behind and was dropped from the hub: close it, the client
    /// reconnects and resynchronises.
    Evicted,
}

/// Register an agent session with its company's hub.
#[derive(Message)]
#[rtype(result = "()")]
pub struct Connect {
    pub session: u64,
    pub agent: AgentId,
    pub recipient: Recipient<AgentEvent>,
}

/// Remove a session (it is closing).
#[derive(Message)]
#[rtype(result = "()")]
pub struct Disconnect {
    pub session: u64,
}

/// Broadcast an event to every session of the company.
#[derive(Message)]
#[rtype(result = "()")]
pub struct Publish {
    pub event: Event,
}

/// Record an agent's chosen availability and tell the company (coalesced with the agent's
/// other presence changes).
#[derive(Message)]
#[rtype(result = "()")]
pub struct SetAvailability {
    pub agent: AgentId,
    pub status: Availability,
}

/// An agent's console did something (a request other than a ping): they are active.
#[derive(Message)]
#[rtype(result = "()")]
pub struct Active {
    pub agent: AgentId,
}

/// Set away every agent available on this process whose consoles have been idle for
/// `after`, and tell the company why.
#[derive(Message)]
#[rtype(result = "()")]
pub struct AwayIfIdle {
    pub after: std::time::Duration,
}

/// Tell the company which customer an agent has open (`None`: none), already checked.
#[derive(Message)]
#[rtype(result = "()")]
pub struct SetViewing {
    pub agent: AgentId,
    pub agent_name: String,
    pub customer: Option<CustomerKey>,
}

/// The availability of every connected agent (absent = offline).
#[derive(Message)]
#[rtype(result = "HashMap<AgentId, Availability>")]
pub struct Presence;

/// An event of the shared log, pushed by the store's change stream.
#[derive(Message)]
#[rtype(result = "()")]
pub struct Logged {
    pub seq: u64,
    pub payload: String,
}

/// A session joins (`on`) or leaves a feed; answered with its feeds now.
#[derive(Message)]
#[rtype(result = "super::scope::Feeds")]
pub struct Subscribe {
    pub session: u64,
    pub feed: super::scope::Feed,
    pub on: bool,
}
