//! The agent dashboard API under `/api/dashboard`: customers, their conversations, stop
//! status, assignment, messages; the audit log and the company's agents.

use crate::access::{Admin, CurrentAgent};
use crate::error::ApiError;
use crate::fields::{check_id, Fields};
use crate::openapi::errors::{
    BadGateway, BadRequest, Conflict, Forbidden, NotFound, PayloadTooLarge, ServiceUnavailable,
    Unauthorized,
};
use crate::state::AppState;
use crate::views::{CustomerDetail, CustomerList, MessageSent};
use actix_web::{delete, get, post, put, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use handoff_actors::events::CustomerView;
use handoff_actors::ids::{AgentId, CustomerId, PageId};
use handoff_actors::model::AuditEntry;
use handoff_actors::model::{AuditQuery, CustomerSort, PageSize};
use handoff_actors::{AgentStatus, ListRequest};
use serde::Serialize;
use serde_json::Map;
use std::collections::HashMap;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

/// Messages shown with one customer.
const CUSTOMER_MESSAGES: usize = 50;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(
        utoipa_actix_web::scope("/api/dashboard")
            .service(list)
            .service(show)
            .service(put_stop)
            .service(toggle_stop)
            .service(put_agent)
            .service(post_message)
            .service(retry_message)
            .service(discard_message)
            .service(audit)
            .service(agents)
            .service(end_agent_sessions)
            .service(pages),
    );
}

/// `{"page_id"?}`: the page the customer writes to, when the id alone is ambiguous.
#[derive(ToSchema)]
pub struct PageRequest {
    pub page_id: Option<PageId>,
}

impl PageRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        Ok(PageRequest {
            page_id: fields.id("page_id")?.map(PageId::new),
        })
    }
}

/// `PUT .../stop`: `true` takes the customer from the bot, `false` gives them back (and
/// ends any assignment).
#[derive(ToSchema)]
pub struct StopRequest {
    pub stop: bool,
    pub page_id: Option<PageId>,
}

impl StopRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        Ok(StopRequest {
            stop: fields
                .bool("stop")?
                .ok_or_else(|| ApiError::invalid("stop", "required"))?,
            page_id: PageRequest::read(fields)?.page_id,
        })
    }
}

/// `PUT .../agent`: your own id assigns you, `null` releases (the assignee or an admin),
/// another agent's id transfers (admins only).
#[derive(ToSchema)]
pub struct AgentRequest {
    #[schema(required = true)]
    pub agent_id: Option<AgentId>,
    pub page_id: Option<PageId>,
}

impl AgentRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        if !fields.has("agent_id") {
            return Err(ApiError::invalid(
                "agent_id",
                "required (an agent id, or null to release)",
            ));
        }
        Ok(AgentRequest {
            agent_id: fields.id("agent_id")?.map(AgentId::new),
            page_id: PageRequest::read(fields)?.page_id,
        })
    }
}

/// `POST .../message`: what the agent says to the customer.
#[derive(ToSchema)]
pub struct MessageRequest {
    pub message: String,
    pub page_id: Option<PageId>,
}

impl MessageRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        Ok(MessageRequest {
            message: fields.required_string("message")?.to_owned(),
            page_id: PageRequest::read(fields)?.page_id,
        })
    }
}

/// The order of the customer list: `recent` (the default: latest conversation first),
/// `waiting` (longest waiting first) or `window` (reply window closing first).
fn sort_from_query(q: &HashMap<String, String>) -> Result<CustomerSort, ApiError> {
    match q.get("sort") {
        None => Ok(CustomerSort::RecentFirst),
        Some(word) => word
            .parse()
            .map_err(|_| ApiError::invalid("sort", "expected recent, waiting or window")),
    }
}

/// A page of the company's audit log, newest first.
#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub total: u64,
}

/// The company's agents.
#[derive(Serialize, ToSchema)]
pub struct AgentList {
    pub agents: Vec<AgentStatus>,
}

/// Whether Facebook still accepts a page's token.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Connection {
    Connected,
    /// Facebook refused the token (Graph error 190) until a call succeeds again.
    Disconnected,
}

