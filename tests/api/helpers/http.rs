//! Plain HTTP against the server: the client, one answer (`Resp`), logging in (`Session`)
//! and the session cookie.

use std::time::Duration;

use serde_json::{json, Value};

use super::app::TestApp;
use super::views::assert_error_shape;

pub fn http_client(cookies: bool) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .cookie_store(cookies)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build reqwest client")
}

/// One HTTP answer, body kept both as text and (when it parses) as JSON.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub body: Value,
}

impl Resp {
    pub async fn from_response(r: reqwest::Response) -> Resp {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let text = r.text().await.expect("read response body");
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Resp {
            status,
            headers,
            text,
            body,
        }
    }

    /// Asserts a 2xx answer and returns its JSON body.
    #[track_caller]
    pub fn ok(&self, what: &str) -> &Value {
        assert!(
            (200..300).contains(&self.status),
            "{what}: expected 2xx, got {} with body {}",
            self.status,
            self.text
        );
        &self.body
    }

    /// Asserts the REST error shape of docs/errors.md `{"error":{"code","message"}}`, the status
    /// and the code; returns the message.
    #[track_caller]
    pub fn error(&self, status: u16, code: &str, what: &str) -> String {
        assert_eq!(
            self.status, status,
            "{what}: expected HTTP {status} {code}, got {} with body {}",
            self.status, self.text
        );
        assert_error_shape(&self.body, what);
        assert_eq!(
            self.body["error"]["code"], code,
            "{what}: wrong error code in {}",
            self.text
        );
        self.body["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    /// The whole `Set-Cookie` value (attributes included) of the session cookie, if the
    /// answer sets one.
    fn session_set_cookie(&self) -> Option<&str> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("handoff_session="))
    }

    /// The session cookie's whole `Set-Cookie` value; panics if the answer sets none.
    #[track_caller]
    pub fn session_cookie(&self) -> String {
        self.session_set_cookie()
            .unwrap_or_else(|| panic!("no handoff_session cookie in {:?}", self.headers))
            .to_owned()
    }
}

/// A logged-in agent.
#[derive(Clone, Debug)]
pub struct Session {
    pub token: String,
    pub agent: Value,
    /// `name=value` of the session cookie from `Set-Cookie`.
    pub cookie: Option<String>,
}

impl Session {
    pub fn agent_id(&self) -> &str {
        self.agent["id"].as_str().unwrap_or_default()
    }
}

impl TestApp {
    pub async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Resp {
        let mut rb = self.http.request(method, self.url(path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(b);
        }
        Resp::from_response(rb.send().await.expect("HTTP request to the server")).await
    }

    /// A request with a raw body, sent as `application/json`.
    pub async fn request_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &str,
    ) -> Resp {
        let mut rb = self
            .http
            .request(method, self.url(path))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        Resp::from_response(rb.send().await.expect("HTTP request to the server")).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.request(reqwest::Method::GET, path, Some(token), None)
            .await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Resp {
        self.request(reqwest::Method::PUT, path, Some(token), Some(&body))
            .await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.request(reqwest::Method::POST, path, Some(token), Some(&body))
            .await
    }

    pub async fn get_anon(&self, path: &str) -> Resp {
        self.request(reqwest::Method::GET, path, None, None).await
    }

    /// POST /api/auth/login.
    pub async fn login_raw(&self, email: &str, password: &str) -> Resp {
        let body = json!({"email": email, "password": password});
        self.request(reqwest::Method::POST, "/api/auth/login", None, Some(&body))
            .await
    }

    /// Logs in an agent of the fixture by id.
    pub async fn login(&self, agent_id: &str) -> Session {
        let a = self.tenants.agent(agent_id).clone();
        let r = self.login_raw(&a.email, &a.password).await;
        let body = r.ok(&format!("login as {agent_id}")).clone();
        let token = body["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login answer has no token: {}", r.text))
            .to_string();
        let cookie = r
            .session_set_cookie()
            .and_then(|v| v.split(';').next())
            .map(str::to_string);
        Session {
            token,
            agent: body["agent"].clone(),
            cookie,
        }
    }
}
