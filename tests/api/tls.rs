//! HTTPS for real, both ways an install gets it: the server's built-in TLS
//! (`HANDOFF_TLS_CERT`, `HANDOFF_TLS_KEY`), and Debian's nginx terminating TLS in front of it
//! with the configuration docs/deployment.md shows. Each is checked as Facebook and an agent
//! use it: a signed webhook over https, a console sign-in that gets a `Secure` cookie, and a
//! `wss://` connection that receives a broadcast and, after reconnecting, resyncs.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tokio::process::{Child, Command};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::{AUTHORIZATION, ORIGIN};
use tokio_tungstenite::tungstenite::http::HeaderValue;

use crate::helpers::{
    assert_frame_type, frame_customer_id, new_psid, spawn_app_with, AppOptions, TestApp, WsClient,
    HUMAN_REQUEST, WAIT,
};

/// A self-signed certificate for 127.0.0.1 and localhost, written as PEM files.
struct SelfSigned {
    dir: tempfile::TempDir,
    der: rustls_pki_types::CertificateDer<'static>,
    pem: String,
}

impl SelfSigned {
    fn new() -> SelfSigned {
        let names = vec!["127.0.0.1".to_owned(), "localhost".to_owned()];
        let certified = rcgen::generate_simple_self_signed(names).expect("self-signed cert");
        let dir = tempfile::tempdir().expect("cert dir");
        let pem = certified.cert.pem();
        std::fs::write(dir.path().join("cert.pem"), &pem).expect("write cert");
        std::fs::write(
            dir.path().join("key.pem"),
            certified.key_pair.serialize_pem(),
        )
        .expect("write key");
        SelfSigned {
            der: certified.cert.der().clone(),
            dir,
            pem,
        }
    }

    fn cert(&self) -> PathBuf {
        self.dir.path().join("cert.pem")
    }

    fn key(&self) -> PathBuf {
        self.dir.path().join("key.pem")
    }

    /// An HTTP client that trusts only this certificate.
    fn http(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .no_proxy()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(self.pem.as_bytes()).expect("pem"))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("https client")
    }

    /// A `wss://` connector that trusts only this certificate.
    fn connector(&self) -> tokio_tungstenite::Connector {
        let mut roots = rustls::RootCertStore::empty();
        roots
            .add(self.der.clone())
            .expect("trust the test certificate");
        let config = rustls::ClientConfig::builder_with_provider(
            rustls::crypto::ring::default_provider().into(),
        )
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
        tokio_tungstenite::Connector::Rustls(Arc::new(config))
    }
}

/// Opens `wss://<authority>/ws` as the browser console would (its page's `Origin`).
async fn wss(authority: &str, token: &str, tls: &SelfSigned, name: &str) -> WsClient {
    let mut request = format!("wss://{authority}/ws")
        .into_client_request()
        .expect("wss request");
    let headers = request.headers_mut();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {token}")).expect("header"),
    );
    headers.insert(
        ORIGIN,
        HeaderValue::from_str(&format!("https://{authority}")).expect("header"),
    );
    WsClient::connect_with(request, name, Some(tls.connector()))
        .await
        .unwrap_or_else(|e| panic!("wss://{authority}/ws upgrade failed: {e}"))
}

/// Shows the server's log when the test fails.
struct LogOnFailure<'a>(&'a TestApp);

impl Drop for LogOnFailure<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the server's log:\n{}", self.0.log());
        }
    }
}

/// What Facebook and an agent do, all over HTTPS at `authority` (the app's own requests
/// already go there).
async fn webhook_sign_in_and_wss(app: &TestApp, authority: &str, tls: &SelfSigned) {
    let _log = LogOnFailure(app);
    // Facebook: a signed webhook over https.
    let first = new_psid();
    app.customer_says("1001", &first, HUMAN_REQUEST).await;

    // The console: signing in over https gets a Secure, HttpOnly cookie.
    let alice = app.tenants.agent("alice").clone();
    let r = app.login_raw(&alice.email, &alice.password).await;
    assert_eq!(r.status, 200, "sign-in over https: {}", r.text);
    let cookie = r.session_cookie();
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let token = r.body["token"].as_str().expect("token").to_owned();

    // wss://: a broadcast arrives.
    let mut ws = wss(authority, &token, tls, "alice").await;
    let second = new_psid();
    app.customer_says("1001", &second, HUMAN_REQUEST).await;
    ws.expect_broadcast("agent_requested", &second).await;
    drop(ws);

    // Missed while disconnected, found by the resync after reconnecting.
    let third = new_psid();
    app.customer_says("1001", &third, HUMAN_REQUEST).await;
    let mut ws = wss(authority, &token, tls, "alice again").await;
    let f = ws.request("get_stopped_customers", json!({})).await;
    let data = assert_frame_type(&f, "stopped_customers", "resync over wss");
    let listed: Vec<&str> = data["customers"]
        .as_array()
        .expect("customers")
        .iter()
        .filter_map(|c| c["customer_id"].as_str())
        .collect();
    for psid in [&first, &second, &third] {
        assert!(listed.contains(&psid.as_str()), "{psid} in {listed:?}");
    }
    // And the connection goes on working.
    let fourth = new_psid();
    app.customer_says("1001", &fourth, HUMAN_REQUEST).await;
    let f = ws.expect_broadcast("agent_requested", &fourth).await;
    assert_eq!(frame_customer_id(&f), Some(fourth.as_str()));
}

