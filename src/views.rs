//! The JSON shapes the REST API and the WebSocket both answer with, each defined once:
//! a page of customers, a customer with their messages, an agent message that went out.
//! The shapes of the records inside them (`CustomerView`, `MessageRecord`, `OutgoingView`)
//! are the engine's. The `ToSchema` derives are what the OpenAPI document shows.

use chrono::{DateTime, Utc};
use handoff_actors::events::{CustomerView, OutgoingView};
use handoff_actors::ids::{CustomerId, PageId};
use handoff_actors::messages::Sent;
use handoff_actors::model::MessageRecord;
use serde::Serialize;
use utoipa::ToSchema;

/// A page of customers, as the dashboard lists them.
#[derive(Serialize, ToSchema)]
pub struct CustomerList {
    pub customers: Vec<CustomerView>,
    /// How many match, over all pages.
    pub total: u64,
    pub limit: usize,
    pub skip: usize,
}

/// One customer with the latest 50 messages (oldest first) and the agent messages not yet
/// known to be delivered.
#[derive(Serialize, ToSchema)]
pub struct CustomerDetail {
    #[serde(flatten)]
    pub customer: CustomerView,
    pub messages: Vec<MessageRecord>,
    pub outgoing: Vec<OutgoingView>,
}

/// An agent message that went out. A message longer than Messenger's limit went out in
/// parts: `message_id` is the last part's, `message_ids` lists them all.
#[derive(Serialize, ToSchema)]
pub struct MessageSent {
    #[schema(required = true)]
    pub message_id: Option<String>,
    pub message_ids: Vec<String>,
    pub text: String,
    #[schema(required = true)]
    pub timestamp: Option<DateTime<Utc>>,
    /// The sender was assigned the customer first.
    pub auto_assigned: bool,
    /// Only when a failed message was sent again: which one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_id: Option<String>,
}

impl MessageSent {
    /// What an agent is told about a sent message (the REST answer, and the WebSocket
    /// `message_sent` with the customer added).
    pub fn new(sent: &Sent) -> Self {
        let ids: Vec<String> = sent.messages.iter().map(|m| m.id.clone()).collect();
        MessageSent {
            message_id: ids.last().cloned(),
            message_ids: ids,
            text: sent.text.clone(),
            timestamp: sent.messages.first().map(|m| m.timestamp),
            auto_assigned: sent.auto_assigned,
            outgoing_id: None,
        }
    }
}

/// One customer with messages and undelivered agent messages, as the WebSocket's
/// `conversation` carries it (the customer nested, where REST's [`CustomerDetail`] has it
/// flattened).
#[derive(Serialize)]
pub struct Conversation {
    pub customer: CustomerView,
    pub messages: Vec<MessageRecord>,
    pub outgoing: Vec<OutgoingView>,
}

/// The WebSocket's `message_sent`: REST's answer, and whom it went to.
#[derive(Serialize)]
pub struct MessageSentTo {
    #[serde(flatten)]
    pub sent: MessageSent,
    pub customer_id: CustomerId,
    pub page_id: PageId,
}
