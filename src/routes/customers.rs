//! The agent dashboard API under `/api/dashboard`: customers, their conversations, stop
//! status, assignment, messages; the audit log and the company's agents.

use crate::auth::CurrentAgent;
use crate::error::ApiError;
use crate::fields::{check_id, Fields};
use crate::state::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use handoff_actors::conversation::Sent;
use handoff_actors::engine::{clamp_limit, ListRequest};
use handoff_actors::ids::{AgentId, CustomerId, PageId};
use handoff_actors::store::{AuditQuery, CustomerSort};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Messages shown with one customer.
const CUSTOMER_MESSAGES: usize = 50;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/dashboard")
            .route("/customers", web::get().to(list))
            .route("/customers/{customer_id}", web::get().to(show))
            .route("/customers/{customer_id}/stop", web::put().to(put_stop))
            .route(
                "/customers/{customer_id}/toggle-stop",
                web::post().to(toggle_stop),
            )
            .route("/customers/{customer_id}/agent", web::put().to(put_agent))
            .route(
                "/customers/{customer_id}/message",
                web::post().to(post_message),
            )
            .route(
                "/customers/{customer_id}/outgoing/{outgoing_id}/retry",
                web::post().to(retry_message),
            )
            .route(
                "/customers/{customer_id}/outgoing/{outgoing_id}",
                web::delete().to(discard_message),
            )
            .route("/audit", web::get().to(audit))
            .route("/agents", web::get().to(agents))
            .route(
                "/agents/{agent_id}/sessions",
                web::delete().to(end_agent_sessions),
            )
            .route("/pages", web::get().to(pages)),
    );
}

type Query = web::Query<HashMap<String, String>>;

fn query_usize(q: &HashMap<String, String>, name: &str) -> Result<Option<usize>, ApiError> {
    q.get(name)
        .map(|v| {
            v.parse::<usize>()
                .map_err(|_| ApiError::invalid(name, "expected a non-negative integer"))
        })
        .transpose()
}

fn query_bool(q: &HashMap<String, String>, name: &str) -> Result<Option<bool>, ApiError> {
    q.get(name)
        .map(|v| match v.as_str() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(ApiError::invalid(name, "expected true or false")),
        })
        .transpose()
}

fn query_id(q: &HashMap<String, String>, name: &str) -> Result<Option<String>, ApiError> {
    q.get(name).map(|v| check_id(name, v)).transpose()
}

fn path_customer(path: &web::Path<String>) -> Result<CustomerId, ApiError> {
    check_id("customer_id", path.as_str()).map(CustomerId::new)
}

/// Parses a JSON object body (empty body = `{}`).
async fn body(req: &HttpRequest, payload: web::Payload) -> Result<Map<String, Value>, ApiError> {
    super::read_json_object(req, payload).await
}

fn body_page(fields: &Fields) -> Result<Option<PageId>, ApiError> {
    Ok(fields.id("page_id")?.map(PageId::new))
}

async fn list(
    agent: CurrentAgent,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let sort = match q.get("sort").map(String::as_str) {
        None | Some("recent") => CustomerSort::RecentFirst,
        Some("waiting") => CustomerSort::WaitingLongest,
        Some("window") => CustomerSort::WindowExpiring,
        Some(_) => {
            return Err(ApiError::invalid(
                "sort",
                "expected recent, waiting or window",
            ))
        }
    };
    let request = ListRequest {
        page: query_id(&q, "page_id")?.map(PageId::new),
        stop: query_bool(&q, "stop")?,
        assigned: query_bool(&q, "assigned")?,
        sort,
        limit: query_usize(&q, "limit")?,
        skip: query_usize(&q, "skip")?.unwrap_or(0),
    };
    let page = state.engine.list_customers(&agent.0, request).await?;
    Ok(HttpResponse::Ok().json(json!({
        "customers": page.customers, "total": page.total, "limit": page.limit, "skip": page.skip,
    })))
}

async fn show(
    agent: CurrentAgent,
    path: web::Path<String>,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let page = query_id(&q, "page_id")?.map(PageId::new);
    let (view, key) = state
        .engine
        .customer(&agent.0, page.as_ref(), &customer)
        .await?;
    let messages = state.engine.messages(&key, CUSTOMER_MESSAGES, None).await?;
    let outgoing = view.outgoing(handoff_actors::model::now());
    let mut out = serde_json::to_value(view).unwrap_or_default();
    if let Some(map) = out.as_object_mut() {
        map.insert("messages".into(), json!(messages));
        map.insert("outgoing".into(), json!(outgoing));
    }
    Ok(HttpResponse::Ok().json(out))
}

