//! `dashboard`: how long the metrics report takes over a month of history. A fresh embedded
//! store is filled through its own write path (the customer writes that record finished
//! handoffs, which keep the running aggregates) with `--handoffs` handoffs spread over the
//! last 30 days; then the server starts on it, and an admin asks for the last 30 days by
//! day, as the console's Numbers do, alternating with the baseline: the last hour, the same
//! request over next to nothing. An agent asks for their own 30 days too. The run fails if
//! the month's report does not count every handoff seeded.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use handoff_actors::handoff::{Csat, Ending, Episode, Whose};
use handoff_actors::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
use handoff_actors::model::Customer;
use handoff_actors::testing::{CustomerWrite, EmbeddedStore, Store, WriteOp, WriteResult};
use serde_json::json;

use crate::client::{self, http};
use crate::spawn::{self, GraphOptions, ADMIN_EMAIL, COMPANY, PAGE};
use crate::stats::{round, Latencies};

#[derive(clap::Args)]
pub struct Options {
    /// Finished handoffs seeded over the last 30 days.
    #[arg(long, default_value_t = 100_000)]
    handoffs: usize,
    /// Agents who handle them.
    #[arg(long, default_value_t = 20)]
    agents: usize,
    /// Timed requests of each kind.
    #[arg(long, default_value_t = 30)]
    requests: usize,
    #[command(flatten)]
    graph: GraphOptions,
}

/// Customers the handoffs are spread over (each comes back several times in the month).
const CUSTOMERS: usize = 20_000;
/// Customer writes per store commit while seeding.
const BATCH: usize = 2_000;

pub async fn run(options: Options) -> Result<(), String> {
    let agents = options.agents.max(1);
    let graph = spawn::start_graph(options.graph)?;
    let dir = spawn::fresh_dir()?;
    let seeding = Instant::now();
    let now = Utc::now();
    seed(&dir.join("data"), options.handoffs, agents, now).await?;
    let seed_seconds = seeding.elapsed().as_secs_f64();
    let server = spawn::start_server_in(dir, agents, &graph, None).await?;
    let http = http()?;
    let admin = client::login_as(&http, &server.url, ADMIN_EMAIL).await?;
    let agent = client::login(&http, &server.url, 0).await?;

    let ask = |token: &str, days: i64, hours: i64| {
        let to = Utc::now();
        let from = to - TimeDelta::days(days) - TimeDelta::hours(hours);
        let url = format!(
            "{}/api/dashboard/metrics?from={}&to={}&bucket={}",
            server.url,
            from.to_rfc3339_opts(SecondsFormat::Millis, true),
            to.to_rfc3339_opts(SecondsFormat::Millis, true),
            if days > 0 { "day" } else { "hour" },
        );
        timed(&http, url, token.to_owned())
    };
    // The first month's report (nothing cached, the store's pages cold), and the check that
    // it counts every handoff seeded.
    let (cold, report) = ask(&admin, 30, 0).await?;
    let counted = report["handoffs"]["requested"].as_u64().unwrap_or(0);
    if counted != options.handoffs as u64 {
        return Err(format!(
            "the month's report counts {counted} handoffs, {} were seeded",
            options.handoffs
        ));
    }
    let (mut month, mut hour, mut own) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..options.requests {
        month.push(ask(&admin, 30, 0).await?.0);
        hour.push(ask(&admin, 0, 1).await?.0);
        own.push(ask(&agent, 30, 0).await?.0);
    }
    let (month, hour, own) = (
        Latencies::new(month),
        Latencies::new(hour),
        Latencies::new(own),
    );
    println!(
        "{}",
        json!({
            "scenario": "dashboard",
            "handoffs": options.handoffs,
            "agents": agents,
            "seed_seconds": round(seed_seconds),
            "cold_month_ms": round(cold.as_secs_f64() * 1000.0),
            "month_p50_ms": month.percentile_ms(50.0),
            "month_p99_ms": month.percentile_ms(99.0),
            "hour_p50_ms": hour.percentile_ms(50.0),
            "month_over_hour": round(month.percentile_ms(50.0) / hour.percentile_ms(50.0).max(0.001)),
            "agent_month_p50_ms": own.percentile_ms(50.0),
            "target_ms": 100,
        })
    );
    drop(server);
    Ok(())
}

