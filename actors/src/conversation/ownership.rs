//! Who controls the customer's Messenger thread (Meta's Conversation Routing), as pure
//! rules: what Meta's news and our own granted requests make of the record, when another
//! app's control lapses, and which Graph errors mean another app holds the thread
//! (docs/messenger.md#conversation-routing). `thread.rs` applies them.

use crate::error::GraphFailure;
use crate::model::Customer;
use crate::outbox::ThreadControl;
use chrono::{DateTime, TimeDelta, Utc};

/// What Meta's `messaging_handovers` webhook says of a customer's thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThreadNews {
    /// Our app controls it now (or nobody does).
    Ours,
    /// Another app controls it: its id, or `unknown` when Meta did not name it.
    Other(String),
    /// Another app asks for it (`request_thread_control`); control is unchanged.
    Requested(String),
}

/// Meta gives an idle thread back to nobody after this long without messages.
pub const THREAD_IDLE_AFTER: TimeDelta = TimeDelta::hours(24);

/// What the owner is recorded as when Meta did not say which app took the thread.
pub const UNKNOWN_APP: &str = "unknown";

/// When a page's thread control applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Moment {
    /// An agent got the customer.
    Claim,
    /// A person gave the customer back to the bot.
    Release,
}

impl Moment {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Moment::Claim => "claim",
            Moment::Release => "release",
        }
    }
}

/// Whether another app controls the customer's thread at `now`: one was recorded, and the
/// thread has not been idle long enough for Meta to free it.
pub fn another_app_holds(c: &Customer, now: DateTime<Utc>) -> bool {
    let last_activity = c
        .thread_changed_at
        .map_or(c.last_seen, |t| t.max(c.last_seen));
    c.thread_owner.is_some() && now - last_activity < THREAD_IDLE_AFTER
}

/// The customer after Meta's `news` of `at`; `None` when nothing changes (older news than
/// what is recorded, or the same).
pub fn apply_news(
    c: &Customer,
    news: &ThreadNews,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<Customer> {
    if c.thread_changed_at.is_some_and(|known| at < known) {
        return None;
    }
    let mut next = c.clone();
    match news {
        ThreadNews::Ours => {
            next.thread_owner = None;
            next.thread_requested_by = None;
        }
        ThreadNews::Other(app) => {
            next.thread_owner = Some(app.clone());
            next.thread_requested_by = None;
        }
        ThreadNews::Requested(app) => next.thread_requested_by = Some(app.clone()),
    }
    changed(c, next, at, now)
}

/// The customer after Graph granted our `control` request at `now`.
pub fn after_control(
    c: &Customer,
    control: &ThreadControl,
    now: DateTime<Utc>,
) -> Option<Customer> {
    let mut next = c.clone();
    next.thread_owner = match control {
        ThreadControl::Take => None,
        ThreadControl::Pass { app_id } => Some(app_id.clone()),
    };
    next.thread_requested_by = None;
    changed(c, next, now, now)
}

/// The customer after Graph refused a message because another app holds the thread, when
/// no owner was recorded (Meta does not always tell).
pub fn after_refusal(c: &Customer, now: DateTime<Utc>) -> Option<Customer> {
    if another_app_holds(c, now) {
        return None;
    }
    let mut next = c.clone();
    next.thread_owner = Some(UNKNOWN_APP.to_owned());
    changed(c, next, now, now)
}

fn changed(
    before: &Customer,
    mut next: Customer,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<Customer> {
    if next.thread_owner == before.thread_owner
        && next.thread_requested_by == before.thread_requested_by
    {
        return None;
    }
    next.thread_changed_at = Some(at);
    next.updated_at = now;
    Some(next)
}

/// Graph's answer when another app controls the thread (docs/messenger.md).
pub fn another_app_refused(failure: &GraphFailure) -> bool {
    failure.subcode == Some(2018300)
        || failure.code == Some(2018300)
        || (failure.code == Some(100) && failure.subcode == Some(2534037))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{CompanyId, CustomerId, CustomerKey, PageId};
    use crate::model::now;

    fn customer(seen: DateTime<Utc>) -> Customer {
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("1001"),
            customer: CustomerId::new("psid-1"),
        };
        Customer::new(&key, "Acme", seen, seen)
    }

    #[test]
    fn another_apps_thread_silences_the_bot_until_it_idles() {
        let t = now();
        let c = customer(t);
        assert!(!another_app_holds(&c, t));
        let inbox = ThreadNews::Other("263902037430900".into());
        let held = apply_news(&c, &inbox, t, t).expect("changed");
        assert!(another_app_holds(&held, t + TimeDelta::hours(23)));
        assert!(
            !another_app_holds(&held, t + THREAD_IDLE_AFTER),
            "Meta frees an idle thread"
        );
        assert!(apply_news(&held, &inbox, t, t).is_none(), "the same news");
        let older = apply_news(&held, &ThreadNews::Ours, t - TimeDelta::seconds(1), t);
        assert!(older.is_none(), "older news than what is recorded");
        let back = apply_news(&held, &ThreadNews::Ours, t, t).expect("changed");
        assert!(!another_app_holds(&back, t));
    }

    #[test]
    fn a_request_is_noted_and_cleared_by_the_next_change() {
        let t = now();
        let asked =
            apply_news(&customer(t), &ThreadNews::Requested("9".into()), t, t).expect("changed");
        assert_eq!(asked.thread_requested_by.as_deref(), Some("9"));
        assert!(!another_app_holds(&asked, t), "asking is not holding");
        let passed =
            after_control(&asked, &ThreadControl::Pass { app_id: "9".into() }, t).expect("changed");
        assert_eq!(passed.thread_owner.as_deref(), Some("9"));
        assert_eq!(passed.thread_requested_by, None);
        let taken = after_control(&passed, &ThreadControl::Take, t).expect("changed");
        assert_eq!(taken.thread_owner, None);
    }

    #[test]
    fn graphs_refusal_names_an_unknown_owner_once() {
        let t = now();
        let refused = after_refusal(&customer(t), t).expect("changed");
        assert_eq!(refused.thread_owner.as_deref(), Some(UNKNOWN_APP));
        assert!(after_refusal(&refused, t).is_none());
        let failure = |code, subcode| GraphFailure {
            message: String::new(),
            code,
            subcode,
            maybe_delivered: false,
        };
        assert!(another_app_refused(&failure(Some(10), Some(2018300))));
        assert!(another_app_refused(&failure(Some(100), Some(2534037))));
        assert!(!another_app_refused(&failure(Some(10), Some(2018278))));
    }
}
