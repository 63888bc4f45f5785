//! Facebook Messenger: webhook signature and payload, the Graph API client, and the demo's
//! stand-in that keeps outbound messages on this machine.

pub mod payload;
pub mod send;
pub mod signature;

use async_trait::async_trait;
use handoff_actors::ids::CustomerId;
use handoff_actors::outbox::{MessagingType, Messenger, PageAccess, Profile};
use handoff_actors::GraphFailure;

/// Demo mode: outbound messages go to the built-in customer simulator (they are recorded in
/// the conversation and broadcast like real ones) instead of Facebook.
pub struct SimulatorMessenger;

#[async_trait]
impl Messenger for SimulatorMessenger {
    async fn send_text(
        &self,
        _page: &PageAccess,
        _recipient: &CustomerId,
        _text: &str,
        _kind: MessagingType,
    ) -> Result<String, GraphFailure> {
        Ok(format!("sim-{}", uuid::Uuid::new_v4()))
    }

    async fn profile(
        &self,
        _page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        Ok(Profile {
            first_name: Some("Demo".into()),
            last_name: Some(format!("Customer {customer}")),
        })
    }
}
