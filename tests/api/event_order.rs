//! Every customer view carries the document's `version`, so that a console receiving one
//! customer's broadcasts from several processes (which may cross) keeps the newest.

use serde_json::{json, Value};

use crate::helpers::{customer_of, frame_type, is_broadcast, new_psid, spawn_app};

#[tokio::test]
async fn customer_views_carry_a_version_that_grows_with_every_change() {
    let app = spawn_app().await;
    let alice = app.login("alice").await;
    let mut ws = app.ws(&alice).await;
    let psid = new_psid();
    let asked = app.request_help(&alice.token, "1001", &psid).await;
    let first = asked["version"]
        .as_u64()
        .expect("a version in the REST view");

    let target = json!({"customer_id": psid, "page_id": "1001"});
    let assigned = ws.request("assign_agent", target.clone()).await;
    let released = ws.request("unassign_agent", target.clone()).await;
    let again = ws.request("assign_agent", target).await;
    let replies: Vec<u64> = [&assigned, &released, &again]
        .iter()
        .map(|f| {
            f["data"]["customer"]["version"]
                .as_u64()
                .expect("version in a reply")
        })
        .collect();
    assert!(first < replies[0], "{first} then {replies:?}");
    assert!(replies.windows(2).all(|w| w[0] < w[1]), "{replies:?}");

    // On MongoDB broadcasts travel through the shared event log and may arrive after the
    // replies: wait for the three assignment changes before reading what was seen.
    for _ in 0..3 {
        ws.expect_broadcast("agent_assignment_changed", &psid).await;
    }
    ws.drain().await;
    let broadcasts: Vec<Value> = ws
        .broadcasts_seen()
        .into_iter()
        .filter(|f| is_broadcast(f) && frame_type(f) != "new_message")
        .filter(|f| f["data"]["customer"]["customer_id"] == psid.as_str())
        .collect();
    assert!(broadcasts.len() >= 3, "{broadcasts:#?}");
    let mut seen: Vec<u64> = broadcasts
        .iter()
        .map(|f| {
            f["data"]["customer"]["version"]
                .as_u64()
                .unwrap_or_else(|| panic!("a version in every broadcast view: {f}"))
        })
        .collect();
    seen.dedup();
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");

    let list = app
        .list_customers(&alice.token, "stop=true&limit=200")
        .await;
    let listed = list["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["customer_id"] == psid.as_str())
        .cloned()
        .expect("listed");
    let shown = customer_of(
        app.get_customer(&alice.token, "1001", &psid)
            .await
            .ok("show"),
    )
    .clone();
    assert_eq!(listed["version"], shown["version"]);
    assert_eq!(shown["version"].as_u64(), replies.last().copied());
}
