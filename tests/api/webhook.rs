use serde_json::{json, Value};

use crate::helpers::{
    assert_close, customer_of, echo_event, entry, message_event, new_psid, now_ms, page_payload,
    parse_ts, sign, sign_with, spawn_app, ts_from_ms, unique, APP_ID, HOUR_MS, HUMAN_REQUEST,
    NOTIFIED_TEXT, PAGE_INBOX_APP_ID, PLAIN_QUESTION, SEED_FIELDS, VERIFY_TOKEN,
};

#[tokio::test]
async fn verification_handshake_echoes_the_challenge() {
    let app = spawn_app().await;

    let r = app
        .get_anon(&format!(
            "/webhook?hub.mode=subscribe&hub.verify_token={VERIFY_TOKEN}&hub.challenge=1158201444"
        ))
        .await;
    assert_eq!(r.status, 200, "handshake with the right token: {}", r.text);
    assert_eq!(
        r.text, "1158201444",
        "the challenge must come back verbatim"
    );
    let ct = r.header("content-type").unwrap_or_default();
    assert!(
        ct.starts_with("text/plain"),
        "challenge must be plain text, got {ct:?}"
    );

    let r = app
        .get_anon("/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=42")
        .await;
    assert_eq!(r.status, 403, "handshake with a wrong token: {}", r.text);

    let r = app
        .get_anon("/webhook?hub.mode=subscribe&hub.challenge=42")
        .await;
    assert_eq!(r.status, 403, "handshake without a token: {}", r.text);
}

#[tokio::test]
async fn bad_or_missing_signature_is_401_and_nothing_is_recorded() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    let payload = page_payload(
        "1001",
        vec![message_event(
            "1001",
            &psid,
            &unique("m_"),
            HUMAN_REQUEST,
            now_ms(),
        )],
    );
    let body = serde_json::to_vec(&payload).unwrap();

    let r = app.post_webhook_raw(body.clone(), None).await;
    assert_eq!(r.status, 401, "missing signature: {}", r.text);
    let r = app
        .post_webhook_raw(body.clone(), Some(&sign_with("another-secret", &body)))
        .await;
    assert_eq!(r.status, 401, "signature with the wrong secret: {}", r.text);
    let r = app.post_webhook_raw(body.clone(), Some("sha256=zz")).await;
    assert_eq!(r.status, 401, "malformed signature: {}", r.text);
    let good = sign(&body);
    let sha1_style = good.replacen("sha256=", "sha1=", 1);
    let r = app.post_webhook_raw(body.clone(), Some(&sha1_style)).await;
    assert_eq!(
        r.status, 401,
        "signature without the sha256= scheme: {}",
        r.text
    );
    let mut tampered = body.clone();
    tampered.extend_from_slice(b" ");
    let r = app.post_webhook_raw(tampered, Some(&good)).await;
    assert_eq!(r.status, 401, "signature of different bytes: {}", r.text);

    // A correctly signed, later delivery is processed, but none of the above were.
    let other = new_psid();
    app.customer_says("1001", &other, PLAIN_QUESTION).await;
    app.wait_for_customer(&alice.token, "1001", &other, "tracked", |c| {
        c["message_count"] == 1
    })
    .await;
    app.get_customer(&alice.token, "1001", &psid).await.error(
        404,
        "customer_not_found",
        "customer from an unsigned webhook",
    );
    assert!(
        app.graph.sends_to(&psid).is_empty(),
        "no reply to unsigned events"
    );
}

#[tokio::test]
async fn body_over_one_mebibyte_is_413() {
    let app = spawn_app().await;
    let psid = new_psid();
    let text = "x".repeat(1024 * 1024 + 1024);
    let payload = page_payload(
        "1001",
        vec![message_event("1001", &psid, "m_big", &text, now_ms())],
    );
    let body = serde_json::to_vec(&payload).unwrap();
    let sig = sign(&body);
    let r = app.post_webhook_raw(body, Some(&sig)).await;
    assert_eq!(
        r.status,
        413,
        "oversized webhook body: {}",
        &r.text[..r.text.len().min(300)]
    );
}

