use serde_json::{json, Value};

use crate::helpers::{
    assert_ws_error, customer_of, frame_type, new_psid, spawn_app, TestApp, HUMAN_REQUEST,
};

fn ids(v: &Value) -> Vec<String> {
    v["customers"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c["customer_id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn another_company_can_neither_see_nor_touch_customers() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let gina = app.login("gina").await;
    let acme_c = new_psid();
    let globex_c = new_psid();
    app.request_help(&alice.token, "1001", &acme_c).await;
    app.request_help(&gina.token, "2001", &globex_c).await;

    // REST reads.
    app.get_customer(&gina.token, "1001", &acme_c).await.error(
        403,
        "page_access_denied",
        "gina reads via acme's page",
    );
    app.get(&TestApp::customer_path(&acme_c, None), &gina.token)
        .await
        .error(404, "customer_not_found", "gina reads acme's customer");
    app.get_customer(&gina.token, "2001", &acme_c).await.error(
        404,
        "customer_not_found",
        "gina reads acme's customer via her page",
    );
    let msg = app
        .get("/api/dashboard/customers?page_id=1001", &gina.token)
        .await
        .error(403, "page_access_denied", "gina lists acme's page");
    assert_eq!(msg, "Page access denied");
    let list = app.list_customers(&gina.token, "").await;
    assert_eq!(ids(&list), vec![globex_c.clone()], "{list}");
    assert_eq!(list["total"], 1, "{list}");
    let list = app.list_customers(&alice.token, "").await;
    assert_eq!(ids(&list), vec![acme_c.clone()], "{list}");
    app.get_customer(&alice.token, "2001", &globex_c)
        .await
        .error(403, "page_access_denied", "alice reads via globex's page");

    // REST writes.
    let no_page = |path: &str| format!("/api/dashboard/customers/{acme_c}/{path}");
    app.put(&no_page("agent"), &gina.token, json!({"agent_id": "gina"}))
        .await
        .error(404, "customer_not_found", "gina assigns acme's customer");
    app.set_agent(&gina.token, "1001", &acme_c, json!("gina"))
        .await
        .error(403, "page_access_denied", "gina assigns via acme's page");
    app.post(
        &no_page("message"),
        &gina.token,
        json!({"message": "hi from globex"}),
    )
    .await
    .error(404, "customer_not_found", "gina writes to acme's customer");
    app.send_rest(&gina.token, "1001", &acme_c, "hi from globex")
        .await
        .error(403, "page_access_denied", "gina writes via acme's page");
    app.put(&no_page("stop"), &gina.token, json!({"stop": false}))
        .await
        .error(404, "customer_not_found", "gina changes stop");
    app.post(&no_page("toggle-stop"), &gina.token, json!({}))
        .await
        .error(404, "customer_not_found", "gina toggles stop");

    // WebSocket.
    let mut ws = app.ws(&gina).await;
    let f = ws
        .request(
            "assign_agent",
            json!({"customer_id": acme_c, "page_id": "1001"}),
        )
        .await;
    assert_eq!(
        assert_ws_error(&f, "page_access_denied", "ws assign via acme's page"),
        "Page access denied"
    );
    let f = ws
        .request(
            "assign_agent",
            json!({"customer_id": acme_c, "page_id": "2001"}),
        )
        .await;
    assert_ws_error(&f, "customer_not_found", "ws assign via her own page");
    let f = ws
        .request(
            "get_conversation",
            json!({"customer_id": acme_c, "page_id": "2001"}),
        )
        .await;
    assert_eq!(
        assert_ws_error(&f, "customer_not_found", "ws conversation"),
        "Customer not found"
    );
    let f = ws
        .request(
            "get_conversation",
            json!({"customer_id": acme_c, "page_id": "1001"}),
        )
        .await;
    assert_ws_error(&f, "page_access_denied", "ws conversation via acme's page");
    let f = ws
        .request(
            "send_message",
            json!({"customer_id": acme_c, "page_id": "1001", "message": "hi"}),
        )
        .await;
    assert_ws_error(&f, "page_access_denied", "ws send via acme's page");
    let f = ws
        .request(
            "unassign_agent",
            json!({"customer_id": acme_c, "page_id": "2001"}),
        )
        .await;
    assert_ws_error(&f, "customer_not_found", "ws unassign");
    let f = ws.request("get_stopped_customers", json!({})).await;
    assert_eq!(frame_type(&f), "stopped_customers", "{f}");
    assert_eq!(ids(&f["data"]), vec![globex_c.clone()], "{f}");
    let f = ws
        .request("get_stopped_customers", json!({"page_id": "1001"}))
        .await;
    assert_ws_error(&f, "page_access_denied", "ws queue of acme's page");

    // Acme's customer is untouched and Facebook never heard from globex.
    let r = app.get_customer(&alice.token, "1001", &acme_c).await;
    let c = customer_of(r.ok("acme's customer"));
    assert_eq!(c["stop"], true, "{c}");
    assert!(c["agent_id"].is_null(), "{c}");
    assert!(
        app.graph
            .sends_to(&acme_c)
            .iter()
            .all(|m| !m.text.contains("globex")),
        "{:#?}",
        app.graph.sends_to(&acme_c)
    );
}

#[tokio::test]
async fn broadcasts_never_cross_companies() {
    let app = spawn_app().await;
    let (alice, _gina, mut ws_alice, mut ws_gina) = app.two_agents("alice", "gina").await;
    ws_alice.ping().await;
    ws_gina.ping().await;

    let acme_c = new_psid();
    app.customer_says("1001", &acme_c, HUMAN_REQUEST).await;
    ws_alice.expect_broadcast("agent_requested", &acme_c).await;
    let req = json!({"customer_id": acme_c, "page_id": "1001"});
    ws_alice.request("assign_agent", req.clone()).await;
    ws_alice
        .request(
            "send_message",
            json!({"customer_id": acme_c, "page_id": "1001", "message": "acme only"}),
        )
        .await;
    ws_alice
        .request("set_availability", json!({"status": "away"}))
        .await;
    app.set_stop(&alice.token, "1001", &acme_c, false)
        .await
        .ok("stop=false");
    ws_alice
        .expect_broadcast("customer_stop_status_changed", &acme_c)
        .await;

    // Globex's own event reaches gina, and only gina.
    let globex_c = new_psid();
    app.customer_says("2001", &globex_c, HUMAN_REQUEST).await;
    ws_gina.expect_broadcast("agent_requested", &globex_c).await;

    let gina_frames = ws_gina.drain().await;
    let leaked: Vec<&Value> = gina_frames
        .iter()
        .filter(|f| {
            let s = f.to_string();
            s.contains(&acme_c) || s.contains("\"alice\"") || s.contains("acme only")
        })
        .collect();
    assert!(
        leaked.is_empty(),
        "globex received acme's broadcasts: {leaked:#?}"
    );
    assert!(
        ws_gina
            .broadcasts_seen()
            .iter()
            .all(|f| !f.to_string().contains(&acme_c)),
        "{:#?}",
        ws_gina.broadcasts_seen()
    );

    ws_alice.drain().await;
    assert!(
        ws_alice
            .broadcasts_seen()
            .iter()
            .all(|f| !f.to_string().contains(&globex_c)),
        "acme received globex's broadcasts: {:#?}",
        ws_alice.broadcasts_seen()
    );
}
