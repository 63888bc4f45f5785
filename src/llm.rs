//! The optional LLM brain (`LLM_BASE_URL`, an OpenAI-compatible `/v1/chat/completions`):
//! a second opinion on whether a customer asks for a person, and the bot's answers. Every
//! call has a timeout; on any failure the built-in rules answer instead. It is consulted
//! only after the message is recorded and the webhook answered.

use crate::bot::rule_answer;
use async_trait::async_trait;
use handoff_actors::outbox::{Bot, PageAccess};
use handoff_actors::split_text;
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;

pub const DETECT_TIMEOUT: Duration = Duration::from_secs(3);
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(8);

#[derive(Clone, Debug)]
pub struct LlmSettings {
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
}

const DETECT_PROMPT: &str = "You route messages that customers send to a company's Messenger \
chat bot. Decide whether the customer is asking to talk to a real person (a human, an agent, \
staff, customer service) instead of the bot. Messages may be in any language, with typos or \
slang. Saying they do NOT need a person, or mentioning words like \"human resources\" or \
\"travel agent\" with another meaning, is not a request. Reply with exactly one word: HUMAN \
or BOT.";

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: ChoiceMessage,
}

#[derive(Deserialize)]
struct ChoiceMessage {
    content: Option<String>,
}

pub struct LlmBot {
    http: reqwest::Client,
    url: String,
    settings: LlmSettings,
}

impl LlmBot {
    pub fn new(settings: LlmSettings) -> Self {
        let base = settings.base_url.trim_end_matches('/');
        let url = if base.ends_with("/v1") {
            format!("{base}/chat/completions")
        } else {
            format!("{base}/v1/chat/completions")
        };
        LlmBot {
            http: reqwest::Client::new(),
            url,
            settings,
        }
    }

    /// One chat completion; `None` on timeout, transport error or an unusable answer.
    async fn complete(
        &self,
        system: &str,
        user: &str,
        max_tokens: u32,
        timeout: Duration,
    ) -> Option<String> {
        let body = json!({
            "model": self.settings.model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            "temperature": 0,
            "max_tokens": max_tokens,
        });
        let mut request = self.http.post(&self.url).json(&body).timeout(timeout);
        if let Some(key) = &self.settings.api_key {
            request = request.bearer_auth(key);
        }
        let response = match request.send().await {
            Ok(r) if r.status().is_success() => r,
            Ok(r) => {
                tracing::warn!(status = %r.status(), "LLM answered with an error; using the built-in rules");
                return None;
            }
            Err(e) => {
                tracing::warn!(error = %e, "LLM unreachable or too slow; using the built-in rules");
                return None;
            }
        };
        let completion: Completion = response.json().await.ok()?;
        completion
            .choices
            .into_iter()
            .next()?
            .message
            .content
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
    }
}

fn answer_prompt(page: &PageAccess) -> String {
    let mut prompt = format!(
        "You are the Messenger assistant of \"{}\". Answer the customer briefly and politely, \
in the customer's language, using only the facts below. If you cannot help, say so and tell \
them they can type \"human\" to talk to a person. Never promise anything the facts do not say.\n\nFacts:\n",
        page.name
    );
    for entry in &page.faq {
        prompt.push_str(&format!(
            "- {}: {}\n",
            entry.keywords.join(", "),
            entry.answer
        ));
    }
    if page.faq.is_empty() {
        prompt.push_str("- (none)\n");
    }
    prompt
}

#[async_trait]
impl Bot for LlmBot {
    async fn wants_human(&self, _page: &PageAccess, text: &str) -> Option<bool> {
        let verdict = self
            .complete(DETECT_PROMPT, text, 3, DETECT_TIMEOUT)
            .await?;
        match verdict.to_uppercase() {
            v if v.starts_with("HUMAN") => Some(true),
            v if v.starts_with("BOT") => Some(false),
            other => {
                tracing::warn!(answer = %other, "LLM gave no usable verdict");
                None
            }
        }
    }

    /// Asked only when the LLM gave no opinion (it failed): the rules' offer.
    async fn offer_person(&self, page: &PageAccess, text: &str) -> Option<String> {
        crate::bot::RuleBot.offer_person(page, text).await
    }

    async fn answer(&self, page: &PageAccess, text: &str) -> Option<String> {
        let answer = self
            .complete(&answer_prompt(page), text, 400, ANSWER_TIMEOUT)
            .await
            .and_then(|a| split_text(&a, 2000).into_iter().next());
        Some(answer.unwrap_or_else(|| rule_answer(page, text)))
    }
}
