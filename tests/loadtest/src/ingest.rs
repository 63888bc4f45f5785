//! `ingest`: how fast webhooks become durable, against the least any receiver must do.
//!
//! The same closed-loop load (`--concurrency` senders, `--messages` signed webhooks with
//! distinct mids over `--customers` customers) goes first to the baseline (a bare server
//! that checks the HMAC and answers 200), then to handoff with `--agents` agents connected
//! and receiving every broadcast. Then handoff gets an open-loop run paced at 70 % of its
//! peak, whose p99 is what a customer-facing deployment would see. The store's counters
//! give the group commit: writes carried per commit (one fsync each).
//!
//! With `--compare-graph-latency-ms`, a second handoff server, alike but for its Graph
//! stand-in's latency, gets the same closed-loop load in the same run, right after the
//! first: slow outbound calls must not slow ingest down.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;

use crate::client::{self, http, post_webhook, signed_webhook};
use crate::spawn::{self, GraphOptions, Server};
use crate::stats::{round, Latencies};

#[derive(clap::Args)]
pub struct Options {
    #[command(flatten)]
    load: Load,
    #[command(flatten)]
    graph: GraphOptions,
    /// Agents connected to handoff during the run.
    #[arg(long, default_value_t = 100)]
    agents: usize,
    /// What the agents subscribe to: `all` (the default feed: every broadcast) or
    /// `focused` (as the console: no company-wide messages, queue changes merged).
    #[arg(long, value_enum, default_value_t = Feeds::All)]
    feeds: Feeds,
    /// Also measure a second handoff server whose Graph stand-in answers after this many
    /// milliseconds, and report the rate at the slower latency over the rate at the faster.
    #[arg(long, conflicts_with = "compare_agents")]
    compare_graph_latency_ms: Option<u64>,
    /// Drive a server already running there (`loadtest serve --agents N`, with at least
    /// `--agents` agents) instead of starting one.
    #[arg(long, conflicts_with_all = ["compare_agents", "compare_graph_latency_ms"])]
    url: Option<String>,
    /// Also measure a second handoff server, alike but with this many agents connected
    /// (with the same `--feeds`), right after the first: `agents_over_none` = its rate over
    /// the first's (run the first with `--agents 0`).
    #[arg(long)]
    compare_agents: Option<usize>,
}

/// The feeds the load generator's agents choose (docs/ws-protocol.md#feeds).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feeds {
    All,
    Focused,
}

/// `durability`'s options.
#[derive(clap::Args)]
pub struct DurabilityOptions {
    #[command(flatten)]
    load: Load,
    #[command(flatten)]
    graph: GraphOptions,
}

/// The shape of a webhook load (also `durability`'s options).
#[derive(clap::Args, Clone, Copy)]
pub struct Load {
    /// Webhooks per measured run.
    #[arg(long, default_value_t = 20_000)]
    messages: usize,
    /// Distinct customers the messages come from.
    #[arg(long, default_value_t = 1_000)]
    customers: usize,
    /// Webhooks in flight at once (closed loop).
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
}

/// One closed- or open-loop run's outcome.
struct Run {
    per_second: f64,
    latencies: Latencies,
    errors: usize,
}

/// A handoff server with its own Graph stand-in and its agents connected.
struct Ours {
    server: Server,
    graph_latency_ms: u64,
    /// Broadcasts its agents received.
    received: Arc<AtomicU64>,
}

impl Ours {
    /// The server at `url`, with `agents` of its agents connected.
    async fn at(
        url: &str,
        agents: usize,
        graph: GraphOptions,
        feeds: Feeds,
    ) -> Result<Self, String> {
        let server = Server::running_at(url);
        let received = Arc::new(AtomicU64::new(0));
        connect_agents(&server, agents, feeds, received.clone()).await?;
        Ok(Ours {
            server,
            graph_latency_ms: graph.latency_ms,
            received,
        })
    }

