//! From a normalised clause to a score.
//!
//! The clause is first cut into units: known phrases (longest first) tagged with their
//! [`Class`], unknown words left untagged. Then every person word ("human", "alguien",
//! "min") looks left and right along a chain of units that can sit inside a request
//! (fillers, verbs, "real"): a contact verb, a want verb, "real" or "is there" on that chain
//! makes it a request, and a negation just before the chain turns it around. An unknown
//! word ends the chain, which keeps unrelated verbs ("I talked to an agent yesterday",
//! "the agent was rude") from counting. A short clause made only of such units ("agent
//! pls", "HUMAN") is a request on its own, and so is a calling verb with the customer as
//! its object ("call me", "bel me terug", "tawagan nyo po ako").
//!
//! Before judging, the frames (frames.rs) tag the unknown nouns that sit in a person slot
//! ("speak with the concierge") as person words, and person words that are not people are
//! set aside: a person word right before a number is a title ("Persona 5", "Agent 47"),
//! and one just after a hair word is the material ("cabelo 100% humano", "rambut sambung
//! asli manusia").

use super::class::{Class, Unit};
use super::fuzzy;
use super::languages;
use super::lexicon::Lexicon;
use super::{frames, morphology};

/// At or above this score a message counts as a request for a person: the rules' verdict
/// and the model's probability alike.
pub const THRESHOLD: f32 = 0.5;

/// Scores for what a clause can show. A request is at or above [`THRESHOLD`], the others
/// below it.
pub(crate) const REQUEST_FOR_TARGET: f32 = 0.95;
pub(crate) const BARE_TARGET: f32 = 0.9;
pub(crate) const REQUEST_PHRASE: f32 = 0.9;
pub(crate) const REQUEST_FOR_SOMEONE: f32 = 0.85;
pub(crate) const BOT_REFUSED: f32 = 0.85;
pub(crate) const CALL_ME: f32 = 0.85;
pub(crate) const REQUEST_FOR_WEAK: f32 = 0.75;
pub(crate) const MENTION: f32 = 0.3;
pub(crate) const NEGATED: f32 = 0.1;
/// A message about jobs or reselling never scores above this.
pub(crate) const JOB_CAP: f32 = 0.2;

/// How many units a chain may run from the person word before it gives up.
const REACH: usize = 8;
/// The most units a clause may have to count as a bare request ("a real human please").
const SHORT_CLAUSE: usize = 6;
/// The most units an ambiguous person word ("mens") may head to count as a request on its
/// own ("mens aub", "mens graag").
const TINY_CLAUSE: usize = 3;
/// How many units after a hair word a person word still names the material
/// ("rambut sambung asli manusia": three).
const MATERIAL_REACH: usize = 3;

/// Cuts a normalised clause into units, repairing typos first, then lets the frames
/// (frames.rs) tag the person slots that hold an unknown noun.
pub(crate) fn units(normalised: &str) -> Vec<Unit> {
    let lexicon = Lexicon::get();
    let tokens: Vec<&str> = normalised
        .split_whitespace()
        .map(|token| fuzzy::repair(token, lexicon).unwrap_or(token))
        .collect();
    let mut units = Vec::with_capacity(tokens.len());
    let mut words = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let (class, length) = longest_phrase(&tokens[i..], lexicon);
        let previous = i.checked_sub(1).map(|p| tokens[p]);
        let class = class
            .or_else(|| texting_to(tokens[i], units.last()))
            .or_else(|| lexicon.compound(tokens[i]))
            .or_else(|| morphology::verb_form(previous, tokens[i]));
        let class = if is_adjective(&tokens[i..], length, lexicon) {
            None
        } else if is_title(class, &tokens[i + length..], lexicon) {
            Some(Class::LookAlike)
        } else {
            class
        };
        units.push(class);
        words.push(tokens[i..i + length].join(" "));
        i += length;
    }
    french_ne(&words, &mut units);
    frames::mark(&words, &mut units);
    set_aside_materials(&mut units);
    units
}

