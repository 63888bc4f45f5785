//! Running aggregates of the handoff metrics: what handoffs add up to, page by page and hour
//! by hour ([`HourTally`]). The store adds a finished handoff's share to its rows in the
//! write that records the handoff, and its satisfaction answer's share in the write that
//! records the answer, each once; a report then reads one row per page and hour instead of
//! every handoff. A row keeps durations themselves (milliseconds), not only their sums, so
//! that medians and percentiles stay exact. docs/metrics.md ("Cost") says what a row holds.

use crate::handoff::{Csat, Episode, HandoffRecord, Hold, Outcome};
use crate::ids::{AgentId, CustomerId, PageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One hour, in milliseconds: the rows' width.
pub const HOUR_MS: i64 = 3_600_000;

/// The start of the hour (UTC) `ms` falls in.
pub fn hour_start(ms: i64) -> i64 {
    ms - ms.rem_euclid(HOUR_MS)
}

/// Milliseconds since the epoch.
pub fn ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// Milliseconds from `from` to `to`, never negative.
fn between(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (ms(to) - ms(from)).max(0)
}

/// A handoff as the metrics see it, finished or not.
#[derive(Clone, Debug)]
pub struct Handoff {
    pub page_id: PageId,
    pub requested_at: DateTime<Utc>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub holds: Vec<Hold>,
    /// `None` while it is open.
    pub outcome: Option<Outcome>,
    pub ended_at: Option<DateTime<Utc>>,
    /// The satisfaction question asked at its end, and its answer.
    pub csat: Option<Csat>,
    /// The customer, and when the conversation in which they asked began.
    pub conversation: Option<(CustomerId, DateTime<Utc>)>,
}

impl From<&HandoffRecord> for Handoff {
    fn from(r: &HandoffRecord) -> Self {
        Handoff {
            page_id: r.page_id.clone(),
            requested_at: r.requested_at,
            claimed_at: r.claimed_at,
            first_response_at: r.first_response_at,
            holds: r.holds.clone(),
            outcome: Some(r.outcome),
            ended_at: Some(r.ended_at),
            csat: r.csat.clone(),
            conversation: r.conversation_since.map(|at| (r.customer_id.clone(), at)),
        }
    }
}

impl Handoff {
    /// An open handoff, on the document of `customer` of `page`.
    pub fn open(page: &PageId, customer: &CustomerId, e: &Episode) -> Self {
        Handoff {
            page_id: page.clone(),
            requested_at: e.requested_at,
            claimed_at: e.claimed_at,
            first_response_at: e.first_response_at,
            holds: e.holds.clone(),
            outcome: None,
            ended_at: None,
            csat: None,
            conversation: e.conversation_since.map(|at| (customer.clone(), at)),
        }
    }

    pub fn held_by(&self, agent: &AgentId) -> bool {
        self.holds.iter().any(|h| &h.agent_id == agent)
    }

    /// The agent holding the customer when the first response reached them.
    pub fn responder(&self) -> Option<&AgentId> {
        let at = self.first_response_at?;
        self.holds
            .iter()
            .rev()
            .find(|h| h.from <= at && h.to.is_none_or(|to| at <= to))
            .map(|h| &h.agent_id)
    }

    /// The agent holding the customer now, while the handoff is open.
    pub fn holder_now(&self) -> Option<&AgentId> {
        match (self.outcome, self.holds.last()) {
            (None, Some(hold)) if hold.to.is_none() => Some(&hold.agent_id),
            _ => None,
        }
    }

    pub fn waiting(&self) -> bool {
        self.outcome.is_none() && self.holds.last().is_none_or(|h| h.to.is_some())
    }

    /// When the customer waited in the queue (asked, and nobody held them), up to `at`.
    fn waits(&self, at: DateTime<Utc>) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let end = self.ended_at.unwrap_or(at).min(at);
        let mut out = Vec::new();
        let mut since = Some(self.requested_at);
        for hold in &self.holds {
            if let Some(start) = since.filter(|s| *s < hold.from) {
                out.push((start, hold.from.min(end)));
            }
            since = hold.to;
        }
        if let Some(start) = since.filter(|s| *s < end) {
            out.push((start, end));
        }
        out
    }

    /// The satisfaction score given, when it is one.
    fn score(&self) -> Option<u8> {
        self.csat
            .as_ref()
            .and_then(|c| c.score)
            .filter(|s| (1..=5).contains(s))
    }

    /// The agents who held the customer, each once.
    fn holders(&self) -> BTreeSet<&AgentId> {
        self.holds.iter().map(|h| &h.agent_id).collect()
    }
}

