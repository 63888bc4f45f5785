//! `fanout`: `--connections` agent sockets of one company, and `--events` customer messages
//! injected at `--rate` per second. Every socket must receive every event exactly once;
//! the delivery time runs from the moment the load generator posted the webhook (the
//! event's creation, as near as a client can see it) to the moment a socket reads it.
//!
//! Logins are slow on purpose (argon2id), so `--logins` agents are signed in and the
//! connections share their sessions: every connection is its own hub session all the same.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures_util::StreamExt;
use serde_json::json;

use crate::client::{self, http, post_webhook, signed_webhook};
use crate::spawn::{self, GraphOptions};
use crate::stats::{round, Latencies};

const CUSTOMER: &str = "fanout-customer";
/// The text of event `k`: its number and when it was posted (µs since the epoch).
const PREFIX: &str = "fanout event";

#[derive(clap::Args)]
pub struct Options {
    /// Agent WebSocket connections.
    #[arg(long, default_value_t = 1_000)]
    connections: usize,
    /// Customer messages injected.
    #[arg(long, default_value_t = 200)]
    events: usize,
    /// Messages injected per second.
    #[arg(long, default_value_t = 20.0)]
    rate: f64,
    /// Agents signed in; the connections share their sessions.
    #[arg(long, default_value_t = 10)]
    logins: usize,
    #[command(flatten)]
    graph: GraphOptions,
}

/// What one connection received.
#[derive(Default)]
struct Received {
    events: HashSet<usize>,
    duplicates: usize,
    latencies: Vec<Duration>,
}

pub async fn run(options: Options) -> Result<(), String> {
    let logins = options.logins.clamp(1, options.connections.max(1));
    let graph = spawn::start_graph(options.graph)?;
    let server = spawn::start_server(logins, &graph).await?;
    let http = http()?;
    let tokens = client::login_all(&http, &server.url, logins).await?;
    // The customer asks for a person first, so the bot stays quiet while events flow.
    let ask = signed_webhook(CUSTOMER, "m_fanout_ask", "I want to talk to a human");
    post_webhook(&http, &server.url, ask).await?;

    let mut receivers = Vec::with_capacity(options.connections);
    for i in 0..options.connections {
        let (writer, mut reader) = client::connect(&server.url, &tokens[i % logins]).await?;
        let received = Arc::new(Mutex::new(Received::default()));
        receivers.push(received.clone());
        tokio::spawn(async move {
            let _keep_open = writer;
            while let Some(Ok(message)) = reader.next().await {
                let Some(frame) = client::frame(message) else {
                    continue;
                };
                if let Some(event) = event_of(&frame) {
                    if let Ok(mut received) = received.lock() {
                        record(&mut received, event);
                    }
                }
            }
        });
    }
    // Let every connection register with the hub before the first event.
    tokio::time::sleep(Duration::from_secs(1)).await;

    let interval = Duration::from_secs_f64(1.0 / options.rate.max(0.1));
    let started = Instant::now();
    let mut failed = 0;
    for k in 0..options.events {
        tokio::time::sleep_until((started + interval.mul_f64(k as f64)).into()).await;
        let text = format!("{PREFIX} {k} {}", now_micros());
        let webhook = signed_webhook(CUSTOMER, &format!("m_fanout_{k}"), &text);
        if post_webhook(&http, &server.url, webhook).await.is_err() {
            failed += 1;
        }
    }
    tokio::time::sleep(Duration::from_secs(2)).await;

    let (mut delivered, mut duplicates, mut samples) = (0usize, 0usize, Vec::new());
    for received in &receivers {
        if let Ok(received) = received.lock() {
            delivered += received.events.len();
            duplicates += received.duplicates;
            samples.extend(received.latencies.iter().copied());
        }
    }
    let expected = options.connections * (options.events - failed);
    let latencies = Latencies::new(samples);
    let summary = json!({
        "scenario": "fanout",
        "connections": options.connections,
        "logins": logins,
        "graph_latency_ms": options.graph.latency_ms,
        "events": options.events,
        "rate_per_s": options.rate,
        "deliveries_expected": expected,
        "delivered": delivered,
        "lost": expected.saturating_sub(delivered),
        "duplicated": duplicates,
        "latency_p50_ms": round(latencies.percentile_ms(50.0)),
        "latency_p99_ms": round(latencies.percentile_ms(99.0)),
        "webhook_errors": failed,
    });
    println!("{summary}");
    if failed > 0 || delivered < expected || duplicates > 0 {
        return Err("events were lost or duplicated: see the summary".into());
    }
    Ok(())
}

/// The event number and posting time of a `new_message` broadcast of ours.
fn event_of(frame: &serde_json::Value) -> Option<(usize, u128)> {
    if frame["type"] != "new_message" {
        return None;
    }
    let text = frame["data"]["message"]["text"].as_str()?;
    let mut parts = text.strip_prefix(PREFIX)?.split_whitespace();
    let k = parts.next()?.parse().ok()?;
    let posted = parts.next()?.parse().ok()?;
    Some((k, posted))
}

fn record(received: &mut Received, (event, posted): (usize, u128)) {
    if !received.events.insert(event) {
        received.duplicates += 1;
        return;
    }
    let micros = now_micros().saturating_sub(posted);
    let micros = u64::try_from(micros).unwrap_or(u64::MAX);
    received.latencies.push(Duration::from_micros(micros));
}

fn now_micros() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}
