//! The processes a run needs: the server under test, the baseline server, and a stand-in
//! for Facebook's Graph API that answers the server's outbound calls after a set latency
//! (one that answers at once would hide outbound calls standing in front of inbound work).
//!
//! Both servers run as child processes of this binary (`__serve`, `__baseline`), so that
//! they are measured alike and can be pinned to other cores than the load generator.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::http::KeepAlive;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use handoff::messenger::signature;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The app secret webhooks are signed with, in both servers.
pub const APP_SECRET: &str = "loadtest-app-secret";
pub const COMPANY: &str = "bench";
pub const PAGE: &str = "bench-page";
pub const PASSWORD: &str = "bench-password";
/// The company's admin, beside the agents `agent0@bench.test`…
pub const ADMIN_EMAIL: &str = "admin@bench.test";

/// The Graph stand-in's behaviour: every scenario's options.
#[derive(clap::Args, Clone, Copy)]
pub struct GraphOptions {
    /// Milliseconds the Graph stand-in waits before answering each call (sends, sender
    /// actions, profile reads).
    #[arg(long = "graph-latency-ms", default_value_t = 100)]
    pub latency_ms: u64,
}

/// A server this run drives: one it started (stopped, killed, when dropped, its data
/// directory removed), or one already running at `--url` (left alone).
pub struct Server {
    pub url: String,
    child: Option<Child>,
    data_dir: Option<PathBuf>,
}

impl Server {
    /// A server started elsewhere (`loadtest serve`, perhaps pinned to other cores).
    pub fn running_at(url: &str) -> Server {
        Server {
            url: url.trim_end_matches('/').to_owned(),
            child: None,
            data_dir: None,
        }
    }

    /// The server's process id, while it runs (`None` for one started elsewhere).
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(Child::id)
    }

    /// Stops the server and waits for it to exit (its store is free then), keeping its
    /// directory for the next: the directory.
    pub async fn stop_keeping_data(mut self) -> Result<PathBuf, String> {
        let child = self
            .child
            .as_mut()
            .ok_or("the server was not started here")?;
        child
            .kill()
            .await
            .map_err(|e| format!("stopping the server: {e}"))?;
        self.data_dir
            .take()
            .ok_or_else(|| "the server had no directory of its own".to_owned())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.start_kill();
        }
        if let Some(dir) = &self.data_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// `serve`: the bench company's server and its Graph stand-in, in the foreground until
/// interrupted, for scenarios run with `--url` (the two can then be pinned to different
/// cores: `taskset -c 0 loadtest serve`, `taskset -c 1 loadtest ingest --url …`).
#[derive(clap::Args)]
pub struct ServeOptions {
    /// Agents in the bench company (`agent0@bench.test`…).
    #[arg(long, default_value_t = 100)]
    agents: usize,
    #[command(flatten)]
    graph: GraphOptions,
}

pub async fn serve(options: ServeOptions) -> Result<(), String> {
    let graph = start_graph(options.graph)?;
    let server = start_server(options.agents, &graph).await?;
    println!(
        "{}",
        serde_json::json!({"serving": server.url, "agents": options.agents,
            "graph_latency_ms": options.graph.latency_ms})
    );
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| format!("waiting for Ctrl-C: {e}"))?;
    drop(server);
    Ok(())
}

/// The server's resident set (`VmRSS`, from `/proc/<pid>/status`: Linux), in bytes.
pub fn resident_bytes(server: &Server) -> Result<u64, String> {
    process_resident_bytes(server.pid().ok_or("the server has exited")?)
}

