//! A handoff: the stretch of a customer's conversation from the moment they ask for a person
//! (the bot stops) until they leave the queue (back to the bot). While it lasts it rides on
//! the customer document ([`Episode`]), so it is written with the same compare-and-set as
//! every other change; when it ends it becomes a [`HandoffRecord`] in the store, which the
//! metrics read. docs/metrics.md defines every number computed from these.

use crate::ids::{AgentId, CompanyId, CustomerId, PageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One agent holding the customer, from their claim (or a transfer to them) until a release,
/// a transfer away or the end of the handoff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Hold {
    pub agent_id: AgentId,
    pub from: DateTime<Utc>,
    /// `None` while the agent still holds the customer.
    pub to: Option<DateTime<Utc>>,
}

impl Hold {
    /// How long the hold lasted (until `now` while it lasts).
    pub fn seconds(&self, now: DateTime<Utc>) -> f64 {
        seconds(self.from, self.to.unwrap_or(now))
    }
}

/// A handoff in progress, kept on the customer document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Episode {
    /// When the customer asked for a person (`stopped_at`).
    pub requested_at: DateTime<Utc>,
    /// The first claim (an agent assigning themselves, a transfer, a send that assigns).
    pub claimed_at: Option<DateTime<Utc>>,
    /// The first message one of the company's agents got to the customer.
    pub first_response_at: Option<DateTime<Utc>>,
    /// Every holder in turn, the current one last.
    pub holds: Vec<Hold>,
    /// When the customer's conversation in which they asked began.
    #[serde(default)]
    pub conversation_since: Option<DateTime<Utc>>,
    /// The customer's first message that no person has answered yet (the request itself
    /// until someone does); `None` once a person wrote after their last message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awaiting_reply_since: Option<DateTime<Utc>>,
}

impl Episode {
    pub fn begin(requested_at: DateTime<Utc>) -> Self {
        Episode {
            requested_at,
            claimed_at: None,
            first_response_at: None,
            holds: Vec::new(),
            conversation_since: None,
            awaiting_reply_since: None,
        }
    }

    /// The holder changed at `at`: the current hold ends, and `holder` (if any) starts one.
    pub fn change_holder(&mut self, holder: Option<&AgentId>, at: DateTime<Utc>) {
        if let Some(open) = self.holds.last_mut().filter(|h| h.to.is_none()) {
            open.to = Some(at);
        }
        if let Some(agent_id) = holder {
            self.claimed_at.get_or_insert(at);
            self.holds.push(Hold {
                agent_id: agent_id.clone(),
                from: at,
                to: None,
            });
        }
    }

    /// An agent's message reached the customer at `at` (only the first one counts).
    pub fn responded(&mut self, at: DateTime<Utc>) {
        self.first_response_at.get_or_insert(at);
    }

    /// The agent holding the customer now, if any.
    pub fn holder(&self) -> Option<&AgentId> {
        self.holds
            .last()
            .filter(|h| h.to.is_none())
            .map(|h| &h.agent_id)
    }

    /// The handoff ends at `at` for `ending`: the record the metrics read.
    pub fn finish(mut self, who: Whose, at: DateTime<Utc>, ending: Ending) -> HandoffRecord {
        self.change_holder(None, at);
        let outcome = if self.first_response_at.is_some() {
            Outcome::Helped
        } else {
            Outcome::Abandoned
        };
        HandoffRecord {
            company_id: who.company_id,
            page_id: who.page_id,
            customer_id: who.customer_id,
            requested_at: self.requested_at,
            claimed_at: self.claimed_at,
            first_response_at: self.first_response_at,
            ended_at: at,
            ending,
            outcome,
            holds: self.holds,
            csat: None,
            conversation_since: self.conversation_since,
        }
    }
}

/// The customer a handoff belongs to.
pub struct Whose {
    pub company_id: CompanyId,
    pub page_id: PageId,
    pub customer_id: CustomerId,
}

/// How a handoff ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// An agent (or admin) gave the customer back to the bot.
    ReturnedToBot,
}

/// Whether the customer was helped: an agent's message reached them before the handoff
/// ended. Otherwise they were abandoned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Helped,
    Abandoned,
}

/// A finished handoff, as stored: what time to claim, first response, handle time and the
/// resolution rate are computed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct HandoffRecord {
    pub company_id: CompanyId,
    pub page_id: PageId,
    pub customer_id: CustomerId,
    pub requested_at: DateTime<Utc>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub ended_at: DateTime<Utc>,
    pub ending: Ending,
    pub outcome: Outcome,
    pub holds: Vec<Hold>,
    /// The satisfaction question, when one was asked at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csat: Option<Csat>,
    /// When the conversation in which the customer asked began (bot containment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_since: Option<DateTime<Utc>>,
}

/// The satisfaction question of a handoff and its answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Csat {
    /// The last holder: who the rating is for.
    pub agent_id: Option<AgentId>,
    pub asked_at: DateTime<Utc>,
    /// 1 (poor) to 5 (great); `None` until answered.
    pub score: Option<u8>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// The quick replies' payloads: `CSAT_1` … `CSAT_5`.
pub const CSAT_PAYLOAD_PREFIX: &str = "CSAT_";

/// The score a customer's answer gives: a quick reply arrives as a message whose text is its
/// title (`1` … `5`), and a digit typed alone counts the same.
pub fn csat_score(text: &str) -> Option<u8> {
    let given = text.trim();
    (given.len() == 1)
        .then(|| given.parse().ok())
        .flatten()
        .filter(|n| (1..=5).contains(n))
}

/// The upper edges (seconds) of the bins durations are counted in, in reports and in
/// Prometheus' histograms.
pub const DURATION_BINS: [f64; 7] = [30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0];

/// Seconds from `from` to `to` (never negative), to the millisecond.
pub fn seconds(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    ((to - from).num_milliseconds().max(0) as f64) / 1000.0
}
