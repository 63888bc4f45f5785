use serde_json::json;

use crate::helpers::{assert_ws_error, close_code, new_psid, spawn_app, NOTIFIED_TEXT};

#[tokio::test]
async fn bad_websocket_frames_get_invalid_request_and_the_session_survives() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;

    // Malformed JSON: no request id can be echoed.
    ws.send_text("{this is not json").await;
    let f = ws
        .expect("error frame for malformed JSON", |f| f["type"] == "error")
        .await;
    assert_ws_error(&f, "invalid_request", "malformed JSON");
    ws.ping().await;

    ws.send_json(&json!({"type": "launch_rockets", "request_id": "r-unknown"}))
        .await;
    let f = ws.reply("r-unknown").await;
    let msg = assert_ws_error(&f, "invalid_request", "unknown type");
    assert!(
        msg.to_lowercase().contains("type"),
        "the message names `type`: {msg}"
    );
    ws.ping().await;

    ws.send_json(&json!({"request_id": "r-notype", "data": {}}))
        .await;
    let f = ws.reply("r-notype").await;
    let msg = assert_ws_error(&f, "invalid_request", "missing type");
    assert!(
        msg.to_lowercase().contains("type"),
        "the message names `type`: {msg}"
    );
    ws.ping().await;

    ws.send_json(&json!({
        "type": "assign_agent",
        "request_id": "r-missing",
        "data": {"page_id": "1001"}
    }))
    .await;
    let f = ws.reply("r-missing").await;
    let msg = assert_ws_error(&f, "invalid_request", "missing customer_id");
    assert!(
        msg.contains("customer_id"),
        "the message names the field: {msg}"
    );
    assert_eq!(f["request_id"], "r-missing", "{f}");
    assert_eq!(f["data"]["request_type"], "assign_agent", "{f}");
    ws.ping().await;

    // NoSQL operator injection is a type error, never a query.
    ws.send_json(&json!({
        "type": "assign_agent",
        "request_id": "r-inject",
        "data": {"customer_id": {"$ne": null}, "page_id": "1001"}
    }))
    .await;
    let f = ws.reply("r-inject").await;
    let msg = assert_ws_error(&f, "invalid_request", "operator object as customer_id");
    assert!(
        msg.contains("customer_id"),
        "the message names the field: {msg}"
    );
    ws.ping().await;

    ws.send_json(&json!({
        "type": "get_conversation",
        "request_id": "r-inject2",
        "data": {"customer_id": {"$gt": ""}, "page_id": {"$ne": null}}
    }))
    .await;
    let f = ws.reply("r-inject2").await;
    assert_ws_error(
        &f,
        "invalid_request",
        "operator objects in get_conversation",
    );
    ws.ping().await;

    ws.send_json(&json!({
        "type": "send_message",
        "request_id": "r-nomsg",
        "data": {"customer_id": "123", "page_id": "1001"}
    }))
    .await;
    let f = ws.reply("r-nomsg").await;
    let msg = assert_ws_error(&f, "invalid_request", "send_message without message");
    assert!(
        msg.contains("message"),
        "the message names the field: {msg}"
    );

    ws.send_json(&json!({
        "type": "get_stopped_customers",
        "request_id": "r-limit",
        "data": {"limit": "lots"}
    }))
    .await;
    let f = ws.reply("r-limit").await;
    let msg = assert_ws_error(&f, "invalid_request", "non-numeric limit");
    assert!(msg.contains("limit"), "the message names the field: {msg}");

    // Still the same, working connection.
    ws.ping().await;
    let f = ws.request("get_stopped_customers", json!({})).await;
    assert_eq!(f["type"], "stopped_customers", "{f}");
}

