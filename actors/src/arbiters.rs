//! The threads actors run on. Hubs and conversations are started on demand on a small pool
//! of arbiters, chosen by hashing the id, so different customers proceed in parallel and
//! one customer always lands on one actor.

use actix::prelude::*;
use std::hash::{BuildHasher, Hash};

/// A fixed pool of arbiters; an id always maps to the same one.
pub(crate) struct Arbiters {
    handles: Vec<ArbiterHandle>,
    hasher: std::collections::hash_map::RandomState,
}

impl Arbiters {
    /// Starts `count` arbiter threads (at least one). Must run inside an actix `System`.
    pub fn start(count: usize) -> Self {
        let handles = (0..count.max(1)).map(|_| Arbiter::new().handle()).collect();
        Arbiters {
            handles,
            hasher: Default::default(),
        }
    }

    pub fn for_id(&self, id: &impl Hash) -> &ArbiterHandle {
        let index = self.hasher.hash_one(id) as usize % self.handles.len();
        &self.handles[index]
    }

    pub fn stop(&self) {
        for handle in &self.handles {
            handle.stop();
        }
    }
}
