//! Reading a request's query string: typed values with errors that name the parameter.

use crate::error::ApiError;
use crate::fields::check_id;
use actix_web::web;
use std::collections::HashMap;

/// A request's query parameters.
pub type Query = web::Query<HashMap<String, String>>;

pub fn query_usize(q: &HashMap<String, String>, name: &str) -> Result<Option<usize>, ApiError> {
    q.get(name)
        .map(|v| {
            v.parse::<usize>()
                .map_err(|_| ApiError::invalid(name, "expected a non-negative integer"))
        })
        .transpose()
}

/// `true`/`false`, also `1`/`0`.
pub fn query_bool(q: &HashMap<String, String>, name: &str) -> Result<Option<bool>, ApiError> {
    q.get(name)
        .map(|v| match v.as_str() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(ApiError::invalid(name, "expected true or false")),
        })
        .transpose()
}

pub fn query_id(q: &HashMap<String, String>, name: &str) -> Result<Option<String>, ApiError> {
    q.get(name).map(|v| check_id(name, v)).transpose()
}

/// An RFC 3339 time (`2026-12-07T09:00:00Z`).
pub fn query_time(
    q: &HashMap<String, String>,
    name: &str,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, ApiError> {
    q.get(name)
        .map(|v| {
            chrono::DateTime::parse_from_rfc3339(v)
                .map(|t| t.with_timezone(&chrono::Utc))
                .map_err(|_| ApiError::invalid(name, "expected an RFC 3339 time"))
        })
        .transpose()
}
