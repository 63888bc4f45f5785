//! Demo mode only: the customer simulator's side of Facebook. `POST` records a message as
//! if a customer had sent it through Messenger (the same path as a webhook); `GET` lists
//! what the page sent that customer since `after`. Absent (404) outside demo mode.

use super::{check_length, read_body, API_BODY_LIMIT};
use crate::cli::webhook_body;
use crate::error::ApiError;
use crate::fields::{check_id, object, Fields};
use crate::messenger::payload::Webhook;
use crate::routes::webhook::record;
use crate::state::AppState;
use crate::tenants::DEMO_PAGE;
use actix_web::{web, HttpRequest, HttpResponse};
use handoff_actors::ids::{CustomerId, PageId};
use serde_json::json;
use std::collections::HashMap;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/simulator/api/messages", web::post().to(customer_says))
        .route("/simulator/api/messages", web::get().to(page_replies));
}

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
    let fields = Fields::new(&body);
    let customer = fields.required_id("customer_id")?;
    let page = fields
        .id("page_id")?
        .unwrap_or_else(|| DEMO_PAGE.to_owned());
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
    simulator.set_name(
        &CustomerId::new(&customer),
        name("first_name")?,
        name("last_name")?,
    );
    let mid = format!("m_sim_{}", uuid::Uuid::new_v4().simple());
    let raw = webhook_body(
        &page,
        &customer,
        text,
        &mid,
        chrono::Utc::now().timestamp_millis(),
    );
    let hook: Webhook = serde_json::from_str(&raw)
        .map_err(|e| ApiError::invalid("text", &format!("could not be sent ({e})")))?;
    record(&state, &hook).await?;
    Ok(HttpResponse::Ok().json(json!({"message_id": mid})))
}

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
    Ok(HttpResponse::Ok().json(json!({"messages": messages})))
}
