//! Feeds (docs/ws-protocol.md#feeds): a console may leave the company-wide message feed and
//! get only the messages it can act on, and may take queue-level changes merged. Its own
//! `seq` stays consecutive, so gap detection still works; the default is unchanged.

use serde_json::{json, Value};

use crate::helpers::{frame_type, new_psid, spawn_app, target, WsClient};

/// The texts of the `new_message` broadcasts a client has received.
fn texts_seen(ws: &WsClient) -> Vec<String> {
    broadcasts(ws)
        .iter()
        .filter(|f| frame_type(f) == "new_message")
        .filter_map(|f| f["data"]["message"]["text"].as_str().map(str::to_owned))
        .collect()
}

/// Every broadcast a client received (the frames with a top-level `seq`).
fn broadcasts(ws: &WsClient) -> Vec<Value> {
    ws.seen()
        .iter()
        .filter(|f| f["seq"].is_u64())
        .cloned()
        .collect()
}

/// Every broadcast `seq` a client received is one more than the one before.
fn assert_consecutive(ws: &WsClient, who: &str) {
    let seqs: Vec<u64> = broadcasts(ws)
        .iter()
        .filter_map(|f| f["seq"].as_u64())
        .collect();
    assert!(
        seqs.windows(2).all(|w| w[1] == w[0] + 1),
        "{who}'s seq has a gap or a repeat: {seqs:?}"
    );
}

/// A customer message, and the broadcast of it that a full-feed client receives.
async fn says(app: &crate::helpers::TestApp, witness: &mut WsClient, psid: &str, text: &str) {
    app.customer_says("1001", psid, text).await;
    let text = text.to_owned();
    witness
        .expect(&format!("new_message {text:?}"), move |f| {
            frame_type(f) == "new_message" && f["data"]["message"]["text"] == text.as_str()
        })
        .await;
}

#[tokio::test]
async fn without_the_messages_feed_an_agent_gets_the_messages_they_can_act_on() {
    let app = spawn_app().await;
    let (alice, bob) = (app.login("alice").await, app.login("bob").await);
    let mut focused = app.ws(&alice).await;
    let mut everything = app.ws(&bob).await;
    let left = focused
        .request("unsubscribe", json!({"feed": "messages"}))
        .await;
    assert_eq!(frame_type(&left), "feeds", "{left}");
    assert_eq!(
        left["data"],
        json!({"messages": false, "queue_digest": false})
    );

    let (with_bot, waiting, bobs, viewed) = (new_psid(), new_psid(), new_psid(), new_psid());
    for psid in [&waiting, &bobs, &viewed] {
        app.request_help(&bob.token, "1001", psid).await;
    }
    everything.request("assign_agent", target(&bobs)).await;
    everything.request("assign_agent", target(&viewed)).await;
    let viewing = focused.request("viewing", target(&viewed)).await;
    assert_eq!(frame_type(&viewing), "viewing_set", "{viewing}");

    says(
        &app,
        &mut everything,
        &with_bot,
        "what are your opening hours",
    )
    .await;
    says(&app, &mut everything, &bobs, "still there, Bob?").await;
    says(&app, &mut everything, &viewed, "here is my order number").await;
    says(&app, &mut everything, &waiting, "hello? anyone?").await;
    // The last message reached the focused console too; everything before it is in.
    focused
        .expect("the waiting customer's message", |f| {
            frame_type(f) == "new_message" && f["data"]["message"]["text"] == "hello? anyone?"
        })
        .await;
    focused.drain().await;
    everything.drain().await;

    let got = texts_seen(&focused);
    let has = |text: &str| got.iter().any(|t| t == text);
    assert!(
        has("hello? anyone?"),
        "a waiting customer's messages: {got:?}"
    );
    assert!(
        has("here is my order number"),
        "the customer alice has open: {got:?}"
    );
    assert!(
        !has("what are your opening hours"),
        "a customer with the bot: {got:?}"
    );
    assert!(!has("still there, Bob?"), "bob's customer: {got:?}");
    let all = texts_seen(&everything);
    for text in [
        "what are your opening hours",
        "still there, Bob?",
        "here is my order number",
        "hello? anyone?",
    ] {
        assert!(
            all.iter().any(|t| t == text),
            "the full feed has every message: {all:?}"
        );
    }
    // Queue-level broadcasts still reach the focused console.
    let claims = broadcasts(&focused)
        .iter()
        .filter(|f| frame_type(f) == "agent_assignment_changed")
        .count();
    assert_eq!(claims, 2);
    assert_consecutive(&focused, "alice");
    assert_consecutive(&everything, "bob");

    // Back on the company-wide feed, a bot conversation reaches alice again.
    focused
        .request("subscribe", json!({"feed": "messages"}))
        .await;
    says(&app, &mut everything, &with_bot, "and on Sundays?").await;
    focused
        .expect("the bot customer's message", |f| {
            frame_type(f) == "new_message" && f["data"]["message"]["text"] == "and on Sundays?"
        })
        .await;
    focused.drain().await;
    assert_consecutive(&focused, "alice");
}

