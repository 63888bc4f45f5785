//! One table from error to `(code, HTTP status)`, used by REST answers and WebSocket error
//! frames alike. Internal detail is logged where it happens and never sent to clients.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use handoff_actors::ActorError;
use serde_json::{json, Value};

/// Every error code with its HTTP status: the table of docs/errors.md, and
/// the error responses of the OpenAPI document. A unit test holds it to [`ApiError`]'s own
/// `code()` and `status()`.
pub const CODES: &[(&str, u16)] = &[
    ("invalid_request", 400),
    ("unauthorized", 401),
    ("invalid_credentials", 401),
    ("not_assigned_to_you", 403),
    ("page_access_denied", 403),
    ("forbidden", 403),
    ("customer_not_found", 404),
    ("already_assigned", 409),
    ("help_not_requested", 409),
    ("messaging_window_closed", 409),
    ("payload_too_large", 413),
    ("rate_limited", 429),
    ("internal", 500),
    ("messenger_error", 502),
    ("store_unavailable", 503),
];

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Actor(#[from] ActorError),
    #[error("Authentication required")]
    Unauthorized,
    #[error("Invalid email or password")]
    InvalidCredentials,
    #[error("Request body too large")]
    PayloadTooLarge,
    #[error("Too many requests, slow down")]
    RateLimited { retry_after: std::time::Duration },
    #[error("Invalid webhook signature")]
    BadSignature,
}

