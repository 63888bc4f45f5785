//! Which language a customer writes in, for what the bot tells them (per-language notices,
//! docs/routing.md#languages). Not the detector's job, and not its method: a script settles
//! the languages written in their own (Thai, Arabic, Urdu, Hindi, Bengali, Russian); for
//! Latin script, the most common small words of each language are counted, and a language
//! wins only when it has more of them than any other. Short or mixed messages give `None`:
//! the customer's earlier language, or the page's default text, is used then.

use super::normalise;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Language codes (ISO 639-1) and their commonest small words, normalised (lower case, no
/// accents), padded to match whole words. Words shared by two languages are left out of
/// both, so that they never tip the balance.
const COMMON_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "is", "are", "you", "your", "my", "i", "to", "of", "it", "this", "what",
            "how", "can", "please", "with", "have", "not", "want", "need", "when", "where",
            "thanks", "hello", "hi", "long", "wait", "still", "someone", "speak",
        ],
    ),
    (
        "es",
        &[
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "estoy",
            "usted",
            "mi",
            "que",
            "por",
            "favor",
            "con",
            "para",
            "quiero",
            "necesito",
            "hablar",
            "cuanto",
            "tiempo",
            "hola",
            "gracias",
            "donde",
            "cuando",
            "pero",
            "sigo",
            "esperando",
            "alguien",
            "una",
            "del",
            "eres",
            "soy",
            "tengo",
            // Also French: shared, so it tips neither.
            "un",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "e", "voce", "meu", "minha", "nao", "obrigado", "obrigada", "quero",
            "preciso", "falar", "quanto", "tempo", "ola", "oi", "onde", "quando", "mas", "ainda",
            "estou", "alguem", "uma", "do", "da", "isso", "com", "ta", "pra",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "est", "je", "vous", "mon", "ma", "pas", "avec", "pour", "merci",
            "bonjour", "veux", "voudrais", "parler", "combien", "temps", "quelqu", "un", "une",
            "des", "du", "suis", "ou", "quand", "mais", "encore", "attends", "c",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "ich", "sie", "mein", "meine", "nicht", "mit",
            "fur", "bitte", "danke", "hallo", "will", "mochte", "sprechen", "wie", "lange", "noch",
            "warten", "jemand", "ein", "eine", "wo", "wann", "aber",
        ],
    ),
    (
        "it",
        &[
            "il", "gli", "e", "sono", "lei", "mio", "mia", "non", "grazie", "ciao", "voglio",
            "vorrei", "parlare", "quanto", "tempo", "qualcuno", "dove", "quando", "ma", "ancora",
            "aspetto", "per", "favore", "che", "di", "con",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "en", "is", "ik", "je", "jij", "u", "mijn", "niet", "met", "voor", "dank",
            "bedankt", "hallo", "wil", "graag", "spreken", "hoe", "lang", "nog", "wachten",
            "iemand", "een", "waar", "wanneer", "maar",
        ],
    ),
    (
        "id",
        &[
            "saya", "aku", "anda", "kamu", "yang", "dan", "ini", "itu", "tidak", "gak", "nggak",
            "mau", "ingin", "bicara", "ngomong", "berapa", "lama", "masih", "menunggu", "terima",
            "kasih", "halo", "dengan", "untuk", "ada", "sudah", "belum", "tolong",
        ],
    ),
    (
        "tl",
        &[
            "ang",
            "ng",
            "mga",
            "ako",
            "ikaw",
            "ka",
            "ko",
            "mo",
            "po",
            "opo",
            "hindi",
            "gusto",
            "kausap",
            "makausap",
            "gaano",
            "katagal",
            "pa",
            "naghihintay",
            "salamat",
            "kumusta",
            "sa",
            "na",
            "lang",
            "nyo",
            "ninyo",
            "ba",
        ],
    ),
    (
        "vi",
        &[
            "toi", "ban", "anh", "chi", "em", "la", "va", "khong", "co", "muon", "noi", "chuyen",
            "voi", "bao", "lau", "nua", "doi", "cam", "on", "xin", "chao", "nguoi", "nhan", "vien",
            "duoc", "cua", "minh",
        ],
    ),
    (
        "ms",
        &[
            "nak",
            "tak",
            "awak",
            "kat",
            "macam",
            "cakap",
            "boleh",
            "je",
            "sikit",
            "camne",
            "xde",
            "takde",
            "dgn",
            "encik",
            "cik",
            "puan",
            "tolonglah",
            "bagi",
        ],
    ),
    (
        "tr",
        &[
            "bir",
            "ve",
            "bu",
            "ben",
            "mi",
            "ne",
            "icin",
            "ile",
            "degil",
            "var",
            "yok",
            "lutfen",
            "tesekkurler",
            "tesekkur",
            "merhaba",
            "istiyorum",
            "konusmak",
            "nasil",
            "neden",
            "siparis",
            "hala",
            "bekliyorum",
            "biri",
            "kimse",
            "musteri",
            "hizmetleri",
            "bana",
            "benim",
            "sizin",
            "mu",
        ],
    ),
    (
        "pl",
        &[
            "nie",
            "jest",
            "sie",
            "czy",
            "jak",
            "prosze",
            "dziekuje",
            "chce",
            "mam",
            "jestem",
            "ktos",
            "rozmawiac",
            "porozmawiac",
            "dzien",
            "dobry",
            "moje",
            "moja",
            "zamowienie",
            "kiedy",
            "gdzie",
            "jeszcze",
            "czekam",
            "mnie",
            "mi",
            "z",
        ],
    ),
    // Hindi and Urdu written in Latin letters share most words: those count as Hindi; the
    // few Urdu keeps for itself (and its script) tell Urdu.
    (
        "hi",
        &[
            "mujhe", "hai", "kya", "karo", "karna", "chahiye", "nahi", "kuch", "baat", "aap",
            "mera", "meri", "kaise", "kab", "bhai", "yaar", "kisi", "hain", "krna", "karni",
            "kijiye", "abhi", "haan", "ji",
        ],
    ),
    (
        "ur",
        &[
            "rabta",
            "janab",
            "shukriya",
            "meharbani",
            "karwa",
            "karwain",
            "banday",
            "bande",
            "dein",
            "hon",
            "mein",
        ],
    ),
];