async fn put_stop(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let body = body(&req, payload).await?;
    let fields = Fields::new(&body);
    let stop = fields
        .bool("stop")?
        .ok_or_else(|| ApiError::invalid("stop", "required"))?;
    let page = body_page(&fields)?;
    let view = state
        .engine
        .set_stop(&agent.0, page.as_ref(), &customer, Some(stop))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

async fn toggle_stop(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let body = body(&req, payload).await?;
    let page = body_page(&Fields::new(&body))?;
    let view = state
        .engine
        .set_stop(&agent.0, page.as_ref(), &customer, None)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// `agent_id`: your own id assigns you, `null` releases, another agent's id transfers.
async fn put_agent(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let body = body(&req, payload).await?;
    let fields = Fields::new(&body);
    if !fields.has("agent_id") {
        return Err(ApiError::invalid(
            "agent_id",
            "required (an agent id, or null to release)",
        ));
    }
    let page = body_page(&fields)?;
    let me = &agent.0;
    let view = match fields.id("agent_id")?.map(AgentId::new) {
        None => state.engine.unassign(me, page.as_ref(), &customer).await?,
        Some(id) if id == me.id => state.engine.assign(me, page.as_ref(), &customer).await?,
        Some(other) => {
            state
                .engine
                .transfer(me, page.as_ref(), &customer, &other)
                .await?
        }
    };
    Ok(HttpResponse::Ok().json(view))
}

async fn post_message(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let body = body(&req, payload).await?;
    let fields = Fields::new(&body);
    let text = fields.required_string("message")?;
    let page = body_page(&fields)?;
    let (_, sent) = state
        .engine
        .send(&agent.0, page.as_ref(), &customer, text)
        .await?;
    Ok(HttpResponse::Ok().json(message_sent(&sent)))
}

/// `POST .../outgoing/{outgoing_id}/retry` `{"page_id"?}`: the author sends a failed
/// message again; answered like a new message.
async fn retry_message(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<(String, String)>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (customer, outgoing_id) = path.into_inner();
    let customer = CustomerId::new(check_id("customer_id", &customer)?);
    let outgoing_id = check_id("outgoing_id", &outgoing_id)?;
    let body = body(&req, payload).await?;
    let page = body_page(&Fields::new(&body))?;
    let (_, sent) = state
        .engine
        .retry_message(&agent.0, page.as_ref(), &customer, &outgoing_id)
        .await?;
    let mut out = message_sent(&sent);
    out.insert("outgoing_id".into(), json!(outgoing_id));
    Ok(HttpResponse::Ok().json(out))
}

/// `DELETE .../outgoing/{outgoing_id}?page_id=`: a failed message is given up; answers the
/// customer.
async fn discard_message(
    agent: CurrentAgent,
    path: web::Path<(String, String)>,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (customer, outgoing_id) = path.into_inner();
    let customer = CustomerId::new(check_id("customer_id", &customer)?);
    let outgoing_id = check_id("outgoing_id", &outgoing_id)?;
    let page = query_id(&q, "page_id")?.map(PageId::new);
    let view = state
        .engine
        .discard_message(&agent.0, page.as_ref(), &customer, &outgoing_id)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// What an agent is told about a sent message (REST answer, and the WebSocket
/// `message_sent` with the customer added). A message longer than Messenger's limit went
/// out in parts: `message_id` is the last part's, `message_ids` lists them all.
pub fn message_sent(sent: &Sent) -> Map<String, Value> {
    let ids: Vec<&str> = sent.messages.iter().map(|m| m.id.as_str()).collect();
    let mut out = Map::new();
    out.insert("message_id".into(), json!(ids.last()));
    out.insert("message_ids".into(), json!(ids));
    out.insert("text".into(), json!(sent.text));
    out.insert(
        "timestamp".into(),
        json!(sent.messages.first().map(|m| m.timestamp)),
    );
    out.insert("auto_assigned".into(), json!(sent.auto_assigned));
    out
}

async fn audit(
    agent: CurrentAgent,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let query = AuditQuery {
        customer: query_id(&q, "customer_id")?.map(CustomerId::new),
        agent: query_id(&q, "agent_id")?.map(AgentId::new),
        limit: clamp_limit(query_usize(&q, "limit")?),
        skip: query_usize(&q, "skip")?.unwrap_or(0),
    };
    let (entries, total) = state.engine.audit(&agent.0, query).await?;
    Ok(HttpResponse::Ok().json(json!({"entries": entries, "total": total})))
}

async fn agents(agent: CurrentAgent, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let agents = state.engine.agents(&agent.0).await?;
    Ok(HttpResponse::Ok().json(json!({"agents": agents})))
}

/// An admin signs an agent of their company out everywhere.
async fn end_agent_sessions(
    path: web::Path<String>,
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let target = handoff_actors::ids::AgentId::new(path.into_inner());
    let ended = state.engine.end_agent_sessions(&agent.0, &target).await?;
    state.sessions.end_agent(&ended.id);
    Ok(HttpResponse::Ok().json(json!({"ok": true, "agent_id": ended.id})))
}

/// The company's pages and whether Facebook still accepts their tokens (admins only).
async fn pages(agent: CurrentAgent, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    if !agent.0.is_admin() {
        return Err(handoff_actors::ActorError::Forbidden.into());
    }
    let directory = state.engine.directory();
    let pages: Vec<Value> = directory
        .company_pages(&agent.0.company_id)
        .into_iter()
        .filter_map(|id| directory.page(&id))
        .map(|(_, page)| match state.page_health.status(&page.id) {
            None => json!({"id": page.id, "name": page.name, "status": "connected"}),
            Some(down) => json!({"id": page.id, "name": page.name, "status": "disconnected",
                "disconnected_at": down.since, "error": down.error}),
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({"pages": pages})))
}
