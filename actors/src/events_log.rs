//! The shared event log that carries broadcasts between processes sharing one database.
//! A hub appends each event (the store numbers it: the company's next `seq`) and polls the
//! log for what any process appended, so every agent of the company, on any process, gets
//! every event in the same order, once.

use crate::error::StoreError;
use crate::ids::{AgentId, CompanyId};
use async_trait::async_trait;

#[async_trait]
pub trait EventLog: Send + Sync + 'static {
    /// Appends an encoded event (`{"type":…,"data":…}`) and returns its `seq`.
    async fn append(&self, company: &CompanyId, payload: &str) -> Result<u64, StoreError>;

    /// Events numbered after `seq`, in order, at most `limit`.
    async fn after(
        &self,
        company: &CompanyId,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<(u64, String)>, StoreError>;

    /// The company's latest `seq` (0 before any event).
    async fn latest(&self, company: &CompanyId) -> Result<u64, StoreError>;

    /// Takes the company's next `seq` for no event, and returns it: every reader sees a
    /// gap there, and clients resync. Marks events that had to be dropped.
    async fn skip(&self, company: &CompanyId) -> Result<u64, StoreError>;
}

/// The frame for an event payload numbered `seq`: `{"seq":n,` + the payload's fields.
pub fn with_seq(seq: u64, payload: &str) -> String {
    match payload.strip_prefix('{') {
        Some(rest) if rest.trim_start().starts_with('}') => format!("{{\"seq\":{seq}}}"),
        Some(rest) => format!("{{\"seq\":{seq},{rest}"),
        None => payload.to_owned(),
    }
}

/// The event type of a frame (`{"seq":n,"type":"…",…}`), read without parsing it.
pub fn type_of(frame: &str) -> Option<&str> {
    let rest = frame.strip_prefix("{\"seq\":")?;
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix(",\"type\":\"")?;
    rest.split('"').next()
}

/// Whether an event of this type may change who should be handed a waiting customer: a
/// customer starts or stops waiting, is released, or an agent's availability changes.
pub fn concerns_routing(event_type: &str) -> bool {
    matches!(
        event_type,
        "agent_requested"
            | "agent_assignment_changed"
            | "customer_stop_status_changed"
            | "customer_priority_changed"
            | "agent_availability_changed"
    )
}

/// The agent this frame announces `available` (arrived, or came back), if it does:
/// consoles then re-send their own presence for them. Only frames of that type are parsed.
pub fn arrival(frame: &str) -> Option<AgentId> {
    let rest = frame.strip_prefix("{\"seq\":")?;
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if !rest.starts_with(",\"type\":\"agent_availability_changed\"") {
        return None;
    }
    let frame: serde_json::Value = serde_json::from_str(frame).ok()?;
    if frame["data"]["status"] != "available" {
        return None;
    }
    frame["data"]["agent_id"].as_str().map(AgentId::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frames_type_is_read_from_its_head() {
        let frame = r#"{"seq":12,"type":"agent_requested","data":{}}"#;
        assert_eq!(type_of(frame), Some("agent_requested"));
        assert!(concerns_routing("agent_requested"));
        assert!(!concerns_routing("new_message"));
        assert_eq!(type_of(r#"{"type":"x"}"#), None);
    }

    #[test]
    fn arrivals_are_recognised_from_the_frame() {
        let event = |status| crate::events::Event::AgentAvailabilityChanged {
            agent_id: crate::ids::AgentId::new("a"),
            status,
        };
        use crate::events::Availability;
        assert_eq!(
            arrival(&event(Availability::Available).encode(3)),
            Some(crate::ids::AgentId::new("a"))
        );
        assert_eq!(arrival(&event(Availability::Away).encode(3)), None);
        assert!(arrival(&with_seq(
            4,
            r#"{"type":"new_message","data":{"text":"\"type\":\"agent_availability_changed\""}}"#
        ))
        .is_none());
    }

    #[test]
    fn seq_is_spliced_into_the_payload() {
        let frame = with_seq(7, r#"{"type":"x","data":{}}"#);
        let value: serde_json::Value = serde_json::from_str(&frame).expect("json");
        assert_eq!(value["seq"], 7);
        assert_eq!(value["type"], "x");
    }
}
