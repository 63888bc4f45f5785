//! Agents' attendance: when each agent was online, and available, as the company hubs record
//! it. A hub writes a [`Stretch`] when an agent's presence on its process starts (first
//! console connection), changes (available ↔ away) and ends (last connection gone), and
//! refreshes the open ones every [`REFRESH_EVERY`], so that a process that dies leaves its
//! stretches ending at most that long after the truth. The metrics read them for online
//! time, available time and utilization; docs/metrics.md defines those.

use crate::events::Availability;
use crate::ids::{AgentId, CompanyId};
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// How often a hub rewrites its open stretches' `seen_at`.
pub const REFRESH_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// An open stretch not seen for this long belongs to a process that is gone: it ended when
/// it was last seen.
pub fn stale_after() -> TimeDelta {
    TimeDelta::seconds(150)
}

/// A stretch lasts at most this long; a longer presence is recorded as consecutive
/// stretches, so that a period's stretches are those that started at most this long before
/// it.
pub fn longest_stretch() -> TimeDelta {
    TimeDelta::hours(6)
}

/// One agent present on one process with one status, without a change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stretch {
    /// Unique; a stretch is rewritten under it as it is refreshed and when it ends.
    pub id: String,
    pub company_id: CompanyId,
    pub agent_id: AgentId,
    /// `available` or `away` (offline is the absence of stretches).
    pub status: Availability,
    pub started_at: DateTime<Utc>,
    /// The last time its process saw it still true.
    pub seen_at: DateTime<Utc>,
    /// `None` while it lasts.
    pub ended_at: Option<DateTime<Utc>>,
}

impl Stretch {
    pub fn open(
        company_id: &CompanyId,
        agent_id: &AgentId,
        status: Availability,
        at: DateTime<Utc>,
    ) -> Self {
        Stretch {
            id: uuid::Uuid::new_v4().simple().to_string(),
            company_id: company_id.clone(),
            agent_id: agent_id.clone(),
            status,
            started_at: at,
            seen_at: at,
            ended_at: None,
        }
    }

    /// When it ends, as known at `at`: its end once it ended; while it is open, `at` when
    /// its process saw it lately, and the last time it was seen when not.
    pub fn end(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        match self.ended_at {
            Some(ended) => ended.min(at),
            None if at - self.seen_at <= stale_after() => at,
            None => self.seen_at,
        }
    }
}

/// Moments of time as half-open stretches `[from, to)`, in milliseconds since the epoch,
/// merged: sorted, none overlapping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spans(Vec<(i64, i64)>);

impl Spans {
    /// The union of `spans`, cut to `[from, to)`.
    pub fn within(spans: impl IntoIterator<Item = (i64, i64)>, from: i64, to: i64) -> Self {
        let mut cut: Vec<_> = spans
            .into_iter()
            .map(|(a, b)| (a.max(from), b.min(to)))
            .filter(|(a, b)| a < b)
            .collect();
        cut.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(cut.len());
        for (a, b) in cut {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        Spans(merged)
    }

    pub fn millis(&self) -> i64 {
        self.0.iter().map(|(a, b)| b - a).sum()
    }

    pub fn seconds(&self) -> f64 {
        self.millis() as f64 / 1000.0
    }

    /// The moments in both.
    pub fn and(&self, other: &Spans) -> Spans {
        let mut out = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            let (from, to) = (a.0.max(b.0), a.1.min(b.1));
            if from < to {
                out.push((from, to));
            }
            if a.1 <= b.1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        Spans(out)
    }

    /// Milliseconds of `[from, to)` inside these spans (found by halving: a month's report
    /// asks this of every hold).
    pub fn overlap(&self, from: i64, to: i64) -> i64 {
        let first = self.0.partition_point(|(_, end)| *end <= from);
        self.0[first..]
            .iter()
            .take_while(|(start, _)| *start < to)
            .map(|(start, end)| ((*end).min(to) - (*start).max(from)).max(0))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::from_millis;

    fn t(s: i64) -> DateTime<Utc> {
        from_millis(1_800_000_000_000 + s * 1000)
    }

    #[test]
    fn spans_merge_cut_and_intersect() {
        let s = |n: i64| n * 1000;
        let a = Spans::within([(s(0), s(10)), (s(5), s(20)), (s(30), s(40))], s(2), s(35));
        assert_eq!(a, Spans(vec![(s(2), s(20)), (s(30), s(35))]));
        assert_eq!(a.seconds(), 23.0);
        let b = Spans::within([(s(15), s(32))], s(0), s(100));
        assert_eq!(a.and(&b), Spans(vec![(s(15), s(20)), (s(30), s(32))]));
        assert_eq!(a.overlap(s(18), s(31)), s(3));
        assert_eq!(a.overlap(s(20), s(30)), 0);
        assert_eq!(Spans::within([(s(5), s(5))], s(0), s(9)).seconds(), 0.0);
    }

    #[test]
    fn an_open_stretch_lasts_while_its_process_refreshes_it() {
        let company = CompanyId::new("acme");
        let mut s = Stretch::open(&company, &AgentId::new("a"), Availability::Available, t(0));
        assert_eq!(s.end(t(100)), t(100), "seen lately: still going");
        assert_eq!(
            s.end(t(1000)),
            t(0),
            "never seen again: ended when last seen"
        );
        s.seen_at = t(900);
        assert_eq!(s.end(t(1000)), t(1000));
        s.ended_at = Some(t(950));
        assert_eq!(s.end(t(1000)), t(950));
        assert_eq!(s.end(t(940)), t(940), "asked before it ended");
    }
}
