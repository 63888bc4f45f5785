//! Ports to the outside world that the actors use but do not implement: the Messenger
//! Platform (Send API, User Profile API) and the bot's answers. `src/` provides the real
//! ones; tests provide fakes.

use crate::error::GraphFailure;
use crate::ids::{CustomerId, PageId};
pub use crate::model::FaqEntry;
use async_trait::async_trait;

/// How a message is sent, by how long ago the customer last wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessagingType {
    /// Within 24 h of the customer's last message.
    Response,
    /// 24 h – 7 days, human agents only: `MESSAGE_TAG` + `HUMAN_AGENT`.
    HumanAgentTag,
}

/// A Facebook Page as the Send API and the bot need it.
#[derive(Clone, Debug)]
pub struct PageAccess {
    pub id: PageId,
    pub name: String,
    pub access_token: String,
    /// The page's own answers for its bot.
    pub faq: Vec<FaqEntry>,
    /// The company's satisfaction question, when it asks one.
    pub survey: Option<crate::model::Survey>,
    /// What the bot says when no FAQ entry fits (default: an offer of a person).
    pub default_answer: Option<String>,
    /// What the bot answers a question about itself, by language code (else built in).
    pub bot_disclosure: std::collections::BTreeMap<String, String>,
    /// The page's own language (ISO 639-1): what the bot says when it cannot tell the
    /// customer's. `None`: English.
    pub language: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

/// A text for one customer, as the Send API takes it.
#[derive(Clone, Copy, Debug)]
pub struct TextMessage<'a> {
    pub recipient: &'a CustomerId,
    pub text: &'a str,
    pub kind: MessagingType,
    /// Travels with the message and comes back in our own echo of it, which is how a
    /// message whose answer was lost is recognised.
    pub metadata: Option<&'a str>,
    /// Buttons offered under the text; tapping one sends its title as the customer's
    /// message.
    pub quick_replies: &'a [QuickReply],
}

/// A text quick reply: what the button says and what comes back with the tap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickReply {
    pub title: String,
    pub payload: String,
}

/// A change of who controls a customer's thread (Meta's Conversation Routing), asked of
/// Graph when an agent claims a customer or gives them back to the bot
/// (docs/messenger.md#conversation-routing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThreadControl {
    /// Our app takes the thread (`take_thread_control`).
    Take,
    /// The thread goes to another app, such as Meta's Page Inbox (`pass_thread_control`).
    Pass { app_id: String },
}

#[async_trait]
pub trait Messenger: Send + Sync + 'static {
    /// Sends a text; answers the Send API's `message_id`. Retries only what cannot have
    /// been delivered.
    async fn send_text(
        &self,
        page: &PageAccess,
        message: TextMessage<'_>,
    ) -> Result<String, GraphFailure>;

    async fn profile(
        &self,
        page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure>;

    /// Asks Graph to change who controls the customer's thread.
    async fn thread_control(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
        control: &ThreadControl,
    ) -> Result<(), GraphFailure>;

    /// Shows the typing indicator (a `sender_action`, in its own request).
    async fn typing_on(
        &self,
        page: &PageAccess,
        recipient: &CustomerId,
    ) -> Result<(), GraphFailure>;
}

/// The bot's brain, consulted after a customer message is recorded (never before the
/// webhook is answered).
#[async_trait]
pub trait Bot: Send + Sync + 'static {
    /// A second opinion on a message the fast local detector did not flag: does the
    /// customer ask for a person? `None`: no opinion (no such brain, or it failed).
    async fn wants_human(&self, _page: &PageAccess, _text: &str) -> Option<bool> {
        None
    }

    /// What the bot says to a customer who has not asked for a person.
    async fn answer(&self, page: &PageAccess, text: &str) -> Option<String>;

    /// What the bot says, in the page's language, to a customer whose message `text`
    /// nobody could read: how to reach a person. `None`: its usual answer instead.
    async fn offer_person(&self, _page: &PageAccess, _text: &str) -> Option<String> {
        None
    }
}
