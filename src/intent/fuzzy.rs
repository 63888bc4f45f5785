//! Typo repair for the few words a request hinges on ("huamn", "reprsentative", "custmer").
//!
//! Only words the lexicon does not know are repaired, only into the key words listed here,
//! and only when the word is long enough for an edit distance to mean something: one edit
//! (a transposition counts as one) for key words up to eight letters, two for longer ones.
//! A four-letter word may only have lost a letter ("humn"); shorter words are never
//! guessed. Real words that sit one edit from a key word ("stuff", "agency") are listed
//! as protected, and lexicon words are never touched ("agen", Indonesian for a reseller,
//! is not "agent"; German "passen" is not Spanish "pasen").

use super::lexicon::Lexicon;
use super::normalise::squeeze_doubles;

/// Key words typos are repaired into: the nouns for a person and the verbs that ask
/// for one, in each language.
const KEY_WORDS: &[&str] = &[
    // English
    "human",
    "person",
    "agent",
    "representative",
    "operator",
    "customer",
    "service",
    "support",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "manager",
    "supervisor",
    "employee",
    "technician",
    "colleague",
    "department",
    "speak",
    "talk",
    "call",
    "chat",
    "contact",
    "connect",
    "transfer",
    "please",
    // Spanish, Portuguese, Italian
    "humano",
    "persona",
    "pessoa",
    "agente",
    "asesor",
    "representante",
    "operador",
    "atendente",
    "atencion",
    "alguien",
    "alguem",
    "hablar",
    "falar",
    "umano",
    "operatore",
    "qualcuno",
    "parlare",
    // French
    "humain",
    "personne",
    "conseiller",
    "parler",
    "contacter",
    // German, Dutch
    "mensch",
    "menschen",
    "mitarbeiter",
    "kundenservice",
    "kundendienst",
    "jemand",
    "sprechen",
    "medewerker",
    "klantenservice",
    "iemand",
    "spreken",
    "praten",
    // Indonesian, Tagalog
    "manusia",
    "seseorang",
    "bicara",
    "hubungi",
    "makausap",
    "kausap",
];

/// Real words one edit away from a key word: never "repaired".
const PROTECTED: &[&str] = &[
    "agenda",
    "agency",
    "argent",
    "admit",
    "stuff",
    "orange",
    "humane",
    "humor",
    "humour",
    "supervision",
    "representation",
    "operation",
    "operations",
    "operazione",
    "contract",
    "spoke",
    "speaker",
    "peak",
    "gent",
    "stalk",
    "apartment",
    "college",
    "colleges",
    "technique",
    // Past forms report a talk that happened; they are not the verbs that ask for one
    // (French "parlé", Tagalog "nakausap").
    "parle",
    "nakausap",
    "kinausap",
];

/// The lexicon word a token stands for: itself if known, else the token with doubled
/// letters squeezed if that is known, else the closest key word within reach.
pub(crate) fn repair(token: &str, lexicon: &Lexicon) -> Option<&'static str> {
    if lexicon.knows(token) || PROTECTED.contains(&token) {
        return None;
    }
    let squeezed = squeeze_doubles(token);
    KEY_WORDS
        .iter()
        .find(|&&word| word == squeezed)
        .copied()
        .or_else(|| closest_key_word(token))
}

fn closest_key_word(token: &str) -> Option<&'static str> {
    let length = token.chars().count();
    if length < 4 || !token.chars().all(char::is_alphabetic) {
        return None;
    }
    let letters = letter_counts(token);
    KEY_WORDS
        .iter()
        .filter_map(|&word| {
            let reach = if word.len() <= 8 { 1 } else { 2 };
            let too_short = length == 4 && word.len() != 5;
            if too_short || length.abs_diff(word.len()) > reach {
                return None;
            }
            if letters.is_some_and(|counts| missing_letters(&counts, word) > reach) {
                return None;
            }
            let distance = strsim::osa_distance(token, word);
            (distance <= reach).then_some((distance, word))
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, word)| word)
}

/// How often each letter a to z occurs in an ASCII word; `None` for other words.
fn letter_counts(word: &str) -> Option<[u8; 26]> {
    let mut counts = [0u8; 26];
    for byte in word.bytes() {
        let slot = counts.get_mut(usize::from(byte.wrapping_sub(b'a')))?;
        *slot = slot.saturating_add(1);
    }
    Some(counts)
}

/// How many letters of the token the key word lacks, counted with repeats. Each edit
/// brings in at most one letter the key word lacks, so this never exceeds the edit
/// distance: a cheap way to skip most key words before computing it (typo repair is the
/// costliest step on long messages).
fn missing_letters(token: &[u8; 26], word: &str) -> usize {
    let Some(key) = letter_counts(word) else {
        return 0;
    };
    token
        .iter()
        .zip(key)
        .map(|(&have, keep)| usize::from(have.saturating_sub(keep)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(token: &str) -> Option<&'static str> {
        repair(token, Lexicon::get())
    }

    #[test]
    fn typos_of_key_words_are_repaired() {
        assert_eq!(fixed("huamn"), Some("human"));
        assert_eq!(fixed("reprsentative"), Some("representative"));
        assert_eq!(fixed("represantitive"), Some("representative"));
        assert_eq!(fixed("custmer"), Some("customer"));
        assert_eq!(fixed("humman"), Some("human"));
        assert_eq!(fixed("mitarbieter"), Some("mitarbeiter"));
        assert_eq!(fixed("ablar"), Some("hablar"));
        assert_eq!(fixed("humn"), Some("human"));
        assert_eq!(fixed("tallk"), Some("talk"));
        assert_eq!(fixed("technican"), Some("technician"));
        assert_eq!(fixed("colleage"), Some("colleague"));
    }

    #[test]
    fn missing_letters_never_exceed_the_edit_distance() {
        for (token, word) in [
            ("huamn", "human"),
            ("reprsentative", "representative"),
            ("agnet", "agent"),
            ("xyzzy", "agent"),
            ("personne", "person"),
        ] {
            let counts = letter_counts(token).unwrap_or([0; 26]);
            assert!(missing_letters(&counts, word) <= strsim::osa_distance(token, word));
        }
    }

    #[test]
    fn known_short_and_protected_words_are_left_alone() {
        assert_eq!(fixed("human"), None);
        assert_eq!(fixed("agen"), None);
        assert_eq!(fixed("tall"), None);
        assert_eq!(fixed("stuff"), None);
        assert_eq!(fixed("orange"), None);
        assert_eq!(fixed("personal"), None);
        assert_eq!(fixed("operation"), None);
        assert_eq!(fixed("agency"), None);
        assert_eq!(fixed("hmm"), None);
        assert_eq!(fixed("team"), None);
        assert_eq!(fixed("passen"), None);
        assert_eq!(fixed("apartment"), None);
        assert_eq!(fixed("colleges"), None);
    }
}