/// A target a handoff did not reach: how long it went without it, and whether it is still
/// open (and may yet reach it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unreached {
    pub waited_ms: i64,
    pub open: bool,
}

/// What the handoffs requested in one hour add up to, for one scope: all of a page's, or
/// those one agent held at some point (then with only that agent's holds and ratings).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Asked {
    pub requested: u64,
    pub helped: u64,
    pub abandoned: u64,
    pub open: u64,
    /// Request → first claim, of those claimed.
    pub claims: Vec<i64>,
    /// Request → first agent message, of those answered.
    pub responses: Vec<i64>,
    /// Every finished hold.
    pub handles: Vec<i64>,
    pub unclaimed: Vec<Unreached>,
    pub unresponded: Vec<Unreached>,
    /// Handoffs that ended with the satisfaction question.
    pub csat_asked: u64,
    /// How many answered 1, 2, 3, 4 and 5.
    pub csat_scores: [u64; 5],
}

impl Asked {
    /// One handoff's numbers, as of `at`, within the scope of `agent` when given.
    fn of(h: &Handoff, at: DateTime<Utc>, agent: Option<&AgentId>) -> Self {
        let mine = |id: Option<&AgentId>| agent.is_none_or(|a| id == Some(a));
        let unreached = |reached: Option<DateTime<Utc>>| match reached {
            Some(_) => None,
            None => Some(Unreached {
                waited_ms: between(h.requested_at, h.ended_at.unwrap_or(at)),
                open: h.outcome.is_none(),
            }),
        };
        Asked {
            requested: 1,
            helped: u64::from(h.outcome == Some(Outcome::Helped)),
            abandoned: u64::from(h.outcome == Some(Outcome::Abandoned)),
            open: u64::from(h.outcome.is_none()),
            claims: h
                .claimed_at
                .map(|t| between(h.requested_at, t))
                .into_iter()
                .collect(),
            responses: h
                .first_response_at
                .map(|t| between(h.requested_at, t))
                .into_iter()
                .collect(),
            handles: h
                .holds
                .iter()
                .filter(|hold| mine(Some(&hold.agent_id)))
                .filter_map(|hold| Some(between(hold.from, hold.to?)))
                .collect(),
            unclaimed: unreached(h.claimed_at).into_iter().collect(),
            unresponded: unreached(h.first_response_at).into_iter().collect(),
            csat_asked: u64::from(h.csat.as_ref().is_some_and(|c| mine(c.agent_id.as_ref()))),
            csat_scores: [0; 5],
        }
    }

    pub fn merge(&mut self, other: &Asked) {
        self.requested += other.requested;
        self.helped += other.helped;
        self.abandoned += other.abandoned;
        self.open += other.open;
        self.claims.extend_from_slice(&other.claims);
        self.responses.extend_from_slice(&other.responses);
        self.handles.extend_from_slice(&other.handles);
        self.unclaimed.extend_from_slice(&other.unclaimed);
        self.unresponded.extend_from_slice(&other.unresponded);
        self.csat_asked += other.csat_asked;
        for (mine, theirs) in self.csat_scores.iter_mut().zip(other.csat_scores) {
            *mine += theirs;
        }
    }

    fn rated(&mut self, score: u8) {
        self.csat_scores[usize::from(score) - 1] += 1;
    }
}

/// One agent's part in the handoffs requested in one hour.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Work {
    /// Holds begun (a transfer to them is one more).
    pub holds: u64,
    /// Request → first agent message, where they gave it.
    pub responses: Vec<i64>,
    /// Their finished holds.
    pub handles: Vec<i64>,
    /// The scores credited to them.
    pub scores: Vec<u8>,
}