    async fn start(agents: usize, graph: GraphOptions, feeds: Feeds) -> Result<Self, String> {
        let stand_in = spawn::start_graph(graph)?;
        let server = spawn::start_server(agents, &stand_in).await?;
        let received = Arc::new(AtomicU64::new(0));
        connect_agents(&server, agents, feeds, received.clone()).await?;
        Ok(Ours {
            server,
            graph_latency_ms: graph.latency_ms,
            received,
        })
    }
}

pub async fn run(options: Options) -> Result<(), String> {
    let feeds = options.feeds;
    let compared = async {
        match (options.compare_graph_latency_ms, options.compare_agents) {
            (Some(latency_ms), _) => {
                Ours::start(options.agents, GraphOptions { latency_ms }, feeds)
                    .await
                    .map(Some)
            }
            (None, Some(agents)) => Ours::start(agents, options.graph, feeds).await.map(Some),
            (None, None) => Ok(None),
        }
    };
    let ours = async {
        match &options.url {
            Some(url) => Ours::at(url, options.agents, options.graph, feeds).await,
            None => Ours::start(options.agents, options.graph, feeds).await,
        }
    };
    let (ours, compared, baseline) = tokio::try_join!(ours, compared, spawn::start_baseline(),)?;

    let load = options.load;
    let warm_up = load.messages.min(1_000) / 2;
    let http = http()?;
    let mut warm = vec![(&baseline, "warmup-b"), (&ours.server, "warmup-o")];
    warm.extend(compared.iter().map(|c| (&c.server, "warmup-c")));
    for (server, name) in warm {
        closed_loop(&http, &server.url, name, warm_up, load).await;
    }
    let baseline_run = closed_loop(&http, &baseline.url, "base", load.messages, load).await;
    let before = store_counters(&http, &ours.server.url).await?;
    let ours_run = closed_loop(&http, &ours.server.url, "peak", load.messages, load).await;
    let after = store_counters(&http, &ours.server.url).await?;
    // The bot answers every message after its `200`: let those answers go out and be
    // recorded before the next run, so that no run measures the last one's tail.
    settle(&http, &ours.server.url).await;
    // Right after the first, so that both figures see the machine alike.
    let compared_run = match &compared {
        Some(c) => Some(closed_loop(&http, &c.server.url, "compare", load.messages, load).await),
        None => None,
    };
    // Its tail (answers waiting on a slower Graph) must not share the machine with the
    // paced run: it stops here.
    let compared = compared.map(|c| (c.graph_latency_ms, c.received.load(Ordering::Relaxed)));
    let paced_rate = ours_run.per_second * 0.7;
    let paced = open_loop(&http, &ours.server.url, load.messages / 2, paced_rate, load).await;

    // Let the last broadcasts arrive before counting them.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let commits = after.commits.saturating_sub(before.commits).max(1);
    let mut summary = json!({
        "scenario": "ingest",
        "agents": options.agents,
        "feeds": format!("{feeds:?}").to_lowercase(),
        "url": options.url,
        "customers": load.customers,
        "messages": load.messages,
        "concurrency": load.concurrency,
        "graph_latency_ms": ours.graph_latency_ms,
        "baseline_per_s": round(baseline_run.per_second),
        "baseline_p50_ms": round(baseline_run.latencies.percentile_ms(50.0)),
        "baseline_p99_ms": round(baseline_run.latencies.percentile_ms(99.0)),
        "ours_per_s": round(ours_run.per_second),
        "ours_p50_ms": round(ours_run.latencies.percentile_ms(50.0)),
        "ours_p99_ms": round(ours_run.latencies.percentile_ms(99.0)),
        "ratio": round(ours_run.per_second / baseline_run.per_second.max(f64::EPSILON)),
        "paced_per_s": round(paced.per_second),
        "paced_p50_ms": round(paced.latencies.percentile_ms(50.0)),
        "paced_p99_ms": round(paced.latencies.percentile_ms(99.0)),
        "writes_per_commit": round((after.writes.saturating_sub(before.writes)) as f64 / commits as f64),
        "broadcasts_received": ours.received.load(Ordering::Relaxed),
    });
    let mut errors = baseline_run.errors + ours_run.errors + paced.errors;
    if let (Some((latency_ms, received)), Some(run)) = (compared, &compared_run) {
        let (slow, fast) = if latency_ms >= ours.graph_latency_ms {
            (run, &ours_run)
        } else {
            (&ours_run, run)
        };
        if let Some(agents) = options.compare_agents {
            summary["compare_agents"] = json!(agents);
            summary["agents_over_none"] = json!(round(
                run.per_second / ours_run.per_second.max(f64::EPSILON)
            ));
        } else {
            summary["compare_graph_latency_ms"] = json!(latency_ms);
            summary["graph_slow_over_fast"] =
                json!(round(slow.per_second / fast.per_second.max(f64::EPSILON)));
        }
        summary["compare_per_s"] = json!(round(run.per_second));
        summary["compare_p50_ms"] = json!(round(run.latencies.percentile_ms(50.0)));
        summary["compare_p99_ms"] = json!(round(run.latencies.percentile_ms(99.0)));
        summary["compare_broadcasts_received"] = json!(received);
        errors += run.errors;
    }
    summary["errors"] = json!(errors);
    println!("{summary}");
    if errors > 0 {
        return Err("some webhooks were not answered 200".into());
    }
    Ok(())
}

