//! `GET /ws`: the agents' live channel. Checks the `Origin` (403), the session (401) and
//! how many connections the session already holds (429) before upgrading. `actix-web-actors` is used only inside this folder, so the session can
//! move to `actix-ws` without touching anything else.

pub mod protocol;
pub mod session;

use crate::access::authenticate_hash;
use crate::auth::{request_token, token_hash};
use crate::error::ApiError;
use crate::openapi::errors::AgentCall;
use crate::state::AppState;
use actix_web::{get, web, HttpRequest, HttpResponse};
use actix_web_actors::ws;
use handoff_actors::ActorError;
use utoipa_actix_web::service_config::ServiceConfig;

/// Largest client frame accepted; larger ones are refused with close code 1009.
pub const MAX_FRAME: usize = 64 * 1024;
/// What a refused upgrade tells the client to wait: a connection of the session must
/// close first (one the server has not yet seen die closes within its heartbeat timeout).
const FULL_RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(upgrade);
}

/// Is a browser page from `origin` allowed to open this socket?
pub fn origin_allowed(origin: &str, allowed: &[String], host: &str) -> bool {
    let origin = origin.trim_end_matches('/');
    if !allowed.is_empty() {
        return allowed.iter().any(|a| a == origin);
    }
    // Default: only the server's own origin.
    url::Url::parse(origin).is_ok_and(|u| {
        let authority = match u.port() {
            Some(port) => format!("{}:{port}", u.host_str().unwrap_or_default()),
            None => u.host_str().unwrap_or_default().to_owned(),
        };
        authority.eq_ignore_ascii_case(host)
    })
}

/// The agents' live channel (docs/ws-protocol.md). `Origin`, when present, must be allowed
/// (checked first), then the session; then the request must be a WebSocket handshake.
#[utoipa::path(
    tag = "websocket",
    security(("bearer" = []), ("session_cookie" = [])),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol"),
        AgentCall,
    ),
)]
#[get("/ws")]
async fn upgrade(
    req: HttpRequest,
    stream: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, actix_web::Error> {
    if let Some(origin) = req.headers().get(actix_web::http::header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        let host = state.client(&req).host;
        if !origin_allowed(origin, &state.settings.allowed_origins, &host) {
            tracing::warn!(origin, "WebSocket upgrade from a foreign origin refused");
            return Err(ApiError::Actor(ActorError::Forbidden).into());
        }
    }
    let token = request_token(&req).ok_or(ApiError::Unauthorized)?;
    let hash = token_hash(&token);
    let agent = authenticate_hash(&state, &hash).await?;
    crate::telemetry::note_company(&agent.company_id);
    // Refused in the error shape of docs/errors.md rather than actix's bare 400.
    if let Err(err) = ws::handshake(&req) {
        return Err(ApiError::invalid("upgrade", &err.to_string()).into());
    }
    let Some(slot) = state.ws_limits.open(&hash) else {
        tracing::info!(agent_id = %agent.id, open = state.ws_limits.connections_per_session(),
            "WebSocket refused: the session holds as many connections as allowed");
        return Err(ApiError::RateLimited {
            retry_after: FULL_RETRY_AFTER,
        }
        .into());
    };
    let session = session::WsSession::new(agent, hash, state.clone(), slot);
    ws::WsResponseBuilder::new(session, &req, stream)
        .frame_size(MAX_FRAME)
        .start()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_own_origin_by_default() {
        assert!(origin_allowed(
            "http://127.0.0.1:8080",
            &[],
            "127.0.0.1:8080"
        ));
        assert!(!origin_allowed("http://evil.test", &[], "127.0.0.1:8080"));
        assert!(!origin_allowed(
            "http://127.0.0.1:9999",
            &[],
            "127.0.0.1:8080"
        ));
        let list = vec!["https://console.acme.test".to_owned()];
        assert!(origin_allowed(
            "https://console.acme.test",
            &list,
            "api:8080"
        ));
        assert!(!origin_allowed(
            "http://127.0.0.1:8080",
            &list,
            "127.0.0.1:8080"
        ));
    }
}
