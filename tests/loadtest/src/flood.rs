//! `flood`: what one agent flooding presence costs everyone else. `--colleagues` agents
//! are connected and reading; customers ask for a person at `--rate` per second, and each
//! colleague's delay to reading that customer's `agent_requested` is measured, from the
//! webhook's `200` and (stricter) from its posting: first for `--seconds` with nobody
//! flooding (the baseline), then for as long again while one more agent sends
//! `set_availability` and `viewing` frames as fast as its connection takes them. Reports
//! p50/p99 of both phases, their ratio, what the flooder was told, and the server's
//! resident set. Fails if a colleague loses an event or its connection.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

use crate::client::{self, http, post_webhook, signed_webhook};
use crate::spawn::{self, resident_bytes, GraphOptions, Server};
use crate::stats::{round, Latencies};

/// The product's target for a colleague's `agent_requested` while someone floods, held
/// against the stricter delay (from posting the webhook).
const TARGET_P99_MS: f64 = 1000.0;

#[derive(clap::Args)]
pub struct Options {
    /// Agents connected and reading (the flooder comes on top).
    #[arg(long, default_value_t = 10)]
    colleagues: usize,
    /// Length of each phase (quiet, then flooded).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Customers asking for a person per second, in each phase.
    #[arg(long, default_value_t = 10.0)]
    rate: f64,
    /// Run the server on this MongoDB (a fresh database) instead of the embedded store.
    #[arg(long)]
    mongodb_uri: Option<String>,
    #[command(flatten)]
    graph: GraphOptions,
}

/// When each customer's webhook was posted and answered, and when each colleague read its
/// event.
#[derive(Default)]
struct Timings {
    /// Customer → (posted, answered `200`).
    answered: HashMap<String, (Instant, Instant)>,
    /// Per colleague: customer → when its `agent_requested` was read.
    heard: Vec<HashMap<String, Instant>>,
}

/// What the flooder's connection saw.
#[derive(Default)]
struct Flooder {
    sent: AtomicU64,
    rate_limited: AtomicU64,
    closed: AtomicBool,
}

