use super::rules::InboundEvent;
use crate::error::ActorError;
use crate::model::{AgentRef, Customer, MessageRecord};
use crate::outbox::Profile;
use actix::Message;

/// A customer message from the webhook: record it (once) and apply the handoff rule.
#[derive(Clone, Message)]
#[rtype(result = "Result<InboundOutcome, ActorError>")]
pub struct Inbound {
    pub event: InboundEvent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InboundOutcome {
    Recorded {
        handoff_started: bool,
    },
    /// The `mid` was already recorded (Facebook redelivers): nothing changed.
    Duplicate,
}

/// A person answered from Meta's Page inbox (an echo from another app): record their
/// message and pause the bot.
#[derive(Clone, Message)]
#[rtype(result = "Result<(), ActorError>")]
pub struct InboxReply {
    pub mid: String,
    pub text: String,
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

/// The customer after an agent action, and whether the action changed anything.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub customer: Customer,
    pub changed: bool,
}

/// Claim the customer for `agent`.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct Assign {
    pub agent: AgentRef,
}

/// Release the customer back to the queue.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct Unassign {
    pub agent: AgentRef,
}

/// An admin gives the customer to `target`.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct Transfer {
    pub admin: AgentRef,
    pub target: AgentRef,
}

/// Set `stop` (`None`: toggle it).
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct SetStop {
    pub agent: AgentRef,
    pub stop: Option<bool>,
}

/// An agent's message to the customer, through the Send API.
#[derive(Clone, Message)]
#[rtype(result = "Result<Sent, ActorError>")]
pub struct Send {
    pub agent: AgentRef,
    pub text: String,
}

/// What was sent: one message, or several when the text exceeded Messenger's limit.
#[derive(Clone, Debug)]
pub struct Sent {
    /// The whole text as the agent wrote it (trimmed).
    pub text: String,
    pub messages: Vec<MessageRecord>,
    pub auto_assigned: bool,
}

/// The bot's answer (or the handoff notice), sent only if the bot may still speak.
#[derive(Message)]
#[rtype(result = "Result<(), ActorError>")]
pub(crate) struct BotReply {
    pub text: String,
    pub notice: bool,
}

/// A second opinion (the bot's brain) found that the customer asks for a person.
#[derive(Message)]
#[rtype(result = "Result<(), ActorError>")]
pub(crate) struct RequestHuman;

/// The User Profile API answered: name the customer.
#[derive(Message)]
#[rtype(result = "Result<(), ActorError>")]
pub(crate) struct ProfileFetched {
    pub profile: Profile,
}
