//! `race`: `--customers` customers ask for a person, then each of `--agents` agents sends
//! `assign_agent` for every one of them, all at once and in the same order, so that every
//! customer is fought over by every agent. The gate: exactly one winner per customer and
//! every loser answered `already_assigned`; anything else fails the run. With
//! `--mongodb-uri` and `--processes 2`, two server processes share one fresh database and
//! the agents are dealt out between them, so the race is decided across processes.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::Semaphore;
use tokio_tungstenite::tungstenite::Message;

use crate::client::{self, http, post_webhook, signed_webhook, WsReader, WsWriter};
use crate::spawn::{self, GraphOptions, PAGE};
use crate::stats::Latencies;

/// `assign_agent` requests one agent keeps in flight (the server allows 64 per session).
const IN_FLIGHT: usize = 32;

#[derive(clap::Args)]
pub struct Options {
    /// Customers fought over.
    #[arg(long, default_value_t = 1_000)]
    customers: usize,
    /// Agents racing for each of them.
    #[arg(long, default_value_t = 100)]
    agents: usize,
    /// Server processes sharing the store (more than one needs `--mongodb-uri`); agent `i`
    /// connects to process `i mod processes`.
    #[arg(long, default_value_t = 1)]
    processes: usize,
    /// The MongoDB the servers share (a fresh database); the embedded store when absent.
    #[arg(long)]
    mongodb_uri: Option<String>,
    #[command(flatten)]
    graph: GraphOptions,
}

/// What one agent got back.
#[derive(Default)]
struct Outcome {
    /// Customers this agent won, by index.
    won: Vec<usize>,
    /// Customers this agent was refused with `already_assigned`.
    lost: Vec<usize>,
    other_errors: usize,
    latencies: Vec<Duration>,
}

pub async fn run(options: Options) -> Result<(), String> {
    if options.processes == 0 || (options.processes > 1 && options.mongodb_uri.is_none()) {
        return Err("--processes above 1 needs --mongodb-uri (processes share one store)".into());
    }
    let graph = spawn::start_graph(options.graph)?;
    let database = format!("handoff_race_{}", uuid::Uuid::new_v4().simple());
    let mut servers = Vec::with_capacity(options.processes);
    for _ in 0..options.processes {
        let shared = options
            .mongodb_uri
            .as_deref()
            .map(|uri| (uri, database.as_str()));
        servers.push(spawn::start_server_sharing(options.agents, &graph, shared).await?);
    }
    let server = &servers[0];
    let http = http()?;

    let mut sockets = Vec::with_capacity(options.agents);
    let mut token = String::new();
    for i in 0..options.agents {
        let at = &servers[i % servers.len()].url;
        token = client::login(&http, at, i).await?;
        sockets.push(client::connect(at, &token).await?);
    }
    ask_for_people(&http, &server.url, options.customers).await?;
    wait_until_waiting(&http, &server.url, &token, options.customers).await?;

    let started = Instant::now();
    let agents: Vec<_> = sockets
        .into_iter()
        .map(|(writer, reader)| tokio::spawn(assign_all(writer, reader, options.customers)))
        .collect();
    let mut outcomes = Vec::with_capacity(agents.len());
    for agent in agents {
        outcomes.push(agent.await.map_err(|e| format!("agent task: {e}"))??);
    }
    let elapsed = started.elapsed();

    let mut winners = vec![0usize; options.customers];
    let mut answered = vec![0usize; options.customers];
    for outcome in &outcomes {
        outcome.won.iter().for_each(|&c| winners[c] += 1);
        for &c in outcome.won.iter().chain(&outcome.lost) {
            answered[c] += 1;
        }
    }
    let one_winner = winners.iter().filter(|&&w| w == 1).count();
    let fully_answered = answered.iter().filter(|&&a| a == options.agents).count();
    let other_errors: usize = outcomes.iter().map(|o| o.other_errors).sum();
    let latencies = Latencies::new(outcomes.iter().flat_map(|o| o.latencies.clone()).collect());
    let passed =
        one_winner == options.customers && fully_answered == options.customers && other_errors == 0;
    let summary = json!({
        "scenario": "race",
        "agents": options.agents,
        "processes": options.processes,
        "store": if options.mongodb_uri.is_some() { "mongodb" } else { "embedded" },
        "customers": options.customers,
        "requests": options.agents * options.customers,
        "graph_latency_ms": options.graph.latency_ms,
        "elapsed_s": (elapsed.as_secs_f64() * 1000.0).round() / 1000.0,
        "races_per_s": (options.customers as f64 / elapsed.as_secs_f64()).round(),
        "assign_p50_ms": crate::stats::round(latencies.percentile_ms(50.0)),
        "assign_p99_ms": crate::stats::round(latencies.percentile_ms(99.0)),
        "customers_with_one_winner": one_winner,
        "max_winners_per_customer": winners.iter().max().copied().unwrap_or(0),
        "losers_answered_already_assigned": outcomes.iter().map(|o| o.lost.len()).sum::<usize>(),
        "customers_fully_answered": fully_answered,
        "other_errors": other_errors,
        "passed": passed,
    });
    println!("{summary}");
    if passed {
        Ok(())
    } else {
        Err("the race gate failed: see the summary".into())
    }
}

