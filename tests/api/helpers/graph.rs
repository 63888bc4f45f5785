//! A local stand-in for Facebook's Graph API: checks tokens, `appsecret_proof` and Send
//! API bodies as Facebook does, records every call, and fails, slows down or echoes on
//! demand.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

use super::http::http_client;
use super::ids::now_ms;
use super::payloads::{hmac_hex, page_payload, sign, APP_ID, APP_SECRET};
use super::tenants::Tenants;
use super::{POLL, WAIT};

/// One request the stand-in received, with the status it answered.
#[derive(Clone, Debug)]
pub struct GraphCall {
    pub method: String,
    pub path: String,
    pub query: HashMap<String, String>,
    pub body: Value,
    pub status: u16,
    /// A send that reached the customer (whatever the answer said).
    pub delivered: bool,
    pub received_at: std::time::Instant,
    /// When the answer left (after the stand-in's latency).
    pub answered_at: std::time::Instant,
}

/// A Send API call as Facebook would have seen it.
#[derive(Clone, Debug)]
pub struct SentMessage {
    pub page_id: String,
    pub recipient: String,
    pub messaging_type: String,
    pub tag: Option<String>,
    pub text: String,
    /// Whether the stand-in answered with success.
    pub accepted: bool,
    /// Whether the customer received it (also when the answer said otherwise).
    pub delivered: bool,
    pub body: Value,
    pub received_at: std::time::Instant,
    pub answered_at: std::time::Instant,
}

/// The Graph error every Send API call to one recipient answers with.
#[derive(Clone)]
struct SendFailure {
    code: i64,
    subcode: Option<i64>,
    message: String,
    /// `Some(n)`: fail only the next `n` sends, then succeed again.
    remaining: Option<u32>,
}

#[derive(Default)]
struct GraphState {
    app_secret: String,
    page_tokens: HashMap<String, String>,
    next_id: AtomicU64,
    calls: Mutex<Vec<GraphCall>>,
    send_failures: Mutex<HashMap<String, SendFailure>>,
    profile_failures: Mutex<HashSet<String>>,
    profiles: Mutex<HashMap<String, (String, String)>>,
    /// How long every answer takes.
    latency: Mutex<Duration>,
    /// How long answers to sends to one recipient take (over `latency`).
    send_latency: Mutex<HashMap<String, Duration>>,
    /// Extra latencies for the next sends to one recipient, one per send.
    next_send_latency: Mutex<HashMap<String, VecDeque<Duration>>>,
    /// Recipients whose sends are delivered but answered with this status (a Graph that
    /// fails after accepting).
    lost_answers: Mutex<HashMap<String, u16>>,
    /// Where delivered sends are echoed back, as Facebook does (`None`: no echoes).
    echo_to: Mutex<Option<String>>,
    /// Which app controls each recipient's thread, where not ours (Conversation Routing).
    thread_owners: Mutex<HashMap<String, u64>>,
    /// The message id of the send being answered on each thread (read right after
    /// `handle`, on the same thread).
    last_delivered: Mutex<HashMap<std::thread::ThreadId, String>>,
}

/// A local stand-in for the Graph API that checks requests the way Facebook does.
pub struct GraphStandIn {
    server: MockServer,
    state: Arc<GraphState>,
}

fn graph_error(code: i64, subcode: Option<i64>, kind: &str, message: &str) -> ResponseTemplate {
    let mut err = json!({
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "AbCdEfGhIjK"
    });
    if let Some(sc) = subcode {
        err["error_subcode"] = json!(sc);
    }
    ResponseTemplate::new(400).set_body_json(json!({ "error": err }))
}

/// Graph's refusal of a request's parameters.
fn bad_parameter(message: &str) -> (u16, ResponseTemplate) {
    (400, graph_error(100, None, "OAuthException", message))
}

fn invalid_token() -> ResponseTemplate {
    graph_error(190, None, "OAuthException", "Invalid OAuth access token.")
}

