//! The WebSocket frames of docs/ws-protocol.md: parsing client frames into typed requests (fields
//! in `data` or at the top level) and encoding replies and error frames.

use crate::error::ApiError;
use crate::fields::Fields;
use chrono::{DateTime, Utc};
use handoff_actors::events::Availability;
use handoff_actors::ids::{CustomerId, PageId};
use handoff_actors::messages::Feed;
use handoff_actors::model::CustomerSort;
use handoff_actors::policy::Priority;
use serde_json::{json, Map, Value};

/// A client frame before its fields are read.
pub struct Frame {
    pub kind: String,
    pub request_id: Option<Value>,
    pub fields: Map<String, Value>,
}

#[derive(Debug, PartialEq)]
pub enum Request {
    GetStoppedCustomers {
        page: Option<PageId>,
        limit: Option<usize>,
        skip: usize,
        sort: CustomerSort,
    },
    AssignAgent {
        customer: CustomerId,
        page: PageId,
    },
    UnassignAgent {
        customer: CustomerId,
        page: PageId,
    },
    /// How urgently a waiting or served customer should be served.
    SetPriority {
        customer: CustomerId,
        page: PageId,
        priority: Priority,
    },
    SendMessage {
        customer: CustomerId,
        page: PageId,
        text: String,
    },
    /// Send a failed message again (its author only).
    RetryMessage {
        customer: CustomerId,
        page: PageId,
        outgoing_id: String,
    },
    /// Give up a failed message.
    DiscardMessage {
        customer: CustomerId,
        page: PageId,
        outgoing_id: String,
    },
    GetConversation {
        customer: CustomerId,
        page: PageId,
        limit: Option<usize>,
        before: Option<DateTime<Utc>>,
    },
    SetAvailability {
        status: Availability,
    },
    /// The customer the agent has open; `None` (absent or null `customer_id`): none.
    Viewing {
        customer: Option<CustomerId>,
        page: Option<PageId>,
    },
    /// Join (`on`) or leave a feed (docs/ws-protocol.md#feeds).
    Subscribe {
        feed: Feed,
        on: bool,
    },
    Ping,
}

/// Why a frame could not be turned into a request, with what is known of it for the
/// error frame.
pub struct Rejected {
    pub request_id: Option<Value>,
    pub request_type: Option<String>,
    pub error: ApiError,
}

pub fn parse(text: &str) -> Result<Frame, Box<Rejected>> {
    let reject = |request_id, request_type, error| {
        Box::new(Rejected {
            request_id,
            request_type,
            error,
        })
    };
    let mut top = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => {
            return Err(reject(
                None,
                None,
                ApiError::invalid("frame", "expected a JSON object"),
            ))
        }
        Err(e) => {
            return Err(reject(
                None,
                None,
                ApiError::invalid("frame", &format!("malformed JSON ({e})")),
            ))
        }
    };
    let request_id = top.remove("request_id").filter(|v| !v.is_null());
    // Only a string or a number is ever echoed back, whichever error comes first.
    let echoed = || {
        request_id
            .clone()
            .filter(|id| id.is_string() || id.is_number())
    };
    let kind = match top.remove("type") {
        Some(Value::String(kind)) => kind,
        Some(_) => {
            return Err(reject(
                echoed(),
                None,
                ApiError::invalid("type", "expected a string"),
            ))
        }
        None => {
            return Err(reject(
                echoed(),
                None,
                ApiError::invalid("type", "required"),
            ))
        }
    };
    if let Some(id) = &request_id {
        if !(id.is_string() || id.is_number()) {
            return Err(reject(
                None,
                Some(kind),
                ApiError::invalid("request_id", "expected a string or number"),
            ));
        }
    }
    let mut fields = top;
    match fields.remove("data") {
        None | Some(Value::Null) => {}
        Some(Value::Object(data)) => fields.extend(data),
        Some(_) => {
            return Err(reject(
                request_id,
                Some(kind),
                ApiError::invalid("data", "expected an object"),
            ))
        }
    }
    Ok(Frame {
        kind,
        request_id,
        fields,
    })
}

/// Is a frame of this type a presence request (drawing on the tighter presence budget)?
pub fn is_presence(kind: &str) -> bool {
    matches!(kind, "set_availability" | "viewing")
}

