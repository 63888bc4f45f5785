//! A company's routing settings (docs/routing.md): who hands out waiting customers and how
//! many each agent may hold. Admins edit them through the API; they are kept with the
//! company's record and the tenants file leaves them as they are.

use crate::ids::{AgentId, PageId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The most customers a capacity may name: a console cannot serve more at once.
pub const MAX_CAPACITY: u32 = 100;

/// How waiting customers reach agents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Policy {
    /// Agents claim customers themselves; nothing is handed out.
    #[default]
    Manual,
    /// Each customer goes to the next agent in turn (by agent id) who has room.
    RoundRobin,
    /// Each customer goes to the agent holding the fewest; ties to the one whose last
    /// assignment is oldest.
    LeastLoaded,
}

impl Policy {
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Manual => "manual",
            Policy::RoundRobin => "round_robin",
            Policy::LeastLoaded => "least_loaded",
        }
    }
}

/// The company's routing settings; every field has a default (docs/routing.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    /// The company's policy.
    #[serde(default)]
    pub policy: Policy,
    /// Pages whose policy differs from the company's.
    #[serde(default)]
    pub page_policies: BTreeMap<PageId, Policy>,
    /// How many customers an agent holds at most when handed out automatically. `0`: the
    /// agent is never handed customers (they still claim by hand).
    #[serde(default = "default_capacity")]
    pub default_capacity: u32,
    /// Agents whose capacity differs from `default_capacity`.
    #[serde(default)]
    pub agent_capacity: BTreeMap<AgentId, u32>,
}

fn default_capacity() -> u32 {
    5
}

impl Default for Routing {
    fn default() -> Self {
        Routing {
            policy: Policy::Manual,
            page_policies: BTreeMap::new(),
            default_capacity: default_capacity(),
            agent_capacity: BTreeMap::new(),
        }
    }
}

impl Routing {
    pub fn policy_for(&self, page: &PageId) -> Policy {
        self.page_policies.get(page).copied().unwrap_or(self.policy)
    }

    pub fn capacity_of(&self, agent: &AgentId) -> u32 {
        self.agent_capacity
            .get(agent)
            .copied()
            .unwrap_or(self.default_capacity)
    }

    /// Whether any page of the company hands customers out.
    pub fn hands_out(&self) -> bool {
        self.policy != Policy::Manual || self.page_policies.values().any(|p| *p != Policy::Manual)
    }

    /// The first setting out of range or naming something not the company's, as
    /// `(field, reason)`. `pages` and `agents` are the company's.
    pub fn check(&self, pages: &[PageId], agents: &[AgentId]) -> Result<(), (String, String)> {
        let too_many = |field: String| Err((field, format!("at most {MAX_CAPACITY}")));
        if self.default_capacity > MAX_CAPACITY {
            return too_many("default_capacity".into());
        }
        for (agent, capacity) in &self.agent_capacity {
            if !agents.contains(agent) {
                return Err((
                    format!("agent_capacity.{agent}"),
                    "no such agent in your company".into(),
                ));
            }
            if *capacity > MAX_CAPACITY {
                return too_many(format!("agent_capacity.{agent}"));
            }
        }
        if let Some(page) = self.page_policies.keys().find(|p| !pages.contains(p)) {
            return Err((
                format!("page_policies.{page}"),
                "no such page in your company".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_or_an_agent_may_differ_from_the_company() {
        let mut routing = Routing::default();
        assert!(
            !routing.hands_out(),
            "manual unless an admin says otherwise"
        );
        routing
            .page_policies
            .insert(PageId::new("p2"), Policy::LeastLoaded);
        routing.agent_capacity.insert(AgentId::new("a"), 0);
        assert!(routing.hands_out());
        assert_eq!(routing.policy_for(&PageId::new("p1")), Policy::Manual);
        assert_eq!(routing.policy_for(&PageId::new("p2")), Policy::LeastLoaded);
        assert_eq!(routing.capacity_of(&AgentId::new("a")), 0);
        assert_eq!(routing.capacity_of(&AgentId::new("b")), 5);
    }

    #[test]
    fn settings_name_only_the_companys_pages_and_agents() {
        let pages = [PageId::new("p1")];
        let agents = [AgentId::new("a")];
        let mut routing = Routing::default();
        routing.agent_capacity.insert(AgentId::new("a"), 3);
        assert_eq!(routing.check(&pages, &agents), Ok(()));
        routing.agent_capacity.insert(AgentId::new("z"), 3);
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("agent_capacity.z".to_owned())
        );
        let mut routing = Routing {
            default_capacity: MAX_CAPACITY + 1,
            ..Routing::default()
        };
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("default_capacity".to_owned())
        );
        routing.default_capacity = 1;
        routing
            .page_policies
            .insert(PageId::new("other"), Policy::RoundRobin);
        assert_eq!(
            routing.check(&pages, &agents).map_err(|e| e.0),
            Err("page_policies.other".to_owned())
        );
    }

    #[test]
    fn a_stored_record_without_settings_reads_as_the_defaults() {
        let routing: Routing = serde_json::from_str("{}").expect("defaults");
        assert_eq!(routing, Routing::default());
        let given: Routing =
            serde_json::from_str(r#"{"policy":"round_robin","default_capacity":2}"#)
                .expect("parse");
        assert_eq!(given.policy, Policy::RoundRobin);
        assert_eq!(given.default_capacity, 2);
        assert!(serde_json::from_str::<Routing>(r#"{"policy":"random"}"#).is_err());
    }
}