/// `durability`: webhooks at full rate, no agents; how many messages and writes each
/// store commit (one fsync) carries, while every `200` still waits for its commit.
pub async fn durability(options: DurabilityOptions) -> Result<(), String> {
    let load = options.load;
    let graph = spawn::start_graph(options.graph)?;
    let ours = spawn::start_server(1, &graph).await?;
    let http = http()?;
    closed_loop(
        &http,
        &ours.url,
        "warmup",
        load.messages.min(1_000) / 2,
        load,
    )
    .await;
    let before = store_counters(&http, &ours.url).await?;
    let run = closed_loop(&http, &ours.url, "full", load.messages, load).await;
    let after = store_counters(&http, &ours.url).await?;
    let commits = after.commits.saturating_sub(before.commits).max(1) as f64;
    let summary = json!({
        "scenario": "durability",
        "messages": load.messages,
        "concurrency": load.concurrency,
        "graph_latency_ms": options.graph.latency_ms,
        "per_s": round(run.per_second),
        "p99_ms": round(run.latencies.percentile_ms(99.0)),
        "commits": after.commits.saturating_sub(before.commits),
        "messages_per_commit": round(after.inbound.saturating_sub(before.inbound) as f64 / commits),
        "writes_per_commit": round(after.writes.saturating_sub(before.writes) as f64 / commits),
        "errors": run.errors,
    });
    println!("{summary}");
    if run.errors > 0 {
        return Err("some webhooks were not answered 200".into());
    }
    Ok(())
}

