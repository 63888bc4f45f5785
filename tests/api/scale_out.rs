//! Several handoff processes on one MongoDB database: agents connected to either process
//! race for the same customers, and everyone sees the same outcome, in the same order.
//! Runs when the suite runs against MongoDB (`MONGODB_URI`).

use serde_json::{json, Value};

use crate::helpers::{
    assert_frame_type, assert_ws_error, customer_of, frame_type, mongodb_uri, new_psid,
    race_to_assign, seq_of, spawn_app_with, target, AppOptions, ClaimOrder, TestApp, WsClient,
};

const AGENTS_PER_PROCESS: usize = 10;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_one_database_agree_on_every_assignment() {
    if mongodb_uri().is_none() {
        println!("MONGODB_URI is not set: several processes need a shared MongoDB");
        return;
    }
    let a = spawn_app_with(AppOptions {
        extra_acme_agents: 2 * AGENTS_PER_PROCESS,
        ..AppOptions::default()
    })
    .await;
    // B polls the shared log while A takes a change stream where the server offers one:
    // both ways deliver every event, in order, once.
    let b = spawn_app_with(AppOptions {
        extra_acme_agents: 2 * AGENTS_PER_PROCESS,
        database: a.database(),
        env: vec![("HANDOFF_CHANGE_STREAMS".into(), "0".into())],
        ..AppOptions::default()
    })
    .await;

    // Observers on both sides, connected before anything happens.
    let alice = a.login("alice").await;
    let bob = b.login("bob").await;
    let mut watch_a = a.ws(&alice).await;
    let mut watch_b = b.ws(&bob).await;

    // Racers: half on each process (a session made on A works on B: sessions are shared).
    let ids: Vec<String> = (1..=2 * AGENTS_PER_PROCESS)
        .map(|i| format!("agent{i:02}"))
        .collect();
    let mut racers: Vec<(String, WsClient)> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let session = a.login(id).await;
        let app = if i % 2 == 0 { &a } else { &b };
        let mut ws = app.ws(&session).await;
        ws.ping().await;
        racers.push((id.clone(), ws));
    }

    // Customers ask for help through process A only.
    let customers: Vec<String> = (0..3).map(|_| new_psid()).collect();
    for psid in &customers {
        a.request_help(&alice.token, "1001", psid).await;
        watch_b
            .expect(&format!("B hears A's agent_requested for {psid}"), |f| {
                frame_type(f) == "agent_requested"
                    && f["data"]["customer"]["customer_id"] == psid.as_str()
            })
            .await;
    }

    let race = race_to_assign(racers, &customers, "1001", ClaimOrder::Same).await;
    let by_customer = &race.replies;

    for psid in &customers {
        let frames = &by_customer[psid];
        let winners: Vec<&String> = frames
            .iter()
            .filter(|(_, f)| frame_type(f) == "agent_assigned")
            .map(|(id, _)| id)
            .collect();
        assert_eq!(
            winners.len(),
            1,
            "one winner for {psid} across both processes: {frames:#?}"
        );
        let winner = winners[0];
        let winner_name = &a.tenants.agent(winner).name;
        for (id, f) in frames.iter().filter(|(id, _)| id != winner) {
            assert_eq!(f["data"]["code"], "already_assigned", "{id}: {f}");
            assert_eq!(
                f["data"]["message"],
                format!("Already assigned to {winner_name}"),
                "{id}: {f}"
            );
        }
        // Both sides are told, once, who won.
        for (side, watch) in [("A", &mut watch_a), ("B", &mut watch_b)] {
            let f = watch
                .expect(&format!("{side} hears who won {psid}"), |f| {
                    frame_type(f) == "agent_assignment_changed"
                        && f["data"]["customer"]["customer_id"] == psid.as_str()
                })
                .await;
            assert_eq!(
                f["data"]["customer"]["agent_id"],
                winner.as_str(),
                "{side}: {f}"
            );
        }
    }

    // In order, once: each observer's broadcasts are numbered consecutively.
    for (side, watch) in [("A", &mut watch_a), ("B", &mut watch_b)] {
        watch.drain().await;
        let seqs: Vec<u64> = watch.broadcasts_seen().iter().filter_map(seq_of).collect();
        assert!(seqs.len() >= 6, "{side} saw the events: {seqs:?}");
        assert!(
            seqs.windows(2).all(|w| w[1] == w[0] + 1),
            "{side}: consecutive seq, no gap, no repeat: {seqs:?}"
        );
    }
}