fn customer(i: usize) -> String {
    format!("race-c{i}")
}

/// Every customer writes that they want a person (64 webhooks in flight).
async fn ask_for_people(http: &reqwest::Client, url: &str, customers: usize) -> Result<(), String> {
    let limit = Arc::new(Semaphore::new(64));
    let mut posts = Vec::with_capacity(customers);
    for i in 0..customers {
        let permit = limit
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| e.to_string())?;
        let (http, url) = (http.clone(), url.to_owned());
        posts.push(tokio::spawn(async move {
            let _permit = permit;
            let webhook = signed_webhook(
                &customer(i),
                &format!("m_race_{i}"),
                "I want to talk to a human",
            );
            post_webhook(&http, &url, webhook).await
        }));
    }
    for post in posts {
        post.await.map_err(|e| e.to_string())??;
    }
    Ok(())
}

/// Waits until the queue holds every customer.
async fn wait_until_waiting(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    customers: usize,
) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let body: Value = http
            .get(format!("{url}/api/dashboard/customers?stop=true&limit=1"))
            .bearer_auth(token)
            .send()
            .await
            .map_err(|e| format!("queue: {e}"))?
            .json()
            .await
            .map_err(|e| format!("queue: {e}"))?;
        let waiting = body["total"].as_u64().unwrap_or(0) as usize;
        if waiting >= customers {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "only {waiting} of {customers} customers reached the queue"
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// One agent: `assign_agent` for every customer in order, `IN_FLIGHT` at a time, and what
/// came back for each.
async fn assign_all(
    mut writer: WsWriter,
    mut reader: WsReader,
    customers: usize,
) -> Result<Outcome, String> {
    let slots = Arc::new(Semaphore::new(IN_FLIGHT));
    let sent_at = Arc::new(std::sync::Mutex::new(HashMap::<usize, Instant>::new()));
    let sending = {
        let (slots, sent_at) = (slots.clone(), sent_at.clone());
        async move {
            for i in 0..customers {
                slots.acquire().await.map_err(|e| e.to_string())?.forget();
                let frame = json!({"type": "assign_agent", "request_id": i,
                    "data": {"customer_id": customer(i), "page_id": PAGE}});
                if let Ok(mut times) = sent_at.lock() {
                    times.insert(i, Instant::now());
                }
                writer
                    .send(Message::Text(frame.to_string()))
                    .await
                    .map_err(|e| format!("send: {e}"))?;
            }
            Ok::<_, String>(writer)
        }
    };
    let receiving = async {
        let mut outcome = Outcome::default();
        let mut replies = 0;
        while replies < customers {
            let Some(message) = reader.next().await else {
                return Err(format!("connection closed after {replies} replies"));
            };
            let message = message.map_err(|e| format!("receive: {e}"))?;
            let Some(frame) = client::frame(message) else {
                continue;
            };
            let Some(i) = frame["request_id"].as_u64().map(|i| i as usize) else {
                continue; // a broadcast
            };
            replies += 1;
            slots.add_permits(1);
            if let Some(sent) = sent_at.lock().ok().and_then(|mut t| t.remove(&i)) {
                outcome.latencies.push(sent.elapsed());
            }
            match (frame["type"].as_str(), frame["data"]["code"].as_str()) {
                (Some("agent_assigned"), _) => outcome.won.push(i),
                (Some("error"), Some("already_assigned")) => outcome.lost.push(i),
                _ => outcome.other_errors += 1,
            }
        }
        Ok(outcome)
    };
    let (sent, outcome) = tokio::join!(sending, receiving);
    let _writer = sent?;
    outcome
}