#[tokio::test]
async fn new_customer_is_tracked_with_every_seed_field() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.graph.set_profile(&psid, "Jane", "Doe");

    let t1 = now_ms() - 5_000;
    app.customer_says_at("1001", &psid, PLAIN_QUESTION, t1)
        .await;
    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "first message recorded", |c| {
            c["message_count"] == 1
        })
        .await;
    let c = customer_of(&body).clone();
    for f in SEED_FIELDS {
        assert!(c.get(*f).is_some(), "customer document lacks `{f}`: {c}");
    }
    assert_eq!(c["customer_id"], psid.as_str());
    assert_eq!(c["page_id"], "1001");
    assert_eq!(c["page_name"], "Acme Store");
    assert_eq!(c["company_id"], "acme");
    assert_eq!(c["last_message"], PLAIN_QUESTION);
    assert_eq!(c["stop"], false, "{c}");
    assert!(c["stopped_at"].is_null(), "{c}");
    assert!(c["agent_id"].is_null() && c["agent_name"].is_null(), "{c}");
    assert!(
        c["agent_email"].is_null() && c["assigned_at"].is_null(),
        "{c}"
    );
    let last_seen = parse_ts(&c["last_seen"], "last_seen");
    assert_close(last_seen, ts_from_ms(t1), "last_seen is the event time");
    parse_ts(&c["first_seen"], "first_seen");
    let created_at = parse_ts(&c["created_at"], "created_at");
    let updated_at = parse_ts(&c["updated_at"], "updated_at");
    assert!(updated_at >= created_at, "{c}");

    // The bot answers a plain question, untagged, within the 24 h window.
    let reply = app.graph.wait_for_any_send_to(&psid).await;
    assert_eq!(reply.page_id, "1001");
    assert_eq!(
        reply.messaging_type, "RESPONSE",
        "bot replies are RESPONSE: {:?}",
        reply.body
    );
    assert!(
        reply.tag.is_none(),
        "bot replies are never tagged: {:?}",
        reply.body
    );
    assert!(!reply.text.is_empty());

    // Names arrive from the User Profile API, eventually.
    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &psid,
            "names from the profile API",
            |c| c["first_name"] == "Jane" && c["last_name"] == "Doe",
        )
        .await;
    let c = customer_of(&body);
    assert_eq!(c["customer_name"], "Jane Doe", "{c}");

    // A second message updates the counters but not the first-sight fields.
    let t2 = now_ms();
    app.customer_says_at("1001", &psid, "and on sundays?", t2)
        .await;
    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &psid,
            "second message recorded",
            |c| c["message_count"] == 2,
        )
        .await;
    let c2 = customer_of(&body);
    assert_eq!(c2["last_message"], "and on sundays?");
    assert_close(
        parse_ts(&c2["last_seen"], "last_seen"),
        ts_from_ms(t2),
        "last_seen moves",
    );
    assert_eq!(c2["first_seen"], c["first_seen"], "first_seen never moves");
    assert_eq!(c2["created_at"], c["created_at"], "created_at never moves");
    assert!(parse_ts(&c2["updated_at"], "updated_at") >= updated_at);
    assert_eq!(c2["first_name"], "Jane", "names are kept");

    let profile_calls = app.graph.profile_calls(&psid);
    assert_eq!(
        profile_calls.len(),
        1,
        "the profile is looked up once, on first sight: {profile_calls:#?}"
    );
    let call = &profile_calls[0];
    assert_eq!(
        call.status, 200,
        "profile request rejected by the stand-in: {call:#?}"
    );
    let fields = call.query.get("fields").cloned().unwrap_or_default();
    assert!(
        fields.contains("first_name") && fields.contains("last_name"),
        "profile request asks for first_name,last_name: {call:#?}"
    );
}

