//! Choosing the agent for one waiting customer: pure, so every policy's rule is tested
//! without a server. The router gathers the candidates (agents available now) and applies
//! the choice it returns through the customer's conversation.

use super::settings::Policy;
use crate::ids::AgentId;
use serde::Serialize;

/// An available agent as the router sees them at one decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    pub agent_id: AgentId,
    /// Customers they hold now.
    pub load: u32,
    pub capacity: u32,
    /// When they were last handed or took a customer (ms since the epoch), if known.
    #[serde(skip)]
    pub last_assigned: Option<i64>,
}

impl Candidate {
    pub fn has_room(&self) -> bool {
        self.load < self.capacity
    }
}

/// Which candidate (index) gets the customer under `policy`, and why; `None` when no
/// candidate has room (or the policy hands nothing out). `last_turn`: who round robin
/// served last. Candidates may come in any order.
pub fn choose(
    policy: Policy,
    candidates: &[Candidate],
    last_turn: Option<&AgentId>,
) -> Option<(usize, &'static str)> {
    let with_room = || candidates.iter().enumerate().filter(|(_, c)| c.has_room());
    match policy {
        Policy::Manual => None,
        Policy::RoundRobin => {
            // The turn passes in agent-id order: the first with room after the last served,
            // wrapping around.
            let after = |c: &Candidate| last_turn.is_some_and(|last| &c.agent_id > last);
            with_room()
                .filter(|(_, c)| after(c))
                .min_by(|(_, a), (_, b)| a.agent_id.cmp(&b.agent_id))
                .or_else(|| with_room().min_by(|(_, a), (_, b)| a.agent_id.cmp(&b.agent_id)))
                .map(|(i, _)| (i, "next in turn with room"))
        }
        Policy::LeastLoaded => with_room()
            .min_by(|(_, a), (_, b)| {
                a.load
                    .cmp(&b.load)
                    // Never assigned counts as longest ago.
                    .then(
                        a.last_assigned
                            .unwrap_or(i64::MIN)
                            .cmp(&b.last_assigned.unwrap_or(i64::MIN)),
                    )
                    .then(a.agent_id.cmp(&b.agent_id))
            })
            .map(|(i, _)| (i, "fewest customers, longest since an assignment")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: &str, load: u32, capacity: u32, last: Option<i64>) -> Candidate {
        Candidate {
            agent_id: AgentId::new(id),
            load,
            capacity,
            last_assigned: last,
        }
    }

    fn chosen(policy: Policy, candidates: &[Candidate], last: Option<&str>) -> Option<String> {
        let last = last.map(AgentId::new);
        choose(policy, candidates, last.as_ref()).map(|(i, _)| candidates[i].agent_id.to_string())
    }

    #[test]
    fn least_loaded_takes_the_fewest_then_the_longest_idle() {
        let team = [
            candidate("a", 2, 5, Some(10)),
            candidate("b", 1, 5, Some(30)),
            candidate("c", 1, 5, Some(20)),
            candidate("d", 0, 0, None),
        ];
        assert_eq!(
            chosen(Policy::LeastLoaded, &team, None).as_deref(),
            Some("c")
        );
        let never = [candidate("b", 1, 5, Some(30)), candidate("e", 1, 5, None)];
        assert_eq!(
            chosen(Policy::LeastLoaded, &never, None).as_deref(),
            Some("e")
        );
    }

    #[test]
    fn round_robin_passes_the_turn_in_id_order_skipping_the_full() {
        let team = [
            candidate("c", 0, 5, None),
            candidate("a", 0, 5, None),
            candidate("b", 5, 5, None),
        ];
        assert_eq!(
            chosen(Policy::RoundRobin, &team, None).as_deref(),
            Some("a")
        );
        assert_eq!(
            chosen(Policy::RoundRobin, &team, Some("a")).as_deref(),
            Some("c")
        );
        assert_eq!(
            chosen(Policy::RoundRobin, &team, Some("c")).as_deref(),
            Some("a")
        );
        // The last served may have left the team: the turn goes on from where they were.
        assert_eq!(
            chosen(Policy::RoundRobin, &team, Some("bb")).as_deref(),
            Some("c")
        );
    }

    #[test]
    fn nobody_with_room_and_manual_hand_out_nothing() {
        let full = [candidate("a", 3, 3, None), candidate("b", 0, 0, None)];
        assert_eq!(chosen(Policy::LeastLoaded, &full, None), None);
        assert_eq!(chosen(Policy::RoundRobin, &full, None), None);
        let free = [candidate("a", 0, 3, None)];
        assert_eq!(chosen(Policy::Manual, &free, None), None);
    }
}
