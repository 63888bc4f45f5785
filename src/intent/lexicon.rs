//! The words the detector knows, all languages merged (each language lists its own in
//! languages/, sorted into the roles they play in a request for a person). All entries
//! are written normalised (lower case, no accents, no punctuation; see `normalise`). A
//! multi-word entry is matched as one unit, longest
//! first, so "human resources" or "real estate agent" never leave a stray "human" or
//! "agent" behind.
//!
//! An entry listed in several roles (the same spelling in two languages) gets the role
//! ranked first in [`Class`]: the more specific role wins.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::class::Class;
use super::language::{Compounds, Words};
use super::languages;

/// The word lists of every language, and the words shared by several.
fn all_words() -> impl Iterator<Item = &'static Words> {
    std::iter::once(&languages::COMMON).chain(languages::ALL.iter().map(|language| &language.words))
}

/// The compounds of every language.
fn all_compounds() -> impl Iterator<Item = &'static Compounds> {
    languages::ALL.iter().map(|language| &language.compounds)
}

/// All entries of all languages, looked up by their normalised spelling.
pub(crate) struct Lexicon {
    phrases: HashMap<&'static str, Class>,
    /// Every single word that occurs in some entry: words the typo fixer leaves alone.
    vocabulary: HashSet<&'static str>,
    /// The first words of multi-word entries: only these can start a longer match.
    openers: HashSet<&'static str>,
    /// The most words in one entry.
    pub longest: usize,
    /// The Thai words of every entry: what a Thai run is cut into (thai.rs).
    thai: HashSet<&'static str>,
    /// The most characters in one of them.
    pub thai_longest: usize,
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut phrases: HashMap<&'static str, Class> = HashMap::new();
        for (entry, class) in all_words().flat_map(|words| words.entries()) {
            phrases
                .entry(entry)
                .and_modify(|known| *known = (*known).min(class))
                .or_insert(class);
        }
        let vocabulary = phrases.keys().flat_map(|p| p.split(' ')).collect();
        let openers = phrases
            .keys()
            .filter_map(|p| p.split_once(' ').map(|(first, _)| first))
            .collect();
        let longest = phrases
            .keys()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        let thai: HashSet<&'static str> = phrases
            .keys()
            .flat_map(|p| p.split(' '))
            .filter(|w| w.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)))
            .collect();
        let thai_longest = thai.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        Lexicon {
            phrases,
            vocabulary,
            openers,
            longest,
            thai,
            thai_longest,
        }
    }

    /// The role of a normalised word or phrase, if it is known.
    pub fn class(&self, phrase: &str) -> Option<Class> {
        self.phrases.get(phrase).copied()
    }

    /// The role of an unknown German or Dutch compound from its last part, if that part is
    /// a department or role and something comes before it.
    pub fn compound(&self, word: &str) -> Option<Class> {
        if all_compounds()
            .flat_map(|compounds| compounds.not_compounds)
            .any(|thing| word.ends_with(thing))
        {
            return None;
        }
        all_compounds()
            .flat_map(|compounds| compounds.heads)
            .find(|(head, _)| word.len() > head.len() + 2 && word.ends_with(head))
            .map(|&(_, class)| class)
    }

    /// Whether some multi-word entry starts with this word.
    pub fn opens_phrase(&self, word: &str) -> bool {
        self.openers.contains(word)
    }

    /// Whether a Thai word occurs in any entry.
    pub fn is_thai_word(&self, word: &str) -> bool {
        self.thai.contains(word)
    }

    /// Whether the word occurs in any entry.
    pub fn knows(&self, word: &str) -> bool {
        self.vocabulary.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::normalise::normalise;

    #[test]
    fn entries_are_written_normalised() {
        for (entry, _) in all_words().flat_map(|words| words.entries()) {
            assert_eq!(normalise(entry).trim(), entry, "lexicon entry {entry:?}");
        }
    }

    #[test]
    fn the_more_specific_role_wins() {
        let lexicon = Lexicon::get();
        // English filler "may", Tagalog "there is".
        assert_eq!(lexicon.class("may"), Some(Class::Exist));
        assert_eq!(lexicon.class("human resources"), Some(Class::LookAlike));
        assert_eq!(lexicon.class("human"), Some(Class::Target));
    }

    #[test]
    fn compounds_take_the_role_of_their_head() {
        let lexicon = Lexicon::get();
        assert_eq!(lexicon.compound("reklamationsabteilung"), Some(Class::Weak));
        assert_eq!(
            lexicon.compound("klantenservicemedewerker"),
            Some(Class::Target)
        );
        assert_eq!(lexicon.compound("berater"), None);
        assert_eq!(lexicon.compound("haarspray"), None);
        assert_eq!(lexicon.compound("filialleiter"), Some(Class::Target));
        assert_eq!(lexicon.compound("bedrijfsleider"), Some(Class::Target));
        assert_eq!(lexicon.compound("abendkleider"), None);
        assert_eq!(lexicon.compound("trittleiter"), None);
    }
}
