//! Text clean-up before matching: lower case, accents folded to plain ASCII letters,
//! punctuation and emoji turned into spaces, shouted letters ("humaaaan") collapsed,
//! and the message cut into clauses so that "I don't need a bot, I need a human" is
//! judged clause by clause.

/// Lower case, accents folded, everything but letters and digits turned into single spaces,
/// padded with a space on both sides so phrases match on word boundaries.
///
/// English contractions keep their letters together ("don't" → "dont"); other apostrophes
/// separate words, because in French and Italian they glue an article or pronoun to the
/// next word ("l'agent", "quelqu'un", "c'è"). A letter repeated three times or more counts
/// once ("humaaaan" → "human"): nobody spells a word that way.
pub fn normalise(text: &str) -> String {
    let chars: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for (i, &ch) in chars.iter().enumerate() {
        if is_apostrophe(ch) {
            if !joins_contraction(&chars[i + 1..]) {
                push_space(&mut out);
            }
            continue;
        }
        fold(ch, &mut out);
    }
    push_space(&mut out);
    collapse_repeats(&out)
}

/// The message cut at sentence punctuation. Each piece is normalised on its own.
pub(crate) fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '¿'
                | '¡'
                | '…'
                | '\n'
                | '\r'
                | '('
                | ')'
                | '؟'
                | '،'
                | '؛'
                | '।'
                | '॥'
        )
    })
    .filter(|clause| clause.chars().any(char::is_alphanumeric))
}

