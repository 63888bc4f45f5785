//! What a claim and a return to the bot do to the control of a customer's Messenger thread
//! (Meta's Conversation Routing), per page (docs/messenger.md#conversation-routing).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Meta's Page Inbox, the app a page's people answer from in Meta Business Suite.
pub const PAGE_INBOX_APP_ID: &str = "263902037430900";

/// The longest app id taken: Meta's are 15 or 16 digits.
const MAX_APP_ID_DIGITS: usize = 20;

/// One change of thread control.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum ThreadAction {
    /// Leave the thread as it is.
    #[default]
    Nothing,
    /// Our app takes the thread.
    Take,
    /// The thread goes to the app `app_id` (such as [`PAGE_INBOX_APP_ID`]).
    Pass { app_id: String },
}

/// A page's thread control at the two moments that change who speaks to the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PageThreadControl {
    /// When an agent gets the customer (a claim, or the router's assignment).
    #[serde(default)]
    pub on_claim: ThreadAction,
    /// When a person gives the customer back to the bot.
    #[serde(default)]
    pub on_release: ThreadAction,
}

impl PageThreadControl {
    /// The first action naming no usable app, as `(field, reason)` under `prefix`.
    pub(super) fn check(&self, prefix: &str) -> Result<(), (String, String)> {
        for (moment, action) in [
            ("on_claim", &self.on_claim),
            ("on_release", &self.on_release),
        ] {
            if let ThreadAction::Pass { app_id } = action {
                let digits = !app_id.is_empty()
                    && app_id.len() <= MAX_APP_ID_DIGITS
                    && app_id.bytes().all(|b| b.is_ascii_digit());
                if !digits {
                    return Err((
                        format!("{prefix}.{moment}.app_id"),
                        format!("an app id: 1 to {MAX_APP_ID_DIGITS} digits"),
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_read_as_documented() {
        let page: PageThreadControl = serde_json::from_str(
            r#"{"on_claim": {"action": "take"},
                "on_release": {"action": "pass", "app_id": "263902037430900"}}"#,
        )
        .expect("parses");
        assert_eq!(page.on_claim, ThreadAction::Take);
        assert_eq!(
            page.on_release,
            ThreadAction::Pass {
                app_id: PAGE_INBOX_APP_ID.into()
            }
        );
        assert_eq!(page.check("thread_control.p1"), Ok(()));
        let nothing: PageThreadControl = serde_json::from_str("{}").expect("parses");
        assert_eq!(nothing.on_claim, ThreadAction::Nothing);
        let bad = PageThreadControl {
            on_claim: ThreadAction::Pass {
                app_id: "inbox".into(),
            },
            ..PageThreadControl::default()
        };
        assert_eq!(
            bad.check("thread_control.p1").map_err(|e| e.0),
            Err("thread_control.p1.on_claim.app_id".to_owned())
        );
    }
}
