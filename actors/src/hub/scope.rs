//! What a session chose to receive, and what the hub must know of a frame to honour it.
//!
//! By default a session gets every broadcast of its company, numbered by the company's
//! `seq` (the contract's feed). A console may narrow it (docs/ws-protocol.md#feeds):
//! - without the `messages` feed, `new_message` and `outgoing_changed` come only for the
//!   customers the agent holds or has open, and for those waiting in the queue unassigned;
//! - with the `queue_digest` feed, the queue-level customer broadcasts are merged per
//!   session over [`DIGEST_TICK`] into one `customers_changed` frame holding the latest view
//!   of each customer that changed.
//!
//! A narrowed session numbers its frames itself, continuing from the company `seq` it had
//! reached, so "seq grows by exactly 1, a gap means resync" still holds for it; a gap in
//! the company's numbering (events dropped) becomes a gap in its own.

use crate::ids::{AgentId, CustomerId, CustomerKey, PageId};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// How long queue-level changes wait to be merged for a `queue_digest` session.
pub const DIGEST_TICK: Duration = Duration::from_millis(50);

/// A feed a session can subscribe to or leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feed {
    /// Every customer's messages (`new_message`, `outgoing_changed`). On by default.
    Messages,
    /// Queue-level changes merged into `customers_changed`. Off by default.
    QueueDigest,
}

/// A session's choice of feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feeds {
    pub messages: bool,
    pub queue_digest: bool,
}

impl Default for Feeds {
    fn default() -> Self {
        Feeds {
            messages: true,
            queue_digest: false,
        }
    }
}

impl Feeds {
    pub fn with(self, feed: Feed, on: bool) -> Feeds {
        match feed {
            Feed::Messages => Feeds {
                messages: on,
                ..self
            },
            Feed::QueueDigest => Feeds {
                queue_digest: on,
                ..self
            },
        }
    }
}

/// What the hub reads from a frame before delivering it to narrowed sessions.
pub(super) enum Concern {
    /// A queue-level change of one customer, with that customer's view as JSON.
    Customer {
        key: CustomerKey,
        head: Head,
        view: Arc<str>,
    },
    /// A message-level event of one customer.
    Messages(CustomerKey),
    /// Anything else (presence, agent events): delivered to every session as it is.
    Company,
}

/// The facts of a customer view the hub keeps.
#[derive(Debug, Deserialize)]
pub(super) struct Head {
    pub page_id: PageId,
    pub customer_id: CustomerId,
    #[serde(default)]
    pub agent_id: Option<AgentId>,
    #[serde(default)]
    pub stop: bool,
    #[serde(default)]
    pub version: u64,
}

impl Head {
    pub fn of(customer: &crate::model::Customer) -> Head {
        Head {
            page_id: customer.page_id.clone(),
            customer_id: customer.customer_id.clone(),
            agent_id: customer.agent_id.clone(),
            stop: customer.stop,
            version: customer.version,
        }
    }
}

/// Whether frames of this type carry one customer's view (the queue-level broadcasts).
pub(super) fn is_queue_level(event_type: &str) -> bool {
    matches!(
        event_type,
        "agent_requested"
            | "agent_assignment_changed"
            | "customer_stop_status_changed"
            | "customer_priority_changed"
            | "customer_thread_changed"
    )
}