/// A word with doubled letters made single ("humman" → "human", "tallk" → "talk"); a
/// second chance for typos too short for edit distance.
pub(crate) fn squeeze_doubles(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for ch in word.chars() {
        if last != Some(ch) {
            out.push(ch);
        }
        last = Some(ch);
    }
    out
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Whether the letters after an apostrophe are an English contraction ending
/// (don't, I'm, you're, I'll, I've, I'd, it's).
fn joins_contraction(rest: &[char]) -> bool {
    let suffix: String = rest.iter().take_while(|c| c.is_alphabetic()).collect();
    matches!(suffix.as_str(), "t" | "s" | "m" | "re" | "ll" | "ve" | "d")
}

fn push_space(out: &mut String) {
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Appends the ASCII form of a lower-case character: accents dropped (Vietnamese tones
/// included), combining marks skipped, anything that is not a letter or digit a space.
fn fold(ch: char, out: &mut String) {
    let plain = match ch {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ĩ' | 'ī' | 'į' | 'ı' | 'ǐ' => 'i',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' | 'ơ' | 'ǒ' => 'o',
        'ù'..='ü' | 'ũ' | 'ū' | 'ů' | 'ű' | 'ư' | 'ǔ' => 'u',
        'ý' | 'ÿ' => 'y',
        'ñ' | 'ń' | 'ň' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'đ' | 'ď' => 'd',
        'ğ' => 'g',
        'ł' => 'l',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' => 't',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return out.push_str("ss"),
        'æ' => return out.push_str("ae"),
        'œ' => return out.push_str("oe"),
        // Vietnamese letters with tone marks (Latin Extended Additional), in blocks per vowel.
        '\u{1EA0}'..='\u{1EB7}' => 'a',
        '\u{1EB8}'..='\u{1EC7}' => 'e',
        '\u{1EC8}'..='\u{1ECB}' => 'i',
        '\u{1ECC}'..='\u{1EE3}' => 'o',
        '\u{1EE4}'..='\u{1EF1}' => 'u',
        '\u{1EF2}'..='\u{1EF9}' => 'y',
        // Decomposed text carries accents as separate marks: drop them, keep the word whole.
        '\u{0300}'..='\u{036F}' => return,
        'ё' => 'е',
        c @ ('\u{0600}'..='\u{06FF}') => match fold_arabic(c) {
            Some(c) => c,
            None => return,
        },
        // Thai tone and other marks: spelt or left out at will, and inside words.
        c @ ('\u{0E00}'..='\u{0E7F}') if !c.is_alphanumeric() => return,
        // Devanagari and Bengali: the danda ends a sentence; the nukta is left out at will;
        // the virama and the other signs are inside a word.
        '\u{0964}' | '\u{0965}' => return push_space(out),
        '\u{093C}' | '\u{09BC}' => return,
        c @ ('\u{0900}'..='\u{09FF}') => c,
        c if c.is_alphanumeric() => c,
        _ => return push_space(out),
    };
    out.push(plain);
}

/// Arabic script (Arabic and Urdu) as people type it: vowel marks and the stretching
/// tatweel dropped (`None`), the letters written several ways made one: alef with hamza
/// or madda → alef, teh marbuta and Urdu heh → heh, alef maksura and Urdu yeh → yeh, Urdu
/// kaf → kaf. Punctuation (`،` `؛` `؟`) becomes a space like any other.
fn fold_arabic(ch: char) -> Option<char> {
    Some(match ch {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' | 'ۃ' | 'ہ' | 'ھ' => 'ه',
        'ى' | 'ی' | 'ئ' | 'ے' => 'ي',
        'ک' => 'ك',
        'ؤ' => 'و',
        c if c.is_alphanumeric() => c,
        _ => ' ',
    })
}

/// Runs of three or more identical letters become one letter; digits are left alone.
fn collapse_repeats(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        let run = chars[i..].iter().take_while(|&&c| c == ch).count();
        let keep = if run >= 3 && ch.is_alphabetic() {
            1
        } else {
            run
        };
        out.extend(std::iter::repeat_n(ch, keep));
        i += run;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(normalise("Éça, VA?!"), " eca va ");
        assert_eq!(normalise("don't"), " dont ");
        assert_eq!(
            normalise("Tôi muốn gặp người thật"),
            " toi muon gap nguoi that "
        );
        assert_eq!(normalise("Größe"), " grosse ");
        assert_eq!(normalise("dược sĩ cũng"), " duoc si cung ");
    }

    #[test]
    fn apostrophes_join_contractions_and_split_elisions() {
        assert_eq!(normalise("I'm sure you're right"), " im sure youre right ");
        assert_eq!(normalise("parler à quelqu’un"), " parler a quelqu un ");
        assert_eq!(normalise("c'è l'operatore?"), " c e l operatore ");
    }

    #[test]
    fn shouting_and_emoji_are_flattened() {
        assert_eq!(normalise("HUMAAAAN 🙏🙏"), " human ");
        assert_eq!(normalise("order 1000"), " order 1000 ");
        assert_eq!(normalise("hellooo"), " hello ");
    }

    #[test]
    fn arabic_spellings_and_marks_are_made_one() {
        assert_eq!(normalise("أبغى أكلم مـــوظف"), normalise("ابغي اكلم موظف"));
        assert_eq!(normalise("مُوَظَّف"), " موظف ");
        assert_eq!(normalise("خدمة العملاء؟"), normalise("خدمه العملاء"));
        // Urdu letters fold to the Arabic ones a phone may type instead.
        assert_eq!(normalise("کسی سے بات"), normalise("كسي سي بات"));
        let parts: Vec<&str> = clauses("هل أنت روبوت؟ أريد موظف").collect();
        assert_eq!(parts.len(), 2);
    }

    #[test]
    fn thai_keeps_words_whole_and_drops_elongation() {
        // Tone marks inside a word neither split it nor matter.
        assert_eq!(
            normalise("ขอคุยกับพนักงานหน่อยค่ะ"),
            normalise("ขอคุยกับพนักงานหนอยคะ")
        );
        assert_eq!(normalise("แอดมินนนนน"), " แอดมิน ");
        assert!(!normalise("ขอคุยกับพนักงาน").trim().contains(' '));
    }

    #[test]
    fn devanagari_and_bengali_words_stay_whole() {
        assert_eq!(normalise("मुझे इंसान से बात करनी है।"), " मुझे इंसान से बात करनी है ");
        assert_eq!(normalise("ज़रूरी"), normalise("जरूरी"));
        assert_eq!(normalise("মানুষের সাথে কথা"), " মানুষের সাথে কথা ");
        let parts: Vec<&str> = clauses("नमस्ते। मुझे एजेंट चाहिए").collect();
        assert_eq!(parts.len(), 2);
    }

    #[test]
    fn turkish_polish_and_russian_letters_fold() {
        assert_eq!(normalise("İnsanla görüşmek"), " insanla gorusmek ");
        assert_eq!(normalise("Człowiek, proszę"), " czlowiek prosze ");
        assert_eq!(normalise("Ещё оператор"), " еще оператор ");
    }

    #[test]
    fn combining_marks_are_dropped() {
        assert_eq!(normalise("nhân vie\u{0302}n"), " nhan vien ");
    }

    #[test]
    fn clauses_split_at_punctuation() {
        let parts: Vec<&str> = clauses("No, I want a human! Now.").collect();
        assert_eq!(parts, ["No", " I want a human", " Now"]);
    }

    #[test]
    fn doubled_letters_are_squeezed() {
        assert_eq!(squeeze_doubles("humman"), "human");
        assert_eq!(squeeze_doubles("tallk"), "talk");
    }
}
