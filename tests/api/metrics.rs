//! `GET /api/dashboard/metrics`: the handoff numbers, from what the store records. Exact
//! times are held by the unit tests, which script a timeline with their own clock; here the
//! real server counts what real requests did, the same on either store and after a crash,
//! and shows an agent only their own numbers.

use std::time::Duration;

use serde_json::{json, Value};

use crate::helpers::{new_psid, spawn_app, spawn_app_with, AppOptions, TestApp, POLL, WAIT};

const METRICS: &str = "/api/dashboard/metrics";

/// Three handoffs on acme: one helped (alice answered before giving the customer back to
/// the bot), one abandoned (alice took and released it, then it went back unanswered), one
/// still waiting. Answers the waiting customer.
async fn three_handoffs(app: &TestApp) -> String {
    let alice = app.login("alice").await;
    let t = &alice.token;
    let (helped, abandoned, waiting) = (new_psid(), new_psid(), new_psid());
    app.request_help(t, "1001", &helped).await;
    app.set_agent(t, "1001", &helped, json!("alice"))
        .await
        .ok("alice claims");
    app.send_rest(t, "1001", &helped, "Hello, Alice here")
        .await
        .ok("alice answers");
    app.set_stop(t, "1001", &helped, false)
        .await
        .ok("back to the bot");

    app.request_help(t, "1002", &abandoned).await;
    app.set_agent(t, "1002", &abandoned, json!("alice"))
        .await
        .ok("alice claims");
    app.set_agent(t, "1002", &abandoned, Value::Null)
        .await
        .ok("alice releases");
    app.set_stop(t, "1002", &abandoned, false)
        .await
        .ok("back to the bot unanswered");

    app.request_help(t, "1001", &waiting).await;
    waiting
}