pub fn request(frame: &Frame) -> Result<Request, ApiError> {
    let f = Fields::new(&frame.fields);
    let customer = || f.required_id("customer_id").map(CustomerId::new);
    let page = || f.required_id("page_id").map(PageId::new);
    let limit = || f.u64("limit").map(|l| l.map(|l| l as usize));
    Ok(match frame.kind.as_str() {
        "get_stopped_customers" => Request::GetStoppedCustomers {
            page: f.id("page_id")?.map(PageId::new),
            limit: limit()?,
            skip: f.u64("skip")?.unwrap_or(0) as usize,
            // The queue: waiting longest first unless asked otherwise; `recent` is REST's.
            sort: match f.string("sort")?.map(str::parse) {
                None => CustomerSort::WaitingLongest,
                Some(Ok(sort)) if sort != CustomerSort::RecentFirst => sort,
                Some(_) => return Err(ApiError::invalid("sort", "expected waiting or window")),
            },
        },
        "assign_agent" => Request::AssignAgent {
            customer: customer()?,
            page: page()?,
        },
        "unassign_agent" => Request::UnassignAgent {
            customer: customer()?,
            page: page()?,
        },
        "set_priority" => Request::SetPriority {
            customer: customer()?,
            page: page()?,
            priority: crate::fields::priority(f.required_string("priority")?)?,
        },
        "send_message" => Request::SendMessage {
            customer: customer()?,
            page: page()?,
            text: f.required_string("message")?.to_owned(),
        },
        "retry_message" => Request::RetryMessage {
            customer: customer()?,
            page: page()?,
            outgoing_id: f.required_id("outgoing_id")?,
        },
        "discard_message" => Request::DiscardMessage {
            customer: customer()?,
            page: page()?,
            outgoing_id: f.required_id("outgoing_id")?,
        },
        "get_conversation" => Request::GetConversation {
            customer: customer()?,
            page: page()?,
            limit: limit()?,
            before: f
                .string("before")?
                .map(|b| {
                    DateTime::parse_from_rfc3339(b)
                        .map(|t| t.with_timezone(&Utc))
                        .map_err(|_| ApiError::invalid("before", "expected an RFC 3339 timestamp"))
                })
                .transpose()?,
        },
        "set_availability" => Request::SetAvailability {
            status: match f.required_string("status")? {
                "available" => Availability::Available,
                "away" => Availability::Away,
                _ => return Err(ApiError::invalid("status", "expected available or away")),
            },
        },
        "viewing" => Request::Viewing {
            customer: f.id("customer_id")?.map(CustomerId::new),
            page: f.id("page_id")?.map(PageId::new),
        },
        kind @ ("subscribe" | "unsubscribe") => Request::Subscribe {
            feed: match f.required_string("feed")? {
                "messages" => Feed::Messages,
                "queue_digest" => Feed::QueueDigest,
                _ => {
                    return Err(ApiError::invalid(
                        "feed",
                        "expected messages or queue_digest",
                    ))
                }
            },
            on: kind == "subscribe",
        },
        "ping" => Request::Ping,
        other => {
            let shown: String = other.chars().take(64).collect();
            return Err(ApiError::invalid(
                "type",
                &format!("unknown message type {shown:?}"),
            ));
        }
    })
}

/// `{"type": kind, "request_id": ..., "data": data}`.
pub fn reply(kind: &str, request_id: &Option<Value>, data: Value) -> String {
    let mut frame = json!({"type": kind, "data": data});
    if let (Some(id), Some(map)) = (request_id, frame.as_object_mut()) {
        map.insert("request_id".into(), id.clone());
    }
    frame.to_string()
}

/// `{"type":"error","request_id":...,"data":{"code","message","request_type"[,"data"]}}`;
/// `rate_limited` adds `retry_after`, in whole seconds as REST's `Retry-After` header.
pub fn error(request_id: &Option<Value>, request_type: Option<&str>, err: &ApiError) -> String {
    let mut data = err.body();
    data.insert(
        "request_type".into(),
        request_type.map_or(Value::Null, |t| Value::String(t.to_owned())),
    );
    if let ApiError::RateLimited { retry_after } = err {
        data.insert("retry_after".into(), json!(whole_seconds(*retry_after)));
    }
    reply("error", request_id, Value::Object(data))
}

