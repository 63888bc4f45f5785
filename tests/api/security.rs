//! Abuse and leaks: page tokens never reach the log, a login flood stays within memory and
//! leaves the server responsive, refusals decided before any conversation are audited,
//! client input in the log can neither forge lines nor flood it, absurd paging is refused,
//! and a failed login takes as long for a known email as for an unknown one.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::db_proxy::{setup_with, Action, Command, Setup};
use crate::helpers::{
    assert_ws_error, hmac_hex, new_psid, spawn_app, spawn_app_with, AppOptions, APP_SECRET, WAIT,
};

#[tokio::test]
async fn page_tokens_and_forged_lines_never_reach_the_log() {
    // Facebook cannot be reached: every Graph call fails and is logged.
    let app = spawn_app_with(AppOptions {
        keep_log: true,
        env: vec![
            ("GRAPH_API_BASE".into(), "http://127.0.0.1:9/v25.0".into()),
            ("RUST_LOG".into(), "debug".into()),
        ],
        ..AppOptions::default()
    })
    .await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    let r = app.send_rest(&alice.token, "1001", &psid, "Hello?").await;
    assert_eq!(r.status, 502, "{}", r.text);
    // A login whose email would forge a log line, or flood the log.
    let forged = format!("x\nFORGED handoff started{}", "y".repeat(10_000));
    let r = app.login_raw(&forged, "wrong").await;
    assert_eq!(r.status, 401, "{}", r.text);
    tokio::time::sleep(Duration::from_millis(500)).await;

    let log = app.log();
    assert!(
        log.contains("Graph API request failed"),
        "the failures are logged: {}",
        log.len()
    );
    let token = &app.tenants.company("acme").pages[0].token;
    let proof = hmac_hex(APP_SECRET.as_bytes(), token.as_bytes());
    assert!(
        !log.contains(token.as_str()),
        "the page token is in the log"
    );
    assert!(!log.contains(&proof), "the appsecret_proof is in the log");
    assert!(
        !log.lines().any(|l| l.starts_with("FORGED")),
        "a client's input forged a log line"
    );
    assert!(
        log.lines().all(|l| l.chars().count() < 4_000),
        "a client's input flooded a log line"
    );
}

/// The server's peak resident memory (Linux), in bytes.
fn peak_rss(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib * 1024)
}

