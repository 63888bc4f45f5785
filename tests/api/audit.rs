use serde_json::{json, Value};

use crate::helpers::{new_psid, parse_ts, spawn_app, TestApp, WAIT};

/// A predicate recognising one kind of audit entry.
type Check<'a> = Box<dyn Fn(&Value) -> bool + 'a>;

fn entries(v: &Value) -> Vec<Value> {
    v["entries"]
        .as_array()
        .unwrap_or_else(|| panic!("`entries` is not an array: {v}"))
        .clone()
}

fn succeeded(e: &Value) -> bool {
    let result = e["result"]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let action = e["action"]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase();
    ["ok", "success", "succeeded", "allowed"].contains(&result.as_str()) && !action.contains("fail")
}

fn action(e: &Value) -> String {
    e["action"]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Polls the audit log until `pred` holds over the entries (the log may be written
/// asynchronously).
async fn wait_for_audit(
    app: &TestApp,
    token: &str,
    query: &str,
    what: &str,
    pred: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let r = app
            .get(&format!("/api/dashboard/audit?{query}"), token)
            .await;
        let list = entries(r.ok("GET /api/dashboard/audit"));
        if pred(&list) {
            return list;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("timed out waiting for audit entries: {what}; got {list:#?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn audit_log_is_admin_only_and_records_every_action() {
    let app = spawn_app().await;
    let alice_creds = app.tenants.agent("alice").clone();
    app.login_raw(&alice_creds.email, "wrong password")
        .await
        .error(401, "invalid_credentials", "failed login");
    let alice = app.login("alice").await;
    let bob = app.login("bob").await;
    let carol = app.login("carol").await;

    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await
        .ok("assign");
    app.set_agent(&alice.token, "1001", &psid, Value::Null)
        .await
        .ok("unassign");
    app.send_rest(&alice.token, "1001", &psid, "audited message")
        .await
        .ok("send");
    app.set_stop(&alice.token, "1001", &psid, false)
        .await
        .ok("stop change");

    app.get("/api/dashboard/audit", &bob.token).await.error(
        403,
        "forbidden",
        "a non-admin reads the audit log",
    );

    let is_alice = |e: &Value| {
        e["agent_id"] == "alice"
            && e["agent_name"] == "Alice Smith"
            && e["agent_email"] == "alice@acme.test"
    };
    let on_customer = |e: &Value| e["customer_id"] == psid.as_str() && e["page_id"] == "1001";
    let kinds: Vec<(&str, Check)> = vec![
        (
            "login",
            Box::new(|e: &Value| is_alice(e) && action(e).contains("login") && succeeded(e)),
        ),
        (
            "failed login",
            Box::new(|e: &Value| is_alice(e) && action(e).contains("login") && !succeeded(e)),
        ),
        (
            "assign",
            Box::new(|e: &Value| {
                is_alice(e)
                    && on_customer(e)
                    && action(e).contains("assign")
                    && !action(e).contains("unassign")
                    && succeeded(e)
            }),
        ),
        (
            "unassign",
            Box::new(|e: &Value| {
                is_alice(e)
                    && on_customer(e)
                    && (action(e).contains("unassign") || action(e).contains("release"))
            }),
        ),
        (
            "send",
            Box::new(|e: &Value| {
                is_alice(e)
                    && on_customer(e)
                    && (action(e).contains("send") || action(e).contains("message"))
                    && succeeded(e)
            }),
        ),
        (
            "stop change",
            Box::new(|e: &Value| is_alice(e) && on_customer(e) && action(e).contains("stop")),
        ),
    ];
    let list = wait_for_audit(
        &app,
        &carol.token,
        "limit=200",
        "all of alice's actions",
        |l| kinds.iter().all(|(_, k)| l.iter().any(k)),
    )
    .await;
    for (name, k) in &kinds {
        let e = list
            .iter()
            .find(|e| k(e))
            .unwrap_or_else(|| panic!("no {name} entry in {list:#?}"));
        parse_ts(&e["at"], &format!("`at` of the {name} entry"));
        assert!(e["result"].is_string(), "{name} entry has a result: {e}");
    }

    // Filters and paging.
    let r = app
        .get(
            "/api/dashboard/audit?agent_id=alice&limit=200",
            &carol.token,
        )
        .await;
    let body = r.ok("audit filtered by agent").clone();
    let by_alice = entries(&body);
    assert!(!by_alice.is_empty(), "{body}");
    assert!(by_alice.iter().all(|e| e["agent_id"] == "alice"), "{body}");
    assert!(
        body["total"]
            .as_u64()
            .is_some_and(|t| t as usize >= by_alice.len()),
        "{body}"
    );

    let r = app
        .get(
            &format!("/api/dashboard/audit?customer_id={psid}&limit=200"),
            &carol.token,
        )
        .await;
    let by_customer = entries(r.ok("audit filtered by customer"));
    assert!(by_customer.len() >= 4, "{by_customer:#?}");
    assert!(
        by_customer
            .iter()
            .all(|e| e["customer_id"] == psid.as_str()),
        "{by_customer:#?}"
    );

    let r = app.get("/api/dashboard/audit?limit=1", &carol.token).await;
    let body = r.ok("audit limit=1").clone();
    assert_eq!(entries(&body).len(), 1, "{body}");
    assert!(body["total"].as_u64().is_some_and(|t| t >= 6), "{body}");

    // Another company's admin sees none of it.
    let gus = app.login("gus").await;
    let r = app.get("/api/dashboard/audit?limit=200", &gus.token).await;
    let theirs = entries(r.ok("globex audit"));
    assert!(
        theirs
            .iter()
            .all(|e| e["agent_id"] != "alice" && e["customer_id"] != psid.as_str()),
        "globex's audit shows acme's actions: {theirs:#?}"
    );
}

#[tokio::test]
async fn agents_list_shows_status_and_assigned_count() {
    let app = spawn_app().await;
    let (alice, bob, mut ws_alice, mut ws_bob) = app.two_agents("alice", "bob").await;
    ws_bob.ping().await;

    let psid = new_psid();
    app.request_help(&alice.token, "1001", &psid).await;
    app.set_agent(&alice.token, "1001", &psid, json!("alice"))
        .await
        .ok("assign");
    let f = ws_alice
        .request("set_availability", json!({"status": "away"}))
        .await;
    assert_eq!(f["type"], "availability_set", "{f}");

    let r = app.get("/api/dashboard/agents", &bob.token).await;
    let body = r.ok("GET /api/dashboard/agents").clone();
    let agents = body
        .as_array()
        .or_else(|| body["agents"].as_array())
        .unwrap_or_else(|| panic!("no agent list in {body}"))
        .clone();
    let mut listed: Vec<&str> = agents.iter().filter_map(|a| a["id"].as_str()).collect();
    listed.sort_unstable();
    assert_eq!(
        listed,
        vec!["alice", "bob", "carol"],
        "only acme's agents: {body}"
    );
    for a in &agents {
        assert!(
            ["available", "away", "offline"].contains(&a["status"].as_str().unwrap_or_default()),
            "{a}"
        );
        assert!(a["assigned_count"].is_u64(), "{a}");
        assert!(
            !a.to_string().to_lowercase().contains("password"),
            "agent listing leaks password material: {a}"
        );
    }
    let get = |id: &str| agents.iter().find(|a| a["id"] == id).cloned().unwrap();
    assert_eq!(get("alice")["status"], "away", "{body}");
    assert_eq!(get("alice")["assigned_count"], 1, "{body}");
    assert_eq!(
        get("bob")["status"],
        "available",
        "connected, no status set: {body}"
    );
    assert_eq!(get("bob")["assigned_count"], 0, "{body}");
    assert_eq!(get("carol")["status"], "offline", "never connected: {body}");
}
