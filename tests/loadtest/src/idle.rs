//! `idle`: what an idle agent connection costs the server in memory: its resident set
//! with `--sessions` idle WebSocket connections open, minus with none, per connection.
//! (Linux: read from `/proc/<pid>/status`.)

use std::time::Duration;

use serde_json::json;

use crate::client::{self, http};
use crate::spawn::{self, resident_bytes, GraphOptions};

/// Time for allocations to settle before reading the resident set.
const SETTLE: Duration = Duration::from_secs(2);

#[derive(clap::Args)]
pub struct Options {
    /// Idle agent connections held open.
    #[arg(long, default_value_t = 1_000)]
    sessions: usize,
    /// Agents signed in; the connections share their sessions.
    #[arg(long, default_value_t = 10)]
    logins: usize,
    #[command(flatten)]
    graph: GraphOptions,
}

pub async fn run(options: Options) -> Result<(), String> {
    let logins = options.logins.max(1);
    let graph = spawn::start_graph(options.graph)?;
    let server = spawn::start_server(logins, &graph).await?;
    let http = http()?;
    let tokens = client::login_all(&http, &server.url, logins).await?;
    // One connection first, so that what every connection shares (the company hub, the
    // buffers a first upgrade allocates) is not charged to the idle ones.
    let first = client::connect(&server.url, &tokens[0]).await?;
    tokio::time::sleep(SETTLE).await;
    let before = resident_bytes(&server)?;

    let mut open = Vec::with_capacity(options.sessions);
    for i in 0..options.sessions {
        open.push(client::connect(&server.url, &tokens[i % logins]).await?);
    }
    tokio::time::sleep(SETTLE).await;
    let after = resident_bytes(&server)?;
    let per_session = after.saturating_sub(before) as f64 / options.sessions.max(1) as f64;
    println!(
        "{}",
        json!({
            "scenario": "idle",
            "sessions": options.sessions,
            "graph_latency_ms": options.graph.latency_ms,
            "rss_before_bytes": before,
            "rss_after_bytes": after,
            "bytes_per_session": per_session.round(),
            "kib_per_session": (per_session / 1024.0 * 100.0).round() / 100.0,
        })
    );
    drop((first, open));
    Ok(())
}
