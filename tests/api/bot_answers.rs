//! What the bot says when the detector has nothing to go on (docs/detection.md): an honest
//! answer to "are you a bot?" in the customer's language, and, for a message in a language
//! the detector does not read, an offer of a person, once.

use crate::helpers::{customer_of, new_psid, spawn_app};

const OFFER: &str = "I'm an automated assistant. To talk to a person, type \"agent\".";

#[tokio::test]
async fn a_question_about_the_bot_gets_an_honest_answer_in_its_language() {
    let app = spawn_app().await;
    let (english, spanish, russian) = (new_psid(), new_psid(), new_psid());
    app.customer_says("1001", &english, "wait, are you a bot?")
        .await;
    app.graph.wait_for_text(&english, OFFER).await;
    app.customer_says("1001", &spanish, "¿eres un bot?").await;
    app.graph
        .wait_for_text(
            &spanish,
            "Soy un asistente automático. Para hablar con una persona, escribe \"agente\".",
        )
        .await;
    app.customer_says("1001", &russian, "ты бот?").await;
    app.graph
        .wait_for_text(
            &russian,
            "Я автоматический помощник. Чтобы поговорить с человеком, напишите «оператор».",
        )
        .await;
    // Asking nothing of the kind: neither is a request, nobody is waiting for a person.
    let alice = app.login("alice").await;
    for psid in [&english, &spanish, &russian] {
        let body = app
            .wait_for_customer(&alice.token, "1001", psid, "recorded", |c| {
                c["stop"] == false
            })
            .await;
        assert_eq!(customer_of(&body)["stop"], false, "{body}");
    }
}

#[tokio::test]
async fn a_message_nobody_here_reads_is_offered_a_person_once() {
    let app = spawn_app().await;
    let psid = new_psid();
    // Korean: a script the detector does not read. (It asks for a counsellor.)
    app.customer_says("1001", &psid, "상담원이랑 얘기하고 싶어요")
        .await;
    app.graph.wait_for_text(&psid, OFFER).await;
    app.customer_says("1001", &psid, "배송은 언제 와요?").await;
    app.graph
        .wait_for_send("a second answer", |m| {
            m.recipient == psid && m.text != OFFER
        })
        .await;
    let received = app.graph.received_by(&psid);
    assert_eq!(
        received.iter().filter(|t| *t == OFFER).count(),
        1,
        "offered once: {received:#?}"
    );
    let alice = app.login("alice").await;
    let body = app
        .wait_for_customer(&alice.token, "1001", &psid, "offered", |c| {
            c["person_offered"] == true
        })
        .await;
    assert_eq!(customer_of(&body)["language"], serde_json::Value::Null);
    // Typing the word offered reaches a person.
    app.customer_says("1001", &psid, "agent").await;
    app.wait_for_customer(&alice.token, "1001", &psid, "stop=true", |c| {
        c["stop"] == true
    })
    .await;
}
