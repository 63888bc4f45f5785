//! A Graph API that is slow, times out, or fails after accepting: webhooks and claims are
//! never held up behind it, what goes out to a customer keeps its order, and a message
//! reaches the customer exactly once — what the customer receives is what is checked.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::{
    assert_frame_type, assert_ws_error, customer_of, frame_type, new_psid, spawn_app,
    spawn_app_with, target, AppOptions, TestApp, WsClient, HUMAN_REQUEST, NOTIFIED_TEXT,
};

fn message(psid: &str, text: &str) -> Value {
    json!({"customer_id": psid, "page_id": "1001", "message": text})
}

/// The texts of the customer's recorded messages, and their undelivered agent messages.
async fn conversation(app: &TestApp, token: &str, psid: &str) -> (Vec<String>, Vec<Value>) {
    let r = app.get_customer(token, "1001", psid).await;
    let body = r.ok("the customer").clone();
    let texts = body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    (
        texts,
        body["outgoing"].as_array().cloned().unwrap_or_default(),
    )
}

/// A customer waiting for a person, claimed by the agent of `ws`.
async fn claimed(app: &TestApp, token: &str, ws: &mut WsClient) -> String {
    let psid = new_psid();
    app.request_help(token, "1001", &psid).await;
    app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    let r = ws.request("assign_agent", target(&psid)).await;
    assert_frame_type(&r, "agent_assigned", "claim");
    psid
}

#[tokio::test]
async fn a_slow_graph_never_delays_a_webhook_or_a_claim() {
    let app = spawn_app().await;
    let (_alice, _bob, mut alice_ws, mut bob_ws) = app.two_agents("alice", "bob").await;
    app.graph.set_latency(Duration::from_secs(4));

    // The handoff notice is on its way to a Graph that answers after 4 s...
    let psid = new_psid();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    let notice = app.graph.wait_for_text(&psid, NOTIFIED_TEXT).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    // ...and the customer's next message is answered meanwhile.
    app.customer_says("1001", &psid, "hello? anyone?").await;
    let answered = Instant::now();
    assert!(
        answered < notice.answered_at,
        "the webhook waited for Facebook's answer to the notice"
    );

    // A claim while an agent's message is on its way is answered meanwhile too.
    let claim = alice_ws.request("assign_agent", target(&psid)).await;
    assert_frame_type(&claim, "agent_assigned", "alice claims");
    let pending = alice_ws
        .send_request("send_message", message(&psid, "Let me check that for you."))
        .await;
    let out = app
        .graph
        .wait_for_text(&psid, "Let me check that for you.")
        .await;
    let refused = bob_ws.request("assign_agent", target(&psid)).await;
    let claim_answered = Instant::now();
    assert_ws_error(
        &refused,
        "already_assigned",
        "bob claims while alice's message is out",
    );
    app.customer_says("1001", &psid, "thanks").await;
    let webhook_answered = Instant::now();
    assert!(
        claim_answered < out.answered_at && webhook_answered < out.answered_at,
        "a claim or a webhook waited for Facebook's answer to an agent message"
    );
    let sent = alice_ws.reply(&pending).await;
    assert_frame_type(
        &sent,
        "message_sent",
        "alice's message, once Facebook answered",
    );
    assert_eq!(
        app.graph.received_by(&psid),
        vec![NOTIFIED_TEXT, "Let me check that for you."],
        "what the customer received"
    );
}

#[tokio::test]
async fn what_goes_out_to_one_customer_keeps_its_order() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let psid = claimed(&app, &alice.token, &mut ws).await;
    // The first message takes long; the second would overtake it if both were in flight.
    app.graph.queue_send_latencies(
        &psid,
        &[Duration::from_millis(1500), Duration::ZERO, Duration::ZERO],
    );
    let first = ws.send_request("send_message", message(&psid, "one")).await;
    let second = ws.send_request("send_message", message(&psid, "two")).await;
    let third = ws
        .send_request("send_message", message(&psid, "three"))
        .await;
    for id in [first, second, third] {
        let r = ws.reply(&id).await;
        assert_frame_type(&r, "message_sent", "each message");
    }
    let sends: Vec<_> = app
        .graph
        .sends_to(&psid)
        .into_iter()
        .filter(|m| ["one", "two", "three"].contains(&m.text.as_str()))
        .collect();
    let texts: Vec<&str> = sends.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["one", "two", "three"]);
    for pair in sends.windows(2) {
        assert!(
            pair[1].received_at >= pair[0].answered_at,
            "{:?} went out before {:?} was answered",
            pair[1].text,
            pair[0].text
        );
    }
    let (history, _) = conversation(&app, &alice.token, &psid).await;
    let tail: Vec<&str> = history
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(tail, ["one", "two", "three"]);
}

