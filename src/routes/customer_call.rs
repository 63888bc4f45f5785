//! An agent's request about one customer, read in the order its errors are answered: who
//! asks (`unauthorized`), then the ids in the path (`invalid_request`), then the JSON body
//! (`payload_too_large`, `invalid_request`). Handlers that change a customer take a
//! [`CustomerCall`] and are left with the one thing they do.

use super::body::read_json_object;
use crate::access::CurrentAgent;
use crate::error::ApiError;
use crate::fields::{check_id, Fields, FromFields};
use crate::state::AppState;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use handoff_actors::ids::CustomerId;
use handoff_actors::model::AgentRef;
use handoff_actors::AgentDesk;
use serde::Deserialize;

/// A signed-in agent's request about the customer in the path, with its body `B`.
pub struct CustomerCall<B> {
    pub customer: CustomerId,
    pub body: B,
    agent: AgentRef,
    /// The path's other id, if it has one (`outgoing_id`), checked like the customer's.
    outgoing_id: Option<String>,
    state: web::Data<AppState>,
}

/// The ids a customer route's path may hold.
#[derive(Deserialize)]
struct PathIds {
    customer_id: String,
    outgoing_id: Option<String>,
}

impl<B> CustomerCall<B> {
    /// The desk of the agent asking: every action goes through it.
    pub fn desk(&self) -> AgentDesk<'_> {
        self.state.engine.as_agent(&self.agent)
    }

    /// The undelivered message the path names (`.../outgoing/{outgoing_id}/...`).
    pub fn outgoing_id(&self) -> String {
        self.outgoing_id.clone().unwrap_or_default()
    }
}

impl<B: FromFields + 'static> FromRequest for CustomerCall<B> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let agent = CurrentAgent::from_request(req, payload);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let (req, body) = (req.clone(), payload.take());
        Box::pin(async move {
            let CurrentAgent(agent) = agent.await?;
            let state = state.ok_or(ApiError::Unauthorized)?;
            // Decoded as `web::Path` decodes them.
            let ids: PathIds = req
                .match_info()
                .load()
                .map_err(|_| ApiError::invalid("customer_id", "required"))?;
            let customer = CustomerId::new(check_id("customer_id", &ids.customer_id)?);
            crate::telemetry::note_customer(&customer);
            let outgoing_id = ids
                .outgoing_id
                .map(|id| check_id("outgoing_id", &id))
                .transpose()?;
            let body = B::read(&Fields::new(&read_json_object(&req, body).await?))?;
            Ok(CustomerCall {
                customer,
                body,
                agent,
                outgoing_id,
                state,
            })
        })
    }
}
