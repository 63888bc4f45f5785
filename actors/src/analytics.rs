//! The numbers of a company's handoffs over a period, computed from what the store records:
//! the finished handoffs ([`HandoffRecord`]) and the ones still open on the customer
//! documents ([`Episode`]). Pure functions of those and the time asked at; docs/metrics.md
//! defines each number exactly as computed here.

use crate::attendance::{Spans, Stretch};
use crate::events::Availability;
use crate::handoff::{
    seconds, Csat, Episode, HandoffRecord, Hold, Outcome, DURATION_BINS as BIN_EDGES,
};
use crate::ids::{AgentId, CustomerId, PageId};
use crate::model::Sla;
use crate::persistence::store::HourCount;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// Which handoffs count: those requested within `[from, to)`, of one page and one agent's
/// (a handoff is an agent's when they held it at some point) when asked.
#[derive(Clone, Debug)]
pub struct MetricsQuery {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub page: Option<PageId>,
    pub agent: Option<AgentId>,
    /// Cut the period into hours or days (`buckets` in the report).
    pub bucket: Option<Bucket>,
}

impl MetricsQuery {
    /// Whether a handoff is in the query's scope (its page, its agent), whatever its time.
    fn covers(&self, h: &Handoff) -> bool {
        self.page.as_ref().is_none_or(|p| &h.page_id == p)
            && self.agent.as_ref().is_none_or(|a| h.held_by(a))
    }
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

    fn held_by(&self, agent: &AgentId) -> bool {
        self.holds.iter().any(|h| &h.agent_id == agent)
    }

    /// The agent holding the customer when the first response reached them.
    fn responder(&self) -> Option<&AgentId> {
        let at = self.first_response_at?;
        self.holds
            .iter()
            .rev()
            .find(|h| h.from <= at && h.to.is_none_or(|to| at <= to))
            .map(|h| &h.agent_id)
    }

    /// The agent holding the customer now, while the handoff is open.
    fn holder_now(&self) -> Option<&AgentId> {
        match (self.outcome, self.holds.last()) {
            (None, Some(hold)) if hold.to.is_none() => Some(&hold.agent_id),
            _ => None,
        }
    }

    fn waiting(&self) -> bool {
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
}

/// How a report's period is cut into buckets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bucket {
    Hour,
    Day,
}

impl std::str::FromStr for Bucket {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "hour" => Ok(Bucket::Hour),
            "day" => Ok(Bucket::Day),
            _ => Err(()),
        }
    }
}

impl Bucket {
    fn length(self) -> chrono::TimeDelta {
        match self {
            Bucket::Hour => chrono::TimeDelta::hours(1),
            Bucket::Day => chrono::TimeDelta::days(1),
        }
    }

    /// The start of the bucket `at` falls in (UTC hours and days).
    fn start(self, at: DateTime<Utc>) -> DateTime<Utc> {
        let length = self.length().num_milliseconds();
        let ms = at.timestamp_millis();
        crate::model::from_millis(ms - ms.rem_euclid(length))
    }
}

/// One bucket of a period: the handoffs requested in it, and the queue during it.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct BucketRow {
    pub start: DateTime<Utc>,
    pub requested: u64,
    pub helped: u64,
    pub abandoned: u64,
    pub median_first_response_seconds: Option<f64>,
    /// How many customers waited, on average over the bucket's part of the period (up to
    /// the time asked).
    pub queue_mean: f64,
    /// The most customers waiting at once during the bucket.
    pub queue_max: u64,
}

/// A distribution of durations, in seconds.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Distribution {
    pub count: u64,
    pub mean_seconds: Option<f64>,
    pub median_seconds: Option<f64>,
    pub p90_seconds: Option<f64>,
    /// How many fall in each bin, in order of [`DURATION_BINS`](crate::handoff::DURATION_BINS), then the
    /// rest.
    pub bins: Vec<Bin>,
}

/// The durations up to `up_to_seconds` (above the previous bin's edge); `None`: the rest.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Bin {
    pub up_to_seconds: Option<f64>,
    pub count: u64,
}

impl Distribution {
    pub fn of(mut values: Vec<f64>) -> Self {
        values.sort_by(f64::total_cmp);
        let n = values.len();
        let mut counts = vec![0u64; BIN_EDGES.len() + 1];
        for v in &values {
            let bin = BIN_EDGES.iter().position(|edge| v <= edge);
            counts[bin.unwrap_or(BIN_EDGES.len())] += 1;
        }
        let bins = counts
            .into_iter()
            .enumerate()
            .map(|(i, count)| Bin {
                up_to_seconds: BIN_EDGES.get(i).copied(),
                count,
            })
            .collect();
        let median = match n {
            0 => None,
            _ if n % 2 == 1 => Some(values[n / 2]),
            _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
        };
        Distribution {
            count: n as u64,
            mean_seconds: (n > 0).then(|| values.iter().sum::<f64>() / n as f64),
            median_seconds: median,
            p90_seconds: nearest_rank(&values, 0.9),
            bins,
        }
    }
}

/// The value at rank ⌈p·n⌉ (1-based) of sorted `values`.
fn nearest_rank(values: &[f64], p: f64) -> Option<f64> {
    let rank = (p * values.len() as f64).ceil() as usize;
    values.get(rank.max(1) - 1).copied()
}

