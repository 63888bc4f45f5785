//! The claim race the race tests share: every racer asks for every customer at the same
//! instant (released together by a barrier), then reads its own replies.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::sync::Barrier;

use super::ws::WsClient;

/// In which order each racer goes through the customers.
#[derive(Clone, Copy, Debug)]
pub enum ClaimOrder {
    /// Every racer in the same order.
    Same,
    /// Racer `i` starts at customer `i % customers`, so that every customer is somebody's
    /// first claim.
    Rotated,
}

/// What a claim race left behind.
pub struct ClaimRace {
    /// Per customer, every racer's reply to its `assign_agent`: `(racer id, frame)`, in
    /// the order the racers were given.
    pub replies: HashMap<String, Vec<(String, Value)>>,
    /// The racers' connections, kept open for what the test reads after the race.
    pub connections: Vec<WsClient>,
}

/// Races `racers` (`(agent id, connection)`) to `assign_agent` every customer of `page`.
pub async fn race_to_assign(
    racers: Vec<(String, WsClient)>,
    customers: &[String],
    page: &str,
    order: ClaimOrder,
) -> ClaimRace {
    let barrier = Arc::new(Barrier::new(racers.len()));
    let mut tasks = Vec::new();
    for (i, (agent_id, mut ws)) in racers.into_iter().enumerate() {
        let barrier = barrier.clone();
        let mut claims = customers.to_vec();
        if let ClaimOrder::Rotated = order {
            claims.rotate_left(i % customers.len());
        }
        let page = page.to_owned();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut pending = Vec::new();
            for psid in &claims {
                let id = ws
                    .send_request(
                        "assign_agent",
                        json!({"customer_id": psid, "page_id": page}),
                    )
                    .await;
                pending.push((psid.clone(), id));
            }
            let mut replies = Vec::new();
            for (psid, id) in pending {
                replies.push((psid, ws.reply(&id).await));
            }
            (agent_id, replies, ws)
        }));
    }

    let mut race = ClaimRace {
        replies: HashMap::new(),
        connections: Vec::new(),
    };
    for task in tasks {
        let (agent_id, replies, ws) = task.await.expect("racer task");
        race.connections.push(ws);
        for (psid, frame) in replies {
            race.replies
                .entry(psid)
                .or_default()
                .push((agent_id.clone(), frame));
        }
    }
    race
}
