//! The shared event log that carries broadcasts between processes sharing one database.
//! A hub appends each event (the store numbers it: the company's next `seq`) and polls the
//! log for what any process appended, so every agent of the company, on any process, gets
//! every event in the same order, once.

use crate::error::StoreError;
use crate::hub::{Logged, Streaming};
use crate::ids::CompanyId;
use crate::persistence::PersistenceHandle;
use crate::registry::Hubs;
use async_trait::async_trait;
use futures_util::StreamExt;
use std::sync::Arc;
use std::time::Duration;

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

/// How long to wait before opening the change stream again after it ended or was refused.
const REOPEN_AFTER: Duration = Duration::from_secs(30);
/// How often old events are pruned.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// Pushes what any process appends to the log to this process's hubs, through the store's
/// change stream while it has one; meanwhile hubs read the log only now and then. Without
/// a change stream (a standalone MongoDB server) hubs poll the log, and the stream is asked
/// for again every [`REOPEN_AFTER`].
pub(crate) async fn run_feed(
    persistence: PersistenceHandle,
    hubs: Arc<Hubs>,
    streaming: Arc<Streaming>,
) {
    let mut polling_announced = false;
    loop {
        let opened = persistence
            .read(|store| Box::pin(async move { store.watch_events().await }))
            .await;
        let stream = match opened {
            Ok(Some(stream)) => stream,
            Ok(None) | Err(_) => {
                if !polling_announced {
                    tracing::info!("event log: hubs poll it (no change stream)");
                    polling_announced = true;
                }
                streaming.set(false);
                tokio::time::sleep(REOPEN_AFTER).await;
                continue;
            }
        };
        tracing::info!("event log: a change stream pushes new events");
        polling_announced = false;
        streaming.set(true);
        let mut stream = stream;
        while let Some(event) = stream.next().await {
            match event {
                Ok((company, seq, payload)) => {
                    if let Some(hub) = hubs.existing(&company) {
                        hub.do_send(Logged { seq, payload });
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, "event change stream failed; polling meanwhile");
                    break;
                }
            }
        }
        streaming.set(false);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Deletes events older than `retention` every [`PRUNE_EVERY`]: events only carry
/// broadcasts between processes, and a client that missed some resyncs from the lists.
pub(crate) async fn run_pruning(persistence: PersistenceHandle, retention: Duration) {
    let mut every = tokio::time::interval(PRUNE_EVERY.min(retention));
    loop {
        every.tick().await;
        let Ok(retention) = chrono::Duration::from_std(retention) else {
            return;
        };
        let before = crate::model::now() - retention;
        let pruned = persistence
            .read(move |store| Box::pin(async move { store.prune_events(before).await }))
            .await;
        match pruned {
            Ok(0) => {}
            Ok(n) => tracing::debug!(events = n, "old events pruned"),
            Err(err) => tracing::warn!(error = %err, "old events not pruned"),
        }
    }
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
