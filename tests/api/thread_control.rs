//! Meta's Conversation Routing (docs/messenger.md#conversation-routing): thread ownership
//! recorded from `messaging_handovers` webhooks, a bot that never answers another app's
//! thread, and the thread control a page asks for on a claim and on a return to the bot,
//! in Graph's request shapes.

use crate::helpers::{
    customer_of, entry, message_event, new_psid, now_ms, spawn_app, unique, Session, TestApp,
    APP_ID, PAGE_INBOX_APP_ID, PLAIN_QUESTION, POLL, WAIT,
};
use serde_json::{json, Value};

const INBOX: &str = "263902037430900";

/// A `messaging_handovers` item for `psid` on page 1001.
fn handover(psid: &str, kind: &str, data: Value) -> Value {
    let mut item = json!({"sender": {"id": psid}, "recipient": {"id": "1001"},
        "timestamp": now_ms()});
    item[kind] = data;
    json!({"object": "page", "entry": [entry("1001", vec![item])]})
}

async fn wait_for_owner(app: &TestApp, token: &str, psid: &str, owner: Value) -> Value {
    let what = format!("thread_owner {owner}");
    let body = app
        .wait_for_customer(token, "1001", psid, &what, |c| c["thread_owner"] == owner)
        .await;
    customer_of(&body).clone()
}

/// Waits until the customer's messages number `count`.
async fn wait_for_messages(app: &TestApp, token: &str, psid: &str, count: u64) {
    app.wait_for_customer(token, "1001", psid, "message recorded", |c| {
        c["message_count"] == count
    })
    .await;
}

/// A customer who asked for a person, whose thread then went to the Page Inbox (our
/// messages would be refused), claimed by `agent`.
async fn claimed_after_the_inbox_took_the_thread(app: &TestApp, agent: &Session) -> String {
    let psid = new_psid();
    app.request_help(&agent.token, "1001", &psid).await;
    app.graph.give_thread_to(&psid, PAGE_INBOX_APP_ID);
    app.set_agent(&agent.token, "1001", &psid, agent.agent["id"].clone())
        .await
        .ok("claim");
    psid
}

#[tokio::test]
async fn the_bot_never_answers_while_another_app_holds_the_thread() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let psid = new_psid();
    app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&psid).await;
    let answered = app.graph.sends_to(&psid).len();

    // A person took the thread in Meta's Page Inbox.
    app.deliver(&handover(
        &psid,
        "take_thread_control",
        json!({"previous_owner_app_id": APP_ID.to_string(),
            "new_owner_app_id": PAGE_INBOX_APP_ID, "metadata": "inbox"}),
    ))
    .await;
    let held = wait_for_owner(&app, &alice.token, &psid, json!(INBOX)).await;
    assert!(held["thread_changed_at"].is_string(), "{held}");
    let frame = ws.expect_broadcast("customer_thread_changed", &psid).await;
    assert_eq!(frame["data"]["customer"]["thread_owner"], INBOX);

    // The customer writes (also under `messaging`, which does not prove who owns the
    // thread): recorded and shown to agents, never answered by the bot.
    app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    let mut standby = entry("1001", vec![]);
    standby["standby"] = json!([message_event(
        "1001",
        &psid,
        &unique("m_sb_"),
        "still there?",
        now_ms()
    )]);
    app.deliver(&json!({"object": "page", "entry": [standby]}))
        .await;
    wait_for_messages(&app, &alice.token, &psid, 3).await;
    let conversation = ws
        .request(
            "get_conversation",
            json!({"customer_id": psid, "page_id": "1001"}),
        )
        .await;
    let texts: Vec<&str> = conversation["data"]["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter_map(|m| m["text"].as_str())
        .collect();
    assert!(texts.contains(&"still there?"), "{texts:?}");
    // A control customer's answer shows the server has run its follow-ups meanwhile.
    let control = new_psid();
    app.customer_says("1001", &control, PLAIN_QUESTION).await;
    app.graph.wait_for_any_send_to(&control).await;
    assert_eq!(
        app.graph.sends_to(&psid).len(),
        answered,
        "the bot answered another app's thread: {:?}",
        app.graph.received_by(&psid)
    );

    // Older news does not undo newer: a pass back to us stamped before the take.
    let mut stale = handover(
        &psid,
        "pass_thread_control",
        json!({"new_owner_app_id": APP_ID.to_string()}),
    );
    stale["entry"][0]["messaging"][0]["timestamp"] = json!(now_ms() - 60_000);
    app.deliver(&stale).await;

    // The thread comes back to us: the bot answers again.
    app.deliver(&handover(
        &psid,
        "pass_thread_control",
        json!({"previous_owner_app_id": PAGE_INBOX_APP_ID,
            "new_owner_app_id": APP_ID.to_string(), "metadata": "done"}),
    ))
    .await;
    wait_for_owner(&app, &alice.token, &psid, Value::Null).await;
    app.customer_says("1001", &psid, PLAIN_QUESTION).await;
    let deadline = tokio::time::Instant::now() + WAIT;
    while app.graph.sends_to(&psid).len() == answered {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the bot answers again"
        );
        tokio::time::sleep(POLL).await;
    }
    assert_eq!(
        app.graph.sends_to(&psid).len(),
        answered + 1,
        "only the message after the thread came back is answered: {:?}",
        app.graph.received_by(&psid)
    );

    // A request for the thread is shown; control stays as it is.
    app.deliver(&handover(
        &psid,
        "request_thread_control",
        json!({"requested_owner_app_id": PAGE_INBOX_APP_ID, "metadata": "please"}),
    ))
    .await;
    let asked = app
        .wait_for_customer(&alice.token, "1001", &psid, "request noted", |c| {
            c["thread_requested_by"] == INBOX
        })
        .await;
    assert_eq!(customer_of(&asked)["thread_owner"], Value::Null);
}

