//! Ingestion: what handoff records of what Messenger tells it, whether it came as a
//! webhook or from the demo's customer simulator. Tells our own echoes from replies typed
//! in Meta's inbox and our app from others in thread handovers, groups the items per customer, puts each customer's in event-time order,
//! runs the local detector on customer messages, and records them through the engine.
//! Knows nothing of HTTP: `routes/webhook.rs` hands it a parsed, signature-checked webhook,
//! `routes/simulator.rs` a typed customer message.

use crate::error::ApiError;
use crate::fields::check_id;
use crate::intent;
use crate::messenger::payload::{CustomerMessage, Handover, Item, Webhook};
use futures_util::future::join_all;
use handoff_actors::ids::{CustomerId, PageId};
use handoff_actors::messages::{
    InboundEvent, InboxReply, OwnEcho, PageEcho, ThreadChanged, ThreadNews, UNKNOWN_APP,
};
use handoff_actors::model::from_millis;
use handoff_actors::parse_echo_metadata;
use handoff_actors::{ActorError, Engine};
use std::collections::BTreeMap;
use tracing::Instrument;

/// Records everything a webhook carries for customers; returns once all of it is durable.
/// `our_app_id` (`FB_APP_ID`) tells our own echoes from replies typed in Meta's inbox.
pub async fn webhook(
    engine: &Engine,
    our_app_id: Option<&str>,
    hook: &Webhook,
) -> Result<(), ApiError> {
    record(engine, incoming(hook, our_app_id)).await
}

/// Records one message a customer wrote, exactly as if it had come in a webhook; returns
/// once it is durable.
pub async fn customer_message(engine: &Engine, message: CustomerMessage) -> Result<(), ApiError> {
    record(engine, per_customer([Incoming::Customer(message)])).await
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
    /// Meta changed who controls the customer's thread, or was asked to.
    Thread {
        page: String,
        customer: String,
        timestamp: i64,
        news: ThreadNews,
    },
}

impl Incoming {
    /// The message it carries, if it is one.
    pub(crate) fn message(&self) -> Option<&CustomerMessage> {
        match self {
            Incoming::Customer(m)
            | Incoming::Standby(m)
            | Incoming::Inbox(m)
            | Incoming::OwnEcho { message: m, .. } => Some(m),
            Incoming::Thread { .. } => None,
        }
    }

    /// `(page, customer)`: whose it is.
    pub(crate) fn owner(&self) -> (&str, &str) {
        match self {
            Incoming::Thread { page, customer, .. } => (page, customer),
            _ => self
                .message()
                .map_or(("", ""), |m| (m.page.as_str(), m.customer.as_str())),
        }
    }

    /// Event time, milliseconds since the epoch.
    pub(crate) fn timestamp(&self) -> i64 {
        match self {
            Incoming::Thread { timestamp, .. } => *timestamp,
            _ => self.message().map_or(0, |m| m.timestamp),
        }
    }
}

/// What a handover means for us: `our_app_id` (`FB_APP_ID`) tells our app from others.
/// Without it, a pass is taken to be to us (Meta sends it to the app that gets the thread)
/// and a take to be by another app (Meta sends it to the app that lost the thread).
fn thread_news(handover: Handover, our_app_id: Option<&str>) -> ThreadNews {
    let is_ours = |app: &str| our_app_id == Some(app);
    match handover {
        Handover::Passed { to } => match to {
            Some(app) if our_app_id.is_some() && !is_ours(&app) => ThreadNews::Other(app),
            _ => ThreadNews::Ours,
        },
        Handover::Taken { by } => match by {
            Some(app) if is_ours(&app) => ThreadNews::Ours,
            Some(app) => ThreadNews::Other(app),
            None => ThreadNews::Other(UNKNOWN_APP.to_owned()),
        },
        Handover::Requested { by } => {
            ThreadNews::Requested(by.unwrap_or_else(|| UNKNOWN_APP.to_owned()))
        }
    }
}

