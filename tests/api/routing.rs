//! Routing a team (docs/routing.md): the settings API, automatic assignment by policy
//! within capacity, and automatic assignment racing manual claims.

use crate::helpers::{
    customer_of, frame_type, mongodb_uri, new_psid, spawn_app, spawn_app_with, AppOptions, Session,
    TestApp, WsClient,
};
use serde_json::{json, Value};
use std::collections::HashMap;

const ROUTING: &str = "/api/dashboard/routing";

async fn set_routing(app: &TestApp, admin: &Session, settings: Value) -> Value {
    app.put(ROUTING, &admin.token, settings)
        .await
        .ok("PUT routing")
        .clone()
}

/// A fresh server with Alice, Bob and Carol (admin) signed in, and `settings` in force.
async fn team_with(settings: Value) -> (TestApp, Session, Session, Session) {
    let app = spawn_app().await;
    let (alice, bob, carol) = (
        app.login("alice").await,
        app.login("bob").await,
        app.login("carol").await,
    );
    set_routing(&app, &carol, settings).await;
    (app, alice, bob, carol)
}

/// Waits until the customer is held, and answers by whom.
async fn holder_of(app: &TestApp, token: &str, psid: &str) -> String {
    let body = app
        .wait_for_customer(token, "1001", psid, "handed to an agent", |c| {
            c["agent_id"].is_string()
        })
        .await;
    customer_of(&body)["agent_id"]
        .as_str()
        .expect("agent_id")
        .to_owned()
}

async fn current_holder(app: &TestApp, token: &str, psid: &str) -> Value {
    let r = app.get_customer(token, "1001", psid).await;
    customer_of(r.ok("GET customer"))["agent_id"].clone()
}

/// The audit entries of `action`, oldest first.
async fn audited(app: &TestApp, admin: &Session, action: &str) -> Vec<Value> {
    let r = app
        .get("/api/dashboard/audit?limit=500", &admin.token)
        .await;
    let mut entries: Vec<Value> = r.ok("audit")["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect();
    entries.reverse();
    entries
}

#[tokio::test]
async fn admins_set_routing_agents_read_it_and_it_survives_a_restart() {
    let mut app = spawn_app().await;
    let (alice, carol) = (app.login("alice").await, app.login("carol").await);

    let defaults = app.get(ROUTING, &alice.token).await;
    assert_eq!(
        defaults.ok("GET routing"),
        &json!({
            "policy": "manual",
            "page_policies": {},
            "default_capacity": 5,
            "agent_capacity": {},
            "priority_rules": {},
            "requeue_after_seconds": 0,
            "auto_away_after_seconds": 0,
            "return_notices": {},
            "business_hours": null,
            "closed_notices": {},
            "position_in_notice": false,
            "queue_notices": {},
            "thread_control": {},
            "translations": {},
        })
    );
    let wanted = json!({
        "policy": "least_loaded",
        "page_policies": {"1002": "manual"},
        "default_capacity": 2,
        "agent_capacity": {"bob": 0},
        "priority_rules": {"1001": {
            "keywords": ["refund"],
            "keyword_priority": "high",
            "vip_customers": [],
            "vip_priority": "urgent",
            "repeat_requests": 0,
            "repeat_priority": "high",
        }},
        "requeue_after_seconds": 600,
        "auto_away_after_seconds": 900,
        "return_notices": {"1001": null, "1002": "Our assistant is back."},
        "business_hours": {
            "time_zone": "Europe/Lisbon",
            "weekly": {"mon": ["09:00-13:00", "14:00-18:00"], "sat": ["10:00-14:00"]},
            "holidays": ["2026-12-25"],
        },
        "closed_notices": {"1001": "Back {opens}."},
        "position_in_notice": true,
        "queue_notices": {"1002": "You are {position}th, about {wait}."},
        "thread_control": {"1001": {
            "on_claim": {"action": "take"},
            "on_release": {"action": "pass", "app_id": "263902037430900"},
        }},
        "translations": {"1002": {"es": {"return_notice": "Vuelves al asistente."}}},
    });
    let refused = app.put(ROUTING, &alice.token, wanted.clone()).await;
    refused.error(403, "forbidden", "an agent changing routing");
    for (bad, field) in [
        (json!({"policy": "random"}), "body"),
        (json!({"default_capacity": 101}), "default_capacity"),
        (json!({"default_capacity": -1}), "body"),
        (
            json!({"agent_capacity": {"gina": 1}}),
            "agent_capacity.gina",
        ),
        (
            json!({"page_policies": {"2001": "round_robin"}}),
            "page_policies.2001",
        ),
        (json!({"polcy": "manual"}), "body"),
        (
            json!({"priority_rules": {"1001": {"keywords": [" "]}}}),
            "priority_rules.1001.keywords",
        ),
        (
            json!({"priority_rules": {"2001": {}}}),
            "priority_rules.2001",
        ),
        (
            json!({"thread_control": {"2001": {}}}),
            "thread_control.2001",
        ),
        (
            json!({"translations": {"1001": {"spanish": {}}}}),
            "translations.1001.spanish",
        ),
        (
            json!({"translations": {"1001": {"es": {"queue_notice": " "}}}}),
            "translations.1001.es.queue_notice",
        ),
        (
            json!({"thread_control": {"1001": {"on_claim": {"action": "pass"}}}}),
            "body",
        ),
    ] {
        let r = app.put(ROUTING, &carol.token, bad.clone()).await;
        let message = r.error(400, "invalid_request", &format!("PUT {bad}"));
        assert!(message.starts_with(field), "{bad}: {message}");
    }
    assert_eq!(set_routing(&app, &carol, wanted.clone()).await, wanted);
    assert_eq!(app.get(ROUTING, &alice.token).await.ok("GET"), &wanted);

    let agents = app.get("/api/dashboard/agents", &alice.token).await;
    let capacity: HashMap<String, u64> = agents.ok("agents")["agents"]
        .as_array()
        .expect("agents")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().expect("id").to_owned(),
                a["capacity"].as_u64().expect("capacity"),
            )
        })
        .collect();
    assert_eq!(capacity["alice"], 2);
    assert_eq!(capacity["bob"], 0);

    let entry = &audited(&app, &carol, "set_routing").await[0];
    assert_eq!(entry["agent_id"], "carol");
    assert_eq!(entry["detail"], wanted);

    // The tenants file is applied again at start; it leaves the settings as they were.
    app.restart().await;
    let alice = app.login("alice").await;
    assert_eq!(app.get(ROUTING, &alice.token).await.ok("GET"), &wanted);
    // Another company sees its own.
    let gus = app.login("gus").await;
    assert_eq!(
        app.get(ROUTING, &gus.token).await.ok("GET")["policy"],
        "manual"
    );
}