/// Words that complete a French "ne" into a negation ("ne … pas", "ne … personne").
const NE_COMPLETERS: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "personne",
    "rien",
    "aucun",
    "aucune",
    "guere",
    "nullement",
];

/// French "ne" negates only with its completer later in the clause ("ne me rappelez pas",
/// "je ne veux parler à personne"); alone it is German chat for "eine" ("kann mal ne echte
/// person antworten") or the restrictive "ne … que" ("je ne veux qu'un humain").
fn french_ne(words: &[String], units: &mut [Unit]) {
    for i in 0..units.len() {
        let completed = words[i + 1..]
            .iter()
            .any(|w| NE_COMPLETERS.contains(&w.as_str()));
        if words[i] == "ne" && completed {
            units[i] = Some(Class::Negation);
        }
    }
}

fn is_person(unit: Unit) -> bool {
    matches!(
        unit,
        Some(Class::Target | Class::Someone | Class::Bare | Class::Weak)
    )
}

/// A person word right before a number is a title or a model, not a person: "Persona 5
/// Royal", "Hitman Agent 47". Not when the number counts time ("a human 10 minutes ago",
/// "an agent 24/7") or is texting for "to"/"for" ("a human 2 help me": a known word follows
/// a 2 or a 4).
fn is_title(class: Unit, rest: &[&str], lexicon: &Lexicon) -> bool {
    let is_number = |word: &str| word.chars().all(|c| c.is_ascii_digit());
    let Some((number, after)) = rest.split_first() else {
        return false;
    };
    if !is_person(class) || !is_number(number) {
        return false;
    }
    let next = after.first().copied();
    let texting = matches!(*number, "2" | "4") && next.is_some_and(|word| lexicon.knows(word));
    let time = next.is_some_and(|word| {
        is_number(word)
            || languages::ALL.iter().any(|language| {
                language
                    .durations
                    .split_whitespace()
                    .any(|unit| unit == word)
            })
    });
    !texting && !time
}

/// A person word shortly after a hair word is the material: "cheveux humains",
/// "cabelo 100% humano", "rambut sambung asli manusia", "buhok ng tao". A verb or a
/// negation in between ends the hair word's reach ("my wig is torn, I want a person" is
/// cut at the comma anyway).
fn set_aside_materials(units: &mut [Unit]) {
    for i in 0..units.len() {
        if units[i] != Some(Class::Material) {
            continue;
        }
        for j in i + 1..units.len().min(i + 1 + MATERIAL_REACH) {
            if is_person(units[j]) {
                units[j] = Some(Class::LookAlike);
            } else if !matches!(
                units[j],
                None | Some(Class::Filler | Class::Real | Class::Me)
            ) {
                break;
            }
        }
    }
}

/// English nouns that also describe the next noun: "human skin", "sales tax", "billing
/// address", "mens jacket".
const MODIFIERS: &[&str] = &["human", "sales", "billing", "accounts", "mens"];

/// One of [`MODIFIERS`] right before a word the lexicon does not know describes that word
/// ("human anatomy kit", "sales tax"): it is not a person. Known words after it keep it a
/// person ("a human now", "a human about my order", "human agent", "talk to sales please").
fn is_adjective(tokens: &[&str], length: usize, lexicon: &Lexicon) -> bool {
    let unknown = |word: &str| !lexicon.knows(word) || lexicon.class(word) == Some(Class::Thing);
    length == 1
        && MODIFIERS.contains(&tokens[0])
        && tokens
            .get(1)
            .is_some_and(|next| unknown(next) && !next.chars().all(|c| c.is_ascii_digit()))
}