/// How many handoffs, and how they ended.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ToSchema)]
pub struct Counts {
    /// Requested within the period.
    pub requested: u64,
    /// Of those, claimed by an agent.
    pub claimed: u64,
    /// Of those, reached by an agent's message.
    pub responded: u64,
    /// Finished, with an agent's message before the end.
    pub helped: u64,
    /// Finished without one.
    pub abandoned: u64,
    /// Not finished yet.
    pub open: u64,
}

/// The queue as it stands at the time asked (whatever the period).
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Queue {
    /// Customers who asked for a person and whom nobody holds.
    pub waiting: u64,
    /// Customers an agent holds.
    pub held: u64,
    /// How long the customer waiting longest has waited since asking.
    pub longest_wait_seconds: Option<f64>,
    /// Open handoffs whose next target is near: [`Mark::AtRisk`].
    pub at_risk: u64,
    /// Open handoffs that missed a target and have not reached it yet: [`Mark::Breached`].
    pub breached: u64,
}

/// How the counted handoffs stand against one target.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct TargetCount {
    pub target_seconds: u64,
    /// Reached within the target.
    pub met: u64,
    /// Reached after it, or not reached and the target has passed.
    pub breached: u64,
    /// Not reached yet, still open, and within the target: at risk once most of it is gone.
    pub pending: u64,
    /// met ÷ (met + breached); `None` when neither.
    pub met_rate: Option<f64>,
}

impl TargetCount {
    /// Against a target of `target` seconds, each handoff's `(requested_at, reached_at)`
    /// where it still counts (finished ones that were never reached count only once the
    /// target had passed before they ended; see docs/metrics.md).
    fn of(
        target: u64,
        handoffs: &[&Handoff],
        reached: fn(&Handoff) -> Option<DateTime<Utc>>,
        at: DateTime<Utc>,
    ) -> Self {
        let limit = target as f64;
        let (mut met, mut breached, mut pending) = (0, 0, 0);
        for h in handoffs {
            match reached(h) {
                Some(t) if seconds(h.requested_at, t) <= limit => met += 1,
                Some(_) => breached += 1,
                None => {
                    let until = h.ended_at.unwrap_or(at);
                    if seconds(h.requested_at, until) > limit {
                        breached += 1;
                    } else if h.outcome.is_none() {
                        pending += 1;
                    }
                }
            }
        }
        TargetCount {
            target_seconds: target,
            met,
            breached,
            pending,
            met_rate: (met + breached > 0).then(|| met as f64 / (met + breached) as f64),
        }
    }
}

/// Which target a waiting customer is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Claim,
    FirstResponse,
}

/// How an open handoff stands against its next target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Less than a quarter of the target left ([`AT_RISK_SHARE`]).
    AtRisk,
    /// The target passed.
    Breached,
}

/// The share of a target left when a handoff becomes at risk.
pub const AT_RISK_SHARE: f64 = 0.25;

/// The next deadline of an open handoff: the earliest target it has not reached.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Due {
    pub target: Target,
    pub target_seconds: u64,
    /// `requested_at` plus the target.
    pub due_at: DateTime<Utc>,
}

impl Due {
    /// The earliest target not reached yet, of a handoff requested at `requested`; `None`
    /// when every target set is reached (or none is set).
    pub fn next(
        requested: DateTime<Utc>,
        claimed: Option<DateTime<Utc>>,
        responded: Option<DateTime<Utc>>,
        sla: Sla,
    ) -> Option<Due> {
        let unmet = |target, limit: Option<u64>, reached: Option<DateTime<Utc>>| {
            let seconds = limit.filter(|_| reached.is_none())?;
            Some(Due {
                target,
                target_seconds: seconds,
                due_at: requested + chrono::TimeDelta::seconds(seconds as i64),
            })
        };
        [
            unmet(Target::Claim, sla.claim_seconds, claimed),
            unmet(Target::FirstResponse, sla.first_response_seconds, responded),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|due| due.due_at)
    }

    /// At `at`: breached once the deadline passed, at risk within the last quarter of the
    /// target before it.
    pub fn mark(&self, at: DateTime<Utc>) -> Option<Mark> {
        let left = (self.due_at - at).num_milliseconds() as f64 / 1000.0;
        if left < 0.0 {
            Some(Mark::Breached)
        } else if left <= AT_RISK_SHARE * self.target_seconds as f64 {
            Some(Mark::AtRisk)
        } else {
            None
        }
    }
}

/// A waiting customer's next deadline.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CustomerDue {
    pub page_id: PageId,
    pub customer_id: CustomerId,
    pub requested_at: DateTime<Utc>,
    #[serde(flatten)]
    pub due: Due,
    /// As of the time asked; the console recomputes it as time passes.
    pub mark: Option<Mark>,
}

/// The company's targets, and where each customer who asked for a person stands against
/// them: what the console marks in its queue.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Deadlines {
    #[serde(flatten)]
    pub targets: Sla,
    /// A handoff is at risk when less than this share of its target is left.
    pub at_risk_share: f64,
    pub at: DateTime<Utc>,
    /// Every open handoff with a target not reached yet, the earliest deadline first.
    pub due: Vec<CustomerDue>,
}

/// The counted handoffs against the company's targets; `None` where it set none.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct SlaReport {
    pub claim: Option<TargetCount>,
    pub first_response: Option<TargetCount>,
}