impl Work {
    pub fn merge(&mut self, other: &Work) {
        self.holds += other.holds;
        self.responses.extend_from_slice(&other.responses);
        self.handles.extend_from_slice(&other.handles);
        self.scores.extend_from_slice(&other.scores);
    }
}

/// A stretch of time, `[start, end)` in milliseconds since the epoch, that lies in one hour.
pub type Piece = (i64, i64);

/// What a page's handoffs add up to in one hour. Two clocks key it: the handoffs *requested*
/// in the hour give `asked`, `asked_by_agent` and `work`; what *happened* in the hour gives
/// the pieces of waits and holds that lie in it and the conversations begun in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HourTally {
    pub asked: Asked,
    pub asked_by_agent: BTreeMap<AgentId, Asked>,
    pub work: BTreeMap<AgentId, Work>,
    /// Customers waiting in the queue.
    pub waits: Vec<Piece>,
    /// The same, of the handoffs each agent held at some point.
    pub waits_by_agent: BTreeMap<AgentId, Vec<Piece>>,
    /// Each agent holding customers.
    pub holds: BTreeMap<AgentId, Vec<Piece>>,
    /// Conversations begun in the hour in which the customer asked for a person, each once
    /// however many handoffs it had: the customer and the conversation's start, by page.
    /// A report reads them only where it must tell whether an open handoff's conversation
    /// is among them; elsewhere it reads only how many there are (`handed_off`).
    pub conversations: BTreeMap<PageId, Vec<(CustomerId, i64)>>,
    /// How many conversations it counts.
    pub handed_off: u64,
}

impl HourTally {
    /// Adds `other`; its request-keyed parts only when `requested` (see [`HourTally`]).
    pub fn merge(&mut self, other: &HourTally, requested: bool) {
        if requested {
            self.asked.merge(&other.asked);
            for (agent, asked) in &other.asked_by_agent {
                self.asked_by_agent
                    .entry(agent.clone())
                    .or_default()
                    .merge(asked);
            }
            for (agent, work) in &other.work {
                self.work.entry(agent.clone()).or_default().merge(work);
            }
        }
        self.waits.extend_from_slice(&other.waits);
        for (agent, waits) in &other.waits_by_agent {
            self.waits_by_agent
                .entry(agent.clone())
                .or_default()
                .extend_from_slice(waits);
        }
        for (agent, pieces) in &other.holds {
            self.holds
                .entry(agent.clone())
                .or_default()
                .extend_from_slice(pieces);
        }
        // `other`'s conversations not listed (read as a count only) are not listed here
        // either, so they cannot be among them.
        let unlisted = other.handed_off.saturating_sub(other.listed());
        self.handed_off += unlisted;
        for (page, begun) in &other.conversations {
            for conversation in begun {
                self.began(page, conversation);
            }
        }
    }

    /// Counts a conversation of `page` that led to a handoff, unless it is counted already.
    fn began(&mut self, page: &PageId, conversation: &(CustomerId, i64)) {
        let known = self.conversations.entry(page.clone()).or_default();
        if !known.contains(conversation) {
            known.push(conversation.clone());
            self.handed_off += 1;
        }
    }

    fn listed(&self) -> u64 {
        self.conversations.values().map(|c| c.len() as u64).sum()
    }

    /// Without the parts keyed by the hour handoffs were requested in.
    fn without_requests(self) -> HourTally {
        HourTally {
            asked: Asked::default(),
            asked_by_agent: BTreeMap::new(),
            work: BTreeMap::new(),
            ..self
        }
    }
}

impl HourTally {
    /// Every time in it moved by `by` milliseconds.
    fn shift(&mut self, by: i64) {
        let pieces = std::iter::once(&mut self.waits)
            .chain(self.waits_by_agent.values_mut())
            .chain(self.holds.values_mut());
        for list in pieces {
            for (start, end) in list.iter_mut() {
                *start += by;
                *end += by;
            }
        }
        for begun in self.conversations.values_mut() {
            for (_, since) in begun.iter_mut() {
                *since += by;
            }
        }
    }
}

