//! The company's queue as the store holds it: its order (highest priority first, then
//! waiting longest) and a waiting customer's place in it, with the wait to expect from the
//! last hour's claims (docs/routing.md#queue-position-and-wait).

use crate::error::StoreError;
use crate::ids::CustomerKey;
use crate::model::Customer;
use crate::persistence::store::{CustomerQuery, Period};
use crate::persistence::PersistenceHandle;
use crate::policy::place::{estimated_minutes, throughput_window};
use chrono::{DateTime, TimeDelta, Utc};

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