impl GraphState {
    fn handle(&self, req: &wiremock::Request) -> (u16, ResponseTemplate) {
        let query: HashMap<String, String> = req.url.query_pairs().into_owned().collect();
        let segments: Vec<&str> = req
            .url
            .path()
            .split('/')
            .filter(|s| !s.is_empty())
            .collect();
        let method = req.method.as_str().to_ascii_uppercase();
        let header_token = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_string);
        // Graph takes its parameters from the query or, on a POST, from the body.
        let mut params = query.clone();
        if let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&req.body) {
            for key in ["access_token", "appsecret_proof"] {
                if let Some(Value::String(v)) = body.get(key) {
                    params.insert(key.to_string(), v.clone());
                }
            }
        }
        let token = params.get("access_token").cloned().or(header_token);
        match (method.as_str(), segments.as_slice()) {
            ("POST", [page, "messages"]) => self.send_api(page, token, &params, &req.body),
            ("POST", [page, edge @ ("take_thread_control" | "pass_thread_control")]) => {
                self.thread_control(page, edge, token, &params, &req.body)
            }
            ("GET", [psid]) => self.profile(psid, token, &params),
            _ => (
                400,
                graph_error(
                    100,
                    Some(33),
                    "GraphMethodException",
                    "Unsupported request - method type or object does not exist",
                ),
            ),
        }
    }

    /// Token and `appsecret_proof` checks shared by every endpoint.
    fn check_auth(
        &self,
        token: Option<&String>,
        page: Option<&str>,
        query: &HashMap<String, String>,
    ) -> Result<String, Box<ResponseTemplate>> {
        let Some(token) = token else {
            return Err(Box::new(graph_error(
                2500,
                None,
                "OAuthException",
                "An active access token must be used to query information about the current user.",
            )));
        };
        let page_id = match page {
            Some(p) if p != "me" => {
                if self.page_tokens.get(p) != Some(token) {
                    return Err(Box::new(invalid_token()));
                }
                p.to_string()
            }
            _ => match self.page_tokens.iter().find(|(_, t)| *t == token) {
                Some((p, _)) => p.clone(),
                None => return Err(Box::new(invalid_token())),
            },
        };
        let expected = hmac_hex(self.app_secret.as_bytes(), token.as_bytes());
        match query.get("appsecret_proof") {
            None => Err(Box::new(graph_error(
                100,
                None,
                "GraphMethodException",
                "API calls from the server require an appsecret_proof argument",
            ))),
            Some(p) if *p != expected => Err(Box::new(graph_error(
                100,
                None,
                "GraphMethodException",
                "Invalid appsecret_proof provided in the API argument",
            ))),
            Some(_) => Ok(page_id),
        }
    }

    /// The checks every POST about one recipient passes first: the token and proof, a JSON
    /// body, and `recipient.id`. Answers the body and the recipient, or Graph's refusal.
    fn recipient_request(
        &self,
        page: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
        body: &[u8],
    ) -> Result<(Value, String), Box<(u16, ResponseTemplate)>> {
        self.check_auth(token.as_ref(), Some(page), query)
            .map_err(|e| Box::new((400, *e)))?;
        let Ok(body) = serde_json::from_slice::<Value>(body) else {
            return Err(Box::new(bad_parameter(
                "(#100) Invalid JSON in the request body",
            )));
        };
        let Some(recipient) = body["recipient"]["id"].as_str().filter(|s| !s.is_empty()) else {
            return Err(Box::new(bad_parameter(
                "(#100) The parameter recipient is required",
            )));
        };
        let recipient = recipient.to_owned();
        Ok((body, recipient))
    }

    fn send_api(
        &self,
        page: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
        body: &[u8],
    ) -> (u16, ResponseTemplate) {
        let (body, recipient) = match self.recipient_request(page, token, query, body) {
            Ok(checked) => checked,
            Err(refusal) => return *refusal,
        };
        let recipient = recipient.as_str();
        let bad = bad_parameter;
        let messaging_type = body["messaging_type"].as_str().unwrap_or("");
        if !["RESPONSE", "UPDATE", "MESSAGE_TAG"].contains(&messaging_type) {
            return bad(
                "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}",
            );
        }
        if messaging_type == "MESSAGE_TAG" {
            match body["tag"].as_str() {
                Some("HUMAN_AGENT")
                | Some("CUSTOMER_FEEDBACK")
                | Some("ACCOUNT_UPDATE_ALLOWED") => {}
                _ => return bad("(#100) Tag is invalid or no longer supported"),
            }
        }
        if body.get("sender_action").is_some() && body.get("message").is_some() {
            return bad("(#100) sender_action cannot be sent with message");
        }
        if let Some(action) = body.get("sender_action") {
            return match action.as_str() {
                Some("typing_on" | "typing_off" | "mark_seen") => (
                    200,
                    ResponseTemplate::new(200).set_body_json(json!({"recipient_id": recipient})),
                ),
                _ => bad(
                    "(#100) Param sender_action must be one of {typing_on, typing_off, mark_seen}",
                ),
            };
        }
        let Some(message) = body["message"].as_object() else {
            return bad("(#100) The parameter message is required");
        };
        match message.get("text") {
            Some(Value::String(t)) if t.is_empty() => {
                return bad("(#100) The parameter message[text] must be non-empty")
            }
            // Counted as Facebook's clients count: UTF-16 code units (an emoji is two).
            Some(Value::String(t)) if t.encode_utf16().count() > 2000 => {
                return bad(
                    "(#100) Length of param message[text] must be less than or equal to 2000",
                )
            }
            Some(Value::String(_)) => {}
            Some(_) => return bad("(#100) Param message[text] must be a string"),
            None if message.contains_key("attachment") => {}
            None => return bad("(#100) The parameter message[text] is required"),
        }
        if let Some(replies) = message.get("quick_replies") {
            let Some(replies) = replies
                .as_array()
                .filter(|r| !r.is_empty() && r.len() <= 13)
            else {
                return bad(
                    "(#100) Param message[quick_replies] must be an array of 1 to 13 items",
                );
            };
            for reply in replies {
                let title = reply["title"].as_str().unwrap_or_default();
                let payload = reply["payload"].as_str().unwrap_or_default();
                if reply["content_type"] != "text" {
                    return bad("(#100) Param message[quick_replies][content_type] must be text, user_phone_number or user_email");
                }
                if title.is_empty() || title.chars().count() > 20 {
                    return bad(
                        "(#100) Param message[quick_replies][title] must be 1 to 20 characters",
                    );
                }
                if payload.is_empty() || payload.len() > 1000 {
                    return bad(
                        "(#100) Param message[quick_replies][payload] must be 1 to 1000 characters",
                    );
                }
            }
        }
        if let Some(owner) = self.thread_owners.lock().expect("lock").get(recipient) {
            if *owner != APP_ID {
                return (
                    400,
                    graph_error(
                        10,
                        Some(2018300),
                        "OAuthException",
                        "(#10) This app does not control the thread: another app does",
                    ),
                );
            }
        }
        let failure = {
            let mut failures = self.send_failures.lock().expect("lock");
            let failure = failures
                .get_mut(recipient)
                .and_then(|f| match &mut f.remaining {
                    Some(0) => None,
                    Some(n) => {
                        *n -= 1;
                        Some(f.clone())
                    }
                    None => Some(f.clone()),
                });
            failure
        };
        if let Some(f) = failure {
            return (
                400,
                graph_error(f.code, f.subcode, "OAuthException", &f.message),
            );
        }
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        let mid = format!("m_standin_{n}");
        self.last_delivered
            .lock()
            .expect("lock")
            .insert(std::thread::current().id(), mid.clone());
        if let Some(status) = self.lost_answers.lock().expect("lock").get(recipient) {
            return (
                *status,
                ResponseTemplate::new(*status).set_body_json(json!({"error": {
                    "message": "An unexpected error has occurred. Please retry your request later.",
                    "type": "OAuthException", "code": 2, "is_transient": true,
                    "fbtrace_id": "AbCdEfGhIjK"}})),
            );
        }
        (
            200,
            ResponseTemplate::new(200).set_body_json(json!({
                "recipient_id": recipient,
                "message_id": mid
            })),
        )
    }

    /// `take_thread_control` and `pass_thread_control`, checked as Graph documents them:
    /// `recipient.id`, optional `metadata`, and for a pass the `target_app_id` (a number).
    fn thread_control(
        &self,
        page: &str,
        edge: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
        body: &[u8],
    ) -> (u16, ResponseTemplate) {
        let (body, recipient) = match self.recipient_request(page, token, query, body) {
            Ok((Value::Object(body), recipient)) => (body, recipient),
            Ok(_) => return bad_parameter("(#100) Invalid JSON in the request body"),
            Err(refusal) => return *refusal,
        };
        let bad = bad_parameter;
        let allowed = [
            "recipient",
            "metadata",
            "target_app_id",
            "access_token",
            "appsecret_proof",
        ];
        if let Some(key) = body.keys().find(|k| !allowed.contains(&k.as_str())) {
            return bad(&format!("(#100) Unknown parameter {key}"));
        }
        if body.get("metadata").is_some_and(|m| !m.is_string()) {
            return bad("(#100) Param metadata must be a string");
        }
        let owner = if edge == "take_thread_control" {
            if body.contains_key("target_app_id") {
                return bad("(#100) Unknown parameter target_app_id");
            }
            APP_ID
        } else {
            match body.get("target_app_id").and_then(Value::as_u64) {
                Some(app) => app,
                None => return bad("(#100) Param target_app_id must be an app id (a number)"),
            }
        };
        let mut owners = self.thread_owners.lock().expect("lock");
        if owner == APP_ID {
            owners.remove(&recipient);
        } else {
            owners.insert(recipient, owner);
        }
        (
            200,
            ResponseTemplate::new(200).set_body_json(json!({"success": true})),
        )
    }

    fn profile(
        &self,
        psid: &str,
        token: Option<String>,
        query: &HashMap<String, String>,
    ) -> (u16, ResponseTemplate) {
        if let Err(e) = self.check_auth(token.as_ref(), None, query) {
            return (400, *e);
        }
        if self.profile_failures.lock().expect("lock").contains(psid) {
            return (
                400,
                graph_error(
                    100,
                    Some(33),
                    "GraphMethodException",
                    "Unsupported get request. Object with ID does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                ),
            );
        }
        let (first, last) = self
            .profiles
            .lock()
            .expect("lock")
            .get(psid)
            .cloned()
            .unwrap_or_else(|| ("Pat".to_string(), format!("Customer{psid}")));
        let fields = query.get("fields").cloned().unwrap_or_default();
        let mut out = json!({"id": psid});
        for f in fields.split(',') {
            match f.trim() {
                "first_name" => out["first_name"] = json!(first),
                "last_name" => out["last_name"] = json!(last),
                "profile_pic" => {
                    out["profile_pic"] = json!(format!("https://example.invalid/pic/{psid}.jpg"))
                }
                _ => {}
            }
        }
        (200, ResponseTemplate::new(200).set_body_json(out))
    }
}

