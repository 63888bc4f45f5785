//! A local OpenAI-compatible chat completions stand-in for the LLM features.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

/// A local OpenAI-compatible `/v1/chat/completions` that checks requests like the real API
/// (model, bearer key, message roles) and answers from fixed rules: the detection prompt
/// gets `HUMAN` when the customer's text contains `HUMAN_MARKER`, else `BOT`; any other
/// prompt gets `LLM_ANSWER`. `fail` makes it answer 500; `delay` makes it slow.
pub struct LlmStandIn {
    server: MockServer,
    state: Arc<LlmState>,
}

pub const LLM_MODEL: &str = "test-model";
pub const LLM_KEY: &str = "sk-test";
pub const LLM_ANSWER: &str = "Our courier picks up parcels every afternoon.";
/// Words the local detector does not take for a request, but the LLM stand-in does.
pub const HUMAN_MARKER: &str = "pineapple protocol";

#[derive(Default)]
struct LlmState {
    requests: Mutex<Vec<Value>>,
    fail: std::sync::atomic::AtomicBool,
    delay_ms: AtomicU64,
}

struct LlmResponder(Arc<LlmState>);

impl Respond for LlmResponder {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let bad = |m: &str| {
            ResponseTemplate::new(400)
                .set_body_json(json!({"error": {"message": m, "type": "invalid_request_error"}}))
        };
        let auth = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        if auth != Some(&format!("Bearer {LLM_KEY}")) {
            return ResponseTemplate::new(401).set_body_json(json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}));
        }
        let Ok(body) = serde_json::from_slice::<Value>(&req.body) else {
            return bad("We could not parse the JSON body of your request.");
        };
        self.0.requests.lock().expect("lock").push(body.clone());
        if body["model"] != LLM_MODEL {
            return bad("The model does not exist");
        }
        let Some(messages) = body["messages"].as_array().filter(|m| !m.is_empty()) else {
            return bad("'messages' must be a non-empty array");
        };
        if messages.iter().any(|m| {
            !["system", "user", "assistant"].contains(&m["role"].as_str().unwrap_or(""))
                || !m["content"].is_string()
        }) {
            return bad("each message needs a role and string content");
        }
        if self.0.fail.load(Ordering::Relaxed) {
            return ResponseTemplate::new(500)
                .set_body_json(json!({"error": {"message": "The server had an error"}}));
        }
        let system = messages[0]["content"].as_str().unwrap_or_default();
        let user = messages
            .last()
            .and_then(|m| m["content"].as_str())
            .unwrap_or_default();
        let content = if system.contains("HUMAN or BOT") {
            if user.to_lowercase().contains(HUMAN_MARKER) {
                "HUMAN"
            } else {
                "BOT"
            }
        } else {
            LLM_ANSWER
        };
        let reply = json!({
            "id": "chatcmpl-test", "object": "chat.completion", "model": LLM_MODEL,
            "choices": [{"index": 0, "finish_reason": "stop",
                "message": {"role": "assistant", "content": content}}],
        });
        ResponseTemplate::new(200)
            .set_body_json(reply)
            .set_delay(Duration::from_millis(
                self.0.delay_ms.load(Ordering::Relaxed),
            ))
    }
}

impl LlmStandIn {
    pub async fn start() -> LlmStandIn {
        let server = MockServer::start().await;
        let state = Arc::new(LlmState::default());
        Mock::given(wiremock::matchers::method("POST"))
            .and(wiremock::matchers::path("/v1/chat/completions"))
            .respond_with(LlmResponder(state.clone()))
            .mount(&server)
            .await;
        LlmStandIn { server, state }
    }

    /// The server environment that points handoff at this stand-in.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("LLM_BASE_URL".into(), self.server.uri()),
            ("LLM_MODEL".into(), LLM_MODEL.into()),
            ("LLM_API_KEY".into(), LLM_KEY.into()),
        ]
    }

    pub fn requests(&self) -> Vec<Value> {
        self.state.requests.lock().expect("lock").clone()
    }

    pub fn fail(&self, fail: bool) {
        self.state.fail.store(fail, Ordering::Relaxed);
    }

    pub fn delay(&self, delay: Duration) {
        self.state
            .delay_ms
            .store(delay.as_millis() as u64, Ordering::Relaxed);
    }
}
