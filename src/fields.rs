//! Typed access to the fields of a JSON request (REST body or WebSocket frame), with errors
//! that name the field: `customer_id: expected a string`.

use crate::error::ApiError;
use serde_json::{Map, Value};

/// Longest id accepted (PSIDs and page ids are ~16–20 digits; tenant ids are short).
const MAX_ID_LEN: usize = 256;

/// A request read from its JSON fields (a REST body or a WebSocket frame).
pub trait FromFields: Sized {
    fn read(fields: &Fields) -> Result<Self, ApiError>;
}

pub struct Fields<'a> {
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    pub fn new(map: &'a Map<String, Value>) -> Self {
        Fields { map }
    }

    /// Present and not null.
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    pub fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    pub fn string(&self, name: &str) -> Result<Option<&'a str>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(ApiError::invalid(name, "expected a string")),
        }
    }

    pub fn required_string(&self, name: &str) -> Result<&'a str, ApiError> {
        self.string(name)?
            .ok_or_else(|| ApiError::invalid(name, "required"))
    }

    /// An identifier: a non-empty string without control characters (numbers are accepted
    /// too, since Facebook ids are often sent unquoted).
    pub fn id(&self, name: &str) -> Result<Option<String>, ApiError> {
        let raw = match self.get(name) {
            None => return Ok(None),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) if n.is_u64() => n.to_string(),
            Some(_) => return Err(ApiError::invalid(name, "expected a string")),
        };
        check_id(name, &raw).map(Some)
    }

    pub fn required_id(&self, name: &str) -> Result<String, ApiError> {
        self.id(name)?
            .ok_or_else(|| ApiError::invalid(name, "required"))
    }

    pub fn u64(&self, name: &str) -> Result<Option<u64>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(Some)
                .ok_or_else(|| ApiError::invalid(name, "expected a non-negative integer")),
            Some(_) => Err(ApiError::invalid(name, "expected a non-negative integer")),
        }
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(ApiError::invalid(name, "expected true or false")),
        }
    }
}

/// Validates an id taken from a path or query string.
pub fn check_id(name: &str, raw: &str) -> Result<String, ApiError> {
    if raw.is_empty() {
        return Err(ApiError::invalid(name, "must not be empty"));
    }
    if raw.len() > MAX_ID_LEN {
        return Err(ApiError::invalid(name, "too long"));
    }
    if raw.chars().any(char::is_control) {
        return Err(ApiError::invalid(
            name,
            "must not contain control characters",
        ));
    }
    Ok(raw.to_owned())
}

/// Parses a request body that must be a JSON object.
pub fn object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::invalid("body", "expected a JSON object")),
        Err(e) => Err(ApiError::invalid("body", &format!("malformed JSON ({e})"))),
    }
}

/// A priority as REST and WebSocket name it: `low`, `normal`, `high` or `urgent`.
pub fn priority(text: &str) -> Result<handoff_actors::policy::Priority, ApiError> {
    serde_json::from_value(Value::String(text.to_owned()))
        .map_err(|_| ApiError::invalid("priority", "expected low, normal, high or urgent"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operator_objects_are_not_ids() {
        let value = json!({"customer_id": {"$ne": null}, "limit": -1, "page_id": 1001});
        let fields = Fields::new(value.as_object().expect("object"));
        let err = fields.required_id("customer_id").expect_err("must fail");
        assert_eq!(err.to_string(), "customer_id: expected a string");
        assert_eq!(
            fields.u64("limit").expect_err("negative").to_string(),
            "limit: expected a non-negative integer"
        );
        assert_eq!(
            fields.id("page_id").expect("number ok"),
            Some("1001".into())
        );
        assert_eq!(
            fields
                .required_id("missing")
                .expect_err("missing")
                .to_string(),
            "missing: required"
        );
    }
}
