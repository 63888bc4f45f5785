//! The shared event log that carries broadcasts between processes sharing one database.
//! A hub appends each event (the store numbers it: the company's next `seq`) and polls the
//! log for what any process appended, so every agent of the company, on any process, gets
//! every event in the same order, once.

use crate::error::StoreError;
use crate::ids::CompanyId;
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
}

/// The frame for an event payload numbered `seq`: `{"seq":n,` + the payload's fields.
pub fn with_seq(seq: u64, payload: &str) -> String {
    match payload.strip_prefix('{') {
        Some(rest) if rest.trim_start().starts_with('}') => format!("{{\"seq\":{seq}}}"),
        Some(rest) => format!("{{\"seq\":{seq},{rest}"),
        None => payload.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seq_is_spliced_into_the_payload() {
        let frame = with_seq(7, r#"{"type":"x","data":{}}"#);
        let value: serde_json::Value = serde_json::from_str(&frame).expect("json");
        assert_eq!(value["seq"], 7);
        assert_eq!(value["type"], "x");
    }
}
