//! The conformance suite every [`Store`] must pass. Each check starts from an empty store.
//! Run by `actors` unit tests for the embedded store and by `tests/` for every store.
