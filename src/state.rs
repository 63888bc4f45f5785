//! What every request handler shares (injected once with `web::Data`).

use crate::auth::SessionCache;
use crate::auth_guard::LoginGuard;
use crate::config::Settings;
use handoff_actors::Engine;
use std::sync::Arc;

pub struct AppState {
    pub engine: Arc<Engine>,
    pub settings: Arc<Settings>,
    pub sessions: SessionCache,
    pub login_guard: LoginGuard,
}
