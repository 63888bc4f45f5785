use std::collections::HashMap;

use serde_json::{json, Value};

use crate::helpers::{
    assert_frame_type, assert_ws_error, frame_customer_id, frame_type, new_psid, now_ms, seq_of,
    spawn_app, HUMAN_REQUEST, NOTIFIED_TEXT, PLAIN_QUESTION,
};

fn customer_ids(data: &Value) -> Vec<String> {
    data["customers"]
        .as_array()
        .unwrap_or_else(|| panic!("`customers` is not an array: {data}"))
        .iter()
        .map(|c| c["customer_id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn ping_pong_echoes_request_id() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    ws.send_json(&json!({"type": "ping", "request_id": "abc-123"}))
        .await;
    let f = ws.reply("abc-123").await;
    assert_eq!(frame_type(&f), "pong", "{f}");
    assert_eq!(f["request_id"], "abc-123");
}

#[tokio::test]
async fn stopped_customers_longest_waiting_first() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let (a, b, c, d) = (new_psid(), new_psid(), new_psid(), new_psid());
    let t = now_ms();
    // Each help request is complete before the next one starts.
    app.request_help_at(&alice.token, "1001", &a, t - 3_000)
        .await;
    app.request_help_at(&alice.token, "1002", &b, t - 2_000)
        .await;
    app.request_help_at(&alice.token, "1001", &c, t - 1_000)
        .await;
    app.plain_customer(&alice.token, "1001", &d).await;

    let mut ws = app.ws(&alice).await;
    ws.send_json(&json!({"type": "get_stopped_customers", "request_id": "q1", "data": {}}))
        .await;
    let f = ws.reply("q1").await;
    let data = assert_frame_type(&f, "stopped_customers", "get_stopped_customers");
    assert_eq!(f["request_id"], "q1");
    assert_eq!(
        customer_ids(data),
        vec![a.clone(), b.clone(), c.clone()],
        "{f}"
    );
    assert_eq!(data["total"], 3, "{f}");
    assert!(data["limit"].is_number() && data["skip"] == 0, "{f}");
    for cust in data["customers"].as_array().unwrap() {
        assert_eq!(cust["stop"], true, "{cust}");
    }

    let f = ws
        .request("get_stopped_customers", json!({"page_id": "1001"}))
        .await;
    let data = assert_frame_type(&f, "stopped_customers", "filtered by page");
    assert_eq!(customer_ids(data), vec![a.clone(), c.clone()], "{f}");
    assert_eq!(data["total"], 2, "{f}");

    let f = ws
        .request("get_stopped_customers", json!({"limit": 1, "skip": 1}))
        .await;
    let data = assert_frame_type(&f, "stopped_customers", "paged");
    assert_eq!(customer_ids(data), vec![b.clone()], "{f}");
    assert_eq!(data["total"], 3, "{f}");
    assert_eq!(data["limit"], 1, "{f}");
    assert_eq!(data["skip"], 1, "{f}");
}

#[tokio::test]
async fn assign_and_unassign_with_replies_and_broadcasts() {
    let app = spawn_app().await;
    let (alice, _bob, mut ws_a, mut ws_b) = app.two_agents("alice", "bob").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;

    let req = json!({"customer_id": psid, "page_id": "1001"});
    let f = ws_a.request("assign_agent", req.clone()).await;
    let data = assert_frame_type(&f, "agent_assigned", "alice assigns");
    assert_eq!(data["customer"]["customer_id"], psid.as_str(), "{f}");
    assert_eq!(data["customer"]["agent_id"], "alice", "{f}");
    assert_eq!(data["customer"]["agent_name"], "Alice Smith", "{f}");

    for ws in [&mut ws_a, &mut ws_b] {
        let b = ws.expect_broadcast("agent_assignment_changed", &psid).await;
        assert_eq!(b["data"]["action"], "assigned", "{b}");
        assert_eq!(b["data"]["customer"]["agent_id"], "alice", "{b}");
        assert!(seq_of(&b).is_some(), "broadcasts carry seq: {b}");
    }

    // Already yours: success, no change.
    let f = ws_a.request("assign_agent", req.clone()).await;
    assert_frame_type(&f, "agent_assigned", "alice assigns again");

    let id = ws_b.send_request("assign_agent", req.clone()).await;
    let f = ws_b.reply(&id).await;
    let msg = assert_ws_error(&f, "already_assigned", "bob assigns alice's customer");
    assert_eq!(msg, "Already assigned to Alice Smith");
    assert_eq!(f["request_id"], id.as_str(), "{f}");
    assert_eq!(f["data"]["request_type"], "assign_agent", "{f}");

    let f = ws_b.request("unassign_agent", req.clone()).await;
    let msg = assert_ws_error(&f, "not_assigned_to_you", "bob unassigns alice's customer");
    assert_eq!(msg, "Not assigned to you");
    assert_eq!(f["data"]["request_type"], "unassign_agent", "{f}");

    let f = ws_a.request("unassign_agent", req.clone()).await;
    let data = assert_frame_type(&f, "agent_unassigned", "alice unassigns");
    assert!(data["customer"]["agent_id"].is_null(), "{f}");
    assert_eq!(
        data["customer"]["stop"], true,
        "back to the queue, still stopped: {f}"
    );
    for ws in [&mut ws_a, &mut ws_b] {
        let b = ws
            .expect(&format!("unassigned broadcast for {psid}"), |f| {
                frame_type(f) == "agent_assignment_changed"
                    && f["data"]["action"] == "unassigned"
                    && f["data"]["customer"]["customer_id"] == psid.as_str()
            })
            .await;
        assert!(b["data"]["customer"]["agent_id"].is_null(), "{b}");
    }

    // Not stopped → help_not_requested; unknown → customer_not_found.
    let plain = new_psid();
    app.plain_customer(&alice.token, "1001", &plain).await;
    let f = ws_a
        .request(
            "assign_agent",
            json!({"customer_id": plain, "page_id": "1001"}),
        )
        .await;
    assert_eq!(
        assert_ws_error(&f, "help_not_requested", "assign a bot customer"),
        "Customer has not requested help"
    );
    let f = ws_a
        .request(
            "assign_agent",
            json!({"customer_id": "5550001", "page_id": "1001"}),
        )
        .await;
    assert_eq!(
        assert_ws_error(&f, "customer_not_found", "assign an unknown customer"),
        "Customer not found"
    );
}

#[tokio::test]
async fn send_message_with_fields_at_top_level_or_in_data() {
    let app = spawn_app().await;
    let (alice, _bob, mut ws_a, mut ws_b) = app.two_agents("alice", "bob").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;

    // docs/ws-protocol.md's other shape: fields beside `type`.
    ws_a.send_json(&json!({
        "type": "send_message",
        "request_id": "top-1",
        "customer_id": psid,
        "page_id": "1001",
        "message": "Top-level hello"
    }))
    .await;
    let f = ws_a.reply("top-1").await;
    let data = assert_frame_type(&f, "message_sent", "send_message with top-level fields");
    assert_eq!(data["customer_id"], psid.as_str(), "{f}");
    assert_eq!(data["page_id"], "1001", "{f}");
    assert_eq!(data["text"], "Top-level hello", "{f}");
    assert_eq!(data["auto_assigned"], true, "{f}");
    assert!(
        data["message_id"].as_str().is_some_and(|s| !s.is_empty()),
        "{f}"
    );
    assert!(data["timestamp"].is_string(), "{f}");

    for ws in [&mut ws_a, &mut ws_b] {
        let b = ws
            .expect("new_message for the agent's text", |f| {
                frame_type(f) == "new_message" && f["data"]["message"]["text"] == "Top-level hello"
            })
            .await;
        let m = &b["data"]["message"];
        assert_eq!(b["data"]["customer_id"], psid.as_str(), "{b}");
        assert_eq!(b["data"]["page_id"], "1001", "{b}");
        assert_eq!(m["direction"], "outbound", "{b}");
        assert_eq!(m["sender"], "agent", "{b}");
        assert_eq!(m["agent_id"], "alice", "{b}");
        assert!(m["id"].is_string() && m["timestamp"].is_string(), "{b}");
        let a = ws.expect_broadcast("agent_assignment_changed", &psid).await;
        assert_eq!(
            a["data"]["action"], "assigned",
            "auto-assignment is broadcast: {a}"
        );
    }

    // The documented shape: fields in `data`.
    let f = ws_a
        .request(
            "send_message",
            json!({"customer_id": psid, "page_id": "1001", "message": "Data hello"}),
        )
        .await;
    let data = assert_frame_type(&f, "message_sent", "send_message with fields in data");
    assert_eq!(data["auto_assigned"], false, "{f}");
    assert_eq!(data["text"], "Data hello", "{f}");

    for text in ["Top-level hello", "Data hello"] {
        let sent = app.graph.wait_for_text(&psid, text).await;
        assert_eq!(sent.messaging_type, "RESPONSE", "{:?}", sent.body);
        assert!(sent.accepted, "{:?}", sent.body);
    }

    let f = ws_b
        .request(
            "send_message",
            json!({"customer_id": psid, "page_id": "1001", "message": "bob too"}),
        )
        .await;
    assert_eq!(
        assert_ws_error(&f, "already_assigned", "bob writes to alice's customer"),
        "Already assigned to Alice Smith"
    );
    assert_eq!(f["data"]["request_type"], "send_message", "{f}");

    // An inbound customer message is broadcast too.
    app.customer_says("1001", &psid, "thanks, Alice").await;
    let b = ws_b
        .expect("inbound new_message", |f| {
            frame_type(f) == "new_message" && f["data"]["message"]["text"] == "thanks, Alice"
        })
        .await;
    assert_eq!(b["data"]["message"]["direction"], "inbound", "{b}");
    assert_eq!(b["data"]["message"]["sender"], "customer", "{b}");
}

#[tokio::test]
async fn get_conversation_returns_customer_and_history() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let psid = new_psid();
    app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&psid).await;
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    app.send_rest(&alice.token, "1001", &psid, "Agent reply here")
        .await
        .ok("alice replies");

    let f = ws
        .request(
            "get_conversation",
            json!({"customer_id": psid, "page_id": "1001"}),
        )
        .await;
    let data = assert_frame_type(&f, "conversation", "get_conversation");
    assert_eq!(data["customer"]["customer_id"], psid.as_str(), "{f}");
    assert_eq!(data["customer"]["agent_id"], "alice", "{f}");
    let messages = data["messages"].as_array().expect("messages array");
    let texts: Vec<&str> = messages.iter().filter_map(|m| m["text"].as_str()).collect();
    for expected in [PLAIN_QUESTION, NOTIFIED_TEXT, "Agent reply here"] {
        assert!(
            texts.contains(&expected),
            "{expected:?} missing from {texts:?}"
        );
    }
    let agent_msg = messages
        .iter()
        .find(|m| m["text"] == "Agent reply here")
        .unwrap();
    assert_eq!(agent_msg["sender"], "agent", "{agent_msg}");
    assert_eq!(agent_msg["agent_id"], "alice", "{agent_msg}");

    let f = ws
        .request(
            "get_conversation",
            json!({"customer_id": psid, "page_id": "1001", "limit": 2}),
        )
        .await;
    let data = assert_frame_type(&f, "conversation", "get_conversation limit 2");
    let n = data["messages"].as_array().map(Vec::len).unwrap_or(99);
    assert_eq!(n, 2, "limit is honoured: {f}");

    let f = ws
        .request(
            "get_conversation",
            json!({"customer_id": "777", "page_id": "1001"}),
        )
        .await;
    assert_ws_error(
        &f,
        "customer_not_found",
        "conversation of an unknown customer",
    );
}

