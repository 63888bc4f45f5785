//! Test harness: starts the real `handoff` binary as a subprocess on port 0 with a fresh
//! data dir, a tenants file and a local Graph API stand-in, then talks to it over real HTTP
//! and WebSocket connections. Nothing here reaches the internet.
//!
//! One module per concern; everything is re-exported here, so tests name it
//! `helpers::name` whichever module it lives in.

use std::time::Duration;

mod app;
mod customers;
mod fixtures;
mod graph;
mod http;
mod ids;
mod llm;
mod mongodb;
mod payloads;
mod race;
mod tenants;
mod views;
mod ws;

pub use app::*;
pub use http::*;
pub use ids::*;
pub use llm::*;
pub use mongodb::*;
pub use payloads::*;
pub use race::*;
pub use tenants::*;
pub use views::*;
pub use ws::*;

/// How long to wait for anything asynchronous (frames, Graph calls, state changes).
pub const WAIT: Duration = Duration::from_secs(20);
/// How long a server (ours or nx-27017) may take to start.
const READY_TIMEOUT: Duration = Duration::from_secs(60);
/// How often a wait looks again.
pub const POLL: Duration = Duration::from_millis(100);
