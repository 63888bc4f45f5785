//! handoff: human takeover for Facebook Messenger bots. The web layer (REST, WebSocket,
//! webhook) over the actors of `handoff-actors`.

pub mod access;
pub mod auth;
pub mod auth_guard;
pub mod bot;
pub mod cli;
pub mod config;
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
