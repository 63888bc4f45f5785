//! `/healthz` (the process answers), `/readyz` (the store answers), `/metrics` (Prometheus).

use crate::error::ApiError;
use crate::openapi::errors::{Forbidden, Unauthorized};
use crate::state::AppState;
use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Serialize;
use subtle::ConstantTimeEq;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(healthz).service(readyz).service(metrics);
}

/// How the server is.
#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: HealthStatus,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    /// The process answers (`/healthz`).
    Ok,
    /// The store took a write (`/readyz`).
    Ready,
    /// The store did not answer in time (`/readyz`, with 503).
    StoreUnavailable,
}

/// Liveness: the process answers.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "Alive: `{\"status\": \"ok\"}`", body = Health)),
)]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: HealthStatus::Ok,
    })
}

/// Readiness: the store takes a write in time.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready: `{\"status\": \"ready\"}`", body = Health),
        (status = 503, description = "The store did not answer: `{\"status\": \"store_unavailable\"}`", body = Health),
    ),
)]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match state.engine.ready().await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: HealthStatus::Ready,
        }),
        Err(err) => {
            tracing::warn!(error = %err, "store not ready");
            HttpResponse::ServiceUnavailable().json(Health {
                status: HealthStatus::StoreUnavailable,
            })
        }
    }
}

/// Every tenant's volumes: only with `HANDOFF_METRICS_TOKEN` as a bearer token, or, with no
/// token configured, only for clients on this machine.
#[utoipa::path(
    tag = "operations",
    security(("metrics_token" = []), ()),
    responses(
        (status = 200, description = "Prometheus text exposition", body = String, content_type = "text/plain"),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    ),
)]
#[get("/metrics")]
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
    state.engine.sample_gauges().await;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.engine.metrics().render()))
}
