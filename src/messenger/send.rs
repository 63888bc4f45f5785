//! The Graph API client: Send API, sender actions and the User Profile API over reqwest,
//! with `appsecret_proof` on every call. Rate limits (codes 4, 613, 32), 5xx answers and
//! transport failures are retried with exponential backoff and jitter; an invalid token
//! (190) marks the page disconnected and is not retried.

use super::health::PageHealth;
use super::signature::appsecret_proof;
use async_trait::async_trait;
use handoff_actors::ids::CustomerId;
use handoff_actors::outbox::{MessagingType, Messenger, PageAccess, Profile};
use handoff_actors::GraphFailure;
use rand::Rng;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;

/// Attempts per call, the first included.
const MAX_ATTEMPTS: u32 = 4;
/// First retry waits about this long; each later one twice as long (plus jitter).
const BASE_BACKOFF: Duration = Duration::from_millis(250);
/// Graph's rate-limit codes: back off and try again.
const RATE_LIMIT_CODES: [i64; 3] = [4, 32, 613];
const INVALID_TOKEN: i64 = 190;

pub struct GraphMessenger {
    http: reqwest::Client,
    base: String,
    app_secret: String,
    health: Arc<PageHealth>,
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

/// One failed attempt, and whether trying again may help.
struct Attempt {
    failure: GraphFailure,
    retry: bool,
}

fn failure(message: impl Into<String>) -> GraphFailure {
    GraphFailure {
        message: message.into(),
        code: None,
        subcode: None,
    }
}

/// Reads a Graph answer: the success body, or Facebook's error.
async fn read<T: DeserializeOwned>(response: reqwest::Response) -> Result<T, Attempt> {
    let status = response.status();
    let bytes = response.bytes().await.map_err(|e| {
        tracing::warn!(error = %e, "Graph API answer could not be read");
        Attempt {
            failure: failure("Facebook could not be reached"),
            retry: true,
        }
    })?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            tracing::warn!(error = %e, "unexpected Graph API answer");
            Attempt {
                failure: failure("Unexpected answer from Facebook"),
                retry: false,
            }
        });
    }
    let failure = match serde_json::from_slice::<GraphErrorBody>(&bytes) {
        Ok(body) => GraphFailure {
            message: body
                .error
                .message
                .unwrap_or_else(|| format!("Facebook answered {status}")),
            code: body.error.code,
            subcode: body.error.error_subcode,
        },
        Err(_) => failure(format!("Facebook answered {status}")),
    };
    let retry =
        status.is_server_error() || failure.code.is_some_and(|c| RATE_LIMIT_CODES.contains(&c));
    Err(Attempt { failure, retry })
}

/// The wait before retry `attempt` (1-based): exponential, with up to 100 % jitter so
/// many senders backing off together do not come back together.
fn backoff(attempt: u32) -> Duration {
    let base = BASE_BACKOFF * 2u32.pow(attempt.saturating_sub(1));
    let jitter = rand::thread_rng().gen_range(0..=base.as_millis() as u64);
    base + Duration::from_millis(jitter)
}

impl GraphMessenger {
    pub fn new(base: &str, app_secret: &str, health: Arc<PageHealth>) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        GraphMessenger {
            http,
            base: base.trim_end_matches('/').to_owned(),
            app_secret: app_secret.to_owned(),
            health,
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

    /// Sends the request `build` makes, retrying what may succeed later, and keeps the
    /// page's connection status.
    async fn call<T: DeserializeOwned>(
        &self,
        page: &PageAccess,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<T, GraphFailure> {
        let mut attempt = 1;
        loop {
            let outcome = match build().send().await {
                Ok(response) => read::<T>(response).await,
                Err(e) => {
                    tracing::warn!(error = %e, "Graph API request failed");
                    Err(Attempt {
                        failure: failure("Facebook could not be reached"),
                        retry: true,
                    })
                }
            };
            match outcome {
                Ok(value) => {
                    self.health.mark_connected(&page.id);
                    return Ok(value);
                }
                Err(Attempt { failure, .. }) if failure.code == Some(INVALID_TOKEN) => {
                    self.health.mark_disconnected(&page.id, &failure.message);
                    return Err(failure);
                }
                Err(Attempt {
                    failure,
                    retry: true,
                }) if attempt < MAX_ATTEMPTS => {
                    let wait = backoff(attempt);
                    tracing::info!(page_id = %page.id, code = ?failure.code, attempt, ?wait,
                        "Graph API busy or failing; retrying");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err(Attempt { failure, .. }) => return Err(failure),
            }
        }
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
        let body = text_body(recipient, text, kind);
        let auth = self.auth(page);
        let ok: SendOk = self
            .call(page, || self.http.post(&url).query(&auth).json(&body))
            .await?;
        Ok(ok.message_id)
    }

    async fn profile(
        &self,
        page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        let url = format!("{}/{}", self.base, customer);
        let auth = self.auth(page);
        let fields = [("fields", "first_name,last_name,profile_pic")];
        let p: ProfileOk = self
            .call(page, || self.http.get(&url).query(&fields).query(&auth))
            .await?;
        Ok(Profile {
            first_name: p.first_name,
            last_name: p.last_name,
        })
    }

    async fn typing_on(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
    ) -> Result<(), GraphFailure> {
        let url = format!("{}/{}/messages", self.base, page.id);
        let body = json!({"recipient": {"id": recipient}, "sender_action": "typing_on"});
        let auth = self.auth(page);
        self.call::<serde_json::Value>(page, || self.http.post(&url).query(&auth).json(&body))
            .await
            .map(|_| ())
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

    #[test]
    fn backoff_doubles_with_bounded_jitter() {
        for attempt in 1..=3 {
            let base = BASE_BACKOFF * 2u32.pow(attempt - 1);
            for _ in 0..50 {
                let wait = backoff(attempt);
                assert!(
                    wait >= base && wait <= base * 2,
                    "{wait:?} for attempt {attempt}"
                );
            }
        }
    }
}