/// A process's resident set, in bytes (Linux).
pub fn process_resident_bytes(pid: u32) -> Result<u64, String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map_err(|e| format!("cannot read the server's memory (Linux only): {e}"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| {
            value
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map(|kib| kib * 1024)
        .ok_or_else(|| "no VmRSS in /proc status".into())
}

/// The agents' login emails, `agent0@bench.test`…
pub fn agent_email(i: usize) -> String {
    format!("agent{i}@bench.test")
}

/// Starts handoff on a free port with a fresh data directory, one company, one page and
/// `agents` agents, sending its Graph calls to `graph`.
pub async fn start_server(agents: usize, graph: &str) -> Result<Server, String> {
    start_server_on(agents, graph, None).await
}

/// As [`start_server`], on the MongoDB at `mongodb_uri` (a fresh database) when given.
pub async fn start_server_on(
    agents: usize,
    graph: &str,
    mongodb_uri: Option<&str>,
) -> Result<Server, String> {
    start_server_in(fresh_dir()?, agents, graph, mongodb_uri).await
}

/// As [`start_server`], on `(uri, database)` of a MongoDB when given: several servers
/// started so share one store, as the processes of one deployment do.
pub async fn start_server_sharing(
    agents: usize,
    graph: &str,
    mongodb: Option<(&str, &str)>,
) -> Result<Server, String> {
    launch(fresh_dir()?, agents, graph, mongodb).await
}

/// A new directory for one server: its tenants file, and its store in `data/`.
pub fn fresh_dir() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!(
        "handoff-loadtest-{}-{}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// As [`start_server_on`], in `dir` ([`fresh_dir`]), whose `data/` may already hold a store.
pub async fn start_server_in(
    dir: PathBuf,
    agents: usize,
    graph: &str,
    mongodb_uri: Option<&str>,
) -> Result<Server, String> {
    let database = format!("handoff_loadtest_{}", uuid::Uuid::new_v4().simple());
    launch(
        dir,
        agents,
        graph,
        mongodb_uri.map(|uri| (uri, database.as_str())),
    )
    .await
}

async fn launch(
    dir: PathBuf,
    agents: usize,
    graph: &str,
    mongodb: Option<(&str, &str)>,
) -> Result<Server, String> {
    let tenants = dir.join("tenants.toml");
    std::fs::write(&tenants, tenants_toml(agents)).map_err(|e| format!("tenants: {e}"))?;
    let mut command = Command::new(own_binary()?);
    command
        .arg("__serve")
        .env("HANDOFF_BIND", "127.0.0.1:0")
        .env("HANDOFF_DATA_DIR", dir.join("data"))
        .env("HANDOFF_TENANTS", &tenants)
        .env("FB_APP_SECRET", APP_SECRET)
        .env("FB_VERIFY_TOKEN", "loadtest")
        .env("GRAPH_API_BASE", graph)
        .env("RUST_LOG", "error")
        // Scenarios share a few sessions among many connections, because argon2id logins
        // are slow by design; how many one session may hold is not what they measure.
        .env("HANDOFF_WS_CONNECTIONS_PER_SESSION", "1000000")
        .env_remove("MONGODB_URI")
        .env_remove("MONGODB_DATABASE")
        .env_remove("LLM_BASE_URL");
    if let Some((uri, database)) = mongodb {
        command
            .env("MONGODB_URI", uri)
            .env("MONGODB_DATABASE", database);
    }
    let (child, url) = start(command).await?;
    Ok(Server {
        url,
        child: Some(child),
        data_dir: Some(dir),
    })
}

/// Starts the baseline: a bare actix-web server that checks the HMAC and answers 200.
pub async fn start_baseline() -> Result<Server, String> {
    let mut command = Command::new(own_binary()?);
    command.arg("__baseline");
    let (child, url) = start(command).await?;
    Ok(Server {
        url,
        child: Some(child),
        data_dir: None,
    })
}

fn own_binary() -> Result<PathBuf, String> {
    std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))
}

/// Spawns a server and waits for its `listening on http://…` line.
async fn start(mut command: Command) -> Result<(Child, String), String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    let mut child = command.spawn().map_err(|e| format!("cannot start: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let listening = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(address) = line.trim().strip_prefix("listening on ") {
                return Some(address.to_owned());
            }
        }
        None
    })
    .await;
    let url = match listening {
        Ok(Some(url)) => url,
        Ok(None) => return Err("the server exited before listening".into()),
        Err(_) => return Err("the server did not start within 60 s".into()),
    };
    // Keep reading, so a full pipe never blocks the server.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Ok((child, url))
}

