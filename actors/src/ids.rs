//! Newtype identifiers, so a page id can never be passed where a customer id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
        )]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A tenant: a company sharing the deployment.
    CompanyId
);
string_id!(
    /// A Facebook Page id.
    PageId
);
string_id!(
    /// A Page-scoped user id (PSID): the customer as seen by one page.
    CustomerId
);
string_id!(
    /// An agent's id, unique within the deployment.
    AgentId
);

/// A customer is identified by `(page_id, customer_id)`; the company is carried along
/// because every store key and every broadcast is scoped by it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CustomerKey {
    pub company: CompanyId,
    pub page: PageId,
    pub customer: CustomerId,
}

impl fmt::Display for CustomerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.company, self.page, self.customer)
    }
}
