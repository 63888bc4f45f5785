//! Demo mode's stand-in for Facebook: outbound messages (bot and agents) are kept here per
//! simulated customer, for `static/simulator.html` to show, and the names the simulator
//! picks answer the profile look-up.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use dashmap::DashMap;
use handoff_actors::ids::{CustomerId, PageId};
use handoff_actors::outbox::{
    MessagingType, Messenger, PageAccess, Profile, TextMessage, ThreadControl,
};
use handoff_actors::GraphFailure;
use serde::Serialize;

/// Replies kept per simulated customer (older ones are dropped).
const KEEP: usize = 500;

/// A message the page sent a simulated customer.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Delivered {
    /// Position in this customer's inbox, for `after=` polling.
    pub index: u64,
    pub message_id: String,
    pub text: String,
    pub messaging_type: &'static str,
    pub timestamp: DateTime<Utc>,
}

#[derive(Default)]
struct Inbox {
    next: u64,
    messages: Vec<Delivered>,
}

#[derive(Default)]
pub struct SimulatorMessenger {
    inboxes: DashMap<(PageId, CustomerId), Inbox>,
    names: DashMap<CustomerId, Profile>,
}

impl SimulatorMessenger {
    /// The name the simulated customer goes by (answers the profile look-up).
    pub fn set_name(&self, customer: &CustomerId, first: Option<String>, last: Option<String>) {
        self.names.insert(
            customer.clone(),
            Profile {
                first_name: first,
                last_name: last,
            },
        );
    }

    /// What the page sent this customer after position `after`.
    pub fn delivered(&self, page: &PageId, customer: &CustomerId, after: u64) -> Vec<Delivered> {
        self.inboxes
            .get(&(page.clone(), customer.clone()))
            .map(|inbox| {
                inbox
                    .messages
                    .iter()
                    .filter(|m| m.index > after)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[async_trait]
impl Messenger for SimulatorMessenger {
    async fn send_text(
        &self,
        page: &PageAccess,
        message: TextMessage<'_>,
    ) -> Result<String, GraphFailure> {
        let TextMessage {
            recipient,
            text,
            kind,
            ..
        } = message;
        let message_id = format!("m_sim_{}", uuid::Uuid::new_v4().simple());
        let mut inbox = self
            .inboxes
            .entry((page.id.clone(), recipient.clone()))
            .or_default();
        inbox.next += 1;
        let index = inbox.next;
        inbox.messages.push(Delivered {
            index,
            message_id: message_id.clone(),
            text: text.to_owned(),
            messaging_type: match kind {
                MessagingType::Response => "RESPONSE",
                MessagingType::HumanAgentTag => "MESSAGE_TAG",
            },
            timestamp: Utc::now(),
        });
        if inbox.messages.len() > KEEP {
            inbox.messages.remove(0);
        }
        Ok(message_id)
    }

    /// The simulated Messenger has no other apps: our app always holds the thread.
    async fn thread_control(
        &self,
        _page: &PageAccess,
        _recipient: &CustomerId,
        _control: &ThreadControl,
    ) -> Result<(), GraphFailure> {
        Ok(())
    }

    async fn profile(
        &self,
        _page: &PageAccess,
        customer: &CustomerId,
    ) -> Result<Profile, GraphFailure> {
        Ok(self
            .names
            .get(customer)
            .map(|p| p.clone())
            .unwrap_or_default())
    }

    async fn typing_on(
        &self,
        _page: &PageAccess,
        _recipient: &CustomerId,
    ) -> Result<(), GraphFailure> {
        Ok(())
    }
}
