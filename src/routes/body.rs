//! Reading request bodies within a size limit: the declared length is checked first, then
//! the bytes as they arrive.

use crate::error::ApiError;
use actix_web::error::PayloadError;
use actix_web::web;
use futures_util::{Stream, StreamExt};

/// Largest JSON body the agent API accepts.
pub const API_BODY_LIMIT: usize = 64 * 1024;

/// Reads a request body up to `limit` bytes (`payload_too_large` beyond).
pub async fn read_body<S>(mut payload: S, limit: usize) -> Result<web::Bytes, ApiError>
where
    S: Stream<Item = Result<web::Bytes, PayloadError>> + Unpin,
{
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| match e {
            PayloadError::Overflow => ApiError::PayloadTooLarge,
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
pub async fn read_json_object<S>(
    req: &actix_web::HttpRequest,
    payload: S,
) -> Result<serde_json::Map<String, serde_json::Value>, ApiError>
where
    S: Stream<Item = Result<web::Bytes, PayloadError>> + Unpin,
{
    check_length(req, API_BODY_LIMIT)?;
    crate::fields::object(&read_body(payload, API_BODY_LIMIT).await?)
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
