//! Latency percentiles.

use std::time::Duration;

/// Two decimals are all a summary needs.
pub fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// Sorted latencies of one run.
pub struct Latencies(Vec<Duration>);

impl Latencies {
    pub fn new(mut samples: Vec<Duration>) -> Self {
        samples.sort_unstable();
        Latencies(samples)
    }

    /// The `p`-th percentile (0–100) in milliseconds, nearest rank.
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.0.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.0.len()) - 1;
        self.0[index].as_secs_f64() * 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let samples = (1..=100).map(Duration::from_millis).collect();
        let latencies = Latencies::new(samples);
        assert_eq!(latencies.percentile_ms(50.0), 50.0);
        assert_eq!(latencies.percentile_ms(99.0), 99.0);
        assert_eq!(latencies.percentile_ms(100.0), 100.0);
        assert_eq!(Latencies::new(Vec::new()).percentile_ms(99.0), 0.0);
    }
}