#[tokio::test]
async fn set_availability_replies_and_broadcasts() {
    let app = spawn_app().await;
    let (_alice, bob, mut ws_a, mut ws_b) = app.two_agents("alice", "bob").await;
    ws_b.ping().await;

    let f = ws_a
        .request("set_availability", json!({"status": "away"}))
        .await;
    let data = assert_frame_type(&f, "availability_set", "set away");
    assert_eq!(data["status"], "away", "{f}");
    for ws in [&mut ws_a, &mut ws_b] {
        let b = ws
            .expect("agent_availability_changed away", |f| {
                frame_type(f) == "agent_availability_changed" && f["data"]["status"] == "away"
            })
            .await;
        assert_eq!(b["data"]["agent_id"], "alice", "{b}");
    }

    let r = app.get("/api/dashboard/agents", &bob.token).await;
    let body = r.ok("agents list");
    let agents = body
        .as_array()
        .or_else(|| body["agents"].as_array())
        .expect("agents");
    let a = agents
        .iter()
        .find(|a| a["id"] == "alice")
        .expect("alice listed");
    assert_eq!(a["status"], "away", "{a}");

    let f = ws_a
        .request("set_availability", json!({"status": "available"}))
        .await;
    assert_eq!(
        assert_frame_type(&f, "availability_set", "set available")["status"],
        "available"
    );
    ws_b.expect("agent_availability_changed available", |f| {
        frame_type(f) == "agent_availability_changed"
            && f["data"]["agent_id"] == "alice"
            && f["data"]["status"] == "available"
    })
    .await;

    let f = ws_a
        .request("set_availability", json!({"status": "sleeping"}))
        .await;
    let msg = assert_ws_error(&f, "invalid_request", "unknown availability");
    assert!(msg.contains("status"), "the message names the field: {msg}");
}

