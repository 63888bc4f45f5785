//! Logging: `tracing` to stderr, filtered by `RUST_LOG` (default `info`), as text or as
//! JSON lines (`HANDOFF_LOG_FORMAT`).
//!
//! Text has colours only when stderr is a terminal: a pipe or a file gets no escape codes,
//! which would otherwise garble what log collectors store. JSON is one object per line for
//! log shippers: each event carries the span it happened in, with the `company` and
//! `customer` that request, webhook entry or WebSocket command concerns where known, and
//! each of those spans writes one line of its own as it ends (with its timings), so every
//! request leaves a line that says whose it was.

use std::io::IsTerminal;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LogFormat {
    /// For people reading a terminal or a plain log file.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        match value {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            other => Err(format!("expected text or json, got {other:?}")),
        }
    }
}

pub fn init(filter: &str, format: LogFormat) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = match format {
        LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_span_events(FmtSpan::CLOSE)
            .try_init(),
    };
}

/// The span each HTTP request runs in: `company` and `customer` are filled in once known
/// (by [`note_company`] and [`note_customer`]).
pub fn request_span(method: &str, route: &str) -> tracing::Span {
    tracing::info_span!(
        "request",
        method,
        route,
        company = tracing::field::Empty,
        customer = tracing::field::Empty
    )
}

/// Middleware: runs each request in its [`request_span`].
pub async fn in_request_span(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use tracing::Instrument;
    // The route's pattern, never the raw path: it is bounded and names no customer.
    let route = req.match_pattern().unwrap_or_default();
    let span = request_span(req.method().as_str(), &route);
    next.call(req).instrument(span).await
}

/// Notes the company a request acts for on the current span (where it has that field).
pub fn note_company(company: &impl std::fmt::Display) {
    tracing::Span::current().record("company", tracing::field::display(company));
}

/// Notes the customer a request concerns on the current span (where it has that field).
pub fn note_customer(customer: &impl std::fmt::Display) {
    tracing::Span::current().record("customer", tracing::field::display(customer));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_named_text_and_json() {
        assert_eq!("text".parse(), Ok(LogFormat::Text));
        assert_eq!("json".parse(), Ok(LogFormat::Json));
        assert!("JSON lines".parse::<LogFormat>().is_err());
    }
}