#[tokio::test]
async fn least_loaded_hands_the_longest_waiting_to_available_agents_within_capacity() {
    let (app, alice, bob, carol) =
        team_with(json!({"policy": "least_loaded", "default_capacity": 1})).await;
    // Three customers wait while nobody is online: nothing can be handed out.
    let queue: Vec<String> = (0..3).map(|_| new_psid()).collect();
    for psid in &queue {
        app.request_help(&carol.token, "1001", psid).await;
    }

    let mut alice_ws = app.ws(&alice).await;
    assert_eq!(holder_of(&app, &carol.token, &queue[0]).await, "alice");
    let mut bob_ws = app.ws(&bob).await;
    assert_eq!(holder_of(&app, &carol.token, &queue[1]).await, "bob");
    // Both are full: the third waits. A claim by hand past capacity is the agent's choice.
    bob_ws.ping().await;
    alice_ws.ping().await;
    assert_eq!(
        current_holder(&app, &carol.token, &queue[2]).await,
        Value::Null
    );

    // Alice hands her customer back to the bot: her room goes to the one still waiting.
    app.set_stop(&alice.token, "1001", &queue[0], false)
        .await
        .ok("stop=false");
    assert_eq!(holder_of(&app, &carol.token, &queue[2]).await, "alice");

    let decisions = audited(&app, &carol, "auto_assign").await;
    let handed: Vec<(&str, &str)> = decisions
        .iter()
        .map(|e| {
            (
                e["customer_id"].as_str().expect("customer"),
                e["agent_id"].as_str().expect("agent"),
            )
        })
        .collect();
    assert_eq!(
        handed,
        [
            (queue[0].as_str(), "alice"),
            (queue[1].as_str(), "bob"),
            (queue[2].as_str(), "alice"),
        ]
    );
    let first = &decisions[0];
    assert_eq!(first["result"], "ok");
    assert_eq!(first["detail"]["policy"], "least_loaded");
    assert_eq!(
        first["detail"]["candidates"],
        json!([{"agent_id": "alice", "load": 0, "capacity": 1}])
    );
}

