//! What every request handler shares (injected once with `web::Data`).

use crate::auth::SessionCache;
use crate::auth_guard::LoginGuard;
use crate::config::Settings;
use crate::messenger::health::PageHealth;
use crate::messenger::simulator::SimulatorMessenger;
use handoff_actors::Engine;
use std::sync::Arc;

pub struct AppState {
    pub engine: Arc<Engine>,
    pub settings: Arc<Settings>,
    pub sessions: SessionCache,
    /// Each session's WebSocket connections and request budget.
    pub ws_limits: crate::session_limits::SessionLimits,
    pub login_guard: LoginGuard,
    pub page_health: Arc<PageHealth>,
    /// Demo mode only: where outbound messages go instead of Facebook.
    pub simulator: Option<Arc<SimulatorMessenger>>,
}

impl AppState {
    /// The request's client, believing forwarding headers only from trusted proxies.
    pub fn client(&self, req: &actix_web::HttpRequest) -> crate::forwarded::Client {
        crate::forwarded::Client::of(req, &self.settings.trusted_proxies)
    }
}
