//! A WebSocket client for the agent protocol: frames queued in the background and taken
//! by what they match, raw connections for close codes, and the upgrade requests.

use std::collections::VecDeque;
use std::time::Duration;

use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::Request as WsRequest;
use tokio_tungstenite::tungstenite::http::header::{AUTHORIZATION, COOKIE, ORIGIN};
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::app::TestApp;
use super::http::Session;
use super::ids::unique;
use super::WAIT;

/// Server-to-client frame types that are broadcasts rather than replies.
pub const BROADCAST_TYPES: &[&str] = &[
    "agent_requested",
    "agent_assignment_changed",
    "customer_stop_status_changed",
    "new_message",
    "agent_availability_changed",
];

/// A raw WebSocket connection, for tests about how the server closes it.
pub type RawWs = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// The close code the server ends a raw connection with (`None`: closed without one, or
/// dropped); panics if it is still open after `within`.
pub async fn close_code(
    stream: &mut RawWs,
    within: Duration,
    what: &str,
) -> Option<tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode> {
    let closing = async {
        while let Some(msg) = stream.next().await {
            match msg {
                Ok(Message::Close(frame)) => return frame.map(|f| f.code),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    };
    tokio::time::timeout(within, closing)
        .await
        .unwrap_or_else(|_| panic!("{what}: the connection is still open after {within:?}"))
}

type WsSink = SplitSink<RawWs, Message>;

/// A WebSocket session. A background task reads frames (answering WS pings on the way) and
/// queues them; the `expect*` helpers take the first matching frame and keep the others
/// for later calls, so the order of replies and broadcasts does not matter.
pub struct WsClient {
    pub name: String,
    sink: WsSink,
    rx: mpsc::UnboundedReceiver<Value>,
    buffered: VecDeque<Value>,
    /// Every frame taken off the connection so far, in arrival order.
    history: Vec<Value>,
}

pub fn frame_type(f: &Value) -> &str {
    f["type"].as_str().unwrap_or_default()
}

pub fn is_broadcast(f: &Value) -> bool {
    BROADCAST_TYPES.contains(&frame_type(f))
}

/// `seq` of a broadcast, at the top level or inside `data`.
pub fn seq_of(f: &Value) -> Option<u64> {
    f["seq"].as_u64().or_else(|| f["data"]["seq"].as_u64())
}

/// The customer id a frame is about (`data.customer.customer_id` or `data.customer_id`).
pub fn frame_customer_id(f: &Value) -> Option<&str> {
    f["data"]["customer"]["customer_id"]
        .as_str()
        .or_else(|| f["data"]["customer_id"].as_str())
}

/// Asserts a WebSocket error frame with `code`; returns the message.
#[track_caller]
pub fn assert_ws_error(f: &Value, code: &str, what: &str) -> String {
    assert_eq!(
        frame_type(f),
        "error",
        "{what}: expected an error frame, got {f}"
    );
    assert_eq!(f["data"]["code"], code, "{what}: wrong error code in {f}");
    assert!(
        f["data"]["message"].is_string(),
        "{what}: error frame without data.message: {f}"
    );
    f["data"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[track_caller]
pub fn assert_frame_type<'a>(f: &'a Value, ty: &str, what: &str) -> &'a Value {
    assert_eq!(
        frame_type(f),
        ty,
        "{what}: expected a `{ty}` frame, got {f}"
    );
    &f["data"]
}

impl WsClient {
    pub async fn connect(
        req: WsRequest,
        name: &str,
    ) -> Result<WsClient, tokio_tungstenite::tungstenite::Error> {
        WsClient::connect_with(req, name, None).await
    }

    /// Connects through `connector` (`wss://` with a certificate of the test's own).
    pub async fn connect_with(
        req: WsRequest,
        name: &str,
        connector: Option<tokio_tungstenite::Connector>,
    ) -> Result<WsClient, tokio_tungstenite::tungstenite::Error> {
        let (stream, _resp) =
            tokio_tungstenite::connect_async_tls_with_config(req, None, false, connector).await?;
        let (sink, mut read) = stream.split();
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(msg) = read.next().await {
                match msg {
                    Ok(Message::Text(t)) => {
                        let v = serde_json::from_str(&t)
                            .unwrap_or_else(|_| json!({"type": "__not_json__", "raw": t}));
                        if tx.send(v).is_err() {
                            break;
                        }
                    }
                    Ok(Message::Close(_)) | Err(_) => break,
                    Ok(_) => {}
                }
            }
        });
        Ok(WsClient {
            name: name.to_string(),
            sink,
            rx,
            buffered: VecDeque::new(),
            history: Vec::new(),
        })
    }

    pub async fn send_text(&mut self, text: &str) {
        self.sink
            .send(Message::Text(text.to_string()))
            .await
            .unwrap_or_else(|e| panic!("[{}] WebSocket send failed: {e}", self.name));
    }

    /// Closes the connection (a close frame), as a browser tab closing does.
    pub async fn close(mut self) {
        let _ = self.sink.close().await;
    }

    pub async fn send_json(&mut self, v: &Value) {
        self.send_text(&v.to_string()).await;
    }

    /// Sends `{"type", "request_id", "data"}` and returns the request id.
    pub async fn send_request(&mut self, ty: &str, data: Value) -> String {
        let id = unique(&format!("{ty}-"));
        self.send_json(&json!({"type": ty, "request_id": id, "data": data}))
            .await;
        id
    }

    /// Sends a request and waits for the reply (or error) that echoes its `request_id`.
    pub async fn request(&mut self, ty: &str, data: Value) -> Value {
        let id = self.send_request(ty, data).await;
        self.reply(&id).await
    }

    /// The reply frame (not a broadcast) carrying `request_id`.
    pub async fn reply(&mut self, request_id: &str) -> Value {
        let id = request_id.to_string();
        self.expect(&format!("reply to request_id {id:?}"), move |f| {
            f["request_id"] == id.as_str() && !is_broadcast(f)
        })
        .await
    }

    /// The first frame matching `pred`; frames that don't match are kept for later.
    pub async fn expect(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(pos) = self.buffered.iter().position(&pred) {
            return self.buffered.remove(pos).expect("position is in range");
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let frame = match tokio::time::timeout_at(deadline, self.rx.recv()).await {
                Ok(Some(f)) => f,
                Ok(None) => panic!(
                    "[{}] WebSocket closed while waiting for {what}; unconsumed frames: {:#?}",
                    self.name, self.buffered
                ),
                Err(_) => panic!(
                    "[{}] timed out after {WAIT:?} waiting for {what}; unconsumed frames: {:#?}",
                    self.name, self.buffered
                ),
            };
            self.history.push(frame.clone());
            if pred(&frame) {
                return frame;
            }
            self.buffered.push_back(frame);
        }
    }

    /// A broadcast of type `ty` about `customer_id`.
    pub async fn expect_broadcast(&mut self, ty: &str, customer_id: &str) -> Value {
        let (t, c) = (ty.to_string(), customer_id.to_string());
        self.expect(
            &format!("broadcast `{ty}` for customer {customer_id}"),
            move |f| frame_type(f) == t && frame_customer_id(f) == Some(c.as_str()),
        )
        .await
    }

    pub async fn ping(&mut self) {
        let id = unique("ping-");
        self.send_json(&json!({"type": "ping", "request_id": id}))
            .await;
        let f = self.reply(&id).await;
        assert_eq!(
            frame_type(&f),
            "pong",
            "[{}] ping answered with {f}",
            self.name
        );
    }

    /// Round-trips a ping, then returns (and forgets) every frame received before the pong.
    pub async fn drain(&mut self) -> Vec<Value> {
        self.ping().await;
        while let Ok(f) = self.rx.try_recv() {
            self.history.push(f.clone());
            self.buffered.push_back(f);
        }
        self.buffered.drain(..).collect()
    }

    /// Every frame received so far (consumed or not), in arrival order. Call `drain` first
    /// to pull in what is still in flight.
    pub fn seen(&self) -> &[Value] {
        &self.history
    }

    /// Every broadcast received so far (consumed or not), in arrival order. Call `drain`
    /// first to pull in what is still in flight.
    pub fn broadcasts_seen(&self) -> Vec<Value> {
        self.history
            .iter()
            .filter(|f| is_broadcast(f))
            .cloned()
            .collect()
    }
}

