//! handoff-actors: the actors of handoff, with no HTTP in sight.
//!
//! The crate's front is narrow: the facade ([`Engine`], [`AgentDesk`], [`Storage`], [`Directory`]), the
//! messages the web layer exchanges with the actors ([`messages`]), and the model (`ids`,
//! `model`, `events`, `error`, the `outbox` ports, `metrics`). Everything behind it is private:
//!
//! - `hub::CompanyHub`: one per company; its agent sessions, presence and broadcasts.
//! - `conversation::Conversation`: one per customer; every rule of the handoff.
//! - `persistence::Persistence`: the only owner of the store; group commit. The store is
//!   reachable from outside only with the `test-support` feature (`testing`).
//! - `engine::Engine`: the entry point the web layer calls; `desk::AgentDesk`
//!   ([`Engine::as_agent`]): everything an agent may ask, scoped to their company, the one
//!   place company isolation lives.

pub mod analytics;
pub mod error;
pub mod events;
pub mod handoff;
pub mod ids;
pub mod metrics;
pub mod model;
pub mod outbox;

mod arbiters;
mod attendance;
mod conversation;
mod desk;
mod directory;
mod engine;
mod event_feed;
mod events_log;
mod hub;
mod persistence;
pub mod policy;
mod queue;
mod roster;
mod routing;
mod tally;

pub use conversation::rules::{split_text, HANDOFF_NOTICE};
pub use conversation::{echo_metadata, parse_echo_metadata};
pub use desk::AgentDesk;
pub use directory::Directory;
pub use engine::{AgentStatus, CustomerPage, Engine, EngineOptions, ListRequest};
pub use error::{ActorError, GraphFailure, StoreError};
pub use hub::CompanyHub;
pub use persistence::store::mongo::Durability;
pub use persistence::Storage;

/// What the web layer sends the actors, and what it gets back.
pub mod messages {
    pub use crate::conversation::rules::InboundEvent;
    pub use crate::conversation::{
        InboundOutcome, InboxReply, OwnEcho, PageEcho, Sent, ThreadChanged, ThreadNews, UNKNOWN_APP,
    };
    pub use crate::hub::scope::{Feed, Feeds};
    pub use crate::hub::{next_session_id, Active, AgentEvent, Connect, Disconnect, Subscribe};
}

/// The store port, its implementations and its conformance suite, for tests that drive a
/// store directly: only with the `test-support` feature.
#[cfg(feature = "test-support")]
pub mod testing {
    pub use crate::persistence::store::mongo::Durability;
    pub use crate::persistence::store::{
        conformance, CustomerWrite, EmbeddedStore, MongoStore, Store, WriteOp, WriteResult,
    };
}
