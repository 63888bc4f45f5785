//! MongoDB under faults, through a proxy that cuts or holds the server's connections at an
//! exact command: the customer document is the commit point, so a cut between two writes is
//! repaired by Facebook's redelivery; one write that is never acknowledged holds up only its
//! own customer, and `/readyz` tells; the shared event log is read only where agents are
//! connected, and pruned. Runs with its own nx-27017 (`NX_27017_BIN`, set by tests/all.sh).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use crate::db_proxy::{
    customer_doc_id, settled_customer, setup, setup_with, wait_ready, webhook, Action, Command,
    Setup,
};
use crate::helpers::{
    customer_of, frame_type, new_psid, TestApp, HUMAN_REQUEST, PLAIN_QUESTION, WAIT,
};

/// Facebook's redelivery: the same signed bytes until they are answered 200.
async fn redeliver(app: &TestApp, body: &[u8], signature: &str) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let r = app.post_webhook_raw(body.to_vec(), Some(signature)).await;
        if r.status == 200 {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the redelivery is never accepted: {} {}",
            r.status,
            r.text
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The customer's recorded message ids.
fn mids(body: &Value) -> Vec<String> {
    body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Cuts the server's connection at the first write after the insert of message `mid`.
fn cut_after_message_insert(proxy: &crate::db_proxy::DbProxy, mid: &str) {
    let seen = Arc::new(AtomicBool::new(false));
    let mid = mid.to_owned();
    proxy.once(Action::Cut, move |c: &Command| {
        if c.inserts("messages", "mid", mid.as_str()) {
            seen.store(true, Ordering::SeqCst);
            return false;
        }
        seen.load(Ordering::SeqCst) && c.is_write()
    });
}

#[tokio::test]
async fn a_cut_right_after_the_message_insert_loses_nothing_once_facebook_redelivers() {
    let Some(Setup { app, proxy, _db }) = setup("the commit point test").await else {
        return;
    };
    let alice = app.login("alice").await;

    // A new customer whose very first message asks for a person.
    let newcomer = new_psid();
    cut_after_message_insert(&proxy, "m_first");
    let (body, signature) = webhook("1001", &newcomer, "m_first", HUMAN_REQUEST);
    let _ = app.post_webhook_raw(body.clone(), Some(&signature)).await;
    wait_ready(&app).await;
    redeliver(&app, &body, &signature).await;
    let shown = app
        .wait_for_customer(
            &alice.token,
            "1001",
            &newcomer,
            "created and waiting",
            |c| c["stop"] == true,
        )
        .await;
    let c = customer_of(&shown);
    assert_eq!(c["message_count"], 1, "{c}");
    assert_eq!(c["last_message"], HUMAN_REQUEST, "{c}");
    assert_eq!(
        mids(&shown).iter().filter(|m| *m == "m_first").count(),
        1,
        "{shown}"
    );

    // A known customer asks for a person.
    let known = new_psid();
    settled_customer(&app, &alice.token, &known).await;
    cut_after_message_insert(&proxy, "m_help");
    let (body, signature) = webhook("1001", &known, "m_help", HUMAN_REQUEST);
    let _ = app.post_webhook_raw(body.clone(), Some(&signature)).await;
    wait_ready(&app).await;
    redeliver(&app, &body, &signature).await;
    let shown = app
        .wait_for_customer(&alice.token, "1001", &known, "waiting", |c| {
            c["stop"] == true
        })
        .await;
    let c = customer_of(&shown);
    assert_eq!(c["message_count"], 2, "{c}");
    assert_eq!(c["last_message"], HUMAN_REQUEST, "{c}");
    assert_eq!(
        mids(&shown).iter().filter(|m| *m == "m_help").count(),
        1,
        "{shown}"
    );
}

#[tokio::test]
async fn a_cut_between_the_document_and_its_message_is_repaired_by_the_redelivery() {
    let Some(Setup { app, proxy, _db }) = setup("the repair test").await else {
        return;
    };
    let alice = app.login("alice").await;
    let psid = new_psid();
    settled_customer(&app, &alice.token, &psid).await;
    proxy.once(Action::Cut, |c: &Command| {
        c.inserts("messages", "mid", "m_between")
    });
    let (body, signature) = webhook("1001", &psid, "m_between", HUMAN_REQUEST);
    let first = app.post_webhook_raw(body.clone(), Some(&signature)).await;
    assert_eq!(first.status, 503, "not acknowledged: {}", first.text);
    wait_ready(&app).await;
    redeliver(&app, &body, &signature).await;
    let shown = app
        .wait_for_customer(&alice.token, "1001", &psid, "history repaired", |c| {
            c["stop"] == true
        })
        .await;
    let c = customer_of(&shown);
    assert_eq!(c["message_count"], 2, "counted once: {c}");
    assert_eq!(
        mids(&shown).iter().filter(|m| *m == "m_between").count(),
        1,
        "recorded once: {shown}"
    );
}

#[tokio::test]
async fn one_write_never_acknowledged_holds_up_only_its_own_customer() {
    let env = vec![("MONGODB_TIMEOUT_MS".to_owned(), "2000".to_owned())];
    let Some(Setup { app, proxy, _db }) = setup_with("the stalled write test", env).await else {
        return;
    };
    let alice = app.login("alice").await;
    let (stuck, other) = (new_psid(), new_psid());
    settled_customer(&app, &alice.token, &stuck).await;
    settled_customer(&app, &alice.token, &other).await;
    let key = customer_doc_id("acme", "1001", &stuck);
    let held = stuck.clone();
    let rule = proxy.rule(None, Action::Stall, move |c: &Command| {
        c.updates_id("customers", &key) || c.inserts("messages", "customer_id", held.as_str())
    });

    let (body, signature) = webhook("1001", &stuck, "m_stuck", PLAIN_QUESTION);
    let request = app
        .http
        .post(app.url("/webhook"))
        .header("content-type", "application/json")
        .header("X-Hub-Signature-256", signature)
        .body(body);
    let stuck_webhook = tokio::spawn(async move { request.send().await.map(|r| r.status()) });
    proxy.wait_for_stalled(1).await;

    // Another customer's message goes through meanwhile.
    let (body, signature) = webhook("1001", &other, "m_other", "and another thing");
    let r = app.post_webhook_raw(body, Some(&signature)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    // The held one is answered too, as not durable (Facebook redelivers it).
    let status = tokio::time::timeout(WAIT, stuck_webhook)
        .await
        .expect("the held webhook is answered within the store's timeout")
        .unwrap()
        .unwrap();
    assert_eq!(status.as_u16(), 503);

    // A database that acknowledges no write is not ready.
    let all = proxy.rule(None, Action::Stall, |c: &Command| c.is_write());
    let r = app.get_anon("/readyz").await;
    assert_eq!(
        r.status, 503,
        "readyz while no write is acknowledged: {}",
        r.text
    );
    proxy.remove_rule(all);
    proxy.remove_rule(rule);
    proxy.release_stalled();
    wait_ready(&app).await;
}

#[tokio::test]
async fn the_event_log_is_read_only_where_agents_are_connected_and_pruned() {
    let env = vec![("HANDOFF_EVENT_RETENTION_SECS".to_owned(), "2".to_owned())];
    let Some(Setup { app, proxy, _db }) = setup_with("the event log test", env).await else {
        return;
    };
    let alice = app.login("alice").await;
    // Events are published (the company's hub starts) with nobody connected.
    settled_customer(&app, &alice.token, &new_psid()).await;
    let reads = |commands: &[Command]| commands.iter().filter(|c| c.is("find", "events")).count();
    let before = proxy.commands().len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let idle = reads(&proxy.commands()[before..]);
    assert_eq!(
        idle, 0,
        "a process with no agent connected reads the event log"
    );

    // Someone connects: events reach them (read or pushed).
    let mut ws = app.ws(&alice).await;
    let psid = new_psid();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    ws.expect("agent_requested through the shared log", |f| {
        frame_type(f) == "agent_requested" && f["data"]["customer"]["customer_id"] == psid.as_str()
    })
    .await;
    let streamed = proxy.commands().iter().any(|c| c.is("aggregate", "events"));
    println!(
        "event log delivery: {}",
        if streamed { "change stream" } else { "polling" }
    );

    // Events older than the retention are deleted.
    let deadline = tokio::time::Instant::now() + WAIT;
    while !proxy.commands().iter().any(|c| c.is("delete", "events")) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "old events are never pruned"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
