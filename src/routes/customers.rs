//! The agent dashboard API under `/api/dashboard`: customers, their conversations, stop
//! status, assignment, messages; the audit log and the company's agents.

use super::customer_call::CustomerCall;
use super::query::{query_bool, query_id, query_usize, Query};
use crate::access::{Admin, CurrentAgent};
use crate::error::ApiError;
use crate::fields::{check_id, Fields, FromFields};
use crate::openapi::errors::{
    AgentCall, CustomerChange, CustomerClaim, CustomerMessage, CustomerRead, ServiceUnavailable,
    SignedIn, Unauthorized,
};
use crate::state::AppState;
use crate::views::{CustomerDetail, CustomerList, MessageSent};
use actix_web::{delete, get, post, put, web, HttpResponse};
use chrono::{DateTime, Utc};
use handoff_actors::events::CustomerView;
use handoff_actors::ids::{AgentId, CustomerId, PageId};
use handoff_actors::model::AuditEntry;
use handoff_actors::model::{AuditQuery, CustomerSort, PageSize};
use handoff_actors::policy::Priority;
use handoff_actors::{AgentStatus, ListRequest};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

/// The customer a route's path names.
#[derive(IntoParams)]
#[into_params(parameter_in = Path)]
pub struct CustomerPath {
    /// The customer's PSID
    #[param(example = "7000000000000001")]
    pub customer_id: String,
}

/// Messages shown with one customer.
const CUSTOMER_MESSAGES: usize = 50;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(
        utoipa_actix_web::scope("/api/dashboard")
            .service(list)
            .service(show)
            .service(put_stop)
            .service(toggle_stop)
            .service(put_priority)
            .service(put_agent)
            .service(post_message)
            .service(retry_message)
            .service(discard_message)
            .service(audit)
            .service(agents)
            .service(end_agent_sessions)
            .service(pages)
            .service(super::metrics::metrics)
            .service(super::metrics::deadlines)
            .service(super::routing::get_routing)
            .service(super::routing::put_routing),
    );
}

/// `{"page_id"?}`: the page the customer writes to, when the id alone is ambiguous.
#[derive(ToSchema)]
pub struct PageRequest {
    pub page_id: Option<PageId>,
}

impl FromFields for PageRequest {
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

/// `{"priority", "page_id"?}`.
#[derive(ToSchema)]
pub struct PriorityRequest {
    pub priority: Priority,
    pub page_id: Option<PageId>,
}

impl FromFields for PriorityRequest {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        let priority = fields
            .string("priority")?
            .ok_or_else(|| ApiError::invalid("priority", "required"))?;
        Ok(PriorityRequest {
            priority: crate::fields::priority(priority)?,
            page_id: PageRequest::read(fields)?.page_id,
        })
    }
}

impl FromFields for StopRequest {
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

impl FromFields for AgentRequest {
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

impl FromFields for MessageRequest {
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

/// The customer a request names, also noted on the request's span for the logs.
fn customer_id(id: &str) -> Result<CustomerId, ApiError> {
    let customer = CustomerId::new(check_id("customer_id", id)?);
    crate::telemetry::note_customer(&customer);
    Ok(customer)
}

/// The company's customers (or one page's), filtered and paged.
#[utoipa::path(
    operation_id = "list_customers",
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
        AgentCall,
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
    operation_id = "show_customer",
    params(
        ("customer_id" = String, Path, description = "The customer's Page-scoped id (PSID)", example = "7000000000000001"),
        ("page_id" = Option<String>, Query, description = "The page, when the id alone is ambiguous"),
    ),
    responses(
        (status = 200, description = "The customer", body = CustomerDetail),
        CustomerRead,
    ),
)]
#[get("/customers/{customer_id}")]
async fn show(
    agent: CurrentAgent,
    path: web::Path<String>,
    q: Query,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let customer = customer_id(&path)?;
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
    operation_id = "set_stop",
    params(CustomerPath),
    request_body = StopRequest,
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        CustomerChange,
    ),
)]
#[put("/customers/{customer_id}/stop")]
async fn put_stop(call: CustomerCall<StopRequest>) -> Result<HttpResponse, ApiError> {
    let StopRequest { stop, page_id } = &call.body;
    let view = call
        .desk()
        .set_stop(page_id.as_ref(), &call.customer, Some(*stop))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Sets how urgently a customer who asked for a person should be served
/// (docs/routing.md#priority); the queue is ordered by it, then by waiting time.
#[utoipa::path(
    operation_id = "set_priority",
    params(CustomerPath),
    request_body = PriorityRequest,
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        CustomerClaim,
    ),
)]
#[put("/customers/{customer_id}/priority")]
async fn put_priority(call: CustomerCall<PriorityRequest>) -> Result<HttpResponse, ApiError> {
    let PriorityRequest { priority, page_id } = &call.body;
    let view = call
        .desk()
        .set_priority(page_id.as_ref(), &call.customer, *priority)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Flips the customer's `stop`.
#[utoipa::path(
    params(CustomerPath),
    request_body(content = Option<PageRequest>, description = "Optional; an empty body is `{}`"),
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        CustomerChange,
    ),
)]
#[post("/customers/{customer_id}/toggle-stop")]
async fn toggle_stop(call: CustomerCall<PageRequest>) -> Result<HttpResponse, ApiError> {
    let page = call.body.page_id.as_ref();
    let view = call.desk().set_stop(page, &call.customer, None).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Assigns, releases or transfers the customer.
///
/// `agent_id`: your own id assigns you (the customer must have asked for a person), `null`
/// releases (the assignee or an admin; the customer goes back to the queue), another
/// agent's id transfers (admins only).
#[utoipa::path(
    operation_id = "set_agent",
    params(CustomerPath),
    request_body = AgentRequest,
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        CustomerClaim,
    ),
)]
#[put("/customers/{customer_id}/agent")]
async fn put_agent(call: CustomerCall<AgentRequest>) -> Result<HttpResponse, ApiError> {
    let AgentRequest { agent_id, page_id } = &call.body;
    let (desk, page, customer) = (call.desk(), page_id.as_ref(), &call.customer);
    let view = match agent_id {
        None => desk.unassign(page, customer).await?,
        Some(id) if id == &desk.agent().id => desk.assign(page, customer).await?,
        Some(other) => desk.transfer(page, customer, other).await?,
    };
    Ok(HttpResponse::Ok().json(view))
}