/// A language told from a message, and how sure: 1 for a script of its own, otherwise
/// `(most − next) / (most + 1)` of the telling words counted (3 words of one language
/// and none of another: 0.75; one word: 0.5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Guess {
    pub language: &'static str,
    pub confidence: f32,
}

/// Scripts that name their language; Arabic script is Urdu when it has Urdu's own letters.
fn by_script(text: &str) -> Option<&'static str> {
    let mut arabic = false;
    for ch in text.chars() {
        match ch as u32 {
            0x0E00..=0x0E7F => return Some("th"),
            0x0900..=0x097F => return Some("hi"),
            0x0980..=0x09FF => return Some("bn"),
            0x0400..=0x04FF => return Some("ru"),
            // ٹ ڈ ڑ ں ھ ہ ی ے: letters Urdu writes and Arabic does not.
            0x0679 | 0x0688 | 0x0691 | 0x06BA | 0x06BE | 0x06C1 | 0x06CC | 0x06D2 => {
                return Some("ur")
            }
            0x0600..=0x06FF | 0x0750..=0x077F => arabic = true,
            _ => {}
        }
    }
    arabic.then_some("ar")
}

/// Each common word that only one language has, with that language.
fn telling_words() -> &'static HashMap<&'static str, &'static str> {
    static WORDS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut owners: HashMap<&str, Option<&str>> = HashMap::new();
        for (language, common) in COMMON_WORDS {
            for word in *common {
                owners
                    .entry(word)
                    .and_modify(|owner| {
                        if *owner != Some(*language) {
                            *owner = None;
                        }
                    })
                    .or_insert(Some(language));
            }
        }
        owners
            .into_iter()
            .filter_map(|(word, owner)| Some((word, owner?)))
            .collect()
    })
}

/// The language `text` is written in, when it can be told; `None` otherwise.
pub fn which_language(text: &str) -> Option<&'static str> {
    guess_language(text).map(|guess| guess.language)
}