#[tokio::test]
async fn broadcasts_carry_a_gap_free_seq_per_company() {
    let app = spawn_app().await;
    let (alice, _bob, mut ws_a, mut ws_b) = app.two_agents("alice", "bob").await;
    ws_a.ping().await;
    ws_b.ping().await;

    let psid = new_psid();
    let other = new_psid();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    ws_a.expect_broadcast("agent_requested", &psid).await;
    let req = json!({"customer_id": psid, "page_id": "1001"});
    assert_frame_type(
        &ws_a.request("assign_agent", req.clone()).await,
        "agent_assigned",
        "assign",
    );
    assert_frame_type(
        &ws_a
            .request(
                "send_message",
                json!({"customer_id": psid, "page_id": "1001", "message": "seq test"}),
            )
            .await,
        "message_sent",
        "send",
    );
    assert_frame_type(
        &ws_a.request("unassign_agent", req.clone()).await,
        "agent_unassigned",
        "unassign",
    );
    assert_frame_type(
        &ws_b
            .request("set_availability", json!({"status": "away"}))
            .await,
        "availability_set",
        "away",
    );
    app.set_stop(&alice.token, "1001", &psid, false)
        .await
        .ok("stop=false");
    app.customer_says("1001", &other, HUMAN_REQUEST).await;

    // Both sessions saw the stop change and the last help request before we compare.
    for ws in [&mut ws_a, &mut ws_b] {
        let b = ws
            .expect_broadcast("customer_stop_status_changed", &psid)
            .await;
        assert_eq!(b["data"]["customer"]["stop"], false, "{b}");
        ws.expect_broadcast("agent_requested", &other).await;
    }
    let mut sequences = Vec::new();
    for ws in [&mut ws_a, &mut ws_b] {
        ws.drain().await;
        let seen = ws.broadcasts_seen();
        let seqs: Vec<u64> = seen
            .iter()
            .map(|f| {
                seq_of(f).unwrap_or_else(|| panic!("[{}] broadcast without seq: {f}", ws.name))
            })
            .collect();
        assert!(
            seqs.len() >= 7,
            "[{}] too few broadcasts: {seen:#?}",
            ws.name
        );
        for pair in seqs.windows(2) {
            assert_eq!(
                pair[1],
                pair[0] + 1,
                "[{}] seq must grow by exactly 1 per broadcast: {seqs:?}\n{seen:#?}",
                ws.name
            );
        }
        let by_seq: HashMap<u64, (String, Option<String>)> = seen
            .iter()
            .map(|f| {
                (
                    seq_of(f).unwrap_or_default(),
                    (
                        frame_type(f).to_string(),
                        frame_customer_id(f).map(str::to_string),
                    ),
                )
            })
            .collect();
        sequences.push(by_seq);
    }
    // The same seq means the same event for every session of the company.
    for (seq, event) in &sequences[0] {
        if let Some(other) = sequences[1].get(seq) {
            assert_eq!(
                event, other,
                "seq {seq} names different events in two sessions"
            );
        }
    }
}

