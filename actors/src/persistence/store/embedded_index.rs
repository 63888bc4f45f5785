//! The embedded store's ordered indexes of customers, kept in the same transaction as each
//! customer's record:
//! - the queue: customers who asked for a person, in the queue's order (priority, then
//!   waiting time);
//! - every customer by when they last wrote.
//!
//! Each entry carries the few facts a list filters on (page, holder, `stop`), so a list
//! walks the index and decodes only the customers it returns. A count per company and page
//! answers an unfiltered list's total without walking at all.

use super::CustomerQuery;
use crate::model::{Customer, CustomerSort};
use chrono::{DateTime, Utc};

/// Separates key parts, as in the store's other keys.
pub(super) const SEP: char = '\x1f';

/// The facts of an index entry, as lists filter on them.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Facts<'a> {
    pub page: &'a str,
    pub agent: Option<&'a str>,
    pub stop: bool,
}

/// Which index serves a query, walked in which direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Walk {
    /// The queue, first to last.
    Queue,
    /// The queue's customers, sorted in memory in another order: a company's waiting
    /// customers are few next to all of its customers.
    Waiting,
    /// By last message, oldest first.
    OldestFirst,
    /// By last message, newest first.
    NewestFirst,
}

/// Nanoseconds since the epoch, padded so that keys sort by time.
fn nanos(at: DateTime<Utc>) -> String {
    format!(
        "{:020}",
        at.timestamp_nanos_opt().unwrap_or(i64::MAX).max(0)
    )
}

/// The customer's place in the queue index; `None` while they are with the bot.
pub(super) fn queue_key(c: &Customer) -> Option<String> {
    let stopped_at = c.stopped_at.filter(|_| c.stop)?;
    // Higher priority first: the rank is inverted.
    let rank = 9 - c.priority.rank();
    Some(format!(
        "{}{SEP}{rank}{SEP}{}{SEP}{}{SEP}{}",
        c.company_id,
        nanos(stopped_at),
        c.customer_id,
        c.page_id
    ))
}

/// The customer's place in the by-last-message index.
pub(super) fn recent_key(c: &Customer) -> String {
    format!(
        "{}{SEP}{}{SEP}{}{SEP}{}",
        c.company_id,
        nanos(c.last_seen),
        c.customer_id,
        c.page_id
    )
}

/// The facts an entry carries: `stop`, page and holder.
pub(super) fn facts(c: &Customer) -> Vec<u8> {
    let agent = c.agent_id.as_ref().map_or("", |a| a.as_str());
    format!("{}{SEP}{}{SEP}{agent}", u8::from(c.stop), c.page_id).into_bytes()
}

/// The facts of an entry, as [`facts`] wrote them.
pub(super) fn read_facts(bytes: &[u8]) -> Option<Facts<'_>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut parts = text.split(SEP);
    let stop = parts.next()? == "1";
    let page = parts.next()?;
    let agent = parts.next().filter(|a| !a.is_empty());
    Some(Facts { page, agent, stop })
}

/// `(customer, page)` named at the end of an index key.
pub(super) fn customer_of(index_key: &str) -> Option<(&str, &str)> {
    let mut parts = index_key.rsplit(SEP);
    let page = parts.next()?;
    let customer = parts.next()?;
    Some((customer, page))
}

/// The part of an index key that orders it (all but the customer and page): entries equal
/// in it are tied.
pub(super) fn order_of(index_key: &str) -> &str {
    let mut cut = index_key.rsplitn(3, SEP);
    let _page = cut.next();
    let _customer = cut.next();
    cut.next().unwrap_or(index_key)
}

impl CustomerQuery {
    /// Whether an entry with `facts` belongs to the answer.
    pub(super) fn admits(&self, facts: &Facts<'_>) -> bool {
        self.pages
            .as_ref()
            .is_none_or(|p| p.iter().any(|page| page.as_str() == facts.page))
            && self.stop.is_none_or(|s| facts.stop == s)
            && self.assigned.is_none_or(|a| facts.agent.is_some() == a)
            && self
                .agent
                .as_ref()
                .is_none_or(|a| facts.agent == Some(a.as_str()))
    }

    /// Whether the answer's total is the count of the pages' customers, known without a
    /// walk: nothing filters but the pages.
    pub(super) fn counts_every_customer(&self) -> bool {
        self.stop.is_none() && self.assigned.is_none() && self.agent.is_none()
    }

    /// The index and direction that give this query's order; `None` when none does (the
    /// queue's order over customers with the bot), and the list is sorted in memory.
    pub(super) fn walk(&self) -> Option<Walk> {
        match (self.sort, self.stop) {
            (CustomerSort::WaitingLongest, Some(true)) => Some(Walk::Queue),
            (_, Some(true)) => Some(Walk::Waiting),
            (CustomerSort::WaitingLongest, _) => None,
            (CustomerSort::RecentFirst, _) => Some(Walk::NewestFirst),
            (CustomerSort::WindowExpiring, _) => Some(Walk::OldestFirst),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{AgentId, CompanyId, CustomerId, CustomerKey, PageId};
    use crate::model::{now, AgentRef, Role};
    use crate::policy::Priority;
    use chrono::TimeDelta;

    fn customer(id: &str, seen: DateTime<Utc>) -> Customer {
        let key = CustomerKey {
            company: CompanyId::new("acme"),
            page: PageId::new("p1"),
            customer: CustomerId::new(id),
        };
        Customer::new(&key, "Acme", seen, seen)
    }

    #[test]
    fn queue_keys_sort_by_priority_then_waiting_time() {
        let t = now();
        let mut early = customer("a", t);
        early.stop = true;
        early.stopped_at = Some(t);
        let mut late_urgent = customer("b", t);
        late_urgent.stop = true;
        late_urgent.stopped_at = Some(t + TimeDelta::seconds(5));
        late_urgent.priority = Priority::Urgent;
        let mut later = early.clone();
        later.customer_id = CustomerId::new("c");
        later.stopped_at = Some(t + TimeDelta::seconds(9));
        let mut keys = [&later, &early, &late_urgent].map(|c| queue_key(c).expect("waiting"));
        keys.sort();
        let order: Vec<_> = keys.iter().filter_map(|k| customer_of(k)).collect();
        assert_eq!(order, vec![("b", "p1"), ("a", "p1"), ("c", "p1")]);
        assert_eq!(queue_key(&customer("d", t)), None, "with the bot");
    }

    #[test]
    fn facts_read_back_and_filter() {
        let mut c = customer("a", now());
        c.stop = true;
        let alice = AgentRef {
            id: AgentId::new("alice"),
            company_id: CompanyId::new("acme"),
            name: "Alice".into(),
            email: "alice@acme.test".into(),
            role: Role::Agent,
        };
        c.assign_to(&alice, now());
        let bytes = facts(&c);
        let read = read_facts(&bytes).expect("facts");
        assert_eq!(
            read,
            Facts {
                page: "p1",
                agent: Some("alice"),
                stop: true
            }
        );
        let mut query = CustomerQuery::every_stopped(Some(true));
        assert!(query.admits(&read));
        query.assigned = Some(false);
        assert!(!query.admits(&read));
        let key = recent_key(&c);
        assert_eq!(customer_of(&key), Some(("a", "p1")));
        assert!(order_of(&key).starts_with("acme"));
        assert!(!order_of(&key).contains("p1"));
    }
}
