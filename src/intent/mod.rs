//! Human-request detection: does this customer message ask for a real person?
//!
//! Fast, local and deterministic (it runs before the webhook is answered): no model, no
//! network, only word lists, sentence frames and a few rules; a few microseconds a
//! message.
//!
//! 1. [`normalise`] (normalise.rs): lower case, accents and Vietnamese tones folded,
//!    punctuation and emoji dropped, shouting collapsed ("humaaaan" → "human"); the
//!    message is judged clause by clause, cut at punctuation.
//! 2. Typos in the key words are repaired by edit distance (fuzzy.rs: "huamn",
//!    "reprsentative").
//! 3. Known phrases in ten languages (lexicon.rs) are tagged with their role, longest
//!    first, so that look-alikes ("human resources", "travel agent", "per person") are
//!    swallowed whole before their person word can count. A person word before a number
//!    is a title ("Persona 5"), one just after a hair word is the material ("cabelo
//!    humano", "rambut sambung asli manusia"). Words the lexicon lacks may still be
//!    request forms of its verbs (morphology.rs: "transfirieran", "ser transferida",
//!    "menghubungkan", "paki pasa").
//! 4. Frames (frames.rs) find the person whose name no list knows. The shape of the
//!    sentence says a person is asked for: "speak/talk/chat with|to [the] X", "transfer|
//!    connect|put me through to X", "mit der X sprechen", "de X even spreken", "get hold
//!    of X", "gặp X", "makausap ang X", "be contacted by X", "ser atendida pela X", "is the
//!    X available|reachable", "me podrían contactar", "bei mir melden". An unknown noun in
//!    that slot ("the front desk", "la Rezeption", "lễ tân", "taga-billing") becomes a
//!    person word, unless it is a known thing (an account, the wifi, a size), a pronoun,
//!    someone private ("my husband", "chat with friends"), or the talk is the customer's
//!    own plan ("I'll talk to the landlord") or the shop's ("you should talk to the
//!    carrier"). A transfer needs the customer as the one moved ("transfer the booking
//!    to…" moves a booking). Where the frame is weak (a direct object, "is the X
//!    available"), the noun must also look like a role: "receptionist", "recepcionista",
//!    "pharmacien", "giao dịch viên".
//! 5. Rules (rules.rs): a person word (human, agent, technician, customer care department,
//!    one of you, or a frame's X) becomes a request when a contact verb (talk, transfer,
//!    put through, mettre en relation, hubungkan, chuyển, ipasa), a want verb, "real" or
//!    "is there" sits on the chain of connecting words around it ("can someone from your
//!    team call me"), or when the clause is nothing but the request ("agent pls", "mens
//!    aub"). A calling verb with the customer as its object is a request by itself ("call
//!    me", "bel me terug"). A negation right before that chain turns it around ("I don't
//!    need a human", "no quiero hablar con el despachador"), a thanks before a person
//!    thanks them ("thank you customer service"), while refusing the bot is itself a
//!    request ("not a bot"), unless the customer is describing themselves ("I'm human,
//!    not a bot"). Messages about jobs (hiring, HR, becoming a reseller) never count.
//!
//! The score is the best clause's: about 0.9 for a request, 0.3 for a person word
//! without a request, 0.1 for a negated request, 0 for nothing.

mod frames;
mod fuzzy;
mod lexicon;
mod morphology;
mod normalise;
mod rules;

use serde::Serialize;

use lexicon::Class;
pub use normalise::normalise;

/// At or above this score a message counts as a request for a person.
pub const THRESHOLD: f32 = 0.5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detection {
    pub text: String,
    pub human_requested: bool,
    pub score: f32,
}

