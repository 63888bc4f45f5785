//! `GET /webhook` (Meta's verification handshake) and `POST /webhook` (events).
//!
//! A POST is answered `200` only once every customer message it carries is durably
//! recorded; the bot's replies and profile look-ups run after, off the request path.

use super::{check_length, read_body};
use crate::error::ApiError;
use crate::fields::check_id;
use crate::intent;
use crate::messenger::payload::{CustomerMessage, Item, Webhook};
use crate::messenger::signature;
use crate::openapi::errors::{BadRequest, PayloadTooLarge, ServiceUnavailable, Unauthorized};
use crate::state::AppState;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use futures_util::future::join_all;
use handoff_actors::ids::{CustomerId, PageId};
use handoff_actors::messages::{InboundEvent, InboxReply, OwnEcho};
use handoff_actors::model::from_millis;
use handoff_actors::parse_echo_metadata;
use handoff_actors::ActorError;
use std::collections::{BTreeMap, HashMap};
use subtle::ConstantTimeEq;
use utoipa_actix_web::service_config::ServiceConfig;

/// Meta sends at most a few hundred KiB; anything over 1 MiB is refused.
pub const WEBHOOK_BODY_LIMIT: usize = 1024 * 1024;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(handshake).service(receive);
}

/// What a webhook asks handoff to record for one customer.
#[derive(Debug)]
pub(crate) enum Incoming {
    /// The customer wrote.
    Customer(CustomerMessage),
    /// The customer wrote in a thread another app controls: recorded, never answered.
    Standby(CustomerMessage),
    /// A person answered from Meta's Page inbox (an echo from another app).
    Inbox(CustomerMessage),
    /// Our own echo of part `part` of an agent message: that part was delivered.
    OwnEcho {
        message: CustomerMessage,
        outgoing_id: String,
        part: usize,
    },
}

impl Incoming {
    pub(crate) fn message(&self) -> &CustomerMessage {
        match self {
            Incoming::Customer(m)
            | Incoming::Standby(m)
            | Incoming::Inbox(m)
            | Incoming::OwnEcho { message: m, .. } => m,
        }
    }
}

/// A customer message for the conversation, with the local detector's verdict (fast:
/// it runs before the webhook is answered).
fn inbound_event(message: CustomerMessage, standby: bool) -> InboundEvent {
    let human_requested = !standby && intent::detect(&message.text).human_requested;
    InboundEvent {
        mid: message.mid,
        text: message.text,
        timestamp: from_millis(message.timestamp),
        human_requested,
        standby,
    }
}

/// Meta's verification handshake: answers `hub.challenge` when `hub.verify_token` is ours.
#[utoipa::path(
    tag = "webhook",
    params(
        ("hub.mode" = Option<String>, Query, description = "`subscribe`"),
        ("hub.verify_token" = Option<String>, Query, description = "`FB_VERIFY_TOKEN`"),
        ("hub.challenge" = Option<String>, Query, description = "Echoed back when the token matches"),
    ),
    responses(
        (status = 200, description = "The challenge", body = String, content_type = "text/plain"),
        (status = 403, description = "Not a subscription with our verify token (no body)"),
    ),
)]
#[get("/webhook")]
async fn handshake(
    q: web::Query<HashMap<String, String>>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let mode = q.get("hub.mode").map(String::as_str);
    let token = q
        .get("hub.verify_token")
        .map(String::as_bytes)
        .unwrap_or_default();
    let matches: bool = token.ct_eq(state.settings.verify_token.as_bytes()).into();
    match (mode, q.get("hub.challenge")) {
        (Some("subscribe"), Some(challenge)) if matches => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body(challenge.clone()),
        _ => HttpResponse::Forbidden().finish(),
    }
}

/// Messenger events. Answered `200` once every customer message it carries is durably
/// recorded; the signature is checked on the raw body before anything is parsed.
#[utoipa::path(
    tag = "webhook",
    params(
        ("X-Hub-Signature-256" = String, Header, description = "`sha256=` and the HMAC-SHA256 of the raw body with `FB_APP_SECRET`, in hex"),
    ),
    request_body = Webhook,
    responses(
        (status = 200, description = "Recorded: `EVENT_RECEIVED`", body = String, content_type = "text/plain"),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/webhook")]
#[tracing::instrument(skip_all)]
async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    check_length(&req, WEBHOOK_BODY_LIMIT)?;
    let body = read_body(payload, WEBHOOK_BODY_LIMIT).await?;
    let header = req
        .headers()
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    if !signature::verify(&state.settings.app_secret, &body, header) {
        tracing::warn!("webhook with a missing or wrong signature");
        return Err(ApiError::BadSignature);
    }
    record(&state, &parse(&body)?).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain")
        .body("EVENT_RECEIVED"))
}

/// A webhook body whose signature has been verified: `invalid_request` when it is not a
/// Messenger webhook.
pub fn parse(body: &[u8]) -> Result<Webhook, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::invalid("body", &format!("not a Messenger webhook ({e})")))
}

/// Can this id from a webhook name a page or a customer? The REST API refuses the same ids
/// (`fields::check_id`), so a customer recorded under one could never be reached.
fn usable_id(id: &str) -> bool {
    check_id("id", id).is_ok()
}

