use serde_json::Value;

use crate::helpers::{
    customer_of, frame_type, new_psid, race_to_assign, spawn_app_with, AppOptions, ClaimOrder,
    Session, WsClient,
};

const EXTRA_AGENTS: usize = 21;
const CUSTOMERS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exactly_one_agent_wins_each_assignment_race() {
    let app = spawn_app_with(AppOptions {
        extra_acme_agents: EXTRA_AGENTS,
        ..AppOptions::default()
    })
    .await;
    let racers: Vec<String> = app
        .tenants
        .company("acme")
        .agents
        .iter()
        .map(|a| a.id.clone())
        .collect();
    assert!(racers.len() >= 20, "the race needs at least 20 agents");

    // Separate logins, then separate connections.
    let mut sessions: Vec<Session> = Vec::new();
    for id in &racers {
        sessions.push(app.login(id).await);
    }
    let observer_session = sessions[0].clone();
    let mut observer = app.ws(&observer_session).await;
    let mut clients: Vec<WsClient> = Vec::new();
    for s in &sessions {
        let mut ws = app.ws(s).await;
        ws.ping().await;
        clients.push(ws);
    }

    let mut customers = Vec::new();
    for _ in 0..CUSTOMERS {
        let psid = new_psid();
        app.request_help(&observer_session.token, "1001", &psid)
            .await;
        customers.push(psid);
    }

    // Everyone fires at every customer at once, each agent in a different order.
    let racing = racers.iter().cloned().zip(clients).collect();
    let race = race_to_assign(racing, &customers, "1001", ClaimOrder::Rotated).await;
    let results = &race.replies;

    for psid in &customers {
        let frames = &results[psid];
        assert_eq!(
            frames.len(),
            racers.len(),
            "every racer got a reply for {psid}"
        );
        let winners: Vec<&(String, Value)> = frames
            .iter()
            .filter(|(_, f)| frame_type(f) == "agent_assigned")
            .collect();
        assert_eq!(
            winners.len(),
            1,
            "exactly one agent must win customer {psid}; winners: {winners:#?}"
        );
        let (winner, won) = winners[0];
        assert_eq!(
            won["data"]["customer"]["agent_id"],
            winner.as_str(),
            "{won}"
        );
        let winner_name = &app.tenants.agent(winner).name;
        for (agent, f) in frames.iter().filter(|(a, _)| a != winner) {
            assert_eq!(frame_type(f), "error", "{agent} for {psid}: {f}");
            assert_eq!(
                f["data"]["code"], "already_assigned",
                "{agent} for {psid}: {f}"
            );
            assert_eq!(
                f["data"]["message"],
                format!("Already assigned to {winner_name}"),
                "{agent} for {psid}: {f}"
            );
        }

        let r = app
            .get_customer(&observer_session.token, "1001", psid)
            .await;
        let c = customer_of(r.ok("customer after the race"));
        assert_eq!(c["agent_id"], winner.as_str(), "the stored winner: {c}");
        assert_eq!(c["agent_name"], winner_name.as_str(), "{c}");
    }

    // The company heard about each assignment exactly once.
    for psid in &customers {
        observer
            .expect(&format!("assignment broadcast for {psid}"), |f| {
                frame_type(f) == "agent_assignment_changed"
                    && f["data"]["customer"]["customer_id"] == psid.as_str()
            })
            .await;
    }
    observer.drain().await;
    let seen = observer.broadcasts_seen();
    for psid in &customers {
        let assigned = seen
            .iter()
            .filter(|f| {
                frame_type(f) == "agent_assignment_changed"
                    && f["data"]["action"] == "assigned"
                    && f["data"]["customer"]["customer_id"] == psid.as_str()
            })
            .count();
        assert_eq!(
            assigned, 1,
            "one assignment broadcast for {psid}: {seen:#?}"
        );
    }
}
