//! The store conformance suite (`handoff_actors::testing::conformance`) against every store:
//! the embedded store always, MongoDB when `MONGODB_URI` is set (each check in a fresh
//! database).

use handoff_actors::testing::{conformance, Durability, EmbeddedStore, MongoStore, Store};
use std::sync::{Arc, Mutex};

use crate::helpers::{fresh_database, mongodb_uri};

#[tokio::test]
async fn the_embedded_store_conforms() {
    let dirs = Mutex::new(Vec::new());
    conformance::run_all(|| {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir.path()).unwrap());
        dirs.lock().unwrap().push(dir);
        async move { store }
    })
    .await;
}

#[tokio::test]
async fn the_mongodb_store_conforms() {
    let Some(uri) = mongodb_uri() else {
        println!("MONGODB_URI is not set: the MongoDB store is not exercised in this run");
        return;
    };
    conformance::run_all(|| {
        let uri = uri.clone();
        async move {
            let store = MongoStore::connect(
                &uri,
                &fresh_database(),
                Durability::Nodes(1),
                std::time::Duration::from_secs(5),
            )
            .await
            .expect("connect to MONGODB_URI");
            Arc::new(store) as Arc<dyn Store>
        }
    })
    .await;
}
