//! The Messenger webhook payload, parsed leniently (Meta adds fields over time) into the
//! few kinds of item handoff acts on.

use serde::Deserialize;
use utoipa::ToSchema;

/// What Messenger posts to the webhook (only the fields handoff reads; others are ignored).
#[derive(Debug, Deserialize, ToSchema)]
pub struct Webhook {
    /// `page` for Messenger; anything else is acknowledged and ignored.
    pub object: String,
    #[serde(default)]
    pub entry: Vec<Entry>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Entry {
    /// The Page id (a string or a number).
    pub id: serde_json::Value,
    #[serde(default)]
    pub messaging: Vec<Messaging>,
    /// Events of threads another app controls: recorded by Meta, never answered by us.
    #[serde(default)]
    pub standby: Vec<Messaging>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Party {
    pub id: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Messaging {
    pub sender: Option<Party>,
    pub recipient: Option<Party>,
    #[serde(default)]
    pub timestamp: i64,
    pub message: Option<Message>,
    pub postback: Option<Postback>,
    /// `messaging_handovers`: the thread was passed to an app.
    pub pass_thread_control: Option<ThreadHandover>,
    /// `messaging_handovers`: an app took the thread (from us).
    pub take_thread_control: Option<ThreadHandover>,
    /// `messaging_handovers`: an app asks for the thread.
    pub request_thread_control: Option<ThreadRequest>,
    /// `messaging_handovers`: the page's admin changed the apps' roles.
    pub app_roles: Option<serde_json::Value>,
}

/// A change of thread control (Meta's Conversation Routing).
#[derive(Debug, Deserialize, ToSchema)]
pub struct ThreadHandover {
    /// The app that controls the thread now (a string or a number; may be missing).
    pub new_owner_app_id: Option<serde_json::Value>,
    pub previous_owner_app_id: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ThreadRequest {
    pub requested_owner_app_id: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Message {
    pub mid: Option<String>,
    pub text: Option<String>,
    #[serde(default)]
    pub is_echo: bool,
    pub app_id: Option<serde_json::Value>,
    /// What the sender attached to an outgoing message; our echoes bring ours back.
    pub metadata: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Attachment {
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Postback {
    pub mid: Option<String>,
    pub title: Option<String>,
    pub payload: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CustomerMessage {
    pub page: String,
    pub customer: String,
    pub mid: String,
    pub text: String,
    /// Event time, milliseconds since the epoch.
    pub timestamp: i64,
}

/// What one messaging item means for handoff.
#[derive(Debug, PartialEq, Eq)]
pub enum Item {
    /// A customer wrote (or tapped a button): record it.
    Customer(CustomerMessage),
    /// A message the page itself sent, echoed back (`customer` is the recipient): never a
    /// customer message.
    Echo {
        app_id: Option<String>,
        metadata: Option<String>,
        message: CustomerMessage,
    },
    /// A `messaging_handovers` item about the customer's thread.
    Handover {
        page: String,
        customer: String,
        /// Event time, milliseconds since the epoch.
        timestamp: i64,
        handover: Handover,
    },
    /// The page's admin changed the apps' roles (`app_roles`).
    AppRoles(serde_json::Value),
    /// Deliveries, reads, reactions and the like: nothing to do.
    Other,
}

/// What a `messaging_handovers` item says happened to a thread; app ids as Meta gave them.
#[derive(Debug, PartialEq, Eq)]
pub enum Handover {
    /// `pass_thread_control`: passed to `to` (to us when Meta does not say).
    Passed { to: Option<String> },
    /// `take_thread_control`: taken (from us) by `by`, when Meta says who.
    Taken { by: Option<String> },
    /// `request_thread_control`: the app `by` asks for the thread.
    Requested { by: Option<String> },
}

impl Messaging {
    fn handover(&self) -> Option<Handover> {
        let app = |id: &Option<serde_json::Value>| id.as_ref().and_then(id_text);
        if let Some(pass) = &self.pass_thread_control {
            return Some(Handover::Passed {
                to: app(&pass.new_owner_app_id),
            });
        }
        if let Some(take) = &self.take_thread_control {
            return Some(Handover::Taken {
                by: app(&take.new_owner_app_id),
            });
        }
        let request = self.request_thread_control.as_ref()?;
        Some(Handover::Requested {
            by: app(&request.requested_owner_app_id),
        })
    }
}

fn id_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl Entry {
    pub fn page_id(&self) -> Option<String> {
        id_text(&self.id)
    }
}

impl Messaging {
    pub fn classify(&self, page_id: &str) -> Item {
        if let Some(roles) = &self.app_roles {
            return Item::AppRoles(roles.clone());
        }
        let Some(sender) = &self.sender else {
            return Item::Other;
        };
        if let Some(handover) = self.handover() {
            return Item::Handover {
                page: page_id.to_owned(),
                customer: sender.id.clone(),
                timestamp: self.timestamp,
                handover,
            };
        }
        if let Some(message) = &self.message {
            if message.is_echo {
                let customer = self
                    .recipient
                    .as_ref()
                    .map(|r| r.id.clone())
                    .unwrap_or_default();
                return Item::Echo {
                    app_id: message.app_id.as_ref().and_then(id_text),
                    metadata: message.metadata.clone(),
                    message: CustomerMessage {
                        page: page_id.to_owned(),
                        customer,
                        mid: message.mid.clone().unwrap_or_default(),
                        text: message.text.clone().unwrap_or_default(),
                        timestamp: self.timestamp,
                    },
                };
            }
            let Some(mid) = message.mid.clone() else {
                return Item::Other;
            };
            let text = match (&message.text, message.attachments.as_slice()) {
                (Some(text), _) if !text.is_empty() => text.clone(),
                (_, []) => return Item::Other,
                (_, attachments) => attachments
                    .iter()
                    .map(|a| format!("[{}]", a.kind.as_deref().unwrap_or("attachment")))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            return Item::Customer(CustomerMessage {
                page: page_id.to_owned(),
                customer: sender.id.clone(),
                mid,
                text,
                timestamp: self.timestamp,
            });
        }
        if let Some(postback) = &self.postback {
            let text = postback
                .title
                .clone()
                .or_else(|| postback.payload.clone())
                .unwrap_or_default();
            // Postbacks without a mid get a stable one, so redelivery is still recognised.
            let mid = postback
                .mid
                .clone()
                .unwrap_or_else(|| format!("postback:{}:{}", sender.id, self.timestamp));
            return Item::Customer(CustomerMessage {
                page: page_id.to_owned(),
                customer: sender.id.clone(),
                mid,
                text,
                timestamp: self.timestamp,
            });
        }
        Item::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(json: &str) -> Vec<Item> {
        let hook: Webhook = serde_json::from_str(json).expect("parses");
        hook.entry
            .iter()
            .flat_map(|e| {
                let page = e.page_id().expect("page");
                e.messaging
                    .iter()
                    .map(move |m| m.classify(&page))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn messages_echoes_postbacks_and_attachments() {
        let got = items(
            r#"{"object":"page","entry":[{"id":"1001","time":1,"messaging":[
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":10,"message":{"mid":"m1","text":"hi"}},
              {"sender":{"id":"1001"},"recipient":{"id":"u1"},"timestamp":11,"message":{"mid":"m2","text":"yo","is_echo":true,"app_id":42}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":12,"postback":{"mid":"m3","title":"Talk to a person","payload":"HUMAN"}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":13,"message":{"mid":"m4","attachments":[{"type":"image","payload":{}}]}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":14,"delivery":{"mids":["m9"],"watermark":1}}
            ]}]}"#,
        );
        assert_eq!(
            got[0],
            Item::Customer(CustomerMessage {
                page: "1001".into(),
                customer: "u1".into(),
                mid: "m1".into(),
                text: "hi".into(),
                timestamp: 10
            })
        );
        assert!(
            matches!(&got[1], Item::Echo { app_id: Some(id), message, .. } if id == "42" && message.customer == "u1" && message.text == "yo")
        );
        assert!(matches!(&got[2], Item::Customer(m) if m.text == "Talk to a person"));
        assert!(matches!(&got[3], Item::Customer(m) if m.text == "[image]"));
        assert_eq!(got[4], Item::Other);
    }

    #[test]
    fn handovers_as_meta_documents_them() {
        let got = items(
            r#"{"object":"page","entry":[{"id":"1001","time":1,"messaging":[
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":20,
               "pass_thread_control":{"previous_owner_app_id":null,"new_owner_app_id":"123456789","metadata":"m"}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":21,
               "take_thread_control":{"previous_owner_app_id":"123456789","new_owner_app_id":263902037430900,"metadata":"m"}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":22,
               "take_thread_control":{"previous_owner_app_id":"123456789","metadata":"m"}},
              {"sender":{"id":"u1"},"recipient":{"id":"1001"},"timestamp":23,
               "request_thread_control":{"requested_owner_app_id":263902037430900,"metadata":"m"}},
              {"recipient":{"id":"1001"},"timestamp":24,
               "app_roles":{"123456789":["primary_receiver"]}}
            ]}]}"#,
        );
        let item = |timestamp, handover| Item::Handover {
            page: "1001".into(),
            customer: "u1".into(),
            timestamp,
            handover,
        };
        let inbox = Some("263902037430900".to_owned());
        let ours = Some("123456789".to_owned());
        assert_eq!(got[0], item(20, Handover::Passed { to: ours }));
        assert_eq!(got[1], item(21, Handover::Taken { by: inbox.clone() }));
        assert_eq!(got[2], item(22, Handover::Taken { by: None }));
        assert_eq!(got[3], item(23, Handover::Requested { by: inbox }));
        assert!(
            matches!(&got[4], Item::AppRoles(roles) if roles["123456789"][0] == "primary_receiver")
        );
    }
}
