//! Messenger depth: retries, disconnected pages, standby threads, FAQ answers, no replay
//! after a takeover, the window sort and the typing indicator.

use serde_json::json;

use crate::helpers::{
    entry, message_event, new_psid, now_ms, spawn_app, spawn_app_with, unique, AppOptions,
    FAQ_HOURS_ANSWER, FAQ_PAGE, HUMAN_REQUEST, NOTIFIED_TEXT, PLAIN_QUESTION,
};

#[tokio::test]
async fn rate_limited_sends_are_retried_until_facebook_accepts_them() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;

    app.graph.fail_next_sends_to(
        &psid,
        2,
        613,
        "Calls to this api have exceeded the rate limit.",
    );
    let r = app
        .send_rest(&alice.token, "1001", &psid, "Thanks for waiting!")
        .await;
    r.ok("a send that succeeds on the third attempt");
    let attempts: Vec<bool> = app
        .graph
        .sends_to(&psid)
        .iter()
        .filter(|m| m.text == "Thanks for waiting!")
        .map(|m| m.accepted)
        .collect();
    assert_eq!(
        attempts,
        vec![false, false, true],
        "two refusals, then delivered"
    );
}

#[tokio::test]
async fn an_invalid_token_disconnects_the_page_without_retrying() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let carol = app.login("carol").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;

    let pages = app.get("/api/dashboard/pages", &carol.token).await;
    let page = |body: &serde_json::Value| {
        body["pages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == "1001")
            .unwrap()
            .clone()
    };
    assert_eq!(page(pages.ok("pages"))["status"], "connected");

    app.graph.fail_sends_to(
        &psid,
        190,
        Some(460),
        "Error validating access token: session expired",
    );
    let r = app.send_rest(&alice.token, "1001", &psid, "Hello?").await;
    r.error(502, "messenger_error", "an expired page token");
    assert_eq!(
        r.body["error"]["data"]["code"], 190,
        "Graph's code is passed on: {}",
        r.text
    );
    assert_eq!(r.body["error"]["data"]["error_subcode"], 460, "{}", r.text);
    let tries = app
        .graph
        .sends_to(&psid)
        .iter()
        .filter(|m| m.text == "Hello?")
        .count();
    assert_eq!(tries, 1, "190 is not retried");

    let pages = app.get("/api/dashboard/pages", &carol.token).await;
    let down = page(pages.ok("pages"));
    assert_eq!(down["status"], "disconnected", "{down}");
    assert!(
        down["error"].as_str().unwrap().contains("access token"),
        "{down}"
    );
    app.get("/api/dashboard/pages", &alice.token).await.error(
        403,
        "forbidden",
        "pages are for admins",
    );
}

#[tokio::test]
async fn standby_messages_are_recorded_and_never_answered() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    let mut standby = entry("1001", vec![]);
    standby["standby"] = json!([message_event(
        "1001",
        &psid,
        &unique("m_sb_"),
        HUMAN_REQUEST,
        now_ms()
    )]);
    app.deliver(&json!({"object": "page", "entry": [standby]}))
        .await;
    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "recorded from standby", |c| {
            c["message_count"] == 1
        })
        .await;
    assert_eq!(
        body["stop"], false,
        "another app's thread: no handoff of ours: {body}"
    );

    // A control customer's answer shows the server has run its follow-ups meanwhile.
    let control = new_psid();
    app.customer_says("1001", &control, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&control).await;
    assert!(
        app.graph.sends_to(&psid).is_empty(),
        "standby threads are never answered"
    );
}

#[tokio::test]
async fn the_bot_answers_from_the_page_faq() {
    let app = spawn_app().await;
    let psid = new_psid();
    app.customer_says(FAQ_PAGE, &psid, "Hi! When are you open on Saturday?")
        .await;
    let answer = app.graph.wait_for_any_send_to(&psid).await;
    assert_eq!(answer.text, FAQ_HOURS_ANSWER);
    assert_eq!(answer.messaging_type, "RESPONSE");
}

