//! Presence coalescing for a company hub. An agent's availability and the customer they
//! have open are states, not events: the company only ever needs each agent's latest. So
//! the hub keeps, per agent and kind, what it last broadcast and at most one newer state
//! waiting. A newer state replaces the waiting one; a state the company has already been
//! told since another agent last arrived is not told again; and an agent's viewing goes
//! out at most once per [`VIEWING_INTERVAL`], their availability at most once per
//! [`AVAILABILITY_INTERVAL`]. However fast an agent sends, the company gets a few presence
//! broadcasts a second from them (on a shared database, a few log writes), each the
//! agent's latest state.

use crate::events::Event;
use crate::ids::AgentId;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The shortest time between two `agent_viewing` broadcasts about one agent: an agent
/// clicking through customers is shown on the last one a quarter second later.
pub const VIEWING_INTERVAL: Duration = Duration::from_millis(250);
/// The shortest time between two `agent_availability_changed` broadcasts about one agent.
/// Longer, because every console answers an `available` with its own viewing.
pub const AVAILABILITY_INTERVAL: Duration = Duration::from_secs(1);

/// The two kinds of presence, coalesced separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Facet {
    Availability,
    Viewing,
}

impl Facet {
    fn interval(self) -> Duration {
        match self {
            Facet::Availability => AVAILABILITY_INTERVAL,
            Facet::Viewing => VIEWING_INTERVAL,
        }
    }
}

/// What the hub should do after an offer or a flush.
#[derive(Debug)]
pub(super) enum Release {
    /// Broadcast this now (boxed: an `Event` can carry a whole customer view).
    Now(Box<Event>),
    /// Flush this agent's facet again after this long.
    After(Duration),
    /// Nothing: a repeat, or a flush is already planned.
    Nothing,
}

#[derive(Default)]
struct Slot {
    /// The payload last broadcast, and how many times other agents had arrived then.
    sent: Option<(String, u64)>,
    sent_at: Option<Instant>,
    /// The newest state not broadcast yet.
    waiting: Option<Event>,
    /// A flush is planned; offers meanwhile only replace `waiting`.
    planned: bool,
}

/// Every agent's presence slots (bounded by the company's agents, two kinds each).
#[derive(Default)]
pub(super) struct PresenceBoard {
    slots: HashMap<(AgentId, Facet), Slot>,
    /// Counts `available` announcements, in all and per agent. A console re-sends its own
    /// presence when another agent arrives, and that repeat must reach the newcomer.
    arrivals: u64,
    arrivals_of: HashMap<AgentId, u64>,
}

impl PresenceBoard {
    /// A new state for an agent. `room`: whether the hub can take a broadcast now.
    pub(super) fn offer(
        &mut self,
        agent: &AgentId,
        facet: Facet,
        event: Event,
        now: Instant,
        room: bool,
    ) -> Release {
        let others = self.arrivals_of_others(agent);
        let slot = self.slots.entry((agent.clone(), facet)).or_default();
        slot.waiting = Some(event);
        if slot.planned {
            return Release::Nothing;
        }
        release(slot, facet, others, now, room)
    }

    /// The planned flush of an agent's facet has come.
    pub(super) fn flush(
        &mut self,
        agent: &AgentId,
        facet: Facet,
        now: Instant,
        room: bool,
    ) -> Release {
        let others = self.arrivals_of_others(agent);
        let Some(slot) = self.slots.get_mut(&(agent.clone(), facet)) else {
            return Release::Nothing;
        };
        slot.planned = false;
        release(slot, facet, others, now, room)
    }

    /// An agent was announced `available`: the others' repeats are worth telling again.
    pub(super) fn arrived(&mut self, agent: &AgentId) {
        self.arrivals += 1;
        *self.arrivals_of.entry(agent.clone()).or_default() += 1;
    }

    fn arrivals_of_others(&self, agent: &AgentId) -> u64 {
        self.arrivals - self.arrivals_of.get(agent).copied().unwrap_or(0)
    }

    /// The agent went offline: consoles forget what they were viewing, so whatever they
    /// view next is news, and a viewing still waiting is stale.
    pub(super) fn forget_viewing(&mut self, agent: &AgentId) {
        if let Some(slot) = self.slots.get_mut(&(agent.clone(), Facet::Viewing)) {
            slot.sent = None;
            slot.waiting = None;
        }
    }
}

