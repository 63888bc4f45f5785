//! What agents are told: the company-scoped broadcasts and the customer view shown in lists.

use crate::ids::{AgentId, CustomerId, PageId};
use crate::model::{Customer, MessageRecord, OutgoingError, OutgoingMessage, OutgoingState};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// How long after the customer's last message an agent may still answer (Messenger's
/// `HUMAN_AGENT` tag window).
pub const HUMAN_AGENT_WINDOW: Duration = Duration::days(7);
/// The standard messaging window.
pub const RESPONSE_WINDOW: Duration = Duration::hours(24);

/// A customer as lists and broadcasts show it: the document plus derived fields.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct CustomerView {
    #[serde(flatten)]
    pub customer: Customer,
    /// Increases with every change of the customer: of two views of one customer, the
    /// higher version is the newer (broadcasts from several processes may cross).
    pub version: u64,
    pub time_since_last_conversation: String,
    pub minutes_since_last_conversation: i64,
    pub is_assigned: bool,
    /// Only in answers to one agent; a broadcast is the same bytes for everyone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_assigned_to_me: Option<bool>,
    pub window_expires_at: DateTime<Utc>,
    pub response_window_expires_at: DateTime<Utc>,
}

impl CustomerView {
    pub fn new(customer: Customer, now: DateTime<Utc>, viewer: Option<&AgentId>) -> Self {
        let minutes = (now - customer.last_seen).num_minutes().max(0);
        CustomerView {
            time_since_last_conversation: human_age(minutes),
            minutes_since_last_conversation: minutes,
            is_assigned: customer.is_assigned(),
            is_assigned_to_me: viewer.map(|v| customer.is_assigned_to(v)),
            window_expires_at: customer.last_seen + HUMAN_AGENT_WINDOW,
            response_window_expires_at: customer.last_seen + RESPONSE_WINDOW,
            version: customer.version,
            customer,
        }
    }

    /// The customer's undelivered agent messages, oldest first.
    pub fn outgoing(&self, now: DateTime<Utc>) -> Vec<OutgoingView> {
        self.customer
            .outgoing
            .iter()
            .map(|m| OutgoingView::new(m, now))
            .collect()
    }
}

/// An agent message not yet known to be delivered, as agents see it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct OutgoingView {
    pub id: String,
    pub agent_id: AgentId,
    pub agent_name: String,
    pub text: String,
    pub parts: usize,
    pub parts_sent: usize,
    /// `pending` (being sent), `unconfirmed` (Facebook did not answer; it may have been
    /// delivered: wait), `failed` (not delivered: retry or discard).
    pub state: OutgoingState,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<OutgoingError>,
}

impl OutgoingView {
    pub fn new(message: &OutgoingMessage, now: DateTime<Utc>) -> Self {
        OutgoingView {
            id: message.id.clone(),
            agent_id: message.agent_id.clone(),
            agent_name: message.agent_name.clone(),
            text: message.text.clone(),
            parts: message.parts.len(),
            parts_sent: message.sent.iter().filter(|s| s.is_some()).count(),
            state: message.state_at(now),
            created_at: message.created_at,
            updated_at: message.updated_at,
            error: message.error.clone(),
        }
    }
}

