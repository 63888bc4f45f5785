//! The load generator (`cargo run --release -p handoff-loadtest -- <scenario>`): starts the server
//! (or, for `ingest`, targets `--url`, a server started by `loadtest serve`, perhaps
//! pinned to other cores), drives it over loopback, stops by itself, and prints one JSON
//! summary line. Every measurement runs its baseline in the same invocation and reports
//! the ratio, because on a shared machine only side-by-side figures mean anything
//! (docs/benchmarks.md).
//!
//! Scenarios: `ingest` (signed webhooks against a bare HMAC-checking server as the
//! baseline, with agents connected and receiving the broadcasts), `race` (every agent
//! assigns every customer at once: exactly one winner per customer, every loser answered,
//! or the run fails), `fanout` (every event reaches every connection once, and how fast),
//! `idle` (memory per idle connection), `durability` (messages per store commit at full
//! rate), `flood` (a colleague's `agent_requested` delay while one agent floods presence)
//! `dashboard` (the 30-day metrics report over a month of handoffs) and `lists` (the queue
//! and the customer list of a company of 100 000, against one of 100).

mod client;
mod dashboard;
mod fanout;
mod flood;
mod idle;
mod ingest;
mod lists;
mod race;
mod spawn;
mod stats;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "loadtest", about = "Load generator for handoff")]
struct Cli {
    #[command(subcommand)]
    scenario: Scenario,
}

#[derive(Subcommand)]
enum Scenario {
    /// Signed webhook POSTs with distinct mids over many customers, against the baseline.
    Ingest(ingest::Options),
    /// Customers ask for a person; every agent assigns every customer at once.
    Race(race::Options),
    /// Many agent connections; every injected event must reach each exactly once.
    Fanout(fanout::Options),
    /// Memory per idle agent connection.
    Idle(idle::Options),
    /// Webhooks at full rate, no agents: messages per store commit.
    Durability(ingest::DurabilityOptions),
    /// One agent floods presence; colleagues' `agent_requested` delay against a quiet run.
    Flood(flood::Options),
    /// A month of finished handoffs in the embedded store; the 30-day report's time against
    /// the last hour's.
    Dashboard(dashboard::Options),
    /// A company of many customers; its queue and list reads against a small company's,
    /// while webhooks arrive.
    Lists(lists::Options),
    /// The bench company's server and a Graph stand-in, until interrupted: for `--url`.
    Serve(spawn::ServeOptions),
    /// Internal: run the server (the parent sets its environment).
    #[command(name = "__serve", hide = true)]
    ServeChild,
    /// Internal: run the baseline server.
    #[command(name = "__baseline", hide = true)]
    Baseline,
}

fn main() {
    let cli = Cli::parse();
    let outcome = match cli.scenario {
        Scenario::Serve(options) => runtime().block_on(spawn::serve(options)),
        Scenario::ServeChild => actix_web::rt::System::new().block_on(async {
            let serve = handoff::cli::Cli::parse_from(["handoff", "serve"]);
            handoff::cli::run(serve).await
        }),
        Scenario::Baseline => actix_web::rt::System::new().block_on(spawn::run_baseline()),
        Scenario::Ingest(options) => runtime().block_on(ingest::run(options)),
        Scenario::Race(options) => runtime().block_on(race::run(options)),
        Scenario::Fanout(options) => runtime().block_on(fanout::run(options)),
        Scenario::Idle(options) => runtime().block_on(idle::run(options)),
        Scenario::Durability(options) => runtime().block_on(ingest::durability(options)),
        Scenario::Flood(options) => runtime().block_on(flood::run(options)),
        Scenario::Dashboard(options) => runtime().block_on(dashboard::run(options)),
        Scenario::Lists(options) => runtime().block_on(lists::run(options)),
    };
    if let Err(err) = outcome {
        eprintln!("loadtest: {err}");
        std::process::exit(1);
    }
}

/// The load generator's own runtime: all cores, like the clients it stands for.
fn runtime() -> tokio::runtime::Runtime {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("loadtest: cannot start a runtime: {err}");
            std::process::exit(1);
        }
    }
}