#[tokio::test]
async fn a_customer_claimed_by_the_agent_keeps_their_messages_coming() {
    let app = spawn_app().await;
    let (alice, bob) = (app.login("alice").await, app.login("bob").await);
    let mut focused = app.ws(&alice).await;
    let mut everything = app.ws(&bob).await;
    // The customer waits before alice narrows her feed: what she holds is read from the store.
    let (mine, theirs) = (new_psid(), new_psid());
    app.request_help(&alice.token, "1001", &mine).await;
    app.request_help(&alice.token, "1001", &theirs).await;
    focused.request("assign_agent", target(&mine)).await;
    everything.request("assign_agent", target(&theirs)).await;
    focused
        .request("unsubscribe", json!({"feed": "messages"}))
        .await;

    says(&app, &mut everything, &theirs, "for bob").await;
    says(&app, &mut everything, &mine, "for alice").await;
    focused
        .expect("her customer's message", |f| {
            frame_type(f) == "new_message" && f["data"]["message"]["text"] == "for alice"
        })
        .await;
    focused.drain().await;
    let got = texts_seen(&focused);
    assert!(!got.iter().any(|t| t == "for bob"), "{got:?}");

    // Released back to the bot: alice no longer gets them.
    focused.request("unassign_agent", target(&mine)).await;
    app.set_stop(&alice.token, "1001", &mine, false)
        .await
        .ok("back to the bot");
    says(&app, &mut everything, &mine, "thanks, bye").await;
    says(&app, &mut everything, &theirs, "last one").await;
    focused.drain().await;
    assert!(
        !texts_seen(&focused).iter().any(|t| t == "thanks, bye"),
        "a customer back with the bot is not alice's"
    );
    assert_consecutive(&focused, "alice");
}

#[tokio::test]
async fn the_queue_digest_carries_the_latest_view_of_each_changed_customer() {
    let app = spawn_app().await;
    let (alice, bob) = (app.login("alice").await, app.login("bob").await);
    let mut digest = app.ws(&alice).await;
    let mut everything = app.ws(&bob).await;
    let joined = digest
        .request("subscribe", json!({"feed": "queue_digest"}))
        .await;
    assert_eq!(
        joined["data"],
        json!({"messages": true, "queue_digest": true})
    );

    let psid = new_psid();
    app.request_help(&bob.token, "1001", &psid).await;
    let mut last = Value::Null;
    for request in ["assign_agent", "unassign_agent", "assign_agent"] {
        last = everything.request(request, target(&psid)).await;
    }
    let version = last["data"]["customer"]["version"].clone();
    let latest = digest
        .expect("the digest with the latest view", |f| {
            frame_type(f) == "customers_changed"
                && f["data"]["customers"].as_array().is_some_and(|cs| {
                    cs.iter()
                        .any(|c| c["customer_id"] == psid.as_str() && c["version"] == version)
                })
        })
        .await;
    let view = latest["data"]["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["customer_id"] == psid.as_str())
        .unwrap();
    assert_eq!(view["agent_id"], "bob");
    assert_eq!(view["stop"], true);
    digest.drain().await;

    let seen = broadcasts(&digest);
    let digests: Vec<&Value> = seen
        .iter()
        .filter(|f| frame_type(f) == "customers_changed")
        .collect();
    // One request, three claims and releases: at most four digests, each customer once in each.
    assert!(
        (1..=4).contains(&digests.len()),
        "{} digests: {digests:#?}",
        digests.len()
    );
    for d in &digests {
        let ids: Vec<&Value> = d["data"]["customers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| &c["customer_id"])
            .collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(
            ids.len(),
            unique.len(),
            "a customer twice in one digest: {d}"
        );
    }
    let singles = seen
        .iter()
        .filter(|f| {
            matches!(
                frame_type(f),
                "agent_requested" | "agent_assignment_changed" | "customer_stop_status_changed"
            )
        })
        .count();
    assert_eq!(singles, 0, "queue changes come only in digests: {seen:#?}");
    // The messages still come one by one, and the numbering has no gap.
    assert!(seen.iter().any(|f| frame_type(f) == "new_message"));
    assert_consecutive(&digest, "alice");
    assert_consecutive(&everything, "bob");
}

#[tokio::test]
async fn a_feed_must_be_named() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let refused = ws.request("subscribe", json!({"feed": "gossip"})).await;
    crate::helpers::assert_ws_error(&refused, "invalid_request", "an unknown feed");
    let refused = ws.request("unsubscribe", json!({})).await;
    crate::helpers::assert_ws_error(&refused, "invalid_request", "no feed");
    ws.ping().await;
}
