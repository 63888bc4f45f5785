//! `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.

use crate::access::CurrentAgent;
use crate::auth::{new_token, request_token, token_hash, verify_password, SESSION_COOKIE};
use crate::error::ApiError;
use crate::fields::Fields;
use crate::openapi::errors::{
    BadRequest, Forbidden, PayloadTooLarge, ServiceUnavailable, SignedIn, TooManyRequests,
    Unauthorized,
};
use crate::state::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use handoff_actors::model::{now, AgentRef, SessionRecord};
use serde::Serialize;
use std::sync::OnceLock;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(login).service(logout).service(me);
}

/// `POST /api/auth/login`.
#[derive(ToSchema)]
pub struct LoginRequest {
    /// Compared without regard to case or surrounding spaces.
    pub email: String,
    pub password: String,
}

impl LoginRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        Ok(LoginRequest {
            email: fields.required_string("email")?.trim().to_lowercase(),
            password: fields.required_string("password")?.to_owned(),
        })
    }
}

/// A new session: its token (for `Authorization: Bearer`) and who it is for. The same
/// token is set as the `handoff_session` cookie.
#[derive(Serialize, ToSchema)]
pub struct LoginResponse {
    pub token: String,
    pub agent: AgentRef,
}

/// The agent a session belongs to.
#[derive(Serialize, ToSchema)]
pub struct MeResponse {
    pub agent: AgentRef,
}

/// The session has ended (and its WebSockets are closed).
#[derive(Serialize, ToSchema)]
pub struct LogoutResponse {
    pub ok: bool,
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

/// Signs an agent in. Attempts are counted per address and per account before the password
/// is checked: 10 failures within 5 minutes, or every password check busy, answer 429.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse, headers(
            ("Set-Cookie" = String, description = "`handoff_session=<token>; HttpOnly; SameSite=Lax; Path=/` (and `Secure` over HTTPS)"),
        )),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 429, response = TooManyRequests),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/api/auth/login")]
#[tracing::instrument(skip_all)]
async fn login(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let from = state.client(&req);
    let client = from.address;
    let body = super::body::read_json_object(&req, payload).await?;
    let LoginRequest { email, password } = LoginRequest::read(&Fields::new(&body))?;

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
                let (engine, agent) = (state.engine.clone(), known.as_ref());
                actix_web::rt::spawn(async move {
                    if let Err(err) = engine.record_failed_login(&agent).await {
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
    state.engine.start_session(&agent, session).await?;
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
        .json(LoginResponse { token, agent }))
}

/// Ends the session: its token no longer works and its WebSockets close.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("session_cookie" = [])),
    responses(
        (status = 200, description = "Signed out; the cookie is cleared", body = LogoutResponse),
        SignedIn,
    ),
)]
#[post("/api/auth/logout")]
async fn logout(
    req: HttpRequest,
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(token) = request_token(&req) {
        let hash = token_hash(&token);
        state.sessions.end(&hash);
        state.engine.end_session(&agent.0, &hash).await?;
    }
    let mut expired = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    expired.make_removal();
    Ok(HttpResponse::Ok()
        .cookie(expired)
        .json(LogoutResponse { ok: true }))
}

/// The signed-in agent.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = []), ("session_cookie" = [])),
    responses(
        (status = 200, description = "The session's agent", body = MeResponse),
        (status = 401, response = Unauthorized),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/api/auth/me")]
async fn me(agent: CurrentAgent) -> HttpResponse {
    HttpResponse::Ok().json(MeResponse { agent: agent.0 })
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
