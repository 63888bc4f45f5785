//! Human-request detection: does this customer message ask for a real person?
//!
//! A phrase-based detector over normalised text (lower case, accents folded, punctuation
//! removed): request phrases in several languages score high, bare words like "agent"
//! score lower, look-alikes ("human resources", "travel agent") and negations ("I don't
//! need a human") cancel a match. Fast and local: it runs before the webhook is answered.

use serde::Serialize;

/// At or above this score a message counts as a request for a person.
pub const THRESHOLD: f32 = 0.5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detection {
    pub text: String,
    pub human_requested: bool,
    pub score: f32,
}

/// Strong request phrases (score 0.95).
const REQUESTS: &[&str] = &[
    // English
    "real person",
    "real human",
    "a human",
    "to human",
    "with human",
    "human please",
    "human agent",
    "live agent",
    "live person",
    "live chat",
    "real agent",
    "an agent",
    "to agent",
    "with agent",
    "customer service",
    "customer support",
    "customer care",
    "representative",
    "operator",
    "talk to someone",
    "speak to someone",
    "speak with someone",
    "talk with someone",
    "talk to somebody",
    "speak to somebody",
    "someone real",
    "actual person",
    "not a bot",
    "not a robot",
    "stop the bot",
    "no more bot",
    "talk to a person",
    "speak to a person",
    "speak with a person",
    "talk to a person",
    "talk to staff",
    "speak to staff",
    "speak to a manager",
    "talk to a manager",
    "support team",
    // Spanish
    "persona real",
    "hablar con una persona",
    "hablar con alguien",
    "hablar con un humano",
    "un humano",
    "un agente",
    "un asesor",
    "atencion al cliente",
    "con un operador",
    // Portuguese
    "falar com um atendente",
    "falar com uma pessoa",
    "falar com alguem",
    "pessoa real",
    "um humano",
    "atendente humano",
    "com um atendente",
    // French
    "parler a un humain",
    "parler a quelqu un",
    "vraie personne",
    "un humain",
    "un conseiller",
    "service client",
    "une personne reelle",
    "parler a une personne",
    // German
    "echte person",
    "echten menschen",
    "mit einem menschen",
    "mit einem mitarbeiter",
    "einen mitarbeiter",
    "kundendienst",
    "kundenservice",
    "einem berater",
    // Italian
    "persona reale",
    "un operatore",
    "parlare con qualcuno",
    "parlare con una persona",
    "servizio clienti",
    "un essere umano",
    // Dutch
    "echt persoon",
    "echte persoon",
    "een medewerker",
    "met een mens",
    "klantenservice",
    // Indonesian
    "bicara dengan manusia",
    "bicara dengan orang",
    "orang asli",
    "dengan admin",
    "hubungi admin",
    "dengan cs",
    "manusia asli",
    "dengan manusia",
    // Vietnamese
    "nguoi that",
    "nhan vien",
    "tu van vien",
    "gap nguoi",
    // Tagalog
    "totoong tao",
    "makausap ang tao",
    "makausap ang agent",
    "makausap ng tao",
    "tunay na tao",
];

/// Single words that suggest a request on their own (score 0.6).
const WORDS: &[&str] = &[
    "human",
    "humano",
    "humain",
    "mensch",
    "manusia",
    "agent",
    "agente",
    "person",
    "persona",
    "someone",
    "somebody",
    "representante",
    "atendente",
    "mitarbeiter",
    "operatore",
    "medewerker",
    "admin",
];

/// Phrases in which those words mean something else.
const LOOK_ALIKES: &[&str] = &[
    "human resources",
    "human hair",
    "human rights",
    "human body",
    "human being",
    "travel agent",
    "real estate agent",
    "estate agent",
    "insurance agent",
    "secret agent",
    "sales representative",
    "sales representatives",
    "hiring",
    "recursos humanos",
    "ressources humaines",
    "agent orange",
    "cleaning agent",
    "human error",
    "personal",
    "personally",
    "in person",
];

/// Cues that turn a request around ("I don't need a human").
const NEGATIONS: &[&str] = &[
    "dont need",
    "do not need",
    "no need",
    "dont want",
    "do not want",
    "not looking for",
    "without a",
    "doesnt need",
    "never mind",
    "no necesito",
    "nao preciso",
    "pas besoin",
    "brauche keinen",
    "non ho bisogno",
    "tidak perlu",
    "khong can",
    "hindi ko kailangan",
    "geen behoefte",
    "no thanks",
];

/// Lower case, accents folded, everything but letters and digits turned into single spaces,
/// padded with a space on both sides so phrases match on word boundaries.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for ch in text.chars().flat_map(char::to_lowercase) {
        let folded = match ch {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ' | 'ắ' | 'ằ' | 'ặ'
            | 'ă' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ẹ' | 'ẻ' | 'ế' | 'ề' | 'ệ' | 'ể' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ị' | 'ỉ' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ộ' | 'ổ' | 'ơ' | 'ớ' | 'ờ'
            | 'ợ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ụ' | 'ủ' | 'ư' | 'ứ' | 'ừ' | 'ự' => 'u',
            'ý' | 'ỳ' | 'ỵ' => 'y',
            'ñ' => 'n',
            'ç' => 'c',
            'đ' => 'd',
            'ß' => 's',
            '\'' | '’' => continue,
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if folded == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(folded);
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn contains_phrase(normalised: &str, phrase: &str) -> bool {
    let mut needle = String::with_capacity(phrase.len() + 2);
    needle.push(' ');
    needle.push_str(phrase);
    needle.push(' ');
    normalised.contains(&needle)
}

pub fn detect(text: &str) -> Detection {
    let n = normalise(text);
    // Remove look-alike phrases first so their words cannot count.
    let mut cleaned = n.clone();
    for phrase in LOOK_ALIKES {
        let needle = format!(" {phrase} ");
        while cleaned.contains(&needle) {
            cleaned = cleaned.replace(&needle, " ");
        }
    }
    let mut score: f32 = 0.0;
    if REQUESTS.iter().any(|p| contains_phrase(&cleaned, p)) {
        score = 0.95;
    } else if WORDS.iter().any(|w| contains_phrase(&cleaned, w)) {
        score = 0.6;
    }
    if score > 0.0 && NEGATIONS.iter().any(|p| contains_phrase(&n, p)) {
        score = 0.1;
    }
    Detection {
        text: text.to_owned(),
        human_requested: score >= THRESHOLD,
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_for_a_person_are_recognised() {
        for text in [
            "I want to speak to a human",
            "Can I talk to a REAL PERSON please??",
            "agent",
            "quiero hablar con una persona",
            "je veux parler à un humain",
            "Ich möchte mit einem Mitarbeiter sprechen",
            "posso falar com um atendente?",
            "vorrei parlare con un operatore",
            "saya mau bicara dengan manusia",
            "cho tôi gặp nhân viên",
            "gusto ko makausap ang tao",
            "ik wil een medewerker spreken",
        ] {
            assert!(detect(text).human_requested, "{text}");
        }
    }

    #[test]
    fn look_alikes_and_negations_are_not() {
        for text in [
            "what are your opening hours?",
            "I work in human resources",
            "I'm a travel agent looking for group rates",
            "are you hiring sales representatives?",
            "do you sell human hair wigs",
            "I don't need a human, thanks",
            "no need to talk to anyone",
        ] {
            assert!(!detect(text).human_requested, "{text}");
        }
    }

    #[test]
    fn normalising_folds_case_accents_and_punctuation() {
        assert_eq!(normalise("Éça, VA?!"), " eca va ");
        assert_eq!(normalise("don't"), " dont ");
    }
}