#[tokio::test]
async fn round_robin_takes_turns_and_away_agents_are_skipped() {
    let (app, alice, bob, carol) =
        team_with(json!({"policy": "round_robin", "agent_capacity": {"carol": 0}})).await;
    let mut alice_ws = app.ws(&alice).await;
    let mut bob_ws = app.ws(&bob).await;
    // Carol is online too, but with no capacity she is never handed anyone.
    let _carol_ws = app.ws(&carol).await;
    let mut turns = Vec::new();
    for _ in 0..4 {
        let psid = new_psid();
        app.request_help(&carol.token, "1001", &psid).await;
        turns.push(holder_of(&app, &carol.token, &psid).await);
    }
    assert_eq!(turns, ["alice", "bob", "alice", "bob"]);

    let away = bob_ws
        .request("set_availability", json!({"status": "away"}))
        .await;
    assert_eq!(frame_type(&away), "availability_set", "{away}");
    // The change is coalesced before the company hears it; the router hears it too.
    alice_ws
        .expect("bob away", |f| {
            frame_type(f) == "agent_availability_changed"
                && f["data"]["agent_id"] == "bob"
                && f["data"]["status"] == "away"
        })
        .await;
    let psid = new_psid();
    app.request_help(&carol.token, "1001", &psid).await;
    assert_eq!(holder_of(&app, &carol.token, &psid).await, "alice");
}

const RACERS: usize = 6;
const RACE_CUSTOMERS: usize = 24;
const RACE_CAPACITY: u64 = 2;

/// Agents claim by hand while the router hands the same customers out: every customer ends
/// with one holder, assigned once and never moved, and the router never fills an agent past
/// capacity (claims by hand may).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn automatic_assignment_never_fights_a_manual_claim() {
    let app = spawn_app_with(AppOptions {
        extra_acme_agents: RACERS,
        ..AppOptions::default()
    })
    .await;
    race_router_and_claims([&app, &app], true).await;
}

/// The same race with agents, customers and the router spread over two processes on one
/// database (run against MongoDB).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn automatic_assignment_never_fights_a_manual_claim_across_processes() {
    if mongodb_uri().is_none() {
        println!("MONGODB_URI is not set: several processes need a shared MongoDB");
        return;
    }
    let a = spawn_app_with(AppOptions {
        extra_acme_agents: RACERS,
        ..AppOptions::default()
    })
    .await;
    let b = spawn_app_with(AppOptions {
        extra_acme_agents: RACERS,
        database: a.database(),
        ..AppOptions::default()
    })
    .await;
    // A claim by hand on the process that does not route is not held back by the router's
    // gate (docs/routing.md, "Several processes"): one holder and no move are checked, not
    // capacity.
    race_router_and_claims([&a, &b], false).await;
}