struct GraphResponder(Arc<GraphState>);

impl Respond for GraphResponder {
    fn respond(&self, req: &wiremock::Request) -> ResponseTemplate {
        let received_at = std::time::Instant::now();
        self.0
            .last_delivered
            .lock()
            .expect("lock")
            .remove(&std::thread::current().id());
        let (status, template) = self.0.handle(req);
        let answered_mid = self
            .0
            .last_delivered
            .lock()
            .expect("lock")
            .remove(&std::thread::current().id());
        let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        let is_send = req.method.as_str().eq_ignore_ascii_case("POST")
            && req.url.path().ends_with("/messages")
            && body.get("message").is_some();
        let recipient = body["recipient"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let mut delay = *self.0.latency.lock().expect("lock");
        if is_send {
            if let Some(extra) = self.0.send_latency.lock().expect("lock").get(&recipient) {
                delay += *extra;
            }
            let mut queued = self.0.next_send_latency.lock().expect("lock");
            if let Some(extra) = queued.get_mut(&recipient).and_then(VecDeque::pop_front) {
                delay += extra;
            }
        }
        // What the customer got: a send Graph accepted, even if its answer then failed.
        let delivered_mid = answered_mid.filter(|_| is_send);
        let call = GraphCall {
            method: req.method.as_str().to_ascii_uppercase(),
            path: req.url.path().to_string(),
            query: req.url.query_pairs().into_owned().collect(),
            body: body.clone(),
            status,
            delivered: delivered_mid.is_some(),
            received_at,
            answered_at: received_at + delay,
        };
        self.0.calls.lock().expect("lock").push(call);
        if let (Some(mid), Some(server)) =
            (delivered_mid, self.0.echo_to.lock().expect("lock").clone())
        {
            let page = req
                .url
                .path()
                .trim_matches('/')
                .split('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            let message = &body["message"];
            let mut echo = json!({
                "is_echo": true, "app_id": APP_ID, "mid": mid,
                "text": message["text"].as_str().unwrap_or_default(),
            });
            if let Some(metadata) = message.get("metadata") {
                echo["metadata"] = metadata.clone();
            }
            let payload = page_payload(
                &page,
                vec![
                    json!({"sender": {"id": page}, "recipient": {"id": recipient},
                    "timestamp": now_ms(), "message": echo}),
                ],
            );
            // Facebook echoes a message shortly after it is delivered.
            tokio::spawn(async move {
                tokio::time::sleep(delay + Duration::from_millis(50)).await;
                let body = serde_json::to_vec(&payload).expect("json");
                let _ = http_client(false)
                    .post(format!("{server}/webhook"))
                    .header("content-type", "application/json")
                    .header("X-Hub-Signature-256", sign(&body))
                    .body(body)
                    .send()
                    .await;
            });
        }
        template.set_delay(delay)
    }
}

impl GraphStandIn {
    pub async fn start(tenants: &Tenants) -> GraphStandIn {
        let state = Arc::new(GraphState {
            app_secret: APP_SECRET.to_string(),
            page_tokens: tenants.page_tokens(),
            ..GraphState::default()
        });
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(GraphResponder(state.clone()))
            .mount(&server)
            .await;
        GraphStandIn { server, state }
    }

    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Every request received so far, in arrival order.
    pub fn calls(&self) -> Vec<GraphCall> {
        self.state.calls.lock().expect("lock").clone()
    }

    /// The app that controls `psid`'s thread: ours unless a pass (or the test) said otherwise.
    pub fn thread_owner(&self, psid: &str) -> u64 {
        let owners = self.state.thread_owners.lock().expect("lock");
        owners.get(psid).copied().unwrap_or(APP_ID)
    }

    /// Another app controls `psid`'s thread, as after Meta's `pass_thread_control` to it:
    /// sends to them are refused.
    pub fn give_thread_to(&self, psid: &str, app: u64) {
        let mut owners = self.state.thread_owners.lock().expect("lock");
        owners.insert(psid.to_owned(), app);
    }

    /// The thread-control requests about `psid`, in arrival order.
    pub fn thread_calls(&self, psid: &str) -> Vec<GraphCall> {
        self.calls()
            .into_iter()
            .filter(|c| c.path.ends_with("_thread_control") && c.body["recipient"]["id"] == psid)
            .collect()
    }

    /// Every Send API call, in arrival order.
    pub fn sent_messages(&self) -> Vec<SentMessage> {
        let tokens = &self.state.page_tokens;
        self.calls()
            .into_iter()
            .filter(|c| c.method == "POST" && c.path.ends_with("/messages"))
            .map(|c| {
                let segment = c
                    .path
                    .trim_matches('/')
                    .split('/')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let page_id = if segment == "me" {
                    let token = c
                        .query
                        .get("access_token")
                        .cloned()
                        .or_else(|| c.body["access_token"].as_str().map(str::to_string))
                        .unwrap_or_default();
                    tokens
                        .iter()
                        .find(|(_, t)| **t == token)
                        .map(|(p, _)| p.clone())
                        .unwrap_or(segment)
                } else {
                    segment
                };
                SentMessage {
                    delivered: c.delivered,
                    received_at: c.received_at,
                    answered_at: c.answered_at,
                    page_id,
                    recipient: c.body["recipient"]["id"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    messaging_type: c.body["messaging_type"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    tag: c.body["tag"].as_str().map(str::to_string),
                    text: c.body["message"]["text"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    accepted: c.status == 200,
                    body: c.body,
                }
            })
            .collect()
    }

    pub fn sends_to(&self, psid: &str) -> Vec<SentMessage> {
        self.sent_messages()
            .into_iter()
            .filter(|m| m.recipient == psid)
            .collect()
    }

    /// Profile look-ups (`GET /{PSID}`) for one customer.
    pub fn profile_calls(&self, psid: &str) -> Vec<GraphCall> {
        let path = format!("/{psid}");
        self.calls()
            .into_iter()
            .filter(|c| c.method == "GET" && c.path == path)
            .collect()
    }

    /// Waits until a Send API call matching `pred` arrived.
    pub async fn wait_for_send(
        &self,
        what: &str,
        pred: impl Fn(&SentMessage) -> bool,
    ) -> SentMessage {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(m) = self.sent_messages().into_iter().find(|m| pred(m)) {
                return m;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out after {WAIT:?} waiting for a Send API call: {what}; received: {:#?}",
                    self.sent_messages()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    pub async fn wait_for_text(&self, psid: &str, text: &str) -> SentMessage {
        self.wait_for_send(&format!("text {text:?} to {psid}"), |m| {
            m.recipient == psid && m.text == text
        })
        .await
    }

    /// Any accepted bot/agent message to `psid` (used as a "processed" signal).
    pub async fn wait_for_any_send_to(&self, psid: &str) -> SentMessage {
        self.wait_for_send(&format!("any accepted message to {psid}"), |m| {
            m.recipient == psid && m.accepted
        })
        .await
    }

    /// What the customer `psid` received, in order (what Facebook delivered, whatever it
    /// answered).
    pub fn received_by(&self, psid: &str) -> Vec<String> {
        self.sends_to(psid)
            .into_iter()
            .filter(|m| m.delivered)
            .map(|m| m.text)
            .collect()
    }

    /// Every answer takes this long (a realistic Graph, or a slow one).
    pub fn set_latency(&self, latency: Duration) {
        *self.state.latency.lock().expect("lock") = latency;
    }

    /// Answers to sends to `psid` take this much longer.
    pub fn set_send_latency(&self, psid: &str, latency: Duration) {
        self.state
            .send_latency
            .lock()
            .expect("lock")
            .insert(psid.to_string(), latency);
    }

    /// The next sends to `psid` take these extra latencies, one each, in order.
    pub fn queue_send_latencies(&self, psid: &str, latencies: &[Duration]) {
        self.state
            .next_send_latency
            .lock()
            .expect("lock")
            .entry(psid.to_string())
            .or_default()
            .extend(latencies.iter().copied());
    }

    /// Sends to `psid` are delivered, but answered with `status` (a Graph that fails after
    /// accepting).
    pub fn lose_answers_to(&self, psid: &str, status: u16) {
        self.state
            .lost_answers
            .lock()
            .expect("lock")
            .insert(psid.to_string(), status);
    }

    /// Echo every delivered send back to the server at `address`, as Facebook does.
    pub fn echo_sends_to(&self, address: &str) {
        *self.state.echo_to.lock().expect("lock") = Some(address.to_string());
    }

    pub fn set_profile(&self, psid: &str, first: &str, last: &str) {
        self.state
            .profiles
            .lock()
            .expect("lock")
            .insert(psid.to_string(), (first.to_string(), last.to_string()));
    }

    pub fn fail_profile(&self, psid: &str) {
        self.state
            .profile_failures
            .lock()
            .expect("lock")
            .insert(psid.to_string());
    }

    /// Makes every Send API call to `psid` fail with this Graph error.
    pub fn fail_sends_to(&self, psid: &str, code: i64, subcode: Option<i64>, message: &str) {
        self.state.send_failures.lock().expect("lock").insert(
            psid.to_string(),
            SendFailure {
                code,
                subcode,
                message: message.to_string(),
                remaining: None,
            },
        );
    }

    /// Makes the next `times` Send API calls to `psid` fail with this Graph error.
    pub fn fail_next_sends_to(&self, psid: &str, times: u32, code: i64, message: &str) {
        self.state.send_failures.lock().expect("lock").insert(
            psid.to_string(),
            SendFailure {
                code,
                subcode: None,
                message: message.to_string(),
                remaining: Some(times),
            },
        );
    }
}
