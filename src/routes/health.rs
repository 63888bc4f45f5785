//! `/healthz` (the process answers), `/readyz` (the store answers), `/metrics` (Prometheus).

use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;
use subtle::ConstantTimeEq;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/metrics", web::get().to(metrics));
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match state.engine.ready().await {
        Ok(()) => HttpResponse::Ok().json(json!({"status": "ready"})),
        Err(err) => {
            tracing::warn!(error = %err, "store not ready");
            HttpResponse::ServiceUnavailable().json(json!({"status": "store_unavailable"}))
        }
    }
}

/// Every tenant's volumes: only with `HANDOFF_METRICS_TOKEN` as a bearer token, or, with no
/// token configured, only for clients on this machine.
async fn metrics(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    match &state.settings.metrics_token {
        Some(token) => {
            let given = crate::auth::request_token(&req).unwrap_or_default();
            let matches: bool = given.as_bytes().ct_eq(token.as_bytes()).into();
            if !matches {
                return Err(ApiError::Unauthorized);
            }
        }
        None => {
            // A request a proxy on this machine forwarded is not local, whoever sent it.
            let client = state.client(&req);
            let local = client.address.is_loopback() && !client.forwarded;
            if !local {
                return Err(handoff_actors::ActorError::Forbidden.into());
            }
        }
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.engine.metrics().render()))
}
