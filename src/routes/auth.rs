//! `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.

use super::{check_length, read_body, API_BODY_LIMIT};
use crate::auth::{
    new_token, request_token, token_hash, verify_password, CurrentAgent, SESSION_COOKIE,
};
use crate::error::ApiError;
use crate::fields::{object, Fields};
use crate::state::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use handoff_actors::model::{now, AgentRef, AuditEntry, SessionRecord};
use handoff_actors::store::WriteOp;
use serde_json::json;
use std::sync::OnceLock;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/auth/login", web::post().to(login))
        .route("/api/auth/logout", web::post().to(logout))
        .route("/api/auth/me", web::get().to(me));
}

fn agent_json(agent: &AgentRef) -> serde_json::Value {
    json!({"id": agent.id, "name": agent.name, "email": agent.email,
        "company_id": agent.company_id, "role": agent.role})
}

/// A hash to verify against when the email is unknown, so both failures take as long.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| crate::auth::hash_password("decoy password").unwrap_or_default())
}

fn is_https(req: &HttpRequest) -> bool {
    req.connection_info().scheme() == "https"
}

#[tracing::instrument(skip_all)]
async fn login(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    check_length(&req, API_BODY_LIMIT)?;
    let client = req
        .peer_addr()
        .map_or(std::net::IpAddr::from([0, 0, 0, 0]), |a| a.ip());
    if !state.login_guard.allows(client) {
        return Err(ApiError::RateLimited);
    }
    let body = object(&read_body(payload, API_BODY_LIMIT).await?)?;
    let fields = Fields::new(&body);
    let email = fields.required_string("email")?.trim().to_lowercase();
    let password = fields.required_string("password")?.to_owned();

    let record = state.engine.directory().agent_by_email(&email);
    let hash = record
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |a| a.password_hash.clone());
    let verified = web::block(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    let Some(record) = record.filter(|_| verified) else {
        if let Some(known) = state.engine.directory().agent_by_email(&email) {
            let entry = AuditEntry::new("login_failed", &known.as_ref(), "invalid_credentials");
            state
                .engine
                .write(vec![WriteOp::Audit {
                    company: known.company_id.clone(),
                    entry,
                }])
                .await?;
        }
        state.login_guard.failed(client);
        tracing::info!(email = %email, "failed login");
        return Err(ApiError::InvalidCredentials);
    };

    state.login_guard.succeeded(client);
    let agent = record.as_ref();
    let token = new_token();
    let hash = token_hash(&token);
    let created_at = now();
    let expires_at = created_at
        + chrono::Duration::from_std(state.settings.session_ttl)
            .unwrap_or(chrono::Duration::hours(12));
    let session = SessionRecord {
        token_hash: hash.clone(),
        agent_id: agent.id.clone(),
        company_id: agent.company_id.clone(),
        created_at,
        expires_at,
    };
    state
        .engine
        .write(vec![
            WriteOp::PutSession(session),
            WriteOp::Audit {
                company: agent.company_id.clone(),
                entry: AuditEntry::new("login", &agent, "ok"),
            },
        ])
        .await?;
    state.sessions.insert(hash, agent.clone(), expires_at);

    let cookie = Cookie::build(SESSION_COOKIE, token.clone())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(is_https(&req))
        .max_age(actix_web::cookie::time::Duration::seconds(
            state.settings.session_ttl.as_secs() as i64,
        ))
        .finish();
    Ok(HttpResponse::Ok()
        .cookie(cookie)
        .json(json!({"token": token, "agent": agent_json(&agent)})))
}

async fn logout(
    req: HttpRequest,
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(token) = request_token(&req) {
        let hash = token_hash(&token);
        state.sessions.end(&hash);
        state
            .engine
            .write(vec![
                WriteOp::DeleteSession { token_hash: hash },
                WriteOp::Audit {
                    company: agent.0.company_id.clone(),
                    entry: AuditEntry::new("logout", &agent.0, "ok"),
                },
            ])
            .await?;
    }
    let mut expired = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    expired.make_removal();
    Ok(HttpResponse::Ok().cookie(expired).json(json!({"ok": true})))
}

async fn me(agent: CurrentAgent) -> HttpResponse {
    HttpResponse::Ok().json(json!({"agent": agent_json(&agent.0)}))
}
