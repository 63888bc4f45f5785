//! The Graph API client: Send API, sender actions and the User Profile API over reqwest,
//! with `appsecret_proof` on every call.
//!
//! Retries never deliver a message twice: a send is retried only when Facebook cannot
//! have delivered it — a rate limit (codes 4, 613, 32: refused), or a connection that never
//! opened. A timeout, a 5xx or a broken answer after the request went out may have
//! delivered it, so it is not retried; the failure says so (`maybe_delivered`) and our own
//! echo settles it later. Reads (the profile) are retried on those too. Retries back off
//! exponentially with jitter, within [`RETRY_BUDGET`]. An invalid token (190) marks the
//! page disconnected and is not retried.

use super::health::PageHealth;
use super::signature::appsecret_proof;
use async_trait::async_trait;
use handoff_actors::ids::CustomerId;
use handoff_actors::outbox::{
    MessagingType, Messenger, PageAccess, Profile, TextMessage, ThreadControl,
};
use handoff_actors::GraphFailure;
use rand::Rng;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;

/// Attempts per call, the first included.
const MAX_ATTEMPTS: u32 = 4;
/// No retry starts after this long from the first attempt.
pub const RETRY_BUDGET: Duration = Duration::from_secs(20);
/// First retry waits about this long; each later one twice as long (plus jitter).
const BASE_BACKOFF: Duration = Duration::from_millis(250);
/// Graph's rate-limit codes: back off and try again.
const RATE_LIMIT_CODES: [i64; 3] = [4, 32, 613];
const INVALID_TOKEN: i64 = 190;

pub struct GraphMessenger {
    http: reqwest::Client,
    /// The longest one request may take.
    timeout: Duration,
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

/// Whether a request may be sent again without effect beyond the first: reads may,
/// sends may not (a second send is a second message).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Safe,
    Unsafe,
}

fn failure(message: impl Into<String>, maybe_delivered: bool) -> GraphFailure {
    GraphFailure {
        message: message.into(),
        code: None,
        subcode: None,
        maybe_delivered,
    }
}

/// A request that reached Facebook (or may have) but whose answer is lost.
fn answer_lost(message: &str, repeat: Repeat) -> Attempt {
    Attempt {
        failure: failure(message, repeat == Repeat::Unsafe),
        retry: repeat == Repeat::Safe,
    }
}

/// A transport failure: before the request went out (retry), or after (its fate unknown).
fn transport_failure(err: &reqwest::Error, repeat: Repeat) -> Attempt {
    // The URL carries the page token: never log it.
    tracing::warn!(error = %err_without_url(err), connect = err.is_connect(),
        timeout = err.is_timeout(), "Graph API request failed");
    if err.is_connect() {
        Attempt {
            failure: failure("Facebook could not be reached", false),
            retry: true,
        }
    } else if err.is_timeout() {
        answer_lost(
            "Facebook did not answer in time; the message may have been delivered",
            repeat,
        )
    } else {
        answer_lost(
            "The connection to Facebook broke; the message may have been delivered",
            repeat,
        )
    }
}

fn err_without_url(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    if let Some(url) = err.url() {
        text = text.replace(url.as_str(), "<graph url>");
    }
    text
}

/// Reads a Graph answer: the success body, or Facebook's error.
async fn read<T: DeserializeOwned>(
    response: reqwest::Response,
    repeat: Repeat,
) -> Result<T, Attempt> {
    let status = response.status();
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(e) => return Err(transport_failure(&e, repeat)),
    };
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            tracing::warn!(error = %e, "unexpected Graph API answer");
            // Facebook said yes; only its answer is unreadable.
            Attempt {
                failure: failure("Unexpected answer from Facebook", true),
                retry: false,
            }
        });
    }
    let mut failure = match serde_json::from_slice::<GraphErrorBody>(&bytes) {
        Ok(body) => GraphFailure {
            message: body
                .error
                .message
                .unwrap_or_else(|| format!("Facebook answered {status}")),
            code: body.error.code,
            subcode: body.error.error_subcode,
            maybe_delivered: false,
        },
        Err(_) => failure(format!("Facebook answered {status}"), false),
    };
    let rate_limited = failure.code.is_some_and(|c| RATE_LIMIT_CODES.contains(&c));
    if rate_limited {
        // Refused before anything was delivered: safe to send again.
        return Err(Attempt {
            failure,
            retry: true,
        });
    }
    if status.is_server_error() {
        // Facebook failed while handling it: it may have been delivered.
        failure.maybe_delivered = repeat == Repeat::Unsafe;
        return Err(Attempt {
            failure,
            retry: repeat == Repeat::Safe,
        });
    }
    Err(Attempt {
        failure,
        retry: false,
    })
}