#[tokio::test]
async fn viewing_replies_and_broadcasts_with_the_agent_name() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let psid = new_psid();
    app.request_help_at(&alice.token, "1001", &psid, now_ms())
        .await;
    let mut ws_a = app.ws(&alice).await;
    let mut ws_b = app.ws(&bob).await;
    ws_b.ping().await;

    let f = ws_a
        .request("viewing", json!({"customer_id": psid, "page_id": "1001"}))
        .await;
    let data = assert_frame_type(&f, "viewing_set", "viewing a customer");
    assert_eq!(data["customer_id"], psid.as_str(), "{f}");
    assert_eq!(data["page_id"], "1001", "{f}");
    let b = ws_b
        .expect("agent_viewing", |f| {
            frame_type(f) == "agent_viewing" && f["data"]["customer_id"] == psid.as_str()
        })
        .await;
    assert_eq!(b["data"]["agent_id"], "alice", "{b}");
    assert!(b["data"]["agent_name"].is_string(), "{b}");
    assert!(seq_of(&b).is_some(), "{b}");

    let f = ws_a.request("viewing", json!({"customer_id": null})).await;
    let data = assert_frame_type(&f, "viewing_set", "viewing nothing");
    assert!(
        data["customer_id"].is_null() && data["page_id"].is_null(),
        "{f}"
    );
    ws_b.expect("agent_viewing nothing", |f| {
        frame_type(f) == "agent_viewing"
            && f["data"]["agent_id"] == "alice"
            && f["data"]["customer_id"].is_null()
    })
    .await;

    let f = ws_a
        .request(
            "viewing",
            json!({"customer_id": "nobody", "page_id": "1001"}),
        )
        .await;
    assert_ws_error(&f, "customer_not_found", "viewing an unknown customer");
}