#[tokio::test]
async fn a_claim_and_a_return_to_the_bot_move_the_thread_as_the_page_says() {
    let app = spawn_app().await;
    let (alice, carol) = (app.login("alice").await, app.login("carol").await);
    let routing = "/api/dashboard/routing";
    let refused = app
        .put(
            routing,
            &carol.token,
            json!({"thread_control": {"1001": {"on_release": {"action": "pass", "app_id": "inbox"}}}}),
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.text);
    assert!(
        refused
            .text
            .contains("thread_control.1001.on_release.app_id"),
        "{}",
        refused.text
    );
    app.put(
        routing,
        &carol.token,
        json!({"thread_control": {"1001": {
            "on_claim": {"action": "take"},
            "on_release": {"action": "pass", "app_id": INBOX}}}}),
    )
    .await
    .ok("PUT routing");

    let psid = claimed_after_the_inbox_took_the_thread(&app, &alice).await;
    // The claim takes the thread before the agent's first message goes out.
    app.send_rest(&alice.token, "1001", &psid, "Hi, Alice here")
        .await
        .ok("the agent's message goes through");
    let calls = app.graph.thread_calls(&psid);
    assert_eq!(calls.len(), 1, "{calls:?}");
    let take = &calls[0];
    assert_eq!(take.path, "/1001/take_thread_control");
    assert_eq!(take.status, 200);
    let mut body = take.body.clone();
    let auth = body.as_object_mut().expect("object");
    assert!(auth.remove("access_token").is_some() && auth.remove("appsecret_proof").is_some());
    assert_eq!(
        body,
        json!({"recipient": {"id": psid}, "metadata": "handoff"})
    );

    // Back to the bot: the customer is told, then the thread goes to the Page Inbox.
    app.set_stop(&alice.token, "1001", &psid, false)
        .await
        .ok("back to the bot");
    let notice = app
        .graph
        .wait_for_text(
            &psid,
            "You're now chatting with our automated assistant again. Reply 'agent' to reach a person.",
        )
        .await;
    wait_for_owner(&app, &alice.token, &psid, json!(INBOX)).await;
    let calls = app.graph.thread_calls(&psid);
    let pass = calls.last().expect("a pass");
    assert_eq!(pass.path, "/1001/pass_thread_control");
    assert_eq!(
        (
            &pass.body["recipient"],
            &pass.body["target_app_id"],
            &pass.body["metadata"]
        ),
        (
            &json!({"id": psid}),
            &json!(PAGE_INBOX_APP_ID),
            &json!("handoff")
        )
    );
    assert!(
        pass.received_at >= notice.answered_at,
        "the notice went out while our app still held the thread"
    );
    assert_eq!(app.graph.thread_owner(&psid), PAGE_INBOX_APP_ID);

    let audit = app
        .get("/api/dashboard/audit?limit=100", &carol.token)
        .await;
    let controls: Vec<(String, String, String)> = audit.ok("audit")["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["action"] == "thread_control" && e["customer_id"] == psid.as_str())
        .map(|e| {
            let field = |k: &str| e["detail"][k].as_str().unwrap_or_default().to_owned();
            (
                field("moment"),
                field("control"),
                e["result"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        controls,
        vec![
            ("release".into(), "pass".into(), "ok".into()),
            ("claim".into(), "take".into(), "ok".into()),
        ],
        "newest first"
    );
}

#[tokio::test]
async fn a_refusal_for_another_apps_thread_is_shown_to_agents() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = claimed_after_the_inbox_took_the_thread(&app, &alice).await;
    let refused = app
        .send_rest(&alice.token, "1001", &psid, "Hi, Alice here")
        .await;
    assert_ne!(refused.status, 200, "{}", refused.text);
    assert!(
        app.graph.thread_calls(&psid).is_empty(),
        "the page asks for nothing"
    );
    wait_for_owner(&app, &alice.token, &psid, json!("unknown")).await;
}
