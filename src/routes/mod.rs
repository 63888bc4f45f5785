//! HTTP routes. Each module registers its own routes with `configure`; handlers are thin:
//! parse, authenticate, call the engine, render.

pub mod auth;
pub mod customers;
pub mod health;
pub mod openapi;
pub mod simulator;
pub mod webhook;

use crate::error::ApiError;
use actix_web::web;
use futures_util::StreamExt;
use utoipa_actix_web::service_config::ServiceConfig;

/// Largest JSON body the agent API accepts.
pub const API_BODY_LIMIT: usize = 64 * 1024;

/// Reads a request body up to `limit` bytes (`payload_too_large` beyond).
pub async fn read_body(mut payload: web::Payload, limit: usize) -> Result<web::Bytes, ApiError> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| match e {
            actix_web::error::PayloadError::Overflow => ApiError::PayloadTooLarge,
            other => ApiError::invalid("body", &format!("could not be read ({other})")),
        })?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// A request's JSON object body (an empty body is `{}`), after its length.
pub async fn read_json_object(
    req: &actix_web::HttpRequest,
    payload: web::Payload,
) -> Result<serde_json::Map<String, serde_json::Value>, ApiError> {
    check_length(req, API_BODY_LIMIT)?;
    crate::fields::object(&read_body(payload, API_BODY_LIMIT).await?)
}

/// Refuses a state-changing API request from a page of another origin (403 `forbidden`).
/// Browsers send `Origin` with every cross-site POST, PUT and DELETE — forms included, which
/// CORS does not stop — so no page elsewhere can make an agent's browser change anything;
/// clients that are not browsers send no `Origin` and are not affected. The same rule as the
/// WebSocket upgrade's (`HANDOFF_ALLOWED_ORIGINS`, else the server's own origin).
pub async fn refuse_foreign_origins(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use actix_web::http::Method;
    let changes = [Method::POST, Method::PUT, Method::PATCH, Method::DELETE].contains(req.method());
    if changes && req.path().starts_with("/api/") {
        if let Some(origin) = req.headers().get(actix_web::http::header::ORIGIN) {
            let origin = origin.to_str().unwrap_or_default();
            let allowed = req
                .app_data::<web::Data<crate::state::AppState>>()
                .is_some_and(|state| {
                    let host = state.client(req.request()).host;
                    crate::ws::origin_allowed(origin, &state.settings.allowed_origins, &host)
                });
            if !allowed {
                tracing::warn!(origin = %origin.chars().take(100).collect::<String>(),
                    path = req.path(), "state-changing request from a foreign origin refused");
                return Err(ApiError::Actor(handoff_actors::ActorError::Forbidden).into());
            }
        }
    }
    next.call(req).await
}

/// Refuses early when the declared length is already too large.
pub fn check_length(req: &actix_web::HttpRequest, limit: usize) -> Result<(), ApiError> {
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    match declared {
        Some(n) if n > limit => Err(ApiError::PayloadTooLarge),
        _ => Ok(()),
    }
}

/// Every route but the console's static files, each described in the OpenAPI document.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.app_data(
        web::PathConfig::default()
            .error_handler(|err, _| ApiError::invalid("path", &err.to_string()).into()),
    )
    .app_data(
        web::QueryConfig::default()
            .error_handler(|err, _| ApiError::invalid("query", &err.to_string()).into()),
    );
    auth::configure(cfg);
    customers::configure(cfg);
    webhook::configure(cfg);
    health::configure(cfg);
    openapi::configure(cfg);
    crate::ws::configure(cfg);
    simulator::configure(cfg);
}