/// The longest [`backoff`] may wait before retry `attempt`.
fn backoff_ceiling(attempt: u32) -> Duration {
    BASE_BACKOFF * 2u32.pow(attempt.saturating_sub(1)) * 2
}

/// The wait before retry `attempt` (1-based): exponential, with up to 100 % jitter so
/// many senders backing off together do not come back together.
fn backoff(attempt: u32) -> Duration {
    let base = BASE_BACKOFF * 2u32.pow(attempt.saturating_sub(1));
    let jitter = rand::thread_rng().gen_range(0..=base.as_millis() as u64);
    base + Duration::from_millis(jitter)
}

impl GraphMessenger {
    /// `timeout` bounds each request (connecting included).
    pub fn new(base: &str, app_secret: &str, health: Arc<PageHealth>, timeout: Duration) -> Self {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .build()
            .unwrap_or_default();
        GraphMessenger {
            http,
            timeout,
            base: base.trim_end_matches('/').to_owned(),
            app_secret: app_secret.to_owned(),
            health,
        }
    }

    /// The page token and its `appsecret_proof`, in the body of a POST: never in a URL,
    /// which reqwest repeats in its errors and proxies write to their logs.
    fn with_auth(&self, page: &PageAccess, mut body: serde_json::Value) -> serde_json::Value {
        body["access_token"] = json!(page.access_token);
        body["appsecret_proof"] = json!(appsecret_proof(&self.app_secret, &page.access_token));
        body
    }

    /// A GET with the page token in the `Authorization` header; the proof, which is worth
    /// nothing without the token, goes in the query.
    fn get_with_auth(&self, page: &PageAccess, url: &str) -> reqwest::RequestBuilder {
        self.http.get(url).bearer_auth(&page.access_token).query(&[(
            "appsecret_proof",
            appsecret_proof(&self.app_secret, &page.access_token),
        )])
    }

