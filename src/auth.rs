//! Agent authentication: argon2id password hashes, random session tokens (only their
//! SHA-256 is stored), sessions cached in memory and persisted in the store so they survive
//! a restart, and the [`CurrentAgent`] extractor (cookie or `Authorization: Bearer`).

use crate::error::ApiError;
use crate::state::AppState;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use dashmap::DashMap;
use futures_util::future::LocalBoxFuture;
use handoff_actors::model::{AgentRef, SessionRecord};
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_COOKIE: &str = "handoff_session";

/// Hashes a password as an argon2id PHC string.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Checks a password against a PHC hash; a malformed hash never verifies.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Is this an argon2id PHC string we can verify against?
pub fn is_argon2id(hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| h.algorithm.as_str() == "argon2id")
}

/// A new session token: 256 random bits, hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Sessions already checked, so a request costs no store read.
#[derive(Default)]
pub struct SessionCache {
    sessions: DashMap<String, (AgentRef, DateTime<Utc>)>,
}

impl SessionCache {
    pub fn insert(&self, token_hash: String, agent: AgentRef, expires_at: DateTime<Utc>) {
        self.sessions.insert(token_hash, (agent, expires_at));
    }

    pub fn remove(&self, token_hash: &str) {
        self.sessions.remove(token_hash);
    }

    fn get(&self, token_hash: &str) -> Option<(AgentRef, DateTime<Utc>)> {
        self.sessions.get(token_hash).map(|e| e.value().clone())
    }
}

/// The token a request carries: `Authorization: Bearer`, else the session cookie.
pub fn request_token(req: &HttpRequest) -> Option<String> {
    if let Some(header) = req.headers().get(actix_web::http::header::AUTHORIZATION) {
        let value = header.to_str().ok()?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))?;
        return Some(token.trim().to_owned());
    }
    req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned())
}

/// Finds the agent behind a token: cache first, then the store.
pub async fn authenticate(state: &AppState, token: &str) -> Result<AgentRef, ApiError> {
    let hash = token_hash(token);
    let now = Utc::now();
    if let Some((agent, expires_at)) = state.sessions.get(&hash) {
        if expires_at > now {
            return Ok(agent);
        }
        state.sessions.remove(&hash);
        return Err(ApiError::Unauthorized);
    }
    let record: SessionRecord = state
        .engine
        .session(&hash)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    if record.expires_at <= now {
        return Err(ApiError::Unauthorized);
    }
    let agent = state
        .engine
        .directory()
        .agent(&record.agent_id)
        .filter(|a| a.company_id == record.company_id)
        .ok_or(ApiError::Unauthorized)?
        .as_ref();
    state
        .sessions
        .insert(hash, agent.clone(), record.expires_at);
    Ok(agent)
}

/// The signed-in agent making this request (401 `unauthorized` otherwise).
pub struct CurrentAgent(pub AgentRef);

impl FromRequest for CurrentAgent {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = request_token(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Err(ApiError::Unauthorized);
            };
            authenticate(&state, &token).await.map(CurrentAgent)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_round_trip_as_argon2id() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(is_argon2id(&hash));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
