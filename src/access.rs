//! Who a request comes from: a session token checked against the session cache, else the
//! store, and the extractors handlers declare what they need with — [`CurrentAgent`] (any
//! signed-in agent) and [`Admin`] (an admin of the agent's company). Admin-only routes take
//! [`Admin`], so the web layer asks for the role in this one place; the one exception is
//! ending an agent's sessions, whose refusal the engine must see to audit it. It sits above
//! `state` (it reads the cache and the store through [`AppState`]) and below the routes
//! and the WebSocket that use it.

use crate::auth::{request_token, token_hash};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use chrono::Utc;
use futures_util::future::LocalBoxFuture;
use handoff_actors::model::{AgentRef, SessionRecord};
use handoff_actors::ActorError;

/// Finds the agent behind a token: cache first, then the store.
pub async fn authenticate(state: &AppState, token: &str) -> Result<AgentRef, ApiError> {
    authenticate_hash(state, &token_hash(token)).await
}

/// Finds the agent behind a token's hash. A session that has expired, or that the store no
/// longer has (logout, maybe in another process), is ended here: `unauthorized`, and its
/// connections close.
pub async fn authenticate_hash(state: &AppState, hash: &str) -> Result<AgentRef, ApiError> {
    let now = Utc::now();
    if let Some(session) = state.sessions.fresh(hash) {
        if session.expires_at > now {
            return Ok(session.agent);
        }
        state.sessions.end(hash);
        return Err(ApiError::Unauthorized);
    }
    let Some(record): Option<SessionRecord> = state.engine.session(hash).await? else {
        state.sessions.end(hash);
        return Err(ApiError::Unauthorized);
    };
    let agent = state
        .engine
        .directory()
        .agent(&record.agent_id)
        .filter(|a| a.company_id == record.company_id && record.expires_at > now)
        .map(|agent| agent.as_ref());
    let Some(agent) = agent else {
        state.sessions.end(hash);
        return Err(ApiError::Unauthorized);
    };
    state
        .sessions
        .insert(hash.to_owned(), agent.clone(), record.expires_at);
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
            let agent = authenticate(&state, &token).await?;
            crate::telemetry::note_company(&agent.company_id);
            Ok(CurrentAgent(agent))
        })
    }
}

/// A signed-in admin making this request: 401 `unauthorized` without a session, 403
/// `forbidden` for an agent who is not an admin.
pub struct Admin(pub AgentRef);

impl FromRequest for Admin {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let agent = CurrentAgent::from_request(req, payload);
        Box::pin(async move { admin(agent.await?.0).map(Admin) })
    }
}

/// The agent, when an admin; `forbidden` otherwise.
pub fn admin(agent: AgentRef) -> Result<AgentRef, ApiError> {
    if agent.is_admin() {
        Ok(agent)
    } else {
        Err(ActorError::Forbidden.into())
    }
}
