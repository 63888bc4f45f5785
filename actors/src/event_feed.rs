//! The background work that keeps the shared event log moving for this process: pushing
//! what other processes append to this process's hubs (through the store's change stream,
//! where it has one) and pruning old events.

use crate::hub::{Hubs, Logged, Streaming};
use crate::persistence::PersistenceHandle;
use futures_util::StreamExt;
use std::sync::Arc;
use std::time::Duration;

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
        let opened = persistence.watch_events().await;
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
        let pruned = persistence.prune_events(before).await;
        match pruned {
            Ok(0) => {}
            Ok(n) => tracing::debug!(events = n, "old events pruned"),
            Err(err) => tracing::warn!(error = %err, "old events not pruned"),
        }
    }
}
