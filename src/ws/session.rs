//! WsSession: one per agent WebSocket. The only code that knows WebSocket frames: it turns
//! frames into typed requests for the engine, and the engine's answers and the company
//! hub's broadcasts back into frames.
//!
//! Registers with its company's hub in `started`, deregisters in `stopping`. Its mailbox
//! is bounded (the hub `try_send`s into it), the server pings every `HEARTBEAT` and closes
//! a connection silent for `CLIENT_TIMEOUT`. The connection lives only as long as the
//! session it was opened with: a logout closes it at once (1008), and every heartbeat
//! checks that the session has not expired or ended in another process.
//!
//! Every request draws on its sign-in session's budget (`session_limits.rs`); beyond it the
//! request is answered `rate_limited`, and a client that keeps sending regardless is read
//! no faster than its budget refills, so its frames wait in its own socket, not here.

use super::protocol::{self, Request};
use crate::access::authenticate_hash;
use crate::auth::SessionEnded;
use crate::error::ApiError;
use crate::session_limits::Slot;
use crate::state::AppState;
use crate::views::{Conversation, CustomerList, MessageSent, MessageSentTo};
use actix::prelude::*;
use actix_web::web;
use actix_web_actors::ws;
use handoff_actors::events::CustomerView;
use handoff_actors::ids::CustomerId;
use handoff_actors::messages::{Active, AgentEvent, Connect, Disconnect, Subscribe};
use handoff_actors::model::PageSize;
use handoff_actors::model::{now, AgentRef};
use handoff_actors::CompanyHub;
use handoff_actors::ListRequest;
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tracing::Instrument;

const HEARTBEAT: Duration = Duration::from_secs(15);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(45);
/// Broadcasts waiting for this session; more and it is evicted (it resyncs on reconnect).
pub const OUTBOUND_QUEUE: usize = 1024;
/// Requests one connection may have in flight at once.
const MAX_IN_FLIGHT: usize = 64;
/// Refusals in a row after which the connection stops reading until the budget refills.
const REFUSALS_BEFORE_PAUSE: u32 = 8;
/// The longest such pause: heartbeats and broadcasts to this connection wait meanwhile.
const MAX_PAUSE: Duration = Duration::from_millis(500);

pub struct WsSession {
    id: u64,
    agent: AgentRef,
    /// The hash of the session token the connection was opened with.
    token_hash: String,
    state: web::Data<AppState>,
    hub: Addr<CompanyHub>,
    last_heard: Instant,
    in_flight: usize,
    /// This connection's place among its session's, and the session's request budget.
    slot: Slot,
    /// Requests refused since the last one admitted.
    refused_in_row: u32,
    /// When the hub was last told this agent is active (automatic away counts from it).
    told_active: Option<Instant>,
}

/// How often, at most, a busy console tells its hub the agent is active.
const ACTIVE_EVERY: Duration = Duration::from_secs(1);

impl WsSession {
    pub fn new(
        agent: AgentRef,
        token_hash: String,
        state: web::Data<AppState>,
        slot: Slot,
    ) -> Self {
        let hub = state.engine.as_agent(&agent).hub();
        WsSession {
            id: handoff_actors::messages::next_session_id(),
            agent,
            token_hash,
            state,
            hub,
            last_heard: Instant::now(),
            in_flight: 0,
            slot,
            refused_in_row: 0,
            told_active: None,
        }
    }

