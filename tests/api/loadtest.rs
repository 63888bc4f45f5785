//! The load generator works end to end: small runs of each scenario against the real
//! server it starts. Only its correctness figures are checked here, never its speed
//! (timings belong to docs/benchmarks.md, not to `cargo test`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock, PoisonError};

/// Each scenario loads the machine on purpose: run side by side on two cores, they starve
/// each other's servers. They take turns.
static ONE_SCENARIO_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The `loadtest` executable, built once per test run.
///
/// It is another package of the workspace (tests/loadtest), so cargo does not build it for
/// this test binary the way it builds the server: the test asks cargo for it, which keeps it
/// current however the tests were started, and takes its path from cargo's own report.
fn loadtest_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let mut build = Command::new(cargo);
        build
            .args([
                "build",
                "--package",
                "handoff-loadtest",
                "--bin",
                "loadtest",
            ])
            .args([
                "--message-format",
                "json-render-diagnostics",
                "--manifest-path",
            ])
            .arg(&manifest);
        if !cfg!(debug_assertions) {
            build.arg("--release");
        }
        let output = build.output().expect("run cargo build for loadtest");
        assert!(
            output.status.success(),
            "cargo build --package handoff-loadtest failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["reason"] == "compiler-artifact")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the loadtest executable")
    })
}

