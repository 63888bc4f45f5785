//! handoff-actors: the actors of handoff, with no HTTP in sight.
//!
//! - [`hub::CompanyHub`]: one per company; its agent sessions, presence and broadcasts.
//! - [`conversation::Conversation`]: one per customer; every rule of the handoff.
//! - [`persistence::Persistence`]: the only owner of the [`store::Store`]; group commit.
//! - [`engine::Engine`]: the entry point the web layer calls; company isolation lives here.

pub mod conversation;
pub mod directory;
pub mod engine;
pub mod error;
pub mod event_feed;
pub mod events;
pub mod events_log;
pub mod hub;
pub mod ids;
pub mod metrics;
pub mod model;
pub mod outbox;
pub mod persistence;
pub mod registry;
pub mod store;

pub use engine::Engine;
pub use error::{ActorError, GraphFailure, StoreError};