/// One agent's numbers over the period.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct AgentRow {
    pub agent_id: AgentId,
    /// Holds that started within the handoffs counted (a transfer to them is one more).
    pub holds: u64,
    /// Handoffs whose first response they gave.
    pub first_responses: u64,
    pub median_first_response_seconds: Option<f64>,
    /// Over their finished holds.
    pub median_handle_seconds: Option<f64>,
    pub handle_seconds: f64,
    /// Time within the period (up to the time asked) with the console open, available or
    /// away.
    pub online_seconds: f64,
    /// Of that, time available.
    pub available_seconds: f64,
    /// Time within the period holding at least one customer.
    pub busy_seconds: f64,
    /// Busy time while available ÷ available time; `None` without available time.
    pub utilization: Option<f64>,
    /// Customers held at once, on average over the online time; `None` without it.
    pub mean_concurrent: Option<f64>,
    /// Customers they hold now.
    pub holding_now: u64,
    /// Satisfaction answers for them (they held the customer last) in the counted
    /// handoffs, and their mean; `None` without answers.
    pub csat_answers: u64,
    pub csat_mean: Option<f64>,
}

/// Every number of a period.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Report {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub at: DateTime<Utc>,
    pub handoffs: Counts,
    /// Request → first claim.
    pub time_to_claim: Distribution,
    /// Request → first agent message.
    pub first_response: Distribution,
    /// Each finished hold: claim (or transfer in) → release, transfer out or end.
    pub handle_time: Distribution,
    /// helped ÷ (helped + abandoned); `None` when nothing finished.
    pub resolution_rate: Option<f64>,
    pub queue: Queue,
    pub agents: Vec<AgentRow>,
    /// The period bucket by bucket, when asked; empty otherwise.
    pub buckets: Vec<BucketRow>,
    pub sla: SlaReport,
    pub csat: CsatReport,
    /// The page's (or company's) conversations, whatever the agent asked.
    pub bot: BotReport,
}

/// What the bot did alone: the conversations customers began in the period, and how many
/// of them ended up with a person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ToSchema)]
pub struct BotReport {
    /// Conversations begun in the hours that start within the period (docs/metrics.md).
    pub conversations: u64,
    /// Of those, the ones in which the customer asked for a person.
    pub handed_off: u64,
    /// The rest: the bot saw them through alone.
    pub contained: u64,
    /// contained ÷ conversations; `None` without conversations.
    pub containment_rate: Option<f64>,
    /// Handoffs requested in the period per 100 of those conversations.
    pub handoffs_per_100: Option<f64>,
}

impl BotReport {
    fn of(counts: &[HourCount], all: &[Handoff], requested: u64, query: &MetricsQuery) -> Self {
        let of_page = |page: &PageId| query.page.as_ref().is_none_or(|p| p == page);
        let in_period = |at: DateTime<Utc>| {
            let hour = crate::persistence::store::hour_of(at);
            query.from <= hour && hour < query.to
        };
        let conversations: u64 = counts
            .iter()
            .filter(|c| of_page(&c.page_id) && in_period(c.hour))
            .map(|c| c.count)
            .sum();
        let asked: std::collections::BTreeSet<(&PageId, &CustomerId, DateTime<Utc>)> = all
            .iter()
            .filter(|h| of_page(&h.page_id))
            .filter_map(|h| {
                let (customer, since) = h.conversation.as_ref()?;
                in_period(*since).then_some((&h.page_id, customer, *since))
            })
            .collect();
        // A conversation begun before the counters existed may show a handoff without its
        // count: never more handed off than counted.
        let handed_off = (asked.len() as u64).min(conversations);
        let ratio = |a: f64, b: u64| (b > 0).then(|| a / b as f64);
        BotReport {
            conversations,
            handed_off,
            contained: conversations - handed_off,
            containment_rate: ratio((conversations - handed_off) as f64, conversations),
            handoffs_per_100: ratio(100.0 * requested as f64, conversations),
        }
    }
}

/// The satisfaction answers of the counted handoffs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ToSchema)]
pub struct CsatReport {
    /// Handoffs that ended with the question.
    pub asked: u64,
    /// Of those, answered with a score.
    pub answered: u64,
    /// answered ÷ asked; `None` when none was asked.
    pub response_rate: Option<f64>,
    /// The mean score (1 to 5); `None` without answers.
    pub mean_score: Option<f64>,
    /// How many answered 1, 2, 3, 4 and 5.
    pub scores: Vec<u64>,
}

impl CsatReport {
    fn of<'a>(asked: impl Iterator<Item = &'a Csat>) -> Self {
        let mut report = CsatReport {
            scores: vec![0; 5],
            ..CsatReport::default()
        };
        let mut sum = 0u64;
        for csat in asked {
            report.asked += 1;
            if let Some(score) = csat.score.filter(|s| (1..=5).contains(s)) {
                report.answered += 1;
                report.scores[usize::from(score) - 1] += 1;
                sum += u64::from(score);
            }
        }
        let ratio = |a: u64, b: u64| (b > 0).then(|| a as f64 / b as f64);
        report.response_rate = ratio(report.answered, report.asked);
        report.mean_score = ratio(sum, report.answered);
        report
    }
}

