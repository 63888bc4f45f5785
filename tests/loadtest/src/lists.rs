//! `lists`: what the queue and the customer list cost in a large company, while webhooks
//! keep coming. The baseline is the same requests against a company of a hundred customers,
//! measured in the same run: a fresh embedded store is seeded with them, the server starts
//! and is timed, then stops; the store is seeded up to `--customers` (with `--waiting` of
//! them waiting for a person), the server starts on it again and is timed the same way.
//! While each is timed, webhooks arrive at `--ingest-rate` for the seeded customers, moving
//! them in the list. The run fails unless each answer's total counts every customer seeded.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use handoff_actors::ids::{CompanyId, CustomerId, CustomerKey, PageId};
use handoff_actors::model::Customer;
use handoff_actors::testing::{CustomerWrite, EmbeddedStore, WriteOp};
use serde_json::json;

use crate::client::{self, http, post_webhook, signed_webhook};
use crate::dashboard::commit_seeded;
use crate::spawn::{self, GraphOptions, Server, COMPANY, PAGE};
use crate::stats::{round, Latencies};

#[derive(clap::Args)]
pub struct Options {
    /// Customers in the large company.
    #[arg(long, default_value_t = 100_000)]
    customers: usize,
    /// Of them, waiting for a person.
    #[arg(long, default_value_t = 1_000)]
    waiting: usize,
    /// Timed requests of each kind, per company size.
    #[arg(long, default_value_t = 200)]
    requests: usize,
    /// Webhooks per second while the lists are read.
    #[arg(long, default_value_t = 100)]
    ingest_rate: u32,
    #[command(flatten)]
    graph: GraphOptions,
}

/// The baseline company's size.
const SMALL: usize = 100;
/// Customer writes per store commit while seeding.
const BATCH: usize = 2_000;

/// The requests timed, by name: the queue's first page, the list's first page, and a page
/// deep into the list.
const READS: [(&str, &str); 3] = [
    ("queue", "stop=true&sort=waiting&limit=50"),
    ("list", "limit=50"),
    ("list_deep", "limit=50&skip=5000"),
];

pub async fn run(options: Options) -> Result<(), String> {
    let customers = options.customers.max(SMALL);
    let waiting = options.waiting.min(customers);
    let small_waiting = (waiting * SMALL / customers).max(1);
    let graph = spawn::start_graph(options.graph)?;
    let dir = spawn::fresh_dir()?;
    let data = dir.join("data");

    let seeding = Instant::now();
    seed(&data, 0..SMALL, small_waiting).await?;
    let server = spawn::start_server_in(dir, 1, &graph, None).await?;
    let small = measure(&server, &options, SMALL, small_waiting).await?;
    let dir = server.stop_keeping_data().await?;
    seed(&data, SMALL..customers, waiting - small_waiting).await?;
    let seed_seconds = seeding.elapsed().as_secs_f64();
    let server = spawn::start_server_in(dir, 1, &graph, None).await?;
    let large = measure(&server, &options, customers, waiting).await?;
    drop(server);

    let mut summary = json!({
        "scenario": "lists",
        "customers": customers,
        "waiting": waiting,
        "baseline_customers": SMALL,
        "ingest_rate": options.ingest_rate,
        "seed_seconds": round(seed_seconds),
        "target_p99_ms": 10,
    });
    for (name, _) in READS {
        let (base, big) = (&small.reads[name], &large.reads[name]);
        summary[format!("{name}_p50_ms")] = json!(big.percentile_ms(50.0));
        summary[format!("{name}_p99_ms")] = json!(big.percentile_ms(99.0));
        summary[format!("{name}_baseline_p50_ms")] = json!(base.percentile_ms(50.0));
        summary[format!("{name}_large_over_small")] = json!(round(
            big.percentile_ms(50.0) / base.percentile_ms(50.0).max(0.001)
        ));
    }
    summary["webhooks_during"] = json!(large.webhooks);
    println!("{summary}");
    Ok(())
}

struct Measured {
    reads: std::collections::HashMap<&'static str, Latencies>,
    webhooks: usize,
}