impl ApiError {
    pub fn invalid(field: &str, problem: &str) -> Self {
        ApiError::Actor(ActorError::invalid(field, problem))
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Actor(e) => e.code(),
            ApiError::Unauthorized | ApiError::BadSignature => "unauthorized",
            ApiError::InvalidCredentials => "invalid_credentials",
            ApiError::PayloadTooLarge => "payload_too_large",
            ApiError::RateLimited { .. } => "rate_limited",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Actor(e) => match e {
                ActorError::CustomerNotFound => StatusCode::NOT_FOUND,
                ActorError::AlreadyAssigned { .. }
                | ActorError::HelpNotRequested
                | ActorError::MessagingWindowClosed => StatusCode::CONFLICT,
                ActorError::NotAssignedToYou
                | ActorError::PageAccessDenied
                | ActorError::Forbidden => StatusCode::FORBIDDEN,
                ActorError::InvalidRequest(_) => StatusCode::BAD_REQUEST,
                ActorError::Messenger(_) | ActorError::Undelivered { .. } => {
                    StatusCode::BAD_GATEWAY
                }
                ActorError::StoreUnavailable => StatusCode::SERVICE_UNAVAILABLE,
                ActorError::ActorUnavailable | ActorError::Contention => {
                    StatusCode::INTERNAL_SERVER_ERROR
                }
            },
            ApiError::Unauthorized | ApiError::InvalidCredentials | ApiError::BadSignature => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// Extra facts for the client: Graph's own error code for `messenger_error`, and for an
    /// agent message that did not get through, where it stands (`failed`: not delivered,
    /// retry or discard it; `unconfirmed`: it may have been delivered, wait for Facebook's
    /// echo) and its `outgoing_id`.
    pub fn data(&self) -> Option<Value> {
        match self {
            ApiError::Actor(ActorError::Messenger(f)) => {
                Some(json!({"code": f.code, "error_subcode": f.subcode}))
            }
            ApiError::Actor(ActorError::Undelivered {
                failure,
                outgoing_id,
            }) => Some(json!({
                "code": failure.code,
                "error_subcode": failure.subcode,
                "delivery": if failure.maybe_delivered { "unconfirmed" } else { "failed" },
                "outgoing_id": outgoing_id,
            })),
            _ => None,
        }
    }

    /// `{"code","message"[,"data"]}`: the body of a REST error and of a WS error frame.
    pub fn body(&self) -> serde_json::Map<String, Value> {
        let mut body = serde_json::Map::new();
        body.insert("code".into(), self.code().into());
        body.insert("message".into(), self.to_string().into());
        if let Some(data) = self.data() {
            body.insert("data".into(), data);
        }
        body
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        if self.status() == StatusCode::INTERNAL_SERVER_ERROR {
            tracing::error!(error = ?self, "request failed inside the server");
        }
        let mut response = HttpResponse::build(self.status());
        if let ApiError::RateLimited { retry_after } = self {
            response.insert_header((
                actix_web::http::header::RETRY_AFTER,
                retry_after.as_secs().max(1).to_string(),
            ));
        }
        response.json(json!({ "error": self.body() }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use handoff_actors::GraphFailure;

    #[test]
    fn every_error_has_its_exact_json() {
        let cases: Vec<(ApiError, u16, Value)> = vec![
            (
                ActorError::CustomerNotFound.into(),
                404,
                json!({"code": "customer_not_found", "message": "Customer not found"}),
            ),
            (
                ActorError::AlreadyAssigned {
                    agent_name: "Alice Smith".into(),
                }
                .into(),
                409,
                json!({"code": "already_assigned", "message": "Already assigned to Alice Smith"}),
            ),
            (
                ActorError::NotAssignedToYou.into(),
                403,
                json!({"code": "not_assigned_to_you", "message": "Not assigned to you"}),
            ),
            (
                ActorError::PageAccessDenied.into(),
                403,
                json!({"code": "page_access_denied", "message": "Page access denied"}),
            ),
            (
                ActorError::HelpNotRequested.into(),
                409,
                json!({"code": "help_not_requested", "message": "Customer has not requested help"}),
            ),
            (
                ActorError::MessagingWindowClosed.into(),
                409,
                json!({"code": "messaging_window_closed", "message": "Messaging window closed"}),
            ),
            (
                ApiError::invalid("customer_id", "expected a string"),
                400,
                json!({"code": "invalid_request", "message": "customer_id: expected a string"}),
            ),
            (
                ApiError::Unauthorized,
                401,
                json!({"code": "unauthorized", "message": "Authentication required"}),
            ),
            (
                ApiError::InvalidCredentials,
                401,
                json!({"code": "invalid_credentials", "message": "Invalid email or password"}),
            ),
            (
                ActorError::Forbidden.into(),
                403,
                json!({"code": "forbidden", "message": "Forbidden"}),
            ),
            (
                ApiError::PayloadTooLarge,
                413,
                json!({"code": "payload_too_large", "message": "Request body too large"}),
            ),
            (
                ApiError::RateLimited {
                    retry_after: std::time::Duration::from_secs(1),
                },
                429,
                json!({"code": "rate_limited", "message": "Too many requests, slow down"}),
            ),
            (
                ActorError::Messenger(GraphFailure {
                    message: "This person isn't available right now.".into(),
                    code: Some(551),
                    subcode: None,
                    maybe_delivered: false,
                })
                .into(),
                502,
                json!({"code": "messenger_error", "message": "This person isn't available right now.", "data": {"code": 551, "error_subcode": null}}),
            ),
            (
                ActorError::Undelivered {
                    failure: GraphFailure {
                        message:
                            "Facebook did not answer in time; the message may have been delivered"
                                .into(),
                        code: None,
                        subcode: None,
                        maybe_delivered: true,
                    },
                    outgoing_id: "out_1".into(),
                }
                .into(),
                502,
                json!({"code": "messenger_error",
                    "message": "Facebook did not answer in time; the message may have been delivered",
                    "data": {"code": null, "error_subcode": null, "delivery": "unconfirmed", "outgoing_id": "out_1"}}),
            ),
            (
                ActorError::ActorUnavailable.into(),
                500,
                json!({"code": "internal", "message": "Internal error"}),
            ),
            (
                ActorError::Contention.into(),
                500,
                json!({"code": "internal", "message": "Internal error"}),
            ),
            (
                ActorError::StoreUnavailable.into(),
                503,
                json!({"code": "store_unavailable", "message": "Store unavailable"}),
            ),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for (error, status, body) in cases {
            assert_eq!(error.status().as_u16(), status, "{error:?}");
            assert_eq!(Value::Object(error.body()), body);
            assert!(
                CODES.contains(&(error.code(), status)),
                "{error:?} is missing from CODES"
            );
            seen.insert(error.code());
        }
        let listed: std::collections::BTreeSet<_> = CODES.iter().map(|(code, _)| *code).collect();
        assert_eq!(seen, listed, "CODES lists a code no error has");
    }
}
