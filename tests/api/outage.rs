//! MongoDB goes away mid-flight and comes back: nothing panics, nothing unconfirmed is
//! claimed, and service resumes without a restart. Needs nx-27017 (`NX_27017_BIN`, set by
//! tests/all.sh), which this test stops and starts itself.

use serde_json::json;

use crate::helpers::{
    customer_of, message_event, new_psid, now_ms, nx_27017_bin, page_payload, sign, spawn_app_with,
    AppOptions, NxServer, PLAIN_QUESTION, WAIT,
};

#[tokio::test]
async fn a_database_outage_is_reported_and_survived() {
    let Some(bin) = nx_27017_bin() else {
        println!(
            "NX_27017_BIN is not set (tests/all.sh sets it): the outage test needs its own MongoDB"
        );
        return;
    };
    let mut db = NxServer::start(bin).await;
    let app = spawn_app_with(AppOptions {
        mongodb_uri: Some(db.uri()),
        ..AppOptions::default()
    })
    .await;
    let alice = app.login("alice").await;
    let before = new_psid();
    app.request_help(&alice.token, "1001", &before).await;
    let mut ws = app.ws(&alice).await;

    db.stop().await;

    let ready = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 503, "not ready without the database");
    let during = new_psid();
    let event = message_event("1001", &during, "m_outage_1", PLAIN_QUESTION, now_ms());
    let body = serde_json::to_vec(&page_payload("1001", vec![event])).unwrap();
    let signature = sign(&body);
    app.post_webhook_raw(body.clone(), Some(&signature))
        .await
        .error(
            503,
            "store_unavailable",
            "a webhook that could not be recorded (Facebook retries)",
        );
    app.set_agent(&alice.token, "1001", &before, json!(alice.agent_id()))
        .await
        .error(
            503,
            "store_unavailable",
            "an assignment that could not be written",
        );
    let f = ws
        .request(
            "assign_agent",
            json!({"customer_id": before, "page_id": "1001"}),
        )
        .await;
    assert_eq!(f["data"]["code"], "store_unavailable", "{f}");
    ws.ping().await;

    db.resume().await;

    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let ready = app.http.get(app.url("/readyz")).send().await.unwrap();
        if ready.status() == 200 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "ready again once the database is back"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // Facebook's retry of the refused webhook now lands.
    let hook = app.post_webhook_raw(body, Some(&signature)).await;
    assert_eq!(hook.status, 200, "{}", hook.text);
    let r = app.get_customer(&alice.token, "1001", &during).await;
    assert_eq!(
        customer_of(r.ok("recorded after the outage"))["message_count"],
        1
    );
    let assigned = ws
        .request(
            "assign_agent",
            json!({"customer_id": before, "page_id": "1001"}),
        )
        .await;
    assert_eq!(assigned["type"], "agent_assigned", "{assigned}");
    let r = app.get_customer(&alice.token, "1001", &before).await;
    let c = customer_of(r.ok("what was confirmed before the outage"));
    assert_eq!(c["stop"], true);
    assert_eq!(c["agent_id"], alice.agent_id());
}
