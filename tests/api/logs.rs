//! Logs for operators: `HANDOFF_LOG_FORMAT=json` writes one JSON object per line, and the
//! lines of a request or webhook entry say which company and customer it concerned; the
//! text format writes no colour codes when stderr is not a terminal (here: a file).

use serde_json::Value;

use crate::helpers::{new_psid, spawn_app_with, AppOptions, HUMAN_REQUEST, WAIT};

fn options(format: Option<&str>) -> AppOptions {
    let mut env = vec![("RUST_LOG".to_owned(), "info".to_owned())];
    if let Some(format) = format {
        env.push(("HANDOFF_LOG_FORMAT".to_owned(), format.to_owned()));
    }
    AppOptions {
        keep_log: true,
        env,
        ..AppOptions::default()
    }
}

/// The span fields of a JSON log line: its current span's.
fn span_field<'a>(line: &'a Value, field: &str) -> Option<&'a str> {
    line["span"][field].as_str()
}

#[tokio::test]
async fn json_log_lines_name_the_company_and_the_customer() {
    let app = spawn_app_with(options(Some("json"))).await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    app.wait_for_customer(&alice.token, "1001", &psid, "tracked", |_| true)
        .await;

    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let log = app.log();
        let lines: Vec<Value> = log
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}"))
            })
            .collect();
        let about = |name: &str| {
            lines.iter().any(|line| {
                line["span"]["name"] == name
                    && span_field(line, "company") == Some("acme")
                    && span_field(line, "customer") == Some(psid.as_str())
            })
        };
        if about("webhook_entry") && about("request") {
            assert!(
                lines
                    .iter()
                    .all(|l| l["level"].is_string() && l["timestamp"].is_string()),
                "every line has a level and a time"
            );
            return;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("no JSON lines naming acme and {psid} for the webhook and the request:\n{log}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn text_logs_to_a_file_carry_no_colour_codes() {
    let app = spawn_app_with(options(None)).await;
    let alice = app.login("alice").await;
    let psid = new_psid();
    app.customer_says("1001", &psid, HUMAN_REQUEST).await;
    app.wait_for_customer(&alice.token, "1001", &psid, "tracked", |_| true)
        .await;
    app.login_raw("alice@acme.test", "wrong password").await;
    let log = app.log();
    assert!(log.contains("handoff started"), "the log is written: {log}");
    assert!(
        !log.contains('\x1b'),
        "escape codes in a log file:\n{log:?}"
    );
}
