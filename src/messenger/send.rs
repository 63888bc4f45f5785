//! The Graph API client: Send API and User Profile API over reqwest, with
//! `appsecret_proof` on every call.

use super::signature::appsecret_proof;
use async_trait::async_trait;
use handoff_actors::ids::CustomerId;
use handoff_actors::outbox::{MessagingType, Messenger, PageAccess, Profile};
use handoff_actors::GraphFailure;
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;

pub struct GraphMessenger {
    http: reqwest::Client,
    base: String,
    app_secret: String,
}

#[derive(Deserialize)]
struct GraphErrorBody {
    error: GraphErrorDetail,
}

#[derive(Deserialize)]
struct GraphErrorDetail {
    message: Option<String>,
    code: Option<i64>,
    error_subcode: Option<i64>,
}

#[derive(Deserialize)]
struct SendOk {
    message_id: String,
}

#[derive(Deserialize)]
struct ProfileOk {
    first_name: Option<String>,
    last_name: Option<String>,
}

fn unreachable_graph(err: reqwest::Error) -> GraphFailure {
    tracing::warn!(error = %err, "Graph API request failed");
    GraphFailure {
        message: "Facebook could not be reached".into(),
        code: None,
        subcode: None,
    }
}

/// Reads a Graph answer: the success body, or Facebook's error.
async fn read<T: for<'de> Deserialize<'de>>(
    response: reqwest::Response,
) -> Result<T, GraphFailure> {
    let status = response.status();
    let bytes = response.bytes().await.map_err(unreachable_graph)?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            tracing::warn!(error = %e, "unexpected Graph API answer");
            GraphFailure {
                message: "Unexpected answer from Facebook".into(),
                code: None,
                subcode: None,
            }
        });
    }
    match serde_json::from_slice::<GraphErrorBody>(&bytes) {
        Ok(body) => Err(GraphFailure {
            message: body
                .error
                .message
                .unwrap_or_else(|| format!("Facebook answered {status}")),
            code: body.error.code,
            subcode: body.error.error_subcode,
        }),
        Err(_) => Err(GraphFailure {
            message: format!("Facebook answered {status}"),
            code: None,
            subcode: None,
        }),
    }
}

impl GraphMessenger {
    pub fn new(base: &str, app_secret: &str) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        GraphMessenger {
            http,
            base: base.trim_end_matches('/').to_owned(),
            app_secret: app_secret.to_owned(),
        }
    }

    fn auth(&self, page: &PageAccess) -> [(&'static str, String); 2] {
        [
            ("access_token", page.access_token.clone()),
            (
                "appsecret_proof",
                appsecret_proof(&self.app_secret, &page.access_token),
            ),
        ]
    }
}

/// The Send API body for a text message.
pub fn text_body(recipient: &CustomerId, text: &str, kind: MessagingType) -> serde_json::Value {
    match kind {
        MessagingType::Response => json!({
            "recipient": {"id": recipient},
            "messaging_type": "RESPONSE",
            "message": {"text": text},
        }),
        MessagingType::HumanAgentTag => json!({
            "recipient": {"id": recipient},
            "messaging_type": "MESSAGE_TAG",
            "tag": "HUMAN_AGENT",
            "message": {"text": text},
        }),
    }
}

#[async_trait]
impl Messenger for GraphMessenger {
    async fn send_text(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
        text: &str,
        kind: MessagingType,
    ) -> Result<String, GraphFailure> {
        let url = format!("{}/{}/messages", self.base, page.id);
        let response = self
            .http
            .post(url)
            .query(&self.auth(page))
            .json(&text_body(recipient, text, kind))
            .send()
            .await
            .map_err(unreachable_graph)?;
        read::<SendOk>(response).await.map(|ok| ok.message_id)
    }

    async fn profile(
        &self,
        page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        let url = format!("{}/{}", self.base, customer);
        let response = self
            .http
            .get(url)
            .query(&[("fields", "first_name,last_name,profile_pic".to_owned())])
            .query(&self.auth(page))
            .send()
            .await
            .map_err(unreachable_graph)?;
        read::<ProfileOk>(response).await.map(|p| Profile {
            first_name: p.first_name,
            last_name: p.last_name,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_bodies_only_outside_the_response_window() {
        let psid = CustomerId::new("42");
        let plain = text_body(&psid, "hi", MessagingType::Response);
        assert_eq!(plain["messaging_type"], "RESPONSE");
        assert!(plain.get("tag").is_none());
        let tagged = text_body(&psid, "hi", MessagingType::HumanAgentTag);
        assert_eq!(tagged["messaging_type"], "MESSAGE_TAG");
        assert_eq!(tagged["tag"], "HUMAN_AGENT");
        assert_eq!(tagged["recipient"]["id"], "42");
    }
}
