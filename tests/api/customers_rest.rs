use std::collections::HashSet;

use chrono::Duration as ChronoDuration;
use serde_json::{json, Value};

use crate::helpers::{
    assert_close, customer_of, new_psid, now_ms, parse_ts, spawn_app, TestApp, DAY_MS, HOUR_MS,
    NOTIFIED_TEXT, PLAIN_QUESTION,
};

fn ids(list: &Value) -> Vec<String> {
    list["customers"]
        .as_array()
        .unwrap_or_else(|| panic!("`customers` is not an array: {list}"))
        .iter()
        .map(|c| c["customer_id"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn id_set(list: &Value) -> HashSet<String> {
    ids(list).into_iter().collect()
}

fn set(items: &[&String]) -> HashSet<String> {
    items.iter().map(|s| (*s).clone()).collect()
}

#[tokio::test]
async fn list_filters_pagination_and_extras() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let (c1, c2, c3, c4, c5) = (new_psid(), new_psid(), new_psid(), new_psid(), new_psid());

    app.request_help(&alice.token, "1001", &c1).await;
    app.request_help(&alice.token, "1001", &c2).await;
    let two_hours_ago = now_ms() - 2 * HOUR_MS;
    app.customer_says_at("1001", &c3, PLAIN_QUESTION, two_hours_ago)
        .await;
    app.wait_for_customer(&alice.token, "1001", &c3, "tracked", |c| {
        c["message_count"] == 1
    })
    .await;
    app.plain_customer(&alice.token, "1002", &c4).await;
    app.request_help(&alice.token, "1002", &c5).await;
    app.set_agent(&alice.token, "1001", &c1, json!("alice"))
        .await
        .ok("alice takes c1");

    let all = app.list_customers(&alice.token, "").await;
    assert_eq!(all["total"], 5, "{all}");
    assert_eq!(all["limit"], 50, "default limit: {all}");
    assert_eq!(all["skip"], 0, "{all}");
    assert_eq!(id_set(&all), set(&[&c1, &c2, &c3, &c4, &c5]));

    let p1001 = app.list_customers(&alice.token, "page_id=1001").await;
    assert_eq!(p1001["total"], 3, "{p1001}");
    assert_eq!(id_set(&p1001), set(&[&c1, &c2, &c3]));

    let stopped = app.list_customers(&alice.token, "stop=true").await;
    assert_eq!(stopped["total"], 3, "{stopped}");
    assert_eq!(id_set(&stopped), set(&[&c1, &c2, &c5]));
    let running = app.list_customers(&alice.token, "stop=false").await;
    assert_eq!(id_set(&running), set(&[&c3, &c4]));

    let assigned = app.list_customers(&alice.token, "assigned=true").await;
    assert_eq!(assigned["total"], 1, "{assigned}");
    assert_eq!(id_set(&assigned), set(&[&c1]));
    let unassigned = app.list_customers(&alice.token, "assigned=false").await;
    assert_eq!(id_set(&unassigned), set(&[&c2, &c3, &c4, &c5]));

    let queue = app
        .list_customers(&alice.token, "stop=true&assigned=false&page_id=1002")
        .await;
    assert_eq!(id_set(&queue), set(&[&c5]), "combined filters: {queue}");

    // Pagination: disjoint pages that together cover everything; total is unpaged.
    let mut seen = Vec::new();
    for skip in [0, 2, 4] {
        let page = app
            .list_customers(&alice.token, &format!("limit=2&skip={skip}"))
            .await;
        assert_eq!(page["total"], 5, "{page}");
        assert_eq!(page["limit"], 2, "{page}");
        assert_eq!(page["skip"], skip, "{page}");
        let expected_len = if skip == 4 { 1 } else { 2 };
        assert_eq!(
            ids(&page).len(),
            expected_len,
            "page at skip={skip}: {page}"
        );
        seen.extend(ids(&page));
    }
    let distinct: HashSet<String> = seen.iter().cloned().collect();
    assert_eq!(
        distinct.len(),
        5,
        "pages overlap or miss customers: {seen:?}"
    );
    let beyond = app.list_customers(&alice.token, "skip=10").await;
    assert!(ids(&beyond).is_empty(), "{beyond}");
    assert_eq!(beyond["total"], 5, "{beyond}");

    let clamped = app.list_customers(&alice.token, "limit=1000").await;
    assert_eq!(clamped["limit"], 200, "limit is clamped to 200: {clamped}");
    assert_eq!(ids(&clamped).len(), 5);

    // List extras.
    for c in all["customers"].as_array().unwrap() {
        let last_seen = parse_ts(&c["last_seen"], "last_seen");
        assert_close(
            parse_ts(&c["window_expires_at"], "window_expires_at"),
            last_seen + ChronoDuration::days(7),
            "window_expires_at = last customer message + 7 days",
        );
        assert_close(
            parse_ts(
                &c["response_window_expires_at"],
                "response_window_expires_at",
            ),
            last_seen + ChronoDuration::hours(24),
            "response_window_expires_at = last customer message + 24 h",
        );
        assert!(c["time_since_last_conversation"].is_string(), "{c}");
        assert!(c["minutes_since_last_conversation"].is_number(), "{c}");
        let mine = c["customer_id"] == c1.as_str();
        assert_eq!(c["is_assigned"], mine, "is_assigned: {c}");
        assert_eq!(
            c["is_assigned_to_me"], mine,
            "is_assigned_to_me for alice: {c}"
        );
    }
    let old = all["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["customer_id"] == c3.as_str())
        .unwrap();
    let minutes = old["minutes_since_last_conversation"].as_f64().unwrap();
    assert!(
        (110.0..=130.0).contains(&minutes),
        "about 120 minutes: {old}"
    );
    let since = old["time_since_last_conversation"].as_str().unwrap();
    assert!(
        since.contains("hour") && since.ends_with("ago"),
        "human-readable age like \"2 hours ago\": {since:?}"
    );

    let bobs = app.list_customers(&bob.token, "assigned=true").await;
    let c = &bobs["customers"][0];
    assert_eq!(c["is_assigned"], true, "{bobs}");
    assert_eq!(
        c["is_assigned_to_me"], false,
        "c1 is alice's, not bob's: {bobs}"
    );
}

#[tokio::test]
async fn get_one_customer_with_messages_and_exact_not_found_body() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();

    app.customer_says("1001", &psid, "first question").await;
    app.graph.wait_for_any_send_to(&psid).await;
    app.customer_says("1001", &psid, "second question").await;
    // The bot's answer is recorded once Facebook has accepted it, which may be a moment
    // after the stand-in saw the request: wait for it in the history too.
    let bot_answered = |c: &Value| {
        c["messages"].as_array().is_some_and(|ms| {
            ms.iter()
                .any(|m| m["direction"] == "outbound" && m["sender"] == "bot")
        })
    };
    app.wait_for_customer(
        &alice.token,
        "1001",
        &psid,
        "two messages and the bot's answer",
        |c| c["message_count"] == 2 && bot_answered(c),
    )
    .await;

    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let body = r.ok("GET one customer");
    assert_eq!(customer_of(body)["customer_id"], psid.as_str(), "{body}");
    let messages = body["messages"]
        .as_array()
        .unwrap_or_else(|| panic!("no `messages` array: {body}"));
    for text in ["first question", "second question"] {
        let m = messages
            .iter()
            .find(|m| m["text"] == text)
            .unwrap_or_else(|| panic!("message {text:?} missing from {messages:#?}"));
        assert_eq!(m["direction"], "inbound", "{m}");
        assert_eq!(m["sender"], "customer", "{m}");
        parse_ts(&m["timestamp"], "message timestamp");
    }
    assert!(
        messages
            .iter()
            .any(|m| m["direction"] == "outbound" && m["sender"] == "bot"),
        "the bot's reply is part of the history: {messages:#?}"
    );

    // page_id is optional when the PSID is unambiguous.
    let r = app
        .get(&TestApp::customer_path(&psid, None), &alice.token)
        .await;
    assert_eq!(
        customer_of(r.ok("GET one customer without page_id"))["page_id"],
        "1001"
    );

    let r = app.get_customer(&alice.token, "1001", "999999999").await;
    assert_eq!(r.status, 404);
    assert_eq!(
        r.body,
        json!({"error": {"code": "customer_not_found", "message": "Customer not found"}}),
        "exact error body"
    );
}

#[tokio::test]
async fn stop_and_toggle_stop() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.plain_customer(&alice.token, "1001", &psid).await;

    let r = app.set_stop(&alice.token, "1001", &psid, true).await;
    let c = customer_of(r.ok("PUT stop=true")).clone();
    assert_eq!(c["stop"], true, "{c}");
    parse_ts(&c["stopped_at"], "stopped_at after PUT stop=true");

    app.set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await
        .ok("alice takes the customer");

    // stop=false hands the customer back to the bot and ends the assignment.
    let r = app.set_stop(&alice.token, "1001", &psid, false).await;
    let c = customer_of(r.ok("PUT stop=false")).clone();
    assert_eq!(c["stop"], false, "{c}");
    assert!(
        c["agent_id"].is_null(),
        "stop=false ends the assignment: {c}"
    );
    assert!(
        c["agent_name"].is_null() && c["agent_email"].is_null(),
        "{c}"
    );

    let path = format!("/api/dashboard/customers/{psid}/toggle-stop");
    let r = app
        .post(&path, &alice.token, json!({"page_id": "1001"}))
        .await;
    assert_eq!(
        customer_of(r.ok("toggle-stop on"))["stop"],
        true,
        "{}",
        r.text
    );
    let r = app
        .post(&path, &alice.token, json!({"page_id": "1001"}))
        .await;
    assert_eq!(
        customer_of(r.ok("toggle-stop off"))["stop"],
        false,
        "{}",
        r.text
    );
    let r = app.post(&path, &alice.token, json!({})).await;
    assert_eq!(
        customer_of(r.ok("toggle-stop without page_id"))["stop"],
        true,
        "{}",
        r.text
    );

    let r = app.get_customer(&alice.token, "1001", &psid).await;
    assert_eq!(customer_of(r.ok("GET after toggles"))["stop"], true);

    app.set_stop(&alice.token, "1001", "424242", true)
        .await
        .error(404, "customer_not_found", "stop on an unknown customer");
    app.post(
        "/api/dashboard/customers/424242/toggle-stop",
        &alice.token,
        json!({}),
    )
    .await
    .error(404, "customer_not_found", "toggle on an unknown customer");
}

#[tokio::test]
async fn assign_release_and_transfer_over_rest() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let carol = app.login("carol").await;

    let plain = new_psid();
    app.plain_customer(&alice.token, "1001", &plain).await;
    let msg = app
        .set_agent(&alice.token, "1001", &plain, json!("alice"))
        .await
        .error(
            409,
            "help_not_requested",
            "assign a customer who did not ask",
        );
    assert_eq!(msg, "Customer has not requested help");

    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;

    app.set_agent(&bob.token, "1001", &psid, json!("alice"))
        .await
        .error(403, "forbidden", "a non-admin assigning someone else");

    let r = app
        .set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await;
    let c = customer_of(r.ok("alice assigns herself")).clone();
    assert_eq!(c["agent_id"], "alice", "{c}");
    assert_eq!(c["agent_name"], "Alice Smith", "{c}");
    assert_eq!(c["agent_email"], "alice@acme.test", "{c}");
    parse_ts(&c["assigned_at"], "assigned_at");

    let r = app
        .set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await;
    let again = customer_of(r.ok("alice assigns herself again")).clone();
    assert_eq!(again["agent_id"], "alice");
    assert_eq!(
        again["assigned_at"], c["assigned_at"],
        "already yours: no change"
    );

    let msg = app
        .set_agent(&bob.token, "1001", &psid, json!("bob"))
        .await
        .error(409, "already_assigned", "bob takes alice's customer");
    assert_eq!(msg, "Already assigned to Alice Smith");

    let msg = app
        .set_agent(&bob.token, "1001", &psid, Value::Null)
        .await
        .error(403, "not_assigned_to_you", "bob releases alice's customer");
    assert_eq!(msg, "Not assigned to you");

    // An admin transfers.
    let r = app
        .set_agent(&carol.token, "1001", &psid, json!("bob"))
        .await;
    let c = customer_of(r.ok("admin transfers to bob")).clone();
    assert_eq!(c["agent_id"], "bob", "{c}");
    assert_eq!(c["agent_name"], "Bob Jones", "{c}");

    // The assignee releases: back to the queue, still stopped.
    let r = app.set_agent(&bob.token, "1001", &psid, Value::Null).await;
    let c = customer_of(r.ok("bob releases")).clone();
    assert!(c["agent_id"].is_null(), "{c}");
    assert!(c["agent_name"].is_null(), "{c}");
    assert_eq!(
        c["stop"], true,
        "releasing keeps the customer in the queue: {c}"
    );

    // An admin may release someone else's customer.
    app.set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await
        .ok("alice takes it again");
    let r = app
        .set_agent(&carol.token, "1001", &psid, Value::Null)
        .await;
    assert!(
        customer_of(r.ok("admin releases"))["agent_id"].is_null(),
        "{}",
        r.text
    );

    app.set_agent(&alice.token, "1001", "31337", json!("alice"))
        .await
        .error(404, "customer_not_found", "assign an unknown customer");
}

