//! One gate per agent, per process: every decision on this process that gives an agent one
//! more customer (their claim, a transfer to them, a send that assigns them, the router's
//! hand-out) passes their gate in turn. The router counts the agent's customers afresh
//! inside the gate, so no claim of theirs on this process can land between its count and
//! its assignment: it never fills an agent past capacity, whatever they claim meanwhile.

use crate::ids::AgentId;
use dashmap::DashMap;
use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// The gates, bounded by the agents who ever passed one on this process.
#[derive(Default)]
pub(crate) struct Gates(DashMap<AgentId, Arc<Mutex<()>>>);

impl Gates {
    /// Waits for `agent`'s gate; it opens again when the guard is dropped.
    pub async fn enter(&self, agent: &AgentId) -> OwnedMutexGuard<()> {
        let gate = self.0.entry(agent.clone()).or_default().clone();
        gate.lock_owned().await
    }
}
