//! Setups many tests share: agents logged in with their WebSocket open.

use super::app::TestApp;
use super::http::Session;
use super::ws::WsClient;

impl TestApp {
    /// Two agents of the fixture, both logged in (first, then second) and then both
    /// connected over WebSocket in the same order: `(first, second, first_ws, second_ws)`.
    pub async fn two_agents(
        &self,
        first: &str,
        second: &str,
    ) -> (Session, Session, WsClient, WsClient) {
        let first = self.login(first).await;
        let second = self.login(second).await;
        let first_ws = self.ws(&first).await;
        let second_ws = self.ws(&second).await;
        (first, second, first_ws, second_ws)
    }
}
