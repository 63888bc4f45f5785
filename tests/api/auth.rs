use serde_json::json;

use std::time::Duration;

use crate::helpers::{
    agent_of, close_code, http_client, spawn_app, upgrade_status, Resp, WsClient,
};

#[tokio::test]
async fn login_returns_token_agent_and_session_cookie() {
    let app = spawn_app().await;
    let alice = app.tenants.agent("alice").clone();

    let r = app.login_raw(&alice.email, &alice.password).await;
    let body = r.ok("login as alice");
    let token = body["token"].as_str().expect("token is a string");
    assert!(!token.is_empty(), "empty token: {}", r.text);
    let agent = &body["agent"];
    assert_eq!(agent["id"], "alice", "{}", r.text);
    assert_eq!(agent["name"], "Alice Smith", "{}", r.text);
    assert_eq!(agent["email"], alice.email, "{}", r.text);
    assert_eq!(agent["company_id"], "acme", "{}", r.text);
    assert_eq!(agent["role"], "agent", "{}", r.text);
    assert!(
        !r.text.to_lowercase().contains("password"),
        "the login answer must not carry password material: {}",
        r.text
    );

    let cookie = r.session_cookie();
    let attrs: Vec<String> = cookie
        .split(';')
        .skip(1)
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    assert!(
        attrs.iter().any(|a| a == "httponly"),
        "cookie not HttpOnly: {cookie}"
    );
    assert!(
        attrs.iter().any(|a| a == "samesite=lax"),
        "cookie not SameSite=Lax: {cookie}"
    );
    assert!(
        attrs.iter().any(|a| a == "path=/"),
        "cookie without Path=/: {cookie}"
    );

    let carol = app.login("carol").await;
    assert_eq!(carol.agent["role"], "admin");
    assert_eq!(carol.agent["company_id"], "acme");
    let gina = app.login("gina").await;
    assert_eq!(gina.agent["company_id"], "globex");
}

#[tokio::test]
async fn wrong_password_and_unknown_email_are_indistinguishable() {
    let app = spawn_app().await;
    let alice = app.tenants.agent("alice").clone();

    let wrong = app.login_raw(&alice.email, "not her password").await;
    wrong.error(401, "invalid_credentials", "wrong password");
    let unknown = app.login_raw("nobody@acme.test", &alice.password).await;
    unknown.error(401, "invalid_credentials", "unknown email");
    assert_eq!(
        wrong.text, unknown.text,
        "unknown email and wrong password must answer identically"
    );
}

#[tokio::test]
async fn me_works_with_bearer_and_with_cookie() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;

    let r = app.get("/api/auth/me", &alice.token).await;
    let me = agent_of(r.ok("GET /api/auth/me with bearer"));
    assert_eq!(me["id"], "alice", "{}", r.text);
    assert_eq!(me["company_id"], "acme", "{}", r.text);

    // A browser: the cookie jar carries the session, no Authorization header.
    let browser = http_client(true);
    let creds = app.tenants.agent("bob").clone();
    let r = browser
        .post(app.url("/api/auth/login"))
        .json(&json!({"email": creds.email, "password": creds.password}))
        .send()
        .await
        .expect("login request");
    assert_eq!(r.status().as_u16(), 200);
    let r = browser
        .get(app.url("/api/auth/me"))
        .send()
        .await
        .expect("me request");
    let status = r.status().as_u16();
    let body: serde_json::Value = r.json().await.unwrap_or_default();
    assert_eq!(
        status, 200,
        "GET /api/auth/me with the session cookie: {body}"
    );
    assert_eq!(agent_of(&body)["id"], "bob", "{body}");
}

#[tokio::test]
async fn logout_invalidates_the_token() {
    let app = spawn_app().await;
    let first = app.login("alice").await;
    let second = app.login("alice").await;
    assert_ne!(
        first.token, second.token,
        "each login opens its own session"
    );

    let r = app
        .request(
            reqwest::Method::POST,
            "/api/auth/logout",
            Some(&first.token),
            None,
        )
        .await;
    r.ok("logout");

    app.get("/api/auth/me", &first.token)
        .await
        .error(401, "unauthorized", "me after logout");
    app.get("/api/dashboard/customers", &first.token)
        .await
        .error(401, "unauthorized", "customers after logout");
    let status =
        upgrade_status(WsClient::connect(app.ws_request(Some(&first.token)), "logged-out").await);
    assert_eq!(status, 401, "WebSocket upgrade with a logged-out token");

    // The other session of the same agent is untouched.
    app.get("/api/auth/me", &second.token)
        .await
        .ok("me with the other session");
}