pub fn detect(text: &str) -> Detection {
    let mut clauses: Vec<Vec<rules::Unit>> = normalise::clauses(text)
        .map(|clause| rules::units(&normalise(clause)))
        .collect();
    // "I'm human, not a bot": the customer describes themselves; the bot is not refused.
    if clauses.iter().flatten().any(|u| *u == Some(Class::Myself)) {
        clauses
            .iter_mut()
            .for_each(|units| rules::forget_bots(units));
    }
    let mut score = clauses
        .iter()
        .map(|units| rules::judge(units))
        .fold(0.0, f32::max);
    // Someone asking about a job talks about agents and representatives without wanting one.
    if clauses.iter().flatten().any(|u| *u == Some(Class::Job)) {
        score = score.min(rules::JOB_CAP);
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
            "is there anyone real I can talk to?",
            "can someone from your team call me?",
            "huamn pls",
            "reprsentative",
            "humaaaan 🙏",
            "please transfer me to your customer care department",
            "mettez-moi en relation avec un membre du service client",
            "hubungkan ke agen manusia dong",
            "chuyển tôi sang nhân viên",
            "pwede po ba akong tawagan ng isa sa inyo?",
            "tawagan nyo na lang po ako",
            "mens aub",
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
            "can I talk to HR about a job?",
            "is this for personal use?",
            "can I pay in person?",
            "Do you have Persona 5 Royal?",
            "Ada rambut sambung asli manusia?",
            "I'm human, not a bot",
            "thank you customer service!",
            "the courier called me twice",
            "do you have this jacket in mens?",
        ] {
            assert!(!detect(text).human_requested, "{text}");
        }
    }

    #[test]
    fn normalising_folds_case_accents_and_punctuation() {
        assert_eq!(normalise("Éça, VA?!"), " eca va ");
        assert_eq!(normalise("don't"), " dont ");
    }

    #[test]
    fn detection_is_scored_and_keeps_the_text() {
        let detection = detect("human please");
        assert_eq!(detection.text, "human please");
        assert!(detection.score >= THRESHOLD);
        assert!(detect("I don't need a human").score < THRESHOLD);
        assert_eq!(detect("").score, 0.0);
    }

    const TUNING: &str = include_str!("../../tests/corpus/intent-tuning.tsv");
    const LANGUAGES: [&str; 10] = ["en", "es", "fr", "de", "pt", "it", "id", "vi", "tl", "nl"];

    /// (label, language, text) for each line that is not a comment.
    fn corpus(text: &'static str) -> Vec<(bool, &'static str, &'static str)> {
        text.lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let mut fields = line.splitn(3, '\t');
                let (Some(label), Some(language), Some(text)) =
                    (fields.next(), fields.next(), fields.next())
                else {
                    panic!("malformed corpus line: {line:?}");
                };
                assert!(matches!(label, "0" | "1"), "bad label: {line:?}");
                assert!(LANGUAGES.contains(&language), "bad language: {line:?}");
                (label == "1", language, text)
            })
            .collect()
    }

    #[test]
    fn tuning_corpus_is_balanced() {
        let lines = corpus(TUNING);
        assert!(lines.len() >= 200, "{} lines", lines.len());
        for language in LANGUAGES {
            let count = |label| {
                lines
                    .iter()
                    .filter(|(l, lang, _)| *lang == language && *l == label)
                    .count()
            };
            let (positives, negatives) = (count(true), count(false));
            assert!(
                positives + negatives >= 12 && positives > 0 && negatives > 0,
                "{language}: {positives} positive, {negatives} negative"
            );
        }
    }

    #[test]
    fn tuning_corpus_scores() {
        let (mut true_pos, mut false_pos, mut false_neg) = (0usize, 0usize, 0usize);
        let mut wrong = Vec::new();
        for (label, language, text) in corpus(TUNING) {
            let detection = detect(text);
            match (label, detection.human_requested) {
                (true, true) => true_pos += 1,
                (false, true) => false_pos += 1,
                (true, false) => false_neg += 1,
                (false, false) => {}
            }
            if label != detection.human_requested {
                wrong.push(format!(
                    "  {}\t{language}\t{text}\t(score {:.2})",
                    u8::from(label),
                    detection.score
                ));
            }
        }
        let precision = true_pos as f64 / (true_pos + false_pos).max(1) as f64;
        let recall = true_pos as f64 / (true_pos + false_neg).max(1) as f64;
        println!("tuning corpus: precision {precision:.3}, recall {recall:.3}");
        assert!(
            precision >= 0.98 && recall >= 0.98,
            "precision {precision:.3}, recall {recall:.3}; misclassified:\n{}",
            wrong.join("\n")
        );
    }
}
