use crate::error::StoreError;
use crate::store::{Store, WriteOp, WriteResult};
use actix::Message;
use futures_util::future::BoxFuture;
use std::sync::Arc;

/// Write these ops durably; answered once they are committed (group commit).
#[derive(Message)]
#[rtype(result = "Result<Vec<WriteResult>, StoreError>")]
pub struct Commit {
    pub ops: Vec<WriteOp>,
}

type Query<T> = Box<dyn FnOnce(Arc<dyn Store>) -> BoxFuture<'static, Result<T, StoreError>> + Send>;

/// Run a read against the store; reads run concurrently with each other and with commits.
pub struct Read<T: Send + 'static> {
    pub query: Query<T>,
}

impl<T: Send + 'static> Message for Read<T> {
    type Result = Result<T, StoreError>;
}
