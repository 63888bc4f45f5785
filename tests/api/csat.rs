//! The satisfaction question (docs/metrics.md#csat): asked by the bot with quick replies 1–5
//! when an agent gives a customer they helped back to the bot, only inside the 24-hour
//! window, never tagged, once per handoff; the answer is stored with the handoff, credited
//! to the last holder, and survives a restart. globex asks it; acme does not.

use serde_json::{json, Value};

use crate::helpers::{new_psid, now_ms, spawn_app, TestApp, DAY_MS, POLL, WAIT};

const METRICS: &str = "/api/dashboard/metrics";
const QUESTION: &str = "How would you rate the help you got? 1 is poor, 5 is great.";
const THANKS: &str = "Thank you for your rating!";

/// gina helps a customer of globex who wrote at `ts`, then gives them back to the bot.
async fn helped_and_resolved(app: &TestApp, token: &str, psid: &str, ts: i64) {
    app.request_help_at(token, "2001", psid, ts).await;
    app.set_agent(token, "2001", psid, json!("gina"))
        .await
        .ok("gina claims");
    app.send_rest(token, "2001", psid, "Sorted, anything else?")
        .await
        .ok("gina answers");
    app.set_stop(token, "2001", psid, false)
        .await
        .ok("back to the bot");
}

async fn csat_of(app: &TestApp, token: &str) -> (Value, Value) {
    let m = app.get(METRICS, token).await;
    let m = m.ok("globex's numbers");
    let gina = m["agents"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["agent_id"] == "gina"))
        .cloned()
        .unwrap_or(Value::Null);
    (m["csat"].clone(), gina)
}

#[tokio::test]
async fn a_helped_customer_rates_the_help_once_and_the_rating_is_kept() {
    let mut app = spawn_app().await;
    let gina = app.login("gina").await;
    let psid = new_psid();
    helped_and_resolved(&app, &gina.token, &psid, now_ms()).await;

    let asked = app.graph.wait_for_text(&psid, QUESTION).await;
    assert_eq!(asked.messaging_type, "RESPONSE", "{:?}", asked.body);
    assert_eq!(asked.tag, None, "never tagged: {:?}", asked.body);
    let replies = asked.body["message"]["quick_replies"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let titles: Vec<&str> = replies.iter().filter_map(|r| r["title"].as_str()).collect();
    assert_eq!(titles, ["1", "2", "3", "4", "5"], "{:?}", asked.body);
    assert!(replies.iter().all(|r| r["content_type"] == "text"));

    // Tapping "4" sends its title as a message.
    app.customer_says("2001", &psid, "4").await;
    app.graph.wait_for_text(&psid, THANKS).await;
    let gus = app.login("gus").await;
    let (csat, row) = csat_of(&app, &gus.token).await;
    assert_eq!(
        csat,
        json!({"asked": 1, "answered": 1, "response_rate": 1.0, "mean_score": 4.0, "scores": [0, 0, 0, 1, 0]})
    );
    assert_eq!(
        (row["csat_answers"].clone(), row["csat_mean"].clone()),
        (json!(1), json!(4.0))
    );

    // The question was answered: a later "5" is only a message to the bot.
    app.customer_says("2001", &psid, "5").await;
    app.graph
        .wait_for_send("the bot's answer to the second digit", |m| {
            m.recipient == psid
                && m.text != QUESTION
                && m.text != THANKS
                && m.text != "Sorted, anything else?"
        })
        .await;
    app.restart().await;
    let gus = app.login("gus").await;
    let (after, _) = csat_of(&app, &gus.token).await;
    assert_eq!(
        after, csat,
        "kept through a crash, and not changed by the later digit"
    );
    let asked_twice = app
        .graph
        .sends_to(&psid)
        .iter()
        .filter(|m| m.text == QUESTION)
        .count();
    assert_eq!(asked_twice, 1);
}

#[tokio::test]
async fn no_question_outside_the_window_after_an_abandon_or_where_the_company_asks_none() {
    let app = spawn_app().await;
    let gina = app.login("gina").await;

    // Last heard from two days ago: gina may answer with the human-agent tag, but the bot
    // may not ask anything.
    let late = new_psid();
    helped_and_resolved(&app, &gina.token, &late, now_ms() - 2 * DAY_MS).await;

    // Back to the bot without an agent's message: nobody to rate.
    let abandoned = new_psid();
    app.request_help(&gina.token, "2001", &abandoned).await;
    app.set_stop(&gina.token, "2001", &abandoned, false)
        .await
        .ok("back to the bot unanswered");

    // A customer who answers something else closes the question unanswered.
    let chatty = new_psid();
    helped_and_resolved(&app, &gina.token, &chatty, now_ms()).await;
    app.graph.wait_for_text(&chatty, QUESTION).await;
    app.customer_says("2001", &chatty, "what are your opening hours?")
        .await;
    app.customer_says("2001", &chatty, "3").await;

    // acme asks no question.
    let alice = app.login("alice").await;
    let acme = new_psid();
    app.request_help(&alice.token, "1001", &acme).await;
    app.set_agent(&alice.token, "1001", &acme, json!("alice"))
        .await
        .ok("alice claims");
    app.send_rest(&alice.token, "1001", &acme, "Hello from Alice")
        .await
        .ok("alice answers");
    app.set_stop(&alice.token, "1001", &acme, false)
        .await
        .ok("back to the bot");

    // Everything above is settled once the bot has answered both of chatty's messages
    // after the question (the other customers' writes came before).
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let received = app.graph.received_by(&chatty);
        let after_question = received.iter().skip_while(|t| *t != QUESTION).count();
        if after_question >= 3 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the bot never answered: {received:?}"
        );
        tokio::time::sleep(POLL).await;
    }
    for psid in [&late, &abandoned, &acme] {
        let questions: Vec<_> = app
            .graph
            .sends_to(psid)
            .into_iter()
            .filter(|m| m.text == QUESTION || m.body["message"].get("quick_replies").is_some())
            .collect();
        assert!(questions.is_empty(), "{psid} was asked: {questions:?}");
    }
    assert!(app.graph.sends_to(&chatty).iter().all(|m| m.text != THANKS));
    let gus = app.login("gus").await;
    let (csat, _) = csat_of(&app, &gus.token).await;
    assert_eq!(
        csat["asked"], 1,
        "only the chatty customer was asked: {csat}"
    );
    assert_eq!(csat["answered"], 0, "{csat}");
}