/// The class and length (in words) of the longest known phrase at the start of `tokens`;
/// an unknown first word is a unit of its own.
fn longest_phrase(tokens: &[&str], lexicon: &Lexicon) -> (Unit, usize) {
    // Most words start no phrase: skip the joins for them.
    let longest = if lexicon.opens_phrase(tokens[0]) {
        lexicon.longest.min(tokens.len())
    } else {
        1
    };
    for length in (1..=longest).rev() {
        let phrase = tokens[..length].join(" ");
        if let Some(class) = lexicon.class(&phrase) {
            return (Some(class), length);
        }
    }
    (None, 1)
}

/// "talk 2 a person": a 2 right after a contact verb is "to". Anywhere else it is a
/// number ("a 2 person tent"), and a number ends a chain.
fn texting_to(token: &str, previous: Option<&Unit>) -> Unit {
    let after_verb = matches!(previous, Some(Some(Class::Contact | Class::Call)));
    (token == "2" && after_verb).then_some(Class::Filler)
}

/// The score of one clause: the best of what its person words, bot words and request
/// phrases show.
pub(crate) fn judge(units: &[Unit]) -> f32 {
    units
        .split(|unit| *unit == Some(Class::Boundary))
        .map(judge_part)
        .fold(0.0, f32::max)
}

fn judge_part(units: &[Unit]) -> f32 {
    // Thanks may close a bare request ("agent pls thx"); what it opens is judged below.
    let short = units.len() <= SHORT_CLAUSE
        && units
            .iter()
            .all(|u| inside_request(*u) || *u == Some(Class::Thanks));
    (0..units.len())
        .map(|i| judge_unit(units, i, short))
        .fold(judge_bare(units), f32::max)
}

/// An ambiguous person word heading a tiny clause of fillers is a request ("mens aub",
/// "mens graag"); anywhere else it needs a contact verb ("do you have this in mens" is
/// about clothes).
fn judge_bare(units: &[Unit]) -> f32 {
    let tiny = units.len() <= TINY_CLAUSE
        && units.iter().skip(1).all(|u| {
            matches!(
                u,
                Some(Class::Filler | Class::Me | Class::Want | Class::Real)
            )
        });
    if units.first() == Some(&Some(Class::Bare)) && tiny {
        BARE_TARGET
    } else {
        0.0
    }
}

fn judge_unit(units: &[Unit], i: usize, short: bool) -> f32 {
    let Some(class) = units[i] else {
        return 0.0;
    };
    match class {
        Class::Target | Class::Someone | Class::Bare | Class::Weak => {
            judge_person(units, i, class, short)
        }
        Class::Bot => judge_bot(units, i),
        Class::Call => judge_call(units, i),
        Class::Request => judge_request(units, i, REQUEST_PHRASE),
        _ => 0.0,
    }
}

/// A person word is a request when a cue sits on its chain, or when the whole clause is a
/// bare request. Weak words ("min", "kuya", "support") need a contact verb or "real":
/// "min, ready stok?" only addresses the admin.
fn judge_person(units: &[Unit], i: usize, class: Class, short: bool) -> f32 {
    let left = walk(units, i, Direction::Left, inside_request);
    let right = walk(units, i, Direction::Right, inside_request);
    // "thank you customer service": the person is thanked, not asked for; "mình nói chuyện
    // với nhân viên rồi": the talk already happened.
    if left.stop == Some(Class::Thanks) && !left.cues.any() || right.stop == Some(Class::Done) {
        return MENTION;
    }
    let cues = left.cues.or(right.cues);
    let score = match class {
        Class::Target if cues.any() => REQUEST_FOR_TARGET,
        Class::Target if short => BARE_TARGET,
        Class::Someone if cues.any() || short => REQUEST_FOR_SOMEONE,
        Class::Weak | Class::Bare if cues.contact || cues.real => REQUEST_FOR_WEAK,
        _ => return MENTION,
    };
    if left.negated() {
        NEGATED
    } else {
        score
    }
}