/// One of the company's pages.
#[derive(Serialize, ToSchema)]
pub struct PageStatus {
    pub id: PageId,
    pub name: String,
    pub status: Connection,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disconnected_at: Option<DateTime<Utc>>,
    /// Graph's message when the token was refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The company's pages.
#[derive(Serialize, ToSchema)]
pub struct PageList {
    pub pages: Vec<PageStatus>,
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
    customer_id(path.as_str())
}

/// The customer a request names, also noted on the request's span for the logs.
fn customer_id(id: &str) -> Result<CustomerId, ApiError> {
    let customer = CustomerId::new(check_id("customer_id", id)?);
    crate::telemetry::note_customer(&customer);
    Ok(customer)
}

/// Parses a JSON object body (empty body = `{}`).
async fn body(
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<Map<String, serde_json::Value>, ApiError> {
    super::body::read_json_object(req, payload).await
}

/// The company's customers (or one page's), filtered and paged.
#[utoipa::path(
    tag = "dashboard",
    operation_id = "list_customers",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("page_id" = Option<String>, Query, description = "Only this page's customers (one of your company's)"),
        ("stop" = Option<bool>, Query, description = "`true`: only those taken from the bot; `false`: only the bot's (also `1`/`0`)"),
        ("assigned" = Option<bool>, Query, description = "Only those held by an agent, or only those no agent holds (also `1`/`0`)"),
        ("sort" = inline(Option<CustomerSort>), Query, description = "The order: `recent` (the default: latest conversation first), `waiting` (longest waiting first) or `window` (reply window closing first)"),
        ("limit" = Option<u64>, Query, description = "Page size, default 50, clamped to 1..=200"),
        ("skip" = Option<u64>, Query, description = "How many to skip, at most 10000000"),
    ),
    responses(
        (status = 200, description = "A page of customers", body = CustomerList),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/customers")]
async fn list(
    agent: CurrentAgent,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let sort = sort_from_query(&q)?;
    let request = ListRequest {
        page: query_id(&q, "page_id")?.map(PageId::new),
        stop: query_bool(&q, "stop")?,
        assigned: query_bool(&q, "assigned")?,
        sort,
        limit: PageSize::new(query_usize(&q, "limit")?),
        skip: query_usize(&q, "skip")?.unwrap_or(0),
    };
    let page = state
        .engine
        .as_agent(&agent.0)
        .list_customers(request)
        .await?;
    Ok(HttpResponse::Ok().json(CustomerList {
        customers: page.customers,
        total: page.total,
        limit: page.limit,
        skip: page.skip,
    }))
}

/// One customer, their latest messages and their undelivered agent messages.
#[utoipa::path(
    tag = "dashboard",
    operation_id = "show_customer",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("customer_id" = String, Path, description = "The customer's Page-scoped id (PSID)", example = "7000000000000001"),
        ("page_id" = Option<String>, Query, description = "The page, when the id alone is ambiguous"),
    ),
    responses(
        (status = 200, description = "The customer", body = CustomerDetail),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/customers/{customer_id}")]
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
        .as_agent(&agent.0)
        .customer(page.as_ref(), &customer)
        .await?;
    let messages = state
        .engine
        .as_agent(&agent.0)
        .messages(&key, CUSTOMER_MESSAGES, None)
        .await?;
    let outgoing = view.outgoing(handoff_actors::model::now());
    Ok(HttpResponse::Ok().json(CustomerDetail {
        customer: view,
        messages,
        outgoing,
    }))
}

/// Takes the customer from the bot (`stop: true`) or gives them back to it.
#[utoipa::path(
    tag = "dashboard",
    operation_id = "set_stop",
    security(("bearer" = []), ("session_cookie" = [])),
    params(("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001")),
    request_body = StopRequest,
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[put("/customers/{customer_id}/stop")]
async fn put_stop(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let StopRequest { stop, page_id } =
        StopRequest::read(&Fields::new(&body(&req, payload).await?))?;
    let view = state
        .engine
        .as_agent(&agent.0)
        .set_stop(page_id.as_ref(), &customer, Some(stop))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Flips the customer's `stop`.
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    params(("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001")),
    request_body(content = Option<PageRequest>, description = "Optional; an empty body is `{}`"),
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/customers/{customer_id}/toggle-stop")]
async fn toggle_stop(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let PageRequest { page_id } = PageRequest::read(&Fields::new(&body(&req, payload).await?))?;
    let view = state
        .engine
        .as_agent(&agent.0)
        .set_stop(page_id.as_ref(), &customer, None)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Assigns, releases or transfers the customer.
///
/// `agent_id`: your own id assigns you (the customer must have asked for a person), `null`
/// releases (the assignee or an admin; the customer goes back to the queue), another
/// agent's id transfers (admins only).
#[utoipa::path(
    tag = "dashboard",
    operation_id = "set_agent",
    security(("bearer" = []), ("session_cookie" = [])),
    params(("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001")),
    request_body = AgentRequest,
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[put("/customers/{customer_id}/agent")]
async fn put_agent(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let AgentRequest {
        agent_id,
        page_id: page,
    } = AgentRequest::read(&Fields::new(&body(&req, payload).await?))?;
    let me = &agent.0;
    let view = match agent_id {
        None => {
            state
                .engine
                .as_agent(me)
                .unassign(page.as_ref(), &customer)
                .await?
        }
        Some(id) if id == me.id => {
            state
                .engine
                .as_agent(me)
                .assign(page.as_ref(), &customer)
                .await?
        }
        Some(other) => {
            state
                .engine
                .as_agent(me)
                .transfer(page.as_ref(), &customer, &other)
                .await?
        }
    };
    Ok(HttpResponse::Ok().json(view))
}

/// Sends the customer a message through Messenger; an unassigned customer is assigned to
/// the sender first.
#[utoipa::path(
    tag = "dashboard",
    operation_id = "send_message",
    security(("bearer" = []), ("session_cookie" = [])),
    params(("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001")),
    request_body = MessageRequest,
    responses(
        (status = 200, description = "Delivered", body = MessageSent),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = PayloadTooLarge),
        (status = 502, response = BadGateway),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/customers/{customer_id}/message")]
async fn post_message(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = path_customer(&path)?;
    let MessageRequest { message, page_id } =
        MessageRequest::read(&Fields::new(&body(&req, payload).await?))?;
    let (_, sent) = state
        .engine
        .as_agent(&agent.0)
        .send(page_id.as_ref(), &customer, &message)
        .await?;
    Ok(HttpResponse::Ok().json(MessageSent::new(&sent)))
}

/// Sends a failed message again (its author only); answered like a new message.
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001"),
        ("outgoing_id" = String, Path, description = "The failed message (`outgoing[].id`)"),
    ),
    request_body(content = Option<PageRequest>, description = "Optional; an empty body is `{}`"),
    responses(
        (status = 200, description = "Delivered", body = MessageSent),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = PayloadTooLarge),
        (status = 502, response = BadGateway),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/customers/{customer_id}/outgoing/{outgoing_id}/retry")]
async fn retry_message(
    req: HttpRequest,
    agent: CurrentAgent,
    path: web::Path<(String, String)>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (customer, outgoing_id) = path.into_inner();
    let customer = customer_id(&customer)?;
    let outgoing_id = check_id("outgoing_id", &outgoing_id)?;
    let PageRequest { page_id } = PageRequest::read(&Fields::new(&body(&req, payload).await?))?;
    let (_, sent) = state
        .engine
        .as_agent(&agent.0)
        .retry_message(page_id.as_ref(), &customer, &outgoing_id)
        .await?;
    let mut out = MessageSent::new(&sent);
    out.outgoing_id = Some(outgoing_id);
    Ok(HttpResponse::Ok().json(out))
}

/// Gives up a failed message.
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001"),
        ("outgoing_id" = String, Path, description = "The failed message (`outgoing[].id`)"),
        ("page_id" = Option<String>, Query, description = "The page, when the id alone is ambiguous"),
    ),
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[delete("/customers/{customer_id}/outgoing/{outgoing_id}")]
async fn discard_message(
    agent: CurrentAgent,
    path: web::Path<(String, String)>,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (customer, outgoing_id) = path.into_inner();
    let customer = customer_id(&customer)?;
    let outgoing_id = check_id("outgoing_id", &outgoing_id)?;
    let page = query_id(&q, "page_id")?.map(PageId::new);
    let view = state
        .engine
        .as_agent(&agent.0)
        .discard_message(page.as_ref(), &customer, &outgoing_id)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The company's audit log, newest first (admins only).
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("customer_id" = Option<String>, Query, description = "Only entries about this customer"),
        ("agent_id" = Option<String>, Query, description = "Only this agent's entries"),
        ("limit" = Option<u64>, Query, description = "Page size, default 50, clamped to 1..=200"),
        ("skip" = Option<u64>, Query, description = "How many to skip, at most 10000000"),
    ),
    responses(
        (status = 200, description = "A page of the audit log", body = AuditPage),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/audit")]
async fn audit(
    agent: Admin,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let query = AuditQuery {
        customer: query_id(&q, "customer_id")?.map(CustomerId::new),
        agent: query_id(&q, "agent_id")?.map(AgentId::new),
        limit: PageSize::new(query_usize(&q, "limit")?).get(),
        skip: query_usize(&q, "skip")?.unwrap_or(0),
    };
    let (entries, total) = state.engine.as_agent(&agent.0).audit(query).await?;
    Ok(HttpResponse::Ok().json(AuditPage { entries, total }))
}

/// The company's agents, their availability and how many customers each holds.
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    responses(
        (status = 200, description = "The company's agents", body = AgentList),
        (status = 401, response = Unauthorized),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/agents")]
async fn agents(agent: CurrentAgent, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let agents = state.engine.as_agent(&agent.0).agents().await?;
    Ok(HttpResponse::Ok().json(AgentList { agents }))
}

/// Every session of an agent has ended (and their WebSockets are closed).
#[derive(Serialize, ToSchema)]
pub struct SessionsEnded {
    pub ok: bool,
    pub agent_id: AgentId,
}

/// An admin signs an agent of their company out everywhere (audited as `end_sessions`).
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    params(
        ("agent_id" = String, Path, description = "An agent of the admin's company", example = "alice"),
    ),
    responses(
        (status = 200, description = "The agent's sessions have ended", body = SessionsEnded),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[delete("/agents/{agent_id}/sessions")]
async fn end_agent_sessions(
    path: web::Path<String>,
    // Not `Admin`: the engine checks the role itself here, so that a refused attempt is
    // audited (`end_sessions`, `forbidden`) with its target.
    agent: CurrentAgent,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let target = AgentId::new(check_id("agent_id", &path.into_inner())?);
    let ended = state
        .engine
        .as_agent(&agent.0)
        .end_agent_sessions(&target)
        .await?;
    state.sessions.end_agent(&ended.id);
    Ok(HttpResponse::Ok().json(SessionsEnded {
        ok: true,
        agent_id: ended.id,
    }))
}

/// The company's pages and whether Facebook still accepts their tokens (admins only).
#[utoipa::path(
    tag = "dashboard",
    security(("bearer" = []), ("session_cookie" = [])),
    responses(
        (status = 200, description = "The company's pages", body = PageList),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[get("/pages")]
async fn pages(agent: Admin, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let directory = state.engine.directory();
    let pages = directory
        .company_pages(&agent.0.company_id)
        .into_iter()
        .filter_map(|id| directory.page(&id))
        .map(|(_, page)| {
            let down = state.page_health.status(&page.id);
            PageStatus {
                id: page.id.clone(),
                name: page.name.clone(),
                status: match down {
                    None => Connection::Connected,
                    Some(_) => Connection::Disconnected,
                },
                disconnected_at: down.as_ref().map(|d| d.since),
                error: down.map(|d| d.error),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(PageList { pages }))
}
