//! The tenants file is the desired state: an agent it no longer lists, or whose password
//! changed, is signed out everywhere and cannot sign in again with what they had; a page
//! it no longer lists is forgotten with its token. Admins can also end an agent's sessions.
//! A production start on a store a demo used leaves no demo login behind.

use std::time::Duration;

use serde_json::Value;

use crate::helpers::{close_code, spawn_app, spawn_app_with, AppOptions, TestApp};

async fn me(app: &TestApp, token: &str) -> u16 {
    app.get("/api/auth/me", token).await.status
}

#[tokio::test]
async fn agents_and_pages_removed_from_the_tenants_file_are_revoked_at_restart() {
    let mut app = spawn_app().await;
    let bob = app.login("bob").await;
    let alice = app.login("alice").await;
    let carol = app.login("carol").await;
    let old_alice = app.tenants.agent("alice").clone();
    let old_bob = app.tenants.agent("bob").clone();

    app.restart_with_tenants(|tenants| {
        let acme = &mut tenants.companies[0];
        acme.agents.retain(|a| a.id != "bob");
        acme.pages.retain(|p| p.id != "1002");
        let alice = acme
            .agents
            .iter_mut()
            .find(|a| a.id == "alice")
            .expect("alice");
        alice.password = "a brand new passphrase".into();
    })
    .await;

    assert_eq!(
        me(&app, &bob.token).await,
        401,
        "a removed agent's old session"
    );
    let r = app.login_raw(&old_bob.email, &old_bob.password).await;
    assert_eq!(r.status, 401, "a removed agent signs in: {}", r.text);

    assert_eq!(
        me(&app, &alice.token).await,
        401,
        "a re-passworded agent's old session"
    );
    let r = app.login_raw(&old_alice.email, &old_alice.password).await;
    assert_eq!(r.status, 401, "the old password: {}", r.text);
    let r = app
        .login_raw(&old_alice.email, "a brand new passphrase")
        .await;
    assert_eq!(r.status, 200, "the new password: {}", r.text);

    assert_eq!(
        me(&app, &carol.token).await,
        200,
        "an unchanged agent keeps her session"
    );
    let pages = app.get("/api/dashboard/pages", &carol.token).await;
    let listed: Vec<&str> = pages.ok("pages")["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(listed, ["1001"], "the removed page is forgotten");
    let r = app
        .get("/api/dashboard/customers?page_id=1002", &carol.token)
        .await;
    r.error(403, "page_access_denied", "a removed page");

    // A restart on the same file changes nothing more.
    let alice = app
        .login_raw(&old_alice.email, "a brand new passphrase")
        .await;
    let token = alice.body["token"].as_str().expect("token").to_owned();
    app.restart().await;
    assert_eq!(
        me(&app, &token).await,
        200,
        "an unchanged file ends nothing"
    );
}

#[tokio::test]
async fn an_admin_ends_an_agents_sessions_and_it_is_audited() {
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

    let app = spawn_app().await;
    let first = app.login("alice").await;
    let second = app.login("alice").await;
    let bob = app.login("bob").await;
    let carol = app.login("carol").await;
    let (mut stream, _) = tokio_tungstenite::connect_async(app.ws_request(Some(&first.token)))
        .await
        .expect("upgrade");
    let mut bobs = app.ws(&bob).await;

    // Not an admin; not an agent of the admin's company.
    let r = app
        .request(
            reqwest::Method::DELETE,
            "/api/dashboard/agents/alice/sessions",
            Some(&bob.token),
            None,
        )
        .await;
    r.error(403, "forbidden", "an agent ends a colleague's sessions");
    let r = app
        .request(
            reqwest::Method::DELETE,
            "/api/dashboard/agents/gina/sessions",
            Some(&carol.token),
            None,
        )
        .await;
    r.error(400, "invalid_request", "another company's agent");
    assert_eq!(me(&app, &first.token).await, 200);

    let r = app
        .request(
            reqwest::Method::DELETE,
            "/api/dashboard/agents/alice/sessions",
            Some(&carol.token),
            None,
        )
        .await;
    assert_eq!(r.ok("end sessions")["agent_id"], "alice");
    let close = close_code(&mut stream, Duration::from_secs(10), "after end_sessions").await;
    assert_eq!(close, Some(CloseCode::Policy), "close code 1008");
    assert_eq!(me(&app, &first.token).await, 401);
    assert_eq!(me(&app, &second.token).await, 401);
    assert_eq!(me(&app, &bob.token).await, 200, "bob keeps his session");
    bobs.ping().await;
    let again = app.login("alice").await;
    assert_eq!(me(&app, &again.token).await, 200, "alice may sign in again");

    let audit = app
        .get("/api/dashboard/audit?limit=200", &carol.token)
        .await;
    let entries: Vec<&Value> = audit.ok("audit")["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["action"] == "end_sessions")
        .collect();
    let outcomes: Vec<(String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["agent_id"].as_str().unwrap_or_default().to_owned(),
                e["result"].as_str().unwrap_or_default().to_owned(),
                e["detail"]["target_agent_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect();
    for expected in [
        ("bob", "forbidden", "alice"),
        ("carol", "invalid_request", "gina"),
        ("carol", "ok", "alice"),
    ] {
        let expected = (
            expected.0.to_owned(),
            expected.1.to_owned(),
            expected.2.to_owned(),
        );
        assert!(outcomes.contains(&expected), "{expected:?} in {outcomes:?}");
    }
}

#[tokio::test]
async fn a_production_start_on_a_demo_store_leaves_no_demo_login() {
    for tenants_file in [false, true] {
        let mut app = spawn_app_with(AppOptions {
            demo: true,
            ..AppOptions::default()
        })
        .await;
        let r = app.login_raw("bob@demo.test", "demo-bob").await;
        assert_eq!(
            r.status, 200,
            "the demo admin signs in to the demo: {}",
            r.text
        );
        let token = r.body["token"].as_str().expect("token").to_owned();

        app.restart_in_production(tenants_file).await;
        let r = app.login_raw("bob@demo.test", "demo-bob").await;
        assert_eq!(
            r.status, 401,
            "the demo admin in production (tenants file: {tenants_file}): {}",
            r.text
        );
        assert_eq!(me(&app, &token).await, 401, "the demo admin's session");
        let alice = app.login("alice").await;
        assert_eq!(me(&app, &alice.token).await, 200);
    }
}
