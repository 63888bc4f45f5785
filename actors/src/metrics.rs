//! Prometheus counters shared by the actors and the HTTP layer (rendered at `/metrics`).

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

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
            registry: Registry::default(),
        };
        let counters: [(&str, &str, &Counter); 11] = [
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
        ];
        for (name, help, counter) in counters {
            registry.register(name, help, counter.clone());
        }
        registry.register(
            "ws_sessions",
            "Open agent WebSocket sessions",
            metrics.ws_sessions.clone(),
        );
        registry.register(
            "conversations",
            "Conversation actors in memory",
            metrics.conversations.clone(),
        );
        Metrics {
            registry,
            ..metrics
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