#[track_caller]
fn assert_company_numbers(m: &Value) {
    let counts = &m["handoffs"];
    assert_eq!(
        counts,
        &json!({"requested": 3, "claimed": 2, "responded": 1, "helped": 1, "abandoned": 1, "open": 1}),
        "{m}"
    );
    assert_eq!(m["resolution_rate"], 0.5, "{m}");
    assert_eq!(m["time_to_claim"]["count"], 2, "{m}");
    assert_eq!(m["first_response"]["count"], 1, "{m}");
    assert_eq!(m["handle_time"]["count"], 2, "two finished holds: {m}");
    assert_eq!(m["queue"]["waiting"], 1, "{m}");
    assert_eq!(m["queue"]["held"], 0, "{m}");
    assert!(
        m["queue"]["longest_wait_seconds"].as_f64() >= Some(0.0),
        "{m}"
    );
    for d in ["time_to_claim", "first_response", "handle_time"] {
        let (median, p90) = (&m[d]["median_seconds"], &m[d]["p90_seconds"]);
        assert!(median.as_f64() <= p90.as_f64(), "{d}: {m}");
        let binned: u64 = m[d]["bins"]
            .as_array()
            .expect("bins")
            .iter()
            .map(|b| b["count"].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(Some(binned), m[d]["count"].as_u64(), "{d}: {m}");
    }
    let agents = m["agents"].as_array().expect("agents");
    assert_eq!(agents.len(), 1, "{m}");
    assert_eq!(agents[0]["agent_id"], "alice");
    assert_eq!(agents[0]["holds"], 2);
    assert_eq!(agents[0]["first_responses"], 1);
}

#[tokio::test]
async fn every_handoff_counts_as_it_ended_and_the_numbers_survive_a_crash() {
    let mut app = spawn_app().await;
    three_handoffs(&app).await;
    let carol = app.login("carol").await;
    let before = app.get(METRICS, &carol.token).await;
    assert_company_numbers(before.ok("an admin asks"));

    app.restart().await;
    let carol = app.login("carol").await;
    let after = app.get(METRICS, &carol.token).await;
    assert_company_numbers(after.ok("after the crash"));
    let same = |v: &Value| (v["handoffs"].clone(), v["handle_time"].clone());
    assert_eq!(same(&before.body), same(&after.body));

    // Another company's admin sees none of it.
    let gus = app.login("gus").await;
    let other = app.get(METRICS, &gus.token).await;
    assert_eq!(other.ok("globex")["handoffs"]["requested"], 0);
}

#[tokio::test]
async fn an_agent_sees_their_own_numbers_and_a_period_or_page_narrows_them() {
    let app = spawn_app().await;
    three_handoffs(&app).await;
    let bob = app.login("bob").await;
    let own = app.get(METRICS, &bob.token).await;
    let own = own.ok("bob asks");
    assert_eq!(own["handoffs"]["requested"], 0, "bob held none: {own}");
    assert_eq!(own["queue"]["waiting"], 0, "{own}");
    app.get(&format!("{METRICS}?agent_id=alice"), &bob.token)
        .await
        .error(403, "forbidden", "an agent asks for a colleague");
    let alice = app.login("alice").await;
    let hers = app.get(METRICS, &alice.token).await;
    assert_eq!(hers.ok("alice asks")["handoffs"]["requested"], 2);

    let carol = app.login("carol").await;
    let page = app
        .get(&format!("{METRICS}?page_id=1002"), &carol.token)
        .await;
    assert_eq!(page.ok("one page")["handoffs"]["requested"], 1);
    let past = app
        .get(
            &format!("{METRICS}?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z"),
            &carol.token,
        )
        .await;
    let past = past.ok("a day long gone");
    assert_eq!(past["handoffs"]["requested"], 0, "{past}");
    assert_eq!(
        past["queue"]["waiting"], 1,
        "the queue is always now: {past}"
    );
}

#[tokio::test]
async fn the_agent_table_comes_as_csv_and_bad_periods_are_refused() {
    let app = spawn_app().await;
    three_handoffs(&app).await;
    let carol = app.login("carol").await;
    let csv = app
        .get(&format!("{METRICS}?format=csv"), &carol.token)
        .await;
    assert_eq!(csv.status, 200, "{}", csv.text);
    assert!(csv
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/csv")));
    let lines: Vec<&str> = csv.text.lines().collect();
    assert_eq!(
        lines[0],
        "agent_id,holds,first_responses,median_first_response_seconds,median_handle_seconds,handle_seconds,online_seconds,available_seconds,busy_seconds,utilization,mean_concurrent,csat_answers,csat_mean"
    );
    assert!(lines[1].starts_with("alice,2,1,"), "{}", csv.text);
    assert_eq!(lines.len(), 2);

    for (query, field) in [
        ("from=yesterday", "from"),
        ("to=2026-13-01T00:00:00Z", "to"),
        ("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from"),
        ("from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"),
        ("format=xml", "format"),
        ("bucket=week", "bucket"),
    ] {
        let r = app.get(&format!("{METRICS}?{query}"), &carol.token).await;
        let message = r.error(400, "invalid_request", query);
        assert!(message.starts_with(field), "{query}: {message}");
    }
    app.get(&format!("{METRICS}?page_id=2001"), &carol.token)
        .await
        .error(403, "page_access_denied", "another company's page");
}

/// Polls the company's numbers (as carol, the admin) until alice's row satisfies `pred`.
async fn alices_row(app: &TestApp, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
    let carol = app.login("carol").await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let r = app.get(METRICS, &carol.token).await;
        let row = r.ok("an admin asks")["agents"]
            .as_array()
            .and_then(|rows| rows.iter().find(|a| a["agent_id"] == "alice"))
            .cloned()
            .unwrap_or(Value::Null);
        if pred(&row) {
            return row;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "alice's row never showed {what}: {}",
            r.text
        );
        tokio::time::sleep(POLL).await;
    }
}

#[tokio::test]
async fn online_time_and_utilization_follow_the_console_and_survive_a_crash() {
    let mut app = spawn_app().await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;

    let mut console = app.ws(&alice).await;
    app.set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await
        .ok("alice claims");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let f = console
        .request("set_availability", json!({"status": "away"}))
        .await;
    assert_eq!(f["type"], "availability_set", "{f}");
    tokio::time::sleep(Duration::from_millis(600)).await;
    console.close().await;

    // Once the end of her presence is written, her online time stops growing.
    let mut row = alices_row(&app, "1.8 s online", |r| {
        r["online_seconds"].as_f64() >= Some(1.7)
    })
    .await;
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        assert!(
            tokio::time::Instant::now() < deadline,
            "her online time keeps growing after the console closed: {row}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
        let again = alices_row(&app, "a row", |r| !r.is_null()).await;
        if again["online_seconds"] == row["online_seconds"] {
            break;
        }
        row = again;
    }
    let (online, available) = (
        row["online_seconds"].as_f64().unwrap_or(0.0),
        row["available_seconds"].as_f64().unwrap_or(0.0),
    );
    assert!((1.1..online - 0.5).contains(&available), "{row}");
    assert!(online < 30.0, "the console closed: {row}");
    // She held the customer through all her available time.
    let utilization = row["utilization"].as_f64().unwrap_or(0.0);
    assert!(utilization > 0.5 && utilization <= 1.0, "{row}");
    assert!(row["busy_seconds"].as_f64() >= Some(1.7), "{row}");

    app.restart().await;
    let after = alices_row(&app, "the same online time", |r| !r.is_null()).await;
    assert_eq!(after["online_seconds"], row["online_seconds"], "{after}");
    assert_eq!(after["available_seconds"], row["available_seconds"]);

    // Bob never opened the console: he has no row.
    let carol = app.login("carol").await;
    let m = app.get(METRICS, &carol.token).await;
    let rows = m.ok("the company")["agents"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(rows.iter().all(|a| a["agent_id"] != "bob"), "{}", m.text);
}

#[tokio::test]
async fn prometheus_histograms_count_claims_answers_and_holds_per_page() {
    let app = spawn_app().await;
    three_handoffs(&app).await;
    let r = app.get_anon("/metrics").await;
    assert_eq!(r.status, 200, "{}", r.text);
    let count = |name: &str, page: &str| {
        let series = format!("{name}_count{{company=\"acme\",page=\"{page}\"}} ");
        r.text
            .lines()
            .find_map(|l| l.strip_prefix(&series))
            .unwrap_or_else(|| panic!("no {series}in {}", r.text))
            .trim()
            .to_owned()
    };
    assert_eq!(count("handoff_time_to_claim_seconds", "1001"), "1");
    assert_eq!(count("handoff_time_to_claim_seconds", "1002"), "1");
    assert_eq!(count("handoff_first_response_seconds", "1001"), "1");
    assert_eq!(count("handoff_handle_seconds", "1001"), "1");
    assert_eq!(count("handoff_handle_seconds", "1002"), "1");
    assert!(
        !r.text.contains("customer=") && !r.text.contains("customer_id="),
        "no label names a customer: {}",
        r.text
    );
}

/// The value of the series `series` (name and labels) in a Prometheus exposition.
fn sample(text: &str, series: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix(series).and_then(|v| v.strip_prefix(' ')))
        .unwrap_or_else(|| panic!("no {series} in {text}"))
        .trim()
        .to_owned()
}

#[tokio::test]
async fn prometheus_gauges_show_the_queue_per_page_and_agents_by_presence() {
    let app = spawn_app().await;
    let waiting = three_handoffs(&app).await;
    let alice = app.login("alice").await;
    let queue = |page: &str, state: &str| {
        format!("handoff_queue_customers{{company=\"acme\",page=\"{page}\",state=\"{state}\"}}")
    };
    let agents = |status: &str| format!("handoff_agents{{company=\"acme\",status=\"{status}\"}}");

    let r = app.get_anon("/metrics").await;
    assert_eq!(sample(&r.text, &queue("1001", "waiting")), "1");
    assert_eq!(sample(&r.text, &queue("1001", "held")), "0");
    assert_eq!(sample(&r.text, &queue("1002", "waiting")), "0");
    assert_eq!(
        sample(&r.text, &agents("offline")),
        "3",
        "alice, bob and carol"
    );
    assert_eq!(
        sample(
            &r.text,
            "handoff_queue_customers{company=\"globex\",page=\"2001\",state=\"waiting\"}"
        ),
        "0"
    );

    let mut console = app.ws(&alice).await;
    app.set_agent(&alice.token, "1001", &waiting, json!("alice"))
        .await
        .ok("alice claims");
    let r = app.get_anon("/metrics").await;
    assert_eq!(sample(&r.text, &queue("1001", "waiting")), "0");
    assert_eq!(sample(&r.text, &queue("1001", "held")), "1");
    assert_eq!(sample(&r.text, &agents("available")), "1");
    assert_eq!(sample(&r.text, &agents("offline")), "2");
    console
        .request("set_availability", json!({"status": "away"}))
        .await;
    let r = app.get_anon("/metrics").await;
    assert_eq!(sample(&r.text, &agents("away")), "1");
    assert_eq!(sample(&r.text, &agents("available")), "0");
}

#[tokio::test]
async fn the_demo_company_is_measured_against_its_targets() {
    let app = spawn_app_with(AppOptions {
        demo: true,
        ..AppOptions::default()
    })
    .await;
    let said = app
        .http
        .post(app.url("/simulator/api/messages"))
        .json(&json!({"customer_id": "sim-sla", "text": "I want to talk to a human"}))
        .send()
        .await
        .expect("simulator");
    assert_eq!(said.status(), 200);
    let login = app.login_raw("bob@demo.test", "demo-bob").await;
    let token = login.ok("the demo admin")["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let m = app.get(METRICS, &token).await;
    let sla = &m.ok("the demo's numbers")["sla"];
    assert_eq!(sla["claim"]["target_seconds"], 120, "{sla}");
    assert_eq!(sla["first_response"]["target_seconds"], 300, "{sla}");
    assert_eq!(sla["claim"]["pending"], 1, "the customer just asked: {sla}");
    assert_eq!(sla["claim"]["met_rate"], Value::Null, "{sla}");
}

/// The due entry of `psid` in `/api/dashboard/deadlines`, if any.
async fn due_of(app: &TestApp, token: &str, psid: &str) -> (Value, Option<Value>) {
    let r = app.get("/api/dashboard/deadlines", token).await;
    let body = r.ok("deadlines").clone();
    let entry = body["due"]
        .as_array()
        .and_then(|due| due.iter().find(|d| d["customer_id"] == psid))
        .cloned();
    (body, entry)
}

#[tokio::test]
async fn a_waiting_customer_is_due_a_claim_then_an_answer_and_breaches_a_missed_target() {
    let app = spawn_app().await;
    // globex's targets: a claim within 2 s, a first response within an hour.
    let gina = app.login("gina").await;
    let psid = new_psid();
    let asked = app.request_help(&gina.token, "2001", &psid).await;
    let requested =
        chrono::DateTime::parse_from_rfc3339(asked["stopped_at"].as_str().expect("stopped_at"))
            .expect("a time");

    let (body, due) = due_of(&app, &gina.token, &psid).await;
    assert_eq!(body["claim_seconds"], 2, "{body}");
    assert_eq!(body["first_response_seconds"], 3600, "{body}");
    assert_eq!(body["at_risk_share"], 0.25, "{body}");
    let due = due.unwrap_or_else(|| panic!("the customer is due a claim: {body}"));
    assert_eq!(due["target"], "claim", "{due}");
    assert_eq!(due["target_seconds"], 2, "{due}");
    let due_at = chrono::DateTime::parse_from_rfc3339(due["due_at"].as_str().expect("due_at"))
        .expect("a time");
    assert_eq!(due_at - requested, chrono::TimeDelta::seconds(2), "{due}");

    tokio::time::sleep(Duration::from_millis(2100)).await;
    let (body, due) = due_of(&app, &gina.token, &psid).await;
    assert_eq!(
        due.map(|d| d["mark"].clone()),
        Some(json!("breached")),
        "{body}"
    );
    let gus = app.login("gus").await;
    let m = app.get(METRICS, &gus.token).await;
    assert_eq!(
        m.ok("globex's numbers")["queue"]["breached"],
        1,
        "{}",
        m.text
    );

    // Claimed late: the first response is next, an hour from the request.
    app.set_agent(&gina.token, "2001", &psid, json!("gina"))
        .await
        .ok("gina claims");
    let (body, due) = due_of(&app, &gina.token, &psid).await;
    let due = due.unwrap_or_else(|| panic!("due an answer: {body}"));
    assert_eq!(due["target"], "first_response", "{due}");
    assert_eq!(due["mark"], Value::Null, "{due}");

    // Answered: nothing is due.
    app.send_rest(&gina.token, "2001", &psid, "Hi, Gina here")
        .await
        .ok("gina answers");
    let deadline = tokio::time::Instant::now() + WAIT;
    while due_of(&app, &gina.token, &psid).await.1.is_some() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "still due after the answer"
        );
        tokio::time::sleep(POLL).await;
    }

    // acme sets no targets: nothing is ever due there.
    let alice = app.login("alice").await;
    let other = new_psid();
    app.request_help(&alice.token, "1001", &other).await;
    let (body, due) = due_of(&app, &alice.token, &other).await;
    assert!(due.is_none(), "{body}");
    assert_eq!(body["claim_seconds"], Value::Null, "{body}");
    // And acme never sees globex's customers.
    assert!(
        body["due"].as_array().is_some_and(|d| d.is_empty()),
        "{body}"
    );
}

