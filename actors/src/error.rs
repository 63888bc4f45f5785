//! The domain errors every actor answers with. The HTTP and WebSocket layers map each
//! variant to one `(code, status)` pair; internal detail stays in the logs.

use thiserror::Error;

/// A Graph API failure, with what Facebook said about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphFailure {
    pub message: String,
    pub code: Option<i64>,
    pub subcode: Option<i64>,
    /// The request reached Facebook but its answer did not come back (a timeout, a 5xx, a
    /// broken connection): a message may have been delivered all the same.
    pub maybe_delivered: bool,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ActorError {
    #[error("Customer not found")]
    CustomerNotFound,
    #[error("Already assigned to {agent_name}")]
    AlreadyAssigned { agent_name: String },
    #[error("Not assigned to you")]
    NotAssignedToYou,
    #[error("Page access denied")]
    PageAccessDenied,
    #[error("Customer has not requested help")]
    HelpNotRequested,
    #[error("Messaging window closed")]
    MessagingWindowClosed,
    #[error("{0}")]
    InvalidRequest(String),
    #[error("Forbidden")]
    Forbidden,
    #[error("{}", .0.message)]
    Messenger(GraphFailure),
    /// An agent's message did not get through (or its delivery is unknown); it waits in
    /// the customer's outgoing messages under `outgoing_id`.
    #[error("{}", .failure.message)]
    Undelivered {
        failure: GraphFailure,
        outgoing_id: String,
    },
    #[error("Store unavailable")]
    StoreUnavailable,
    /// An actor did not answer (its mailbox closed or timed out): a fault of this process,
    /// not of the store.
    #[error("Internal error")]
    ActorUnavailable,
    /// The customer changed under every attempt of a compare-and-set loop.
    #[error("Internal error")]
    Contention,
}

impl ActorError {
    /// An `invalid_request` naming the offending field.
    pub fn invalid(field: &str, problem: &str) -> Self {
        ActorError::InvalidRequest(format!("{field}: {problem}"))
    }

    /// The stable machine-readable code (contract.md, "Errors").
    pub fn code(&self) -> &'static str {
        match self {
            ActorError::CustomerNotFound => "customer_not_found",
            ActorError::AlreadyAssigned { .. } => "already_assigned",
            ActorError::NotAssignedToYou => "not_assigned_to_you",
            ActorError::PageAccessDenied => "page_access_denied",
            ActorError::HelpNotRequested => "help_not_requested",
            ActorError::MessagingWindowClosed => "messaging_window_closed",
            ActorError::InvalidRequest(_) => "invalid_request",
            ActorError::Forbidden => "forbidden",
            ActorError::Messenger(_) | ActorError::Undelivered { .. } => "messenger_error",
            ActorError::StoreUnavailable => "store_unavailable",
            ActorError::ActorUnavailable | ActorError::Contention => "internal",
        }
    }

    /// The request failed rather than was refused: nothing to audit as a refusal.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            ActorError::StoreUnavailable | ActorError::ActorUnavailable | ActorError::Contention
        )
    }
}

/// Logged where it is answered (the web layer), not here.
impl From<actix::MailboxError> for ActorError {
    fn from(_: actix::MailboxError) -> Self {
        ActorError::ActorUnavailable
    }
}

/// What a store can fail with. Only `Unavailable` reaches clients (as `store_unavailable`).
#[derive(Clone, Debug, Error)]
pub enum StoreError {
    #[error("store unavailable: {0}")]
    Unavailable(String),
    #[error("corrupt record: {0}")]
    Corrupt(String),
    /// The persistence actor did not answer: a fault of this process, not of the store.
    #[error("persistence actor stopped")]
    Stopped,
}

/// Store failures are logged where they are seen (the persistence actor), not here.
impl From<StoreError> for ActorError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Stopped => ActorError::ActorUnavailable,
            StoreError::Unavailable(_) | StoreError::Corrupt(_) => ActorError::StoreUnavailable,
        }
    }
}