/// "not a bot", "I don't want to talk to a robot", "tired of this bot": refusing the bot
/// asks for a person. A bot named without refusal ("is this a bot?") shows nothing.
fn judge_bot(units: &[Unit], i: usize) -> f32 {
    let left = walk(units, i, Direction::Left, |u| {
        matches!(
            u,
            Some(
                Class::Filler
                    | Class::Me
                    | Class::Call
                    | Class::Contact
                    | Class::Want
                    | Class::Exist
            )
        )
    });
    if matches!(left.stop, Some(Class::Negation | Class::Reject)) {
        BOT_REFUSED
    } else {
        0.0
    }
}

/// "call me", "ring me back", "bel me even terug", "tawagan nyo na lang po ako", "gọi lại
/// ngay cho tôi": a calling verb whose object is the customer asks for a person. Only a "me"
/// after the verb counts; before it the customer is the caller ("let me call you").
fn judge_call(units: &[Unit], i: usize) -> f32 {
    let right = walk(units, i, Direction::Right, |u| {
        matches!(u, Some(Class::Filler | Class::Want))
    });
    if right.stop == Some(Class::Me) {
        judge_request(units, i, CALL_ME)
    } else {
        0.0
    }
}

/// A request phrase or "call me" asks for a person, unless a negation comes right before
/// it ("please don't call me"), a look-alike earlier in the clause says who called ("the
/// delivery guy will call me", "shipper gọi cho tôi mấy lần") or it already happened
/// ("gọi cho tôi rồi").
fn judge_request(units: &[Unit], i: usize, score: f32) -> f32 {
    let done = walk(units, i, Direction::Right, inside_request).stop == Some(Class::Done);
    if walk(units, i, Direction::Left, inside_request).negated() {
        NEGATED
    } else if done || units[..i].contains(&Some(Class::LookAlike)) {
        MENTION
    } else {
        score
    }
}

/// A message in which the customer says what they are ("I'm human, not a bot") refuses no
/// bot: its bot words are dropped before judging.
pub(crate) fn forget_bots(units: &mut [Unit]) {
    for unit in units.iter_mut().filter(|u| **u == Some(Class::Bot)) {
        *unit = None;
    }
}

/// Units that can sit inside a request without breaking it.
fn inside_request(unit: Unit) -> bool {
    matches!(
        unit,
        Some(
            Class::Filler
                | Class::Me
                | Class::Target
                | Class::Someone
                | Class::Bare
                | Class::Weak
                | Class::Real
                | Class::Call
                | Class::Contact
                | Class::Want
                | Class::Exist
        )
    )
}

#[derive(Clone, Copy)]
enum Direction {
    Left,
    Right,
}

#[derive(Clone, Copy, Default)]
struct Cues {
    contact: bool,
    want: bool,
    real: bool,
    exist: bool,
}

impl Cues {
    fn any(self) -> bool {
        self.contact || self.want || self.real || self.exist
    }

    fn or(self, other: Cues) -> Cues {
        Cues {
            contact: self.contact || other.contact,
            want: self.want || other.want,
            real: self.real || other.real,
            exist: self.exist || other.exist,
        }
    }

    fn note(&mut self, class: Class) {
        match class {
            Class::Contact | Class::Call => self.contact = true,
            Class::Want => self.want = true,
            Class::Real => self.real = true,
            Class::Exist => self.exist = true,
            _ => {}
        }
    }
}

/// What a walk away from a person word found: the cues on the chain and the class of the
/// unit that ended it (`None` for an unknown word or the end of the clause).
struct Walk {
    cues: Cues,
    stop: Unit,
}

impl Walk {
    fn negated(&self) -> bool {
        self.stop == Some(Class::Negation)
    }
}

