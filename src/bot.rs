//! The bot's answers to customers who have not asked for a person: the page's FAQ entries
//! (keywords → answer, from the tenants file), a greeting, and otherwise the page's default
//! answer, which offers a person. `llm::LlmBot` wraps this when an LLM is configured.

use async_trait::async_trait;
use handoff_actors::outbox::{Bot, PageAccess};

pub const DEFAULT_ANSWER: &str =
    "Thanks for your message! I'm an automated assistant. If you'd like to talk to a person, just say \"human\".";
const GREETING: &str =
    "Hello! How can I help you today? If you'd like to talk to a person, just say \"human\".";
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hola",
    "bonjour",
    "hallo",
    "ciao",
    "ola",
    "halo",
    "xin chao",
    "kumusta",
    "good morning",
    "buenos dias",
    "bom dia",
    "guten tag",
];

/// The message as space-separated words with a space at both ends, so keywords match on
/// word boundaries (" open " is not found in " opened ").
fn words(text: &str) -> String {
    format!(" {} ", crate::intent::normalise(text).trim())
}

/// The answer the page's rules give to `text`.
pub fn rule_answer(page: &PageAccess, text: &str) -> String {
    let said = words(text);
    if let Some(entry) = page
        .faq
        .iter()
        .find(|entry| entry.keywords.iter().any(|k| said.contains(&words(k))))
    {
        return entry.answer.clone();
    }
    if GREETINGS.iter().any(|g| said.trim() == *g) {
        return GREETING.to_owned();
    }
    page.default_answer
        .clone()
        .unwrap_or_else(|| DEFAULT_ANSWER.to_owned())
}

pub struct RuleBot;

#[async_trait]
impl Bot for RuleBot {
    async fn answer(&self, page: &PageAccess, text: &str) -> Option<String> {
        Some(rule_answer(page, text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use handoff_actors::ids::PageId;
    use handoff_actors::outbox::FaqEntry;

    fn page() -> PageAccess {
        PageAccess {
            id: PageId::new("p"),
            name: "Shop".into(),
            access_token: "t".into(),
            faq: vec![FaqEntry {
                keywords: vec!["opening hours".into(), "open".into()],
                answer: "9 to 5".into(),
            }],
            default_answer: None,
            survey: None,
        }
    }

    #[test]
    fn faq_keywords_match_whole_words() {
        assert_eq!(rule_answer(&page(), "When are you OPEN?"), "9 to 5");
        assert_eq!(
            rule_answer(&page(), "what are your opening hours"),
            "9 to 5"
        );
        assert_eq!(rule_answer(&page(), "I opened the box"), DEFAULT_ANSWER);
        assert_eq!(rule_answer(&page(), "Hello!"), GREETING);
        let mut custom = page();
        custom.default_answer = Some("Ask away".into());
        assert_eq!(rule_answer(&custom, "price of socks?"), "Ask away");
    }
}
