//! HTTP routes. Each module registers its own routes with `configure`; handlers are thin:
//! parse, authenticate, call the engine, render. This module only gathers them: the
//! helpers they share live in `body.rs`, `customer_call.rs`, `query.rs` and `origin.rs`,
//! so no route module reaches back up into this one.

pub mod auth;
pub mod body;
pub mod customer_call;
pub mod customers;
pub mod health;
pub mod metrics;
pub mod openapi;
pub mod origin;
pub mod query;
pub mod routing;
pub mod simulator;
pub mod webhook;

use crate::error::ApiError;
use actix_web::web;
use utoipa_actix_web::service_config::ServiceConfig;

/// Every route but the console's static files, each described in the OpenAPI document.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.app_data(
        web::PathConfig::default()
            .error_handler(|err, _| ApiError::invalid("path", &err.to_string()).into()),
    )
    .app_data(
        web::QueryConfig::default()
            .error_handler(|err, _| ApiError::invalid("query", &err.to_string()).into()),
    );
    auth::configure(cfg);
    customers::configure(cfg);
    webhook::configure(cfg);
    health::configure(cfg);
    openapi::configure(cfg);
    crate::ws::configure(cfg);
    simulator::configure(cfg);
}
