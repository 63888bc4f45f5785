//! handoff: human takeover for Facebook Messenger bots. The web layer (REST, WebSocket,
//! webhook) over the actors of `handoff-actors`.
//!
//! Imports run one way, from the top of this list down, never back up:
//!
//! - `cli` (and `main`): the commands;
//! - `startup`: builds the application;
//! - `routes`, `ws`: HTTP and the agents' WebSocket, thin over what follows;
//! - `ingest`, `views`, `access`, `state`, `tenants`, `openapi`: what handoff records of
//!   Messenger's events, the JSON shapes REST and WebSocket share, who a request comes
//!   from and what they may do, what every handler shares, the tenants file, the API
//!   document;
//! - `auth`, `auth_guard`, `session_limits`, `messenger`, `bot`, `llm`, `intent`, `config`,
//!   `telemetry`, `fields`, `forwarded`, `tls`, `error`: building blocks that know nothing
//!   of the layers above;
//! - the actors of `handoff-actors`.

pub mod access;
pub mod auth;
pub mod auth_guard;
pub mod bot;
pub mod cli;
pub mod config;
pub mod demo_history;
pub mod error;
pub mod fields;
pub mod forwarded;
pub mod ingest;
pub mod intent;
pub mod llm;
pub mod messenger;
pub mod openapi;
#[cfg(test)]
mod proptests;
pub mod routes;
pub mod session_limits;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod tenants;
pub mod tls;
pub mod views;
pub mod ws;