/// What a webhook asks handoff to record, per `(page, customer)`, in event-time order.
/// `our_app_id` (`FB_APP_ID`) tells our own echoes from replies typed in Meta's inbox.
/// Items that name no usable page, customer or message id are left out.
pub(crate) fn incoming(
    hook: &Webhook,
    our_app_id: Option<&str>,
) -> BTreeMap<(String, String), Vec<Incoming>> {
    let mut per_customer: BTreeMap<(String, String), Vec<Incoming>> = BTreeMap::new();
    if hook.object != "page" {
        return per_customer;
    }
    let mut queue = |incoming: Incoming| {
        let m = incoming.message();
        if !(usable_id(&m.page) && usable_id(&m.customer)) || m.mid.is_empty() {
            tracing::warn!("webhook item without a usable page, customer or message id; ignored");
            return;
        }
        let key = (m.page.clone(), m.customer.clone());
        per_customer.entry(key).or_default().push(incoming);
    };
    for entry in &hook.entry {
        let Some(page) = entry.page_id() else {
            continue;
        };
        // `standby`: another app controls these threads; recorded, never answered.
        for item in &entry.standby {
            if let Item::Customer(message) = item.classify(&page) {
                queue(Incoming::Standby(message));
            }
        }
        for item in &entry.messaging {
            match item.classify(&page) {
                Item::Customer(message) => queue(Incoming::Customer(message)),
                Item::Echo {
                    app_id,
                    metadata,
                    message,
                } => {
                    let ours = match (our_app_id, &app_id) {
                        (Some(ours), Some(theirs)) => ours == theirs,
                        // Without FB_APP_ID we cannot tell: treat every echo as our own.
                        _ => true,
                    };
                    if !ours {
                        queue(Incoming::Inbox(message));
                    } else if let Some((outgoing_id, part)) =
                        metadata.as_deref().and_then(parse_echo_metadata)
                    {
                        queue(Incoming::OwnEcho {
                            message,
                            outgoing_id,
                            part,
                        });
                    }
                }
                Item::Other => {}
            }
        }
    }
    for items in per_customer.values_mut() {
        items.sort_by_key(|i| i.message().timestamp);
    }
    per_customer
}

/// Records everything a webhook carries for customers; returns once all of it is durable.
pub async fn record(state: &AppState, hook: &Webhook) -> Result<(), ApiError> {
    let per_customer = incoming(hook, state.settings.app_id.as_deref());
    if per_customer.is_empty() {
        return Ok(());
    }
    // A webhook that arrives while the detector's model trains (at boot) waits for it here,
    // not inside `inbound_event`, which would block the HTTP worker.
    intent::trained().await;
    // Different customers are recorded in parallel, each in event-time order.
    let engine = &state.engine;
    let results = join_all(per_customer.into_iter().map(
        |((page, customer), items)| async move {
            let (page, customer) = (PageId::new(page), CustomerId::new(customer));
            for item in items {
                let known = match item {
                    Incoming::Customer(message) => {
                        let event = inbound_event(message, false);
                        engine.inbound(&page, &customer, event).await?.is_some()
                    }
                    Incoming::Standby(message) => {
                        let event = inbound_event(message, true);
                        engine.inbound(&page, &customer, event).await?.is_some()
                    }
                    Incoming::Inbox(CustomerMessage {
                        mid,
                        text,
                        timestamp,
                        ..
                    }) => {
                        let reply = InboxReply {
                            mid,
                            text,
                            timestamp: from_millis(timestamp),
                        };
                        engine.inbox_reply(&page, &customer, reply).await?
                    }
                    Incoming::OwnEcho {
                        message,
                        outgoing_id,
                        part,
                    } => {
                        let echo = OwnEcho {
                            outgoing_id,
                            part,
                            mid: message.mid,
                        };
                        engine.own_echo(&page, &customer, echo).await?
                    }
                };
                if !known {
                    tracing::warn!(page_id = %page, "webhook for a page no company owns; ignored");
                    break;
                }
            }
            Ok::<(), ActorError>(())
        },
    ))
    .await;
    if let Some(Err(err)) = results.into_iter().find(Result::is_err) {
        // Not durable: Facebook will redeliver, and the mids make that harmless.
        return Err(err.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_without_usable_ids_are_left_out() {
        let hook = parse(
            br#"{"object": "page", "entry": [{"id": "1001", "messaging": [
                {"sender": {"id": ""}, "timestamp": 1, "message": {"mid": "m1", "text": "hi"}},
                {"sender": {"id": "u\u0000"}, "timestamp": 2, "message": {"mid": "m2", "text": "hi"}},
                {"sender": {"id": "u1"}, "timestamp": 3, "message": {"mid": "", "text": "hi"}},
                {"sender": {"id": "u2"}, "timestamp": 5, "message": {"mid": "m5", "text": "later"}},
                {"sender": {"id": "u2"}, "timestamp": 4, "message": {"mid": "m4", "text": "first"}}
            ]}]}"#,
        )
        .expect("a webhook");
        let incoming = incoming(&hook, None);
        let customers: Vec<&str> = incoming.keys().map(|(_, c)| c.as_str()).collect();
        assert_eq!(customers, vec!["u2"]);
        let mids: Vec<&str> = incoming[&("1001".to_owned(), "u2".to_owned())]
            .iter()
            .map(|i| i.message().mid.as_str())
            .collect();
        assert_eq!(mids, vec!["m4", "m5"], "in event-time order");
    }

    #[test]
    fn a_body_that_is_not_a_webhook_is_invalid_request() {
        let err = parse(b"[1, 2]").expect_err("not a webhook");
        assert_eq!(err.code(), "invalid_request");
        assert!(err.to_string().starts_with("body: not a Messenger webhook"));
    }
}