#[tokio::test]
async fn logout_closes_the_websockets_opened_with_that_session() {
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

    let app = spawn_app().await;
    let first = app.login("alice").await;
    let second = app.login("alice").await;
    let (mut stream, _) = tokio_tungstenite::connect_async(app.ws_request(Some(&first.token)))
        .await
        .expect("upgrade");
    let mut other = app.ws(&second).await;
    other.ping().await;

    app.request(
        reqwest::Method::POST,
        "/api/auth/logout",
        Some(&first.token),
        None,
    )
    .await
    .ok("logout");

    let close = close_code(&mut stream, Duration::from_secs(10), "after logout").await;
    assert_eq!(close, Some(CloseCode::Policy), "close code 1008");

    // The same agent's other session keeps its connection.
    other.ping().await;
}

#[tokio::test]
async fn api_routes_require_a_session() {
    let app = spawn_app().await;
    let paths = [
        "/api/auth/me",
        "/api/dashboard/customers",
        "/api/dashboard/customers/123",
        "/api/dashboard/agents",
        "/api/dashboard/audit",
    ];
    for path in paths {
        app.get_anon(path).await.error(
            401,
            "unauthorized",
            &format!("GET {path} without a session"),
        );
        app.get(path, "not-a-real-token").await.error(
            401,
            "unauthorized",
            &format!("GET {path} with a bogus bearer"),
        );
    }
    let r: Resp = app
        .request(
            reqwest::Method::PUT,
            "/api/dashboard/customers/123/stop",
            None,
            Some(&json!({"stop": true})),
        )
        .await;
    r.error(401, "unauthorized", "PUT stop without a session");
    let r = app
        .request(
            reqwest::Method::POST,
            "/api/dashboard/customers/123/message",
            None,
            Some(&json!({"message": "hi"})),
        )
        .await;
    r.error(401, "unauthorized", "POST message without a session");
}

#[tokio::test]
async fn ws_upgrade_requires_a_session() {
    let app = spawn_app().await;
    let status = upgrade_status(WsClient::connect(app.ws_request(None), "anon").await);
    assert_eq!(status, 401, "WebSocket upgrade without a session");
    let status = upgrade_status(WsClient::connect(app.ws_request(Some("bogus")), "bogus").await);
    assert_eq!(status, 401, "WebSocket upgrade with a bogus token");
}

#[tokio::test]
async fn ws_upgrade_rejects_a_foreign_origin() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;

    let status = upgrade_status(
        WsClient::connect(
            app.ws_request_with_origin(&alice.token, "https://evil.example"),
            "evil",
        )
        .await,
    );
    assert_eq!(status, 403, "WebSocket upgrade from a foreign Origin");

    // The server's own origin is allowed by default.
    let own = format!("http://127.0.0.1:{}", app.port);
    let mut ws = WsClient::connect(app.ws_request_with_origin(&alice.token, &own), "own")
        .await
        .unwrap_or_else(|e| panic!("upgrade from the server's own origin {own} refused: {e}"));
    ws.ping().await;

    // No Origin at all (non-browser clients) is fine.
    let mut ws = app.ws(&alice).await;
    ws.ping().await;
}

#[tokio::test]
async fn ws_accepts_the_session_cookie() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let cookie = alice.cookie.clone().expect("login set a session cookie");
    let mut ws = WsClient::connect(app.ws_request_with_cookie(&cookie), "cookie")
        .await
        .unwrap_or_else(|e| panic!("WebSocket upgrade with the session cookie refused: {e}"));
    ws.ping().await;
}

#[tokio::test]
async fn repeated_failed_logins_are_throttled() {
    let app = spawn_app().await;
    let alice = app.tenants.agent("alice").clone();
    for attempt in 0..10 {
        app.login_raw(&alice.email, &format!("guess {attempt}"))
            .await
            .error(401, "invalid_credentials", "a wrong guess");
    }
    // Even the right password waits until the window has passed.
    let throttled = app.login_raw(&alice.email, &alice.password).await;
    throttled.error(429, "rate_limited", "the eleventh attempt");
    assert!(
        throttled.header("retry-after").is_some(),
        "429 says when to retry"
    );
}
