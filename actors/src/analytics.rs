//! The numbers of a company's handoffs over a period, computed from what the store records:
//! the finished handoffs ([`HandoffRecord`]) and the ones still open on the customer
//! documents ([`Episode`]). Pure functions of those and the time asked at; docs/metrics.md
//! defines each number exactly as computed here.

use crate::attendance::{Spans, Stretch};
use crate::error::StoreError;
use crate::events::Availability;
use crate::handoff::HandoffRecord;
use crate::handoff::{seconds, DURATION_BINS as BIN_EDGES};
use crate::ids::{AgentId, CustomerId, PageId};
use crate::model::{from_millis, Sla};
use crate::persistence::store::{hour_of, HourCount, TallyRow};
use crate::tally::stored::{Agents, Parts};
pub use crate::tally::Handoff;
use crate::tally::{hour_start, ms, Asked, HourTally, Hours, Piece, Share, Unreached, Work};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
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
        self.on_page(&h.page_id) && self.agent.as_ref().is_none_or(|a| h.held_by(a))
    }

    pub fn on_page(&self, page: &PageId) -> bool {
        self.page.as_ref().is_none_or(|p| page == p)
    }

    /// Whether a handoff requested at `at` is counted: within the period.
    pub fn counts(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at < self.to
    }

    /// The request-keyed numbers of `tally`, of the query's agent when it has one.
    fn part<'a>(&self, tally: &'a HourTally) -> Option<&'a Asked> {
        match &self.agent {
            None => Some(&tally.asked),
            Some(agent) => tally.asked_by_agent.get(agent),
        }
    }

    /// The request-keyed numbers of `tallies` together.
    fn asked<'a>(&self, tallies: impl Iterator<Item = &'a HourTally>) -> Asked {
        let mut total = Asked::default();
        for part in tallies.filter_map(|t| self.part(t)) {
            total.merge(part);
        }
        total
    }

    /// The waits of `tally`, of the handoffs the query's agent held when it has one.
    fn waits<'a>(&self, tally: &'a HourTally) -> &'a [Piece] {
        match &self.agent {
            None => &tally.waits,
            Some(agent) => tally.waits_by_agent.get(agent).map_or(&[], Vec::as_slice),
        }
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
    /// The most customers waiting at once during the bucket's part of the period (up to the
    /// time asked).
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
    /// Against a target of `target` seconds: the handoffs that reached it (after `reached`
    /// milliseconds) and those that did not (finished ones count only once the target had
    /// passed before they ended; see docs/metrics.md).
    fn of(target: u64, reached: &[i64], unreached: &[Unreached]) -> Self {
        let limit = i64::try_from(target).unwrap_or(i64::MAX / 1000) * 1000;
        let met = reached.iter().filter(|ms| **ms <= limit).count() as u64;
        let passed = unreached.iter().filter(|u| u.waited_ms > limit).count() as u64;
        let breached = reached.len() as u64 - met + passed;
        TargetCount {
            target_seconds: target,
            met,
            breached,
            pending: unreached
                .iter()
                .filter(|u| u.open && u.waited_ms <= limit)
                .count() as u64,
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
    /// From the conversations begun per page and hour (`counts`), the conversations with a
    /// handoff gathered in `hours`, and the handoffs `requested` in the period.
    fn of(counts: &[HourCount], hours: &Hours, requested: u64, query: &MetricsQuery) -> Self {
        let in_period = |hour: DateTime<Utc>| query.from <= hour && hour < query.to;
        let conversations: u64 = counts
            .iter()
            .filter(|c| query.on_page(&c.page_id) && in_period(c.hour))
            .map(|c| c.count)
            .sum();
        let asked: u64 = hours
            .0
            .iter()
            .filter(|(hour, _)| in_period(from_millis(**hour)))
            .map(|(_, t)| t.handed_off)
            .sum();
        // A conversation begun before the counters existed may show a handoff without its
        // count: never more handed off than counted.
        let handed_off = asked.min(conversations);
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
    /// From how many were asked and how many answered each score.
    fn of(asked: u64, scores: [u64; 5]) -> Self {
        let answered: u64 = scores.iter().sum();
        let sum: u64 = scores.iter().zip(1..).map(|(n, score)| n * score).sum();
        let ratio = |a: u64, b: u64| (b > 0).then(|| a as f64 / b as f64);
        CsatReport {
            asked,
            answered,
            response_rate: ratio(answered, asked),
            mean_score: ratio(sum, answered),
            scores: scores.to_vec(),
        }
    }
}

/// The report of `handoffs` (finished ones and the open ones, whatever their request time),
/// the agents' presence `stretches` and the `conversations` begun per page and hour, for
/// `query`, against the company's targets `sla`, as of `at`: [`report_of`] over the
/// handoffs gathered hour by hour.
pub fn report(
    handoffs: &[Handoff],
    stretches: &[Stretch],
    conversations: &[HourCount],
    query: &MetricsQuery,
    sla: Sla,
    at: DateTime<Utc>,
) -> Report {
    let mut hours = Hours::default();
    for h in handoffs.iter().filter(|h| query.on_page(&h.page_id)) {
        add_whole(&mut hours, h, query, at);
    }
    let open: Vec<Handoff> = handoffs
        .iter()
        .filter(|h| h.outcome.is_none())
        .cloned()
        .collect();
    report_of(&hours, &open, stretches, conversations, query, sla, at)
}

/// The report from what is gathered in `hours` for `query`: the request-keyed parts of its
/// rows hold exactly the query's page's handoffs requested within the period (open ones
/// included), the rest everything that happened in the hours the period touches. `open`:
/// the open handoffs, for the queue as it stands.
pub(crate) fn report_of(
    hours: &Hours,
    open: &[Handoff],
    stretches: &[Stretch],
    conversations: &[HourCount],
    query: &MetricsQuery,
    sla: Sla,
    at: DateTime<Utc>,
) -> Report {
    let total = query.asked(hours.0.values());
    let counts = Counts {
        requested: total.requested,
        claimed: total.claims.len() as u64,
        responded: total.responses.len() as u64,
        helped: total.helped,
        abandoned: total.abandoned,
        open: total.open,
    };
    let finished = counts.helped + counts.abandoned;
    let open: Vec<&Handoff> = open.iter().filter(|h| query.covers(h)).collect();
    let waiting: Vec<&&Handoff> = open.iter().filter(|h| h.waiting()).collect();
    let marked = |mark: Mark| {
        open.iter()
            .filter_map(|h| Due::next(h.requested_at, h.claimed_at, h.first_response_at, sla))
            .filter(|due| due.mark(at) == Some(mark))
            .count() as u64
    };
    let requested_in_page = hours.0.values().map(|t| t.asked.requested).sum();
    Report {
        from: query.from,
        to: query.to,
        at,
        resolution_rate: (finished > 0).then(|| counts.helped as f64 / finished as f64),
        handoffs: counts,
        time_to_claim: Distribution::of(in_seconds(&total.claims)),
        first_response: Distribution::of(in_seconds(&total.responses)),
        handle_time: Distribution::of(in_seconds(&total.handles)),
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
        agents: agent_rows(hours, &open, stretches, query, at),
        buckets: query
            .bucket
            .map(|b| bucket_rows(hours, query, b, at))
            .unwrap_or_default(),
        bot: BotReport::of(conversations, hours, requested_in_page, query),
        csat: CsatReport::of(total.csat_asked, total.csat_scores),
        sla: SlaReport {
            claim: sla
                .claim_seconds
                .map(|s| TargetCount::of(s, &total.claims, &total.unclaimed)),
            first_response: sla
                .first_response_seconds
                .map(|s| TargetCount::of(s, &total.responses, &total.unresponded)),
        },
    }
}

/// The hours the period cuts (it starts or ends inside them): their handoffs are counted
/// one by one, for only those requested within the period count.
pub(crate) fn cut_hours(query: &MetricsQuery) -> Vec<DateTime<Utc>> {
    let (first, last) = (hour_of(query.from), hour_of(query.to));
    let mut cut = Vec::new();
    if first < query.from {
        cut.push(first);
    }
    if last < query.to && !cut.contains(&last) {
        cut.push(last);
    }
    cut
}

/// What a report of `query` as of `at` needs, hour by hour: `rows`, the running aggregates
/// of the hours from the one `from` falls in until `to` (every page), whose request-keyed
/// parts count for the hours wholly inside the period; `edges`, the finished handoffs
/// requested in the [`cut_hours`], of which those requested within the period count; and
/// the `open` handoffs. A row's list of conversations is read only where an open handoff's
/// conversation might be in it, its agents' parts only for one agent's report.
pub(crate) fn gather(
    rows: &[TallyRow],
    edges: &[HandoffRecord],
    open: &[Handoff],
    query: &MetricsQuery,
    at: DateTime<Utc>,
) -> Result<Hours, StoreError> {
    let hour = chrono::TimeDelta::hours(1);
    let open: Vec<&Handoff> = open.iter().filter(|h| query.on_page(&h.page_id)).collect();
    let listed: BTreeSet<(&PageId, i64)> = open
        .iter()
        .filter_map(|h| Some((&h.page_id, hour_start(ms(h.conversation.as_ref()?.1)))))
        .collect();
    let mut hours = Hours::default();
    for row in rows.iter().filter(|r| query.on_page(&r.page_id)) {
        let whole = query.from <= row.hour && row.hour + hour <= query.to;
        let parts = Parts {
            conversations: listed.contains(&(&row.page_id, ms(row.hour))),
            agents: query.agent.as_ref().map_or(Agents::None, Agents::One),
        };
        hours.add(ms(row.hour), row.decode(parts)?, whole);
    }
    for record in edges {
        if query.on_page(&record.page_id) && query.counts(record.requested_at) {
            hours.ask(&Handoff::from(record), record.ended_at, Share::Whole);
        }
    }
    for h in open {
        add_whole(&mut hours, h, query, at);
    }
    Ok(hours)
}

/// Adds all of `h` as of `at`: what it did hour by hour, and its numbers if `query` counts it.
fn add_whole(hours: &mut Hours, h: &Handoff, query: &MetricsQuery, at: DateTime<Utc>) {
    hours.during(h, at);
    if query.counts(h.requested_at) {
        hours.ask(h, at, Share::Whole);
    }
}

/// Milliseconds as seconds, in order (integers sort faster than floats).
fn in_seconds(ms: &[i64]) -> Vec<f64> {
    let mut sorted = ms.to_vec();
    sorted.sort_unstable();
    sorted.into_iter().map(|ms| ms as f64 / 1000.0).collect()
}

/// The period bucket by bucket. The queue counts every handoff of the scope waiting during
/// the bucket, whenever it was requested.
fn bucket_rows(
    hours: &Hours,
    query: &MetricsQuery,
    bucket: Bucket,
    at: DateTime<Utc>,
) -> Vec<BucketRow> {
    // +1 where a wait starts, −1 where it ends; ends first at the same instant. A wait's
    // pieces lie within their hour, so sorting hour by hour sorts them all (unless a piece
    // runs backwards, which a clock set back can make).
    let mut events: Vec<(i64, i64)> = Vec::new();
    for tally in hours.0.values() {
        let from = events.len();
        events.extend(
            query
                .waits(tally)
                .iter()
                .flat_map(|(start, end)| [(*start, 1), (*end, -1)]),
        );
        events[from..].sort_unstable();
    }
    if !events.is_sorted() {
        events.sort_unstable();
    }
    let mut rows = Vec::new();
    let (mut next, mut waiting) = (0usize, 0i64);
    let mut start = bucket.start(query.from);
    while start < query.to {
        let end = start + bucket.length();
        // The part of the bucket inside the period, up to `at`.
        let from = ms(start.max(query.from));
        let until = ms(end.min(query.to).min(at)).max(from);
        let end_ms = ms(end);
        while next < events.len() && events[next].0 <= from {
            waiting += events[next].1;
            next += 1;
        }
        let (mut area, mut t, mut most) = (0i64, from, waiting);
        while next < events.len() && events[next].0 < until {
            let (when, delta) = events[next];
            area += waiting * (when.min(until) - t).max(0);
            t = when.min(until).max(t);
            waiting += delta;
            most = most.max(waiting);
            next += 1;
        }
        area += waiting * (until - t).max(0);
        let length = until - from;
        let (mut requested, mut helped, mut abandoned) = (0, 0, 0);
        let mut responses = Vec::new();
        for (_, tally) in hours.0.range(ms(start)..end_ms) {
            if let Some(part) = query.part(tally) {
                requested += part.requested;
                helped += part.helped;
                abandoned += part.abandoned;
                responses.extend_from_slice(&part.responses);
            }
        }
        rows.push(BucketRow {
            start,
            requested,
            helped,
            abandoned,
            median_first_response_seconds: Distribution::of(in_seconds(&responses)).median_seconds,
            queue_mean: if length > 0 {
                area as f64 / length as f64
            } else {
                0.0
            },
            queue_max: most.max(0) as u64,
        });
        start = end;
    }
    rows
}

/// Each agent's row: what they did in the handoffs counted, and how they spent the period
/// (presence, and every hold of the scope that overlaps it, whenever it was requested).
fn agent_rows(
    hours: &Hours,
    open: &[&Handoff],
    stretches: &[Stretch],
    query: &MetricsQuery,
    at: DateTime<Utc>,
) -> Vec<AgentRow> {
    #[derive(Default)]
    struct Tally {
        work: Work,
        held: Vec<Piece>,
        online: Vec<Piece>,
        available: Vec<Piece>,
        holding_now: u64,
    }
    let mut tallies: BTreeMap<AgentId, Tally> = BTreeMap::new();
    // Looked up before inserting: an agent's id is cloned once, not once per hour.
    fn tally<'t>(tallies: &'t mut BTreeMap<AgentId, Tally>, agent: &AgentId) -> &'t mut Tally {
        if !tallies.contains_key(agent) {
            tallies.insert(agent.clone(), Tally::default());
        }
        tallies.get_mut(agent).expect("inserted")
    }
    let (from, until) = (ms(query.from), ms(query.to.min(at)));
    for hour in hours.0.values() {
        for (agent, work) in &hour.work {
            tally(&mut tallies, agent).work.merge(work);
        }
        for (agent, pieces) in &hour.holds {
            let mut overlapping = pieces
                .iter()
                .filter(|(start, end)| *start < until && from < *end)
                .peekable();
            if overlapping.peek().is_some() {
                tally(&mut tallies, agent).held.extend(overlapping);
            }
        }
    }
    for holder in open.iter().filter_map(|h| h.holder_now()) {
        tallies.entry(holder.clone()).or_default().holding_now += 1;
    }
    for s in stretches {
        let span = (ms(s.started_at), ms(s.end(at)));
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
            let held_online: i64 = t.held.iter().map(|(a, b)| online.overlap(*a, *b)).sum();
            let ratio = |part: i64, whole: i64| (whole > 0).then(|| part as f64 / whole as f64);
            let work = t.work;
            let scores = work.scores.len() as u64;
            AgentRow {
                agent_id,
                holds: work.holds,
                first_responses: work.responses.len() as u64,
                median_first_response_seconds: Distribution::of(in_seconds(&work.responses))
                    .median_seconds,
                handle_seconds: work.handles.iter().sum::<i64>() as f64 / 1000.0,
                median_handle_seconds: Distribution::of(in_seconds(&work.handles)).median_seconds,
                online_seconds: online.seconds(),
                available_seconds: available.seconds(),
                busy_seconds: busy.seconds(),
                utilization: ratio(busy.and(&available).millis(), available.millis()),
                mean_concurrent: ratio(held_online, online.millis()),
                holding_now: t.holding_now,
                csat_answers: scores,
                csat_mean: (scores > 0).then(|| {
                    work.scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores as f64
                }),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::{Csat, Episode, Hold, Outcome};

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

    /// A small deterministic generator: the scenarios are the same at every run.
    struct Dice(u64);

    impl Dice {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> i64 {
            (self.next() % n) as i64
        }
        fn chance(&mut self, percent: i64) -> bool {
            self.below(100) < percent
        }
        fn pick(&mut self, names: &[&str]) -> String {
            names[self.below(names.len() as u64) as usize].to_owned()
        }
    }

    const HOUR: i64 = 3_600_000;

    fn at_ms(ms: i64) -> DateTime<Utc> {
        from_millis(1_800_000_000_000 + ms)
    }

    /// A handoff of a random shape, requested somewhere in three days: claimed or not,
    /// passed between agents, answered or not, finished or still open, rated or not.
    fn random_handoff(d: &mut Dice, n: usize) -> (Handoff, Option<HandoffRecord>) {
        let requested = d.below(72 * HOUR as u64);
        let mut clock = requested;
        let (mut holds, mut claimed, mut responded) = (Vec::new(), None, None);
        for _ in 0..d.below(4) {
            clock += d.below(2 * HOUR as u64);
            let from = clock;
            claimed.get_or_insert(from);
            clock += d.below(3 * HOUR as u64);
            if responded.is_none() && d.chance(60) {
                responded = Some(from + (clock - from) / 2);
            }
            holds.push(Hold {
                agent_id: AgentId::new(d.pick(&["ann", "ben", "cat"])),
                from: at_ms(from),
                to: Some(at_ms(clock)),
            });
        }
        let page = PageId::new(d.pick(&["p1", "p2"]));
        let customer = CustomerId::new(format!("c{n}"));
        let conversation = d.chance(70).then(|| {
            (
                customer.clone(),
                at_ms(requested - d.below(2 * HOUR as u64)),
            )
        });
        if d.chance(25) {
            if d.chance(50) {
                if let Some(last) = holds.last_mut() {
                    last.to = None;
                }
            }
            let episode = Episode {
                requested_at: at_ms(requested),
                claimed_at: claimed.map(at_ms),
                first_response_at: responded.map(at_ms),
                holds,
                conversation_since: conversation.map(|(_, since)| since),
                awaiting_reply_since: None,
            };
            return (Handoff::open(&page, &customer, &episode), None);
        }
        let ended = at_ms(clock + d.below(HOUR as u64));
        let rated = d.chance(40).then(|| Csat {
            agent_id: holds.last().map(|h| h.agent_id.clone()),
            asked_at: ended,
            score: d.chance(60).then(|| 1 + d.below(5) as u8),
            answered_at: None,
        });
        let record = HandoffRecord {
            company_id: crate::ids::CompanyId::new("acme"),
            page_id: page,
            customer_id: customer,
            requested_at: at_ms(requested),
            claimed_at: claimed.map(at_ms),
            first_response_at: responded.map(at_ms),
            ended_at: ended,
            ending: crate::handoff::Ending::ReturnedToBot,
            outcome: if responded.is_some() {
                Outcome::Helped
            } else {
                Outcome::Abandoned
            },
            holds,
            csat: rated,
            conversation_since: conversation.map(|(_, since)| since),
        };
        (Handoff::from(&record), Some(record))
    }

    /// The rows a store holds after recording `records`: each finished first without its
    /// score, then rated, then written once more (which must add nothing).
    fn stored_rows(records: &[HandoffRecord]) -> Vec<TallyRow> {
        use crate::persistence::store::{encode_tally, tally_shares};
        let mut pages: BTreeMap<PageId, Hours> = BTreeMap::new();
        for record in records {
            let mut unrated = record.clone();
            if let Some(csat) = &mut unrated.csat {
                csat.score = None;
            }
            let hours = pages.entry(record.page_id.clone()).or_default();
            hours.absorb(tally_shares(&unrated, None));
            hours.absorb(tally_shares(record, Some(&unrated)));
            hours.absorb(tally_shares(record, Some(record)));
        }
        pages
            .into_iter()
            .flat_map(|(page, hours)| {
                hours.0.into_iter().map(move |(hour, tally)| TallyRow {
                    page_id: page.clone(),
                    hour: from_millis(hour),
                    bytes: encode_tally(&tally, from_millis(hour)).expect("encode"),
                })
            })
            .collect()
    }

    #[test]
    fn the_running_aggregates_give_the_report_of_the_handoffs_themselves() {
        let mut d = Dice(0x9e37_79b9_7f4a_7c15);
        let sla = Sla {
            claim_seconds: Some(600),
            first_response_seconds: Some(1800),
        };
        let at = at_ms(100 * HOUR);
        for scenario in 0..60 {
            let (mut open, records): (Vec<Handoff>, Vec<Option<HandoffRecord>>) =
                (0..80).map(|n| random_handoff(&mut d, n)).unzip();
            let mut records: Vec<HandoffRecord> = records.into_iter().flatten().collect();
            open.retain(|h| h.outcome.is_none());
            // Some customers ask for a person twice in one conversation: a finished handoff
            // and another (finished or open) share it.
            for i in 0..records.len() {
                let other = d.below(records.len() as u64) as usize;
                if d.chance(15) && records[other].conversation_since.is_some() && other != i {
                    let (page, customer) = (
                        records[other].page_id.clone(),
                        records[other].customer_id.clone(),
                    );
                    records[i].conversation_since = records[other].conversation_since;
                    (records[i].page_id, records[i].customer_id) = (page, customer);
                }
            }
            for h in &mut open {
                let other = d.below(records.len() as u64) as usize;
                if let Some(since) = records[other].conversation_since.filter(|_| d.chance(30)) {
                    h.page_id = records[other].page_id.clone();
                    h.conversation = Some((records[other].customer_id.clone(), since));
                }
            }
            let handoffs: Vec<Handoff> = records
                .iter()
                .map(Handoff::from)
                .chain(open.iter().cloned())
                .collect();
            let rows = stored_rows(&records);
            let counts: Vec<HourCount> = (0..100)
                .flat_map(|hour| {
                    ["p1", "p2"].map(|page| HourCount {
                        page_id: PageId::new(page),
                        hour: at_ms(hour * HOUR),
                        count: 30,
                    })
                })
                .collect();
            for _ in 0..10 {
                let from = at_ms(d.below(90 * HOUR as u64));
                let query = MetricsQuery {
                    from,
                    to: from + chrono::TimeDelta::milliseconds(1 + d.below(30 * HOUR as u64)),
                    page: d.chance(50).then(|| PageId::new(d.pick(&["p1", "p2"]))),
                    agent: d
                        .chance(40)
                        .then(|| AgentId::new(d.pick(&["ann", "ben", "cat"]))),
                    bucket: [None, Some(Bucket::Hour), Some(Bucket::Day)][d.below(3) as usize],
                };
                let read: Vec<TallyRow> = rows
                    .iter()
                    .filter(|r| hour_of(query.from) <= r.hour && r.hour < query.to)
                    .cloned()
                    .collect();
                let cut = cut_hours(&query);
                let edges: Vec<HandoffRecord> = records
                    .iter()
                    .filter(|r| cut.contains(&hour_of(r.requested_at)))
                    .cloned()
                    .collect();
                let hours = gather(&read, &edges, &open, &query, at).expect("rows decode");
                let expected = report(&handoffs, &[], &counts, &query, sla, at);
                let aggregated = report_of(&hours, &open, &[], &counts, &query, sla, at);
                assert_eq!(aggregated, expected, "scenario {scenario}, {query:?}");
            }
        }
    }
}