    fn on_text(&mut self, text: &str, ctx: &mut ws::WebsocketContext<Self>) {
        let frame = match protocol::parse(text) {
            Ok(frame) => frame,
            Err(rejected) => {
                let kind = rejected.request_type.as_deref();
                if let Err(wait) = self.slot.admit(false) {
                    self.refuse(&rejected.request_id, kind, wait, ctx);
                    return;
                }
                ctx.text(protocol::error(&rejected.request_id, kind, &rejected.error));
                return;
            }
        };
        let request_id = frame.request_id.clone();
        let kind = frame.kind.clone();
        if let Err(wait) = self.slot.admit(protocol::is_presence(&kind)) {
            self.refuse(&request_id, Some(&kind), wait, ctx);
            return;
        }
        let request = match protocol::request(&frame) {
            Ok(request) => request,
            Err(err) => {
                ctx.text(protocol::error(&request_id, Some(&kind), &err));
                return;
            }
        };
        if request == Request::Ping {
            self.refused_in_row = 0;
            ctx.text(protocol::reply("pong", &request_id, json!({})));
            return;
        }
        if self.in_flight >= MAX_IN_FLIGHT {
            self.refuse(&request_id, Some(&kind), Duration::from_secs(1), ctx);
            return;
        }
        self.refused_in_row = 0;
        self.in_flight += 1;
        if self
            .told_active
            .is_none_or(|at| at.elapsed() >= ACTIVE_EVERY)
        {
            self.told_active = Some(Instant::now());
            self.hub.do_send(Active {
                agent: self.agent.id.clone(),
            });
        }
        let state = self.state.clone();
        let agent = self.agent.clone();
        let link = (self.id, self.hub.clone());
        let span = tracing::info_span!("ws_command", kind = %kind, company = %agent.company_id,
            customer = tracing::field::Empty);
        if let Some(customer) = request_customer(&request) {
            span.record("customer", tracing::field::display(customer));
        }
        let work = async move { dispatch(&state, &agent, link, request).await }.instrument(span);
        ctx.spawn(work.into_actor(self).map(move |result, act, ctx| {
            act.in_flight -= 1;
            let frame = match result {
                Ok((reply_type, data)) => protocol::reply(reply_type, &request_id, data),
                Err(err) => protocol::error(&request_id, Some(&kind), &err),
            };
            ctx.text(frame);
        }));
    }
}

impl WsSession {
    /// Answers `rate_limited`. A client refused again and again without slowing down is
    /// not read until it may send again: what it sends meanwhile stays in its own socket
    /// (and TCP slows it), instead of costing this server a parse and an answer each.
    fn refuse(
        &mut self,
        request_id: &Option<Value>,
        kind: Option<&str>,
        wait: Duration,
        ctx: &mut ws::WebsocketContext<Self>,
    ) {
        ctx.text(protocol::error(
            request_id,
            kind,
            &ApiError::RateLimited { retry_after: wait },
        ));
        self.refused_in_row = self.refused_in_row.saturating_add(1);
        if self.refused_in_row >= REFUSALS_BEFORE_PAUSE {
            let pause = wait.min(MAX_PAUSE);
            ctx.wait(actix::fut::wrap_future(tokio::time::sleep(pause)));
        }
    }

    /// Asks whether the session still stands: it may have expired, or ended in another
    /// process sharing the store (a logout here closes the connection at once, through
    /// `SessionEnded`). A store that cannot answer ends nothing.
    fn check_session(&mut self, ctx: &mut ws::WebsocketContext<Self>) {
        let state = self.state.clone();
        let hash = self.token_hash.clone();
        let check = async move { authenticate_hash(&state, &hash).await };
        ctx.spawn(check.into_actor(self).map(|result, _, ctx| {
            if matches!(result, Err(ApiError::Unauthorized)) {
                end_session(ctx);
            }
        }));
    }
}

/// Closes a connection whose session has ended (1008, policy violation).
fn end_session(ctx: &mut ws::WebsocketContext<WsSession>) {
    ctx.close(Some(ws::CloseReason {
        code: ws::CloseCode::Policy,
        description: Some("session ended; sign in again".into()),
    }));
    ctx.stop();
}

impl Handler<SessionEnded> for WsSession {
    type Result = ();

    fn handle(&mut self, _: SessionEnded, ctx: &mut Self::Context) {
        end_session(ctx);
    }
}

