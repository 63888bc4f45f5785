//! Several handoff processes on one MongoDB database: agents connected to either process
//! race for the same customers, and everyone sees the same outcome, in the same order.
//! Runs when the suite runs against MongoDB (`MONGODB_URI`).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::sync::Barrier;

use crate::helpers::{
    frame_type, mongodb_uri, new_psid, seq_of, spawn_app_with, AppOptions, WsClient,
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
    let b = spawn_app_with(AppOptions {
        extra_acme_agents: 2 * AGENTS_PER_PROCESS,
        database: a.database(),
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

    let barrier = Arc::new(Barrier::new(racers.len()));
    let mut tasks = Vec::new();
    for (id, mut ws) in racers {
        let barrier = barrier.clone();
        let customers = customers.clone();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut pending = Vec::new();
            for psid in &customers {
                let rid = ws
                    .send_request(
                        "assign_agent",
                        json!({"customer_id": psid, "page_id": "1001"}),
                    )
                    .await;
                pending.push((psid.clone(), rid));
            }
            let mut replies = Vec::new();
            for (psid, rid) in pending {
                replies.push((psid, ws.reply(&rid).await));
            }
            (id, replies, ws)
        }));
    }
    let mut by_customer: HashMap<String, Vec<(String, Value)>> = HashMap::new();
    let mut keep_open = Vec::new();
    for task in tasks {
        let (id, replies, ws) = task.await.unwrap();
        keep_open.push(ws);
        for (psid, frame) in replies {
            by_customer
                .entry(psid)
                .or_default()
                .push((id.clone(), frame));
        }
    }

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