/// Signs in `agents` agents and keeps their WebSockets read, counting broadcasts; with
/// `focused` feeds, each first leaves the company-wide messages and takes the queue digest.
async fn connect_agents(
    server: &Server,
    agents: usize,
    feeds: Feeds,
    received: Arc<AtomicU64>,
) -> Result<(), String> {
    let http = http()?;
    for i in 0..agents {
        let token = client::login(&http, &server.url, i).await?;
        let (mut writer, mut reader) = client::connect(&server.url, &token).await?;
        if feeds == Feeds::Focused {
            client::narrow_feeds(&mut writer, &mut reader).await?;
        }
        let received = received.clone();
        tokio::spawn(async move {
            let _keep_open = writer;
            while let Some(Ok(message)) = reader.next().await {
                if client::frame(message).is_some_and(|f| f.get("seq").is_some()) {
                    received.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }
    Ok(())
}

/// `count` webhooks with `concurrency` senders, each sending its next one as soon as the
/// last is answered.
async fn closed_loop(
    http: &reqwest::Client,
    url: &str,
    run: &str,
    count: usize,
    load: Load,
) -> Run {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let senders: Vec<_> = (0..load.concurrency)
        .map(|_| {
            let (http, url, next, run) =
                (http.clone(), url.to_owned(), next.clone(), run.to_owned());
            let customers = load.customers;
            tokio::spawn(async move {
                let (mut latencies, mut errors) = (Vec::new(), 0);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= count {
                        break;
                    }
                    let sent = Instant::now();
                    if post_webhook(&http, &url, message(&run, i, customers))
                        .await
                        .is_err()
                    {
                        errors += 1;
                    }
                    latencies.push(sent.elapsed());
                }
                (latencies, errors)
            })
        })
        .collect();
    collect(senders, count, started).await
}

/// `count` webhooks sent at `rate` per second whatever the answers take (at most
/// 4 × concurrency in flight, so an overloaded server is not buried).
async fn open_loop(http: &reqwest::Client, url: &str, count: usize, rate: f64, load: Load) -> Run {
    let limit = Arc::new(tokio::sync::Semaphore::new(load.concurrency * 4));
    let interval = Duration::from_secs_f64(1.0 / rate.max(1.0));
    let started = Instant::now();
    let mut sends = Vec::with_capacity(count);
    for i in 0..count {
        let due = started + interval.mul_f64(i as f64);
        tokio::time::sleep_until(due.into()).await;
        let Ok(permit) = limit.clone().acquire_owned().await else {
            break;
        };
        let (http, url, customers) = (http.clone(), url.to_owned(), load.customers);
        sends.push(tokio::spawn(async move {
            let _permit = permit;
            let sent = Instant::now();
            let failed = post_webhook(&http, &url, message("paced", i, customers))
                .await
                .is_err();
            (vec![sent.elapsed()], usize::from(failed))
        }));
    }
    collect(sends, count, started).await
}

async fn collect(
    tasks: Vec<tokio::task::JoinHandle<(Vec<Duration>, usize)>>,
    count: usize,
    started: Instant,
) -> Run {
    let (mut samples, mut errors) = (Vec::with_capacity(count), 0);
    for task in tasks {
        match task.await {
            Ok((latencies, failed)) => {
                samples.extend(latencies);
                errors += failed;
            }
            Err(_) => errors += 1,
        }
    }
    Run {
        per_second: count as f64 / started.elapsed().as_secs_f64(),
        latencies: Latencies::new(samples),
        errors,
    }
}

/// Webhook `i` of a run: a distinct mid, customers taken in turn.
fn message(run: &str, i: usize, customers: usize) -> (String, String) {
    let customer = format!("bench-c{}", i % customers.max(1));
    let mid = format!("m_{run}_{i}_{}", std::process::id());
    signed_webhook(
        &customer,
        &mid,
        &format!("hello, is my order {i} on its way?"),
    )
}

struct StoreCounters {
    inbound: u64,
    writes: u64,
    commits: u64,
}

/// The store's write and commit counters from `/metrics`.
/// Waits until the server has written nothing for a second (at most a minute): the work a
/// run left behind is done.
async fn settle(http: &reqwest::Client, url: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = None;
    let mut quiet_since = Instant::now();
    while Instant::now() < deadline {
        let writes = store_counters(http, url).await.map(|c| c.writes).ok();
        if writes != last {
            last = writes;
            quiet_since = Instant::now();
        } else if quiet_since.elapsed() >= Duration::from_secs(1) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn store_counters(http: &reqwest::Client, url: &str) -> Result<StoreCounters, String> {
    let text = http
        .get(format!("{url}/metrics"))
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| format!("metrics: {e}"))?
        .text()
        .await
        .map_err(|e| format!("metrics: {e}"))?;
    let counter = |name: &str| {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(' '))
            .find(|(metric, _)| metric.contains(name))
            .and_then(|(_, value)| value.trim().parse::<f64>().ok())
            .map_or(0, |value| value as u64)
    };
    Ok(StoreCounters {
        inbound: counter("inbound_messages"),
        writes: counter("store_writes"),
        commits: counter("store_commits"),
    })
}
