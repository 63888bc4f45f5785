//! The OpenAPI 3.1 description of every HTTP route, served at `GET /api/openapi.json`.
//!
//! Paths, parameters, bodies and schemas come from the `#[utoipa::path]` annotation on each
//! handler, gathered while the routes are registered (the `configure` the caller passes,
//! through `utoipa-actix-web`): a route registered with `service(...)` cannot be missing
//! from the document. The routes are passed in rather than named here, since the routes
//! serve this document and so stand above it. This module adds what all of them share: the
//! two ways to present a session (required on every dashboard route), the error responses
//! built from the error table, the tags. The document is built and serialised once, at
//! start.

pub mod errors;

use actix_web::App;
use utoipa::openapi::path::Operation;
use utoipa::openapi::schema::{SchemaType, Type};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::tag::TagBuilder;
use utoipa::openapi::{
    ComponentsBuilder, InfoBuilder, LicenseBuilder, OpenApi, OpenApiBuilder, RefOr, Response,
    Schema,
};
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_actix_web::AppExt;

/// The security scheme of `Authorization: Bearer <token>`.
pub const BEARER: &str = "bearer";
/// The security scheme of the `handoff_session` cookie.
pub const SESSION_COOKIE: &str = "session_cookie";
/// The security scheme of `/metrics` (`HANDOFF_METRICS_TOKEN`).
pub const METRICS_TOKEN: &str = "metrics_token";

/// The document, serialised once.
pub struct ApiDocument {
    pub json: actix_web::web::Bytes,
}

impl ApiDocument {
    /// The document of the routes `configure` registers.
    pub fn build(configure: fn(&mut ServiceConfig)) -> Result<Self, serde_json::Error> {
        Ok(ApiDocument {
            json: document(configure).to_json()?.into(),
        })
    }
}

/// The whole document: the shared parts, then every route as `configure` registers it (on
/// an application that is never started).
pub fn document(configure: fn(&mut ServiceConfig)) -> OpenApi {
    let (_, mut openapi) = App::new()
        .into_utoipa_app()
        .openapi(base())
        .configure(configure)
        .split_for_parts();
    optional_bodies_are_never_null(&mut openapi);
    dashboard_operations_need_a_session(&mut openapi);
    openapi
}

/// Every operation of the document, with its path.
fn operations(openapi: &mut OpenApi) -> impl Iterator<Item = (&String, &mut Operation)> {
    openapi.paths.paths.iter_mut().flat_map(|(path, item)| {
        [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        .map(move |operation| (path, operation))
    })
}

/// Every route under `/api/dashboard/` takes a session (its handlers ask for `CurrentAgent`
/// or `Admin`), so the document says it here once, with the tag they share.
fn dashboard_operations_need_a_session(openapi: &mut OpenApi) {
    for (path, operation) in operations(openapi) {
        if path.starts_with("/api/dashboard/") {
            operation.tags = Some(vec!["dashboard".to_owned()]);
            operation.security = Some(session_required());
        }
    }
}

/// Either way of presenting a session.
pub fn session_required() -> Vec<SecurityRequirement> {
    [BEARER, SESSION_COOKIE]
        .into_iter()
        .map(|scheme| SecurityRequirement::new(scheme, Vec::<String>::new()))
        .collect()
}

/// A handler whose body may be left out says so with `Option<T>`, which utoipa renders as
/// "null or T" (and not required). The server takes no body or a T, never a JSON `null`:
/// keep the T, still optional.
fn optional_bodies_are_never_null(openapi: &mut OpenApi) {
    let is_null = |schema: &RefOr<Schema>| matches!(schema, RefOr::T(Schema::Object(o)) if o.schema_type == SchemaType::Type(Type::Null));
    for (_, operation) in operations(openapi) {
        let Some(body) = &mut operation.request_body else {
            continue;
        };
        for content in body.content.values_mut() {
            if let Some(RefOr::T(Schema::OneOf(one_of))) = &content.schema {
                let mut kept = one_of.items.iter().filter(|s| !is_null(s));
                if let (Some(only), None) = (kept.next(), kept.next()) {
                    content.schema = Some(only.clone());
                }
            }
        }
    }
}

fn base() -> OpenApi {
    let responses: Vec<(String, RefOr<Response>)> = errors::all()
        .into_iter()
        .map(|(_, name, response)| (name.to_owned(), response))
        .collect();
    let components = ComponentsBuilder::new()
        .security_scheme(
            BEARER,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The `token` that `POST /api/auth/login` answers with"))
                    .build(),
            ),
        )
        .security_scheme(
            SESSION_COOKIE,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "The cookie `POST /api/auth/login` sets (what the console uses)",
            ))),
        )
        .security_scheme(
            METRICS_TOKEN,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "`HANDOFF_METRICS_TOKEN`, when set; without it `/metrics` answers only \
                         clients on the same machine",
                    ))
                    .build(),
            ),
        )
        .responses_from_iter(responses)
        .build();
    let tag = |name: &str, description: &str| {
        TagBuilder::new()
            .name(name)
            .description(Some(description))
            .build()
    };
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("handoff")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Human takeover for Facebook Messenger bots. Every route under `/api/` \
                     but the login and this document needs a session: the `handoff_session` \
                     cookie or `Authorization: Bearer <token>`. Errors are \
                     `{\"error\": {\"code\", \"message\"}}` with the codes of docs/errors.md. \
                     A POST, PUT or DELETE under `/api/` whose `Origin` is not allowed is \
                     refused `403 forbidden`. The agents' live channel is the WebSocket at \
                     `/ws` (docs/ws-protocol.md).",
                ))
                .license(Some(LicenseBuilder::new().name("MIT").build()))
                .build(),
        )
        .components(Some(components))
        .tags(Some([
            tag("auth", "Signing in and out"),
            tag(
                "dashboard",
                "The agents' console: customers, messages, audit, agents",
            ),
            tag("webhook", "Facebook's side: the Messenger webhook"),
            tag("operations", "Health, readiness, metrics and this document"),
            tag("websocket", "The agents' live channel"),
            tag(
                "simulator",
                "Demo mode only: the customer simulator (404 otherwise)",
            ),
        ]))
        .build()
}
