//! Demo mode's customer simulator: messages typed as a customer go through the webhook
//! path; the bot's and agents' replies come back to the simulator instead of Facebook.

use serde_json::{json, Value};

use crate::helpers::{customer_of, spawn_app, spawn_app_with, AppOptions, NOTIFIED_TEXT, WAIT};

#[tokio::test]
async fn a_simulated_customer_reaches_an_agent_and_hears_back() {
    let app = spawn_app_with(AppOptions {
        demo: true,
        ..AppOptions::default()
    })
    .await;
    let http = &app.http;
    let said = http
        .post(app.url("/simulator/api/messages"))
        .json(
            &json!({"customer_id": "sim-1", "first_name": "Jamie", "last_name": "Doe",
            "text": "I want to talk to a human"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(said.status(), 200);

    let replies = |after: u64| {
        let url = app.url(&format!(
            "/simulator/api/messages?customer_id=sim-1&after={after}"
        ));
        async move {
            http.get(url)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let got = replies(0).await;
        if got["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"] == NOTIFIED_TEXT)
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the notice reaches the simulator: {got}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    let login = app.login_raw("alice@demo.test", "demo-alice").await;
    let token = login.ok("demo login")["token"].as_str().unwrap().to_owned();
    let body = app
        .wait_for_customer(
            &token,
            "demo-page",
            "sim-1",
            "named by the simulator",
            |c| c["customer_name"] == "Jamie Doe",
        )
        .await;
    assert_eq!(customer_of(&body)["stop"], true);
    app.send_rest(&token, "demo-page", "sim-1", "Hi Jamie, Alice here.")
        .await
        .ok("agent reply");
    let got = replies(1).await;
    let texts: Vec<&str> = got["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        vec!["Hi Jamie, Alice here."],
        "only what came after the first reply"
    );
}

#[tokio::test]
async fn the_simulator_exists_only_in_demo_mode() {
    let app = spawn_app().await;
    let r = app
        .http
        .get(app.url("/simulator/api/messages?customer_id=x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}
