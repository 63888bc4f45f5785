//! What the load generator says to a server: signed webhooks, agent logins, WebSocket
//! connections.

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use handoff::messenger::signature;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::spawn::{agent_email, APP_SECRET, PAGE, PASSWORD};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;
pub type WsWriter = SplitSink<Socket, Message>;
pub type WsReader = SplitStream<Socket>;

/// An HTTP client for loopback: no proxies, many connections kept open.
pub fn http() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(1024)
        .build()
        .map_err(|e| format!("HTTP client: {e}"))
}

/// A webhook body and its `X-Hub-Signature-256`.
pub fn signed_webhook(customer: &str, mid: &str, text: &str) -> (String, String) {
    let body = handoff::cli::webhook_body(
        PAGE,
        customer,
        text,
        mid,
        chrono::Utc::now().timestamp_millis(),
    );
    let signature = signature::sign(APP_SECRET, body.as_bytes());
    (body, signature)
}

/// Posts one signed webhook; `Ok` only for a 200.
pub async fn post_webhook(
    http: &reqwest::Client,
    url: &str,
    (body, signature): (String, String),
) -> Result<(), String> {
    let response = http
        .post(format!("{url}/webhook"))
        .header("content-type", "application/json")
        .header("x-hub-signature-256", signature)
        .body(body)
        .send()
        .await
        .map_err(|e| format!("webhook: {e}"))?;
    match response.status().as_u16() {
        200 => Ok(()),
        status => Err(format!("webhook answered {status}")),
    }
}

/// Signs agent `i` in; its session token.
pub async fn login(http: &reqwest::Client, url: &str, i: usize) -> Result<String, String> {
    login_as(http, url, &agent_email(i)).await
}

/// Signs the agent with `email` in; its session token.
pub async fn login_as(http: &reqwest::Client, url: &str, email: &str) -> Result<String, String> {
    let response = http
        .post(format!("{url}/api/auth/login"))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .map_err(|e| format!("login: {e}"))?;
    let body: serde_json::Value = response.json().await.map_err(|e| format!("login: {e}"))?;
    body["token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("login refused: {body}"))
}

/// Signs agents `0..count` in; their session tokens.
pub async fn login_all(
    http: &reqwest::Client,
    url: &str,
    count: usize,
) -> Result<Vec<String>, String> {
    let mut tokens = Vec::with_capacity(count);
    for i in 0..count {
        tokens.push(login(http, url, i).await?);
    }
    Ok(tokens)
}

/// Opens an agent's WebSocket.
pub async fn connect(url: &str, token: &str) -> Result<(WsWriter, WsReader), String> {
    let ws_url = format!("{}/ws", url.replacen("http", "ws", 1));
    let mut request = ws_url
        .into_client_request()
        .map_err(|e| format!("WebSocket request: {e}"))?;
    let bearer = HeaderValue::from_str(&format!("Bearer {token}"))
        .map_err(|e| format!("WebSocket request: {e}"))?;
    request.headers_mut().insert("authorization", bearer);
    let (socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .map_err(|e| format!("WebSocket: {e}"))?;
    Ok(socket.split())
}

/// Chooses the console's feeds (docs/ws-protocol.md#feeds) and waits for both answers.
pub async fn narrow_feeds(writer: &mut WsWriter, reader: &mut WsReader) -> Result<(), String> {
    for (kind, feed) in [("unsubscribe", "messages"), ("subscribe", "queue_digest")] {
        let frame = serde_json::json!({"type": kind, "request_id": kind, "data": {"feed": feed}});
        writer
            .send(Message::Text(frame.to_string()))
            .await
            .map_err(|e| format!("WebSocket send: {e}"))?;
    }
    let mut answered = 0;
    while answered < 2 {
        let message = reader
            .next()
            .await
            .ok_or("WebSocket closed while choosing feeds")?
            .map_err(|e| format!("WebSocket: {e}"))?;
        if frame(message).is_some_and(|f| f["type"] == "feeds") {
            answered += 1;
        }
    }
    Ok(())
}

/// The JSON of a text frame; `None` for anything else.
pub fn frame(message: Message) -> Option<serde_json::Value> {
    match message {
        Message::Text(text) => serde_json::from_str(&text).ok(),
        _ => None,
    }
}