#[tokio::test]
async fn built_in_tls_serves_webhooks_the_console_and_wss() {
    let tls = SelfSigned::new();
    let mut app = spawn_app_with(AppOptions {
        env: vec![
            ("HANDOFF_TLS_CERT".into(), tls.cert().display().to_string()),
            ("HANDOFF_TLS_KEY".into(), tls.key().display().to_string()),
            ("RUST_LOG".into(), "info".into()),
        ],
        keep_log: true,
        ..AppOptions::default()
    })
    .await;
    let authority = format!("127.0.0.1:{}", app.port);
    app.address = format!("https://{authority}");
    app.http = tls.http();
    webhook_sign_in_and_wss(&app, &authority, &tls).await;

    // Plain HTTP on the TLS port gets nowhere.
    let plain = crate::helpers::http_client(false)
        .get(format!("http://{authority}/healthz"))
        .send()
        .await;
    assert!(
        plain.map_or(true, |r| !r.status().is_success()),
        "plain HTTP must not be served on the TLS port"
    );
}

/// Debian's nginx (`NGINX_BIN`, else `nginx` on the PATH or in /usr/sbin).
fn nginx_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("NGINX_BIN") {
        return PathBuf::from(bin);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join("nginx"))
        .find(|bin| bin.is_file())
        .unwrap_or_else(|| {
            panic!("nginx is needed for this test: apt-get install nginx (tests/all.sh does)")
        })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// The reverse-proxy setup of docs/deployment.md, on test ports and paths.
fn nginx_conf(dir: &Path, listen: u16, upstream: u16, tls: &SelfSigned) -> String {
    let d = dir.display();
    format!(
        r#"daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log info;
events {{ worker_connections 256; }}
http {{
  log_format timed '$time_iso8601 $request $status $request_time $upstream_response_time';
  access_log {d}/access.log timed;
  client_body_temp_path {d}/body;
  proxy_temp_path {d}/proxy;
  fastcgi_temp_path {d}/fastcgi;
  uwsgi_temp_path {d}/uwsgi;
  scgi_temp_path {d}/scgi;
  map $http_upgrade $connection_upgrade {{
    default upgrade;
    ''      close;
  }}
  server {{
    listen 127.0.0.1:{listen} ssl;
    ssl_certificate {cert};
    ssl_certificate_key {key};
    client_max_body_size 2m;
    location / {{
      proxy_pass http://127.0.0.1:{upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 3600s;
      proxy_send_timeout 3600s;
    }}
  }}
}}
"#,
        cert = tls.cert().display(),
        key = tls.key().display(),
    )
}

struct Nginx {
    child: Child,
    dir: tempfile::TempDir,
}

impl Nginx {
    async fn start(upstream: u16, tls: &SelfSigned) -> (Nginx, u16) {
        let dir = tempfile::tempdir().expect("nginx dir");
        let port = free_port();
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, nginx_conf(dir.path(), port, upstream, tls)).expect("nginx.conf");
        let child = Command::new(nginx_binary())
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start nginx");
        let nginx = Nginx { child, dir };
        let deadline = tokio::time::Instant::now() + WAIT;
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(
                tokio::time::Instant::now() < deadline,
                "nginx did not listen on {port}: {}",
                nginx.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        (nginx, port)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("nginx's log:\n{}", self.log());
            let access = std::fs::read_to_string(self.dir.path().join("access.log"));
            eprintln!("nginx's access log:\n{}", access.unwrap_or_default());
        }
    }
}

#[tokio::test]
async fn behind_nginx_terminating_tls() {
    let tls = SelfSigned::new();
    let mut app = spawn_app_with(AppOptions {
        env: vec![
            ("HANDOFF_TRUSTED_PROXIES".into(), "127.0.0.1".into()),
            ("RUST_LOG".into(), "info".into()),
        ],
        keep_log: true,
        ..AppOptions::default()
    })
    .await;
    let (mut nginx, port) = Nginx::start(app.port, &tls).await;
    let authority = format!("127.0.0.1:{port}");
    app.address = format!("https://{authority}");
    app.http = tls.http();
    webhook_sign_in_and_wss(&app, &authority, &tls).await;
    nginx.child.kill().await.ok();
}
