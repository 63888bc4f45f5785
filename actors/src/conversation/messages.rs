use super::ownership::ThreadNews;
use super::rules::InboundEvent;
use crate::error::{ActorError, GraphFailure};
use crate::model::{AgentRef, Customer, MessageRecord};
use crate::outbox::Profile;
use actix::Message;
use tokio::sync::oneshot;

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

/// Our own echo of part `part` of the outgoing message `outgoing_id` came back from
/// Facebook with the message id `mid`: that part was delivered.
#[derive(Clone, Message)]
#[rtype(result = "Result<(), ActorError>")]
pub struct OwnEcho {
    pub outgoing_id: String,
    pub part: usize,
    pub mid: String,
}

/// An echo of a message the page sent, as the webhook brings it back.
#[derive(Clone)]
pub enum PageEcho {
    /// A person typed it in Meta's Page inbox.
    Inbox(InboxReply),
    /// We sent it: part of an agent's outgoing message.
    Own(OwnEcho),
}

/// Meta changed (or was asked to change) who controls the customer's thread, at `at` by
/// its clock.
#[derive(Clone, Message)]
#[rtype(result = "Result<(), ActorError>")]
pub struct ThreadChanged {
    pub news: ThreadNews,
    pub at: chrono::DateTime<chrono::Utc>,
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

/// Hand the waiting customer to `agent` by the company's routing policy: only a customer
/// who waits unheld is taken; one held by anyone is left where they are. `detail` is the
/// decision's reason, audited with it.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct AutoAssign {
    pub agent: AgentRef,
    pub detail: serde_json::Value,
}

/// Set the priority of a customer who asked for a person.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct SetPriority {
    pub agent: AgentRef,
    pub priority: crate::policy::Priority,
}

/// Put the customer back in the queue if `holder` has left them unanswered for `after`
/// (the company's re-queue limit).
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct Requeue {
    pub holder: AgentRef,
    pub after: chrono::TimeDelta,
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

/// An agent's message to the customer: reserved at once, sent through the Send API after.
#[derive(Clone, Message)]
#[rtype(result = "Result<Ticket, ActorError>")]
pub struct SendMessage {
    pub agent: AgentRef,
    pub text: String,
}

/// The author sends a failed message again.
#[derive(Clone, Message)]
#[rtype(result = "Result<Ticket, ActorError>")]
pub struct RetryMessage {
    pub agent: AgentRef,
    pub outgoing_id: String,
}

/// A failed message is given up.
#[derive(Clone, Message)]
#[rtype(result = "Result<Outcome, ActorError>")]
pub struct DiscardMessage {
    pub agent: AgentRef,
    pub outgoing_id: String,
}

/// A reserved message: whether reserving it assigned the agent, and where its outcome
/// arrives once Facebook has answered (the conversation is free meanwhile).
#[derive(Debug)]
pub struct Ticket {
    pub auto_assigned: bool,
    pub outcome: oneshot::Receiver<Result<Vec<MessageRecord>, ActorError>>,
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
#[rtype(result = "()")]
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

/// One piece of outbound work.
#[derive(Clone, Debug)]
pub(crate) enum Job {
    /// A reserved agent message, by its outgoing id.
    Agent(String),
    /// The bot's answer, or the handoff notice.
    Bot { text: String, notice: bool },
    /// The satisfaction question, with quick replies 1 to 5, while it is still due.
    Survey { question: String },
    /// A change of thread control the page asks for when `by` claims the customer or gives
    /// them back to the bot.
    Thread {
        control: crate::outbox::ThreadControl,
        by: AgentRef,
        moment: super::ownership::Moment,
    },
}

/// Take the next outbound job from the queue, if none is on its way.
#[derive(Message)]
#[rtype(result = "()")]
pub(crate) struct Dispatch;

/// Facebook answered (or did not) the job on its way: record the outcome.
#[derive(Message)]
#[rtype(result = "()")]
pub(crate) struct Answered {
    pub job: Job,
    /// The agent message as it was checked before sending (`None`: the bot's).
    pub message: Option<Box<crate::model::OutgoingMessage>>,
    /// Parts delivered, with their message ids, in order.
    pub delivered: Vec<(usize, String)>,
    /// Why the job stopped before its last part.
    pub failure: Option<GraphFailure>,
}
