//! Human-request detection: does this customer message ask for a real person?
//!
//! Fast, local and deterministic (it runs before the webhook is answered): no network,
//! word lists, sentence frames and rules that read the message, and a small learned model
//! that takes the final decision from what the rules found and from the message's own
//! words and letters; some tens of microseconds a message.
//!
//! 1. [`normalise`] (normalise.rs): lower case, accents and Vietnamese tones folded,
//!    punctuation and emoji dropped, shouting collapsed ("humaaaan" → "human"); the
//!    message is judged clause by clause, cut at punctuation.
//! 2. Typos in the key words are repaired by edit distance (fuzzy.rs: "huamn",
//!    "reprsentative").
//! 3. Known phrases in ten languages (languages/, one file per language, merged by
//!    lexicon.rs) are tagged with their role, longest first, so that look-alikes ("human
//!    resources", "travel agent", "per person") are swallowed whole before their person
//!    word can count. A person word before a number is a title ("Persona 5"), one just
//!    after a hair word is the material ("cabelo humano", "rambut sambung asli
//!    manusia"). Words the lexicon lacks may still be request forms of its verbs
//!    (morphology.rs: "transfirieran", "ser transferida", "menghubungkan", "paki pasa").
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
//! 6. The model (model.rs, features.rs): a logistic regression over the rules' verdict,
//!    the roles they gave each phrase, the words, word pairs and letter groups. It is
//!    trained on the labelled corpora compiled into the binary (corpus.rs) when first
//!    needed, and its probability is the score. The rules' verdict alone weighs a lot,
//!    but the model also learns what the rules cannot list: phrasings nobody wrote
//!    down ("kan een verkoper mij even appen") sharing letters and shapes with ones the
//!    examples show, and the look-alikes that fool the rules ("call me Anna", "stop
//!    calling me").

mod analysis;
mod bot_question;
mod class;
mod corpus;
mod features;
mod frames;
mod fuzzy;
mod language;
mod languages;
mod lexicon;
mod model;
mod morphology;
mod normalise;
mod rules;
mod thai;
mod wait_question;
mod which_language;

use serde::Serialize;

use analysis::Analysis;
use model::Model;
pub use normalise::normalise;

pub use bot_question::asks_about_bot;
pub use rules::THRESHOLD;
pub use wait_question::asks_wait;
pub use which_language::{guess_language, which_language};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detection {
    pub text: String,
    pub human_requested: bool,
    pub score: f32,
    /// The language the message is written in (ISO 639-1), `None` when it cannot be told:
    /// a script none of the detector's languages uses, or too few words to say.
    pub language: Option<&'static str>,
    /// How sure `language` is (0 when it is `None`; 1 for a script of its own).
    pub confidence: f32,
}

impl Detection {
    /// Whether the detector was not built for this message's language: a script it does
    /// not read, or five words or more (of two letters or more) in which no word of its
    /// languages' commonest ones appears. Its "no" then means little. Short messages
    /// ("opening hours saturday?", "ORD 12345") say too little to tell.
    pub fn unknown_language(&self) -> bool {
        let words = normalise(&self.text)
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        self.language.is_none()
            && (which_language::foreign_script(&self.text)
                || words >= 5 && !which_language::has_telling_words(&self.text))
    }
}

pub fn detect(text: &str) -> Detection {
    let analysis = Analysis::of(text);
    // Nothing to read (an empty message, only emoji): nothing asked.
    let score = if analysis.clauses.is_empty() {
        0.0
    } else {
        Model::get().probability(&analysis)
    };
    let guess = which_language::guess_language(text);
    Detection {
        text: text.to_owned(),
        human_requested: score >= THRESHOLD,
        score,
        language: guess.map(|g| g.language),
        confidence: guess.map_or(0.0, |g| g.confidence),
    }
}

/// Trains the model now rather than on the first message (a server calls this at boot,
/// off the request path).
pub fn warm_up() {
    Model::get();
}