/// Reads what narrowed sessions need of a frame; only called while some session is narrowed.
pub(super) fn concern(company: &crate::ids::CompanyId, frame: &str) -> Concern {
    let Some(event_type) = crate::events_log::type_of(frame) else {
        return Concern::Company;
    };
    if is_queue_level(event_type) {
        #[derive(Deserialize)]
        struct Frame {
            data: Data,
        }
        #[derive(Deserialize)]
        struct Data {
            customer: serde_json::Value,
        }
        let Ok(Frame { data }) = serde_json::from_str::<Frame>(frame) else {
            return Concern::Company;
        };
        let view: Arc<str> = Arc::from(data.customer.to_string());
        return match Head::deserialize(&data.customer) {
            Ok(head) => Concern::Customer {
                key: CustomerKey {
                    company: company.clone(),
                    page: head.page_id.clone(),
                    customer: head.customer_id.clone(),
                },
                head,
                view,
            },
            Err(_) => Concern::Company,
        };
    }
    if matches!(event_type, "new_message" | "outgoing_changed") {
        #[derive(Deserialize)]
        struct Frame {
            data: Data,
        }
        #[derive(Deserialize)]
        struct Data {
            customer_id: CustomerId,
            page_id: PageId,
        }
        if let Ok(Frame { data }) = serde_json::from_str::<Frame>(frame) {
            return Concern::Messages(CustomerKey {
                company: company.clone(),
                page: data.page_id,
                customer: data.customer_id,
            });
        }
    }
    Concern::Company
}

/// The `seq` at the head of a frame (`{"seq":n,…`).
pub(super) fn seq_of(frame: &str) -> Option<u64> {
    let rest = frame.strip_prefix("{\"seq\":")?;
    let end = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..end].parse().ok()
}

/// The frame numbered `seq` instead.
pub(super) fn renumber(frame: &str, seq: u64) -> String {
    let rest = frame
        .strip_prefix("{\"seq\":")
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    match rest {
        Some(rest) => format!("{{\"seq\":{seq}{rest}"),
        None => frame.to_owned(),
    }
}

/// What the hub knows of the company's queue: who holds each customer who asked for a
/// person, and who waits unassigned. Learnt from the queue-level broadcasts (the highest
/// `version` of each customer wins, as in the console) and, once, from the store.
#[derive(Default)]
pub(super) struct QueueBook {
    /// False until the store's read came back: until then narrowed sessions get every
    /// customer's messages (more than they asked for, never less).
    pub loaded: bool,
    known: HashMap<CustomerKey, Known>,
}

struct Known {
    holder: Option<AgentId>,
    waiting: bool,
    version: u64,
}

impl QueueBook {
    /// Takes a customer's view if it is newer than the one known.
    pub fn learn(&mut self, key: CustomerKey, head: &Head) {
        let newer = self
            .known
            .get(&key)
            .is_none_or(|k| head.version > k.version);
        if newer {
            self.known.insert(
                key,
                Known {
                    holder: head.agent_id.clone().filter(|_| head.stop),
                    waiting: head.stop,
                    version: head.version,
                },
            );
        }
    }

    /// Whether `agent` should get the messages of `key` without the company-wide feed:
    /// they hold the customer, or the customer waits for anyone.
    pub fn concerns(&self, agent: &AgentId, key: &CustomerKey) -> bool {
        if !self.loaded {
            return true;
        }
        self.known
            .get(key)
            .is_some_and(|k| k.waiting && k.holder.as_ref().is_none_or(|holder| holder == agent))
    }
}

/// Queue-level views waiting to be merged into one `customers_changed` frame: the latest
/// view of each customer, in the order they first changed.
#[derive(Default)]
pub(super) struct Digest {
    order: Vec<(CustomerKey, u64, Arc<str>)>,
    index: HashMap<CustomerKey, usize>,
}

impl Digest {
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn add(&mut self, key: CustomerKey, version: u64, view: Arc<str>) {
        match self.index.get(&key) {
            Some(&at) => {
                let entry = &mut self.order[at];
                if version >= entry.1 {
                    entry.1 = version;
                    entry.2 = view;
                }
            }
            None => {
                self.index.insert(key.clone(), self.order.len());
                self.order.push((key, version, view));
            }
        }
    }

    /// The `customers_changed` frame numbered `seq`, emptying the digest.
    pub fn take_frame(&mut self, seq: u64) -> String {
        self.index.clear();
        let mut frame =
            format!("{{\"seq\":{seq},\"type\":\"customers_changed\",\"data\":{{\"customers\":[");
        for (n, (_, _, view)) in self.order.drain(..).enumerate() {
            if n > 0 {
                frame.push(',');
            }
            frame.push_str(&view);
        }
        frame.push_str("]}}");
        frame
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CompanyId;

    fn key(c: &str) -> CustomerKey {
        CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("p1"),
            customer: CustomerId::new(c),
        }
    }