/// Two processes on one new database.
async fn two_processes() -> (TestApp, TestApp) {
    let a = spawn_app_with(AppOptions::default()).await;
    let b = spawn_app_with(AppOptions {
        database: a.database(),
        ..AppOptions::default()
    })
    .await;
    (a, b)
}

/// The texts of a customer's recorded messages, as either process reads them.
async fn history(app: &TestApp, token: &str, psid: &str) -> Vec<String> {
    let r = app.get_customer(token, "1001", psid).await;
    r.ok("the customer")["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// A process must not decide on what it cached when another process changed the customer
/// since: decide here, change there, decide here again — every decision on the current
/// version, no-ops included, and nothing reaches Facebook for an agent who lost the customer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decisions_after_a_change_through_another_process_use_the_current_version() {
    if mongodb_uri().is_none() {
        println!("MONGODB_URI is not set: several processes need a shared MongoDB");
        return;
    }
    let (a, b) = two_processes().await;
    let alice = a.login("alice").await;
    let bob = a.login("bob").await;
    let carol = a.login("carol").await;
    let mut alice_ws = a.ws(&alice).await;

    // 1. alice claims on A; an admin transfers to bob on B; alice, on A again, is refused.
    let x = new_psid();
    a.request_help(&alice.token, "1001", &x).await;
    let claimed = alice_ws.request("assign_agent", target(&x)).await;
    assert_frame_type(&claimed, "agent_assigned", "alice claims on A");
    b.set_agent(&carol.token, "1001", &x, json!("bob"))
        .await
        .ok("carol transfers to bob on B");
    let again = alice_ws.request("assign_agent", target(&x)).await;
    let message = assert_ws_error(&again, "already_assigned", "alice claims again on A");
    assert_eq!(message, "Already assigned to Bob Jones");
    let mut send = target(&x);
    send["message"] = json!("alice here, still with you?");
    let sent = alice_ws.request("send_message", send).await;
    assert_ws_error(&sent, "already_assigned", "alice writes on A");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    for app in [&a, &b] {
        assert!(
            !app.graph
                .sends_to(&x)
                .iter()
                .any(|m| m.text == "alice here, still with you?"),
            "nothing of alice's reaches Facebook: {:?}",
            app.graph.sends_to(&x)
        );
    }
    assert!(!history(&b, &bob.token, &x)
        .await
        .contains(&"alice here, still with you?".to_owned()));
    let c = customer_of(b.get_customer(&bob.token, "1001", &x).await.ok("x")).clone();
    assert_eq!(c["agent_id"], "bob", "{c}");

    // 2. alice claims on A and releases on B; bob then claims on A, and wins.
    let y = new_psid();
    a.request_help(&alice.token, "1001", &y).await;
    let claimed = alice_ws.request("assign_agent", target(&y)).await;
    assert_frame_type(&claimed, "agent_assigned", "alice claims y on A");
    b.set_agent(&alice.token, "1001", &y, Value::Null)
        .await
        .ok("alice releases y on B");
    let r = a.set_agent(&bob.token, "1001", &y, json!("bob")).await;
    let c = customer_of(r.ok("bob claims y on A"));
    assert_eq!(c["agent_id"], "bob", "{c}");

    // 3. alice claims on A and gives the customer back to the bot on B; her message on A
    //    is refused and never reaches Facebook.
    let z = new_psid();
    a.request_help(&alice.token, "1001", &z).await;
    let claimed = alice_ws.request("assign_agent", target(&z)).await;
    assert_frame_type(&claimed, "agent_assigned", "alice claims z on A");
    b.set_stop(&alice.token, "1001", &z, false)
        .await
        .ok("alice returns z to the bot on B");
    let mut send = target(&z);
    send["message"] = json!("one more thing");
    let sent = alice_ws.request("send_message", send).await;
    assert_ws_error(&sent, "help_not_requested", "alice writes to z on A");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    for app in [&a, &b] {
        assert!(
            !app.graph
                .sends_to(&z)
                .iter()
                .any(|m| m.text == "one more thing"),
            "{:?}",
            app.graph.sends_to(&z)
        );
    }
}