#[tokio::test]
async fn the_bot_contains_the_conversations_nobody_handed_off_and_the_count_survives_a_crash() {
    let mut app = spawn_app().await;
    let alice = app.login("alice").await;
    // One customer only talks to the bot, twice in one conversation; another asks for a
    // person; a third, on the other page, only talks to the bot.
    let (chatty, asking, other) = (new_psid(), new_psid(), new_psid());
    app.plain_customer(&alice.token, "1001", &chatty).await;
    app.customer_says("1001", &chatty, "and do you ship abroad?")
        .await;
    app.request_help(&alice.token, "1001", &asking).await;
    app.plain_customer(&alice.token, "1002", &other).await;
    app.wait_for_customer(&alice.token, "1001", &chatty, "two messages", |c| {
        c["message_count"] == 2
    })
    .await;

    let carol = app.login("carol").await;
    let bot = |m: &Value| m["bot"].clone();
    let expected = json!({
        "conversations": 3, "handed_off": 1, "contained": 2,
        "containment_rate": 2.0 / 3.0, "handoffs_per_100": 100.0 / 3.0,
    });
    let m = app.get(METRICS, &carol.token).await;
    assert_eq!(bot(m.ok("the company")), expected, "{}", m.text);
    let page = app
        .get(&format!("{METRICS}?page_id=1002"), &carol.token)
        .await;
    assert_eq!(
        bot(page.ok("one page")),
        json!({"conversations": 1, "handed_off": 0, "contained": 1, "containment_rate": 1.0, "handoffs_per_100": 0.0})
    );

    app.restart().await;
    let carol = app.login("carol").await;
    let m = app.get(METRICS, &carol.token).await;
    assert_eq!(bot(m.ok("after the crash")), expected, "{}", m.text);
}

