//! Test harness: starts the real `handoff` binary as a subprocess on port 0 with a fresh
//! data dir, a tenants file and a local Graph API stand-in, then talks to it over real HTTP
//! and WebSocket connections. Nothing here reaches the internet.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use tempfile::TempDir;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::Request as WsRequest;
use tokio_tungstenite::tungstenite::http::header::{AUTHORIZATION, COOKIE, ORIGIN};
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

pub const APP_SECRET: &str = "test-app-secret-5f1c9a";
pub const VERIFY_TOKEN: &str = "test-verify-token-77";
/// Our own Facebook app id; echoes carrying it are ours and must be ignored.
pub const APP_ID: u64 = 4_242_424_242;
/// Meta's Page Inbox app: an echo from it means a human answered from Meta's inbox.
pub const PAGE_INBOX_APP_ID: u64 = 263_902_037_430_900;

pub const HUMAN_REQUEST: &str = "I want to speak to a human";
pub const NOTIFIED_TEXT: &str = "I've notified our team. Someone will assist you shortly.";
pub const PLAIN_QUESTION: &str = "what are your opening hours?";

/// How long to wait for anything asynchronous (frames, Graph calls, state changes).
pub const WAIT: Duration = Duration::from_secs(20);
const READY_TIMEOUT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(100);

/// Server-to-client frame types that are broadcasts rather than replies.
pub const BROADCAST_TYPES: &[&str] = &[
    "agent_requested",
    "agent_assignment_changed",
    "customer_stop_status_changed",
    "new_message",
    "agent_availability_changed",
];

pub const SEED_FIELDS: &[&str] = &[
    "customer_id",
    "customer_name",
    "first_name",
    "last_name",
    "page_id",
    "page_name",
    "company_id",
    "message_count",
    "last_message",
    "last_seen",
    "first_seen",
    "stop",
    "stopped_at",
    "agent_name",
    "agent_id",
    "agent_email",
    "assigned_at",
    "created_at",
    "updated_at",
];

/// The MongoDB the suite runs against, if any (`MONGODB_URI` in the test environment):
/// every test server then uses its own fresh database there instead of the embedded store.
pub fn mongodb_uri() -> Option<String> {
    std::env::var("MONGODB_URI")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A database name no other test (of this run or an earlier one) uses.
pub fn fresh_database() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "handoff_t{}_{}_{nanos}",
        std::process::id(),
        UNIQUE.fetch_add(1, Ordering::Relaxed)
    )
}

/// The server binary cargo built for these tests.
pub fn binary_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_handoff"))
}

fn test_log() -> bool {
    std::env::var_os("TEST_LOG").is_some()
}

static UNIQUE: AtomicU64 = AtomicU64::new(1);

/// A value unique within this test process (mids, PSIDs, request ids).
pub fn unique(prefix: &str) -> String {
    format!("{prefix}{}", UNIQUE.fetch_add(1, Ordering::Relaxed))
}