/// One report: how long it took, and its body.
async fn timed(
    http: &reqwest::Client,
    url: String,
    token: String,
) -> Result<(Duration, serde_json::Value), String> {
    let started = Instant::now();
    let response = http
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| format!("metrics: {e}"))?;
    let status = response.status();
    let body: serde_json::Value = response.json().await.map_err(|e| format!("metrics: {e}"))?;
    let took = started.elapsed();
    if !status.is_success() {
        return Err(format!("metrics answered {status}: {body}"));
    }
    Ok((took, body))
}

/// A small deterministic generator: every run seeds the same month.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: i64) -> i64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as i64
    }
}

/// Writes `count` finished handoffs requested over the 30 days before `now` (an hour left out
/// at each end), through the store's own customer writes.
async fn seed(data: &Path, count: usize, agents: usize, now: DateTime<Utc>) -> Result<(), String> {
    let store = EmbeddedStore::open(data).map_err(|e| format!("seed: {e}"))?;
    let mut dice = Dice(0x2545_f491_4f6c_dd1d);
    let mut versions = vec![0u64; CUSTOMERS];
    // An hour's margin at each end: the report asked later still covers them all.
    let month_ms = (TimeDelta::days(30) - TimeDelta::hours(2)).num_milliseconds();
    let start = now - TimeDelta::days(30) + TimeDelta::hours(1);
    let mut ops = Vec::with_capacity(BATCH);
    for n in 0..count {
        let c = n % CUSTOMERS;
        let key = CustomerKey {
            company: CompanyId::new(COMPANY),
            page: PageId::new(PAGE),
            customer: CustomerId::new(format!("seeded-{c}")),
        };
        let requested = start + TimeDelta::milliseconds(dice.below(month_ms));
        let ms = |ms: i64| TimeDelta::milliseconds(ms);
        let agent = |d: &mut Dice| AgentId::new(format!("agent{}", d.below(agents as i64)));
        let mut episode = Episode::begin(requested);
        episode.conversation_since = Some(requested - ms(dice.below(600_000)));
        let mut at = requested + ms(5_000 + dice.below(600_000));
        episode.change_holder(Some(&agent(&mut dice)), at);
        if dice.below(100) < 85 {
            episode.responded(at + ms(dice.below(300_000)));
        }
        if dice.below(100) < 10 {
            at += ms(dice.below(900_000));
            episode.change_holder(Some(&agent(&mut dice)), at);
        }
        let ended = at + ms(60_000 + dice.below(1_800_000));
        let last = episode.holder().cloned();
        let whose = Whose {
            company_id: key.company.clone(),
            page_id: key.page.clone(),
            customer_id: key.customer.clone(),
        };
        let mut record = episode.finish(whose, ended, Ending::ReturnedToBot);
        if dice.below(100) < 50 {
            let answered = dice.below(100) < 60;
            record.csat = Some(Csat {
                agent_id: last,
                asked_at: ended,
                score: answered.then(|| 1 + dice.below(5) as u8),
                answered_at: answered.then_some(ended + ms(60_000)),
            });
        }
        versions[c] += 1;
        let version = versions[c];
        ops.push(WriteOp::Customer(Box::new(CustomerWrite {
            customer: Customer {
                version,
                conversation_since: record.conversation_since,
                ..Customer::new(&key, "Bench Page", requested, ended)
            },
            expected_version: version - 1,
            messages: Vec::new(),
            require_new: false,
            audit: None,
            handoff: Some(record),
            conversation: true,
        })));
        if ops.len() == BATCH || n + 1 == count {
            commit_seeded(&store, std::mem::take(&mut ops)).await?;
        }
    }
    Ok(())
}

/// Commits seeding writes; every one must apply.
pub async fn commit_seeded(store: &EmbeddedStore, ops: Vec<WriteOp>) -> Result<(), String> {
    for result in store.commit(ops).await {
        match result {
            Ok(WriteResult::Applied) => {}
            other => return Err(format!("seed: a write answered {other:?}")),
        }
    }
    Ok(())
}