/// The customer a request concerns, for its log span.
fn request_customer(request: &Request) -> Option<&CustomerId> {
    match request {
        Request::AssignAgent { customer, .. }
        | Request::UnassignAgent { customer, .. }
        | Request::SetPriority { customer, .. }
        | Request::SendMessage { customer, .. }
        | Request::RetryMessage { customer, .. }
        | Request::DiscardMessage { customer, .. }
        | Request::GetConversation { customer, .. } => Some(customer),
        Request::Viewing { customer, .. } => customer.as_ref(),
        Request::GetStoppedCustomers { .. }
        | Request::SetAvailability { .. }
        | Request::Subscribe { .. }
        | Request::Ping => None,
    }
}

/// Runs one request against the engine (feeds: against this connection's place in the
/// company hub, `link`): the reply's type and data.
async fn dispatch(
    state: &AppState,
    agent: &AgentRef,
    link: (u64, Addr<CompanyHub>),
    request: Request,
) -> Result<(&'static str, Value), ApiError> {
    let engine = &state.engine;
    Ok(match request {
        Request::GetStoppedCustomers {
            page,
            limit,
            skip,
            sort,
        } => {
            let request = ListRequest {
                page,
                stop: Some(true),
                assigned: None,
                sort,
                limit: PageSize::new(limit),
                skip,
            };
            let page = engine.as_agent(agent).list_customers(request).await?;
            let list = CustomerList {
                customers: page.customers,
                total: page.total,
                limit: page.limit,
                skip: page.skip,
            };
            ("stopped_customers", json!(list))
        }
        Request::AssignAgent { customer, page } => {
            let view = engine
                .as_agent(agent)
                .assign(Some(&page), &customer)
                .await?;
            ("agent_assigned", json!({"customer": view}))
        }
        Request::UnassignAgent { customer, page } => {
            let view = engine
                .as_agent(agent)
                .unassign(Some(&page), &customer)
                .await?;
            ("agent_unassigned", json!({"customer": view}))
        }
        Request::SetPriority {
            customer,
            page,
            priority,
        } => {
            let view = engine
                .as_agent(agent)
                .set_priority(Some(&page), &customer, priority)
                .await?;
            ("priority_set", json!({"customer": view}))
        }
        Request::SendMessage {
            customer,
            page,
            text,
        } => {
            let (key, sent) = engine
                .as_agent(agent)
                .send(Some(&page), &customer, &text)
                .await?;
            let sent = MessageSentTo {
                sent: MessageSent::new(&sent),
                customer_id: key.customer,
                page_id: key.page,
            };
            ("message_sent", json!(sent))
        }
        Request::RetryMessage {
            customer,
            page,
            outgoing_id,
        } => {
            let (key, sent) = engine
                .as_agent(agent)
                .retry_message(Some(&page), &customer, &outgoing_id)
                .await?;
            let mut sent = MessageSent::new(&sent);
            sent.outgoing_id = Some(outgoing_id);
            let sent = MessageSentTo {
                sent,
                customer_id: key.customer,
                page_id: key.page,
            };
            ("message_sent", json!(sent))
        }
        Request::DiscardMessage {
            customer,
            page,
            outgoing_id,
        } => {
            let view = engine
                .as_agent(agent)
                .discard_message(Some(&page), &customer, &outgoing_id)
                .await?;
            (
                "message_discarded",
                json!({"customer": view, "outgoing_id": outgoing_id}),
            )
        }
        Request::GetConversation {
            customer,
            page,
            limit,
            before,
        } => {
            let (view, key): (CustomerView, _) = engine
                .as_agent(agent)
                .customer(Some(&page), &customer)
                .await?;
            let messages = engine
                .as_agent(agent)
                .messages(&key, PageSize::new(limit).get(), before)
                .await?;
            let outgoing = view.outgoing(now());
            let conversation = Conversation {
                customer: view,
                messages,
                outgoing,
            };
            ("conversation", json!(conversation))
        }
        Request::SetAvailability { status } => {
            engine.as_agent(agent).set_availability(status).await?;
            ("availability_set", json!({"status": status}))
        }
        Request::Viewing { customer, page } => {
            let target = customer.as_ref().map(|c| (page.as_ref(), c));
            let key = engine.as_agent(agent).set_viewing(target).await?;
            (
                "viewing_set",
                json!({"customer_id": key.as_ref().map(|k| &k.customer),
                "page_id": key.as_ref().map(|k| &k.page)}),
            )
        }
        Request::Subscribe { feed, on } => {
            let (session, hub) = link;
            let feeds = hub
                .send(Subscribe { session, feed, on })
                .await
                .map_err(|err| {
                    tracing::error!(error = %err, "company hub unreachable");
                    ApiError::from(handoff_actors::ActorError::ActorUnavailable)
                })?;
            (
                "feeds",
                json!({"messages": feeds.messages, "queue_digest": feeds.queue_digest}),
            )
        }
        Request::Ping => ("pong", json!({})),
    })
}