fn release(slot: &mut Slot, facet: Facet, arrivals: u64, now: Instant, room: bool) -> Release {
    let Some(event) = slot.waiting.take() else {
        return Release::Nothing;
    };
    let payload = event.payload();
    if slot
        .sent
        .as_ref()
        .is_some_and(|(sent, at)| *sent == payload && *at == arrivals)
    {
        return Release::Nothing;
    }
    let wait = slot.sent_at.map_or(Duration::ZERO, |at| {
        facet
            .interval()
            .saturating_sub(now.saturating_duration_since(at))
    });
    if wait.is_zero() && room {
        slot.sent = Some((payload, arrivals));
        slot.sent_at = Some(now);
        return Release::Now(Box::new(event));
    }
    slot.waiting = Some(event);
    slot.planned = true;
    Release::After(if wait.is_zero() {
        facet.interval()
    } else {
        wait
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::Availability;

    fn status(status: Availability) -> Event {
        Event::AgentAvailabilityChanged {
            agent_id: AgentId::new("a"),
            status,
        }
    }

    /// Offers agent `a`'s availability `s` at `at` (`room`: the hub may send now).
    fn offer(board: &mut PresenceBoard, s: Availability, at: Instant, room: bool) -> Release {
        board.offer(&AgentId::new("a"), Facet::Availability, status(s), at, room)
    }

    fn now_status(release: Release) -> Option<Availability> {
        match release {
            Release::Now(event) => match *event {
                Event::AgentAvailabilityChanged { status, .. } => Some(status),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn the_first_state_goes_out_at_once_and_a_burst_collapses_to_its_last() {
        let mut board = PresenceBoard::default();
        let a = AgentId::new("a");
        let t0 = Instant::now();
        let first = offer(&mut board, Availability::Away, t0, true);
        assert_eq!(now_status(first), Some(Availability::Away));

        let later = t0 + Duration::from_millis(10);
        let planned = offer(&mut board, Availability::Available, later, true);
        assert!(
            matches!(planned, Release::After(d) if d == AVAILABILITY_INTERVAL - Duration::from_millis(10))
        );
        for s in [
            Availability::Away,
            Availability::Available,
            Availability::Away,
        ] {
            let again = offer(&mut board, s, later, true);
            assert!(matches!(again, Release::Nothing), "{again:?}");
        }
        // The last state is the one already broadcast: nothing to tell.
        let flushed = board.flush(&a, Facet::Availability, t0 + AVAILABILITY_INTERVAL, true);
        assert!(matches!(flushed, Release::Nothing), "{flushed:?}");

        let at = t0 + AVAILABILITY_INTERVAL + Duration::from_millis(50);
        let told = offer(&mut board, Availability::Available, at, true);
        assert_eq!(now_status(told), Some(Availability::Available));
        let planned = offer(&mut board, Availability::Away, at, true);
        assert!(matches!(planned, Release::After(_)), "{planned:?}");
        let flushed = board.flush(&a, Facet::Availability, at + AVAILABILITY_INTERVAL, true);
        assert_eq!(now_status(flushed), Some(Availability::Away));
    }

    #[test]
    fn repeats_are_dropped_until_someone_arrives() {
        let mut board = PresenceBoard::default();
        let a = AgentId::new("a");
        let t0 = Instant::now();
        let t1 = t0 + AVAILABILITY_INTERVAL;
        let t2 = t1 + AVAILABILITY_INTERVAL;
        let first = offer(&mut board, Availability::Away, t0, true);
        assert!(now_status(first).is_some());
        // Its own announcements are not news to anyone.
        board.arrived(&a);
        let repeat = offer(&mut board, Availability::Away, t1, true);
        assert!(matches!(repeat, Release::Nothing), "{repeat:?}");
        board.arrived(&AgentId::new("b"));
        let told = offer(&mut board, Availability::Away, t2, true);
        assert_eq!(now_status(told), Some(Availability::Away));
    }

    #[test]
    fn a_hub_without_room_keeps_the_state_waiting() {
        let mut board = PresenceBoard::default();
        let a = AgentId::new("a");
        let t0 = Instant::now();
        let held = offer(&mut board, Availability::Away, t0, false);
        assert!(
            matches!(held, Release::After(d) if d == AVAILABILITY_INTERVAL),
            "{held:?}"
        );
        let still = board.flush(&a, Facet::Availability, t0 + AVAILABILITY_INTERVAL, false);
        assert!(matches!(still, Release::After(_)), "{still:?}");
        let told = board.flush(
            &a,
            Facet::Availability,
            t0 + 2 * AVAILABILITY_INTERVAL,
            true,
        );
        assert_eq!(now_status(told), Some(Availability::Away));
    }

    #[test]
    fn going_offline_forgets_the_viewing() {
        let mut board = PresenceBoard::default();
        let a = AgentId::new("a");
        let viewing = || Event::AgentViewing {
            agent_id: AgentId::new("a"),
            agent_name: "A".into(),
            customer_id: None,
            page_id: None,
        };
        let t0 = Instant::now();
        assert!(matches!(
            board.offer(&a, Facet::Viewing, viewing(), t0, true),
            Release::Now(_)
        ));
        board.forget_viewing(&a);
        let again = board.offer(&a, Facet::Viewing, viewing(), t0 + VIEWING_INTERVAL, true);
        assert!(matches!(again, Release::Now(_)), "{again:?}");
    }
}