/// The report of `handoffs` (finished ones and the open ones, whatever their request time),
/// the agents' presence `stretches` and the `conversations` begun per page and hour, for
/// `query`, against the company's targets `sla`,
/// as of `at`.
pub fn report(
    handoffs: &[Handoff],
    stretches: &[Stretch],
    conversations: &[HourCount],
    query: &MetricsQuery,
    sla: Sla,
    at: DateTime<Utc>,
) -> Report {
    let of_scope = |h: &&Handoff| query.covers(h);
    let counted: Vec<&Handoff> = handoffs
        .iter()
        .filter(of_scope)
        .filter(|h| query.from <= h.requested_at && h.requested_at < query.to)
        .collect();
    let since_request =
        |t: Option<DateTime<Utc>>, h: &Handoff| t.map(|t| seconds(h.requested_at, t));
    let claims: Vec<f64> = counted
        .iter()
        .filter_map(|h| since_request(h.claimed_at, h))
        .collect();
    let responses: Vec<f64> = counted
        .iter()
        .filter_map(|h| since_request(h.first_response_at, h))
        .collect();
    let finished_holds = || {
        counted.iter().flat_map(|h| h.holds.iter()).filter(|hold| {
            hold.to.is_some() && query.agent.as_ref().is_none_or(|a| &hold.agent_id == a)
        })
    };
    let handle: Vec<f64> = finished_holds().map(|hold| hold.seconds(at)).collect();
    let ended = |o: Outcome| counted.iter().filter(|h| h.outcome == Some(o)).count() as u64;
    let counts = Counts {
        requested: counted.len() as u64,
        claimed: claims.len() as u64,
        responded: responses.len() as u64,
        helped: ended(Outcome::Helped),
        abandoned: ended(Outcome::Abandoned),
        open: counted.iter().filter(|h| h.outcome.is_none()).count() as u64,
    };
    let finished = counts.helped + counts.abandoned;
    let open: Vec<&Handoff> = handoffs
        .iter()
        .filter(of_scope)
        .filter(|h| h.outcome.is_none())
        .collect();
    let waiting: Vec<&&Handoff> = open.iter().filter(|h| h.waiting()).collect();
    let marked = |mark: Mark| {
        open.iter()
            .filter_map(|h| Due::next(h.requested_at, h.claimed_at, h.first_response_at, sla))
            .filter(|due| due.mark(at) == Some(mark))
            .count() as u64
    };
    Report {
        from: query.from,
        to: query.to,
        at,
        resolution_rate: (finished > 0).then(|| counts.helped as f64 / finished as f64),
        handoffs: counts,
        time_to_claim: Distribution::of(claims),
        first_response: Distribution::of(responses),
        handle_time: Distribution::of(handle),
        queue: Queue {
            waiting: waiting.len() as u64,
            held: (open.len() - waiting.len()) as u64,
            longest_wait_seconds: waiting
                .iter()
                .map(|h| seconds(h.requested_at, at))
                .max_by(f64::total_cmp),
            at_risk: marked(Mark::AtRisk),
            breached: marked(Mark::Breached),
        },
        agents: agent_rows(handoffs, &counted, stretches, query, at),
        buckets: query
            .bucket
            .map(|b| bucket_rows(handoffs, &counted, query, b, at))
            .unwrap_or_default(),
        bot: BotReport::of(
            conversations,
            handoffs,
            counted_in_page(handoffs, query),
            query,
        ),
        csat: CsatReport::of(counted.iter().filter_map(|h| h.csat.as_ref()).filter(|c| {
            query
                .agent
                .as_ref()
                .is_none_or(|a| c.agent_id.as_ref() == Some(a))
        })),
        sla: SlaReport {
            claim: sla
                .claim_seconds
                .map(|s| TargetCount::of(s, &counted, |h| h.claimed_at, at)),
            first_response: sla
                .first_response_seconds
                .map(|s| TargetCount::of(s, &counted, |h| h.first_response_at, at)),
        },
    }
}

/// Handoffs requested in the period, of the page when asked (whoever held them).
fn counted_in_page(handoffs: &[Handoff], query: &MetricsQuery) -> u64 {
    handoffs
        .iter()
        .filter(|h| query.page.as_ref().is_none_or(|p| &h.page_id == p))
        .filter(|h| query.from <= h.requested_at && h.requested_at < query.to)
        .count() as u64
}