pub async fn run(options: Options) -> Result<(), String> {
    let colleagues = options.colleagues.max(1);
    let graph = spawn::start_graph(options.graph)?;
    let server =
        spawn::start_server_on(colleagues + 1, &graph, options.mongodb_uri.as_deref()).await?;
    let http = http()?;
    let tokens = client::login_all(&http, &server.url, colleagues + 1).await?;
    let (flooder_token, colleague_tokens) = tokens.split_at(1);

    let timings = Arc::new(Mutex::new(Timings {
        heard: vec![HashMap::new(); colleagues],
        ..Timings::default()
    }));
    let closed = Arc::new(AtomicU64::new(0));
    let mut readers = Vec::with_capacity(colleagues);
    for (i, token) in colleague_tokens.iter().enumerate() {
        let (writer, reader) = client::connect(&server.url, token).await?;
        readers.push(tokio::spawn(listen(
            i,
            writer,
            reader,
            timings.clone(),
            closed.clone(),
        )));
    }
    // The first webhook waits for the intent detector to finish training (at boot): that
    // wait is not what this scenario measures.
    let warm_up = signed_webhook("flood-warm-up", "m_flood_warm_up", "hello");
    post_webhook(&http, &server.url, warm_up).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let phase = Duration::from_secs(options.seconds.max(1));

    let rss_quiet = resident_bytes(&server)?;
    let quiet = ask_for_people(&http, &server.url, "quiet", phase, options.rate, &timings).await;

    let flooder = Arc::new(Flooder::default());
    let (writer, reader) = client::connect(&server.url, &flooder_token[0]).await?;
    let flooding = tokio::spawn(flood(writer, reader, phase, flooder.clone()));
    let sampling = Arc::new(AtomicBool::new(true));
    let peak = tokio::spawn(peak_rss(server_pid(&server)?, sampling.clone()));
    let flooded = ask_for_people(&http, &server.url, "flood", phase, options.rate, &timings).await;
    flooding.await.map_err(|e| format!("flooder: {e}"))?;
    sampling.store(false, Ordering::Relaxed);
    let rss_peak = peak.await.map_err(|e| format!("memory sampler: {e}"))?;
    // Late events still count (as late): give them a moment.
    tokio::time::sleep(Duration::from_secs(2)).await;

    let quiet_delays = delays(&timings, &quiet);
    let flood_delays = delays(&timings, &flooded);
    let missing = quiet_delays.missing + flood_delays.missing;
    let webhook_errors = quiet.errors + flooded.errors;
    let colleagues_closed = closed.load(Ordering::Relaxed);
    let quiet_p99 = quiet_delays.after_post.percentile_ms(99.0);
    let flood_p99 = flood_delays.after_post.percentile_ms(99.0);
    let ms = |latencies: &Latencies, p| round(latencies.percentile_ms(p));
    let summary = json!({
        "scenario": "flood",
        "store": if options.mongodb_uri.is_some() { "mongodb" } else { "embedded" },
        "colleagues": colleagues,
        "seconds": options.seconds,
        "rate_per_s": options.rate,
        "graph_latency_ms": options.graph.latency_ms,
        "quiet_after_200_p50_ms": ms(&quiet_delays.after_answer, 50.0),
        "quiet_after_200_p99_ms": ms(&quiet_delays.after_answer, 99.0),
        "flood_after_200_p50_ms": ms(&flood_delays.after_answer, 50.0),
        "flood_after_200_p99_ms": ms(&flood_delays.after_answer, 99.0),
        "quiet_after_post_p50_ms": ms(&quiet_delays.after_post, 50.0),
        "quiet_after_post_p99_ms": round(quiet_p99),
        "flood_after_post_p50_ms": ms(&flood_delays.after_post, 50.0),
        "flood_after_post_p99_ms": round(flood_p99),
        "flood_over_quiet_p99": round(flood_p99 / quiet_p99.max(0.001)),
        "target_p99_ms": TARGET_P99_MS,
        "target_met": flood_p99 <= TARGET_P99_MS && flood_delays.missing == 0,
        "events_missing": missing,
        "colleagues_closed": colleagues_closed,
        "webhook_errors": webhook_errors,
        "flood_frames_sent": flooder.sent.load(Ordering::Relaxed),
        "flood_rate_limited": flooder.rate_limited.load(Ordering::Relaxed),
        "flooder_closed": flooder.closed.load(Ordering::Relaxed),
        "rss_before_flood_bytes": rss_quiet,
        "rss_peak_flood_bytes": rss_peak,
    });
    println!("{summary}");
    for reader in readers {
        reader.abort();
    }
    if webhook_errors > 0 || colleagues_closed > 0 || missing > 0 {
        return Err("a colleague lost an event or its connection: see the summary".into());
    }
    Ok(())
}

/// One colleague: records when each `agent_requested` arrives; answers nothing.
async fn listen(
    index: usize,
    writer: client::WsWriter,
    mut reader: client::WsReader,
    timings: Arc<Mutex<Timings>>,
    closed: Arc<AtomicU64>,
) {
    let _keep_open = writer;
    while let Some(Ok(message)) = reader.next().await {
        if matches!(message, Message::Close(_)) {
            break;
        }
        let Some(frame) = client::frame(message) else {
            continue;
        };
        if frame["type"] != "agent_requested" {
            continue;
        }
        if let Some(customer) = frame["data"]["customer"]["customer_id"].as_str() {
            let now = Instant::now();
            if let Ok(mut timings) = timings.lock() {
                timings.heard[index].insert(customer.to_owned(), now);
            }
        }
    }
    closed.fetch_add(1, Ordering::Relaxed);
}

/// The customers of one phase.
struct Phase {
    customers: Vec<String>,
    errors: usize,
}