/// Sends the customer a message through Messenger; an unassigned customer is assigned to
/// the sender first.
#[utoipa::path(
    operation_id = "send_message",
    params(CustomerPath),
    request_body = MessageRequest,
    responses(
        (status = 200, description = "Delivered", body = MessageSent),
        CustomerMessage,
    ),
)]
#[post("/customers/{customer_id}/message")]
async fn post_message(call: CustomerCall<MessageRequest>) -> Result<HttpResponse, ApiError> {
    let MessageRequest { message, page_id } = &call.body;
    let (_, sent) = call
        .desk()
        .send(page_id.as_ref(), &call.customer, message)
        .await?;
    Ok(HttpResponse::Ok().json(MessageSent::new(&sent)))
}

/// Sends a failed message again (its author only); answered like a new message.
#[utoipa::path(
    params(
        CustomerPath,
        ("outgoing_id" = String, Path, description = "The failed message (`outgoing[].id`)"),
    ),
    request_body(content = Option<PageRequest>, description = "Optional; an empty body is `{}`"),
    responses(
        (status = 200, description = "Delivered", body = MessageSent),
        CustomerMessage,
    ),
)]
#[post("/customers/{customer_id}/outgoing/{outgoing_id}/retry")]
async fn retry_message(call: CustomerCall<PageRequest>) -> Result<HttpResponse, ApiError> {
    let outgoing_id = call.outgoing_id();
    let page = call.body.page_id.as_ref();
    let (_, sent) = call
        .desk()
        .retry_message(page, &call.customer, &outgoing_id)
        .await?;
    let mut out = MessageSent::new(&sent);
    out.outgoing_id = Some(outgoing_id);
    Ok(HttpResponse::Ok().json(out))
}

/// Gives up a failed message.
#[utoipa::path(
    params(
        ("customer_id" = String, Path, description = "The customer's PSID", example = "7000000000000001"),
        ("outgoing_id" = String, Path, description = "The failed message (`outgoing[].id`)"),
        ("page_id" = Option<String>, Query, description = "The page, when the id alone is ambiguous"),
    ),
    responses(
        (status = 200, description = "The customer as it now stands", body = CustomerView),
        CustomerRead,
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
    params(
        ("customer_id" = Option<String>, Query, description = "Only entries about this customer"),
        ("agent_id" = Option<String>, Query, description = "Only this agent's entries"),
        ("limit" = Option<u64>, Query, description = "Page size, default 50, clamped to 1..=200"),
        ("skip" = Option<u64>, Query, description = "How many to skip, at most 10000000"),
    ),
    responses(
        (status = 200, description = "A page of the audit log", body = AuditPage),
        AgentCall,
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
    params(
        ("agent_id" = String, Path, description = "An agent of the admin's company", example = "alice"),
    ),
    responses(
        (status = 200, description = "The agent's sessions have ended", body = SessionsEnded),
        AgentCall,
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
    responses(
        (status = 200, description = "The company's pages", body = PageList),
        SignedIn,
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