/// A fresh Page-scoped id; numeric like Facebook's.
pub fn new_psid() -> String {
    format!(
        "{}",
        7_000_000_000_000_000u64 + UNIQUE.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

pub const HOUR_MS: i64 = 3_600_000;
pub const DAY_MS: i64 = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Tenants fixture
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
pub struct AgentFixture {
    pub id: String,
    pub name: String,
    pub email: String,
    pub password: String,
    pub role: String,
}

#[derive(Clone, Debug)]
pub struct PageFixture {
    pub id: String,
    pub name: String,
    pub token: String,
}

#[derive(Clone, Debug)]
pub struct CompanyFixture {
    pub id: String,
    pub name: String,
    pub pages: Vec<PageFixture>,
    pub agents: Vec<AgentFixture>,
}

#[derive(Clone, Debug)]
pub struct Tenants {
    pub companies: Vec<CompanyFixture>,
}

fn agent(company: &str, id: &str, name: &str, role: &str) -> AgentFixture {
    AgentFixture {
        id: id.to_string(),
        name: name.to_string(),
        email: format!("{id}@{company}.test"),
        password: format!("pw {id} correct horse"),
        role: role.to_string(),
    }
}

fn page(id: &str, name: &str) -> PageFixture {
    PageFixture {
        id: id.to_string(),
        name: name.to_string(),
        token: format!("EAAB-page-token-{id}"),
    }
}

impl Tenants {
    /// acme: pages 1001/1002, alice + bob (agents), carol (admin), plus `extra_acme_agents`
    /// agents `agent01..`; globex: page 2001, gina (agent), gus (admin).
    pub fn fixture(extra_acme_agents: usize) -> Self {
        let mut acme_agents = vec![
            agent("acme", "alice", "Alice Smith", "agent"),
            agent("acme", "bob", "Bob Jones", "agent"),
            agent("acme", "carol", "Carol Admin", "admin"),
        ];
        for i in 1..=extra_acme_agents {
            let id = format!("agent{i:02}");
            acme_agents.push(agent("acme", &id, &format!("Agent Number {i:02}"), "agent"));
        }
        Tenants {
            companies: vec![
                CompanyFixture {
                    id: "acme".into(),
                    name: "Acme Inc".into(),
                    pages: vec![page("1001", "Acme Store"), page("1002", "Acme Outlet")],
                    agents: acme_agents,
                },
                CompanyFixture {
                    id: "globex".into(),
                    name: "Globex Corp".into(),
                    pages: vec![page("2001", "Globex Shop")],
                    agents: vec![
                        agent("globex", "gina", "Gina Globex", "agent"),
                        agent("globex", "gus", "Gus Globex", "admin"),
                    ],
                },
            ],
        }
    }

    pub fn to_toml(&self) -> String {
        fn s(v: &str) -> String {
            format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
        }
        let mut out = String::new();
        for c in &self.companies {
            out.push_str(&format!(
                "[[company]]\nid = {}\nname = {}\n\n",
                s(&c.id),
                s(&c.name)
            ));
            for p in &c.pages {
                out.push_str(&format!(
                    "  [[company.page]]\n  id = {}\n  name = {}\n  access_token = {}\n\n",
                    s(&p.id),
                    s(&p.name),
                    s(&p.token)
                ));
                if p.id == FAQ_PAGE {
                    out.push_str(&format!(
                        "    [[company.page.faq]]\n    keywords = [\"opening hours\", \"open\"]\n    answer = {}\n\n",
                        s(FAQ_HOURS_ANSWER)
                    ));
                }
            }
            for a in &c.agents {
                out.push_str(&format!(
                    "  [[company.agent]]\n  id = {}\n  name = {}\n  email = {}\n  password = {}\n  role = {}\n\n",
                    s(&a.id),
                    s(&a.name),
                    s(&a.email),
                    s(&a.password),
                    s(&a.role)
                ));
            }
        }
        out
    }

    pub fn agent(&self, id: &str) -> &AgentFixture {
        self.companies
            .iter()
            .flat_map(|c| c.agents.iter())
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("no agent {id:?} in the tenants fixture"))
    }

    pub fn company(&self, id: &str) -> &CompanyFixture {
        self.companies
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no company {id:?} in the tenants fixture"))
    }

    fn page_tokens(&self) -> HashMap<String, String> {
        self.companies
            .iter()
            .flat_map(|c| c.pages.iter())
            .map(|p| (p.id.clone(), p.token.clone()))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// The application under test
// ---------------------------------------------------------------------------------------------

/// The fixture page whose bot has FAQ answers (the others use the default answer).
pub const FAQ_PAGE: &str = "1002";
pub const FAQ_HOURS_ANSWER: &str = "We are open 9:00 to 18:00, Monday to Saturday.";

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

pub fn http_client(cookies: bool) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .cookie_store(cookies)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build reqwest client")
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

/// One HTTP answer, body kept both as text and (when it parses) as JSON.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub body: Value,
}

impl Resp {
    pub async fn from_response(r: reqwest::Response) -> Resp {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let text = r.text().await.expect("read response body");
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Resp {
            status,
            headers,
            text,
            body,
        }
    }

    /// Asserts a 2xx answer and returns its JSON body.
    #[track_caller]
    pub fn ok(&self, what: &str) -> &Value {
        assert!(
            (200..300).contains(&self.status),
            "{what}: expected 2xx, got {} with body {}",
            self.status,
            self.text
        );
        &self.body
    }

    /// Asserts the contract's REST error shape `{"error":{"code","message"}}`, the status
    /// and the code; returns the message.
    #[track_caller]
    pub fn error(&self, status: u16, code: &str, what: &str) -> String {
        assert_eq!(
            self.status, status,
            "{what}: expected HTTP {status} {code}, got {} with body {}",
            self.status, self.text
        );
        assert_error_shape(&self.body, what);
        assert_eq!(
            self.body["error"]["code"], code,
            "{what}: wrong error code in {}",
            self.text
        );
        self.body["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
}

/// `{"error":{"code":"...","message":"..."}}` and nothing else at the top level; the error
/// object may only add `data` (used by `messenger_error`).
#[track_caller]
pub fn assert_error_shape(body: &Value, what: &str) {
    let top = body
        .as_object()
        .unwrap_or_else(|| panic!("{what}: error body is not a JSON object: {body}"));
    assert_eq!(
        top.keys().collect::<Vec<_>>(),
        vec!["error"],
        "{what}: error body must only hold `error`: {body}"
    );
    let err = top["error"]
        .as_object()
        .unwrap_or_else(|| panic!("{what}: `error` is not an object: {body}"));
    assert!(
        err["code"].is_string(),
        "{what}: error.code missing: {body}"
    );
    assert!(
        err.get("message").is_some_and(Value::is_string),
        "{what}: error.message missing: {body}"
    );
    for k in err.keys() {
        assert!(
            ["code", "message", "data"].contains(&k.as_str()),
            "{what}: unexpected key {k:?} in error object: {body}"
        );
    }
}

/// A logged-in agent.
#[derive(Clone, Debug)]
pub struct Session {
    pub token: String,
    pub agent: Value,
    /// `name=value` of the session cookie from `Set-Cookie`.
    pub cookie: Option<String>,
}

impl Session {
    pub fn agent_id(&self) -> &str {
        self.agent["id"].as_str().unwrap_or_default()
    }
}

/// The REST answers for one customer may be the customer itself or `{"customer": {...}}`.
pub fn customer_of(v: &Value) -> &Value {
    if v["customer"].is_object() {
        &v["customer"]
    } else {
        v
    }
}

/// `/api/auth/me` may answer the agent itself or `{"agent": {...}}`.
pub fn agent_of(v: &Value) -> &Value {
    if v["agent"].is_object() {
        &v["agent"]
    } else {
        v
    }
}

#[track_caller]
pub fn parse_ts(v: &Value, what: &str) -> DateTime<Utc> {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("{what}: expected an RFC 3339 timestamp, got {v}"));
    DateTime::parse_from_rfc3339(s)
        .unwrap_or_else(|e| panic!("{what}: {s:?} is not RFC 3339: {e}"))
        .with_timezone(&Utc)
}

pub fn ts_from_ms(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).expect("valid millisecond timestamp")
}

/// Two instants equal to within a second (stores may drop sub-second precision).
#[track_caller]
pub fn assert_close(a: DateTime<Utc>, b: DateTime<Utc>, what: &str) {
    let diff = (a - b).num_milliseconds().abs();
    assert!(diff <= 1000, "{what}: {a} and {b} differ by {diff} ms");
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub fn ws_url(&self) -> String {
        format!("ws://127.0.0.1:{}/ws", self.port)
    }

    /// SIGKILL the server (a harsh crash), then start it again on the same data dir.
    /// The MongoDB database this server uses (`None` on the embedded store).
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

    pub async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Resp {
        let mut rb = self.http.request(method, self.url(path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(b);
        }
        Resp::from_response(rb.send().await.expect("HTTP request to the server")).await
    }

    /// A request with a raw body, sent as `application/json`.
    pub async fn request_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &str,
    ) -> Resp {
        let mut rb = self
            .http
            .request(method, self.url(path))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        Resp::from_response(rb.send().await.expect("HTTP request to the server")).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.request(reqwest::Method::GET, path, Some(token), None)
            .await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Resp {
        self.request(reqwest::Method::PUT, path, Some(token), Some(&body))
            .await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.request(reqwest::Method::POST, path, Some(token), Some(&body))
            .await
    }

    pub async fn get_anon(&self, path: &str) -> Resp {
        self.request(reqwest::Method::GET, path, None, None).await
    }

    // ---- auth ----------------------------------------------------------------------------

    /// POST /api/auth/login.
    pub async fn login_raw(&self, email: &str, password: &str) -> Resp {
        let body = json!({"email": email, "password": password});
        self.request(reqwest::Method::POST, "/api/auth/login", None, Some(&body))
            .await
    }

    /// Logs in an agent of the fixture by id.
    pub async fn login(&self, agent_id: &str) -> Session {
        let a = self.tenants.agent(agent_id).clone();
        let r = self.login_raw(&a.email, &a.password).await;
        let body = r.ok(&format!("login as {agent_id}")).clone();
        let token = body["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login answer has no token: {}", r.text))
            .to_string();
        let cookie = r
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("handoff_session="))
            .and_then(|v| v.split(';').next())
            .map(str::to_string);
        Session {
            token,
            agent: body["agent"].clone(),
            cookie,
        }
    }

    // ---- webhook -------------------------------------------------------------------------

    pub async fn post_webhook_raw(&self, body: Vec<u8>, signature: Option<&str>) -> Resp {
        let mut rb = self
            .http
            .post(self.url("/webhook"))
            .header("content-type", "application/json")
            .body(body);
        if let Some(sig) = signature {
            rb = rb.header("X-Hub-Signature-256", sig);
        }
        Resp::from_response(rb.send().await.expect("POST /webhook")).await
    }

    /// Posts a correctly signed webhook and asserts `200`.
    pub async fn deliver(&self, payload: &Value) {
        let body = serde_json::to_vec(payload).expect("serialise webhook payload");
        self.deliver_bytes(body).await;
    }

    pub async fn deliver_bytes(&self, body: Vec<u8>) {
        let sig = sign(&body);
        let r = self.post_webhook_raw(body, Some(&sig)).await;
        assert_eq!(
            r.status, 200,
            "signed webhook delivery was not acknowledged: {} {}",
            r.status, r.text
        );
    }

    /// A customer message on `page` from `psid`, timestamped now. Returns its `mid`.
    pub async fn customer_says(&self, page: &str, psid: &str, text: &str) -> String {
        self.customer_says_at(page, psid, text, now_ms()).await
    }

    pub async fn customer_says_at(&self, page: &str, psid: &str, text: &str, ts: i64) -> String {
        let mid = unique("m_test_");
        self.deliver(&page_payload(
            page,
            vec![message_event(page, psid, &mid, text, ts)],
        ))
        .await;
        mid
    }

    // ---- customers -----------------------------------------------------------------------

    pub fn customer_path(psid: &str, page: Option<&str>) -> String {
        match page {
            Some(p) => format!("/api/dashboard/customers/{psid}?page_id={p}"),
            None => format!("/api/dashboard/customers/{psid}"),
        }
    }

    pub async fn get_customer(&self, token: &str, page: &str, psid: &str) -> Resp {
        self.get(&Self::customer_path(psid, Some(page)), token)
            .await
    }

    /// Polls `GET /api/dashboard/customers/{psid}` until `pred` holds; returns the
    /// whole answer (customer fields plus `messages`).
    pub async fn wait_for_customer(
        &self,
        token: &str,
        page: &str,
        psid: &str,
        what: &str,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let r = self.get_customer(token, page, psid).await;
            if r.status == 200 && pred(customer_of(&r.body)) {
                return r.body;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out after {WAIT:?} waiting for customer {psid} on page {page}: {what}; last answer {} {}",
                    r.status, r.text
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The customer asks for a human; waits until the server has set `stop=true`.
    pub async fn request_help(&self, token: &str, page: &str, psid: &str) -> Value {
        self.request_help_at(token, page, psid, now_ms()).await
    }

    pub async fn request_help_at(&self, token: &str, page: &str, psid: &str, ts: i64) -> Value {
        self.customer_says_at(page, psid, HUMAN_REQUEST, ts).await;
        let body = self
            .wait_for_customer(token, page, psid, "stop=true after a human request", |c| {
                c["stop"] == true
            })
            .await;
        customer_of(&body).clone()
    }

    /// A customer who only asked the bot something; waits until it is tracked.
    pub async fn plain_customer(&self, token: &str, page: &str, psid: &str) -> Value {
        self.customer_says(page, psid, PLAIN_QUESTION).await;
        let body = self
            .wait_for_customer(token, page, psid, "customer tracked", |c| {
                c["message_count"].as_u64().unwrap_or(0) >= 1
            })
            .await;
        customer_of(&body).clone()
    }

    pub async fn list_customers(&self, token: &str, query: &str) -> Value {
        let path = if query.is_empty() {
            "/api/dashboard/customers".to_string()
        } else {
            format!("/api/dashboard/customers?{query}")
        };
        let r = self.get(&path, token).await;
        r.ok(&format!("GET {path}")).clone()
    }

    pub async fn set_agent(&self, token: &str, page: &str, psid: &str, agent: Value) -> Resp {
        self.put(
            &format!("/api/dashboard/customers/{psid}/agent"),
            token,
            json!({"agent_id": agent, "page_id": page}),
        )
        .await
    }

    pub async fn send_rest(&self, token: &str, page: &str, psid: &str, text: &str) -> Resp {
        self.post(
            &format!("/api/dashboard/customers/{psid}/message"),
            token,
            json!({"message": text, "page_id": page}),
        )
        .await
    }

    pub async fn set_stop(&self, token: &str, page: &str, psid: &str, stop: bool) -> Resp {
        self.put(
            &format!("/api/dashboard/customers/{psid}/stop"),
            token,
            json!({"stop": stop, "page_id": page}),
        )
        .await
    }

    // ---- websocket -----------------------------------------------------------------------

    /// An upgrade request for `/ws`, with a bearer token when given.
    pub fn ws_request(&self, token: Option<&str>) -> WsRequest {
        let mut req = self
            .ws_url()
            .into_client_request()
            .expect("build WebSocket request");
        if let Some(t) = token {
            req.headers_mut().insert(
                AUTHORIZATION,
                HeaderValue::from_str(&format!("Bearer {t}")).expect("header value"),
            );
        }
        req
    }

    pub fn ws_request_with_cookie(&self, cookie: &str) -> WsRequest {
        let mut req = self.ws_request(None);
        req.headers_mut()
            .insert(COOKIE, HeaderValue::from_str(cookie).expect("header value"));
        req
    }

    pub fn ws_request_with_origin(&self, token: &str, origin: &str) -> WsRequest {
        let mut req = self.ws_request(Some(token));
        req.headers_mut()
            .insert(ORIGIN, HeaderValue::from_str(origin).expect("header value"));
        req
    }

    /// Opens an authenticated WebSocket; panics if the upgrade fails.
    pub async fn ws(&self, session: &Session) -> WsClient {
        let name = session.agent_id().to_string();
        WsClient::connect(self.ws_request(Some(&session.token)), &name)
            .await
            .unwrap_or_else(|e| panic!("WebSocket upgrade for {name} failed: {e}"))
    }
}

/// `sha256=<lowercase hex HMAC-SHA256(app secret, body)>`
pub fn sign(body: &[u8]) -> String {
    sign_with(APP_SECRET, body)
}

pub fn sign_with(secret: &str, body: &[u8]) -> String {
    format!("sha256={}", hmac_hex(secret.as_bytes(), body))
}

pub fn hmac_hex(key: &[u8], msg: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key size");
    mac.update(msg);
    hex::encode(mac.finalize().into_bytes())
}

pub fn message_event(page: &str, psid: &str, mid: &str, text: &str, ts: i64) -> Value {
    json!({
        "sender": {"id": psid},
        "recipient": {"id": page},
        "timestamp": ts,
        "message": {"mid": mid, "text": text}
    })
}

/// A message the Page sent (sender = page, recipient = customer), as Facebook echoes it.
pub fn echo_event(page: &str, psid: &str, mid: &str, text: &str, app_id: u64, ts: i64) -> Value {
    json!({
        "sender": {"id": page},
        "recipient": {"id": psid},
        "timestamp": ts,
        "message": {"mid": mid, "is_echo": true, "app_id": app_id, "text": text}
    })
}

pub fn entry(page: &str, events: Vec<Value>) -> Value {
    json!({"id": page, "time": now_ms(), "messaging": events})
}

pub fn page_payload(page: &str, events: Vec<Value>) -> Value {
    json!({"object": "page", "entry": [entry(page, events)]})
}

// ---------------------------------------------------------------------------------------------
// Graph API stand-in
// ---------------------------------------------------------------------------------------------

/// One request the stand-in received, with the status it answered.
#[derive(Clone, Debug)]
pub struct GraphCall {
    pub method: String,
    pub path: String,
    pub query: HashMap<String, String>,
    pub body: Value,
    pub status: u16,
    /// A send that reached the customer (whatever the answer said).
    pub delivered: bool,
    pub received_at: std::time::Instant,
    /// When the answer left (after the stand-in's latency).
    pub answered_at: std::time::Instant,
}

/// A Send API call as Facebook would have seen it.
#[derive(Clone, Debug)]
pub struct SentMessage {
    pub page_id: String,
    pub recipient: String,
    pub messaging_type: String,
    pub tag: Option<String>,
    pub text: String,
    /// Whether the stand-in answered with success.
    pub accepted: bool,
    /// Whether the customer received it (also when the answer said otherwise).
    pub delivered: bool,
    pub body: Value,
    pub received_at: std::time::Instant,
    pub answered_at: std::time::Instant,
}

/// The Graph error every Send API call to one recipient answers with.
#[derive(Clone)]
struct SendFailure {
    code: i64,
    subcode: Option<i64>,
    message: String,
    /// `Some(n)`: fail only the next `n` sends, then succeed again.
    remaining: Option<u32>,
}

#[derive(Default)]
struct GraphState {
    app_secret: String,
    page_tokens: HashMap<String, String>,
    next_id: AtomicU64,
    calls: Mutex<Vec<GraphCall>>,
    send_failures: Mutex<HashMap<String, SendFailure>>,
    profile_failures: Mutex<HashSet<String>>,
    profiles: Mutex<HashMap<String, (String, String)>>,
    /// How long every answer takes.
    latency: Mutex<Duration>,
    /// How long answers to sends to one recipient take (over `latency`).
    send_latency: Mutex<HashMap<String, Duration>>,
    /// Extra latencies for the next sends to one recipient, one per send.
    next_send_latency: Mutex<HashMap<String, VecDeque<Duration>>>,
    /// Recipients whose sends are delivered but answered with this status (a Graph that
    /// fails after accepting).
    lost_answers: Mutex<HashMap<String, u16>>,
    /// Where delivered sends are echoed back, as Facebook does (`None`: no echoes).
    echo_to: Mutex<Option<String>>,
    /// The message id of the send being answered on each thread (read right after
    /// `handle`, on the same thread).
    last_delivered: Mutex<HashMap<std::thread::ThreadId, String>>,
}

/// A local stand-in for the Graph API that checks requests the way Facebook does.
pub struct GraphStandIn {
    server: MockServer,
    state: Arc<GraphState>,
}

fn graph_error(code: i64, subcode: Option<i64>, kind: &str, message: &str) -> ResponseTemplate {
    let mut err = json!({
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "AbCdEfGhIjK"
    });
    if let Some(sc) = subcode {
        err["error_subcode"] = json!(sc);
    }
    ResponseTemplate::new(400).set_body_json(json!({ "error": err }))
}

fn invalid_token() -> ResponseTemplate {
    graph_error(190, None, "OAuthException", "Invalid OAuth access token.")
}

impl GraphState {
    fn handle(&self, req: &wiremock::Request) -> (u16, ResponseTemplate) {
        let query: HashMap<String, String> = req.url.query_pairs().into_owned().collect();
        let segments: Vec<&str> = req
            .url
            .path()
            .split('/')
            .filter(|s| !s.is_empty())
            .collect();
        let method = req.method.as_str().to_ascii_uppercase();
        let header_token = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_string);
        // Graph takes its parameters from the query or, on a POST, from the body.
        let mut params = query.clone();
        if let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&req.body) {
            for key in ["access_token", "appsecret_proof"] {
                if let Some(Value::String(v)) = body.get(key) {
                    params.insert(key.to_string(), v.clone());
                }
            }
        }
        let token = params.get("access_token").cloned().or(header_token);
        match (method.as_str(), segments.as_slice()) {
            ("POST", [page, "messages"]) => self.send_api(page, token, &params, &req.body),
            ("GET", [psid]) => self.profile(psid, token, &params),
            _ => (
                400,
                graph_error(
                    100,
                    Some(33),
                    "GraphMethodException",
                    "Unsupported request - method type or object does not exist",
                ),
            ),
        }
    }

    /// Token and `appsecret_proof` checks shared by every endpoint.
    fn check_auth(
        &self,
        token: Option<&String>,
        page: Option<&str>,
        query: &HashMap<String, String>,
    ) -> Result<String, Box<ResponseTemplate>> {
        let Some(token) = token else {
            return Err(Box::new(graph_error(
                2500,
                None,
                "OAuthException",
                "An active access token must be used to query information about the current user.",
            )));
        };
        let page_id = match page {
            Some(p) if p != "me" => {
                if self.page_tokens.get(p) != Some(token) {
                    return Err(Box::new(invalid_token()));
                }
                p.to_string()
            }
            _ => match self.page_tokens.iter().find(|(_, t)| *t == token) {
                Some((p, _)) => p.clone(),
                None => return Err(Box::new(invalid_token())),
            },
        };
        let expected = hmac_hex(self.app_secret.as_bytes(), token.as_bytes());
        match query.get("appsecret_proof") {
            None => Err(Box::new(graph_error(
                100,
                None,
                "GraphMethodException",
                "API calls from the server require an appsecret_proof argument",
            ))),
            Some(p) if *p != expected => Err(Box::new(graph_error(
                100,
                None,
                "GraphMethodException",
                "Invalid appsecret_proof provided in the API argument",
            ))),
            Some(_) => Ok(page_id),
        }
    }

    fn send_api(
        &self,
        page: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
        body: &[u8],
    ) -> (u16, ResponseTemplate) {
        if let Err(e) = self.check_auth(token.as_ref(), Some(page), query) {
            return (400, *e);
        }
        let bad = |m: &str| (400, graph_error(100, None, "OAuthException", m));
        let Ok(body) = serde_json::from_slice::<Value>(body) else {
            return bad("(#100) Invalid JSON in the request body");
        };
        let Some(recipient) = body["recipient"]["id"].as_str().filter(|s| !s.is_empty()) else {
            return bad("(#100) The parameter recipient is required");
        };
        let messaging_type = body["messaging_type"].as_str().unwrap_or("");
        if !["RESPONSE", "UPDATE", "MESSAGE_TAG"].contains(&messaging_type) {
            return bad(
                "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}",
            );
        }
        if messaging_type == "MESSAGE_TAG" {
            match body["tag"].as_str() {
                Some("HUMAN_AGENT")
                | Some("CUSTOMER_FEEDBACK")
                | Some("ACCOUNT_UPDATE_ALLOWED") => {}
                _ => return bad("(#100) Tag is invalid or no longer supported"),
            }
        }
        if body.get("sender_action").is_some() && body.get("message").is_some() {
            return bad("(#100) sender_action cannot be sent with message");
        }
        if let Some(action) = body.get("sender_action") {
            return match action.as_str() {
                Some("typing_on" | "typing_off" | "mark_seen") => (
                    200,
                    ResponseTemplate::new(200).set_body_json(json!({"recipient_id": recipient})),
                ),
                _ => bad(
                    "(#100) Param sender_action must be one of {typing_on, typing_off, mark_seen}",
                ),
            };
        }
        let Some(message) = body["message"].as_object() else {
            return bad("(#100) The parameter message is required");
        };
        match message.get("text") {
            Some(Value::String(t)) if t.is_empty() => {
                return bad("(#100) The parameter message[text] must be non-empty")
            }
            // Counted as Facebook's clients count: UTF-16 code units (an emoji is two).
            Some(Value::String(t)) if t.encode_utf16().count() > 2000 => {
                return bad(
                    "(#100) Length of param message[text] must be less than or equal to 2000",
                )
            }
            Some(Value::String(_)) => {}
            Some(_) => return bad("(#100) Param message[text] must be a string"),
            None if message.contains_key("attachment") => {}
            None => return bad("(#100) The parameter message[text] is required"),
        }
        let failure = {
            let mut failures = self.send_failures.lock().expect("lock");
            let failure = failures
                .get_mut(recipient)
                .and_then(|f| match &mut f.remaining {
                    Some(0) => None,
                    Some(n) => {
                        *n -= 1;
                        Some(f.clone())
                    }
                    None => Some(f.clone()),
                });
            failure
        };
        if let Some(f) = failure {
            return (
                400,
                graph_error(f.code, f.subcode, "OAuthException", &f.message),
            );
        }
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        let mid = format!("m_standin_{n}");
        self.last_delivered
            .lock()
            .expect("lock")
            .insert(std::thread::current().id(), mid.clone());
        if let Some(status) = self.lost_answers.lock().expect("lock").get(recipient) {
            return (
                *status,
                ResponseTemplate::new(*status).set_body_json(json!({"error": {
                    "message": "An unexpected error has occurred. Please retry your request later.",
                    "type": "OAuthException", "code": 2, "is_transient": true,
                    "fbtrace_id": "AbCdEfGhIjK"}})),
            );
        }
        (
            200,
            ResponseTemplate::new(200).set_body_json(json!({
                "recipient_id": recipient,
                "message_id": mid
            })),
        )
    }

    fn profile(
        &self,
        psid: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
    ) -> (u16, ResponseTemplate) {
        if let Err(e) = self.check_auth(token.as_ref(), None, query) {
            return (400, *e);
        }
        if self.profile_failures.lock().expect("lock").contains(psid) {
            return (
                400,
                graph_error(
                    100,
                    Some(33),
                    "GraphMethodException",
                    "Unsupported get request. Object with ID does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                ),
            );
        }
        let (first, last) = self
            .profiles
            .lock()
            .expect("lock")
            .get(psid)
            .cloned()
            .unwrap_or_else(|| ("Pat".to_string(), format!("Customer{psid}")));
        let fields = query.get("fields").cloned().unwrap_or_default();
        let mut out = json!({"id": psid});
        for f in fields.split(',') {
            match f.trim() {
                "first_name" => out["first_name"] = json!(first),
                "last_name" => out["last_name"] = json!(last),
                "profile_pic" => {
                    out["profile_pic"] = json!(format!("https://example.invalid/pic/{psid}.jpg"))
                }
                _ => {}
            }
        }
        (200, ResponseTemplate::new(200).set_body_json(out))
    }
}

struct GraphResponder(Arc<GraphState>);

impl Respond for GraphResponder {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let received_at = std::time::Instant::now();
        self.0
            .last_delivered
            .lock()
            .expect("lock")
            .remove(&std::thread::current().id());
        let (status, template) = self.0.handle(req);
        let answered_mid = self
            .0
            .last_delivered
            .lock()
            .expect("lock")
            .remove(&std::thread::current().id());
        let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        let is_send = req.method.as_str().eq_ignore_ascii_case("POST")
            && req.url.path().ends_with("/messages")
            && body.get("message").is_some();
        let recipient = body["recipient"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let mut delay = *self.0.latency.lock().expect("lock");
        if is_send {
            if let Some(extra) = self.0.send_latency.lock().expect("lock").get(&recipient) {
                delay += *extra;
            }
            let mut queued = self.0.next_send_latency.lock().expect("lock");
            if let Some(extra) = queued.get_mut(&recipient).and_then(VecDeque::pop_front) {
                delay += extra;
            }
        }
        // What the customer got: a send Graph accepted, even if its answer then failed.
        let delivered_mid = answered_mid.filter(|_| is_send);
        let call = GraphCall {
            method: req.method.as_str().to_ascii_uppercase(),
            path: req.url.path().to_string(),
            query: req.url.query_pairs().into_owned().collect(),
            body: body.clone(),
            status,
            delivered: delivered_mid.is_some(),
            received_at,
            answered_at: received_at + delay,
        };
        self.0.calls.lock().expect("lock").push(call);
        if let (Some(mid), Some(server)) =
            (delivered_mid, self.0.echo_to.lock().expect("lock").clone())
        {
            let page = req
                .url
                .path()
                .trim_matches('/')
                .split('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            let message = &body["message"];
            let mut echo = json!({
                "is_echo": true, "app_id": APP_ID, "mid": mid,
                "text": message["text"].as_str().unwrap_or_default(),
            });
            if let Some(metadata) = message.get("metadata") {
                echo["metadata"] = metadata.clone();
            }
            let payload = page_payload(
                &page,
                vec![
                    json!({"sender": {"id": page}, "recipient": {"id": recipient},
                    "timestamp": now_ms(), "message": echo}),
                ],
            );
            // Facebook echoes a message shortly after it is delivered.
            tokio::spawn(async move {
                tokio::time::sleep(delay + Duration::from_millis(50)).await;
                let body = serde_json::to_vec(&payload).expect("json");
                let _ = http_client(false)
                    .post(format!("{server}/webhook"))
                    .header("content-type", "application/json")
                    .header("X-Hub-Signature-256", sign(&body))
                    .body(body)
                    .send()
                    .await;
            });
        }
        template.set_delay(delay)
    }
}

impl GraphStandIn {
    pub async fn start(tenants: &Tenants) -> GraphStandIn {
        let state = Arc::new(GraphState {
            app_secret: APP_SECRET.to_string(),
            page_tokens: tenants.page_tokens(),
            ..GraphState::default()
        });
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(GraphResponder(state.clone()))
            .mount(&server)
            .await;
        GraphStandIn { server, state }
    }

    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Every request received so far, in arrival order.
    pub fn calls(&self) -> Vec<GraphCall> {
        self.state.calls.lock().expect("lock").clone()
    }

    /// Every Send API call, in arrival order.
    pub fn sent_messages(&self) -> Vec<SentMessage> {
        let tokens = &self.state.page_tokens;
        self.calls()
            .into_iter()
            .filter(|c| c.method == "POST" && c.path.ends_with("/messages"))
            .map(|c| {
                let segment = c
                    .path
                    .trim_matches('/')
                    .split('/')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let page_id = if segment == "me" {
                    let token = c
                        .query
                        .get("access_token")
                        .cloned()
                        .or_else(|| c.body["access_token"].as_str().map(str::to_string))
                        .unwrap_or_default();
                    tokens
                        .iter()
                        .find(|(_, t)| **t == token)
                        .map(|(p, _)| p.clone())
                        .unwrap_or(segment)
                } else {
                    segment
                };
                SentMessage {
                    delivered: c.delivered,
                    received_at: c.received_at,
                    answered_at: c.answered_at,
                    page_id,
                    recipient: c.body["recipient"]["id"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    messaging_type: c.body["messaging_type"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    tag: c.body["tag"].as_str().map(str::to_string),
                    text: c.body["message"]["text"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    accepted: c.status == 200,
                    body: c.body,
                }
            })
            .collect()
    }

    pub fn sends_to(&self, psid: &str) -> Vec<SentMessage> {
        self.sent_messages()
            .into_iter()
            .filter(|m| m.recipient == psid)
            .collect()
    }

    /// Profile look-ups (`GET /{PSID}`) for one customer.
    pub fn profile_calls(&self, psid: &str) -> Vec<GraphCall> {
        let path = format!("/{psid}");
        self.calls()
            .into_iter()
            .filter(|c| c.method == "GET" && c.path == path)
            .collect()
    }

    /// Waits until a Send API call matching `pred` arrived.
    pub async fn wait_for_send(
        &self,
        what: &str,
        pred: impl Fn(&SentMessage) -> bool,
    ) -> SentMessage {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(m) = self.sent_messages().into_iter().find(|m| pred(m)) {
                return m;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out after {WAIT:?} waiting for a Send API call: {what}; received: {:#?}",
                    self.sent_messages()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    pub async fn wait_for_text(&self, psid: &str, text: &str) -> SentMessage {
        self.wait_for_send(&format!("text {text:?} to {psid}"), |m| {
            m.recipient == psid && m.text == text
        })
        .await
    }

    /// Any accepted bot/agent message to `psid` (used as a "processed" signal).
    pub async fn wait_for_any_send_to(&self, psid: &str) -> SentMessage {
        self.wait_for_send(&format!("any accepted message to {psid}"), |m| {
            m.recipient == psid && m.accepted
        })
        .await
    }

    /// What the customer `psid` received, in order (what Facebook delivered, whatever it
    /// answered).
    pub fn received_by(&self, psid: &str) -> Vec<String> {
        self.sends_to(psid)
            .into_iter()
            .filter(|m| m.delivered)
            .map(|m| m.text)
            .collect()
    }

    /// Every answer takes this long (a realistic Graph, or a slow one).
    pub fn set_latency(&self, latency: Duration) {
        *self.state.latency.lock().expect("lock") = latency;
    }

    /// Answers to sends to `psid` take this much longer.
    pub fn set_send_latency(&self, psid: &str, latency: Duration) {
        self.state
            .send_latency
            .lock()
            .expect("lock")
            .insert(psid.to_string(), latency);
    }

    /// The next sends to `psid` take these extra latencies, one each, in order.
    pub fn queue_send_latencies(&self, psid: &str, latencies: &[Duration]) {
        self.state
            .next_send_latency
            .lock()
            .expect("lock")
            .entry(psid.to_string())
            .or_default()
            .extend(latencies.iter().copied());
    }

    /// Sends to `psid` are delivered, but answered with `status` (a Graph that fails after
    /// accepting).
    pub fn lose_answers_to(&self, psid: &str, status: u16) {
        self.state
            .lost_answers
            .lock()
            .expect("lock")
            .insert(psid.to_string(), status);
    }

    /// Echo every delivered send back to the server at `address`, as Facebook does.
    pub fn echo_sends_to(&self, address: &str) {
        *self.state.echo_to.lock().expect("lock") = Some(address.to_string());
    }

    pub fn set_profile(&self, psid: &str, first: &str, last: &str) {
        self.state
            .profiles
            .lock()
            .expect("lock")
            .insert(psid.to_string(), (first.to_string(), last.to_string()));
    }

    pub fn fail_profile(&self, psid: &str) {
        self.state
            .profile_failures
            .lock()
            .expect("lock")
            .insert(psid.to_string());
    }

    /// Makes every Send API call to `psid` fail with this Graph error.
    pub fn fail_sends_to(&self, psid: &str, code: i64, subcode: Option<i64>, message: &str) {
        self.state.send_failures.lock().expect("lock").insert(
            psid.to_string(),
            SendFailure {
                code,
                subcode,
                message: message.to_string(),
                remaining: None,
            },
        );
    }

    /// Makes the next `times` Send API calls to `psid` fail with this Graph error.
    pub fn fail_next_sends_to(&self, psid: &str, times: u32, code: i64, message: &str) {
        self.state.send_failures.lock().expect("lock").insert(
            psid.to_string(),
            SendFailure {
                code,
                subcode: None,
                message: message.to_string(),
                remaining: Some(times),
            },
        );
    }
}

// ---------------------------------------------------------------------------------------------
// WebSocket client
// ---------------------------------------------------------------------------------------------

/// A raw WebSocket connection, for tests about how the server closes it.
pub type RawWs = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// The close code the server ends a raw connection with (`None`: closed without one, or
/// dropped); panics if it is still open after `within`.
pub async fn close_code(
    stream: &mut RawWs,
    within: Duration,
    what: &str,
) -> Option<tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode> {
    let closing = async {
        while let Some(msg) = stream.next().await {
            match msg {
                Ok(Message::Close(frame)) => return frame.map(|f| f.code),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    };
    tokio::time::timeout(within, closing)
        .await
        .unwrap_or_else(|_| panic!("{what}: the connection is still open after {within:?}"))
}

type WsSink = SplitSink<RawWs, Message>;

/// A WebSocket session. A background task reads frames (answering WS pings on the way) and
/// queues them; the `expect*` helpers take the first matching frame and keep the others
/// for later calls, so the order of replies and broadcasts does not matter.
pub struct WsClient {
    pub name: String,
    sink: WsSink,
    rx: mpsc::UnboundedReceiver<Value>,
    buffered: VecDeque<Value>,
    /// Every frame taken off the connection so far, in arrival order.
    history: Vec<Value>,
}

pub fn frame_type(f: &Value) -> &str {
    f["type"].as_str().unwrap_or_default()
}

pub fn is_broadcast(f: &Value) -> bool {
    BROADCAST_TYPES.contains(&frame_type(f))
}

/// `seq` of a broadcast, at the top level or inside `data`.
pub fn seq_of(f: &Value) -> Option<u64> {
    f["seq"].as_u64().or_else(|| f["data"]["seq"].as_u64())
}

/// The customer id a frame is about (`data.customer.customer_id` or `data.customer_id`).
pub fn frame_customer_id(f: &Value) -> Option<&str> {
    f["data"]["customer"]["customer_id"]
        .as_str()
        .or_else(|| f["data"]["customer_id"].as_str())
}

/// Asserts a WebSocket error frame with `code`; returns the message.
#[track_caller]
pub fn assert_ws_error(f: &Value, code: &str, what: &str) -> String {
    assert_eq!(
        frame_type(f),
        "error",
        "{what}: expected an error frame, got {f}"
    );
    assert_eq!(f["data"]["code"], code, "{what}: wrong error code in {f}");
    assert!(
        f["data"]["message"].is_string(),
        "{what}: error frame without data.message: {f}"
    );
    f["data"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[track_caller]
pub fn assert_frame_type<'a>(f: &'a Value, ty: &str, what: &str) -> &'a Value {
    assert_eq!(
        frame_type(f),
        ty,
        "{what}: expected a `{ty}` frame, got {f}"
    );
    &f["data"]
}

impl WsClient {
    pub async fn connect(
        req: WsRequest,
        name: &str,
    ) -> Result<WsClient, tokio_tungstenite::tungstenite::Error> {
        WsClient::connect_with(req, name, None).await
    }

    /// Connects through `connector` (`wss://` with a certificate of the test's own).
    pub async fn connect_with(
        req: WsRequest,
        name: &str,
        connector: Option<tokio_tungstenite::Connector>,
    ) -> Result<WsClient, tokio_tungstenite::tungstenite::Error> {
        let (stream, _resp) =
            tokio_tungstenite::connect_async_tls_with_config(req, None, false, connector).await?;
        let (sink, mut read) = stream.split();
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(msg) = read.next().await {
                match msg {
                    Ok(Message::Text(t)) => {
                        let v = serde_json::from_str(&t)
                            .unwrap_or_else(|_| json!({"type": "__not_json__", "raw": t}));
                        if tx.send(v).is_err() {
                            break;
                        }
                    }
                    Ok(Message::Close(_)) | Err(_) => break,
                    Ok(_) => {}
                }
            }
        });
        Ok(WsClient {
            name: name.to_string(),
            sink,
            rx,
            buffered: VecDeque::new(),
            history: Vec::new(),
        })
    }

    pub async fn send_text(&mut self, text: &str) {
        self.sink
            .send(Message::Text(text.to_string()))
            .await
            .unwrap_or_else(|e| panic!("[{}] WebSocket send failed: {e}", self.name));
    }

    /// Closes the connection (a close frame), as a browser tab closing does.
    pub async fn close(mut self) {
        let _ = self.sink.close().await;
    }

    pub async fn send_json(&mut self, v: &Value) {
        self.send_text(&v.to_string()).await;
    }

    /// Sends `{"type", "request_id", "data"}` and returns the request id.
    pub async fn send_request(&mut self, ty: &str, data: Value) -> String {
        let id = unique(&format!("{ty}-"));
        self.send_json(&json!({"type": ty, "request_id": id, "data": data}))
            .await;
        id
    }

    /// Sends a request and waits for the reply (or error) that echoes its `request_id`.
    pub async fn request(&mut self, ty: &str, data: Value) -> Value {
        let id = self.send_request(ty, data).await;
        self.reply(&id).await
    }

    /// The reply frame (not a broadcast) carrying `request_id`.
    pub async fn reply(&mut self, request_id: &str) -> Value {
        let id = request_id.to_string();
        self.expect(&format!("reply to request_id {id:?}"), move |f| {
            f["request_id"] == id.as_str() && !is_broadcast(f)
        })
        .await
    }

    /// The first frame matching `pred`; frames that don't match are kept for later.
    pub async fn expect(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(pos) = self.buffered.iter().position(&pred) {
            return self.buffered.remove(pos).expect("position is in range");
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let frame = match tokio::time::timeout_at(deadline, self.rx.recv()).await {
                Ok(Some(f)) => f,
                Ok(None) => panic!(
                    "[{}] WebSocket closed while waiting for {what}; unconsumed frames: {:#?}",
                    self.name, self.buffered
                ),
                Err(_) => panic!(
                    "[{}] timed out after {WAIT:?} waiting for {what}; unconsumed frames: {:#?}",
                    self.name, self.buffered
                ),
            };
            self.history.push(frame.clone());
            if pred(&frame) {
                return frame;
            }
            self.buffered.push_back(frame);
        }
    }

    /// A broadcast of type `ty` about `customer_id`.
    pub async fn expect_broadcast(&mut self, ty: &str, customer_id: &str) -> Value {
        let (t, c) = (ty.to_string(), customer_id.to_string());
        self.expect(
            &format!("broadcast `{ty}` for customer {customer_id}"),
            move |f| frame_type(f) == t && frame_customer_id(f) == Some(c.as_str()),
        )
        .await
    }

    pub async fn ping(&mut self) {
        let id = unique("ping-");
        self.send_json(&json!({"type": "ping", "request_id": id}))
            .await;
        let f = self.reply(&id).await;
        assert_eq!(
            frame_type(&f),
            "pong",
            "[{}] ping answered with {f}",
            self.name
        );
    }

    /// Round-trips a ping, then returns (and forgets) every frame received before the pong.
    pub async fn drain(&mut self) -> Vec<Value> {
        self.ping().await;
        while let Ok(f) = self.rx.try_recv() {
            self.history.push(f.clone());
            self.buffered.push_back(f);
        }
        self.buffered.drain(..).collect()
    }

    /// Every broadcast received so far (consumed or not), in arrival order. Call `drain`
    /// first to pull in what is still in flight.
    pub fn broadcasts_seen(&self) -> Vec<Value> {
        self.history
            .iter()
            .filter(|f| is_broadcast(f))
            .cloned()
            .collect()
    }
}

/// The HTTP status of a refused WebSocket upgrade.
pub fn upgrade_status(r: Result<WsClient, tokio_tungstenite::tungstenite::Error>) -> u16 {
    match r {
        Ok(_) => panic!("the WebSocket upgrade was accepted but should have been refused"),
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => resp.status().as_u16(),
        Err(e) => panic!("the WebSocket upgrade failed without an HTTP status: {e}"),
    }
}

// ---------------------------------------------------------------------------------------------
// LLM stand-in (OpenAI-compatible chat completions)
// ---------------------------------------------------------------------------------------------

/// A local OpenAI-compatible `/v1/chat/completions` that checks requests like the real API
/// (model, bearer key, message roles) and answers from fixed rules: the detection prompt
/// gets `HUMAN` when the customer's text contains `HUMAN_MARKER`, else `BOT`; any other
/// prompt gets `LLM_ANSWER`. `fail` makes it answer 500; `delay` makes it slow.
pub struct LlmStandIn {
    server: MockServer,
    state: Arc<LlmState>,
}

pub const LLM_MODEL: &str = "test-model";
pub const LLM_KEY: &str = "sk-test";
pub const LLM_ANSWER: &str = "Our courier picks up parcels every afternoon.";
/// Words the local detector does not take for a request, but the LLM stand-in does.
pub const HUMAN_MARKER: &str = "pineapple protocol";

#[derive(Default)]
struct LlmState {
    requests: Mutex<Vec<Value>>,
    fail: std::sync::atomic::AtomicBool,
    delay_ms: AtomicU64,
}

struct LlmResponder(Arc<LlmState>);

impl Respond for LlmResponder {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let bad = |m: &str| {
            ResponseTemplate::new(400)
                .set_body_json(json!({"error": {"message": m, "type": "invalid_request_error"}}))
        };
        let auth = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        if auth != Some(&format!("Bearer {LLM_KEY}")) {
            return ResponseTemplate::new(401).set_body_json(json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}));
        }
        let Ok(body) = serde_json::from_slice::<Value>(&req.body) else {
            return bad("We could not parse the JSON body of your request.");
        };
        self.0.requests.lock().expect("lock").push(body.clone());
        if body["model"] != LLM_MODEL {
            return bad("The model does not exist");
        }
        let Some(messages) = body["messages"].as_array().filter(|m| !m.is_empty()) else {
            return bad("'messages' must be a non-empty array");
        };
        if messages.iter().any(|m| {
            !["system", "user", "assistant"].contains(&m["role"].as_str().unwrap_or(""))
                || !m["content"].is_string()
        }) {
            return bad("each message needs a role and string content");
        }
        if self.0.fail.load(Ordering::Relaxed) {
            return ResponseTemplate::new(500)
                .set_body_json(json!({"error": {"message": "The server had an error"}}));
        }
        let system = messages[0]["content"].as_str().unwrap_or_default();
        let user = messages
            .last()
            .and_then(|m| m["content"].as_str())
            .unwrap_or_default();
        let content = if system.contains("HUMAN or BOT") {
            if user.to_lowercase().contains(HUMAN_MARKER) {
                "HUMAN"
            } else {
                "BOT"
            }
        } else {
            LLM_ANSWER
        };
        let reply = json!({
            "id": "chatcmpl-test", "object": "chat.completion", "model": LLM_MODEL,
            "choices": [{"index": 0, "finish_reason": "stop",
                "message": {"role": "assistant", "content": content}}],
        });
        ResponseTemplate::new(200)
            .set_body_json(reply)
            .set_delay(Duration::from_millis(
                self.0.delay_ms.load(Ordering::Relaxed),
            ))
    }
}

impl LlmStandIn {
    pub async fn start() -> LlmStandIn {
        let server = MockServer::start().await;
        let state = Arc::new(LlmState::default());
        Mock::given(wiremock::matchers::method("POST"))
            .and(wiremock::matchers::path("/v1/chat/completions"))
            .respond_with(LlmResponder(state.clone()))
            .mount(&server)
            .await;
        LlmStandIn { server, state }
    }

    /// The server environment that points handoff at this stand-in.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("LLM_BASE_URL".into(), self.server.uri()),
            ("LLM_MODEL".into(), LLM_MODEL.into()),
            ("LLM_API_KEY".into(), LLM_KEY.into()),
        ]
    }

    pub fn requests(&self) -> Vec<Value> {
        self.state.requests.lock().expect("lock").clone()
    }

    pub fn fail(&self, fail: bool) {
        self.state.fail.store(fail, Ordering::Relaxed);
    }

    pub fn delay(&self, delay: Duration) {
        self.state
            .delay_ms
            .store(delay.as_millis() as u64, Ordering::Relaxed);
    }
}

// ---------------------------------------------------------------------------------------------
// A MongoDB wire-protocol server of the test's own (nx-27017), to stop and restart
// ---------------------------------------------------------------------------------------------

/// The nx-27017 executable (`NX_27017_BIN`, set by tests/all.sh), if installed.
pub fn nx_27017_bin() -> Option<PathBuf> {
    std::env::var_os("NX_27017_BIN")
        .map(PathBuf::from)
        .filter(|p| p.exists())
}

/// An nx-27017 server on a free port with its data in a file, so it can be stopped (an
/// outage) and started again with everything it had.
pub struct NxServer {
    bin: PathBuf,
    dir: TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl NxServer {
    pub async fn start(bin: PathBuf) -> NxServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut server = NxServer {
            bin,
            dir: tempfile::tempdir().unwrap(),
            port,
            child: None,
        };
        server.resume().await;
        server
    }

    pub fn uri(&self) -> String {
        format!("mongodb://127.0.0.1:{}", self.port)
    }

    /// Starts the server again on the same data and port; returns once it accepts connections.
    pub async fn resume(&mut self) {
        let d = self.dir.path();
        let child = Command::new(&self.bin)
            .args(["--host", "127.0.0.1", "-p", &self.port.to_string()])
            .arg("--db")
            .arg(d.join("nx.db"))
            .arg("--log-file")
            .arg(d.join("nx.log"))
            .arg("--pid-file")
            .arg(d.join("nx.pid"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start nx-27017");
        self.child = Some(child);
        let deadline = tokio::time::Instant::now() + READY_TIMEOUT;
        while TcpStream::connect(("127.0.0.1", self.port)).await.is_err() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "nx-27017 did not start"
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// An outage: the server process is gone.
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.expect("stop nx-27017");
        }
    }
}
