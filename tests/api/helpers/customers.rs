//! The customer REST API as the console uses it, and waiting for a customer to reach a
//! state.

use serde_json::{json, Value};

use super::app::TestApp;
use super::http::Resp;
use super::ids::now_ms;
use super::payloads::{HUMAN_REQUEST, PLAIN_QUESTION};
use super::views::customer_of;
use super::{POLL, WAIT};

impl TestApp {
    pub fn customer_path(psid: &str, page: Option<&str>) -> String {
        match page {
            Some(p) => format!("/api/dashboard/customers/{psid}?page_id={p}"),
            None => format!("/api/dashboard/customers/{psid}"),
        }
    }

    pub async fn get_customer(&self, token: &str, page: &str, psid: &str) -> Resp {
        self.get(&Self::customer_path(psid, Some(page)), token)
            .await
    }

    /// Polls `GET /api/dashboard/customers/{psid}` until `pred` holds; returns the
    /// whole answer (customer fields plus `messages`).
    pub async fn wait_for_customer(
        &self,
        token: &str,
        page: &str,
        psid: &str,
        what: &str,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let r = self.get_customer(token, page, psid).await;
            if r.status == 200 && pred(customer_of(&r.body)) {
                return r.body;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out after {WAIT:?} waiting for customer {psid} on page {page}: {what}; last answer {} {}",
                    r.status, r.text
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The customer asks for a human; waits until the server has set `stop=true`.
    pub async fn request_help(&self, token: &str, page: &str, psid: &str) -> Value {
        self.request_help_at(token, page, psid, now_ms()).await
    }

    pub async fn request_help_at(&self, token: &str, page: &str, psid: &str, ts: i64) -> Value {
        self.customer_says_at(page, psid, HUMAN_REQUEST, ts).await;
        let body = self
            .wait_for_customer(token, page, psid, "stop=true after a human request", |c| {
                c["stop"] == true
            })
            .await;
        customer_of(&body).clone()
    }

    /// A customer who only asked the bot something; waits until it is tracked.
    pub async fn plain_customer(&self, token: &str, page: &str, psid: &str) -> Value {
        self.customer_says(page, psid, PLAIN_QUESTION).await;
        let body = self
            .wait_for_customer(token, page, psid, "customer tracked", |c| {
                c["message_count"].as_u64().unwrap_or(0) >= 1
            })
            .await;
        customer_of(&body).clone()
    }

    pub async fn list_customers(&self, token: &str, query: &str) -> Value {
        let path = if query.is_empty() {
            "/api/dashboard/customers".to_string()
        } else {
            format!("/api/dashboard/customers?{query}")
        };
        let r = self.get(&path, token).await;
        r.ok(&format!("GET {path}")).clone()
    }

    pub async fn set_agent(&self, token: &str, page: &str, psid: &str, agent: Value) -> Resp {
        self.put(
            &format!("/api/dashboard/customers/{psid}/agent"),
            token,
            json!({"agent_id": agent, "page_id": page}),
        )
        .await
    }

    pub async fn send_rest(&self, token: &str, page: &str, psid: &str, text: &str) -> Resp {
        self.post(
            &format!("/api/dashboard/customers/{psid}/message"),
            token,
            json!({"message": text, "page_id": page}),
        )
        .await
    }

    pub async fn set_stop(&self, token: &str, page: &str, psid: &str, stop: bool) -> Resp {
        self.put(
            &format!("/api/dashboard/customers/{psid}/stop"),
            token,
            json!({"stop": stop, "page_id": page}),
        )
        .await
    }
}
