//! Demo mode only: the customer simulator's side of Facebook. `POST` records a message as
//! if a customer had sent it through Messenger (the same ingestion as a webhook's); `GET` lists
//! what the page sent that customer since `after`. Absent (404) outside demo mode.

use super::body::{check_length, read_body, API_BODY_LIMIT};
use crate::error::ApiError;
use crate::fields::{check_id, object, Fields};
use crate::ingest;
use crate::messenger::payload::CustomerMessage;
use crate::messenger::simulator::Delivered;
use crate::openapi::errors::{BadRequest, PayloadTooLarge, ServiceUnavailable};
use crate::state::AppState;
use crate::tenants::DEMO_PAGE;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use handoff_actors::ids::{CustomerId, PageId};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(customer_says).service(page_replies);
}

/// A message from a simulated customer.
#[derive(ToSchema)]
pub struct CustomerSays {
    pub customer_id: String,
    /// Default: the demo page.
    pub page_id: Option<String>,
    /// Not blank.
    pub text: String,
    /// The name the profile look-up will answer with.
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

impl CustomerSays {
    fn read(fields: &Fields) -> Result<Self, ApiError> {
        let customer_id = fields.required_id("customer_id")?;
        let page_id = fields.id("page_id")?;
        let text = fields.required_string("text")?;
        if text.trim().is_empty() {
            return Err(ApiError::invalid("text", "must not be empty"));
        }
        let name = |key: &str| -> Result<Option<String>, ApiError> {
            Ok(fields
                .string(key)?
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned))
        };
        Ok(CustomerSays {
            customer_id,
            page_id,
            text: text.to_owned(),
            first_name: name("first_name")?,
            last_name: name("last_name")?,
        })
    }
}

/// The recorded message's id.
#[derive(Serialize, ToSchema)]
pub struct Recorded {
    pub message_id: String,
}

/// What the page sent the customer.
#[derive(Serialize, ToSchema)]
pub struct PageReplies {
    pub messages: Vec<Delivered>,
}

/// Demo mode only: records a message as if the customer had sent it through Messenger.
#[utoipa::path(
    tag = "simulator",
    request_body = CustomerSays,
    responses(
        (status = 200, description = "Recorded", body = Recorded),
        (status = 400, response = BadRequest),
        (status = 404, description = "Not in demo mode (no body)"),
        (status = 413, response = PayloadTooLarge),
        (status = 503, response = ServiceUnavailable),
    ),
)]
#[post("/simulator/api/messages")]
async fn customer_says(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let Some(simulator) = &state.simulator else {
        return Ok(HttpResponse::NotFound().finish());
    };
    check_length(&req, API_BODY_LIMIT)?;
    let body = object(&read_body(payload, API_BODY_LIMIT).await?)?;
    let says = CustomerSays::read(&Fields::new(&body))?;
    let page = says.page_id.unwrap_or_else(|| DEMO_PAGE.to_owned());
    let customer = says.customer_id;
    simulator.set_name(&CustomerId::new(&customer), says.first_name, says.last_name);
    let mid = format!("m_sim_{}", uuid::Uuid::new_v4().simple());
    let message = CustomerMessage {
        page,
        customer,
        mid: mid.clone(),
        text: says.text,
        timestamp: chrono::Utc::now().timestamp_millis(),
    };
    ingest::customer_message(&state.engine, message).await?;
    Ok(HttpResponse::Ok().json(Recorded { message_id: mid }))
}

/// Demo mode only: what the page sent a simulated customer since `after`.
#[utoipa::path(
    tag = "simulator",
    params(
        ("customer_id" = String, Query, description = "The simulated customer"),
        ("page_id" = Option<String>, Query, description = "Default: the demo page"),
        ("after" = Option<u64>, Query, description = "Only messages after this `index`"),
    ),
    responses(
        (status = 200, description = "The page's messages", body = PageReplies),
        (status = 400, response = BadRequest),
        (status = 404, description = "Not in demo mode (no body)"),
    ),
)]
#[get("/simulator/api/messages")]
async fn page_replies(
    q: web::Query<HashMap<String, String>>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let Some(simulator) = &state.simulator else {
        return Ok(HttpResponse::NotFound().finish());
    };
    let customer = check_id(
        "customer_id",
        q.get("customer_id").map(String::as_str).unwrap_or_default(),
    )?;
    let page = match q.get("page_id") {
        Some(page) => check_id("page_id", page)?,
        None => DEMO_PAGE.to_owned(),
    };
    let after = match q.get("after") {
        Some(a) => a
            .parse::<u64>()
            .map_err(|_| ApiError::invalid("after", "expected a non-negative integer"))?,
        None => 0,
    };
    let messages = simulator.delivered(&PageId::new(page), &CustomerId::new(customer), after);
    Ok(HttpResponse::Ok().json(PageReplies { messages }))
}