/// A customer message for the conversation, with the local detector's verdict (fast:
/// it runs before the webhook is answered).
fn inbound_event(message: CustomerMessage, standby: bool) -> InboundEvent {
    let detection = intent::detect(&message.text);
    let human_requested = !standby && detection.human_requested;
    let asks_wait = !standby && !human_requested && intent::asks_wait(&message.text);
    InboundEvent {
        language: detection.language.map(str::to_owned),
        unknown_language: !standby && !human_requested && detection.unknown_language(),
        asks_wait,
        mid: message.mid,
        text: message.text,
        timestamp: from_millis(message.timestamp),
        human_requested,
        standby,
    }
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
    let mut found = Vec::new();
    if hook.object != "page" {
        return BTreeMap::new();
    }
    let mut queue = |incoming: Incoming| found.push(incoming);
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
                Item::Handover {
                    page,
                    customer,
                    timestamp,
                    handover,
                } => queue(Incoming::Thread {
                    page,
                    customer,
                    timestamp,
                    news: thread_news(handover, our_app_id),
                }),
                Item::AppRoles(roles) => {
                    tracing::info!(page_id = %page, %roles, "the page's app roles changed");
                }
                Item::Other => {}
            }
        }
    }
    per_customer(found)
}

/// Items grouped per `(page, customer)`, each group in event-time order. Items that name no
/// usable page, customer or message id are left out.
fn per_customer(
    items: impl IntoIterator<Item = Incoming>,
) -> BTreeMap<(String, String), Vec<Incoming>> {
    let mut per_customer: BTreeMap<(String, String), Vec<Incoming>> = BTreeMap::new();
    for incoming in items {
        let (page, customer) = incoming.owner();
        let no_mid = incoming.message().is_some_and(|m| m.mid.is_empty());
        if !(usable_id(page) && usable_id(customer)) || no_mid {
            tracing::warn!("webhook item without a usable page, customer or message id; ignored");
            continue;
        }
        let key = (page.to_owned(), customer.to_owned());
        per_customer.entry(key).or_default().push(incoming);
    }
    for items in per_customer.values_mut() {
        items.sort_by_key(Incoming::timestamp);
    }
    per_customer
}

/// Records what is grouped per customer; returns once all of it is durable.
async fn record(
    engine: &Engine,
    per_customer: BTreeMap<(String, String), Vec<Incoming>>,
) -> Result<(), ApiError> {
    if per_customer.is_empty() {
        return Ok(());
    }
    // A webhook that arrives while the detector's model trains (at boot) waits for it here,
    // not inside `inbound_event`, which would block the HTTP worker.
    intent::trained().await;
    // Different customers are recorded in parallel, each in event-time order.
    let results = join_all(per_customer.into_iter().map(|((page, customer), items)| {
        let (page, customer) = (PageId::new(page), CustomerId::new(customer));
        // Whatever is logged while recording says whose messages these are.
        let span = tracing::info_span!("webhook_entry", company = tracing::field::Empty,
                customer = %customer, page_id = %page);
        if let Some((company, _)) = engine.directory().page(&page) {
            span.record("company", tracing::field::display(company));
        }
        async move {
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
                        engine
                            .page_echo(&page, &customer, PageEcho::Inbox(reply))
                            .await?
                    }
                    Incoming::Thread {
                        timestamp, news, ..
                    } => {
                        let change = ThreadChanged {
                            news,
                            at: from_millis(timestamp),
                        };
                        engine.thread_changed(&page, &customer, change).await?
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
                        engine
                            .page_echo(&page, &customer, PageEcho::Own(echo))
                            .await?
                    }
                };
                if !known {
                    tracing::warn!(page_id = %page, "webhook for a page no company owns; ignored");
                    break;
                }
            }
            Ok::<(), ActorError>(())
        }
        .instrument(span)
    }))
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

    fn parse(body: &[u8]) -> Result<Webhook, serde_json::Error> {
        serde_json::from_slice(body)
    }

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
            .filter_map(|i| i.message().map(|m| m.mid.as_str()))
            .collect();
        assert_eq!(mids, vec!["m4", "m5"], "in event-time order");
    }

    #[test]
    fn handovers_tell_our_app_from_others() {
        let inbox = || Some("263902037430900".to_owned());
        let ours = || Some("42".to_owned());
        let news = |h| thread_news(h, Some("42"));
        assert_eq!(news(Handover::Passed { to: ours() }), ThreadNews::Ours);
        assert_eq!(
            news(Handover::Passed { to: inbox() }),
            ThreadNews::Other("263902037430900".into())
        );
        assert_eq!(
            news(Handover::Taken { by: None }),
            ThreadNews::Other(UNKNOWN_APP.into())
        );
        assert_eq!(news(Handover::Taken { by: ours() }), ThreadNews::Ours);
        assert_eq!(
            thread_news(Handover::Passed { to: inbox() }, None),
            ThreadNews::Ours,
            "without FB_APP_ID, a pass Meta sends us is to us"
        );
        assert_eq!(
            news(Handover::Requested { by: inbox() }),
            ThreadNews::Requested("263902037430900".into())
        );
    }
}
