//! Values unique within this test process (message ids, PSIDs, request ids, database
//! names) and the clock the webhook timestamps use.

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Utc;

static UNIQUE: AtomicU64 = AtomicU64::new(1);

/// A value unique within this test process (mids, PSIDs, request ids).
pub fn unique(prefix: &str) -> String {
    format!("{prefix}{}", UNIQUE.fetch_add(1, Ordering::Relaxed))
}

/// A fresh Page-scoped id; numeric like Facebook's.
pub fn new_psid() -> String {
    format!(
        "{}",
        7_000_000_000_000_000u64 + UNIQUE.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

pub const HOUR_MS: i64 = 3_600_000;
pub const DAY_MS: i64 = 24 * HOUR_MS;