/// Waits for the `new_message` broadcast carrying `text` for `psid`.
async fn hears(ws: &mut WsClient, psid: &str, text: &str) -> Value {
    let (psid, text) = (psid.to_owned(), text.to_owned());
    ws.expect(&format!("new_message {text:?}"), move |f| {
        frame_type(f) == "new_message"
            && f["data"]["customer_id"] == psid.as_str()
            && f["data"]["message"]["text"] == text.as_str()
    })
    .await
}

/// Facebook delivers the message but its answer never comes in time (or comes as a 5xx):
/// the message is not sent again; our own echo records it, once. `lose` sets the failure
/// up; `answer_after` is how long the stand-in takes to answer.
async fn delivered_once_despite_a_lost_answer(
    app: &TestApp,
    answer_after: Duration,
    lose: impl Fn(&str),
) {
    app.graph.echo_sends_to(&app.address);
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let psid = claimed(app, &alice.token, &mut ws).await;
    lose(&psid);
    let text = "Your parcel left our warehouse today.";
    let pending = ws.send_request("send_message", message(&psid, text)).await;

    // What the customer receives: once, however long after the first attempt we look (any
    // retry with backoff would have gone out by then).
    let first = app.graph.wait_for_text(&psid, text).await;
    let settle = first.received_at + answer_after + Duration::from_secs(4);
    tokio::time::sleep_until(settle.into()).await;
    assert_eq!(
        app.graph
            .sends_to(&psid)
            .iter()
            .filter(|m| m.text == text)
            .count(),
        1,
        "it was sent once"
    );
    let received: Vec<String> = app
        .graph
        .received_by(&psid)
        .into_iter()
        .filter(|t| t == text)
        .collect();
    assert_eq!(received.len(), 1, "the customer received it once");

    // The agent was told it may have been delivered, and which message it was.
    let r = ws.reply(&pending).await;
    assert_ws_error(&r, "messenger_error", "a send whose answer was lost");
    assert_eq!(r["data"]["data"]["delivery"], "unconfirmed", "{r}");
    let outgoing_id = r["data"]["data"]["outgoing_id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Our echo settles it: recorded and broadcast once.
    let heard = hears(&mut ws, &psid, text).await;
    assert_eq!(heard["data"]["message"]["agent_id"], "alice", "{heard}");
    let (history, outgoing) = conversation(app, &alice.token, &psid).await;
    assert_eq!(
        history.iter().filter(|t| *t == text).count(),
        1,
        "{history:?}"
    );
    assert!(outgoing.is_empty(), "settled: {outgoing:?}");
    // A retry of a delivered message is refused (it is no longer outgoing).
    let mut retry = target(&psid);
    retry["outgoing_id"] = json!(outgoing_id);
    let r = ws.request("retry_message", retry).await;
    assert_ws_error(&r, "invalid_request", "retrying a delivered message");
}

#[tokio::test]
async fn a_send_answered_after_the_timeout_reaches_the_customer_once() {
    let app = spawn_app_with(AppOptions {
        env: vec![("GRAPH_TIMEOUT_MS".into(), "1000".into())],
        ..AppOptions::default()
    })
    .await;
    // Longer than the client timeout (1 s here; 10 s by default).
    let latency = Duration::from_millis(10_500);
    let graph = &app.graph;
    delivered_once_despite_a_lost_answer(&app, latency, |psid| {
        graph.set_send_latency(psid, latency)
    })
    .await;
}

#[tokio::test]
async fn a_graph_failing_after_accepting_does_not_send_twice() {
    let app = spawn_app().await;
    let graph = &app.graph;
    delivered_once_despite_a_lost_answer(&app, Duration::ZERO, |psid| {
        graph.lose_answers_to(psid, 500)
    })
    .await;
}

#[tokio::test]
async fn a_refused_message_stays_visible_to_be_retried_or_discarded() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let mut ws = app.ws(&alice).await;
    let psid = claimed(&app, &alice.token, &mut ws).await;

    app.graph
        .fail_next_sends_to(&psid, 1, 551, "This person isn't available right now.");
    let r = ws
        .request("send_message", message(&psid, "first try"))
        .await;
    assert_ws_error(&r, "messenger_error", "a refused send");
    assert_eq!(r["data"]["data"]["delivery"], "failed", "{r}");
    assert_eq!(r["data"]["data"]["code"], 551, "{r}");
    let id = r["data"]["data"]["outgoing_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, outgoing) = conversation(&app, &alice.token, &psid).await;
    assert_eq!(outgoing.len(), 1, "{outgoing:?}");
    assert_eq!(outgoing[0]["id"], id.as_str());
    assert_eq!(outgoing[0]["state"], "failed");
    assert_eq!(outgoing[0]["text"], "first try");
    assert_eq!(outgoing[0]["error"]["graph_code"], 551);

    // Only its author retries it; the retry goes out once and is recorded.
    let other = app
        .post(
            &format!("/api/dashboard/customers/{psid}/outgoing/{id}/retry"),
            &bob.token,
            json!({"page_id": "1001"}),
        )
        .await;
    assert!(
        other.status >= 400,
        "bob may not retry alice's message: {}",
        other.text
    );
    let mut retry = target(&psid);
    retry["outgoing_id"] = json!(id);
    let r = ws.request("retry_message", retry).await;
    assert_frame_type(&r, "message_sent", "the retry");
    assert_eq!(r["data"]["text"], "first try");
    assert_eq!(r["data"]["outgoing_id"], id.as_str());
    assert_eq!(
        app.graph
            .received_by(&psid)
            .iter()
            .filter(|t| *t == "first try")
            .count(),
        1
    );
    let (history, outgoing) = conversation(&app, &alice.token, &psid).await;
    assert!(history.contains(&"first try".to_owned()), "{history:?}");
    assert!(outgoing.is_empty(), "{outgoing:?}");

    // A failed message can be given up instead (over REST this time).
    app.graph
        .fail_next_sends_to(&psid, 1, 551, "This person isn't available right now.");
    let r = app
        .send_rest(&alice.token, "1001", &psid, "second try")
        .await;
    let body = r.body.clone();
    assert_eq!(r.status, 502, "{}", r.text);
    let id = body["error"]["data"]["outgoing_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = app
        .request(
            reqwest::Method::DELETE,
            &format!("/api/dashboard/customers/{psid}/outgoing/{id}?page_id=1001"),
            Some(&alice.token),
            None,
        )
        .await;
    let c = customer_of(r.ok("discard")).clone();
    assert_eq!(c["customer_id"], psid.as_str());
    let (history, outgoing) = conversation(&app, &alice.token, &psid).await;
    assert!(outgoing.is_empty(), "{outgoing:?}");
    assert!(!history.contains(&"second try".to_owned()));
    assert!(!app
        .graph
        .received_by(&psid)
        .contains(&"second try".to_owned()));
    let audit = app
        .get(
            "/api/dashboard/audit?limit=200",
            &app.login("carol").await.token,
        )
        .await;
    let actions: Vec<(String, String)> = audit.ok("audit")["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["customer_id"] == psid.as_str())
        .map(|e| {
            (
                e["action"].as_str().unwrap_or_default().to_owned(),
                e["result"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    for expected in [
        ("send", "messenger_error"),
        ("retry_message", "ok"),
        ("send", "ok"),
        ("discard_message", "ok"),
    ] {
        assert!(
            actions.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} in {actions:?}"
        );
    }
}
