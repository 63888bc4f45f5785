//! A waiting customer's place in the queue and the wait to expect (docs/routing.md#queue-
//! position): their position in the queue's order, and an estimate from the company's
//! recent throughput, the first claims of the last hour.

use crate::error::StoreError;
use crate::ids::CustomerKey;
use crate::model::Customer;
use crate::persistence::store::{CustomerQuery, Period};
use crate::persistence::PersistenceHandle;
use chrono::{DateTime, TimeDelta, Utc};

/// What a waiting customer is told of their place, unless the page says otherwise.
pub const QUEUE_NOTICE: &str = "You're number {position} in the queue. Estimated wait: {wait}.";

/// How far back claims count for the estimate.
fn throughput_window() -> TimeDelta {
    TimeDelta::hours(1)
}

/// Minutes to wait at `position` when the team claimed `claims` customers in the last hour;
/// `None` with no claims to go by.
pub fn estimated_minutes(position: usize, claims: usize) -> Option<u64> {
    if claims == 0 {
        return None;
    }
    let minutes = (position as u64 * 60).div_ceil(claims as u64);
    Some(minutes.max(1))
}

/// An estimate as the customer reads it.
pub fn describe_wait(minutes: Option<u64>) -> String {
    match minutes {
        None => "not known yet".to_owned(),
        Some(1) => "about a minute".to_owned(),
        Some(m) if m <= 120 => format!("about {m} minutes"),
        Some(_) => "more than two hours".to_owned(),
    }
}

/// `template` with `{position}` and `{wait}` filled in.
pub fn fill(template: &str, position: usize, minutes: Option<u64>) -> String {
    template
        .replace("{position}", &position.to_string())
        .replace("{wait}", &describe_wait(minutes))
}

/// The order of the queue: highest priority first, then waiting longest.
pub fn queue_order(a: &Customer, b: &Customer) -> std::cmp::Ordering {
    b.priority.cmp(&a.priority).then_with(|| {
        (a.stopped_at, &a.page_id, &a.customer_id).cmp(&(b.stopped_at, &b.page_id, &b.customer_id))
    })
}

/// The customer's position (from 1) in the company's queue and the minutes to expect;
/// `None` when they are not waiting.
pub(crate) async fn place_in_queue(
    persistence: &PersistenceHandle,
    key: &CustomerKey,
    at: DateTime<Utc>,
) -> Result<Option<(usize, Option<u64>)>, StoreError> {
    let company = &key.company;
    let (mut waiting, _) = persistence
        .list_customers(company, CustomerQuery::every_stopped(Some(false)))
        .await?;
    waiting.sort_by(queue_order);
    let Some(index) = waiting.iter().position(|c| c.key() == *key) else {
        return Ok(None);
    };
    let since = at - throughput_window();
    let (held, _) = persistence
        .list_customers(company, CustomerQuery::every_stopped(Some(true)))
        .await?;
    let claimed_lately = |claimed: Option<DateTime<Utc>>| claimed.is_some_and(|t| t >= since);
    let held_claims = held
        .iter()
        .filter(|c| claimed_lately(c.handoff.as_ref().and_then(|e| e.claimed_at)))
        .count();
    // Handoffs that ended within the hour were requested at most a day before (a longer
    // one is rare and only makes the estimate longer).
    let finished = persistence
        .handoffs(
            company,
            Period {
                from: since - TimeDelta::days(1),
                to: at + TimeDelta::seconds(1),
            },
        )
        .await?;
    let finished_claims = finished
        .iter()
        .filter(|h| h.ended_at >= since && claimed_lately(h.claimed_at))
        .count();
    let position = index + 1;
    Ok(Some((
        position,
        estimated_minutes(position, held_claims + finished_claims),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_follows_the_last_hours_claims() {
        assert_eq!(estimated_minutes(3, 0), None, "nothing to go by");
        assert_eq!(estimated_minutes(1, 60), Some(1));
        assert_eq!(
            estimated_minutes(3, 12),
            Some(15),
            "a claim every 5 minutes"
        );
        assert_eq!(estimated_minutes(2, 7), Some(18), "rounded up");
        assert_eq!(
            fill(QUEUE_NOTICE, 3, Some(15)),
            "You're number 3 in the queue. Estimated wait: about 15 minutes."
        );
        assert_eq!(
            fill(QUEUE_NOTICE, 1, None),
            "You're number 1 in the queue. Estimated wait: not known yet."
        );
        assert_eq!(describe_wait(Some(500)), "more than two hours");
    }
}