#[tokio::test]
async fn posting_a_message_auto_assigns_and_reaches_messenger() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;

    let r = app
        .send_rest(&alice.token, "1001", &psid, "Hi, Alice here")
        .await;
    let body = r.ok("alice sends").clone();
    assert_eq!(body["auto_assigned"], true, "{body}");
    assert_eq!(body["text"], "Hi, Alice here", "{body}");
    assert!(
        body["message_id"].as_str().is_some_and(|s| !s.is_empty()),
        "{body}"
    );
    parse_ts(&body["timestamp"], "message timestamp");

    let sent = app.graph.wait_for_text(&psid, "Hi, Alice here").await;
    assert!(
        sent.accepted,
        "the stand-in rejected the send: {:?}",
        sent.body
    );
    assert_eq!(sent.page_id, "1001");
    assert_eq!(sent.messaging_type, "RESPONSE", "{:?}", sent.body);
    assert!(sent.tag.is_none(), "{:?}", sent.body);

    let r = app.get_customer(&alice.token, "1001", &psid).await;
    let c = r.ok("customer after the send");
    assert_eq!(customer_of(c)["agent_id"], "alice", "{c}");
    let history = c["messages"].as_array().cloned().unwrap_or_default();
    let m = history
        .iter()
        .find(|m| m["text"] == "Hi, Alice here")
        .unwrap_or_else(|| panic!("agent message missing from history: {history:#?}"));
    assert_eq!(m["direction"], "outbound", "{m}");
    assert_eq!(m["sender"], "agent", "{m}");

    let r = app
        .send_rest(&alice.token, "1001", &psid, "Second line")
        .await;
    assert_eq!(
        r.ok("alice sends again")["auto_assigned"],
        false,
        "{}",
        r.text
    );

    let msg = app
        .send_rest(&bob.token, "1001", &psid, "Bob butting in")
        .await
        .error(409, "already_assigned", "bob writes to alice's customer");
    assert_eq!(msg, "Already assigned to Alice Smith");

    let plain = new_psid();
    app.plain_customer(&alice.token, "1001", &plain).await;
    let msg = app
        .send_rest(&alice.token, "1001", &plain, "unsolicited")
        .await
        .error(
            409,
            "help_not_requested",
            "writing to a customer the bot owns",
        );
    assert_eq!(msg, "Customer has not requested help");

    app.send_rest(&alice.token, "1001", "8888", "nobody")
        .await
        .error(404, "customer_not_found", "writing to an unknown customer");

    let texts: Vec<String> = app
        .graph
        .sent_messages()
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert!(
        !texts
            .iter()
            .any(|t| t == "Bob butting in" || t == "unsolicited"),
        "{texts:?}"
    );
}