    fn head(agent: Option<&str>, stop: bool, version: u64) -> Head {
        Head {
            page_id: PageId::new("p1"),
            customer_id: CustomerId::new("c"),
            agent_id: agent.map(AgentId::new),
            stop,
            version,
        }
    }

    #[test]
    fn frames_are_renumbered_at_their_head() {
        let frame = r#"{"seq":41,"type":"new_message","data":{"seq":1}}"#;
        assert_eq!(seq_of(frame), Some(41));
        assert_eq!(
            renumber(frame, 7),
            r#"{"seq":7,"type":"new_message","data":{"seq":1}}"#
        );
    }

    #[test]
    fn a_frame_says_which_customer_it_concerns() {
        let company = CompanyId::new("acme");
        let message = r#"{"seq":3,"type":"new_message","data":{"customer_id":"c","page_id":"p1","message":{"text":"hi"}}}"#;
        assert!(matches!(concern(&company, message), Concern::Messages(k) if k == key("c")));
        let assigned = r#"{"seq":4,"type":"agent_assignment_changed","data":{"customer":{"customer_id":"c","page_id":"p1","agent_id":"ann","stop":true,"version":9,"x":[1]},"action":"assigned"}}"#;
        let Concern::Customer { key: k, head, view } = concern(&company, assigned) else {
            panic!("not read as a customer change");
        };
        assert_eq!(k, key("c"));
        assert_eq!(head.agent_id, Some(AgentId::new("ann")));
        assert_eq!(head.version, 9);
        let view: serde_json::Value = serde_json::from_str(&view).expect("json");
        assert_eq!(view["x"], serde_json::json!([1]));
        let presence = r#"{"seq":5,"type":"agent_viewing","data":{"agent_id":"ann"}}"#;
        assert!(matches!(concern(&company, presence), Concern::Company));
    }

    #[test]
    fn the_newest_view_decides_who_a_customer_concerns() {
        let mut book = QueueBook::default();
        let (ann, bob) = (AgentId::new("ann"), AgentId::new("bob"));
        assert!(
            book.concerns(&ann, &key("c")),
            "everything until the store is read"
        );
        book.loaded = true;
        assert!(!book.concerns(&ann, &key("c")), "a customer with the bot");
        book.learn(key("c"), &head(None, true, 2));
        assert!(book.concerns(&ann, &key("c")) && book.concerns(&bob, &key("c")));
        book.learn(key("c"), &head(Some("ann"), true, 4));
        assert!(book.concerns(&ann, &key("c")) && !book.concerns(&bob, &key("c")));
        // An older view arriving late (from another process) changes nothing.
        book.learn(key("c"), &head(None, true, 3));
        assert!(!book.concerns(&bob, &key("c")));
        book.learn(key("c"), &head(None, false, 5));
        assert!(!book.concerns(&ann, &key("c")), "back with the bot");
    }

    #[test]
    fn a_digest_keeps_the_latest_view_of_each_customer_in_first_change_order() {
        let mut digest = Digest::default();
        digest.add(key("b"), 1, Arc::from(r#"{"id":"b1"}"#));
        digest.add(key("a"), 5, Arc::from(r#"{"id":"a5"}"#));
        digest.add(key("b"), 3, Arc::from(r#"{"id":"b3"}"#));
        digest.add(key("a"), 4, Arc::from(r#"{"id":"a4"}"#));
        let frame: serde_json::Value = serde_json::from_str(&digest.take_frame(12)).expect("json");
        assert_eq!(
            frame,
            serde_json::json!({"seq": 12, "type": "customers_changed",
                "data": {"customers": [{"id": "b3"}, {"id": "a5"}]}})
        );
        assert!(digest.is_empty());
    }
}