/// "just now", "1 minute ago", "5 minutes ago", "3 hours ago", "2 days ago".
pub fn human_age(minutes: i64) -> String {
    let (n, unit) = match minutes {
        m if m < 1 => return "just now".to_owned(),
        m if m < 60 => (m, "minute"),
        m if m < 60 * 24 => (m / 60, "hour"),
        m => (m / (60 * 24), "day"),
    };
    if n == 1 {
        format!("1 {unit} ago")
    } else {
        format!("{n} {unit}s ago")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentAction {
    Assigned,
    Unassigned,
    Transferred,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Available,
    Away,
    Offline,
}

/// Why the server set an agent away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwayReason {
    Unanswered,
    Inactive,
}

/// A broadcast to every agent session of one company. On the wire:
/// `{"type": "<snake_case name>", "seq": n, "data": {...}}`.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", content = "data", rename_all = "snake_case")]
pub enum Event {
    AgentRequested {
        customer: CustomerView,
    },
    AgentAssignmentChanged {
        customer: CustomerView,
        action: AssignmentAction,
    },
    CustomerStopStatusChanged {
        customer: CustomerView,
    },
    /// A waiting or served customer's priority changed (an agent set it, or a page's rule
    /// raised it).
    CustomerPriorityChanged {
        customer: CustomerView,
    },
    /// Another app got the customer's Messenger thread, gave it back, or asked for it
    /// (`thread_owner`, `thread_requested_by`).
    CustomerThreadChanged {
        customer: CustomerView,
    },
    NewMessage {
        customer_id: CustomerId,
        page_id: PageId,
        message: MessageRecord,
    },
    AgentAvailabilityChanged {
        agent_id: AgentId,
        status: Availability,
    },
    /// A customer's undelivered agent messages changed (one failed, became unconfirmed, was
    /// confirmed by its echo, retried or discarded): the whole list as of `version`.
    OutgoingChanged {
        customer_id: CustomerId,
        page_id: PageId,
        version: u64,
        outgoing: Vec<OutgoingView>,
    },
    /// The server set an agent away: `unanswered` (a customer they held waited past the
    /// company's re-queue limit for their answer) or `inactive` (their consoles were idle).
    AgentAutoAway {
        agent_id: AgentId,
        reason: AwayReason,
    },
    /// Which customer an agent has open in the console (`None`: none).
    AgentViewing {
        agent_id: AgentId,
        agent_name: String,
        customer_id: Option<CustomerId>,
        page_id: Option<PageId>,
    },
}

impl Event {
    /// Encodes the event with its sequence number, once, for every recipient.
    pub fn encode(&self, seq: u64) -> String {
        crate::events_log::with_seq(seq, &self.payload())
    }

    /// The event without its number: `{"type":…,"data":…}`.
    pub fn payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn name(&self) -> &'static str {
        match self {
            Event::AgentRequested { .. } => "agent_requested",
            Event::AgentAssignmentChanged { .. } => "agent_assignment_changed",
            Event::CustomerStopStatusChanged { .. } => "customer_stop_status_changed",
            Event::CustomerPriorityChanged { .. } => "customer_priority_changed",
            Event::CustomerThreadChanged { .. } => "customer_thread_changed",
            Event::NewMessage { .. } => "new_message",
            Event::AgentAvailabilityChanged { .. } => "agent_availability_changed",
            Event::OutgoingChanged { .. } => "outgoing_changed",
            Event::AgentViewing { .. } => "agent_viewing",
            Event::AgentAutoAway { .. } => "agent_auto_away",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_naturally() {
        assert_eq!(human_age(0), "just now");
        assert_eq!(human_age(1), "1 minute ago");
        assert_eq!(human_age(5), "5 minutes ago");
        assert_eq!(human_age(60), "1 hour ago");
        assert_eq!(human_age(150), "2 hours ago");
        assert_eq!(human_age(60 * 24 * 3), "3 days ago");
    }

    #[test]
    fn events_encode_type_seq_and_data() {
        let event = Event::AgentAvailabilityChanged {
            agent_id: AgentId::new("alice"),
            status: Availability::Away,
        };
        let json: serde_json::Value = serde_json::from_str(&event.encode(7)).expect("valid json");
        assert_eq!(
            json,
            serde_json::json!({"type": "agent_availability_changed", "seq": 7,
                "data": {"agent_id": "alice", "status": "away"}})
        );
    }

    #[test]
    fn viewing_nothing_encodes_nulls() {
        let event = Event::AgentViewing {
            agent_id: AgentId::new("alice"),
            agent_name: "Alice Demo".into(),
            customer_id: None,
            page_id: None,
        };
        assert_eq!(event.name(), "agent_viewing");
        let json: serde_json::Value = serde_json::from_str(&event.encode(3)).expect("valid json");
        assert_eq!(
            json,
            serde_json::json!({"type": "agent_viewing", "seq": 3,
                "data": {"agent_id": "alice", "agent_name": "Alice Demo",
                    "customer_id": null, "page_id": null}})
        );
    }
}
