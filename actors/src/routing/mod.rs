//! Routing a team (docs/routing.md): the company's settings, the choice of an agent for a
//! waiting customer, and the router that applies it.

mod choice;
mod gates;
mod hours;
pub(crate) mod place;
mod router;
mod settings;

pub(crate) use gates::Gates;
pub use hours::BusinessHours;
pub(crate) use router::{RouterDeps, Routers};
pub use settings::{Policy, Priority, PriorityRules, Routing, MAX_CAPACITY};
