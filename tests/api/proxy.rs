//! Behind a reverse proxy every request comes from the proxy's address: only a trusted
//! proxy's `X-Forwarded-For` tells the clients apart (so one client's bad passwords do not
//! lock everyone out), only its `X-Forwarded-Proto` makes cookies `Secure`, and a forged
//! header from anyone else changes nothing.

use serde_json::json;

use crate::helpers::{spawn_app_with, unique, AppOptions, Resp, TestApp};

const PROXY_ON_THIS_MACHINE: &str = "127.0.0.1";

async fn behind_proxy(trusted: Option<&str>) -> TestApp {
    spawn_app_with(AppOptions {
        env: trusted
            .map(|list| vec![("HANDOFF_TRUSTED_PROXIES".to_owned(), list.to_owned())])
            .unwrap_or_default(),
        ..AppOptions::default()
    })
    .await
}

/// A login as a proxy would forward it, with the forwarding headers given.
async fn login_via(app: &TestApp, email: &str, password: &str, headers: &[(&str, &str)]) -> Resp {
    let mut request = app
        .http
        .post(app.url("/api/auth/login"))
        .json(&json!({"email": email, "password": password}));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    Resp::from_response(request.send().await.expect("login request")).await
}

async fn fail_ten_times(app: &TestApp, headers: impl Fn(usize) -> Vec<(&'static str, String)>) {
    for i in 0..10 {
        let headers = headers(i);
        let borrowed: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        // A different email each time: only the per-address limit is in play.
        let email = format!("{}@nowhere.test", unique("guess"));
        let r = login_via(app, &email, "wrong", &borrowed).await;
        assert_eq!(r.status, 401, "bad password {i}: {}", r.text);
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_clients_bad_passwords_lock_out_only_that_client() {
    let app = behind_proxy(Some(PROXY_ON_THIS_MACHINE)).await;
    let guesser = [("x-forwarded-for", "203.0.113.5")];
    fail_ten_times(&app, |_| {
        vec![("x-forwarded-for", "203.0.113.5".to_owned())]
    })
    .await;
    let r = login_via(&app, "someone@nowhere.test", "wrong", &guesser).await;
    assert_eq!(r.status, 429, "the guesser is throttled: {}", r.text);

    // A colleague behind the same proxy is another client.
    let alice = app.tenants.agent("alice").clone();
    let r = login_via(
        &app,
        &alice.email,
        &alice.password,
        &[("x-forwarded-for", "198.51.100.7")],
    )
    .await;
    assert_eq!(
        r.status, 200,
        "a colleague behind the proxy signs in: {}",
        r.text
    );

    // A chain: the client forged an entry, an inner trusted proxy appended its own peer.
    let r = login_via(
        &app,
        &alice.email,
        &alice.password,
        &[("x-forwarded-for", "198.51.100.99, 203.0.113.5, 127.0.0.1")],
    )
    .await;
    assert_eq!(
        r.status, 429,
        "the guesser cannot hide behind a forged entry: {}",
        r.text
    );
}

#[tokio::test]
async fn forwarding_headers_from_an_untrusted_peer_change_nothing() {
    let app = behind_proxy(None).await;
    // Each attempt claims another address; the server counts the socket peer.
    fail_ten_times(&app, |i| {
        vec![
            ("x-forwarded-for", format!("203.0.113.{i}")),
            ("x-forwarded-proto", "https".to_owned()),
        ]
    })
    .await;
    let r = login_via(
        &app,
        "someone@nowhere.test",
        "wrong",
        &[("x-forwarded-for", "198.51.100.77")],
    )
    .await;
    assert_eq!(
        r.status, 429,
        "a forged X-Forwarded-For escapes nothing: {}",
        r.text
    );

    let fresh = behind_proxy(None).await;
    let alice = fresh.tenants.agent("alice").clone();
    let r = login_via(
        &fresh,
        &alice.email,
        &alice.password,
        &[("x-forwarded-proto", "https")],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let cookie = r.session_cookie();
    assert!(
        !cookie.contains("Secure"),
        "an untrusted peer's X-Forwarded-Proto is not believed: {cookie}"
    );
    assert!(cookie.contains("HttpOnly"), "{cookie}");

    // Forged host: the Origin check compares against the Host header, not X-Forwarded-Host.
    let r = fresh
        .http
        .post(fresh.url("/api/auth/logout"))
        .header("origin", "https://evil.example")
        .header("x-forwarded-host", "evil.example")
        .send()
        .await
        .expect("logout request");
    assert_eq!(
        r.status().as_u16(),
        403,
        "a forged X-Forwarded-Host passes no Origin check"
    );
}

#[tokio::test]
async fn a_trusted_proxy_that_says_https_gets_secure_cookies_and_metrics_stay_private() {
    let app = behind_proxy(Some(PROXY_ON_THIS_MACHINE)).await;
    let alice = app.tenants.agent("alice").clone();
    let r = login_via(
        &app,
        &alice.email,
        &alice.password,
        &[
            ("x-forwarded-for", "198.51.100.7"),
            ("x-forwarded-proto", "https"),
        ],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let cookie = r.session_cookie();
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");

    let r = login_via(
        &app,
        &alice.email,
        &alice.password,
        &[
            ("x-forwarded-for", "198.51.100.7"),
            ("x-forwarded-proto", "http"),
        ],
    )
    .await;
    assert!(
        !r.session_cookie().contains("Secure"),
        "plain http through the proxy"
    );

    // The proxy runs on this machine, but what it forwards comes from the internet.
    let r = app
        .http
        .get(app.url("/metrics"))
        .header("x-forwarded-for", "198.51.100.7")
        .send()
        .await
        .expect("metrics request");
    assert_eq!(r.status().as_u16(), 403, "/metrics through the proxy");
    let r = app.get_anon("/metrics").await;
    assert_eq!(
        r.status, 200,
        "/metrics from this machine itself: {}",
        r.text
    );
}
