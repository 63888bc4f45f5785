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
    /// Deliveries, reads, reactions and the like: nothing to do.
    Other,
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
        let Some(sender) = &self.sender else {
            return Item::Other;
        };
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
}
