//! The origin check of state-changing API requests (the same rule as the WebSocket
//! upgrade's), as middleware wrapped around the whole application.

use crate::error::ApiError;
use crate::state::AppState;
use actix_web::web;

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
            let allowed = req.app_data::<web::Data<AppState>>().is_some_and(|state| {
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
