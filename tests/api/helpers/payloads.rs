//! Facebook's side of the webhook: the app's credentials, event bodies, their
//! `X-Hub-Signature-256`, and delivering them to the server as Facebook does.

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use super::app::TestApp;
use super::http::Resp;
use super::ids::{now_ms, unique};

pub const APP_SECRET: &str = "test-app-secret-5f1c9a";
pub const VERIFY_TOKEN: &str = "test-verify-token-77";
/// Our own Facebook app id; echoes carrying it are ours and must be ignored.
pub const APP_ID: u64 = 4_242_424_242;
/// Meta's Page Inbox app: an echo from it means a human answered from Meta's inbox.
pub const PAGE_INBOX_APP_ID: u64 = 263_902_037_430_900;

pub const HUMAN_REQUEST: &str = "I want to speak to a human";
pub const NOTIFIED_TEXT: &str = "I've notified our team. Someone will assist you shortly.";
pub const PLAIN_QUESTION: &str = "what are your opening hours?";

/// `sha256=<lowercase hex HMAC-SHA256(app secret, body)>`
pub fn sign(body: &[u8]) -> String {
    sign_with(APP_SECRET, body)
}

pub fn sign_with(secret: &str, body: &[u8]) -> String {
    format!("sha256={}", hmac_hex(secret.as_bytes(), body))
}

pub fn hmac_hex(key: &[u8], msg: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key size");
    mac.update(msg);
    hex::encode(mac.finalize().into_bytes())
}

pub fn message_event(page: &str, psid: &str, mid: &str, text: &str, ts: i64) -> Value {
    json!({
        "sender": {"id": psid},
        "recipient": {"id": page},
        "timestamp": ts,
        "message": {"mid": mid, "text": text}
    })
}

/// A message the Page sent (sender = page, recipient = customer), as Facebook echoes it.
pub fn echo_event(page: &str, psid: &str, mid: &str, text: &str, app_id: u64, ts: i64) -> Value {
    json!({
        "sender": {"id": page},
        "recipient": {"id": psid},
        "timestamp": ts,
        "message": {"mid": mid, "is_echo": true, "app_id": app_id, "text": text}
    })
}

pub fn entry(page: &str, events: Vec<Value>) -> Value {
    json!({"id": page, "time": now_ms(), "messaging": events})
}

pub fn page_payload(page: &str, events: Vec<Value>) -> Value {
    json!({"object": "page", "entry": [entry(page, events)]})
}

impl TestApp {
    pub async fn post_webhook_raw(&self, body: Vec<u8>, signature: Option<&str>) -> Resp {
        let mut rb = self
            .http
            .post(self.url("/webhook"))
            .header("content-type", "application/json")
            .body(body);
        if let Some(sig) = signature {
            rb = rb.header("X-Hub-Signature-256", sig);
        }
        Resp::from_response(rb.send().await.expect("POST /webhook")).await
    }

    /// Posts a correctly signed webhook and asserts `200`.
    pub async fn deliver(&self, payload: &Value) {
        let body = serde_json::to_vec(payload).expect("serialise webhook payload");
        self.deliver_bytes(body).await;
    }

    pub async fn deliver_bytes(&self, body: Vec<u8>) {
        let sig = sign(&body);
        let r = self.post_webhook_raw(body, Some(&sig)).await;
        assert_eq!(
            r.status, 200,
            "signed webhook delivery was not acknowledged: {} {}",
            r.status, r.text
        );
    }

    /// A customer message on `page` from `psid`, timestamped now. Returns its `mid`.
    pub async fn customer_says(&self, page: &str, psid: &str, text: &str) -> String {
        self.customer_says_at(page, psid, text, now_ms()).await
    }

    pub async fn customer_says_at(&self, page: &str, psid: &str, text: &str, ts: i64) -> String {
        let mid = unique("m_test_");
        self.deliver(&page_payload(
            page,
            vec![message_event(page, psid, &mid, text, ts)],
        ))
        .await;
        mid
    }
}
