//! Which pages Facebook no longer accepts our token for (Graph error 190). Set when a call
//! fails with 190, cleared by the next call that succeeds; shown to admins at
//! `GET /api/dashboard/pages` and logged once per disconnection, not once per call.

use chrono::{DateTime, Utc};
use dashmap::DashMap;
use handoff_actors::ids::PageId;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Disconnected {
    pub since: DateTime<Utc>,
    pub error: String,
}

#[derive(Default)]
pub struct PageHealth {
    disconnected: DashMap<PageId, Disconnected>,
}

impl PageHealth {
    pub fn mark_disconnected(&self, page: &PageId, error: &str) {
        let mut first = false;
        self.disconnected.entry(page.clone()).or_insert_with(|| {
            first = true;
            Disconnected {
                since: Utc::now(),
                error: error.to_owned(),
            }
        });
        if first {
            tracing::error!(page_id = %page, error,
                "Facebook refused the page access token (190): the page is disconnected until its token is replaced");
        }
    }

    pub fn mark_connected(&self, page: &PageId) {
        if self.disconnected.remove(page).is_some() {
            tracing::info!(page_id = %page, "page reconnected");
        }
    }

    pub fn status(&self, page: &PageId) -> Option<Disconnected> {
        self.disconnected.get(page).map(|d| d.clone())
    }
}
