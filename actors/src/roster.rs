//! Who of a company is present now, across every process that serves it. An agent with a
//! console on this process is as this process's hub knows them (it hears their choices
//! first); an agent elsewhere is as the presence stretches in the shared store say: present
//! while an open stretch of theirs is still refreshed, `available` if any such stretch is.
//! Alone on its store a process knows everyone itself.

use crate::attendance::longest_stretch;
use crate::error::ActorError;
use crate::events::Availability;
use crate::hub::{CompanyHub, Presence};
use crate::ids::{AgentId, CompanyId};
use crate::model::now;
use crate::persistence::store::Period;
use crate::persistence::PersistenceHandle;
use actix::Addr;
use std::collections::HashMap;

/// Every present agent's availability (absent: offline).
pub(crate) async fn present(
    persistence: &PersistenceHandle,
    hub: &Addr<CompanyHub>,
    company: &CompanyId,
    shared: bool,
) -> Result<HashMap<AgentId, Availability>, ActorError> {
    let mut present = hub.send(Presence).await?;
    if !shared {
        return Ok(present);
    }
    let at = now();
    let stretches = persistence
        .presence(
            company,
            Period {
                from: at - longest_stretch(),
                to: at + chrono::TimeDelta::seconds(1),
            },
        )
        .await?;
    let mut elsewhere: HashMap<AgentId, Availability> = HashMap::new();
    for stretch in stretches {
        let open = stretch.ended_at.is_none() && stretch.end(at) == at;
        if !open || present.contains_key(&stretch.agent_id) {
            continue;
        }
        let status = elsewhere
            .entry(stretch.agent_id)
            .or_insert(Availability::Away);
        if stretch.status == Availability::Available {
            *status = Availability::Available;
        }
    }
    present.extend(elsewhere);
    Ok(present)
}