/// A new customer asks for a person every `1 / rate` seconds for `length`; the moment
/// each webhook is answered `200` is when the clock starts.
async fn ask_for_people(
    http: &reqwest::Client,
    url: &str,
    name: &str,
    length: Duration,
    rate: f64,
    timings: &Arc<Mutex<Timings>>,
) -> Phase {
    let interval = Duration::from_secs_f64(1.0 / rate.max(0.1));
    let started = Instant::now();
    let mut phase = Phase {
        customers: Vec::new(),
        errors: 0,
    };
    let mut k = 0u32;
    while started.elapsed() < length {
        tokio::time::sleep_until((started + interval * k).into()).await;
        let customer = format!("flood-{name}-{k}");
        let webhook = signed_webhook(&customer, &format!("m_{customer}"), "I want a human");
        let posted = Instant::now();
        match post_webhook(http, url, webhook).await {
            Ok(()) => {
                if let Ok(mut timings) = timings.lock() {
                    timings
                        .answered
                        .insert(customer.clone(), (posted, Instant::now()));
                }
                phase.customers.push(customer);
            }
            Err(_) => phase.errors += 1,
        }
        k += 1;
    }
    phase
}

/// A phase's delays: from each webhook's `200`, and from its posting, to each colleague
/// reading the event.
struct Delays {
    after_answer: Latencies,
    after_post: Latencies,
    /// Events a colleague never read.
    missing: usize,
}

fn delays(timings: &Arc<Mutex<Timings>>, phase: &Phase) -> Delays {
    let (mut after_answer, mut after_post, mut missing) = (Vec::new(), Vec::new(), 0);
    if let Ok(timings) = timings.lock() {
        for customer in &phase.customers {
            let Some((posted, answered)) = timings.answered.get(customer) else {
                continue;
            };
            for heard in &timings.heard {
                match heard.get(customer) {
                    // The broadcast goes out before the 200: read before it came back, the
                    // delay after it is nothing.
                    Some(at) => {
                        after_answer.push(at.saturating_duration_since(*answered));
                        after_post.push(at.saturating_duration_since(*posted));
                    }
                    None => missing += 1,
                }
            }
        }
    }
    Delays {
        after_answer: Latencies::new(after_answer),
        after_post: Latencies::new(after_post),
        missing,
    }
}

/// Presence frames as fast as the connection takes them, for `length`; counts what the
/// server answers meanwhile.
async fn flood(
    mut writer: client::WsWriter,
    mut reader: client::WsReader,
    length: Duration,
    tally: Arc<Flooder>,
) {
    let counting = tally.clone();
    let reading = tokio::spawn(async move {
        while let Some(Ok(message)) = reader.next().await {
            match message {
                Message::Text(text) if text.contains("\"rate_limited\"") => {
                    counting.rate_limited.fetch_add(1, Ordering::Relaxed);
                }
                Message::Close(_) => break,
                _ => {}
            }
        }
        counting.closed.store(true, Ordering::Relaxed);
    });
    let frames = [
        json!({"type": "set_availability", "data": {"status": "away"}}).to_string(),
        json!({"type": "viewing", "data": {"customer_id": "flood-quiet-0", "page_id": spawn::PAGE}})
            .to_string(),
        json!({"type": "set_availability", "data": {"status": "available"}}).to_string(),
        json!({"type": "viewing", "data": {"customer_id": null}}).to_string(),
    ];
    let started = Instant::now();
    let mut n = 0usize;
    'flood: while started.elapsed() < length {
        for _ in 0..64 {
            let frame = frames[n % frames.len()].clone();
            n += 1;
            if writer.feed(Message::Text(frame)).await.is_err() {
                break 'flood;
            }
        }
        if writer.flush().await.is_err() {
            break;
        }
        tally.sent.store(n as u64, Ordering::Relaxed);
    }
    let _ = writer.close().await;
    reading.abort();
}

fn server_pid(server: &Server) -> Result<u32, String> {
    server.pid().ok_or_else(|| "the server has exited".into())
}

/// The highest resident set of the process while `running` holds (every 100 ms).
async fn peak_rss(pid: u32, running: Arc<AtomicBool>) -> u64 {
    let read = || spawn::process_resident_bytes(pid).unwrap_or(0);
    let mut peak = read();
    while running.load(Ordering::Relaxed) {
        peak = peak.max(read());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    peak.max(read())
}
