//! Thai is written without spaces between words: the rules could not see "ขอคุยกับพนักงาน"
//! (may I talk with the staff) as four words. A run of Thai letters is cut into the
//! longest words the lexicon knows, left to right; letters no known word starts stay
//! together as one unknown word. Other scripts pass through untouched.

use std::borrow::Cow;

use super::lexicon::Lexicon;

fn is_thai(ch: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&ch)
}

/// The normalised text with its Thai runs cut into words.
pub(crate) fn segment(normalised: &str) -> Cow<'_, str> {
    if !normalised.chars().any(is_thai) {
        return Cow::Borrowed(normalised);
    }
    let lexicon = Lexicon::get();
    let mut out = String::with_capacity(normalised.len() + 16);
    for token in normalised.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        if token.chars().any(is_thai) {
            cut(token, lexicon, &mut out);
        } else {
            out.push_str(token);
        }
    }
    Cow::Owned(out)
}

/// Appends `token` cut into known words (longest first) and the unknown stretches between.
fn cut(token: &str, lexicon: &Lexicon, out: &mut String) {
    // Byte offsets of each character, and the end.
    let bounds: Vec<usize> = token
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(token.len()))
        .collect();
    let chars = bounds.len() - 1;
    let mut unknown_from: Option<usize> = None;
    let mut i = 0;
    let mut first = true;
    let mut push = |piece: &str, out: &mut String| {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(piece);
    };
    while i < chars {
        let longest = (2..=lexicon.thai_longest.min(chars - i))
            .rev()
            .find(|&len| lexicon.is_thai_word(&token[bounds[i]..bounds[i + len]]));
        match longest {
            Some(len) => {
                if let Some(from) = unknown_from.take() {
                    push(&token[bounds[from]..bounds[i]], out);
                }
                push(&token[bounds[i]..bounds[i + len]], out);
                i += len;
            }
            None => {
                unknown_from.get_or_insert(i);
                i += 1;
            }
        }
    }
    if let Some(from) = unknown_from {
        push(&token[bounds[from]..], out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::normalise::normalise;

    #[test]
    fn other_scripts_pass_through() {
        assert!(matches!(segment(" talk to a human "), Cow::Borrowed(_)));
    }

    #[test]
    fn thai_runs_are_cut_into_known_words() {
        let lexicon = Lexicon::get();
        let text = normalise("ขอคุยกับพนักงานหน่อยค่ะ");
        let cut = segment(&text);
        let words: Vec<&str> = cut.split_whitespace().collect();
        assert!(words.len() >= 3, "{words:?}");
        assert!(
            words.iter().filter(|w| lexicon.is_thai_word(w)).count() >= 3,
            "{words:?}"
        );
        // Nothing is lost or added but spaces.
        assert_eq!(cut.replace(' ', ""), text.replace(' ', ""));
    }
}