#[tokio::test]
async fn redelivered_mid_is_ignored() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();

    let payload = page_payload(
        "1001",
        vec![message_event(
            "1001",
            &psid,
            &unique("m_dup_"),
            HUMAN_REQUEST,
            now_ms(),
        )],
    );
    app.deliver(&payload).await;
    app.wait_for_customer(&alice.token, "1001", &psid, "first delivery", |c| {
        c["message_count"] == 1
    })
    .await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    // Facebook redelivers the very same event.
    app.deliver(&payload).await;
    app.deliver(&payload).await;

    app.customer_says("1001", &psid, "marker message").await;
    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "marker recorded", |c| {
            c["last_message"] == "marker message"
        })
        .await;
    assert_eq!(
        customer_of(&body)["message_count"],
        2,
        "a redelivered mid must not count: {body}"
    );
    if let Some(messages) = body["messages"].as_array() {
        let copies = messages
            .iter()
            .filter(|m| m["text"] == HUMAN_REQUEST)
            .count();
        assert_eq!(
            copies, 1,
            "the redelivered message is stored once: {messages:#?}"
        );
    }
    let notified = app
        .graph
        .sends_to(&psid)
        .into_iter()
        .filter(|m| m.text == NOTIFIED_TEXT)
        .count();
    assert_eq!(
        notified, 1,
        "a redelivery must not trigger a second bot reply"
    );
}

#[tokio::test]
async fn our_own_echo_is_not_a_customer_message() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();

    app.customer_says("1001", &psid, "hello there").await;
    app.wait_for_customer(&alice.token, "1001", &psid, "first message", |c| {
        c["message_count"] == 1
    })
    .await;

    let echo = echo_event(
        "1001",
        &psid,
        &unique("m_echo_"),
        "an echo of our bot",
        APP_ID,
        now_ms(),
    );
    app.deliver(&page_payload("1001", vec![echo])).await;
    app.customer_says("1001", &psid, "second customer message")
        .await;

    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "second message", |c| {
            c["last_message"] == "second customer message"
        })
        .await;
    let c = customer_of(&body);
    assert_eq!(
        c["message_count"], 2,
        "our echo counted as a customer message: {c}"
    );
    assert_eq!(
        c["stop"], false,
        "our own echo is not a human takeover: {c}"
    );
    app.get_customer(&alice.token, "1001", "1001").await.error(
        404,
        "customer_not_found",
        "the page itself must not become a customer",
    );
    assert!(
        app.graph.sends_to("1001").is_empty(),
        "the bot must never answer its own echo"
    );
}

#[tokio::test]
async fn human_request_stops_the_bot_notifies_and_broadcasts() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let gina = app.login("gina").await;
    let mut ws_alice = app.ws(&alice).await;
    let mut ws_bob = app.ws(&bob).await;
    let mut ws_gina = app.ws(&gina).await;
    // Make sure the sessions are registered before the event.
    ws_alice.ping().await;
    ws_bob.ping().await;
    ws_gina.ping().await;

    let psid = new_psid();
    let before = now_ms();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;

    for ws in [&mut ws_alice, &mut ws_bob] {
        let f = ws.expect_broadcast("agent_requested", &psid).await;
        let c = &f["data"]["customer"];
        assert_eq!(
            c["stop"], true,
            "agent_requested carries the stopped customer: {f}"
        );
        assert_eq!(c["page_id"], "1001", "{f}");
    }

    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "stop=true", |c| {
            c["stop"] == true
        })
        .await;
    let c = customer_of(&body);
    let stopped_at = parse_ts(&c["stopped_at"], "stopped_at");
    assert!(
        stopped_at >= ts_from_ms(before - HOUR_MS),
        "stopped_at is recent: {c}"
    );
    assert!(c["agent_id"].is_null(), "nobody is assigned yet: {c}");

    let sent = app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    assert_eq!(sent.messaging_type, "RESPONSE", "{:?}", sent.body);
    assert!(sent.tag.is_none(), "{:?}", sent.body);
    assert_eq!(sent.page_id, "1001");
    assert!(
        sent.accepted,
        "the stand-in rejected the notification: {:?}",
        sent.body
    );

    // While stopped, the bot stays silent.
    app.customer_says("1001", &psid, "hello? anyone there?")
        .await;
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    let other = new_psid();
    app.customer_says("1001", &other, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&other).await;
    app.wait_for_customer(
        &alice.token,
        "1001",
        &psid,
        "later messages recorded",
        |c| c["message_count"] == 3,
    )
    .await;
    let to_customer: Vec<_> = app.graph.sends_to(&psid);
    assert_eq!(
        to_customer.len(),
        1,
        "the bot must stay silent once stop=true: {to_customer:#?}"
    );

    // Another company hears nothing about it.
    let frames = ws_gina.drain().await;
    assert!(
        frames.iter().all(|f| !f.to_string().contains(&psid)),
        "globex received acme's events: {frames:#?}"
    );
}