#[tokio::test]
async fn nothing_said_during_a_takeover_is_answered_after_it() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    app.customer_says("1001", &psid, "hello? anyone?").await;
    app.customer_says("1001", &psid, "what are your prices")
        .await;
    app.wait_for_customer(&alice.token, "1001", &psid, "both recorded", |c| {
        c["message_count"] == 3
    })
    .await;

    app.set_stop(&alice.token, "1001", &psid, false)
        .await
        .ok("back to the bot");
    app.customer_says("1001", &psid, "ok thanks, one more question")
        .await;
    let back =
        "You're now chatting with our automated assistant again. Reply 'agent' to reach a person.";
    app.graph
        .wait_for_send("the bot answers the new message", |m| {
            m.recipient == psid && m.text != NOTIFIED_TEXT && m.text != back
        })
        .await;
    let sent: Vec<String> = app
        .graph
        .sends_to(&psid)
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(
        sent.len(),
        3,
        "the handoff notice, the return notice and one answer, nothing replayed: {sent:#?}"
    );
    assert_eq!((sent[0].as_str(), sent[1].as_str()), (NOTIFIED_TEXT, back));
}

#[tokio::test]
async fn the_queue_can_be_sorted_by_the_window_expiring_soonest() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let (recent, old) = (new_psid(), new_psid());
    app.request_help_at(&alice.token, "1001", &recent, now_ms() - 60_000)
        .await;
    app.request_help_at(&alice.token, "1001", &old, now_ms() - 3 * 3_600_000)
        .await;
    let mut ws = app.ws(&alice).await;
    let order = |frame: &serde_json::Value| -> Vec<String> {
        frame["data"]["customers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["customer_id"].as_str().unwrap().to_owned())
            .filter(|id| *id == recent || *id == old)
            .collect()
    };
    let waiting = ws
        .request("get_stopped_customers", json!({"page_id": "1001"}))
        .await;
    assert_eq!(
        order(&waiting),
        vec![recent.clone(), old.clone()],
        "longest waiting first"
    );
    let expiring = ws
        .request(
            "get_stopped_customers",
            json!({"page_id": "1001", "sort": "window"}),
        )
        .await;
    assert_eq!(
        order(&expiring),
        vec![old.clone(), recent.clone()],
        "window expiring soonest first"
    );
    let rest = app
        .list_customers(&alice.token, "page_id=1001&stop=true&sort=window")
        .await;
    let ids: Vec<&str> = rest["customers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["customer_id"].as_str().unwrap())
        .collect();
    assert!(ids.iter().position(|i| *i == old) < ids.iter().position(|i| *i == recent));
}

#[tokio::test]
async fn the_typing_indicator_precedes_agent_messages_when_enabled() {
    let app = spawn_app_with(AppOptions {
        env: vec![("HANDOFF_TYPING_INDICATOR".into(), "1".into())],
        ..AppOptions::default()
    })
    .await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    app.send_rest(&alice.token, "1001", &psid, "Typing first")
        .await
        .ok("send");
    let calls: Vec<serde_json::Value> = app
        .graph
        .sends_to(&psid)
        .into_iter()
        .map(|m| m.body)
        .skip_while(|b| b["message"]["text"] != NOTIFIED_TEXT)
        .skip(1)
        .collect();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    assert_eq!(calls[0]["sender_action"], "typing_on");
    assert!(
        calls[0].get("message").is_none(),
        "sender_action goes alone"
    );
    assert_eq!(calls[1]["message"]["text"], "Typing first");
}

/// Messenger's 2000-character limit, counted as Facebook's clients count (UTF-16 code units,
/// an emoji is two): a message of 1500 emoji goes out in two parts the stand-in accepts.
#[tokio::test]
async fn emoji_heavy_messages_are_split_to_fit_messenger() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    let text = "\u{1F600}".repeat(1500);
    let r = app.send_rest(&alice.token, "1001", &psid, &text).await;
    let sent = r.ok("an emoji-heavy message").clone();
    assert_eq!(
        sent["message_ids"].as_array().map(Vec::len),
        Some(2),
        "{sent}"
    );
    let received = app.graph.received_by(&psid);
    let parts: Vec<&String> = received
        .iter()
        .filter(|t| t.contains('\u{1F600}'))
        .collect();
    assert_eq!(parts.len(), 2, "{received:?}");
    assert!(parts.iter().all(|p| p.encode_utf16().count() <= 2000));
    assert_eq!(parts.iter().map(|p| p.chars().count()).sum::<usize>(), 1500);
}