/// Times every read `requests` times, in turn, while webhooks arrive; checks the totals.
async fn measure(
    server: &Server,
    options: &Options,
    customers: usize,
    waiting: usize,
) -> Result<Measured, String> {
    let http = http()?;
    let token = client::login(&http, &server.url, 0).await?;
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicUsize::new(0));
    let ingest = tokio::spawn(webhooks(
        http.clone(),
        server.url.clone(),
        customers,
        options.ingest_rate,
        stop.clone(),
        sent.clone(),
    ));
    let mut samples: std::collections::HashMap<&'static str, Vec<Duration>> =
        READS.iter().map(|(name, _)| (*name, Vec::new())).collect();
    let mut outcome = Ok(());
    'timing: for _ in 0..options.requests {
        for (name, query) in READS {
            let url = format!("{}/api/dashboard/customers?{query}", server.url);
            let started = Instant::now();
            let answer = read(&http, &url, &token).await;
            let took = started.elapsed();
            let expected = if name == "queue" { waiting } else { customers };
            match answer {
                Ok(total) if total == expected as u64 => {}
                Ok(total) => {
                    outcome = Err(format!(
                        "{name} counts {total} customers, {expected} seeded"
                    ));
                    break 'timing;
                }
                Err(err) => {
                    outcome = Err(err);
                    break 'timing;
                }
            }
            samples.get_mut(name).expect("named").push(took);
        }
    }
    stop.store(true, Ordering::Relaxed);
    ingest.await.map_err(|e| format!("webhooks: {e}"))??;
    outcome?;
    Ok(Measured {
        reads: samples
            .into_iter()
            .map(|(name, s)| (name, Latencies::new(s)))
            .collect(),
        webhooks: sent.load(Ordering::Relaxed),
    })
}

/// One list read: its `total`.
async fn read(http: &reqwest::Client, url: &str, token: &str) -> Result<u64, String> {
    let response = http
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| format!("list: {e}"))?;
    let status = response.status();
    let body: serde_json::Value = response.json().await.map_err(|e| format!("list: {e}"))?;
    if !status.is_success() {
        return Err(format!("list answered {status}: {body}"));
    }
    Ok(body["total"].as_u64().unwrap_or(0))
}

/// Webhooks for the seeded customers at `rate` per second until `stop`; fails on any
/// answer but 200.
async fn webhooks(
    http: reqwest::Client,
    url: String,
    customers: usize,
    rate: u32,
    stop: Arc<AtomicBool>,
    sent: Arc<AtomicUsize>,
) -> Result<(), String> {
    let interval = Duration::from_secs_f64(1.0 / f64::from(rate.max(1)));
    let started = Instant::now();
    let mut i = 0usize;
    while !stop.load(Ordering::Relaxed) {
        tokio::time::sleep_until((started + interval.mul_f64(i as f64)).into()).await;
        // Customers spread over the whole company, so the list keeps reordering.
        let customer = format!("listed-{}", (i * 7919) % customers);
        let mid = format!("m_lists_{i}_{}", std::process::id());
        post_webhook(
            &http,
            &url,
            signed_webhook(&customer, &mid, "any news on my order?"),
        )
        .await?;
        sent.fetch_add(1, Ordering::Relaxed);
        i += 1;
    }
    Ok(())
}

/// Writes customers `range` (the first `waiting` of them waiting for a person) through the
/// store's own customer writes, each last heard from a minute apart.
async fn seed(data: &Path, range: std::ops::Range<usize>, waiting: usize) -> Result<(), String> {
    let store = EmbeddedStore::open(data).map_err(|e| format!("seed: {e}"))?;
    let now = Utc::now();
    let first = range.start;
    let mut ops = Vec::with_capacity(BATCH);
    let last = range.end;
    for n in range {
        let key = CustomerKey {
            company: CompanyId::new(COMPANY),
            page: PageId::new(PAGE),
            customer: CustomerId::new(format!("listed-{n}")),
        };
        let seen = now - TimeDelta::minutes(n as i64 % 10_000) - TimeDelta::seconds(1);
        let mut customer = Customer {
            version: 1,
            message_count: 1,
            last_message: Some("hello".into()),
            ..Customer::new(&key, "Bench Page", seen, seen)
        };
        if n - first < waiting {
            customer.stop = true;
            customer.stopped_at = Some(seen);
        }
        ops.push(WriteOp::Customer(Box::new(CustomerWrite {
            customer,
            expected_version: 0,
            messages: Vec::new(),
            require_new: false,
            audit: None,
            handoff: None,
            conversation: false,
        })));
        if ops.len() == BATCH || n + 1 == last {
            commit_seeded(&store, std::mem::take(&mut ops)).await?;
        }
    }
    Ok(())
}
