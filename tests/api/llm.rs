//! The optional LLM path against a local OpenAI-compatible stand-in: a second opinion on
//! requests for a person, the bot's answers, and the fall back to the rules.

use std::time::Duration;

use crate::helpers::{
    customer_of, new_psid, spawn_app_with, AppOptions, LlmStandIn, FAQ_HOURS_ANSWER, FAQ_PAGE,
    HUMAN_MARKER, LLM_ANSWER, LLM_MODEL, NOTIFIED_TEXT,
};

async fn app_with_llm() -> (crate::helpers::TestApp, LlmStandIn) {
    let llm = LlmStandIn::start().await;
    let app = spawn_app_with(AppOptions {
        env: llm.env(),
        ..AppOptions::default()
    })
    .await;
    (app, llm)
}

#[tokio::test]
async fn the_llm_recognises_a_request_the_rules_miss_and_answers_the_rest() {
    let (app, llm) = app_with_llm().await;
    let alice = app.login("alice").await;

    let asker = new_psid();
    app.customer_says("1001", &asker, &format!("{HUMAN_MARKER} please"))
        .await;
    app.wait_for_customer(
        &alice.token,
        "1001",
        &asker,
        "stopped by the LLM's verdict",
        |c| c["stop"] == true,
    )
    .await;
    app.graph.wait_for_text(&asker, NOTIFIED_TEXT).await;

    let curious = new_psid();
    app.customer_says("1001", &curious, "do you ship to Lisbon?")
        .await;
    let answer = app.graph.wait_for_any_send_to(&curious).await;
    assert_eq!(answer.text, LLM_ANSWER);
    assert_eq!(answer.messaging_type, "RESPONSE");

    let requests = llm.requests();
    let about_lisbon: Vec<_> = requests
        .iter()
        .filter(|r| {
            r["messages"].as_array().unwrap().last().unwrap()["content"] == "do you ship to Lisbon?"
        })
        .collect();
    assert_eq!(
        about_lisbon.len(),
        2,
        "a verdict, then an answer: {requests:#?}"
    );
    for r in about_lisbon {
        assert_eq!(r["model"], LLM_MODEL);
        assert_eq!(r["messages"][0]["role"], "system");
        assert_eq!(r["messages"][1]["role"], "user");
    }
}

#[tokio::test]
async fn a_failing_llm_leaves_the_rules_in_charge() {
    let (app, llm) = app_with_llm().await;
    let alice = app.login("alice").await;
    llm.fail(true);
    let psid = new_psid();
    app.customer_says(FAQ_PAGE, &psid, "what are your opening hours")
        .await;
    assert_eq!(
        app.graph.wait_for_any_send_to(&psid).await.text,
        FAQ_HOURS_ANSWER
    );
    let asker = new_psid();
    app.request_help(&alice.token, "1001", &asker).await;
    app.graph.wait_for_text(&asker, NOTIFIED_TEXT).await;
}

#[tokio::test]
async fn a_slow_llm_never_holds_up_the_webhook() {
    let (app, llm) = app_with_llm().await;
    let alice = app.login("alice").await;
    // Slower than both LLM timeouts: the verdict and the answer give up, the rules answer.
    llm.delay(Duration::from_secs(12));
    let psid = new_psid();
    app.customer_says(FAQ_PAGE, &psid, "when are you open")
        .await;
    let r = app.get_customer(&alice.token, FAQ_PAGE, &psid).await;
    assert_eq!(
        customer_of(r.ok("recorded before the LLM answers"))["message_count"],
        1
    );
    assert!(
        app.graph.sends_to(&psid).is_empty(),
        "the answer waits for the LLM, not the webhook"
    );
    assert_eq!(
        app.graph.wait_for_any_send_to(&psid).await.text,
        FAQ_HOURS_ANSWER
    );
}
