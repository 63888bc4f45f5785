//! The command line: `serve` (default), `detect`, `simulate`.

use crate::config::{Settings, DEMO_APP_SECRET};
use crate::messenger::signature;
use crate::startup::Application;
use crate::{intent, telemetry, tenants};
use clap::{Parser, Subcommand};
use std::io::{BufRead, Write};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "handoff",
    version,
    about = "Human takeover for Facebook Messenger bots"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve {
        /// Demo company, page and agents; outbound messages stay on this machine.
        #[arg(long)]
        demo: bool,
        /// A TOML file with the configuration keys in lower case.
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Read customer messages (one per line) on stdin; write one JSON verdict per line.
    Detect,
    /// Post one correctly signed Messenger webhook to a running server.
    Simulate {
        #[arg(long)]
        url: String,
        #[arg(long)]
        page: String,
        #[arg(long)]
        customer: String,
        #[arg(long)]
        text: String,
        /// The app secret to sign with (default: FB_APP_SECRET, else the demo secret).
        #[arg(long, env = "FB_APP_SECRET")]
        secret: Option<String>,
    },
}

pub async fn run(cli: Cli) -> Result<(), String> {
    match cli.command.unwrap_or(Command::Serve {
        demo: false,
        config: None,
    }) {
        Command::Serve { demo, config } => serve(demo, config).await,
        Command::Detect => detect(),
        Command::Simulate {
            url,
            page,
            customer,
            text,
            secret,
        } => {
            simulate(
                &url,
                &page,
                &customer,
                &text,
                secret.as_deref().unwrap_or(DEMO_APP_SECRET),
            )
            .await
        }
    }
}

async fn serve(demo: bool, config: Option<PathBuf>) -> Result<(), String> {
    let settings = Settings::load(config.as_deref(), demo).map_err(|e| e.to_string())?;
    telemetry::init(&settings.log_filter, settings.log_format);
    // The detector's model trains while the store opens (a fraction of a second in a release
    // build, seconds in a debug build on a busy machine), and the server says it listens only
    // once it can classify: no webhook waits for the training.
    std::thread::spawn(intent::warm_up);
    let demo = settings.demo;
    let app = Application::build(settings)
        .await
        .map_err(|e| e.to_string())?;
    intent::trained().await;
    let url = app.url();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "listening on {url}");
    if demo {
        let _ = writeln!(out, "demo: open {url}/ and sign in as");
        for (_, _, email, password, role) in tenants::DEMO_AGENTS {
            let _ = writeln!(out, "  {email} / {password} ({role:?})");
        }
        let _ = writeln!(
            out,
            "demo: a customer asking for help: handoff simulate --url {url} --page {} --customer c1 --text \"I want to talk to a human\"",
            tenants::DEMO_PAGE
        );
    }
    let _ = out.flush();
    drop(out);
    tracing::info!(%url, demo, "handoff started");
    app.run_until_stopped().await.map_err(|e| e.to_string())
}

fn detect() -> Result<(), String> {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| format!("stdin: {e}"))?;
        let verdict = intent::detect(&line);
        let json = serde_json::to_string(&verdict).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| format!("stdout: {e}"))?;
    }
    Ok(())
}

/// The webhook body Messenger would send for one text message.
pub fn webhook_body(page: &str, customer: &str, text: &str, mid: &str, at_ms: i64) -> String {
    serde_json::json!({
        "object": "page",
        "entry": [{"id": page, "time": at_ms, "messaging": [{
            "sender": {"id": customer}, "recipient": {"id": page}, "timestamp": at_ms,
            "message": {"mid": mid, "text": text},
        }]}],
    })
    .to_string()
}

async fn simulate(
    url: &str,
    page: &str,
    customer: &str,
    text: &str,
    secret: &str,
) -> Result<(), String> {
    let now = chrono::Utc::now().timestamp_millis();
    let mid = format!("m_sim_{}", uuid::Uuid::new_v4().simple());
    let body = webhook_body(page, customer, text, &mid, now);
    let response = reqwest::Client::new()
        .post(format!("{}/webhook", url.trim_end_matches('/')))
        .header("content-type", "application/json")
        .header(
            "x-hub-signature-256",
            signature::sign(secret, body.as_bytes()),
        )
        .body(body)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    let status = response.status();
    let answer = response.text().await.unwrap_or_default();
    println!("{status} {answer}");
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("the server answered {status}"))
    }
}
