//! What the learned model sees of a message: its words, word pairs and letter groups, and
//! what the rules made of it (the roles of its phrases in order, and their verdict).
//!
//! Letter groups (every run of three to five characters of the normalised message, spaces
//! included) let the model recognise a word it has seen in another form: "terugbellen"
//! shares "bell" with "bel me terug", "chiamasse" shares "chiam" with "chiamatemi". The
//! roles let it learn shapes the rules know parts of: a contact verb followed by an
//! unknown word is worth more next to "me" than next to "the wifi".

use super::class::{Class, Unit};

/// Letter groups of these lengths are taken from the normalised message, spaces
/// included, so that beginnings and endings of words count as their own groups.
const LETTER_GROUPS: std::ops::RangeInclusive<usize> = 3..=5;

/// What the rules concluded about a message, as the model sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum RuleVerdict {
    Request,
    Mention,
    Negated,
    Nothing,
}

impl RuleVerdict {
    pub(crate) fn of(score: f32) -> Self {
        if score >= super::rules::THRESHOLD {
            Self::Request
        } else if score >= super::rules::MENTION {
            Self::Mention
        } else if score > 0.0 {
            Self::Negated
        } else {
            Self::Nothing
        }
    }
}

/// Calls `emit` with the name of every feature of the message, each once or more (the
/// caller keeps a set). `normalised` is the whole message normalised, `clauses` the
/// rules' units of each clause.
pub(crate) fn each(
    normalised: &str,
    clauses: &[Vec<Unit>],
    verdict: RuleVerdict,
    job: bool,
    mut emit: impl FnMut(&str),
) {
    let mut name = String::with_capacity(32);
    let mut feature = |parts: &[&str]| {
        name.clear();
        parts.iter().for_each(|part| name.push_str(part));
        emit(&name);
    };
    feature(&["bias"]);
    feature(&["rules:", verdict_name(verdict)]);
    if job {
        feature(&["rules:job"]);
    }

    let words: Vec<&str> = normalised.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        feature(&["w:", word]);
        if let Some(next) = words.get(i + 1) {
            feature(&["ww:", word, " ", next]);
        }
    }
    // Across word boundaries too: "mens aub", "l operatore", "paki connect".
    let letters: Vec<char> = normalised.chars().collect();
    let mut group = String::with_capacity(4 * LETTER_GROUPS.end());
    for length in LETTER_GROUPS {
        for window in letters.windows(length) {
            group.clear();
            group.extend(window);
            feature(&["g:", &group]);
        }
    }

    for units in clauses {
        let roles: Vec<&str> = units.iter().map(|unit| role_name(*unit)).collect();
        for (i, role) in roles.iter().enumerate() {
            feature(&["r:", role]);
            if let Some(next) = roles.get(i + 1) {
                feature(&["rr:", role, " ", next]);
                if let Some(third) = roles.get(i + 2) {
                    feature(&["rrr:", role, " ", next, " ", third]);
                }
            }
        }
        if let Some(first) = roles.first() {
            feature(&["r0:", first]);
        }
    }
}

fn verdict_name(verdict: RuleVerdict) -> &'static str {
    match verdict {
        RuleVerdict::Request => "request",
        RuleVerdict::Mention => "mention",
        RuleVerdict::Negated => "negated",
        RuleVerdict::Nothing => "nothing",
    }
}

/// A short stable name for a unit's role; unknown words are all "_".
fn role_name(unit: Unit) -> &'static str {
    let Some(class) = unit else {
        return "_";
    };
    match class {
        Class::LookAlike => "lookalike",
        Class::Myself => "myself",
        Class::Job => "job",
        Class::Material => "material",
        Class::Request => "request",
        Class::Bot => "bot",
        Class::Reject => "reject",
        Class::Negation => "not",
        Class::Done => "done",
        Class::Target => "target",
        Class::Someone => "someone",
        Class::Bare => "bare",
        Class::Weak => "weak",
        Class::Real => "real",
        Class::Call => "call",
        Class::Contact => "contact",
        Class::Want => "want",
        Class::Exist => "exist",
        Class::Boundary => "but",
        Class::Thanks => "thanks",
        Class::Me => "me",
        Class::Filler => "filler",
        Class::Thing => "thing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Vec<String> {
        let normalised = super::super::normalise(text);
        let units = super::super::rules::units(&normalised);
        let mut out = Vec::new();
        each(&normalised, &[units], RuleVerdict::Nothing, false, |name| {
            out.push(name.to_owned())
        });
        out
    }

    #[test]
    fn words_pairs_letter_groups_and_roles_are_features() {
        let names = features("Call me");
        for expected in [
            "bias",
            "rules:nothing",
            "w:call",
            "ww:call me",
            "g: ca",
            "g:all ",
            "g: call",
            "r:call",
            "rr:call me",
            "r0:call",
        ] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} in {names:?}"
            );
        }
    }

    #[test]
    fn verdicts_follow_the_rule_scores() {
        assert_eq!(RuleVerdict::of(0.9), RuleVerdict::Request);
        assert_eq!(RuleVerdict::of(0.3), RuleVerdict::Mention);
        assert_eq!(RuleVerdict::of(0.1), RuleVerdict::Negated);
        assert_eq!(RuleVerdict::of(0.0), RuleVerdict::Nothing);
    }
}
