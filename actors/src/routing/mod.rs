//! Routing a team (docs/routing.md): the router that applies the company's policy
//! (`policy/`), and the agents' gates it shares with their claims.

mod gates;
mod router;

pub(crate) use gates::Gates;
pub(crate) use router::{RouterDeps, Routers};