/// How tallies are stored: bincode with variable-length integers, times counted from the
/// row's hour (so a few bytes each), in three parts so that a report decodes only what it
/// reads: `len(main) · len(conversations)` (4 bytes each, little-endian), then `main` (the
/// counts, durations and pieces), `conversations` (the list) and `agents` (the parts only an
/// agent's own report reads, `asked_by_agent` and `waits_by_agent`, each agent's encoded
/// apart, so that a report decodes one agent's).
pub mod stored {
    use super::{HourTally, Piece};
    use crate::ids::{AgentId, CustomerId, PageId};
    use bincode::Options;
    use std::collections::BTreeMap;

    type Main = (
        super::Asked,
        BTreeMap<AgentId, super::Work>,
        Vec<Piece>,
        BTreeMap<AgentId, Vec<Piece>>,
        u64,
    );
    type Conversations = BTreeMap<PageId, Vec<(CustomerId, i64)>>;
    /// Each agent's `(asked_by_agent, waits_by_agent)`, encoded.
    type ByAgent = BTreeMap<AgentId, serde_bytes::ByteBuf>;
    type AgentPart = (super::Asked, Vec<Piece>);

    /// Which optional parts to decode.
    #[derive(Clone, Copy, Debug)]
    pub struct Parts<'a> {
        pub conversations: bool,
        pub agents: Agents<'a>,
    }

    /// Whose parts of `asked_by_agent` and `waits_by_agent` to decode.
    #[derive(Clone, Copy, Debug)]
    pub enum Agents<'a> {
        None,
        One(&'a AgentId),
        All,
    }

    impl Parts<'_> {
        pub const ALL: Parts<'static> = Parts {
            conversations: true,
            agents: Agents::All,
        };
    }

    fn options() -> impl Options {
        bincode::DefaultOptions::new()
    }

    fn length(part: &[u8]) -> Result<[u8; 4], String> {
        u32::try_from(part.len())
            .map(u32::to_le_bytes)
            .map_err(|e| e.to_string())
    }

    /// The bytes of the row of `hour` (milliseconds).
    pub fn encode(tally: &HourTally, hour: i64) -> Result<Vec<u8>, String> {
        let mut t = tally.clone();
        t.shift(-hour);
        let fail = |e: bincode::Error| e.to_string();
        let main = (&t.asked, &t.work, &t.waits, &t.holds, t.handed_off);
        let main = options().serialize(&main).map_err(fail)?;
        let conversations = options().serialize(&t.conversations).map_err(fail)?;
        let mut parts = ByAgent::new();
        for (agent, asked) in &t.asked_by_agent {
            let waits = t.waits_by_agent.get(agent).map_or(&[][..], Vec::as_slice);
            let part = options().serialize(&(asked, waits)).map_err(fail)?;
            parts.insert(agent.clone(), serde_bytes::ByteBuf::from(part));
        }
        for (agent, waits) in &t.waits_by_agent {
            if !t.asked_by_agent.contains_key(agent) {
                let part = options()
                    .serialize(&(&super::Asked::default(), waits))
                    .map_err(fail)?;
                parts.insert(agent.clone(), serde_bytes::ByteBuf::from(part));
            }
        }
        let agents = options().serialize(&parts).map_err(fail)?;
        let mut out = Vec::with_capacity(8 + main.len() + conversations.len() + agents.len());
        out.extend_from_slice(&length(&main)?);
        out.extend_from_slice(&length(&conversations)?);
        out.extend(main);
        out.extend(conversations);
        out.extend(agents);
        Ok(out)
    }

    /// The row of `hour` from its bytes, with the optional `parts` asked for.
    pub fn decode(bytes: &[u8], hour: i64, parts: Parts) -> Result<HourTally, String> {
        let short = || "a tally shorter than its header says".to_owned();
        let (header, rest) = bytes.split_first_chunk::<8>().ok_or_else(short)?;
        let main_length = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
        let list_length = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        let (main, rest) = rest
            .split_at_checked(main_length as usize)
            .ok_or_else(short)?;
        let (list, agents) = rest
            .split_at_checked(list_length as usize)
            .ok_or_else(short)?;
        let fail = |e: bincode::Error| e.to_string();
        let (asked, work, waits, holds, handed_off): Main =
            options().deserialize(main).map_err(fail)?;
        let conversations: Conversations = if parts.conversations {
            options().deserialize(list).map_err(fail)?
        } else {
            BTreeMap::new()
        };
        let (mut asked_by_agent, mut waits_by_agent) = (BTreeMap::new(), BTreeMap::new());
        let wanted: ByAgent = match parts.agents {
            Agents::None => ByAgent::new(),
            _ => options().deserialize(agents).map_err(fail)?,
        };
        for (agent, part) in wanted {
            if let Agents::One(only) = parts.agents {
                if &agent != only {
                    continue;
                }
            }
            let (asked, waits): AgentPart = options().deserialize(&part).map_err(fail)?;
            if asked != super::Asked::default() {
                asked_by_agent.insert(agent.clone(), asked);
            }
            if !waits.is_empty() {
                waits_by_agent.insert(agent, waits);
            }
        }
        let mut tally = HourTally {
            asked,
            asked_by_agent,
            work,
            waits,
            waits_by_agent,
            holds,
            conversations,
            handed_off,
        };
        tally.shift(hour);
        Ok(tally)
    }
}

