//! Building the application: open the store, start the actors, apply the tenants, bind
//! the listener (port 0 picks a free port, which tests use), and assemble the routes.

use crate::auth::SessionCache;
use crate::auth_guard::LoginGuard;
use crate::bot::RuleBot;
use crate::config::Settings;
use crate::llm::LlmBot;
use crate::messenger::health::PageHealth;
use crate::messenger::send::GraphMessenger;
use crate::messenger::simulator::SimulatorMessenger;
use crate::openapi::ApiDocument;
use crate::state::AppState;
use crate::{routes, telemetry, tenants, ws};
use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use handoff_actors::metrics::Metrics;
use handoff_actors::outbox::{Bot, Messenger};
use handoff_actors::Engine;
use handoff_actors::EngineOptions;
use handoff_actors::Storage;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;
use utoipa_actix_web::AppExt;

/// How long a new connection may take to deliver its first request head (actix-web: 5 s).
/// The timer runs from the connection's first poll, not its first byte, and is checked
/// before the socket is read, so a server stalled longer answers `408` to requests already
/// in its buffer. Meta waits about 20 s for a webhook's answer: within that, late is better
/// than `408` (docs/decisions.md, HTTP server).
pub const CLIENT_REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// How long an idle connection is kept for its next request (actix-web: 5 s). Checked
/// before the socket is read too, so a stall past it resets a connection whose next request
/// has already arrived. Longer than the 60 s idle timeout of the usual proxies and load
/// balancers, so that the client closes first and never reuses a connection being closed.
pub const KEEP_ALIVE: Duration = Duration::from_secs(75);

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("store: {0}")]
    Store(#[from] handoff_actors::StoreError),
    #[error("tenants: {0}")]
    Tenants(String),
    #[error("TLS: {0}")]
    Tls(String),
    #[error("OpenAPI document: {0}")]
    OpenApi(serde_json::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct Application {
    addr: SocketAddr,
    https: bool,
    server: Server,
    engine: Arc<Engine>,
}

impl Application {
    /// Must run inside an actix `System`.
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let store = match &settings.mongodb_uri {
            Some(uri) => {
                Storage::mongo(
                    uri,
                    &settings.mongodb_database,
                    settings.mongodb_write_concern.clone(),
                    settings.mongodb_timeout,
                )
                .await?
            }
            None => Storage::embedded(&settings.data_dir)?,
        };
        let page_health = Arc::new(PageHealth::default());
        let simulator = settings
            .demo
            .then(|| Arc::new(SimulatorMessenger::default()));
        let messenger: Arc<dyn Messenger> = match &simulator {
            Some(simulator) => simulator.clone(),
            None => Arc::new(GraphMessenger::new(
                &settings.graph_api_base,
                &settings.app_secret,
                page_health.clone(),
                settings.graph_timeout,
            )),
        };
        let engine = Engine::start(
            store,
            messenger,
            match &settings.llm {
                Some(llm) => Arc::new(LlmBot::new(llm.clone())) as Arc<dyn Bot>,
                None => Arc::new(RuleBot),
            },
            Arc::new(Metrics::new()),
            EngineOptions {
                typing_indicator: settings.typing_indicator,
                event_retention: settings.event_retention,
                change_streams: settings.change_streams,
                ..EngineOptions::default()
            },
        );
        engine.reload_directory().await?;
        apply_tenants(&engine, &settings).await?;
        if let Some(simulator) = simulator.as_ref().filter(|_| settings.demo_history) {
            crate::demo_history::seed(&engine, simulator).await;
        }

        let listener = TcpListener::bind(settings.bind).map_err(|source| StartupError::Bind {
            addr: settings.bind,
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: settings.bind,
            source,
        })?;
        let ws_limits =
            crate::session_limits::SessionLimits::new(settings.ws_connections_per_session);
        let state = web::Data::new(AppState {
            engine: engine.clone(),
            settings: Arc::new(settings),
            sessions: SessionCache::default(),
            ws_limits,
            login_guard: LoginGuard::default(),
            page_health,
            simulator,
        });
        let tls = match &state.settings.tls {
            Some(files) => Some(files.server_config().map_err(StartupError::Tls)?),
            None => None,
        };
        let https = tls.is_some();
        let origins = state.settings.allowed_origins.clone();
        let static_dir = state.settings.static_dir.clone();
        let document =
            web::Data::new(ApiDocument::build(routes::configure).map_err(StartupError::OpenApi)?);
        let server = HttpServer::new(move || {
            App::new()
                .wrap(actix_web::middleware::from_fn(
                    routes::origin::refuse_foreign_origins,
                ))
                .wrap(actix_web::middleware::from_fn(telemetry::in_request_span))
                .wrap(cors(&origins))
                .app_data(state.clone())
                .app_data(document.clone())
                .into_utoipa_app()
                .configure(routes::configure)
                .into_app()
                .service(actix_files::Files::new("/", &static_dir).index_file("index.html"))
        })
        .client_request_timeout(CLIENT_REQUEST_TIMEOUT)
        .keep_alive(KEEP_ALIVE);
        let server = match tls {
            Some(config) => server.listen_rustls_0_23(listener, config),
            None => server.listen(listener),
        }
        .map_err(|source| StartupError::Bind { addr, source })?
        .run();
        Ok(Application {
            addr,
            https,
            server,
            engine,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL the server answers at (`https://` with built-in TLS).
    pub fn url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Serves until the process is asked to stop (SIGINT/SIGTERM), then stops the actors.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        self.engine.shutdown();
        result
    }
}

/// Browser requests from the configured origins (default: only the server's own origin),
/// the same rule as the WebSocket `Origin` check.
fn cors(origins: &[String]) -> actix_cors::Cors {
    let origins = origins.to_vec();
    actix_cors::Cors::default()
        .allowed_origin_fn(move |origin, head| {
            let host = head
                .headers()
                .get(actix_web::http::header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or_default();
            origin
                .to_str()
                .is_ok_and(|o| ws::origin_allowed(o, &origins, host))
        })
        .allowed_methods(["GET", "POST", "PUT", "DELETE"])
        .allowed_headers([
            actix_web::http::header::AUTHORIZATION,
            actix_web::http::header::CONTENT_TYPE,
        ])
        .supports_credentials()
        .max_age(3600)
}

/// `a, b, c`, or nothing for an empty list.
fn listed<T: std::fmt::Display>(ids: &[T]) -> Option<String> {
    let names: Vec<String> = ids.iter().map(ToString::to_string).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Brings the stored tenants to the tenants file (and the demo tenant), then reloads the
/// directory. The file is the desired state: what it no longer lists is removed, and agents
/// removed or re-passworded lose their sessions. Without a file, a production start only
/// removes the demo tenant, and a demo start removes nothing.
async fn apply_tenants(engine: &Engine, settings: &Settings) -> Result<(), StartupError> {
    let mut files = Vec::new();
    if let Some(path) = &settings.tenants {
        files.push(tenants::read(path).map_err(StartupError::Tenants)?);
    }
    if settings.demo {
        files.push(tenants::demo());
    }
    let removal = match (&settings.tenants, settings.demo) {
        (Some(_), _) => tenants::Removal::Unlisted,
        (None, false) => tenants::Removal::DemoOnly,
        (None, true) => tenants::Removal::Nothing,
    };
    let plan = tenants::TenantsFile::merge(files)
        .plan(engine.directory(), removal)
        .map_err(StartupError::Tenants)?;
    engine
        .apply_tenants(plan.ops)
        .await
        .map_err(|e| StartupError::Tenants(e.to_string()))?;
    if let Some(agents) = listed(&plan.removed_agents) {
        tracing::warn!(%agents, "agents no longer in the tenants file removed, their sessions ended");
    }
    if let Some(pages) = listed(&plan.removed_pages) {
        tracing::warn!(%pages, "pages no longer in the tenants file removed with their tokens");
    }
    if let Some(companies) = listed(&plan.removed_companies) {
        tracing::warn!(%companies, "companies no longer in the tenants file removed");
    }
    if let Some(agents) = listed(&plan.repassworded) {
        tracing::info!(%agents, "passwords changed: those agents' sessions ended");
    }
    engine.reload_directory().await?;
    Ok(())
}