/// Returns once the model is trained, without holding the calling thread meanwhile.
/// [`detect`] on an untrained model blocks its thread until training ends (a fraction
/// of a second in a release build, up to a minute in a debug build on a busy machine):
/// on an HTTP worker that would stall every connection the worker serves.
pub async fn trained() {
    if !Model::is_trained() {
        // Waits for the training in progress (or trains) on a thread made for blocking.
        let _ = tokio::task::spawn_blocking(warm_up).await;
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
            let detection = detect(text);
            assert!(detection.human_requested, "{text}: {}", detection.score);
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
            let detection = detect(text);
            assert!(!detection.human_requested, "{text}: {}", detection.score);
        }
    }

    #[test]
    fn a_language_is_unknown_only_when_there_is_enough_to_tell() {
        assert!(detect("상담원이랑 얘기하고 싶어요").unknown_language());
        assert!(detect("habari naomba kuongea mhudumu haraka sana").unknown_language());
        for known in [
            "opening hours saturday?",
            "ORD 12345 678 999",
            "quiero hablar con alguien",
            "ขอคุยกับพนักงาน",
        ] {
            assert!(!detect(known).unknown_language(), "{known}");
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

    /// Counts of a detector's decisions against the labels.
    #[derive(Default, Clone)]
    struct Tally {
        true_pos: usize,
        false_pos: usize,
        false_neg: usize,
    }

    impl Tally {
        fn add(&mut self, label: bool, decided: bool) {
            match (label, decided) {
                (true, true) => self.true_pos += 1,
                (false, true) => self.false_pos += 1,
                (true, false) => self.false_neg += 1,
                (false, false) => {}
            }
        }

        fn precision(&self) -> f64 {
            self.true_pos as f64 / (self.true_pos + self.false_pos).max(1) as f64
        }

        fn recall(&self) -> f64 {
            self.true_pos as f64 / (self.true_pos + self.false_neg).max(1) as f64
        }
    }

    /// What the model adds, measured where it cannot have memorised the answers: the
    /// training corpus in five parts, each judged by a model trained on the tuning corpus
    /// and the other four. The rules were never tuned on these lines either.
    #[test]
    fn cross_validated_on_the_training_corpus() {
        const FOLDS: usize = 5;
        let training: Vec<corpus::Line> = corpus::parse(corpus::TRAINING).collect();
        let (mut rules, mut combined) = (Tally::default(), Tally::default());
        let mut by_language: std::collections::BTreeMap<&str, Tally> = Default::default();
        for fold in 0..FOLDS {
            let in_fold = |i: &usize| i % FOLDS == fold;
            let model = Model::train_on(
                corpus::parse(corpus::TUNING)
                    .chain(
                        training
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| !in_fold(i))
                            .map(|(_, l)| *l),
                    )
                    .map(|line| (line.label, line.text)),
            );
            for (_, line) in training.iter().enumerate().filter(|(i, _)| in_fold(i)) {
                let analysis = Analysis::of(line.text);
                rules.add(line.label, analysis.rule_score >= THRESHOLD);
                let decided = model.probability(&analysis) >= THRESHOLD;
                combined.add(line.label, decided);
                by_language
                    .entry(line.language)
                    .or_default()
                    .add(line.label, decided);
            }
        }
        for (language, tally) in &by_language {
            println!(
                "  {language}: precision {:.3} recall {:.3}",
                tally.precision(),
                tally.recall()
            );
        }
        println!(
            "training corpus, {FOLDS}-fold: rules alone precision {:.3} recall {:.3}; \
             with the model precision {:.3} recall {:.3}",
            rules.precision(),
            rules.recall(),
            combined.precision(),
            combined.recall()
        );
        assert!(
            combined.precision() >= 0.93 && combined.recall() >= 0.88,
            "precision {:.3}, recall {:.3}",
            combined.precision(),
            combined.recall()
        );
    }

    #[test]
    fn tuning_corpus_scores() {
        let mut tally = Tally::default();
        let mut wrong = Vec::new();
        for corpus::Line {
            label,
            language,
            text,
        } in corpus::parse(corpus::TUNING)
        {
            let detection = detect(text);
            tally.add(label, detection.human_requested);
            if label != detection.human_requested {
                wrong.push(format!(
                    "  {}\t{language}\t{text}\t(score {:.2})",
                    u8::from(label),
                    detection.score
                ));
            }
        }
        let (precision, recall) = (tally.precision(), tally.recall());
        println!("tuning corpus: precision {precision:.3}, recall {recall:.3}");
        assert!(
            precision >= 0.98 && recall >= 0.98,
            "precision {precision:.3}, recall {recall:.3}; misclassified:\n{}",
            wrong.join("\n")
        );
    }
}
