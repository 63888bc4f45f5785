//! The error responses of the OpenAPI document, one per HTTP status, built from
//! [`crate::error::CODES`]: each lists the codes its status carries, so a client (or a
//! fuzzer) can hold an error body to exactly the codes it may hold. Handlers name them in
//! their `#[utoipa::path]` (`(status = 404, response = NotFound)`); the document carries
//! them once, under `components/responses`. The sets of errors that many operations share
//! (every action on one customer, say) are named once below, as [`IntoResponses`] types a
//! `#[utoipa::path]` lists after its success: `responses((status = 200, ...), CustomerClaim)`.

use crate::error::CODES;
use std::collections::BTreeMap;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder, Schema};
use utoipa::{IntoResponses, ToResponse};

/// An error response and the status it answers.
pub trait ErrorStatus {
    const STATUS: u16;
}

macro_rules! error_responses {
    ($($(#[$doc:meta])* $name:ident = $status:literal;)*) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl ErrorStatus for $name {
                const STATUS: u16 = $status;
            }

            impl<'r> ToResponse<'r> for $name {
                fn response() -> (&'r str, RefOr<Response>) {
                    (stringify!($name), error_response($status).into())
                }
            }
        )*

        /// Every error response with its status, for the document's components.
        pub fn all() -> Vec<(u16, &'static str, RefOr<Response>)> {
            vec![$(($status, stringify!($name), error_response($status).into())),*]
        }
    };
}

error_responses! {
    /// 400: a malformed body, query or path, named in the message.
    BadRequest = 400;
    /// 401: no session, or one that has ended; a failed login.
    Unauthorized = 401;
    /// 403: not allowed (admin only, another company's page, a foreign `Origin`).
    Forbidden = 403;
    /// 404: no such customer in the caller's company.
    NotFound = 404;
    /// 409: the customer's state refuses the action.
    Conflict = 409;
    /// 413: the body is over the limit.
    PayloadTooLarge = 413;
    /// 429: too many attempts; `Retry-After` says when to try again.
    TooManyRequests = 429;
    /// 500: a fault inside the server (an actor that did not answer, a customer that kept
    /// changing under every write attempt).
    InternalError = 500;
    /// 502: Facebook refused or lost an agent's message.
    BadGateway = 502;
    /// 503: the store did not answer in time.
    ServiceUnavailable = 503;
}

/// A reference to the error response `R`, under its status.
fn refer<R: ErrorStatus + for<'r> ToResponse<'r>>() -> (String, RefOr<Response>) {
    let (name, _) = R::response();
    (R::STATUS.to_string(), Ref::from_response_name(name).into())
}

macro_rules! error_sets {
    ($($(#[$doc:meta])* $name:ident = [$($member:ident),+ $(,)?];)*) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl IntoResponses for $name {
                fn responses() -> BTreeMap<String, RefOr<Response>> {
                    BTreeMap::from([$(refer::<$member>()),+])
                }
            }
        )*
    };
}

error_sets! {
    /// A signed-in agent's request with nothing to read but the session.
    SignedIn = [Unauthorized, Forbidden, ServiceUnavailable];
    /// A signed-in agent's request that names something the server checks.
    AgentCall = [BadRequest, Unauthorized, Forbidden, ServiceUnavailable];
    /// A change to the company's settings with a JSON body (admins).
    SettingsChange = [BadRequest, Unauthorized, Forbidden, PayloadTooLarge, ServiceUnavailable];
    /// Reading one customer (or dropping one of their undelivered messages).
    CustomerRead = [BadRequest, Unauthorized, Forbidden, NotFound, ServiceUnavailable];
    /// A change to one customer with a JSON body.
    CustomerChange = [
        BadRequest, Unauthorized, Forbidden, NotFound, PayloadTooLarge, ServiceUnavailable,
    ];
    /// A change the customer's state may refuse: taking, releasing or handing them over.
    CustomerClaim = [
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, PayloadTooLarge,
        ServiceUnavailable,
    ];
    /// A message to a customer: a claim's errors and Facebook's refusal.
    CustomerMessage = [
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, PayloadTooLarge, BadGateway,
        ServiceUnavailable,
    ];
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn closed(object: ObjectBuilder) -> Schema {
    object
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .build()
        .into()
}

/// What `data` holds in a `messenger_error`: Graph's own error code, and for an agent
/// message, where it stands and its id.
fn messenger_data() -> Schema {
    let nullable_integer = || {
        ObjectBuilder::new().schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::Integer,
            Type::Null,
        ]))
    };
    closed(
        ObjectBuilder::new()
            .property(
                "code",
                nullable_integer().description(Some("Graph's error code")),
            )
            .required("code")
            .property(
                "error_subcode",
                nullable_integer().description(Some("Graph's error subcode")),
            )
            .required("error_subcode")
            .property(
                "delivery",
                string()
                    .enum_values(Some(["failed", "unconfirmed"]))
                    .description(Some(
                        "`failed`: not delivered, retry or discard it; `unconfirmed`: it may \
                         have been delivered, its echo will tell",
                    )),
            )
            .property(
                "outgoing_id",
                string().description(Some("The undelivered message, to retry or discard")),
            ),
    )
}

/// `{"error": {"code", "message"[, "data"]}}` with `code` one of those of `status`.
fn error_response(status: u16) -> Response {
    let codes: Vec<&str> = CODES
        .iter()
        .filter(|(_, s)| *s == status)
        .map(|(code, _)| *code)
        .collect();
    let mut error = ObjectBuilder::new()
        .property("code", string().enum_values(Some(codes.clone())))
        .required("code")
        .property(
            "message",
            string().description(Some(
                "For people; an `invalid_request` names the field first",
            )),
        )
        .required("message");
    if codes.contains(&"messenger_error") {
        error = error.property("data", messenger_data()).required("data");
    }
    let body = closed(
        ObjectBuilder::new()
            .property("error", closed(error))
            .required("error"),
    );
    let shown: Vec<String> = codes.iter().map(|c| format!("`{c}`")).collect();
    let mut response = ResponseBuilder::new()
        .description(format!("Error: {}", shown.join(", ")))
        .content(
            "application/json",
            ContentBuilder::new().schema(Some(body)).build(),
        );
    if status == 429 {
        response = response.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(
                    ObjectBuilder::new()
                        .schema_type(Type::Integer)
                        .minimum(Some(1)),
                )
                .description(Some("Seconds to wait before trying again"))
                .build(),
        );
    }
    response.build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_status_of_the_error_table_has_its_response() {
        let responses: BTreeSet<u16> = all().iter().map(|(status, _, _)| *status).collect();
        let table: BTreeSet<u16> = CODES.iter().map(|(_, status)| *status).collect();
        assert_eq!(responses, table);
    }

    #[test]
    fn an_error_response_lists_the_codes_of_its_status() {
        let (_, response) = NotFound::response();
        let json = serde_json::to_value(response).expect("serialises");
        let code = &json["content"]["application/json"]["schema"]["properties"]["error"]
            ["properties"]["code"];
        assert_eq!(code["enum"], serde_json::json!(["customer_not_found"]));
    }

    #[test]
    fn a_set_refers_to_its_members_under_their_statuses() {
        let responses = serde_json::to_value(CustomerMessage::responses()).expect("serialises");
        assert_eq!(
            responses["502"]["$ref"],
            "#/components/responses/BadGateway"
        );
        assert_eq!(responses.as_object().map(|o| o.len()), Some(8));
    }
}
