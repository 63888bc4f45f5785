//! Does the customer ask about, or remark on, the bot itself ("are you a bot?", "is this
//! automated?", "c'est un robot qui répond ?")? Such a message is no request for a person
//! (the detector says no to it unless a request follows), but it deserves an honest answer:
//! the bot says it is automated and how to reach a person (src/bot.rs).
//!
//! Matched on the normalised text against the words for a bot, a robot, an automatic
//! answer or an AI in the detector's languages: whole words in scripts with spaces,
//! anywhere in Thai.

use super::normalise;
use std::sync::OnceLock;

/// The words, written as customers write them; normalised once on first use.
const BOT_WORDS: &[&str] = &[
    // Latin script, most languages at once
    "bot",
    "bots",
    "chatbot",
    "robot",
    "robots",
    "robo",
    "roboter",
    "chatgpt",
    "gpt",
    "automated",
    "automatic reply",
    "auto reply",
    "autoreply",
    "are you ai",
    "is this ai",
    "an ai",
    "artificial intelligence",
    "automático",
    "automática",
    "respuesta automática",
    "inteligencia artificial",
    "una ia",
    "um ia",
    "uma ia",
    "é ia",
    "es ia",
    "resposta automática",
    "inteligência artificial",
    "automatique",
    "réponse automatique",
    "une ia",
    "intelligence artificielle",
    "automatisch",
    "automatische antwort",
    "eine ki",
    "künstliche intelligenz",
    "automatico",
    "risposta automatica",
    "intelligenza artificiale",
    "automatisch antwoord",
    "otomatis",
    "balasan otomatis",
    "automatik",
    "mesin",
    "tự động",
    "trả lời tự động",
    "người máy",
    "máy trả lời",
    "makina",
    "otomatik",
    "yapay zeka",
    "automat",
    "automatyczna",
    "automatyczny",
    "sztuczna inteligencja",
    // Cyrillic
    "бот",
    "робот",
    "автоответчик",
    "автомат",
    "искусственный интеллект",
    "нейросеть",
    // Arabic script (Arabic, Urdu)
    "روبوت",
    "بوت",
    "ربوت",
    "رد آلي",
    "ذكاء اصطناعي",
    "بوٹ",
    "روبوٹ",
    // Devanagari, Bengali
    "बॉट",
    "बोट",
    "रोबोट",
    "बट",
    "বট",
    "রোবট",
    "রোবো",
    // Thai (matched anywhere: no spaces between words)
    "บอท",
    "หุ่นยนต์",
    "ตอบอัตโนมัติ",
    "ระบบอัตโนมัติ",
    "เอไอ",
];

fn is_thai(phrase: &str) -> bool {
    phrase
        .chars()
        .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

/// The words normalised: `(padded phrase, anywhere)`.
fn phrases() -> &'static [(String, bool)] {
    static PHRASES: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        BOT_WORDS
            .iter()
            .map(|word| {
                let normalised = normalise(word);
                if is_thai(word) {
                    (normalised.trim().to_owned(), true)
                } else {
                    (normalised, false)
                }
            })
            .collect()
    })
}

/// Whether `text` speaks of the bot itself.
pub fn asks_about_bot(text: &str) -> bool {
    let normalised = normalise(text);
    phrases()
        .iter()
        .any(|(phrase, _)| normalised.contains(phrase.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_about_the_bot_in_many_languages() {
        for asks in [
            "are you a bot?",
            "Is this automated??",
            "¿eres un bot?",
            "c'est un robot qui répond ?",
            "bist du ein Roboter?",
            "é um robô?",
            "ini bot ya kak?",
            "awak ni bot ke?",
            "bạn là người máy à?",
            "bot ka ba?",
            "sen bot musun?",
            "ты бот?",
            "czy to bot?",
            "انت روبوت؟",
            "क्या आप बॉट हैं?",
            "আপনি কি বট?",
            "کیا آپ بوٹ ہیں؟",
            "คุยกับบอทอยู่หรอคะ",
            "is this chatgpt lol",
        ] {
            assert!(asks_about_bot(asks), "{asks}");
        }
        for not in [
            "I want to talk to a human",
            "what are your opening hours?",
            "do you ship to Bottrop?",
            "có ai không?",
            "ki hai",
        ] {
            assert!(!asks_about_bot(not), "{not}");
        }
    }
}
