//! From a normalised clause to a score.
//!
//! The clause is first cut into units: known phrases (longest first) tagged with their
//! [`Class`], unknown words left untagged. Then every person word ("human", "alguien",
//! "min") looks left and right along a chain of units that can sit inside a request
//! (fillers, verbs, "real"): a contact verb, a want verb, "real" or "is there" on that chain
//! makes it a request, and a negation just before the chain turns it around. An unknown
//! word ends the chain, which keeps unrelated verbs ("I talked to an agent yesterday",
//! "the agent was rude") from counting. A short clause made only of such units ("agent
//! pls", "HUMAN") is a request on its own.

use super::fuzzy;
use super::lexicon::{Class, Lexicon};

/// Scores for what a clause can show. A request is at or above `THRESHOLD`, the others
/// below it.
pub(crate) const REQUEST_FOR_TARGET: f32 = 0.95;
pub(crate) const BARE_TARGET: f32 = 0.9;
pub(crate) const REQUEST_PHRASE: f32 = 0.9;
pub(crate) const REQUEST_FOR_SOMEONE: f32 = 0.85;
pub(crate) const BOT_REFUSED: f32 = 0.85;
pub(crate) const REQUEST_FOR_WEAK: f32 = 0.75;
pub(crate) const MENTION: f32 = 0.3;
pub(crate) const NEGATED: f32 = 0.1;
/// A message about jobs or reselling never scores above this.
pub(crate) const JOB_CAP: f32 = 0.2;

/// How many units a chain may run from the person word before it gives up.
const REACH: usize = 8;
/// The most units a clause may have to count as a bare request ("a real human please").
const SHORT_CLAUSE: usize = 6;

/// One unit of a clause: the class of a known phrase, or `None` for an unknown word.
pub(crate) type Unit = Option<Class>;

/// Cuts a normalised clause into units, repairing typos first.
pub(crate) fn units(normalised: &str) -> Vec<Unit> {
    let lexicon = Lexicon::get();
    let tokens: Vec<&str> = normalised
        .split_whitespace()
        .map(|token| fuzzy::repair(token, lexicon).unwrap_or(token))
        .collect();
    let mut units = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let (class, length) = longest_phrase(&tokens[i..], lexicon);
        let class = class.or_else(|| texting_to(tokens[i], units.last()));
        let class = if is_adjective(&tokens[i..], length, lexicon) {
            None
        } else {
            class
        };
        units.push(class);
        i += length;
    }
    units
}

/// English "human" right before a word the lexicon does not know describes that word
/// ("human anatomy kit", "human skin"): it is not a person. Known words after it keep
/// it a person ("a human now", "a human about my order", "human agent").
fn is_adjective(tokens: &[&str], length: usize, lexicon: &Lexicon) -> bool {
    length == 1
        && tokens[0] == "human"
        && tokens
            .get(1)
            .is_some_and(|next| !lexicon.knows(next) && !next.chars().all(|c| c.is_ascii_digit()))
}

/// The class and length (in words) of the longest known phrase at the start of `tokens`;
/// an unknown first word is a unit of its own.
fn longest_phrase(tokens: &[&str], lexicon: &Lexicon) -> (Unit, usize) {
    for length in (1..=lexicon.longest.min(tokens.len())).rev() {
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
    (token == "2" && previous == Some(&Some(Class::Contact))).then_some(Class::Filler)
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
    let short = units.len() <= SHORT_CLAUSE && units.iter().all(|u| inside_request(*u));
    (0..units.len())
        .map(|i| judge_unit(units, i, short))
        .fold(0.0, f32::max)
}

fn judge_unit(units: &[Unit], i: usize, short: bool) -> f32 {
    let Some(class) = units[i] else {
        return 0.0;
    };
    match class {
        Class::Target | Class::Someone | Class::Weak => judge_person(units, i, class, short),
        Class::Bot => judge_bot(units, i),
        Class::Request => {
            if walk(units, i, Direction::Left, inside_request).negated() {
                NEGATED
            } else {
                REQUEST_PHRASE
            }
        }
        _ => 0.0,
    }
}

/// A person word is a request when a cue sits on its chain, or when the whole clause is a
/// bare request. Weak words ("min", "kuya", "support") need a contact verb or "real":
/// "min, ready stok?" only addresses the admin.
fn judge_person(units: &[Unit], i: usize, class: Class, short: bool) -> f32 {
    let left = walk(units, i, Direction::Left, inside_request);
    let right = walk(units, i, Direction::Right, inside_request);
    let cues = left.cues.or(right.cues);
    let score = match class {
        Class::Target if cues.any() => REQUEST_FOR_TARGET,
        Class::Target if short => BARE_TARGET,
        Class::Someone if cues.any() || short => REQUEST_FOR_SOMEONE,
        Class::Weak if cues.contact || cues.real => REQUEST_FOR_WEAK,
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
            Some(Class::Filler | Class::Contact | Class::Want | Class::Exist)
        )
    });
    if matches!(left.stop, Some(Class::Negation | Class::Reject)) {
        BOT_REFUSED
    } else {
        0.0
    }
}

/// Units that can sit inside a request without breaking it.
fn inside_request(unit: Unit) -> bool {
    matches!(
        unit,
        Some(
            Class::Filler
                | Class::Target
                | Class::Someone
                | Class::Weak
                | Class::Real
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
            Class::Contact => self.contact = true,
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
    fn refusing_the_bot_is_a_request() {
        assert_eq!(score("not a bot"), BOT_REFUSED);
        assert_eq!(score("is this a bot"), 0.0);
    }
}