fn walk(units: &[Unit], from: usize, direction: Direction, passes: fn(Unit) -> bool) -> Walk {
    let mut cues = Cues::default();
    let steps: Box<dyn Iterator<Item = usize>> = match direction {
        Direction::Left => Box::new((0..from).rev()),
        Direction::Right => Box::new(from + 1..units.len()),
    };
    for (taken, j) in steps.enumerate() {
        let unit = units[j];
        if taken >= REACH || !passes(unit) {
            return Walk { cues, stop: unit };
        }
        if let Some(class) = unit {
            cues.note(class);
        }
    }
    Walk { cues, stop: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::normalise::normalise;

    fn score(text: &str) -> f32 {
        judge(&units(&normalise(text)))
    }

    #[test]
    fn phrases_are_merged_longest_first() {
        let units = units(&normalise("my real estate agent"));
        assert_eq!(units, [Some(Class::Filler), Some(Class::LookAlike)]);
    }

    #[test]
    fn a_cue_on_the_chain_makes_a_request() {
        assert_eq!(score("I want to talk to a human"), REQUEST_FOR_TARGET);
        assert_eq!(
            score("can someone from your team call me"),
            REQUEST_FOR_SOMEONE
        );
        assert_eq!(score("agent please"), BARE_TARGET);
    }

    #[test]
    fn human_before_an_unknown_noun_is_an_adjective() {
        assert_eq!(score("do you have the human anatomy kit"), 0.0);
        assert_eq!(score("I need a human today"), REQUEST_FOR_TARGET);
    }

    #[test]
    fn an_unknown_word_breaks_the_chain() {
        assert_eq!(score("I talked to an agent yesterday"), MENTION);
        assert_eq!(score("the agent was rude"), MENTION);
    }

    #[test]
    fn negation_before_the_chain_turns_it_around() {
        assert_eq!(score("I don't really need to talk to a human"), NEGATED);
        assert_eq!(score("no I want a human"), REQUEST_FOR_TARGET);
        assert_eq!(
            score("I don't understand can I talk to someone"),
            REQUEST_FOR_SOMEONE
        );
    }

    #[test]
    fn a_person_word_before_a_number_is_a_title() {
        assert_eq!(score("do you have persona 5 royal"), 0.0);
        assert_eq!(score("hitman agent 47 in stock"), 0.0);
        assert_eq!(
            score("i asked for a human 10 minutes ago"),
            REQUEST_FOR_TARGET
        );
        assert_eq!(score("is there a human agent 24/7"), REQUEST_FOR_TARGET);
    }

    #[test]
    fn a_person_word_after_a_hair_word_is_the_material() {
        assert_eq!(score("ada rambut sambung asli manusia"), 0.0);
        assert_eq!(score("extensiones de cabello 100% humano"), 0.0);
        assert_eq!(score("may buhok ng tao po ba"), 0.0);
        assert_eq!(
            score("my wig is torn and I want a human"),
            REQUEST_FOR_TARGET
        );
    }

    #[test]
    fn a_calling_verb_with_me_is_a_request() {
        assert_eq!(score("tawagan nyo na lang po ako"), CALL_ME);
        assert_eq!(score("bel me even terug"), REQUEST_PHRASE);
        assert_eq!(score("kunnen jullie contact met mij opnemen"), CALL_ME);
        assert_eq!(score("please don't contact me"), NEGATED);
        assert_eq!(score("the delivery guy will call me"), MENTION);
        assert_eq!(score("let me call you tomorrow"), 0.0);
        assert_eq!(score("can you resize the ring for me"), 0.0);
    }

    #[test]
    fn an_ambiguous_person_word_counts_alone_or_with_a_verb() {
        assert_eq!(score("mens aub"), BARE_TARGET);
        assert_eq!(score("ik wil mens spreken"), REQUEST_FOR_WEAK);
        assert_eq!(score("do you have it in mens"), MENTION);
    }

    #[test]
    fn a_thanked_person_is_not_asked_for() {
        assert_eq!(score("thank you customer service"), MENTION);
        assert_eq!(score("agent pls thx"), BARE_TARGET);
        assert_eq!(score("thanks i need a human"), REQUEST_FOR_TARGET);
    }

    #[test]
    fn refusing_the_bot_is_a_request() {
        assert_eq!(score("not a bot"), BOT_REFUSED);
        assert_eq!(score("is this a bot"), 0.0);
    }
}