/// Which part of a handoff's numbers: a finished handoff's are added when it is recorded,
/// without the satisfaction score, which is added when it arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    /// Everything, the score included.
    Whole,
    /// Everything but the score.
    Finish,
    /// Only the score.
    Rating,
}

/// Tallies by the start of their hour (milliseconds): one page's, or a report's gathering.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hours(pub BTreeMap<i64, HourTally>);

impl Hours {
    fn hour(&mut self, hour: i64) -> &mut HourTally {
        self.0.entry(hour).or_default()
    }

    /// Adds every row of `other`, whole.
    pub fn absorb(&mut self, other: Hours) {
        for (hour, tally) in other.0 {
            self.add(hour, tally, true);
        }
    }

    /// Adds a row of `hour`; its request-keyed parts only when `requested`. A row taken whole
    /// into an hour not gathered yet is moved, not copied: a month's report adds hundreds.
    pub fn add(&mut self, hour: i64, tally: HourTally, requested: bool) {
        let tally = if requested {
            tally
        } else {
            tally.without_requests()
        };
        match self.0.entry(hour) {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(tally);
            }
            std::collections::btree_map::Entry::Occupied(mut slot) => {
                slot.get_mut().merge(&tally, true);
            }
        }
    }

    /// `h`'s share of its request hour's numbers, as of `at`.
    pub fn ask(&mut self, h: &Handoff, at: DateTime<Utc>, share: Share) {
        let row = self.hour(hour_start(ms(h.requested_at)));
        let holders = h.holders();
        if share != Share::Rating {
            row.asked.merge(&Asked::of(h, at, None));
            for agent in &holders {
                row.asked_by_agent
                    .entry((*agent).clone())
                    .or_default()
                    .merge(&Asked::of(h, at, Some(agent)));
            }
            for hold in &h.holds {
                let work = row.work.entry(hold.agent_id.clone()).or_default();
                work.holds += 1;
                if let Some(to) = hold.to {
                    work.handles.push(between(hold.from, to));
                }
            }
            if let (Some(agent), Some(t)) = (h.responder(), h.first_response_at) {
                let work = row.work.entry(agent.clone()).or_default();
                work.responses.push(between(h.requested_at, t));
            }
        }
        if share == Share::Finish {
            return;
        }
        if let Some(score) = h.score() {
            row.asked.rated(score);
            if let Some(agent) = h.csat.as_ref().and_then(|c| c.agent_id.as_ref()) {
                if holders.contains(agent) {
                    row.asked_by_agent
                        .entry(agent.clone())
                        .or_default()
                        .rated(score);
                }
                row.work
                    .entry(agent.clone())
                    .or_default()
                    .scores
                    .push(score);
            }
        }
    }

    /// What `h` did hour by hour, up to `at`: its waits, its holds, its conversation.
    pub fn during(&mut self, h: &Handoff, at: DateTime<Utc>) {
        let holders = h.holders();
        for (start, end) in h.waits(at) {
            for (hour, piece) in pieces(ms(start), ms(end)) {
                let row = self.hour(hour);
                row.waits.push(piece);
                for agent in &holders {
                    row.waits_by_agent
                        .entry((*agent).clone())
                        .or_default()
                        .push(piece);
                }
            }
        }
        for hold in &h.holds {
            for (hour, piece) in pieces(ms(hold.from), ms(hold.to.unwrap_or(at))) {
                self.hour(hour)
                    .holds
                    .entry(hold.agent_id.clone())
                    .or_default()
                    .push(piece);
            }
        }
        if let Some((customer, since)) = &h.conversation {
            self.hour(hour_start(ms(*since)))
                .began(&h.page_id, &(customer.clone(), ms(*since)));
        }
    }

    /// What recording a finished handoff adds to its page's rows (its score aside).
    pub fn finished(record: &HandoffRecord) -> Self {
        let h = Handoff::from(record);
        let mut hours = Hours::default();
        hours.ask(&h, record.ended_at, Share::Finish);
        hours.during(&h, record.ended_at);
        hours
    }

    /// What a finished handoff's satisfaction score adds; nothing without one.
    pub fn rated(record: &HandoffRecord) -> Self {
        let h = Handoff::from(record);
        let mut hours = Hours::default();
        if h.score().is_some() {
            hours.ask(&h, record.ended_at, Share::Rating);
        }
        hours
    }
}

