use serde_json::json;

use crate::helpers::{
    agent_of, customer_of, message_event, new_psid, now_ms, page_payload, spawn_app, unique,
    HUMAN_REQUEST, NOTIFIED_TEXT, PLAIN_QUESTION,
};

#[tokio::test]
async fn state_survives_a_sigkill() {
    let mut app = spawn_app().await;
    let alice = app.login("alice").await;

    let held = new_psid();
    let queued = new_psid();
    let bot_only = new_psid();
    let held_mid = unique("m_keep_");
    app.deliver(&page_payload(
        "1001",
        vec![message_event(
            "1001",
            &held,
            &held_mid,
            HUMAN_REQUEST,
            now_ms(),
        )],
    ))
    .await;
    app.wait_for_customer(&alice.token, "1001", &held, "stop", |c| c["stop"] == true)
        .await;
    app.request_help(&alice.token, "1002", &queued).await;
    app.plain_customer(&alice.token, "1001", &bot_only).await;
    app.graph.wait_for_text(&held, NOTIFIED_TEXT).await;
    app.send_rest(&alice.token, "1001", &held, "Alice is on it")
        .await
        .ok("alice replies (and is auto-assigned)");
    let before = customer_of(
        app.get_customer(&alice.token, "1001", &held)
            .await
            .ok("before"),
    )
    .clone();

    app.restart().await;

    // The same token still works.
    let r = app.get("/api/auth/me", &alice.token).await;
    assert_eq!(
        agent_of(r.ok("me after restart"))["id"],
        "alice",
        "{}",
        r.text
    );

    let all = app.list_customers(&alice.token, "").await;
    assert_eq!(all["total"], 3, "customers after restart: {all}");

    let r = app.get_customer(&alice.token, "1001", &held).await;
    let body = r.ok("held customer after restart");
    let c = customer_of(body);
    assert_eq!(c["stop"], true, "{c}");
    assert_eq!(c["agent_id"], "alice", "the assignment survives: {c}");
    assert_eq!(c["agent_name"], "Alice Smith", "{c}");
    assert_eq!(c["message_count"], before["message_count"], "{c}");
    assert_eq!(c["assigned_at"], before["assigned_at"], "{c}");
    assert_eq!(c["created_at"], before["created_at"], "{c}");
    let texts: Vec<&str> = body["messages"]
        .as_array()
        .map(|m| m.iter().filter_map(|m| m["text"].as_str()).collect())
        .unwrap_or_default();
    for t in [HUMAN_REQUEST, NOTIFIED_TEXT, "Alice is on it"] {
        assert!(
            texts.contains(&t),
            "history lost {t:?} across the restart: {texts:?}"
        );
    }

    let r = app.get_customer(&alice.token, "1002", &queued).await;
    let c = customer_of(r.ok("queued customer after restart"));
    assert_eq!(c["stop"], true, "{c}");
    assert!(c["agent_id"].is_null(), "{c}");
    let r = app.get_customer(&alice.token, "1001", &bot_only).await;
    assert_eq!(
        customer_of(r.ok("bot customer after restart"))["stop"],
        false
    );

    // Dedup state is durable too: a redelivery after the restart is still ignored.
    app.deliver(&page_payload(
        "1001",
        vec![message_event(
            "1001",
            &held,
            &held_mid,
            HUMAN_REQUEST,
            now_ms(),
        )],
    ))
    .await;
    app.customer_says("1001", &held, "after restart").await;
    let body = app
        .wait_for_customer(&alice.token, "1001", &held, "post-restart message", |c| {
            c["last_message"] == "after restart"
        })
        .await;
    assert_eq!(
        customer_of(&body)["message_count"],
        before["message_count"].as_u64().unwrap() + 1,
        "a redelivered mid counted after the restart: {body}"
    );

    // WebSocket sessions work with the old token, and see the old queue.
    let mut ws = app.ws(&alice).await;
    let f = ws.request("get_stopped_customers", json!({})).await;
    assert_eq!(f["type"], "stopped_customers", "{f}");
    assert_eq!(f["data"]["total"], 2, "{f}");
}

#[tokio::test]
async fn whatever_was_acknowledged_survives_an_immediate_crash() {
    let mut app = spawn_app().await;
    let alice = app.login("alice").await;
    let helped = new_psid();
    app.request_help(&alice.token, "1001", &helped).await;

    // A webhook answered 200, then the process dies at once.
    let fresh = new_psid();
    app.customer_says("1001", &fresh, PLAIN_QUESTION).await;
    // An assignment answered 200, then the process dies at once.
    app.set_agent(&alice.token, "1001", &helped, json!("alice"))
        .await
        .ok("assign");
    app.restart().await;

    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &fresh,
            "acknowledged message after crash",
            |c| c["message_count"] == 1,
        )
        .await;
    assert_eq!(customer_of(&body)["last_message"], PLAIN_QUESTION, "{body}");
    let r = app.get_customer(&alice.token, "1001", &helped).await;
    assert_eq!(
        customer_of(r.ok("assigned customer after crash"))["agent_id"],
        "alice",
        "{}",
        r.text
    );
}