/// What a WebSocket request about one customer names: a customer of acme's page 1001.
pub fn target(psid: &str) -> Value {
    json!({"customer_id": psid, "page_id": "1001"})
}

/// The HTTP status of a refused WebSocket upgrade.
pub fn upgrade_status(r: Result<WsClient, tokio_tungstenite::tungstenite::Error>) -> u16 {
    match r {
        Ok(_) => panic!("the WebSocket upgrade was accepted but should have been refused"),
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => resp.status().as_u16(),
        Err(e) => panic!("the WebSocket upgrade failed without an HTTP status: {e}"),
    }
}

impl TestApp {
    /// An upgrade request for `/ws`, with a bearer token when given.
    pub fn ws_request(&self, token: Option<&str>) -> WsRequest {
        let mut req = self
            .ws_url()
            .into_client_request()
            .expect("build WebSocket request");
        if let Some(t) = token {
            req.headers_mut().insert(
                AUTHORIZATION,
                HeaderValue::from_str(&format!("Bearer {t}")).expect("header value"),
            );
        }
        req
    }

    pub fn ws_request_with_cookie(&self, cookie: &str) -> WsRequest {
        let mut req = self.ws_request(None);
        req.headers_mut()
            .insert(COOKIE, HeaderValue::from_str(cookie).expect("header value"));
        req
    }

    pub fn ws_request_with_origin(&self, token: &str, origin: &str) -> WsRequest {
        let mut req = self.ws_request(Some(token));
        req.headers_mut()
            .insert(ORIGIN, HeaderValue::from_str(origin).expect("header value"));
        req
    }

    /// Opens an authenticated WebSocket; panics if the upgrade fails.
    pub async fn ws(&self, session: &Session) -> WsClient {
        let name = session.agent_id().to_string();
        WsClient::connect(self.ws_request(Some(&session.token)), &name)
            .await
            .unwrap_or_else(|e| panic!("WebSocket upgrade for {name} failed: {e}"))
    }
}