/// The period bucket by bucket. The queue counts every handoff of the scope waiting during
/// the bucket, whenever it was requested.
fn bucket_rows(
    all: &[Handoff],
    counted: &[&Handoff],
    query: &MetricsQuery,
    bucket: Bucket,
    at: DateTime<Utc>,
) -> Vec<BucketRow> {
    let of_scope = |h: &&Handoff| query.covers(h);
    // +1 where a wait starts, −1 where it ends; ends first at the same instant.
    let mut events: Vec<(DateTime<Utc>, i64)> = all
        .iter()
        .filter(of_scope)
        .flat_map(|h| h.waits(at))
        .flat_map(|(start, end)| [(start, 1), (end, -1)])
        .collect();
    events.sort();
    let mut rows = Vec::new();
    let (mut next, mut waiting) = (0usize, 0i64);
    let mut start = bucket.start(query.from);
    while start < query.to {
        let end = start + bucket.length();
        // The part of the bucket inside the period, up to `at`.
        let from = start.max(query.from);
        let until = end.min(query.to).min(at).max(from);
        while next < events.len() && events[next].0 <= from {
            waiting += events[next].1;
            next += 1;
        }
        let (mut area, mut t, mut most) = (0.0, from, waiting);
        while next < events.len() && events[next].0 < end {
            let (when, delta) = events[next];
            area += waiting as f64 * seconds(t, when.min(until));
            t = when.min(until).max(t);
            waiting += delta;
            most = most.max(waiting);
            next += 1;
        }
        area += waiting as f64 * seconds(t, until);
        let length = seconds(from, until);
        let mine: Vec<&&Handoff> = counted
            .iter()
            .filter(|h| start <= h.requested_at && h.requested_at < end)
            .collect();
        let ended = |o: Outcome| mine.iter().filter(|h| h.outcome == Some(o)).count() as u64;
        let responses = mine
            .iter()
            .filter_map(|h| h.first_response_at.map(|t| seconds(h.requested_at, t)))
            .collect();
        rows.push(BucketRow {
            start,
            requested: mine.len() as u64,
            helped: ended(Outcome::Helped),
            abandoned: ended(Outcome::Abandoned),
            median_first_response_seconds: Distribution::of(responses).median_seconds,
            queue_mean: if length > 0.0 { area / length } else { 0.0 },
            queue_max: most.max(0) as u64,
        });
        start = end;
    }
    rows
}

