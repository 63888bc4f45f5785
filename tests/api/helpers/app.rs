//! The application under test: starts the real `handoff` binary on port 0 with a fresh
//! data dir, a tenants file and its own Graph stand-in; restarts it on the same store.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use tempfile::TempDir;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use super::graph::GraphStandIn;
use super::http::http_client;
use super::mongodb::{fresh_database, mongodb_uri};
use super::payloads::{APP_ID, APP_SECRET, VERIFY_TOKEN};
use super::tenants::Tenants;
use super::READY_TIMEOUT;

/// The server binary cargo built for these tests.
pub fn binary_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_handoff"))
}

fn test_log() -> bool {
    std::env::var_os("TEST_LOG").is_some()
}

#[derive(Default)]
pub struct AppOptions {
    /// Extra agents in `acme` (`agent01`, `agent02`, ...).
    pub extra_acme_agents: usize,
    /// Extra environment for the server (e.g. `LLM_BASE_URL`).
    pub env: Vec<(String, String)>,
    /// Run with `--demo` (demo tenant added, outbound messages to the simulator).
    pub demo: bool,
    /// With MongoDB: use this database (another test app's) instead of a fresh one.
    pub database: Option<String>,
    /// Use this MongoDB instead of the suite's `MONGODB_URI` (a fresh database in it).
    pub mongodb_uri: Option<String>,
    /// Keep the server's whole log (stderr) in a file, for `TestApp::log`.
    pub keep_log: bool,
}

pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub port: u16,
    /// A client without a cookie store: tests pass the bearer token explicitly.
    pub http: reqwest::Client,
    pub graph: GraphStandIn,
    pub tenants: Tenants,
    // Field order matters: the child is killed (on drop) before its data dir is removed.
    child: Child,
    data_dir: TempDir,
    _config_dir: TempDir,
    tenants_path: PathBuf,
    launch: Launch,
}

/// How the server process is started (kept for restarts).
#[derive(Clone, Default)]
struct Launch {
    env: Vec<(String, String)>,
    demo: bool,
    /// The MongoDB to use, if any, and the test's own database in it (kept across restarts).
    mongodb_uri: Option<String>,
    mongodb_database: Option<String>,
    /// Where the server's stderr goes, if kept.
    log_file: Option<PathBuf>,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(AppOptions::default()).await
}

pub async fn spawn_app_with(options: AppOptions) -> TestApp {
    let tenants = Tenants::fixture(options.extra_acme_agents);
    let graph = GraphStandIn::start(&tenants).await;
    let data_dir = tempfile::tempdir().expect("create temp data dir");
    let config_dir = tempfile::tempdir().expect("create temp config dir");
    let tenants_path = config_dir.path().join("tenants.toml");
    std::fs::write(&tenants_path, tenants.to_toml()).expect("write tenants file");
    let launch = Launch {
        env: options.env.clone(),
        demo: options.demo,
        mongodb_uri: options.mongodb_uri.clone().or_else(mongodb_uri),
        mongodb_database: options
            .mongodb_uri
            .clone()
            .or_else(mongodb_uri)
            .map(|_| options.database.clone().unwrap_or_else(fresh_database)),
        log_file: options
            .keep_log
            .then(|| config_dir.path().join("server.log")),
    };
    let (child, port) = start_server(data_dir.path(), &tenants_path, &graph.uri(), &launch).await;
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        http: http_client(false),
        graph,
        tenants,
        child,
        data_dir,
        _config_dir: config_dir,
        tenants_path,
        launch,
    }
}

