//! Reading the server's JSON: customer and agent views, timestamps, and the REST error
//! shape.

use chrono::{DateTime, Utc};
use serde_json::Value;

pub const SEED_FIELDS: &[&str] = &[
    "customer_id",
    "customer_name",
    "first_name",
    "last_name",
    "page_id",
    "page_name",
    "company_id",
    "message_count",
    "last_message",
    "last_seen",
    "first_seen",
    "stop",
    "stopped_at",
    "agent_name",
    "agent_id",
    "agent_email",
    "assigned_at",
    "created_at",
    "updated_at",
];

/// `{"error":{"code":"...","message":"..."}}` and nothing else at the top level; the error
/// object may only add `data` (used by `messenger_error`).
#[track_caller]
pub fn assert_error_shape(body: &Value, what: &str) {
    let top = body
        .as_object()
        .unwrap_or_else(|| panic!("{what}: error body is not a JSON object: {body}"));
    assert_eq!(
        top.keys().collect::<Vec<_>>(),
        vec!["error"],
        "{what}: error body must only hold `error`: {body}"
    );
    let err = top["error"]
        .as_object()
        .unwrap_or_else(|| panic!("{what}: `error` is not an object: {body}"));
    assert!(
        err["code"].is_string(),
        "{what}: error.code missing: {body}"
    );
    assert!(
        err.get("message").is_some_and(Value::is_string),
        "{what}: error.message missing: {body}"
    );
    for k in err.keys() {
        assert!(
            ["code", "message", "data"].contains(&k.as_str()),
            "{what}: unexpected key {k:?} in error object: {body}"
        );
    }
}

/// The REST answers for one customer may be the customer itself or `{"customer": {...}}`.
pub fn customer_of(v: &Value) -> &Value {
    if v["customer"].is_object() {
        &v["customer"]
    } else {
        v
    }
}

/// `/api/auth/me` may answer the agent itself or `{"agent": {...}}`.
pub fn agent_of(v: &Value) -> &Value {
    if v["agent"].is_object() {
        &v["agent"]
    } else {
        v
    }
}

#[track_caller]
pub fn parse_ts(v: &Value, what: &str) -> DateTime<Utc> {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("{what}: expected an RFC 3339 timestamp, got {v}"));
    DateTime::parse_from_rfc3339(s)
        .unwrap_or_else(|e| panic!("{what}: {s:?} is not RFC 3339: {e}"))
        .with_timezone(&Utc)
}

pub fn ts_from_ms(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).expect("valid millisecond timestamp")
}

/// Two instants equal to within a second (stores may drop sub-second precision).
#[track_caller]
pub fn assert_close(a: DateTime<Utc>, b: DateTime<Utc>, what: &str) {
    let diff = (a - b).num_milliseconds().abs();
    assert!(diff <= 1000, "{what}: {a} and {b} differ by {diff} ms");
}
