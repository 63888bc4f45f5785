//! `GET` and `PUT /api/dashboard/routing`: the company's routing settings (docs/routing.md).

use super::body::read_json_object;
use crate::access::CurrentAgent;
use crate::error::ApiError;
use crate::openapi::errors::{SettingsChange, SignedIn};
use crate::state::AppState;
use actix_web::{get, put, web, HttpRequest, HttpResponse};
use handoff_actors::policy::Routing;

/// The company's routing settings: the policy (and pages that differ from it) and the
/// agents' capacities. Any agent of the company may read them.
#[utoipa::path(
    operation_id = "get_routing",
    responses(
        (status = 200, description = "The company's routing settings", body = Routing),
        SignedIn,
    ),
)]
#[get("/routing")]
pub async fn get_routing(agent: CurrentAgent, state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(state.engine.as_agent(&agent.0).routing())
}

/// Replaces the company's routing settings (admins only; audited as `set_routing`). A field
/// left out takes its default; pages and agents named must be the company's.
#[utoipa::path(
    operation_id = "set_routing",
    request_body = Routing,
    responses(
        (status = 200, description = "The settings now in force", body = Routing),
        SettingsChange,
    ),
)]
#[put("/routing")]
pub async fn put_routing(
    req: HttpRequest,
    payload: web::Payload,
    // Not `Admin`: the desk refuses agents itself.
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let body = read_json_object(&req, payload).await?;
    let routing: Routing = serde_json::from_value(serde_json::Value::Object(body))
        .map_err(|err| ApiError::invalid("body", &err.to_string()))?;
    let routing = state.engine.as_agent(&agent.0).set_routing(routing).await?;
    Ok(HttpResponse::Ok().json(routing))
}