    /// Sends the request `build` makes, retrying what may succeed later without doing
    /// anything twice, and keeps the page's connection status.
    async fn call<T: DeserializeOwned>(
        &self,
        page: &PageAccess,
        repeat: Repeat,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<T, GraphFailure> {
        let started = std::time::Instant::now();
        let mut attempt = 1;
        loop {
            let outcome = match build().send().await {
                Ok(response) => read::<T>(response, repeat).await,
                Err(e) => Err(transport_failure(&e, repeat)),
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
                }) if attempt < MAX_ATTEMPTS
                    && started.elapsed() + backoff_ceiling(attempt) + self.timeout
                        <= RETRY_BUDGET =>
                {
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

/// The Send API body for a text message. `metadata` comes back in the message's echo.
pub fn text_body(out: TextMessage<'_>) -> serde_json::Value {
    let recipient = out.recipient;
    let mut message = json!({"text": out.text});
    if !out.quick_replies.is_empty() {
        let replies: Vec<_> = out
            .quick_replies
            .iter()
            .map(|r| json!({"content_type": "text", "title": r.title, "payload": r.payload}))
            .collect();
        message["quick_replies"] = json!(replies);
    }
    if let Some(metadata) = out.metadata {
        message["metadata"] = json!(metadata);
    }
    match out.kind {
        MessagingType::Response => json!({
            "recipient": {"id": recipient},
            "messaging_type": "RESPONSE",
            "message": message,
        }),
        MessagingType::HumanAgentTag => json!({
            "recipient": {"id": recipient},
            "messaging_type": "MESSAGE_TAG",
            "tag": "HUMAN_AGENT",
            "message": message,
        }),
    }
}

/// What travels with a thread-control request, for the app that gets the thread.
const THREAD_METADATA: &str = "handoff";

/// The Graph edge and body that ask for a change of thread control: `take_thread_control`
/// or `pass_thread_control` with the target app's id (a number, as Graph documents it).
pub fn thread_control_request(
    recipient: &CustomerId,
    control: &ThreadControl,
) -> (&'static str, serde_json::Value) {
    match control {
        ThreadControl::Take => (
            "take_thread_control",
            json!({"recipient": {"id": recipient}, "metadata": THREAD_METADATA}),
        ),
        ThreadControl::Pass { app_id } => {
            let target = app_id
                .parse::<u64>()
                .map_or_else(|_| json!(app_id), |n| json!(n));
            (
                "pass_thread_control",
                json!({"recipient": {"id": recipient}, "target_app_id": target,
                    "metadata": THREAD_METADATA}),
            )
        }
    }
}

#[derive(Deserialize)]
struct ControlOk {
    success: bool,
}

#[async_trait]
impl Messenger for GraphMessenger {
    async fn send_text(
        &self,
        page: &PageAccess,
        message: TextMessage<'_>,
    ) -> Result<String, GraphFailure> {
        let url = format!("{}/{}/messages", self.base, page.id);
        let body = self.with_auth(page, text_body(message));
        let ok: SendOk = self
            .call(page, Repeat::Unsafe, || self.http.post(&url).json(&body))
            .await?;
        Ok(ok.message_id)
    }

    async fn profile(
        &self,
        page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        let url = format!("{}/{}", self.base, customer);
        let fields = [("fields", "first_name,last_name,profile_pic")];
        let p: ProfileOk = self
            .call(page, Repeat::Safe, || {
                self.get_with_auth(page, &url).query(&fields)
            })
            .await?;
        Ok(Profile {
            first_name: p.first_name,
            last_name: p.last_name,
        })
    }

    async fn thread_control(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
        control: &ThreadControl,
    ) -> Result<(), GraphFailure> {
        let (edge, body) = thread_control_request(recipient, control);
        let url = format!("{}/{}/{edge}", self.base, page.id);
        let body = self.with_auth(page, body);
        // Asking twice for the same owner leaves the same owner.
        let ok: ControlOk = self
            .call(page, Repeat::Safe, || self.http.post(&url).json(&body))
            .await?;
        if ok.success {
            Ok(())
        } else {
            Err(failure("Graph did not change the thread's control", false))
        }
    }

    async fn typing_on(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
    ) -> Result<(), GraphFailure> {
        let url = format!("{}/{}/messages", self.base, page.id);
        let body = self.with_auth(
            page,
            json!({"recipient": {"id": recipient}, "sender_action": "typing_on"}),
        );
        // Showing the indicator twice does no harm.
        self.call::<serde_json::Value>(page, Repeat::Safe, || self.http.post(&url).json(&body))
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
        let plain = text_body(TextMessage {
            recipient: &psid,
            text: "hi",
            kind: MessagingType::Response,
            metadata: None,
            quick_replies: &[],
        });
        assert_eq!(plain["messaging_type"], "RESPONSE");
        assert!(plain.get("tag").is_none());
        assert!(plain["message"].get("metadata").is_none());
        let tagged = text_body(TextMessage {
            recipient: &psid,
            text: "hi",
            kind: MessagingType::HumanAgentTag,
            metadata: Some("handoff:x"),
            quick_replies: &[],
        });
        assert_eq!(tagged["message"]["metadata"], "handoff:x");
        assert_eq!(tagged["messaging_type"], "MESSAGE_TAG");
        assert_eq!(tagged["tag"], "HUMAN_AGENT");
        assert_eq!(tagged["recipient"]["id"], "42");
    }

    #[test]
    fn thread_control_requests_have_graphs_shapes() {
        let psid = CustomerId::new("42");
        let (edge, body) = thread_control_request(&psid, &ThreadControl::Take);
        assert_eq!(edge, "take_thread_control");
        assert_eq!(
            body,
            json!({"recipient": {"id": "42"}, "metadata": "handoff"})
        );
        let inbox = ThreadControl::Pass {
            app_id: "263902037430900".into(),
        };
        let (edge, body) = thread_control_request(&psid, &inbox);
        assert_eq!(edge, "pass_thread_control");
        assert_eq!(
            body,
            json!({"recipient": {"id": "42"}, "target_app_id": 263902037430900u64,
                "metadata": "handoff"})
        );
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