impl Actor for WsSession {
    type Context = ws::WebsocketContext<Self>;

    fn started(&mut self, ctx: &mut Self::Context) {
        ctx.set_mailbox_capacity(OUTBOUND_QUEUE);
        self.state.engine.metrics().ws_sessions.inc();
        self.hub.do_send(Connect {
            session: self.id,
            agent: self.agent.id.clone(),
            recipient: ctx.address().recipient(),
        });
        self.state
            .sessions
            .watch(&self.token_hash, self.id, ctx.address().recipient());
        ctx.run_interval(HEARTBEAT, |act, ctx| {
            if act.last_heard.elapsed() > CLIENT_TIMEOUT {
                tracing::info!(agent_id = %act.agent.id, "agent connection timed out");
                ctx.close(Some(ws::CloseCode::Away.into()));
                ctx.stop();
            } else {
                ctx.ping(b"");
                act.check_session(ctx);
            }
        });
    }

    fn stopping(&mut self, _ctx: &mut Self::Context) -> Running {
        self.state.sessions.unwatch(&self.token_hash, self.id);
        self.hub.do_send(Disconnect { session: self.id });
        self.state.engine.metrics().ws_sessions.dec();
        Running::Stop
    }
}

impl Handler<AgentEvent> for WsSession {
    type Result = ();

    fn handle(&mut self, msg: AgentEvent, ctx: &mut Self::Context) {
        match msg {
            AgentEvent::Broadcast(frame) => ctx.text(&*frame),
            AgentEvent::Evicted => {
                ctx.close(Some(ws::CloseReason {
                    code: ws::CloseCode::Again,
                    description: Some("too far behind; reconnect and resync".into()),
                }));
                ctx.stop();
            }
        }
    }
}

impl StreamHandler<Result<ws::Message, ws::ProtocolError>> for WsSession {
    fn handle(&mut self, item: Result<ws::Message, ws::ProtocolError>, ctx: &mut Self::Context) {
        self.last_heard = Instant::now();
        match item {
            Ok(ws::Message::Text(text)) => self.on_text(&text, ctx),
            Ok(ws::Message::Binary(_)) | Ok(ws::Message::Continuation(_)) => {
                ctx.text(protocol::error(
                    &None,
                    None,
                    &ApiError::invalid("frame", "only single JSON text frames are accepted"),
                ))
            }
            Ok(ws::Message::Ping(bytes)) => ctx.pong(&bytes),
            Ok(ws::Message::Pong(_)) | Ok(ws::Message::Nop) => {}
            Ok(ws::Message::Close(reason)) => {
                ctx.close(reason);
                ctx.stop();
            }
            Err(ws::ProtocolError::Overflow) => {
                tracing::info!(agent_id = %self.agent.id, "oversized WebSocket frame refused");
                ctx.close(Some(ws::CloseReason {
                    code: ws::CloseCode::Size,
                    description: Some("frame too large".into()),
                }));
                ctx.stop();
            }
            Err(err) => {
                tracing::info!(agent_id = %self.agent.id, error = %err, "WebSocket protocol error");
                ctx.close(Some(ws::CloseCode::Protocol.into()));
                ctx.stop();
            }
        }
    }
}
