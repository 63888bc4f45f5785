//! The rules' reading of a whole message, which both the model (to learn and to score)
//! and the detector's entry point (to see that there is something to read) need: the
//! message cut into clauses, each clause into units, and the rules' verdict.

use super::class::{Class, Unit};
use super::features::{self, RuleVerdict};
use super::normalise::{self, normalise};
use super::rules;
use super::thai;

/// The rules' view of a message: its clauses cut into units, and their verdict.
pub(crate) struct Analysis {
    normalised: String,
    pub(crate) clauses: Vec<Vec<Unit>>,
    pub(crate) rule_score: f32,
    job: bool,
}

impl Analysis {
    pub(crate) fn of(text: &str) -> Self {
        let mut clauses: Vec<Vec<Unit>> = normalise::clauses(text)
            .map(|clause| rules::units(&thai::segment(&normalise(clause))))
            .collect();
        // "I'm human, not a bot": the customer describes themselves; the bot is not refused.
        if clauses.iter().flatten().any(|u| *u == Some(Class::Myself)) {
            clauses
                .iter_mut()
                .for_each(|units| rules::forget_bots(units));
        }
        let mut rule_score = clauses
            .iter()
            .map(|units| rules::judge(units))
            .fold(0.0, f32::max);
        // Someone asking about a job talks about agents and representatives without wanting one.
        let job = clauses.iter().flatten().any(|u| *u == Some(Class::Job));
        if job {
            rule_score = rule_score.min(rules::JOB_CAP);
        }
        Analysis {
            normalised: thai::segment(&normalise(text)).into_owned(),
            clauses,
            rule_score,
            job,
        }
    }

    pub(crate) fn each_feature(&self, emit: impl FnMut(&str)) {
        features::each(
            &self.normalised,
            &self.clauses,
            RuleVerdict::of(self.rule_score),
            self.job,
            emit,
        );
    }
}