#[tokio::test]
async fn human_agent_tag_between_24_hours_and_7_days() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help_at(&alice.token, "1001", &psid, now_ms() - 2 * DAY_MS)
        .await;

    let r = app
        .send_rest(&alice.token, "1001", &psid, "Sorry for the wait")
        .await;
    r.ok("send two days after the customer's last message");
    let sent = app.graph.wait_for_text(&psid, "Sorry for the wait").await;
    assert_eq!(sent.messaging_type, "MESSAGE_TAG", "{:?}", sent.body);
    assert_eq!(sent.tag.as_deref(), Some("HUMAN_AGENT"), "{:?}", sent.body);
}

#[tokio::test]
async fn messaging_window_closes_after_7_days() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help_at(&alice.token, "1001", &psid, now_ms() - 8 * DAY_MS)
        .await;

    let msg = app
        .send_rest(&alice.token, "1001", &psid, "Too late")
        .await
        .error(409, "messaging_window_closed", "send eight days later");
    assert_eq!(msg, "Messaging window closed");
    assert!(
        app.graph
            .sends_to(&psid)
            .iter()
            .all(|m| m.text != "Too late"),
        "Facebook must not be called once the window is closed"
    );
}

#[tokio::test]
async fn graph_errors_become_messenger_error() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    app.graph.fail_sends_to(
        &psid,
        551,
        Some(1_545_041),
        "(#551) This person isn't available right now.",
    );

    let r = app
        .send_rest(&alice.token, "1001", &psid, "Are you there?")
        .await;
    r.error(502, "messenger_error", "Send API answered 551");
    let data = &r.body["error"]["data"];
    assert_eq!(data["code"], 551, "Graph's code in error.data: {}", r.text);
    assert_eq!(
        data["error_subcode"], 1_545_041,
        "Graph's subcode in error.data: {}",
        r.text
    );
}