#[tokio::test]
async fn profile_failure_does_not_block_the_message() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.graph.fail_profile(&psid);

    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &psid,
            "tracked despite the profile error",
            |c| c["stop"] == true,
        )
        .await;
    assert_eq!(customer_of(&body)["message_count"], 1, "{body}");
    assert_eq!(customer_of(&body)["last_message"], HUMAN_REQUEST, "{body}");
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
}

#[tokio::test]
async fn batched_entries_and_events_are_all_processed() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let (a, b, c) = (new_psid(), new_psid(), new_psid());
    let now = now_ms();
    let payload = json!({
        "object": "page",
        "entry": [
            entry("1001", vec![
                message_event("1001", &a, &unique("m_"), "first in batch", now - 2),
                message_event("1001", &b, &unique("m_"), HUMAN_REQUEST, now - 1),
            ]),
            entry("1002", vec![message_event("1002", &c, &unique("m_"), "third in batch", now)]),
        ]
    });
    app.deliver(&payload).await;

    app.wait_for_customer(&alice.token, "1001", &a, "first event", |x| {
        x["last_message"] == "first in batch"
    })
    .await;
    app.wait_for_customer(&alice.token, "1001", &b, "second event", |x| {
        x["stop"] == true
    })
    .await;
    let body = app
        .wait_for_customer(&alice.token, "1002", &c, "second entry", |x| {
            x["last_message"] == "third in batch"
        })
        .await;
    assert_eq!(customer_of(&body)["page_name"], "Acme Outlet");
}

#[tokio::test]
async fn signature_covers_the_raw_bytes_with_escaped_unicode() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    // Meta escapes non-ASCII; the formatting below is not what a re-serialiser would emit.
    let raw = format!(
        "{{ \"object\" : \"page\", \"entry\" : [ {{ \"id\" : \"1001\", \"time\" : {now},\n  \"messaging\" : [ {{ \"sender\" : {{ \"id\" : \"{psid}\" }}, \"recipient\" : {{ \"id\" : \"1001\" }}, \"timestamp\" : {now}, \"message\" : {{ \"mid\" : \"{mid}\", \"text\" : \"caf\\u00e9 \\ud83d\\ude00 \\/ ok\" }} }} ] }} ] }}",
        now = now_ms(),
        mid = unique("m_raw_"),
    );
    let _: Value = serde_json::from_str(&raw).expect("the raw payload is valid JSON");
    app.deliver_bytes(raw.into_bytes()).await;
    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &psid,
            "unicode message recorded",
            |c| c["message_count"] == 1,
        )
        .await;
    assert_eq!(customer_of(&body)["last_message"], "café 😀 / ok", "{body}");
}

#[tokio::test]
async fn echo_from_metas_inbox_is_a_human_takeover() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();

    app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&psid).await;
    let echo = echo_event(
        "1001",
        &psid,
        &unique("m_inbox_"),
        "Hi, Sam from the shop here",
        PAGE_INBOX_APP_ID,
        now_ms(),
    );
    app.deliver(&page_payload("1001", vec![echo])).await;

    let body = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &psid,
            "bot paused by the inbox reply",
            |c| c["stop"] == true,
        )
        .await;
    assert_eq!(
        customer_of(&body)["message_count"],
        1,
        "a page echo is not a customer message: {body}"
    );
    if let Some(messages) = body["messages"].as_array() {
        let m = messages
            .iter()
            .find(|m| m["text"] == "Hi, Sam from the shop here")
            .unwrap_or_else(|| panic!("the inbox reply is recorded: {messages:#?}"));
        assert_eq!(m["direction"], "outbound", "{m}");
    }
    let bot_replies_before = app.graph.sends_to(&psid).len();

    // Paused: the bot must not talk over the human.
    app.customer_says("1001", &psid, "thanks Sam, one more thing")
        .await;
    let other = new_psid();
    app.customer_says("1001", &other, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&other).await;
    app.wait_for_customer(&alice.token, "1001", &psid, "follow-up recorded", |c| {
        c["message_count"] == 2
    })
    .await;
    assert_eq!(
        app.graph.sends_to(&psid).len(),
        bot_replies_before,
        "the bot answered a thread a human took over: {:#?}",
        app.graph.sends_to(&psid)
    );
}
