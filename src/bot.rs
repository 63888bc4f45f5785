//! The bot's answers to customers who have not asked for a person. A small set of
//! built-in answers, and a default that tells the customer how to reach a person.

use async_trait::async_trait;
use handoff_actors::ids::PageId;
use handoff_actors::outbox::Bot;

pub const DEFAULT_ANSWER: &str =
    "Thanks for your message! I'm an automated assistant. If you'd like to talk to a person, just say \"human\".";
const GREETING: &str =
    "Hello! How can I help you today? If you'd like to talk to a person, just say \"human\".";

pub struct RuleBot;

#[async_trait]
impl Bot for RuleBot {
    async fn answer(&self, _page: &PageId, text: &str) -> Option<String> {
        let words = crate::intent::normalise(text);
        let greeting = [
            "hi", "hello", "hey", "hola", "bonjour", "hallo", "ciao", "ola", "halo", "xin chao",
        ]
        .iter()
        .any(|g| words.trim() == *g);
        Some(if greeting { GREETING } else { DEFAULT_ANSWER }.to_owned())
    }
}
