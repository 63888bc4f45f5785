//! A company's routing policy (docs/routing.md): the settings admins choose, and the pure
//! rules they stand for — which agent gets a waiting customer, when the team works, what a
//! waiting customer is told. Nothing here reads the store or the clock: the router
//! (`routing/`) and the conversations apply these.

mod choice;
mod hours;
pub mod place;
mod settings;
mod thread;

pub(crate) use choice::{choose, Candidate};
pub use hours::BusinessHours;
pub use settings::{
    Policy, Priority, PriorityRules, Routing, Translation, HANDOFF_NOTICE, MAX_CAPACITY,
};
pub use thread::{PageThreadControl, ThreadAction, PAGE_INBOX_APP_ID};