/// Racers connect alternately to `apps[0]` and `apps[1]`; customers write alternately
/// through them; the settings are set through the second and observed on the first.
/// `capacity`: check that the router never filled an agent past capacity.
async fn race_router_and_claims(apps: [&TestApp; 2], check_capacity: bool) {
    let carol = apps[1].login("carol").await;
    let racers: Vec<String> = (1..=RACERS).map(|i| format!("agent{i:02}")).collect();
    let mut capacity: HashMap<String, u64> =
        racers.iter().map(|r| (r.clone(), RACE_CAPACITY)).collect();
    let mut settings = json!({"policy": "least_loaded", "default_capacity": RACE_CAPACITY});
    for (id, cap) in [("alice", 0), ("bob", 0), ("carol", 0)] {
        settings["agent_capacity"][id] = json!(cap);
        capacity.insert(id.to_owned(), cap);
    }
    set_routing(apps[1], &carol, settings).await;
    let mut observer = apps[0].ws(&carol).await;
    let mut clients: Vec<(String, WsClient)> = Vec::new();
    for (i, id) in racers.iter().enumerate() {
        let app = apps[i % 2];
        let session = app.login(id).await;
        let ws = app.ws(&session).await;
        clients.push((id.clone(), ws));
    }

    // Customers arrive while every racer fires a claim at each as soon as it is asked for.
    let customers: Vec<String> = (0..RACE_CUSTOMERS).map(|_| new_psid()).collect();
    let arriving = {
        let customers = customers.clone();
        async move {
            for (i, psid) in customers.iter().enumerate() {
                apps[i % 2]
                    .customer_says("1001", psid, crate::helpers::HUMAN_REQUEST)
                    .await;
            }
        }
    };
    let claiming = futures_util::future::join_all(clients.iter_mut().map(|(_, ws)| {
        let customers = customers.clone();
        async move {
            let mut replies = Vec::new();
            for psid in &customers {
                ws.expect_broadcast("agent_requested", psid).await;
                let reply = ws
                    .request(
                        "assign_agent",
                        json!({"customer_id": psid, "page_id": "1001"}),
                    )
                    .await;
                replies.push((psid.clone(), reply));
            }
            replies
        }
    }));
    let (_, replies) = tokio::join!(arriving, claiming);

    let mut held: HashMap<String, String> = HashMap::new();
    for psid in &customers {
        held.insert(psid.clone(), holder_of(apps[0], &carol.token, psid).await);
    }
    for ((racer, _), replies) in clients.iter().zip(&replies) {
        for (psid, reply) in replies {
            match frame_type(reply) {
                "agent_assigned" => assert_eq!(&held[psid], racer, "{reply}"),
                "error" => {
                    assert_eq!(reply["data"]["code"], "already_assigned", "{reply}");
                    assert_ne!(&held[psid], racer, "{racer} refused its own customer");
                }
                other => panic!("{racer} for {psid}: {other} {reply}"),
            }
        }
    }

    // Replay the company's assignment broadcasts in order: each customer is assigned once
    // and never released, and at each automatic decision its agent had room.
    observer.drain().await;
    let auto: HashMap<String, String> = audited(apps[0], &carol, "auto_assign")
        .await
        .into_iter()
        .filter(|e| e["result"] == "ok")
        .map(|e| {
            (
                e["customer_id"].as_str().expect("customer").to_owned(),
                e["agent_id"].as_str().expect("agent").to_owned(),
            )
        })
        .collect();
    let mut loads: HashMap<String, u64> = HashMap::new();
    let mut assigned_once: HashMap<String, u32> = HashMap::new();
    for frame in observer.broadcasts_seen() {
        if frame_type(&frame) != "agent_assignment_changed" {
            continue;
        }
        let customer = &frame["data"]["customer"];
        let psid = customer["customer_id"]
            .as_str()
            .expect("customer")
            .to_owned();
        assert_eq!(
            frame["data"]["action"], "assigned",
            "nothing released: {frame}"
        );
        let agent = customer["agent_id"].as_str().expect("agent").to_owned();
        assert_eq!(held[&psid], agent, "moved: {frame}");
        *assigned_once.entry(psid.clone()).or_default() += 1;
        let load = loads.entry(agent.clone()).or_default();
        if check_capacity && auto.get(&psid) == Some(&agent) {
            assert!(
                *load < capacity[&agent],
                "{agent} past capacity by the router"
            );
        }
        *load += 1;
    }
    assert_eq!(assigned_once.len(), RACE_CUSTOMERS, "{assigned_once:?}");
    assert!(assigned_once.values().all(|n| *n == 1), "{assigned_once:?}");
}

/// The agents' status of `app`'s agents list, by agent id.
async fn statuses(app: &TestApp, token: &str) -> HashMap<String, String> {
    let r = app.get("/api/dashboard/agents", token).await;
    r.ok("agents")["agents"]
        .as_array()
        .expect("agents")
        .iter()
        .map(|a| {
            let id = a["id"].as_str().expect("id").to_owned();
            (id, a["status"].as_str().expect("status").to_owned())
        })
        .collect()
}

