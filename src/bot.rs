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

/// What the bot says when asked whether it is one, per language: that it is automated, and
/// the word that reaches a person (itself a request the detector recognises; a test holds
/// each one to that). `{word}` stands for the word.
const DISCLOSURES: &[(&str, &str, &str)] = &[
    ("en", "I'm an automated assistant. To talk to a person, type \"{word}\".", "agent"),
    ("es", "Soy un asistente automático. Para hablar con una persona, escribe \"{word}\".", "agente"),
    ("pt", "Sou um assistente automático. Para falar com uma pessoa, escreva \"{word}\".", "atendente"),
    ("fr", "Je suis un assistant automatique. Pour parler à une personne, écrivez « {word} ».", "conseiller"),
    ("de", "Ich bin ein automatischer Assistent. Um mit einem Menschen zu sprechen, schreiben Sie „{word}“.", "Mitarbeiter"),
    ("it", "Sono un assistente automatico. Per parlare con una persona, scrivi \"{word}\".", "operatore"),
    ("nl", "Ik ben een automatische assistent. Typ \"{word}\" om met een persoon te praten.", "medewerker"),
    ("id", "Saya asisten otomatis. Untuk bicara dengan petugas, ketik \"{word}\".", "cs"),
    ("ms", "Saya pembantu automatik. Untuk bercakap dengan staf, taip \"{word}\".", "admin"),
    ("vi", "Tôi là trợ lý tự động. Để nói chuyện với nhân viên, hãy nhắn \"{word}\".", "nhân viên"),
    ("tl", "Isa akong automated assistant. Para makausap ang isang tao, i-type ang \"{word}\".", "agent"),
    ("th", "ฉันเป็นผู้ช่วยอัตโนมัติ หากต้องการคุยกับพนักงาน พิมพ์ \"{word}\"", "แอดมิน"),
    ("ar", "أنا مساعد آلي. للتحدث مع شخص، اكتب \"{word}\".", "موظف"),
    ("hi", "मैं एक स्वचालित सहायक हूँ। किसी व्यक्ति से बात करने के लिए \"{word}\" लिखें।", "एजेंट"),
    ("bn", "আমি একটি স্বয়ংক্রিয় সহকারী। কোনো মানুষের সাথে কথা বলতে \"{word}\" লিখুন।", "এজেন্ট"),
    ("ur", "میں ایک خودکار معاون ہوں۔ کسی فرد سے بات کرنے کے لیے \"{word}\" لکھیں۔", "ایجنٹ"),
    ("tr", "Ben otomatik bir asistanım. Bir kişiyle konuşmak için \"{word}\" yazın.", "temsilci"),
    ("ru", "Я автоматический помощник. Чтобы поговорить с человеком, напишите «{word}».", "оператор"),
    ("pl", "Jestem automatycznym asystentem. Aby porozmawiać z człowiekiem, napisz „{word}”.", "konsultant"),
];

/// The bot's honest answer to a question about itself, in the customer's language: the
/// page's own text for that language, else the built-in one, else English.
pub fn disclosure(page: &PageAccess, text: &str) -> String {
    let language = crate::intent::which_language(text)
        .or(page.language.as_deref())
        .unwrap_or("en");
    disclosure_in(page, language)
}

/// What the bot says to a customer whose language nobody here reads: that it is automated
/// and how to reach a person, in the page's language.
pub fn offer_person(page: &PageAccess) -> String {
    disclosure_in(page, page.language.as_deref().unwrap_or("en"))
}

fn disclosure_in(page: &PageAccess, language: &str) -> String {
    if let Some(own) = page.bot_disclosure.get(language) {
        return own.clone();
    }
    let (_, template, word) = DISCLOSURES
        .iter()
        .find(|(code, _, _)| *code == language)
        .unwrap_or(&DISCLOSURES[0]);
    template.replace("{word}", word)
}

/// The page's FAQ answer for `text`: the first entry with a keyword among its words.
fn faq_answer<'a>(page: &'a PageAccess, text: &str) -> Option<&'a str> {
    let said = words(text);
    page.faq
        .iter()
        .find(|entry| entry.keywords.iter().any(|k| said.contains(&words(k))))
        .map(|entry| entry.answer.as_str())
}

/// The answer the page's rules give to `text`.
pub fn rule_answer(page: &PageAccess, text: &str) -> String {
    if let Some(answer) = faq_answer(page, text) {
        return answer.to_owned();
    }
    let said = words(text);
    if crate::intent::asks_about_bot(text) {
        return disclosure(page, text);
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

    /// The page's own FAQ answer still wins where one fits (a keyword is a keyword in any
    /// language).
    async fn offer_person(&self, page: &PageAccess, text: &str) -> Option<String> {
        faq_answer(page, text).is_none().then(|| offer_person(page))
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
            bot_disclosure: Default::default(),
            language: None,
        }
    }

    #[test]
    fn a_question_about_the_bot_is_answered_honestly_in_its_language() {
        let answer = rule_answer(&page(), "are you a bot?");
        assert!(
            answer.contains("automated") && answer.contains("\"agent\""),
            "{answer}"
        );
        let answer = rule_answer(&page(), "¿eres un bot? gracias");
        assert!(
            answer.starts_with("Soy un asistente automático"),
            "{answer}"
        );
        let answer = rule_answer(&page(), "ты бот?");
        assert!(answer.contains("«оператор»"), "{answer}");
        let mut own = page();
        own.bot_disclosure
            .insert("en".into(), "Yes, a bot. Say 'human' for Sam.".into());
        assert_eq!(
            rule_answer(&own, "are you a bot?"),
            "Yes, a bot. Say 'human' for Sam."
        );
        // The page's FAQ still wins where it fits.
        assert_eq!(
            rule_answer(&page(), "is the bot open on Sundays?"),
            "9 to 5"
        );
    }

    #[tokio::test]
    async fn the_offer_of_a_person_gives_way_to_a_fitting_faq_answer() {
        let offer = RuleBot
            .offer_person(&page(), "영업 시간이 어떻게 되나요")
            .await;
        assert_eq!(offer.as_deref(), Some(offer_person(&page()).as_str()));
        assert!(offer.is_some_and(|o| o.contains("\"agent\"")));
        let mut spanish = page();
        spanish.language = Some("es".into());
        let offer = RuleBot.offer_person(&spanish, "영업 시간").await;
        assert!(offer.is_some_and(|o| o.starts_with("Soy un asistente")));
        // "open" is one of the page's FAQ keywords: its answer is given instead.
        assert_eq!(RuleBot.offer_person(&page(), "open 언제").await, None);
    }

    /// The word each answer offers is itself a request for a person.
    #[test]
    fn every_disclosure_offers_a_word_that_reaches_a_person() {
        for (language, _, word) in DISCLOSURES {
            let detection = crate::intent::detect(word);
            assert!(
                detection.human_requested,
                "{language}: {word:?} scores {}",
                detection.score
            );
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