/// `[start, end)` cut at the hours it crosses, each piece with its hour; a stretch that does
/// not go forward stays one piece.
fn pieces(start: i64, end: i64) -> Vec<(i64, Piece)> {
    if end <= start {
        return vec![(hour_start(start), (start, end))];
    }
    let mut out = Vec::new();
    let mut t = start;
    while t < end {
        let hour = hour_start(t);
        let next = (hour + HOUR_MS).min(end);
        out.push((hour, (t, next)));
        t = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stretch_is_cut_at_the_hours_it_crosses() {
        let h = 7 * HOUR_MS;
        assert_eq!(pieces(h + 10, h + 20), vec![(h, (h + 10, h + 20))]);
        assert_eq!(
            pieces(h - 5, h + HOUR_MS + 5),
            vec![
                (h - HOUR_MS, (h - 5, h)),
                (h, (h, h + HOUR_MS)),
                (h + HOUR_MS, (h + HOUR_MS, h + HOUR_MS + 5)),
            ]
        );
        assert_eq!(pieces(h + 9, h + 3), vec![(h, (h + 9, h + 3))]);
    }

    #[test]
    fn a_stored_tally_reads_back_whole_or_without_its_optional_parts() {
        let hour = 500_000 * HOUR_MS;
        let mut tally = HourTally::default();
        tally.asked.claims.push(30_000);
        tally.waits.push((hour + 5, hour + HOUR_MS));
        tally
            .waits_by_agent
            .insert(AgentId::new("ann"), vec![(hour - 7, hour + 9)]);
        tally
            .holds
            .insert(AgentId::new("ann"), vec![(hour + 9, hour + 3)]);
        tally
            .asked_by_agent
            .insert(AgentId::new("ann"), tally.asked.clone());
        tally.began(&PageId::new("p1"), &(CustomerId::new("c1"), hour + 11));
        let bytes = stored::encode(&tally, hour).expect("encode");
        assert_eq!(
            stored::decode(&bytes, hour, stored::Parts::ALL),
            Ok(tally.clone())
        );
        let parts = stored::Parts {
            conversations: false,
            agents: stored::Agents::None,
        };
        let company = stored::decode(&bytes, hour, parts).expect("decode");
        assert_eq!(
            company,
            HourTally {
                asked_by_agent: BTreeMap::new(),
                waits_by_agent: BTreeMap::new(),
                conversations: BTreeMap::new(),
                ..tally
            }
        );
        assert_eq!(company.handed_off, 1, "the count without the list");
        let ben = AgentId::new("ben");
        let theirs = stored::Parts {
            conversations: true,
            agents: stored::Agents::One(&ben),
        };
        let bens = stored::decode(&bytes, hour, theirs).expect("decode");
        assert!(bens.asked_by_agent.is_empty() && bens.waits_by_agent.is_empty());
        assert!(stored::decode(&bytes[..3], hour, parts).is_err());
        assert!(stored::decode(&bytes[..10], hour, parts).is_err());
    }
}