async fn wait_for_status(app: &TestApp, token: &str, agent: &str, status: &str) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let now = statuses(app, token).await;
        if now[agent] == status {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{agent} never {status} here: {now:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Decide here, change there, decide here again: presence, settings and capacity hold
/// across two processes on one database (run against MongoDB).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presence_and_settings_carry_across_processes() {
    if mongodb_uri().is_none() {
        println!("MONGODB_URI is not set: several processes need a shared MongoDB");
        return;
    }
    let a = spawn_app().await;
    let b = spawn_app_with(AppOptions {
        database: a.database(),
        ..AppOptions::default()
    })
    .await;
    let (alice, bob, carol) = (
        a.login("alice").await,
        a.login("bob").await,
        a.login("carol").await,
    );
    // Alice and Bob work on B; Bob steps away there.
    let alice_ws = b.ws(&alice).await;
    let mut bob_ws = b.ws(&bob).await;
    let away = bob_ws
        .request("set_availability", json!({"status": "away"}))
        .await;
    assert_eq!(frame_type(&away), "availability_set", "{away}");
    wait_for_status(&a, &carol.token, "alice", "available").await;
    wait_for_status(&a, &carol.token, "bob", "away").await;
    assert_eq!(statuses(&a, &carol.token).await["carol"], "offline");

    set_routing(
        &a,
        &carol,
        json!({"policy": "least_loaded", "default_capacity": 1, "agent_capacity": {"carol": 0}}),
    )
    .await;
    let first = new_psid();
    b.request_help(&carol.token, "1001", &first).await;
    assert_eq!(holder_of(&a, &carol.token, &first).await, "alice");
    // Alice is full and Bob away: the next one waits until Bob is back.
    let second = new_psid();
    a.request_help(&carol.token, "1001", &second).await;
    let back = bob_ws
        .request("set_availability", json!({"status": "available"}))
        .await;
    assert_eq!(frame_type(&back), "availability_set", "{back}");
    assert_eq!(holder_of(&b, &carol.token, &second).await, "bob");

    // The capacity changes on B; the next customer, through A, is handed out by it.
    set_routing(
        &b,
        &carol,
        json!({"policy": "least_loaded", "default_capacity": 2, "agent_capacity": {"carol": 0}}),
    )
    .await;
    let third = new_psid();
    a.request_help(&carol.token, "1001", &third).await;
    // Both hold one: the turn goes to whoever was handed a customer longest ago.
    assert_eq!(holder_of(&a, &carol.token, &third).await, "alice");

    // Alice closes her console on B: A sees her offline.
    alice_ws.close().await;
    wait_for_status(&a, &carol.token, "alice", "offline").await;
}

const HUMAN: &str = "I want to speak to a human";

/// The customer ids of the WebSocket queue, in its order.
async fn queue_order(ws: &mut WsClient) -> Vec<String> {
    let f = ws.request("get_stopped_customers", json!({})).await;
    assert_eq!(frame_type(&f), "stopped_customers", "{f}");
    f["data"]["customers"]
        .as_array()
        .expect("customers")
        .iter()
        .map(|c| c["customer_id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn priority_orders_the_queue_and_a_pages_rules_raise_it() {
    let [plain, refund, vip, repeats] = [new_psid(), new_psid(), new_psid(), new_psid()];
    let (app, alice, _bob, carol) = team_with(json!({"priority_rules": {"1001": {
        "keywords": ["refund"],
        "vip_customers": [vip],
        "repeat_requests": 2,
    }}}))
    .await;
    let mut ws = app.ws(&alice).await;
    let asked = |psid: &str, text: &str| {
        let (app, token, psid, text) =
            (&app, alice.token.clone(), psid.to_owned(), text.to_owned());
        async move {
            app.customer_says("1001", &psid, &text).await;
            let body = app
                .wait_for_customer(&token, "1001", &psid, "asked for a person", |c| {
                    c["stop"] == true
                })
                .await;
            customer_of(&body)["priority"].clone()
        }
    };
    assert_eq!(asked(&plain, HUMAN).await, "normal");
    assert_eq!(
        asked(&refund, "I want to speak to a human about a refund").await,
        "high"
    );
    assert_eq!(asked(&vip, HUMAN).await, "urgent");
    assert_eq!(asked(&repeats, HUMAN).await, "normal");
    // Asking again while waiting raises them, and the company hears it.
    app.customer_says("1001", &repeats, HUMAN).await;
    let raised = ws
        .expect_broadcast("customer_priority_changed", &repeats)
        .await;
    assert_eq!(raised["data"]["customer"]["priority"], "high", "{raised}");

    // An agent lowers one; the queue is priority first, then waiting time.
    let set = ws
        .request(
            "set_priority",
            json!({"customer_id": plain, "page_id": "1001", "priority": "low"}),
        )
        .await;
    assert_eq!(frame_type(&set), "priority_set", "{set}");
    assert_eq!(set["data"]["customer"]["priority"], "low");
    ws.expect_broadcast("customer_priority_changed", &plain)
        .await;
    assert_eq!(
        queue_order(&mut ws).await,
        [&vip, &refund, &repeats, &plain].map(String::as_str)
    );
    let listed = app
        .list_customers(&alice.token, "stop=true&sort=waiting")
        .await;
    let rest: Vec<&str> = listed["customers"]
        .as_array()
        .expect("customers")
        .iter()
        .map(|c| c["customer_id"].as_str().expect("id"))
        .collect();
    assert_eq!(rest, [&vip, &refund, &repeats, &plain].map(String::as_str));

    // REST sets it too; bad values and customers with the bot are refused.
    let path = format!("/api/dashboard/customers/{refund}/priority");
    let r = app
        .put(
            &path,
            &alice.token,
            json!({"priority": "urgent", "page_id": "1001"}),
        )
        .await;
    assert_eq!(r.ok("PUT priority")["priority"], "urgent");
    app.put(&path, &alice.token, json!({"priority": "asap"}))
        .await
        .error(400, "invalid_request", "unknown priority");
    let with_bot = new_psid();
    app.plain_customer(&alice.token, "1001", &with_bot).await;
    app.put(
        &format!("/api/dashboard/customers/{with_bot}/priority"),
        &alice.token,
        json!({"priority": "high"}),
    )
    .await
    .error(409, "help_not_requested", "a customer with the bot");
    let entry = &audited(&app, &carol, "set_priority").await[0];
    assert_eq!(entry["customer_id"], plain.as_str());
    assert_eq!(entry["detail"], json!({"priority": "low"}));

    // Back with the bot, a customer is normal again.
    let back = app.set_stop(&alice.token, "1001", &refund, false).await;
    assert_eq!(back.ok("stop=false")["priority"], "normal");
}

#[tokio::test]
async fn the_router_serves_the_highest_priority_first() {
    let (first, urgent) = (new_psid(), new_psid());
    let (app, alice, _bob, carol) = team_with(json!({
        "policy": "least_loaded",
        "default_capacity": 1,
        "priority_rules": {"1001": {"vip_customers": [urgent]}},
    }))
    .await;
    app.request_help(&carol.token, "1001", &first).await;
    app.request_help(&carol.token, "1001", &urgent).await;
    let _alice_ws = app.ws(&alice).await;
    assert_eq!(holder_of(&app, &carol.token, &urgent).await, "alice");
    assert_eq!(
        current_holder(&app, &carol.token, &first).await,
        Value::Null
    );
}

/// What the bot says by default when a person gives a customer back to it.
const RETURN_NOTICE: &str =
    "You're now chatting with our automated assistant again. Reply 'agent' to reach a person.";

#[tokio::test]
async fn a_customer_left_unanswered_goes_back_to_the_queue_and_the_agent_away() {
    let (app, alice, bob, carol) = team_with(json!({"requeue_after_seconds": 2})).await;
    let mut alice_ws = app.ws(&alice).await;
    let mut bob_ws = app.ws(&bob).await;
    let (answered, ignored) = (new_psid(), new_psid());
    for psid in [&answered, &ignored] {
        app.request_help(&carol.token, "1001", psid).await;
    }
    let claim = bob_ws
        .request(
            "assign_agent",
            json!({"customer_id": answered, "page_id": "1001"}),
        )
        .await;
    assert_eq!(frame_type(&claim), "agent_assigned", "{claim}");
    app.send_rest(
        &bob.token,
        "1001",
        &answered,
        "Hi, I'm Bob, how can I help?",
    )
    .await
    .ok("Bob answers");
    let claim = alice_ws
        .request(
            "assign_agent",
            json!({"customer_id": ignored, "page_id": "1001"}),
        )
        .await;
    assert_eq!(frame_type(&claim), "agent_assigned", "{claim}");

    // Alice never answers: the customer goes back to the queue, and Alice away.
    let requeued = bob_ws
        .expect("the ignored customer back in the queue", |f| {
            frame_type(f) == "agent_assignment_changed"
                && f["data"]["action"] == "unassigned"
                && f["data"]["customer"]["customer_id"] == ignored.as_str()
        })
        .await;
    assert_eq!(requeued["data"]["customer"]["stop"], true, "{requeued}");
    let told = alice_ws
        .expect("told she was set away", |f| {
            frame_type(f) == "agent_auto_away"
        })
        .await;
    assert_eq!(
        told["data"],
        json!({"agent_id": "alice", "reason": "unanswered"})
    );
    alice_ws
        .expect("away", |f| {
            frame_type(f) == "agent_availability_changed"
                && f["data"] == json!({"agent_id": "alice", "status": "away"})
        })
        .await;
    let entry = &audited(&app, &carol, "requeue").await[0];
    assert_eq!(entry["agent_id"], "alice");
    assert_eq!(entry["customer_id"], ignored.as_str());
    assert_eq!(
        entry["detail"],
        json!({"reason": "unanswered", "after_seconds": 2})
    );
    // Bob answered his: he keeps the customer.
    assert_eq!(current_holder(&app, &carol.token, &answered).await, "bob");
}

#[tokio::test]
async fn an_idle_agent_is_set_away_and_a_busy_one_is_not() {
    let (app, alice, bob, carol) = team_with(json!({"auto_away_after_seconds": 2})).await;
    let mut alice_ws = app.ws(&alice).await;
    let mut bob_ws = app.ws(&bob).await;
    // Bob keeps clicking through the queue; Alice does nothing.
    let busy = async {
        for _ in 0..12 {
            bob_ws.request("get_stopped_customers", json!({})).await;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    };
    let idle = alice_ws.expect("Alice set away for being idle", |f| {
        frame_type(f) == "agent_auto_away" && f["data"]["agent_id"] == "alice"
    });
    let (_, told) = tokio::join!(busy, idle);
    assert_eq!(told["data"]["reason"], "inactive");
    wait_for_status(&app, &carol.token, "alice", "away").await;
    assert_eq!(statuses(&app, &carol.token).await["bob"], "available");
}

#[tokio::test]
async fn the_bot_says_it_is_automated_again_when_a_person_gives_the_customer_back() {
    let llm = crate::helpers::LlmStandIn::start().await;
    let app = spawn_app_with(AppOptions {
        env: llm.env(),
        ..AppOptions::default()
    })
    .await;
    let (alice, carol) = (app.login("alice").await, app.login("carol").await);
    set_routing(
        &app,
        &carol,
        json!({"return_notices": {"1001": null, "1002": "A bot again, beep."}}),
    )
    .await;
    // Page 1002 says its own words; a page not named would say the default.
    let outlet = new_psid();
    app.request_help(&alice.token, "1002", &outlet).await;
    app.customer_says("1002", &outlet, "my card number is 4111")
        .await;
    app.set_agent(&alice.token, "1002", &outlet, json!("alice"))
        .await
        .ok("claim");
    app.send_rest(&alice.token, "1002", &outlet, "takeover words")
        .await
        .ok("answer");
    app.put(
        &format!("/api/dashboard/customers/{outlet}/stop"),
        &alice.token,
        json!({"stop": false, "page_id": "1002"}),
    )
    .await
    .ok("back to the bot");
    let notice = app.graph.wait_for_text(&outlet, "A bot again, beep.").await;
    assert_eq!(notice.messaging_type, "RESPONSE");
    // Nothing of the takeover reaches the bot's brain: only what the customer says now.
    app.customer_says("1002", &outlet, "do you ship to Lisbon?")
        .await;
    app.graph
        .wait_for_text(&outlet, crate::helpers::LLM_ANSWER)
        .await;
    for request in llm.requests() {
        let text = request.to_string();
        assert!(
            !text.contains("4111") && !text.contains("takeover words"),
            "replayed to the bot: {text}"
        );
    }

    // Page 1001 turned it off.
    let store = new_psid();
    app.request_help(&alice.token, "1001", &store).await;
    app.set_stop(&alice.token, "1001", &store, false)
        .await
        .ok("back to the bot");
    app.customer_says("1001", &store, "do you ship to Lisbon?")
        .await;
    app.graph
        .wait_for_text(&store, crate::helpers::LLM_ANSWER)
        .await;
    assert!(
        app.graph
            .received_by(&store)
            .iter()
            .all(|t| !t.contains("automated assistant")),
        "{:?}",
        app.graph.received_by(&store)
    );

    // Default wording where the settings say nothing.
    set_routing(&app, &carol, json!({})).await;
    let other = new_psid();
    app.request_help(&alice.token, "1001", &other).await;
    app.set_stop(&alice.token, "1001", &other, false)
        .await
        .ok("back to the bot");
    app.graph.wait_for_text(&other, RETURN_NOTICE).await;
}

#[tokio::test]
async fn out_of_hours_the_customer_is_told_when_the_team_is_back_and_waits() {
    let app = spawn_app().await;
    let (alice, carol) = (app.login("alice").await, app.login("carol").await);
    let day = |d: i64| {
        (chrono::Utc::now() + chrono::TimeDelta::days(d))
            .format("%Y-%m-%d")
            .to_string()
    };
    let every_day: serde_json::Map<String, Value> =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .map(|d| (d.to_string(), json!(["00:00-24:00"])))
            .collect();
    let closed = json!({
        "policy": "least_loaded",
        "business_hours": {
            "time_zone": "UTC",
            "weekly": every_day,
            // Closed around today, whatever the hour the test runs.
            "holidays": [day(-1), day(0), day(1)],
        },
    });
    set_routing(&app, &carol, closed.clone()).await;
    let _alice_ws = app.ws(&alice).await;
    let psid = new_psid();
    app.request_help(&carol.token, "1001", &psid).await;
    let notice = app
        .graph
        .wait_for_send("the notice", |m| {
            m.recipient == psid && m.text.starts_with("I've notified our team.")
        })
        .await;
    assert!(
        notice.text.contains("We're closed right now and back on ")
            && notice
                .text
                .contains(" at 00:00 (UTC); you'll keep your place in the queue."),
        "{}",
        notice.text
    );
    // The router waits for the team's hours: nobody is handed the customer.
    for _ in 0..3 {
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        assert_eq!(current_holder(&app, &carol.token, &psid).await, Value::Null);
    }
    // Open again (here: the hours are lifted): the queue is handed out.
    let mut open = closed;
    open["business_hours"] = Value::Null;
    set_routing(&app, &carol, open).await;
    assert_eq!(holder_of(&app, &carol.token, &psid).await, "alice");
}

#[tokio::test]
async fn a_waiting_customer_learns_their_place_and_the_wait() {
    let (app, alice, _bob, carol) = team_with(json!({
        "position_in_notice": true,
        "queue_notices": {"1002": "Place {position}, wait {wait}."},
    }))
    .await;
    let notified = "I've notified our team. Someone will assist you shortly.";
    let [first, second, outlet] = [new_psid(), new_psid(), new_psid()];
    app.request_help(&carol.token, "1001", &first).await;
    app.graph
        .wait_for_text(
            &first,
            &format!("{notified} You're number 1 in the queue. Estimated wait: not known yet."),
        )
        .await;
    app.request_help(&carol.token, "1001", &second).await;
    app.graph
        .wait_for_text(
            &second,
            &format!("{notified} You're number 2 in the queue. Estimated wait: not known yet."),
        )
        .await;
    app.request_help(&carol.token, "1002", &outlet).await;

    // One claim in the last hour: a customer an hour per place.
    app.set_agent(&alice.token, "1001", &first, json!("alice"))
        .await
        .ok("claim");
    app.customer_says("1001", &second, "how long do I have to wait?")
        .await;
    app.graph
        .wait_for_text(
            &second,
            "You're number 1 in the queue. Estimated wait: about 60 minutes.",
        )
        .await;
    app.customer_says("1002", &outlet, "¿Cuánto falta?").await;
    app.graph
        .wait_for_text(&outlet, "Place 2, wait about 120 minutes.")
        .await;
    // A customer someone holds is not in the queue: asking tells them nothing of it.
    app.customer_says("1001", &first, "how long?").await;
    app.send_rest(&alice.token, "1001", &first, "Right here!")
        .await
        .ok("answer");
    assert!(
        app.graph
            .received_by(&first)
            .iter()
            .all(|t| !t.contains("in the queue") || t.starts_with(notified)),
        "{:?}",
        app.graph.received_by(&first)
    );
}

#[tokio::test]
async fn the_bot_tells_each_customer_in_their_language_where_the_page_has_it() {
    let (app, alice, _bob, carol) = team_with(json!({
        "position_in_notice": true,
        "translations": {"1001": {"es": {
            "handoff_notice": "He avisado a nuestro equipo.",
            "queue_notice": "Eres el número {position}; espera unos {minutes} minutos.",
            "return_notice": "Vuelves a hablar con nuestro asistente automático.",
        }}},
    }))
    .await;
    let maria = new_psid();
    app.customer_says(
        "1001",
        &maria,
        "Hola, quiero hablar con una persona por favor",
    )
    .await;
    let asked = app
        .wait_for_customer(&alice.token, "1001", &maria, "waiting", |c| {
            c["stop"] == true
        })
        .await;
    assert_eq!(customer_of(&asked)["language"], "es");
    app.graph
        .wait_for_text(
            &maria,
            "He avisado a nuestro equipo. Eres el número 1; espera unos ? minutos.",
        )
        .await;
    // English where the page has no translation.
    let john = new_psid();
    app.request_help(&carol.token, "1001", &john).await;
    app.graph
        .wait_for_text(
            &john,
            "I've notified our team. Someone will assist you shortly. You're number 2 in the queue. Estimated wait: not known yet.",
        )
        .await;
    app.set_stop(&alice.token, "1001", &maria, false)
        .await
        .ok("back to the bot");
    app.graph
        .wait_for_text(&maria, "Vuelves a hablar con nuestro asistente automático.")
        .await;
}