/// A wait in whole seconds, rounded up, at least 1 (what `Retry-After` can say).
pub fn whole_seconds(wait: std::time::Duration) -> u64 {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    seconds.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Request, String> {
        let frame = parse(text).map_err(|r| r.error.to_string())?;
        request(&frame).map_err(|e| e.to_string())
    }

    #[test]
    fn fields_may_stand_in_data_or_at_the_top_level() {
        let expected = Request::SendMessage {
            customer: CustomerId::new("c1"),
            page: PageId::new("p1"),
            text: "Hello".into(),
        };
        assert_eq!(
            parsed(
                r#"{"type":"send_message","customer_id":"c1","page_id":"p1","message":"Hello"}"#
            ),
            Ok(expected)
        );
        assert!(matches!(
            parsed(r#"{"type":"assign_agent","data":{"customer_id":"c1","page_id":"p1"}}"#),
            Ok(Request::AssignAgent { .. })
        ));
    }

    #[test]
    fn bad_frames_name_what_is_wrong() {
        assert_eq!(
            parsed("{nope"),
            Err("frame: malformed JSON (key must be a string at line 1 column 2)".into())
        );
        assert_eq!(
            parsed(r#"{"type":"fly"}"#),
            Err("type: unknown message type \"fly\"".into())
        );
        assert_eq!(
            parsed(r#"{"type":"assign_agent","data":{"page_id":"p"}}"#),
            Err("customer_id: required".into())
        );
        assert_eq!(
            parsed(r#"{"type":"assign_agent","data":{"customer_id":{"$ne":null},"page_id":"p"}}"#),
            Err("customer_id: expected a string".into())
        );
        assert_eq!(
            parsed(r#"{"type":"ping","data":[1]}"#),
            Err("data: expected an object".into())
        );
    }

    #[test]
    fn only_a_string_or_number_request_id_is_echoed() {
        let rejected = parse(r#"{"request_id":{"a":1},"type":5}"#)
            .err()
            .expect("refused");
        assert_eq!(rejected.request_id, None);
        assert_eq!(rejected.error.to_string(), "type: expected a string");
        let rejected = parse(r#"{"request_id":"r1"}"#).err().expect("refused");
        assert_eq!(rejected.request_id, Some(json!("r1")));
    }

    #[test]
    fn feeds_are_joined_and_left_by_name() {
        assert_eq!(
            parsed(r#"{"type":"unsubscribe","data":{"feed":"messages"}}"#),
            Ok(Request::Subscribe {
                feed: Feed::Messages,
                on: false
            })
        );
        assert_eq!(
            parsed(r#"{"type":"subscribe","feed":"queue_digest"}"#),
            Ok(Request::Subscribe {
                feed: Feed::QueueDigest,
                on: true
            })
        );
        assert!(parsed(r#"{"type":"subscribe","data":{"feed":"gossip"}}"#).is_err());
        assert!(parsed(r#"{"type":"subscribe"}"#).is_err());
    }

    #[test]
    fn viewing_names_a_customer_or_nothing() {
        assert_eq!(
            parsed(r#"{"type":"viewing","data":{"customer_id":"c1","page_id":"p1"}}"#),
            Ok(Request::Viewing {
                customer: Some(CustomerId::new("c1")),
                page: Some(PageId::new("p1")),
            })
        );
        let nothing = Ok(Request::Viewing {
            customer: None,
            page: None,
        });
        assert_eq!(parsed(r#"{"type":"viewing"}"#), nothing);
        assert_eq!(
            parsed(r#"{"type":"viewing","data":{"customer_id":null}}"#),
            nothing
        );
        assert_eq!(
            parsed(r#"{"type":"viewing","data":{"customer_id":["c1"]}}"#),
            Err("customer_id: expected a string".into())
        );
    }

    #[test]
    fn replies_echo_the_request_id() {
        let text = reply("pong", &Some(json!("r1")), json!({}));
        let value: Value = serde_json::from_str(&text).expect("json");
        assert_eq!(
            value,
            json!({"type": "pong", "request_id": "r1", "data": {}})
        );
        let err = error(
            &Some(json!(7)),
            Some("assign_agent"),
            &ApiError::invalid("customer_id", "required"),
        );
        let value: Value = serde_json::from_str(&err).expect("json");
        assert_eq!(
            value,
            json!({"type": "error", "request_id": 7, "data": {
            "code": "invalid_request", "message": "customer_id: required", "request_type": "assign_agent"}})
        );
    }

    #[test]
    fn rate_limited_says_when_to_try_again() {
        let err = error(
            &Some(json!("r2")),
            Some("viewing"),
            &ApiError::RateLimited {
                retry_after: std::time::Duration::from_millis(200),
            },
        );
        let value: Value = serde_json::from_str(&err).expect("json");
        assert_eq!(
            value,
            json!({"type": "error", "request_id": "r2", "data": {
            "code": "rate_limited", "message": "Too many requests, slow down",
            "request_type": "viewing", "retry_after": 1}})
        );
        assert_eq!(whole_seconds(std::time::Duration::from_millis(1500)), 2);
        assert_eq!(whole_seconds(std::time::Duration::from_secs(3)), 3);
        assert!(is_presence("set_availability") && is_presence("viewing"));
        assert!(!is_presence("assign_agent"));
    }
}
