//! `GET /api/dashboard/metrics`: the handoff numbers of a period (docs/metrics.md), as JSON
//! or, for a spreadsheet, the per-agent table as CSV; `GET /api/dashboard/deadlines`: where
//! each waiting customer stands against the company's targets.

use super::query::{query_id, query_time, Query};
use crate::access::CurrentAgent;
use crate::error::ApiError;
use crate::openapi::errors::{AgentCall, SignedIn};
use crate::state::AppState;
use actix_web::http::header::{self, ContentType};
use actix_web::{get, web, HttpRequest, HttpResponse};
use chrono::TimeDelta;
use handoff_actors::analytics::{Deadlines, MetricsQuery, Report};
use handoff_actors::ids::{AgentId, PageId};
use handoff_actors::model::now;
use handoff_actors::ActorError;

/// The period when none is asked: the last day.
const DEFAULT_PERIOD: TimeDelta = TimeDelta::days(1);

/// The handoffs requested within `[from, to)`: how long customers waited for a claim and a
/// first answer, how long agents held them, how many were helped; the queue now; a row
/// per agent. Admins see the company (or one agent with `agent_id`); agents their own.
#[utoipa::path(
    operation_id = "handoff_metrics",
    params(
        ("from" = Option<String>, Query, description = "RFC 3339; default: a day before `to`"),
        ("to" = Option<String>, Query, description = "RFC 3339, excluded; default: now. At most 93 days after `from`"),
        ("page_id" = Option<String>, Query, description = "Only this page's handoffs (one of your company's)"),
        ("agent_id" = Option<String>, Query, description = "Only the handoffs this agent held (admins; an agent may name only themselves)"),
        ("bucket" = Option<String>, Query, description = "`hour` or `day`: the period cut into UTC hours or days (`buckets`)"),
        ("format" = Option<String>, Query, description = "`csv`: the per-agent table as CSV (also `Accept: text/csv`)"),
    ),
    responses(
        (status = 200, description = "The numbers of the period",
            content((Report = "application/json"), (String = "text/csv"))),
        AgentCall,
    ),
)]
#[get("/metrics")]
pub async fn metrics(
    req: HttpRequest,
    agent: CurrentAgent,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let to = query_time(&q, "to")?.unwrap_or_else(now);
    let query = MetricsQuery {
        from: query_time(&q, "from")?.unwrap_or(to - DEFAULT_PERIOD),
        to,
        page: query_id(&q, "page_id")?.map(PageId::new),
        agent: query_id(&q, "agent_id")?.map(AgentId::new),
        bucket: q
            .get("bucket")
            .map(|b| b.parse())
            .transpose()
            .map_err(|_| ApiError::invalid("bucket", "expected hour or day"))?,
    };
    let csv = match q.get("format").map(String::as_str) {
        Some("csv") => true,
        Some("json") => false,
        Some(_) => return Err(ApiError::invalid("format", "expected json or csv")),
        None => accepts_csv(&req),
    };
    let numbers = state.engine.as_agent(&agent.0).metrics(query).await?;
    if csv {
        let table = agents_csv(&numbers).map_err(|e| {
            // Writing to memory does not fail; should it, the client is told no more.
            tracing::error!(error = %e, "metrics CSV not written");
            ApiError::Actor(ActorError::ActorUnavailable)
        })?;
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .body(table));
    }
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .json(numbers))
}

/// The company's service targets and, for each customer waiting for a person, the next
/// target not reached yet, its deadline and its mark (at risk in the last quarter, breached
/// after): what the console marks in its queue. Any agent of the company.
#[utoipa::path(
    operation_id = "handoff_deadlines",
    responses(
        (status = 200, description = "Targets and deadlines", body = Deadlines),
        SignedIn,
    ),
)]
#[get("/deadlines")]
pub async fn deadlines(
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<web::Json<Deadlines>, ApiError> {
    Ok(web::Json(
        state.engine.as_agent(&agent.0).deadlines().await?,
    ))
}

fn accepts_csv(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/csv"))
}

/// The per-agent table, one row per agent, with a header.
fn agents_csv(numbers: &Report) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        "agent_id",
        "holds",
        "first_responses",
        "median_first_response_seconds",
        "median_handle_seconds",
        "handle_seconds",
        "online_seconds",
        "available_seconds",
        "busy_seconds",
        "utilization",
        "mean_concurrent",
        "csat_answers",
        "csat_mean",
    ])?;
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for row in &numbers.agents {
        out.write_record([
            row.agent_id.to_string(),
            row.holds.to_string(),
            row.first_responses.to_string(),
            number(row.median_first_response_seconds),
            number(row.median_handle_seconds),
            row.handle_seconds.to_string(),
            row.online_seconds.to_string(),
            row.available_seconds.to_string(),
            row.busy_seconds.to_string(),
            number(row.utilization),
            number(row.mean_concurrent),
            row.csat_answers.to_string(),
            number(row.csat_mean),
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}
