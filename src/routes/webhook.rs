//! `GET /webhook` (Meta's verification handshake) and `POST /webhook` (events).
//!
//! Only the HTTP side: the raw body within its limit, the signature over it, the parse, the
//! status code. What the events mean and how they are recorded is `ingest.rs`. A POST is
//! answered `200` only once every customer message it carries is durably recorded; the
//! bot's replies and profile look-ups run after, off the request path.

use super::body::{check_length, read_body};
use crate::error::ApiError;
use crate::ingest;
use crate::messenger::payload::Webhook;
use crate::messenger::signature;
use crate::openapi::errors::{BadRequest, PayloadTooLarge, ServiceUnavailable, Unauthorized};
use crate::state::AppState;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use std::collections::HashMap;
use subtle::ConstantTimeEq;
use utoipa_actix_web::service_config::ServiceConfig;

/// Meta sends at most a few hundred KiB; anything over 1 MiB is refused.
pub const WEBHOOK_BODY_LIMIT: usize = 1024 * 1024;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(handshake).service(receive);
}

/// Meta's verification handshake: answers `hub.challenge` when `hub.verify_token` is ours.
#[utoipa::path(
    tag = "webhook",
    params(
        ("hub.mode" = Option<String>, Query, description = "`subscribe`"),
        ("hub.verify_token" = Option<String>, Query, description = "`FB_VERIFY_TOKEN`"),
        ("hub.challenge" = Option<String>, Query, description = "Echoed back when the token matches"),
    ),
    responses(
        (status = 200, description = "The challenge", body = String, content_type = "text/plain"),
        (status = 403, description = "Not a subscription with our verify token (no body)"),
    ),
)]
#[get("/webhook")]
async fn handshake(
    q: web::Query<HashMap<String, String>>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let mode = q.get("hub.mode").map(String::as_str);
    let token = q
        .get("hub.verify_token")
        .map(String::as_bytes)
        .unwrap_or_default();
    let matches: bool = token.ct_eq(state.settings.verify_token.as_bytes()).into();
    match (mode, q.get("hub.challenge")) {
        (Some("subscribe"), Some(challenge)) if matches => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body(challenge.clone()),
        _ => HttpResponse::Forbidden().finish(),
    }
}

/// Messenger events. Answered `200` once every customer message it carries is durably
/// recorded; the signature is checked on the raw body before anything is parsed.
#[utoipa::path(
    tag = "webhook",
    params(
        ("X-Hub-Signature-256" = String, Header, description = "`sha256=` and the HMAC-SHA256 of the raw body with `FB_APP_SECRET`, in hex"),
    ),
    request_body = Webhook,
    responses(
        (status = 200, description = "Recorded: `EVENT_RECEIVED`", body = String, content_type = "text/plain"),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/webhook")]
#[tracing::instrument(skip_all)]
async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    check_length(&req, WEBHOOK_BODY_LIMIT)?;
    let body = read_body(payload, WEBHOOK_BODY_LIMIT).await?;
    let header = req
        .headers()
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    if !signature::verify(&state.settings.app_secret, &body, header) {
        tracing::warn!("webhook with a missing or wrong signature");
        return Err(ApiError::BadSignature);
    }
    let hook = parse(&body)?;
    ingest::webhook(&state.engine, state.settings.app_id.as_deref(), &hook).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain")
        .body("EVENT_RECEIVED"))
}

/// A webhook body whose signature has been verified: `invalid_request` when it is not a
/// Messenger webhook.
pub fn parse(body: &[u8]) -> Result<Webhook, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::invalid("body", &format!("not a Messenger webhook ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_that_is_not_a_webhook_is_invalid_request() {
        let err = parse(b"[1, 2]").expect_err("not a webhook");
        assert_eq!(err.code(), "invalid_request");
        assert!(err.to_string().starts_with("body: not a Messenger webhook"));
    }
}
