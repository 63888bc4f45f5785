//! What a hub writes about its agents' presence over time ([`Stretch`]es, read by the
//! metrics): a stretch opens when an agent's presence on this process starts or changes,
//! ends when it changes again or the agent's last session goes, and is refreshed every
//! [`REFRESH_EVERY`](crate::attendance::REFRESH_EVERY) and cut after
//! [`longest_stretch`](crate::attendance::longest_stretch).
//!
//! Writes leave one batch at a time, so that a stretch's rewrites reach the store in order;
//! what changes meanwhile waits, only its latest version kept. A batch the store refuses is
//! tried again with the next one.

use crate::attendance::{longest_stretch, Stretch};
use crate::events::Availability;
use crate::ids::{AgentId, CompanyId};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

#[derive(Default)]
pub(super) struct Register {
    open: HashMap<AgentId, Stretch>,
    /// Stretches to write, by id (the latest version of each).
    waiting: HashMap<String, Stretch>,
    writing: bool,
}

impl Register {
    /// The agent's presence on this process is now `status` (`Offline`: no session left).
    pub fn set(
        &mut self,
        company: &CompanyId,
        agent: &AgentId,
        status: Availability,
        at: DateTime<Utc>,
    ) {
        if self.open.get(agent).is_some_and(|s| s.status == status) {
            return;
        }
        if let Some(mut done) = self.open.remove(agent) {
            done.seen_at = at;
            done.ended_at = Some(at);
            self.wait(done);
        }
        if status != Availability::Offline {
            let fresh = Stretch::open(company, agent, status, at);
            self.wait(fresh.clone());
            self.open.insert(agent.clone(), fresh);
        }
    }

    /// Every open stretch is still true at `at`; those that have lasted long enough end
    /// here and go on as new ones.
    pub fn refresh(&mut self, at: DateTime<Utc>) {
        let agents: Vec<AgentId> = self.open.keys().cloned().collect();
        for agent in agents {
            let Some(stretch) = self.open.get_mut(&agent) else {
                continue;
            };
            if at - stretch.started_at >= longest_stretch() {
                let (company, status) = (stretch.company_id.clone(), stretch.status);
                self.set(&company, &agent, Availability::Offline, at);
                self.set(&company, &agent, status, at);
            } else {
                stretch.seen_at = at;
                let seen = stretch.clone();
                self.wait(seen);
            }
        }
    }

    fn wait(&mut self, stretch: Stretch) {
        self.waiting.insert(stretch.id.clone(), stretch);
    }

    /// The next batch to write, unless one is on its way or nothing waits.
    pub fn next_batch(&mut self) -> Option<Vec<Stretch>> {
        if self.writing || self.waiting.is_empty() {
            return None;
        }
        self.writing = true;
        Some(self.waiting.drain().map(|(_, s)| s).collect())
    }

    /// The batch on its way was written (`None`), or refused and comes back.
    pub fn written(&mut self, refused: Option<Vec<Stretch>>) {
        self.writing = false;
        for stretch in refused.into_iter().flatten() {
            // A newer version that waits meanwhile wins.
            self.waiting.entry(stretch.id.clone()).or_insert(stretch);
        }
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
    fn a_change_ends_one_stretch_and_opens_the_next() {
        let (acme, a) = (CompanyId::new("acme"), AgentId::new("a"));
        let mut r = Register::default();
        r.set(&acme, &a, Availability::Available, t(0));
        r.set(&acme, &a, Availability::Available, t(5));
        let first = r.next_batch().expect("a batch");
        assert_eq!(first.len(), 1);
        assert_eq!(r.next_batch(), None, "one batch at a time");

        r.set(&acme, &a, Availability::Away, t(10));
        r.written(None);
        let mut second = r.next_batch().expect("a batch");
        second.sort_by_key(|s| s.started_at);
        assert_eq!(second[0].id, first[0].id);
        assert_eq!(second[0].ended_at, Some(t(10)));
        assert_eq!(second[1].status, Availability::Away);
        assert_eq!(second[1].ended_at, None);

        r.set(&acme, &a, Availability::Offline, t(20));
        r.written(Some(second.clone()));
        let third = r.next_batch().expect("a batch");
        let away = third.iter().find(|s| s.id == second[1].id).expect("away");
        assert_eq!(away.ended_at, Some(t(20)), "the newer version wins");
        assert_eq!(third.len(), 2, "the refused end comes back too");
    }

    #[test]
    fn refreshing_marks_open_stretches_seen_and_cuts_long_ones() {
        let (acme, a) = (CompanyId::new("acme"), AgentId::new("a"));
        let mut r = Register::default();
        r.set(&acme, &a, Availability::Available, t(0));
        r.next_batch();
        r.written(None);
        r.refresh(t(60));
        let seen = r.next_batch().expect("a batch");
        assert_eq!(seen[0].seen_at, t(60));
        r.written(None);

        let six_hours = 6 * 3600;
        r.refresh(t(six_hours));
        let mut cut = r.next_batch().expect("a batch");
        cut.sort_by_key(|s| s.started_at);
        assert_eq!(cut[0].ended_at, Some(t(six_hours)));
        assert_eq!(cut[1].started_at, t(six_hours));
        assert_eq!(cut[1].status, Availability::Available);
    }
}
