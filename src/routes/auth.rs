//! `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.

use crate::auth::{
    new_token, request_token, token_hash, verify_password, CurrentAgent, SESSION_COOKIE,
};
use crate::error::ApiError;
use crate::fields::Fields;
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

/// What a log line may show of a client's input: at most 64 characters, control
/// characters and quotes escaped, so it can neither forge log lines nor flood the log.
fn loggable(text: &str) -> String {
    let mut shown: String = text.chars().take(64).flat_map(char::escape_debug).collect();
    if text.chars().count() > 64 {
        shown.push('…');
    }
    shown
}

#[tracing::instrument(skip_all)]
async fn login(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let from = state.client(&req);
    let client = from.address;
    let body = super::read_json_object(&req, payload).await?;
    let fields = Fields::new(&body);
    let email = fields.required_string("email")?.trim().to_lowercase();
    let password = fields.required_string("password")?.to_owned();

    // Counted before the password is checked; at most a few checks run at once.
    let attempt = state
        .login_guard
        .begin(client, &email)
        .await
        .map_err(|refusal| ApiError::RateLimited {
            retry_after: refusal.retry_after(),
        })?;
    let record = state.engine.directory().agent_by_email(&email);
    let hash = record
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |a| a.password_hash.clone());
    let verified = web::block(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    drop(attempt);
    let record = match record {
        Some(record) if verified => record,
        other => {
            if let Some(known) = &other {
                // Written in the background: a known email must not answer slower than an
                // unknown one (which has nothing to audit), or timing would tell them apart.
                let entry = AuditEntry::new("login_failed", &known.as_ref(), "invalid_credentials");
                let (engine, company) = (state.engine.clone(), known.company_id.clone());
                actix_web::rt::spawn(async move {
                    let op = WriteOp::Audit { company, entry };
                    if let Err(err) = engine.write(vec![op]).await {
                        tracing::error!(error = %err, "failed login not audited");
                    }
                });
            }
            tracing::info!(email = %loggable(&email), "failed login");
            return Err(ApiError::InvalidCredentials);
        }
    };

    state.login_guard.succeeded(client, &email);
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
        .secure(from.https)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_input_in_logs_is_bounded_and_escaped() {
        assert_eq!(loggable("alice@acme.test"), "alice@acme.test");
        assert_eq!(loggable("a\nforged line"), "a\\nforged line");
        let long = "x".repeat(10_000);
        assert_eq!(loggable(&long).chars().count(), 65);
    }
}