#[tokio::test]
async fn malformed_rest_bodies_are_invalid_request() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    let stop = format!("/api/dashboard/customers/{psid}/stop");
    let message = format!("/api/dashboard/customers/{psid}/message");
    let agent = format!("/api/dashboard/customers/{psid}/agent");

    app.request_raw(reqwest::Method::PUT, &stop, Some(&alice.token), "{not json")
        .await
        .error(400, "invalid_request", "malformed JSON on PUT stop");
    app.request_raw(
        reqwest::Method::POST,
        &message,
        Some(&alice.token),
        "{\"message\": ",
    )
    .await
    .error(400, "invalid_request", "truncated JSON on POST message");
    app.request_raw(reqwest::Method::POST, "/api/auth/login", None, "[[[")
        .await
        .error(400, "invalid_request", "malformed JSON on login");

    let msg = app
        .put(
            &stop,
            &alice.token,
            json!({"stop": "yes", "page_id": "1001"}),
        )
        .await
        .error(400, "invalid_request", "stop as a string");
    assert!(msg.contains("stop"), "the message names the field: {msg}");

    let msg = app
        .post(
            &message,
            &alice.token,
            json!({"message": 5, "page_id": "1001"}),
        )
        .await
        .error(400, "invalid_request", "message as a number");
    assert!(
        msg.contains("message"),
        "the message names the field: {msg}"
    );

    let msg = app
        .post(
            &message,
            &alice.token,
            json!({"message": "", "page_id": "1001"}),
        )
        .await
        .error(400, "invalid_request", "empty message");
    assert!(
        msg.contains("message"),
        "the message names the field: {msg}"
    );

    let msg = app
        .put(
            &agent,
            &alice.token,
            json!({"agent_id": {"$ne": null}, "page_id": "1001"}),
        )
        .await
        .error(400, "invalid_request", "operator object as agent_id");
    assert!(
        msg.contains("agent_id"),
        "the message names the field: {msg}"
    );

    // Nothing above changed the customer or reached Facebook.
    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let c = crate::helpers::customer_of(r.ok("customer after bad input"));
    assert_eq!(c["stop"], true, "{c}");
    assert!(c["agent_id"].is_null(), "{c}");
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    assert_eq!(
        app.graph.sends_to(&psid).len(),
        1,
        "{:#?}",
        app.graph.sends_to(&psid)
    );
}

#[tokio::test]
async fn agent_messages_over_2000_characters_are_split_or_refused() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;

    let long: String = (0..900).map(|i| format!("w{i} ")).collect();
    assert!(long.chars().count() > 4000);
    let r = app
        .send_rest(&alice.token, "1001", &psid, long.trim_end())
        .await;
    if r.status == 400 {
        r.error(400, "invalid_request", "over-long message refused");
        return;
    }
    r.ok("over-long message accepted (must then be split)");
    app.graph
        .wait_for_send("the last part of the long message", |m| {
            m.recipient == psid && m.text.contains("w899")
        })
        .await;
    let parts: Vec<_> = app
        .graph
        .sends_to(&psid)
        .into_iter()
        .filter(|m| m.text != NOTIFIED_TEXT)
        .collect();
    assert!(
        parts.len() >= 3,
        "a 4000+ character message needs 3+ sends: {parts:#?}"
    );
    for p in &parts {
        assert!(p.accepted, "Facebook refused a part: {:?}", p.body);
        assert!(p.text.chars().count() <= 2000);
    }
    let joined: String = parts.iter().map(|p| p.text.as_str()).collect::<String>();
    let strip = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(
        strip(&joined),
        strip(&long),
        "the parts add up to the message, in order"
    );
}

#[tokio::test]
async fn an_oversized_websocket_frame_is_refused_with_close_1009() {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
    use tokio_tungstenite::tungstenite::Message;

    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let (mut stream, _) = tokio_tungstenite::connect_async(app.ws_request(Some(&alice.token)))
        .await
        .expect("upgrade");
    let huge = format!(r#"{{"type":"ping","pad":"{}"}}"#, "x".repeat(200 * 1024));
    // The server may close while the frame is still being written.
    let _ = stream.send(Message::Text(huge)).await;
    let close = close_code(
        &mut stream,
        std::time::Duration::from_secs(20),
        "after an oversized frame",
    )
    .await;
    assert_eq!(
        close,
        Some(CloseCode::Size),
        "close code 1009 (message too big)"
    );

    // The server itself is fine: a new connection works.
    let mut ws = app.ws(&alice).await;
    ws.ping().await;
}