/// The language `text` is written in and how sure that is, when it can be told.
pub fn guess_language(text: &str) -> Option<Guess> {
    if let Some(language) = by_script(text) {
        return Some(Guess {
            language,
            confidence: 1.0,
        });
    }
    let telling = telling_words();
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for word in normalise(text).split_whitespace() {
        if let Some(language) = telling.get(word) {
            match counts.iter_mut().find(|(l, _)| l == language) {
                Some((_, n)) => *n += 1,
                None => counts.push((language, 1)),
            }
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    let (language, most, next) = match counts.as_slice() {
        [(language, most)] => (*language, *most, 0),
        [(language, most), (_, next), ..] if most > next => (*language, *most, *next),
        _ => return None,
    };
    Some(Guess {
        language,
        confidence: (most - next) as f32 / (most + 1) as f32,
    })
}

/// Whether any of the commonest words of the detector's languages occurs in `text`.
pub fn has_telling_words(text: &str) -> bool {
    let telling = telling_words();
    normalise(text)
        .split_whitespace()
        .any(|word| telling.contains_key(word))
}

/// Whether `text` is written in a script none of the detector's languages uses (Chinese,
/// Japanese, Korean, Greek, Hebrew, Georgian, Armenian, Ethiopic, Khmer, Lao, Myanmar,
/// Sinhala, Tamil and the other Indian scripts but Devanagari and Bengali...).
pub fn foreign_script(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).any(|c| {
        !matches!(c as u32,
            0x0000..=0x036F // Latin, with its accents
            | 0x1E00..=0x1EFF // Latin Extended Additional (Vietnamese)
            | 0x0400..=0x04FF // Cyrillic
            | 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF // Arabic
            | 0x0900..=0x09FF // Devanagari, Bengali
            | 0x0E00..=0x0E7F // Thai
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_told_by_their_small_words_or_their_script() {
        for (text, language) in [
            ("how long do I still have to wait?", Some("en")),
            (
                "¿Cuánto tiempo tengo que esperar? Quiero hablar con alguien",
                Some("es"),
            ),
            ("quero falar com um atendente, por favor", Some("pt")),
            ("Bonjour, je voudrais parler à quelqu'un", Some("fr")),
            ("Ich möchte bitte mit jemand sprechen", Some("de")),
            ("vorrei parlare con qualcuno, grazie", Some("it")),
            ("ik wil graag iemand spreken", Some("nl")),
            ("saya mau bicara dengan orang", Some("id")),
            ("gusto ko po makausap ang tao", Some("tl")),
            ("toi muon noi chuyen voi nhan vien", Some("vi")),
            ("ขอคุยกับพนักงานหน่อยค่ะ", Some("th")),
            ("أبغى أكلم موظف", Some("ar")),
            ("مجھے کسی انسان سے بات کرنی ہے", Some("ur")),
            ("मुझे किसी इंसान से बात करनी है", Some("hi")),
            ("আমি একজন মানুষের সাথে কথা বলতে চাই", Some("bn")),
            ("хочу поговорить с оператором", Some("ru")),
            ("saya nak cakap dengan orang boleh", Some("ms")),
            ("müşteri hizmetleri ile konuşmak istiyorum", Some("tr")),
            ("chcę porozmawiać z człowiekiem, proszę", Some("pl")),
            ("mujhe kisi insaan se baat karni hai", Some("hi")),
            ("janab kisi banday se rabta karwa dein", Some("ur")),
            ("ok", None),
            ("👍", None),
        ] {
            assert_eq!(which_language(text), language, "{text}");
        }
    }

    #[test]
    fn confidence_grows_with_the_evidence() {
        let sure = guess_language("ขอคุยกับพนักงาน").expect("thai");
        assert_eq!(sure.confidence, 1.0);
        let one = guess_language("gracias").expect("one word");
        let three = guess_language("hola, quiero hablar").expect("three words");
        assert!(one.confidence < three.confidence, "{one:?} {three:?}");
        assert_eq!(guess_language("ok"), None);
    }

    #[test]
    fn scripts_nobody_reads_are_foreign() {
        assert!(foreign_script("我想和客服说话"));
        assert!(foreign_script("상담원 연결해 주세요"));
        assert!(!foreign_script("je veux parler à quelqu'un 🙏"));
        assert!(!foreign_script("أبغى أكلم موظف"));
        assert!(!foreign_script("ok"));
    }
}