#[tokio::test]
async fn a_login_flood_stays_within_memory_and_leaves_the_server_responsive() {
    let app = spawn_app().await;
    // The server is up and the model trained (it trains at start, in the background).
    app.login("alice").await;

    let health = {
        let (http, url) = (app.http.clone(), app.url("/healthz"));
        tokio::spawn(async move {
            let mut slowest = Duration::ZERO;
            let until = Instant::now() + Duration::from_secs(6);
            while Instant::now() < until {
                let asked = Instant::now();
                let ok = http.get(&url).send().await.is_ok_and(|r| r.status() == 200);
                assert!(ok, "/healthz failed during the flood");
                slowest = slowest.max(asked.elapsed());
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            slowest
        })
    };
    let attempts: Vec<_> = (0..300)
        .map(|i| {
            let (http, url) = (app.http.clone(), app.url("/api/auth/login"));
            tokio::spawn(async move {
                let body = json!({"email": format!("nobody{i}-{}@flood.test", new_psid()),
                    "password": "guess"});
                http.post(&url)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for attempt in attempts {
        statuses.push(attempt.await.unwrap().expect("answered"));
    }
    let slowest = health.await.unwrap();
    let peak = peak_rss(app.pid());
    statuses.sort_unstable();
    statuses.dedup();
    assert!(
        statuses.iter().all(|s| [401, 429, 503].contains(s)),
        "{statuses:?}"
    );
    assert!(
        peak < 1024 * 1024 * 1024,
        "peak resident memory {} MiB",
        peak / (1024 * 1024)
    );
    assert!(
        slowest < Duration::from_secs(2),
        "/healthz took {slowest:?}"
    );
}

/// The audit entries of `agent` as `admin` reads them: (action, result, page, customer).
async fn audited(
    app: &crate::helpers::TestApp,
    admin: &str,
    agent: &str,
) -> Vec<(String, String, Value, Value)> {
    let r = app
        .get(
            &format!("/api/dashboard/audit?agent_id={agent}&limit=200"),
            admin,
        )
        .await;
    r.ok("audit")["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or_default().to_owned(),
                e["result"].as_str().unwrap_or_default().to_owned(),
                e["page_id"].clone(),
                e["customer_id"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn refusals_decided_before_the_conversation_are_audited() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let carol = app.login("carol").await;
    let gina = app.login("gina").await;
    let gus = app.login("gus").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;

    // Another company's page, over REST and over the WebSocket.
    app.set_agent(&gina.token, "1001", &psid, json!("gina"))
        .await
        .error(403, "page_access_denied", "gina on acme's page");
    let mut ws = app.ws(&gina).await;
    let r = ws
        .request(
            "get_conversation",
            json!({"customer_id": psid, "page_id": "1001"}),
        )
        .await;
    assert_ws_error(&r, "page_access_denied", "gina reads acme's customer");
    let entries = audited(&app, &gus.token, "gina").await;
    for action in ["assign", "read_customer"] {
        assert!(
            entries.contains(&(
                action.to_owned(),
                "page_access_denied".to_owned(),
                json!("1001"),
                json!(psid)
            )),
            "{action} in {entries:?}"
        );
    }

    // A transfer by a non-admin, and to another company's agent.
    app.set_agent(&alice.token, "1001", &psid, json!("bob"))
        .await
        .error(403, "forbidden", "alice transfers");
    app.set_agent(&carol.token, "1001", &psid, json!("gina"))
        .await
        .error(400, "invalid_request", "carol transfers to globex");
    let by_alice = audited(&app, &carol.token, "alice").await;
    assert!(
        by_alice.contains(&(
            "transfer".into(),
            "forbidden".into(),
            json!("1001"),
            json!(psid)
        )),
        "{by_alice:?}"
    );
    let by_carol = audited(&app, &carol.token, "carol").await;
    assert!(
        by_carol.contains(&(
            "transfer".into(),
            "invalid_request".into(),
            json!("1001"),
            json!(psid)
        )),
        "{by_carol:?}"
    );
    // Nothing of it in the other company's log.
    assert!(audited(&app, &carol.token, "gina").await.is_empty());
}

#[tokio::test]
async fn paging_past_any_list_is_a_bad_request() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let carol = app.login("carol").await;
    for path in [
        "/api/dashboard/customers?skip=18446744073709551615",
        "/api/dashboard/customers?skip=99999999999",
    ] {
        app.get(path, &alice.token)
            .await
            .error(400, "invalid_request", path);
    }
    app.get(
        "/api/dashboard/audit?skip=18446744073709551615",
        &carol.token,
    )
    .await
    .error(400, "invalid_request", "audit");
    let mut ws = app.ws(&alice).await;
    let r = ws
        .request(
            "get_stopped_customers",
            json!({"skip": 18_446_744_073_709_551_615_u64}),
        )
        .await;
    assert_ws_error(&r, "invalid_request", "get_stopped_customers");
}

/// A failed login for a known email writes an audit entry; it must not be answered later
/// than one for an unknown email, or the timing tells which emails exist.
#[tokio::test]
async fn a_failed_login_for_a_known_email_does_not_wait_for_its_audit_entry() {
    let Some(Setup { app, proxy, _db }) = setup_with("the login timing test", Vec::new()).await
    else {
        return;
    };
    app.login("alice").await;
    // The audit log stops acknowledging writes.
    proxy.rule(None, Action::Stall, |c: &Command| c.is("insert", "audit"));
    let email = app.tenants.agent("alice").email.clone();
    let attempt = app.login_raw(&email, "not her password");
    let r = tokio::time::timeout(WAIT / 4, attempt)
        .await
        .expect("answered without waiting for the audit log");
    assert_eq!(r.status, 401, "{}", r.text);
    proxy.clear_rules();
    proxy.release_stalled();
}

#[tokio::test]
async fn metrics_need_their_token_and_pages_elsewhere_change_nothing() {
    let app = spawn_app_with(AppOptions {
        env: vec![("HANDOFF_METRICS_TOKEN".into(), "metrics-secret-7".into())],
        ..AppOptions::default()
    })
    .await;
    let r = app.get_anon("/metrics").await;
    assert_eq!(r.status, 401, "/metrics without its token: {}", r.text);
    let r = app.get("/metrics", "not-it").await;
    assert_eq!(r.status, 401, "/metrics with a wrong token: {}", r.text);
    let r = app.get("/metrics", "metrics-secret-7").await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("handoff_"), "{}", r.text);

    // What a page elsewhere could make an agent's browser send: the browser adds that
    // page's `Origin`.
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    let r = app
        .http
        .put(app.url(&format!("/api/dashboard/customers/{psid}/stop")))
        .bearer_auth(&alice.token)
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(json!({"stop": false, "page_id": "1001"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "forbidden", "{body}");
    let r = app
        .http
        .post(app.url("/api/auth/login"))
        .header("origin", "https://evil.example")
        .json(&json!({"email": "alice@acme.test", "password": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let still = app.get_customer(&alice.token, "1001", &psid).await;
    assert_eq!(
        crate::helpers::customer_of(still.ok("customer"))["stop"],
        true
    );
    // The server's own origin, and clients that send none, go through.
    let r = app
        .http
        .put(app.url(&format!("/api/dashboard/customers/{psid}/stop")))
        .bearer_auth(&alice.token)
        .header("origin", app.address.clone())
        .json(&json!({"stop": true, "page_id": "1001"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test]
async fn the_console_is_served_from_the_configured_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "<h1>our own console</h1>").unwrap();
    let app = spawn_app_with(AppOptions {
        env: vec![(
            "HANDOFF_STATIC_DIR".into(),
            dir.path().display().to_string(),
        )],
        ..AppOptions::default()
    })
    .await;
    let r = app.get_anon("/").await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("our own console"), "{}", r.text);
}
