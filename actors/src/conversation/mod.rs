//! Conversation: one actor per customer `(page_id, customer_id)`, started on demand and
//! stopped when idle. It owns that customer's state and serializes everything that changes
//! it: [`Inbound`] messages, [`InboxReply`], [`Assign`], [`Unassign`], [`Transfer`],
//! [`SetStop`], agent messages ([`SendMessage`], [`RetryMessage`], [`DiscardMessage`],
//! [`OwnEcho`]), Meta's news of who controls the thread ([`ThreadChanged`]), and its own
//! follow-ups (bot replies, profile names, thread control).
//!
//! Handlers that await use `AtomicResponse`: the next message starts only when the previous
//! one is written, so two agents racing for a customer are answered strictly in turn. Only
//! store reads and writes happen inside that section: calls to Facebook run in tasks of their
//! own and come back as messages (`delivery.rs`), so a slow Graph API never delays a webhook
//! or a claim.
//!
//! Every write is a compare-and-set on `version`; when another process changed the customer
//! meanwhile, the actor reloads and decides again. The cached customer is only a hint where
//! other processes write the same store: every agent decision, no-ops included, is taken on
//! a version read just before it.

mod agent;
mod customer;
mod delivery;
mod episode;
mod machinery;
pub mod messages;
mod outbound;
pub mod outgoing;
mod ownership;
mod registry;
pub mod rules;
mod thread;
pub use delivery::{echo_metadata, parse_echo_metadata};
pub use machinery::Conversation;
pub(crate) use machinery::Deps;
pub use messages::{
    Assign, AutoAssign, DiscardMessage, Inbound, InboundOutcome, InboxReply, Outcome, OwnEcho,
    PageEcho, Requeue, RetryMessage, SendMessage, Sent, SetPriority, SetStop, ThreadChanged,
    Ticket, Transfer, Unassign,
};
pub use ownership::{ThreadNews, UNKNOWN_APP};
pub(crate) use registry::Conversations;
