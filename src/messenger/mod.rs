//! Facebook Messenger: webhook signature and payload, the Graph API client, page health,
//! and the demo's customer simulator that keeps outbound messages on this machine.

pub mod health;
pub mod payload;
pub mod send;
pub mod signature;
pub mod simulator;