/// The demo admin's token.
async fn demo_admin(app: &TestApp) -> String {
    let login = app.login_raw("bob@demo.test", "demo-bob").await;
    login.ok("the demo admin")["token"]
        .as_str()
        .expect("token")
        .to_owned()
}

#[tokio::test]
async fn a_new_demo_starts_with_three_hours_of_history_replayed_once() {
    let mut app = spawn_app_with(AppOptions {
        demo: true,
        env: vec![("HANDOFF_DEMO_HISTORY".into(), "1".into())],
        ..AppOptions::default()
    })
    .await;
    let token = demo_admin(&app).await;
    let m = app.get(METRICS, &token).await;
    let m = m.ok("the demo's numbers").clone();
    // Seven customers: two helped and rated, one abandoned, one held, one waiting, two
    // who only talked to the bot.
    assert_eq!(
        m["handoffs"],
        json!({"requested": 5, "claimed": 4, "responded": 3, "helped": 2, "abandoned": 1, "open": 2}),
        "{m}"
    );
    assert_eq!(
        (m["queue"]["waiting"].clone(), m["queue"]["held"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(m["csat"]["answered"], 2, "{m}");
    assert_eq!(m["csat"]["mean_score"], 4.5, "{m}");
    assert_eq!(m["bot"]["conversations"], 7, "{m}");
    assert_eq!(m["bot"]["contained"], 2, "{m}");
    assert!(
        m["sla"]["claim"]["breached"].as_u64() >= Some(1),
        "a missed target: {m}"
    );
    let agents = m["agents"].as_array().cloned().unwrap_or_default();
    let alice = agents
        .iter()
        .find(|a| a["agent_id"] == "demo-alice")
        .unwrap_or_else(|| panic!("alice's row: {m}"));
    // Console open 100 minutes, away for 25 of them.
    assert_eq!(
        alice["online_seconds"].as_f64().map(f64::round),
        Some(6000.0),
        "{alice}"
    );
    assert_eq!(
        alice["available_seconds"].as_f64().map(f64::round),
        Some(4500.0),
        "{alice}"
    );
    // The history lies in the past: the first request three hours ago, the last minutes ago.
    let hour = app.get(&format!("{METRICS}?bucket=hour"), &token).await;
    let requested: u64 = hour.ok("by hour")["buckets"]
        .as_array()
        .map(|b| b.iter().filter_map(|r| r["requested"].as_u64()).sum())
        .unwrap_or(0);
    assert_eq!(requested, 5);

    // A restart keeps the demo's store and replays nothing again.
    app.restart().await;
    let token = demo_admin(&app).await;
    let again = app.get(METRICS, &token).await;
    assert_eq!(again.ok("after a restart")["handoffs"]["requested"], 5);
}
