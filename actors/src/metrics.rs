//! Prometheus counters shared by the actors and the HTTP layer (rendered at `/metrics`).

use crate::handoff::DURATION_BINS;
use crate::ids::{CompanyId, PageId};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Metric, Registry};

/// A company and one of its pages: the most a label says (never a customer).
pub type PageLabels = Vec<(&'static str, String)>;

/// Labels of a sampled gauge: a company and what is counted (a page and a state, or a
/// presence status).
pub type GaugeLabels = Vec<(&'static str, String)>;

/// A gauge sampled when `/metrics` is scraped, per company.
pub type Sampled = Family<GaugeLabels, Gauge>;

/// Durations of one kind, per page.
pub type PerPage = Family<PageLabels, Histogram, fn() -> Histogram>;

fn durations() -> Histogram {
    Histogram::new(DURATION_BINS.into_iter())
}

/// Registers each `(name, help, metric)`.
fn register_all<M: Metric + Clone>(registry: &mut Registry, metrics: &[(&str, &str, &M)]) {
    for (name, help, metric) in metrics {
        registry.register(*name, *help, (*metric).clone());
    }
}

/// The labels of `page` of `company`.
pub fn page_labels(company: &CompanyId, page: &PageId) -> PageLabels {
    vec![("company", company.to_string()), ("page", page.to_string())]
}

pub struct Metrics {
    registry: Registry,
    pub inbound_messages: Counter,
    pub duplicate_messages: Counter,
    pub handoffs: Counter,
    pub agent_messages: Counter,
    pub bot_messages: Counter,
    pub send_failures: Counter,
    pub store_commits: Counter,
    pub store_writes: Counter,
    pub broadcasts: Counter,
    pub evicted_sessions: Counter,
    pub dropped_broadcasts: Counter,
    pub ws_sessions: Gauge,
    pub conversations: Gauge,
    /// Request → first claim, per handoff (docs/metrics.md).
    pub time_to_claim: PerPage,
    /// Request → first agent message delivered, per handoff.
    pub first_response: PerPage,
    /// Each finished hold of a customer by an agent.
    pub handle_time: PerPage,
    /// Customers who asked for a person, per page, `waiting` or `held` (from the store).
    queue: Sampled,
    /// The company's agents by presence on this process.
    agents: Sampled,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("handoff");
        let metrics = Metrics {
            inbound_messages: Counter::default(),
            duplicate_messages: Counter::default(),
            handoffs: Counter::default(),
            agent_messages: Counter::default(),
            bot_messages: Counter::default(),
            send_failures: Counter::default(),
            store_commits: Counter::default(),
            store_writes: Counter::default(),
            broadcasts: Counter::default(),
            evicted_sessions: Counter::default(),
            dropped_broadcasts: Counter::default(),
            ws_sessions: Gauge::default(),
            conversations: Gauge::default(),
            time_to_claim: Family::new_with_constructor(durations),
            first_response: Family::new_with_constructor(durations),
            handle_time: Family::new_with_constructor(durations),
            queue: Sampled::default(),
            agents: Sampled::default(),
            registry: Registry::default(),
        };
        register_all(&mut registry, &[
            (
                "inbound_messages",
                "Customer messages recorded",
                &metrics.inbound_messages,
            ),
            (
                "duplicate_messages",
                "Redelivered messages recognised and skipped",
                &metrics.duplicate_messages,
            ),
            (
                "handoffs",
                "Customers who asked for a human",
                &metrics.handoffs,
            ),
            (
                "agent_messages",
                "Messages agents sent through the Send API",
                &metrics.agent_messages,
            ),
            (
                "bot_messages",
                "Messages the bot sent through the Send API",
                &metrics.bot_messages,
            ),
            (
                "send_failures",
                "Send API calls that failed",
                &metrics.send_failures,
            ),
            (
                "store_commits",
                "Durable store commits (one fsync or round trip each)",
                &metrics.store_commits,
            ),
            (
                "store_writes",
                "Writes carried by those commits",
                &metrics.store_writes,
            ),
            (
                "broadcasts",
                "Events broadcast to a company's agents",
                &metrics.broadcasts,
            ),
            (
                "evicted_sessions",
                "Agent sessions closed because they could not keep up",
                &metrics.evicted_sessions,
            ),
            (
                "dropped_broadcasts",
                "Broadcasts dropped because the shared event log fell too far behind (marked by a seq gap)",
                &metrics.dropped_broadcasts,
            ),
        ]);
        register_all(
            &mut registry,
            &[
                (
                    "ws_sessions",
                    "Open agent WebSocket sessions",
                    &metrics.ws_sessions,
                ),
                (
                    "conversations",
                    "Conversation actors in memory",
                    &metrics.conversations,
                ),
            ],
        );
        // Exposed with the registry's prefix: `handoff_time_to_claim_seconds`, ...
        register_all(&mut registry, &[
            (
                "time_to_claim_seconds",
                "From a customer's request for a person to the first claim",
                &metrics.time_to_claim,
            ),
            (
                "first_response_seconds",
                "From a customer's request for a person to the first agent message delivered",
                &metrics.first_response,
            ),
            (
                "handle_seconds",
                "How long an agent held a customer (claim or transfer in to release, transfer out or end)",
                &metrics.handle_time,
            ),
        ]);
        register_all(
            &mut registry,
            &[
                (
                    "queue_customers",
                    "Customers who asked for a person, per page: waiting, or held by an agent",
                    &metrics.queue,
                ),
                (
                    "agents",
                    "A company's agents by presence (available, away, offline) on this process",
                    &metrics.agents,
                ),
            ],
        );
        Metrics {
            registry,
            ..metrics
        }
    }

    /// Replaces the sampled gauges: `queue` as `(company, page, state, count)`, `agents` as
    /// `(company, status, count)`. Series not sampled again (a page or company removed)
    /// go.
    pub fn set_sampled(
        &self,
        queue: Vec<(CompanyId, PageId, &'static str, i64)>,
        agents: Vec<(CompanyId, &'static str, i64)>,
    ) {
        self.queue.clear();
        for (company, page, state, count) in queue {
            let mut labels = page_labels(&company, &page);
            labels.push(("state", state.to_owned()));
            self.queue.get_or_create(&labels).set(count);
        }
        self.agents.clear();
        for (company, status, count) in agents {
            let labels = vec![
                ("company", company.to_string()),
                ("status", status.to_owned()),
            ];
            self.agents.get_or_create(&labels).set(count);
        }
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Err(err) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(error = %err, "encoding metrics failed");
        }
        out
    }
}