fn tenants_toml(agents: usize) -> String {
    let mut toml = format!(
        "[[company]]\nid = \"{COMPANY}\"\nname = \"Bench\"\n\n  [[company.page]]\n  \
         id = \"{PAGE}\"\n  name = \"Bench Page\"\n  access_token = \"bench-token\"\n\n"
    );
    toml.push_str(&format!(
        "  [[company.agent]]\n  id = \"bench-admin\"\n  name = \"Bench Admin\"\n  \
         email = \"{ADMIN_EMAIL}\"\n  password = \"{PASSWORD}\"\n  role = \"admin\"\n\n"
    ));
    for i in 0..agents {
        toml.push_str(&format!(
            "  [[company.agent]]\n  id = \"agent{i}\"\n  name = \"Agent {i}\"\n  \
             email = \"{}\"\n  password = \"{PASSWORD}\"\n  role = \"agent\"\n\n",
            agent_email(i)
        ));
    }
    toml
}

/// `__baseline`: what any webhook receiver must do at the least (read the body, check its
/// HMAC in constant time, with handoff's own check), and nothing more.
pub async fn run_baseline() -> Result<(), String> {
    // The same connection handling as handoff's, so that only the work differs.
    let server = HttpServer::new(|| App::new().route("/webhook", web::post().to(baseline_webhook)))
        .client_request_timeout(handoff::startup::CLIENT_REQUEST_TIMEOUT)
        .keep_alive(handoff::startup::KEEP_ALIVE)
        .bind(("127.0.0.1", 0))
        .map_err(|e| format!("bind: {e}"))?;
    let address = server.addrs().first().copied().ok_or("no address")?;
    println!("listening on http://{address}");
    server.run().await.map_err(|e| e.to_string())
}

async fn baseline_webhook(req: HttpRequest, body: web::Bytes) -> HttpResponse {
    let header = req
        .headers()
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    if signature::verify(APP_SECRET, &body, header) {
        HttpResponse::Ok().body("EVENT_RECEIVED")
    } else {
        HttpResponse::Forbidden().finish()
    }
}

/// Starts the Graph stand-in on its own thread: every call is answered after `latency`
/// (sends get a message id, profile reads a name). Returns its base URL.
///
/// The wait is a timer, not a thread, so its one worker holds any number of delayed calls
/// at once. It never times a client out: its only client is the server under test.
pub fn start_graph(options: GraphOptions) -> Result<String, String> {
    let latency = Duration::from_millis(options.latency_ms);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let started = tx.clone();
        let outcome = actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                App::new()
                    .app_data(web::Data::new(latency))
                    .default_service(web::to(graph_answer))
            })
            .workers(1)
            .backlog(4096)
            .client_request_timeout(Duration::ZERO)
            .keep_alive(KeepAlive::Os)
            .bind(("127.0.0.1", 0))
            .map_err(|e| format!("bind: {e}"))?;
            let address = server.addrs().first().copied().ok_or("no address")?;
            let _ = started.send(Ok(format!("http://{address}")));
            server.run().await.map_err(|e| e.to_string())
        });
        if let Err(err) = outcome {
            let _ = tx.send(Err(err));
        }
    });
    rx.recv()
        .map_err(|_| "the Graph stand-in did not start".to_owned())?
}

/// The body is read (and ignored) so that the connection stays open for the next call.
async fn graph_answer(
    req: HttpRequest,
    _body: web::Bytes,
    latency: web::Data<Duration>,
) -> HttpResponse {
    static SENT: AtomicU64 = AtomicU64::new(0);
    actix_web::rt::time::sleep(**latency).await;
    if req.method() == actix_web::http::Method::POST {
        let n = SENT.fetch_add(1, Ordering::Relaxed);
        HttpResponse::Ok().json(serde_json::json!({
            "recipient_id": "customer",
            "message_id": format!("m_bench_{n}"),
        }))
    } else {
        HttpResponse::Ok().json(serde_json::json!({
            "id": req.path().trim_start_matches('/'),
            "first_name": "Load",
            "last_name": "Test",
        }))
    }
}