/// Each agent's row: what they did in the handoffs counted, and how they spent the period
/// (presence, and every hold of the scope that overlaps it, whenever it was requested).
fn agent_rows(
    all: &[Handoff],
    counted: &[&Handoff],
    stretches: &[Stretch],
    query: &MetricsQuery,
    at: DateTime<Utc>,
) -> Vec<AgentRow> {
    #[derive(Default)]
    struct Tally {
        holds: u64,
        responses: Vec<f64>,
        handles: Vec<f64>,
        held: Vec<(DateTime<Utc>, DateTime<Utc>)>,
        online: Vec<(DateTime<Utc>, DateTime<Utc>)>,
        available: Vec<(DateTime<Utc>, DateTime<Utc>)>,
        holding_now: u64,
        scores: Vec<f64>,
    }
    let mut tallies: BTreeMap<AgentId, Tally> = BTreeMap::new();
    for h in counted {
        for hold in &h.holds {
            let tally = tallies.entry(hold.agent_id.clone()).or_default();
            tally.holds += 1;
            if hold.to.is_some() {
                tally.handles.push(hold.seconds(at));
            }
        }
        if let (Some(agent), Some(t)) = (h.responder(), h.first_response_at) {
            let tally = tallies.entry(agent.clone()).or_default();
            tally.responses.push(seconds(h.requested_at, t));
        }
        if let Some((agent, score)) = h
            .csat
            .as_ref()
            .and_then(|c| Some((c.agent_id.as_ref()?, c.score?)))
        {
            let tally = tallies.entry(agent.clone()).or_default();
            tally.scores.push(f64::from(score));
        }
    }
    let (from, until) = (query.from, query.to.min(at));
    for h in all.iter().filter(|h| query.covers(h)) {
        if let Some(holder) = h.holder_now() {
            tallies.entry(holder.clone()).or_default().holding_now += 1;
        }
        for hold in &h.holds {
            let end = hold.to.unwrap_or(at);
            if hold.from < until && from < end {
                let tally = tallies.entry(hold.agent_id.clone()).or_default();
                tally.held.push((hold.from, end));
            }
        }
    }
    for s in stretches {
        let span = (s.started_at, s.end(at));
        if span.0 < until && from < span.1 {
            let tally = tallies.entry(s.agent_id.clone()).or_default();
            tally.online.push(span);
            if s.status == Availability::Available {
                tally.available.push(span);
            }
        }
    }
    let only = query.agent.as_ref();
    tallies
        .into_iter()
        .filter(|(agent, _)| only.is_none_or(|a| a == agent))
        .map(|(agent_id, t)| {
            let online = Spans::within(t.online, from, until);
            let available = Spans::within(t.available, from, until);
            let busy = Spans::within(t.held.iter().copied(), from, until);
            let held_online: f64 = t.held.iter().map(|(a, b)| online.overlap(*a, *b)).sum();
            let ratio = |part: f64, whole: f64| (whole > 0.0).then(|| part / whole);
            AgentRow {
                agent_id,
                holds: t.holds,
                first_responses: t.responses.len() as u64,
                median_first_response_seconds: Distribution::of(t.responses).median_seconds,
                handle_seconds: t.handles.iter().sum(),
                median_handle_seconds: Distribution::of(t.handles).median_seconds,
                online_seconds: online.seconds(),
                available_seconds: available.seconds(),
                busy_seconds: busy.seconds(),
                utilization: ratio(busy.and(&available).seconds(), available.seconds()),
                mean_concurrent: ratio(held_online, online.seconds()),
                holding_now: t.holding_now,
                csat_answers: t.scores.len() as u64,
                csat_mean: (!t.scores.is_empty())
                    .then(|| t.scores.iter().sum::<f64>() / t.scores.len() as f64),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::from_millis;

    fn t(s: i64) -> DateTime<Utc> {
        from_millis(1_800_000_000_000 + s * 1000)
    }

    fn hold(agent: &str, from: i64, to: Option<i64>) -> Hold {
        Hold {
            agent_id: AgentId::new(agent),
            from: t(from),
            to: to.map(t),
        }
    }

    fn handoff(
        requested: i64,
        claimed: Option<i64>,
        responded: Option<i64>,
        holds: Vec<Hold>,
        outcome: Option<Outcome>,
    ) -> Handoff {
        Handoff {
            page_id: PageId::new("p1"),
            requested_at: t(requested),
            claimed_at: claimed.map(t),
            first_response_at: responded.map(t),
            holds,
            outcome,
            ended_at: outcome.map(|_| t(requested + 1000)),
            csat: None,
            conversation: None,
        }
    }

    fn day() -> MetricsQuery {
        MetricsQuery {
            from: t(0),
            to: t(86_400),
            page: None,
            agent: None,
            bucket: None,
        }
    }

    /// A scripted day: four handoffs requested in it, one before it.
    fn script() -> Vec<Handoff> {
        vec![
            // Claimed after 60 s by ann, answered after 90 s, handed to ben at 400 s,
            // returned to the bot at 1000 s: helped.
            handoff(
                100,
                Some(160),
                Some(190),
                vec![hold("ann", 160, Some(500)), hold("ben", 500, Some(1100))],
                Some(Outcome::Helped),
            ),
            // Claimed after 30 s by ben, released after 120 s unanswered, returned to the
            // bot later: abandoned.
            handoff(
                2000,
                Some(2030),
                None,
                vec![hold("ben", 2030, Some(2150))],
                Some(Outcome::Abandoned),
            ),
            // Still open: ann holds it since 5000 s and answered at 5010 s.
            handoff(
                4900,
                Some(5000),
                Some(5010),
                vec![hold("ann", 5000, None)],
                None,
            ),
            // Still open and waiting since 6000 s.
            handoff(6000, None, None, vec![], None),
            // Requested the day before: not counted, but it waits in the queue too.
            handoff(-500, None, None, vec![], None),
        ]
    }

    #[test]
    fn every_number_of_a_scripted_day() {
        let r = report(&script(), &[], &[], &day(), Sla::default(), t(7000));
        assert_eq!(
            r.handoffs,
            Counts {
                requested: 4,
                claimed: 3,
                responded: 2,
                helped: 1,
                abandoned: 1,
                open: 2,
            }
        );
        // 60, 30, 100 s.
        assert_eq!(r.time_to_claim.count, 3);
        assert_eq!(r.time_to_claim.median_seconds, Some(60.0));
        assert_eq!(r.time_to_claim.mean_seconds, Some(190.0 / 3.0));
        assert_eq!(r.time_to_claim.p90_seconds, Some(100.0));
        // 90, 110 s.
        assert_eq!(r.first_response.median_seconds, Some(100.0));
        assert_eq!(r.first_response.p90_seconds, Some(110.0));
        // Finished holds: 340, 600, 120 s; the open one does not count.
        assert_eq!(r.handle_time.count, 3);
        assert_eq!(r.handle_time.median_seconds, Some(340.0));
        assert_eq!(r.resolution_rate, Some(0.5));
        assert_eq!(
            r.queue,
            Queue {
                waiting: 2,
                held: 1,
                longest_wait_seconds: Some(7500.0),
                at_risk: 0,
                breached: 0,
            }
        );
        let ann = &r.agents[0];
        assert_eq!(ann.agent_id, AgentId::new("ann"));
        assert_eq!((ann.holds, ann.first_responses), (2, 2));
        assert_eq!(ann.median_first_response_seconds, Some(100.0));
        assert_eq!(ann.handle_seconds, 340.0);
        let ben = &r.agents[1];
        assert_eq!((ben.holds, ben.first_responses), (2, 0));
        assert_eq!(ben.handle_seconds, 720.0);
        assert_eq!(ben.median_handle_seconds, Some(360.0));
    }

    #[test]
    fn one_agent_sees_the_handoffs_they_held_and_only_their_own_holds() {
        let query = MetricsQuery {
            agent: Some(AgentId::new("ben")),
            ..day()
        };
        let r = report(&script(), &[], &[], &query, Sla::default(), t(7000));
        assert_eq!(r.handoffs.requested, 2);
        assert_eq!(r.handle_time.count, 2, "ben's 600 s and 120 s");
        assert_eq!(r.agents.len(), 1);
        assert_eq!(r.queue.waiting, 0, "the waiting ones were never his");
    }

    #[test]
    fn bins_split_at_their_edges() {
        let d = Distribution::of(vec![30.0, 30.5, 4000.0]);
        let counts: Vec<u64> = d.bins.iter().map(|b| b.count).collect();
        assert_eq!(counts, vec![1, 1, 0, 0, 0, 0, 0, 1]);
        assert_eq!(d.bins.last().and_then(|b| b.up_to_seconds), None);
        let empty = Distribution::of(Vec::new());
        assert_eq!(
            (empty.count, empty.median_seconds, empty.p90_seconds),
            (0, None, None)
        );
    }

    #[test]
    fn hours_count_their_requests_and_their_queue() {
        // Two customers wait from 100 s: one is claimed at 400 s, the other at 4000 s.
        let first = handoff(100, Some(400), None, vec![hold("ann", 400, None)], None);
        let second = handoff(100, Some(4000), None, vec![hold("ben", 4000, None)], None);
        let query = MetricsQuery {
            to: t(3 * 3600),
            bucket: Some(Bucket::Hour),
            ..day()
        };
        let r = report(
            &[first, second],
            &[],
            &[],
            &query,
            Sla::default(),
            t(3 * 3600),
        );
        let rows: Vec<(u64, u64, f64)> = r
            .buckets
            .iter()
            .map(|b| (b.requested, b.queue_max, b.queue_mean))
            .collect();
        // Hour 0: both wait 100–400 s, one on to 3600 s: (2×300 + 1×3200) / 3600.
        // Hour 1: one waits 3600–4000 s. Hour 2: nobody.
        assert_eq!(
            rows,
            vec![(2, 2, 3800.0 / 3600.0), (0, 1, 400.0 / 3600.0), (0, 0, 0.0)]
        );
        assert_eq!(r.buckets[1].start, t(3600));
    }

    #[test]
    fn a_bucket_still_running_is_averaged_over_its_elapsed_time() {
        let waiting = handoff(0, None, None, vec![], None);
        // The period starts at 08:00 UTC and ends an hour later: one day bucket, cut to it.
        let query = MetricsQuery {
            to: t(3600),
            bucket: Some(Bucket::Day),
            ..day()
        };
        let r = report(&[waiting], &[], &[], &query, Sla::default(), t(600));
        assert_eq!(r.buckets.len(), 1);
        assert_eq!((r.buckets[0].queue_mean, r.buckets[0].queue_max), (1.0, 1));
    }

    #[test]
    fn targets_count_what_was_reached_in_time_and_what_can_no_longer_be() {
        let query = day();
        let sla = Sla {
            claim_seconds: Some(60),
            first_response_seconds: Some(100),
        };
        // Claims after 60 s (met), 30 s (met) and 100 s (breached); one waiting since
        // 6000 s: 1000 s at 7000 s, breached; none pending.
        let r = report(&script(), &[], &[], &query, sla, t(7000));
        let claim = r.sla.claim.expect("a claim target");
        assert_eq!(
            (claim.met, claim.breached, claim.pending),
            (2, 2, 0),
            "{claim:?}"
        );
        assert_eq!(claim.met_rate, Some(0.5));
        // First responses after 90 s (met) and 110 s (breached); the abandoned one ended
        // 1000 s after its request without one (breached); the waiting one too.
        let first = r.sla.first_response.expect("a response target");
        assert_eq!((first.met, first.breached, first.pending), (1, 3, 0));
        // Seen 30 s after the last request, the waiting customer is still within both.
        let early = report(&script(), &[], &[], &query, sla, t(6030));
        let claim = early.sla.claim.expect("a claim target");
        assert_eq!((claim.breached, claim.pending), (1, 1));
        assert!(report(&script(), &[], &[], &day(), Sla::default(), t(7000))
            .sla
            .claim
            .is_none());
    }

    fn stretch(
        agent: &str,
        status: Availability,
        from: i64,
        to: Option<i64>,
        seen: i64,
    ) -> Stretch {
        Stretch {
            seen_at: t(seen),
            ended_at: to.map(t),
            ..Stretch::open(
                &crate::ids::CompanyId::new("acme"),
                &AgentId::new(agent),
                status,
                t(from),
            )
        }
    }

    #[test]
    fn online_time_availability_and_utilization_come_from_presence_and_holds() {
        let presence = [
            stretch("ann", Availability::Available, 0, Some(3000), 3000),
            stretch("ann", Availability::Away, 3000, Some(4000), 4000),
            // Open and refreshed lately: it lasts until the time asked.
            stretch("ann", Availability::Available, 4800, None, 6990),
            // Open, but its process stopped refreshing it at 1000 s: it ended there.
            stretch("ben", Availability::Available, 500, None, 1000),
            // Before the period: cut to it.
            stretch("ben", Availability::Away, -100, Some(50), 50),
        ];
        let r = report(&script(), &presence, &[], &day(), Sla::default(), t(7000));
        let ann = &r.agents[0];
        assert_eq!(ann.online_seconds, 4000.0 + 2200.0);
        assert_eq!(ann.available_seconds, 3000.0 + 2200.0);
        // Holds 160–500 s and 5000 s onwards (still held at 7000 s), all while available.
        assert_eq!(ann.busy_seconds, 340.0 + 2000.0);
        assert_eq!(ann.utilization, Some(2340.0 / 5200.0));
        assert_eq!(ann.mean_concurrent, Some(2340.0 / 6200.0));
        assert_eq!(ann.holding_now, 1);
        let ben = &r.agents[1];
        assert_eq!(ben.online_seconds, 50.0 + 500.0);
        assert_eq!(ben.available_seconds, 500.0);
        // Holds 500–1100 s and 2030–2150 s; available only 500–1000 s of them.
        assert_eq!(ben.busy_seconds, 720.0);
        assert_eq!(ben.utilization, Some(1.0));
        assert_eq!(ben.mean_concurrent, Some(500.0 / 550.0));
        assert_eq!(ben.holding_now, 0);
    }

    #[test]
    fn an_agent_online_without_holds_has_a_row_of_zeros() {
        let presence = [stretch("cy", Availability::Available, 100, Some(700), 700)];
        let r = report(&[], &presence, &[], &day(), Sla::default(), t(7000));
        assert_eq!(r.agents.len(), 1);
        let cy = &r.agents[0];
        assert_eq!(
            (cy.holds, cy.online_seconds, cy.busy_seconds),
            (0, 600.0, 0.0)
        );
        assert_eq!((cy.utilization, cy.mean_concurrent), (Some(0.0), Some(0.0)));
    }

    #[test]
    fn an_open_handoff_is_at_risk_in_the_last_quarter_of_its_next_target() {
        let sla = Sla {
            claim_seconds: Some(100),
            first_response_seconds: Some(300),
        };
        let due = Due::next(t(0), None, None, sla).expect("a deadline");
        assert_eq!((due.target, due.due_at), (Target::Claim, t(100)));
        assert_eq!(due.mark(t(74)), None);
        assert_eq!(due.mark(t(75)), Some(Mark::AtRisk));
        assert_eq!(due.mark(t(100)), Some(Mark::AtRisk));
        assert_eq!(due.mark(t(101)), Some(Mark::Breached));
        // Claimed: the first response is next.
        let due = Due::next(t(0), Some(t(50)), None, sla).expect("a deadline");
        assert_eq!((due.target, due.due_at), (Target::FirstResponse, t(300)));
        assert_eq!(Due::next(t(0), Some(t(50)), Some(t(60)), sla), None);
        assert_eq!(Due::next(t(0), None, None, Sla::default()), None);

        // In the report: the two waiting since 6000 s and −500 s against a 1000 s claim
        // target at 6800 s: one at risk (200 s left), one breached; ann's holds none.
        let claim_only = Sla {
            claim_seconds: Some(1000),
            first_response_seconds: None,
        };
        let r = report(&script(), &[], &[], &day(), claim_only, t(6800));
        assert_eq!((r.queue.at_risk, r.queue.breached), (1, 1));
    }

    #[test]
    fn satisfaction_counts_the_questions_asked_and_credits_the_last_holder() {
        let mut handoffs = script();
        let asked = |agent: &str, score: Option<u8>| Csat {
            agent_id: Some(AgentId::new(agent)),
            asked_at: t(1100),
            score,
            answered_at: score.map(|_| t(1200)),
        };
        handoffs[0].csat = Some(asked("ben", Some(4)));
        handoffs[1].csat = Some(asked("ben", None));
        let mut rated = handoff(
            3000,
            Some(3010),
            Some(3020),
            vec![hold("ann", 3010, Some(3100))],
            Some(Outcome::Helped),
        );
        rated.csat = Some(asked("ann", Some(2)));
        handoffs.push(rated);
        let r = report(&handoffs, &[], &[], &day(), Sla::default(), t(7000));
        assert_eq!(
            r.csat,
            CsatReport {
                asked: 3,
                answered: 2,
                response_rate: Some(2.0 / 3.0),
                mean_score: Some(3.0),
                scores: vec![0, 1, 0, 1, 0],
            }
        );
        let row = |id: &str| {
            r.agents
                .iter()
                .find(|a| a.agent_id == AgentId::new(id))
                .cloned()
        };
        let ben = row("ben").expect("ben");
        assert_eq!((ben.csat_answers, ben.csat_mean), (1, Some(4.0)));
        let ann = row("ann").expect("ann");
        assert_eq!((ann.csat_answers, ann.csat_mean), (1, Some(2.0)));
        // An agent sees the questions about themselves.
        let query = MetricsQuery {
            agent: Some(AgentId::new("ann")),
            ..day()
        };
        let mine = report(&handoffs, &[], &[], &query, Sla::default(), t(7000));
        assert_eq!((mine.csat.asked, mine.csat.mean_score), (1, Some(2.0)));
    }

    #[test]
    fn the_bot_contains_the_conversations_in_which_nobody_asked_for_a_person() {
        let count = |page: &str, hour: i64, count: u64| HourCount {
            page_id: PageId::new(page),
            hour: t(hour * 3600),
            count,
        };
        let counts = [
            count("p1", -1, 5), // before the period
            count("p1", 0, 3),
            count("p1", 2, 1),
            count("p2", 1, 2),
        ];
        let asked_in = |page: &str, customer: &str, since: i64, requested: i64| {
            let mut h = handoff(requested, None, None, vec![], None);
            h.page_id = PageId::new(page);
            h.conversation = Some((CustomerId::new(customer), t(since)));
            h
        };
        let handoffs = [
            asked_in("p1", "a", 100, 200),
            // The same conversation asked twice: one conversation handed off, two handoffs.
            asked_in("p1", "a", 100, 900),
            asked_in("p2", "b", 3700, 3800),
            // Its conversation began before the period.
            asked_in("p1", "c", -3000, 50),
        ];
        let r = report(&handoffs, &[], &counts, &day(), Sla::default(), t(7200));
        assert_eq!(
            r.bot,
            BotReport {
                conversations: 6,
                handed_off: 2,
                contained: 4,
                containment_rate: Some(4.0 / 6.0),
                handoffs_per_100: Some(400.0 / 6.0),
            }
        );
        let p2 = MetricsQuery {
            page: Some(PageId::new("p2")),
            ..day()
        };
        let r = report(&handoffs, &[], &counts, &p2, Sla::default(), t(7200));
        assert_eq!(
            (r.bot.conversations, r.bot.handed_off, r.bot.contained),
            (2, 1, 1)
        );
        assert_eq!(r.bot.handoffs_per_100, Some(50.0));
    }
}
