//! `GET /api/openapi.json`: the OpenAPI 3.1 document of every route (public: it tells no
//! more than the documentation does).

use crate::openapi::ApiDocument;
use actix_web::http::header::{CacheControl, CacheDirective, ContentType};
use actix_web::{get, web, HttpResponse};
use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(document);
}

/// The OpenAPI 3.1 document of this server.
#[utoipa::path(
    tag = "operations",
    operation_id = "openapi_document",
    responses(
        (status = 200, description = "This document", body = Object, content_type = "application/json"),
    ),
)]
#[get("/api/openapi.json")]
async fn document(document: web::Data<ApiDocument>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(3600),
        ]))
        .body(document.json.clone())
}