async fn start_server(
    data_dir: &Path,
    tenants: &Path,
    graph_uri: &str,
    launch: &Launch,
) -> (Child, u16) {
    let log = test_log();
    let bin = binary_path();
    let mut cmd = Command::new(&bin);
    cmd.arg("serve");
    if launch.demo {
        cmd.arg("--demo");
    }
    cmd.env("HANDOFF_BIND", "127.0.0.1:0")
        .env("HANDOFF_DATA_DIR", data_dir)
        .env("HANDOFF_TENANTS", tenants)
        .env("FB_APP_SECRET", APP_SECRET)
        .env("FB_VERIFY_TOKEN", VERIFY_TOKEN)
        .env("FB_APP_ID", APP_ID.to_string())
        .env("GRAPH_API_BASE", graph_uri)
        .env("RUST_LOG", if log { "info" } else { "error" })
        // A demo starts empty here; the test of the demo's history asks for it.
        .env("HANDOFF_DEMO_HISTORY", "0")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost");
    for key in [
        "MONGODB_URI",
        "MONGODB_DATABASE",
        "HANDOFF_DEMO",
        "HANDOFF_ALLOWED_ORIGINS",
        "HANDOFF_SESSION_TTL_HOURS",
        "LLM_BASE_URL",
        "LLM_MODEL",
        "LLM_API_KEY",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        cmd.env_remove(key);
    }
    if let (Some(uri), Some(database)) = (&launch.mongodb_uri, &launch.mongodb_database) {
        cmd.env("MONGODB_URI", uri)
            .env("MONGODB_DATABASE", database);
    }
    for (key, value) in &launch.env {
        cmd.env(key, value);
    }
    let stderr = match &launch.log_file {
        Some(path) => Stdio::from(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .expect("open the server's log file"),
        ),
        None if log => Stdio::inherit(),
        None => Stdio::null(),
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .kill_on_drop(true);
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the server binary {}: {e}", bin.display()));
    let stdout = child.stdout.take().expect("child stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let ready = tokio::time::timeout(READY_TIMEOUT, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if log {
                println!("[server stdout] {line}");
            }
            let line = line.trim();
            let rest = line
                .strip_prefix("listening on http://")
                .or_else(|| line.strip_prefix("listening on https://"));
            if let Some(rest) = rest {
                let addr: std::net::SocketAddr = rest
                    .trim_end_matches('/')
                    .parse()
                    .unwrap_or_else(|e| panic!("cannot parse listening line {line:?}: {e}"));
                return Some(addr.port());
            }
        }
        None
    })
    .await;
    let port = match ready {
        Ok(Some(port)) => port,
        Ok(None) => panic!(
            "the server exited before printing `listening on http://...` (run with TEST_LOG=1 to see its logs)"
        ),
        Err(_) => panic!(
            "the server did not print `listening on http://...` within {READY_TIMEOUT:?} (run with TEST_LOG=1)"
        ),
    };
    // Keep draining stdout so the pipe never fills and blocks the server.
    tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            if log {
                println!("[server stdout] {line}");
            }
        }
    });
    (child, port)
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub fn ws_url(&self) -> String {
        format!("ws://127.0.0.1:{}/ws", self.port)
    }

    /// Everything the server logged so far (with `AppOptions::keep_log`).
    pub fn log(&self) -> String {
        let path = self
            .launch
            .log_file
            .as_ref()
            .expect("started with keep_log");
        std::fs::read_to_string(path).unwrap_or_default()
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id().expect("the server runs")
    }

    /// The MongoDB database this server uses (`None` on the embedded store).
    pub fn database(&self) -> Option<String> {
        self.launch.mongodb_database.clone()
    }

    /// Rewrites the tenants file with `change` applied, then restarts the server on it.
    pub async fn restart_with_tenants(&mut self, change: impl FnOnce(&mut Tenants)) {
        change(&mut self.tenants);
        std::fs::write(&self.tenants_path, self.tenants.to_toml()).expect("rewrite tenants file");
        self.restart().await;
    }

    /// Restarts the server on the same store without `--demo` (and, when `tenants_file` is
    /// false, without a tenants file), as a production start after a demo would.
    pub async fn restart_in_production(&mut self, tenants_file: bool) {
        self.launch.demo = false;
        if !tenants_file {
            self.launch
                .env
                .push(("HANDOFF_TENANTS".to_owned(), String::new()));
        }
        self.restart().await;
    }

    /// SIGKILL the server (a harsh crash), then start it again on the same data dir.
    pub async fn restart(&mut self) {
        self.child.kill().await.expect("kill the server");
        let (child, port) = start_server(
            self.data_dir.path(),
            &self.tenants_path,
            &self.graph.uri(),
            &self.launch,
        )
        .await;
        self.child = child;
        self.port = port;
        self.address = format!("http://127.0.0.1:{port}");
    }
}