/// Runs `loadtest` with `args`; its exit status and the JSON summary it printed last.
fn loadtest(args: &[&str]) -> (bool, Value) {
    // A failed scenario must not stop the others: the lock guards no data.
    let _turn = ONE_SCENARIO_AT_A_TIME
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let output = Command::new(loadtest_binary())
        .args(args)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .output()
        .expect("run loadtest");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout
        .lines()
        .last()
        .and_then(|line| serde_json::from_str(line).ok())
        .unwrap_or_else(|| {
            panic!(
                "no JSON summary; stdout {stdout:?}, stderr {:?}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
    (output.status.success(), summary)
}

#[test]
fn the_race_scenario_finds_exactly_one_winner_per_customer() {
    let (ok, summary) = loadtest(&["race", "--customers", "20", "--agents", "6"]);
    assert!(ok, "{summary}");
    assert_eq!(summary["scenario"], "race");
    assert_eq!(summary["processes"], 1, "{summary}");
    assert_eq!(summary["graph_latency_ms"], 100, "{summary}");
    assert_eq!(summary["passed"], true, "{summary}");
    assert_eq!(summary["customers_with_one_winner"], 20, "{summary}");
    assert_eq!(summary["max_winners_per_customer"], 1, "{summary}");
    assert_eq!(
        summary["losers_answered_already_assigned"],
        20 * 5,
        "{summary}"
    );
    assert_eq!(summary["other_errors"], 0, "{summary}");
}

/// The race across two server processes sharing one MongoDB (the suite's, when it runs
/// against one): still exactly one winner per customer, every loser answered.
#[test]
fn the_race_across_two_processes_on_one_mongodb_finds_one_winner() {
    let Some(uri) = crate::helpers::mongodb_uri() else {
        return;
    };
    let (ok, summary) = loadtest(&[
        "race",
        "--customers",
        "20",
        "--agents",
        "6",
        "--processes",
        "2",
        "--mongodb-uri",
        &uri,
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["processes"], 2, "{summary}");
    assert_eq!(summary["store"], "mongodb", "{summary}");
    assert_eq!(summary["customers_with_one_winner"], 20, "{summary}");
    assert_eq!(summary["max_winners_per_customer"], 1, "{summary}");
    assert_eq!(
        summary["losers_answered_already_assigned"],
        20 * 5,
        "{summary}"
    );
    assert_eq!(summary["other_errors"], 0, "{summary}");
}

#[test]
fn the_ingest_scenario_is_answered_and_broadcast() {
    let (ok, summary) = loadtest(&[
        "ingest",
        "--messages",
        "300",
        "--customers",
        "30",
        "--agents",
        "3",
        "--concurrency",
        "8",
        "--graph-latency-ms",
        "20",
        "--compare-graph-latency-ms",
        "200",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["scenario"], "ingest");
    assert_eq!(summary["errors"], 0, "{summary}");
    assert_eq!(summary["graph_latency_ms"], 20, "{summary}");
    assert_eq!(summary["compare_graph_latency_ms"], 200, "{summary}");
    for figure in [
        "baseline_per_s",
        "ours_per_s",
        "ratio",
        "writes_per_commit",
        "compare_per_s",
        "graph_slow_over_fast",
    ] {
        assert!(
            summary[figure].as_f64().is_some_and(|v| v > 0.0),
            "{figure} in {summary}"
        );
    }
    // Every agent hears about at least every measured customer message.
    for broadcasts in ["broadcasts_received", "compare_broadcasts_received"] {
        assert!(
            summary[broadcasts].as_u64().unwrap() >= 3 * 300,
            "{broadcasts} in {summary}"
        );
    }
}

#[test]
fn the_ingest_scenario_compares_focused_agents_with_none() {
    let (ok, summary) = loadtest(&[
        "ingest",
        "--messages",
        "300",
        "--customers",
        "30",
        "--agents",
        "0",
        "--compare-agents",
        "3",
        "--feeds",
        "focused",
        "--concurrency",
        "8",
        "--graph-latency-ms",
        "20",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["errors"], 0, "{summary}");
    assert_eq!(summary["feeds"], "focused", "{summary}");
    assert_eq!(summary["compare_agents"], 3, "{summary}");
    assert!(
        summary["agents_over_none"]
            .as_f64()
            .is_some_and(|v| v > 0.0),
        "{summary}"
    );
    // Customers with the bot: their messages reach no focused console (with the full feed
    // each of the three would hear every one of the 300, and the bot's answers).
    let heard = summary["compare_broadcasts_received"].as_u64().unwrap();
    assert!(heard < 300, "{heard} broadcasts in {summary}");
}

/// `loadtest serve` in the background; interrupted when dropped, as Ctrl-C would (a kill
/// would leave the server it started behind).
struct Served(std::process::Child);

impl Drop for Served {
    fn drop(&mut self) {
        let interrupted = Command::new("kill")
            .args(["-INT", &self.0.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if !interrupted {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

#[test]
fn the_ingest_scenario_drives_a_server_already_running() {
    use std::io::BufRead;
    let mut served = Served(
        Command::new(loadtest_binary())
            .args(["serve", "--agents", "2", "--graph-latency-ms", "10"])
            .env("NO_PROXY", "127.0.0.1,localhost")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("run loadtest serve"),
    );
    let stdout = served.0.stdout.take().expect("stdout");
    let mut first = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut first)
        .expect("serve says where it listens");
    let url = serde_json::from_str::<Value>(&first).expect("json")["serving"]
        .as_str()
        .expect("its address")
        .to_owned();
    let (ok, summary) = loadtest(&[
        "ingest",
        "--url",
        &url,
        "--agents",
        "2",
        "--messages",
        "200",
        "--customers",
        "20",
        "--concurrency",
        "8",
        "--graph-latency-ms",
        "10",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["url"], url.as_str(), "{summary}");
    assert_eq!(summary["errors"], 0, "{summary}");
    // Both agents of the running server heard every measured message.
    assert!(
        summary["broadcasts_received"].as_u64().unwrap() >= 2 * 200,
        "{summary}"
    );
}

#[test]
fn the_fanout_scenario_delivers_every_event_once_to_every_connection() {
    let (ok, summary) = loadtest(&[
        "fanout",
        "--connections",
        "30",
        "--logins",
        "3",
        "--events",
        "12",
        "--rate",
        "40",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["deliveries_expected"], 30 * 12, "{summary}");
    assert_eq!(summary["delivered"], 30 * 12, "{summary}");
    assert_eq!(summary["lost"], 0, "{summary}");
    assert_eq!(summary["duplicated"], 0, "{summary}");
    assert_eq!(summary["graph_latency_ms"], 100, "{summary}");
}

#[test]
fn the_idle_and_durability_scenarios_report_their_figures() {
    let (ok, idle) = loadtest(&["idle", "--sessions", "20", "--logins", "2"]);
    assert!(ok, "{idle}");
    assert_eq!(idle["sessions"], 20, "{idle}");
    assert_eq!(idle["graph_latency_ms"], 100, "{idle}");
    assert!(idle["rss_before_bytes"].as_u64().unwrap() > 0, "{idle}");
    assert!(idle["bytes_per_session"].as_f64().is_some(), "{idle}");

    let (ok, durability) = loadtest(&["durability", "--messages", "200", "--concurrency", "8"]);
    assert!(ok, "{durability}");
    assert_eq!(durability["errors"], 0, "{durability}");
    assert_eq!(durability["graph_latency_ms"], 100, "{durability}");
    // Read from the server's counters: every commit carries at least one write, and the
    // messages went through commits.
    assert!(
        durability["writes_per_commit"].as_f64().unwrap() >= 1.0,
        "{durability}"
    );
    assert!(
        durability["messages_per_commit"].as_f64().unwrap() > 0.0,
        "{durability}"
    );
}

#[test]
fn the_flood_scenario_keeps_every_colleague_informed() {
    let (ok, summary) = loadtest(&[
        "flood",
        "--colleagues",
        "3",
        "--seconds",
        "2",
        "--rate",
        "10",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["scenario"], "flood");
    assert_eq!(summary["events_missing"], 0, "{summary}");
    assert_eq!(summary["colleagues_closed"], 0, "{summary}");
    assert_eq!(summary["webhook_errors"], 0, "{summary}");
    assert!(
        summary["flood_rate_limited"].as_u64().unwrap() > 0,
        "the flooder is told rate_limited: {summary}"
    );
    for figure in ["quiet_after_post_p99_ms", "flood_after_post_p99_ms"] {
        assert!(summary[figure].as_f64().is_some(), "{figure} in {summary}");
    }
}

#[test]
fn the_dashboard_scenario_counts_every_handoff_seeded() {
    let (ok, summary) = loadtest(&[
        "dashboard",
        "--handoffs",
        "3000",
        "--agents",
        "5",
        "--requests",
        "2",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["scenario"], "dashboard");
    assert_eq!(summary["handoffs"], 3000);
    for figure in ["month_p50_ms", "hour_p50_ms", "agent_month_p50_ms"] {
        assert!(summary[figure].as_f64().is_some(), "{figure} in {summary}");
    }
}

#[test]
fn the_lists_scenario_counts_every_customer_seeded() {
    let (ok, summary) = loadtest(&[
        "lists",
        "--customers",
        "2000",
        "--waiting",
        "40",
        "--requests",
        "3",
        "--ingest-rate",
        "20",
    ]);
    assert!(ok, "{summary}");
    assert_eq!(summary["scenario"], "lists");
    assert_eq!(summary["customers"], 2000);
    for figure in [
        "queue_p99_ms",
        "list_p99_ms",
        "list_deep_p99_ms",
        "list_baseline_p50_ms",
    ] {
        assert!(summary[figure].as_f64().is_some(), "{figure} in {summary}");
    }
}
