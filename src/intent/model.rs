//! The learned half of the detector: a logistic regression over the features of
//! features.rs, trained on the labelled corpus compiled into the binary.
//!
//! Rules know the phrasings someone wrote down; the model carries what the examples teach
//! to phrasings nobody wrote down, through shared letter groups and the shapes of the
//! roles. It is trained in the process, once, the first time it is needed (a server
//! starts it in the background at boot): the corpus is the only source of truth, there
//! are no weights to keep in step with it, and training is deterministic (a fixed
//! shuffle), so every build and every process decides alike.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::analysis::Analysis;
use super::corpus;

/// Passes over the corpus.
const EPOCHS: usize = 12;
/// AdaGrad's base step.
const LEARNING_RATE: f32 = 0.4;
/// Pull towards zero on every update, so that no single rare feature decides alone.
const L2: f32 = 1e-5;
/// Fixed, so that every process trains the same model.
const SEED: u64 = 0x68_61_6e_64_6f_66_66;

/// A message as the model sees it: its feature ids, each once, and how many features it
/// has in all, counting those the model never saw.
struct Features {
    ids: Vec<u32>,
    count: usize,
}

impl Features {
    fn new(mut ids: Vec<u32>, unknown: usize) -> Self {
        ids.sort_unstable();
        ids.dedup();
        let count = ids.len() + unknown;
        Features { ids, count }
    }

    /// Each known feature id with the value it counts for: all features together have
    /// unit length, so that a long message does not outweigh a short one.
    fn values(&self) -> impl Iterator<Item = (usize, f32)> + '_ {
        let value = 1.0 / (self.count.max(1) as f32).sqrt();
        self.ids.iter().map(move |&id| (id as usize, value))
    }

    fn margin(&self, weights: &[f32]) -> f32 {
        self.values().map(|(id, x)| weights[id] * x).sum()
    }
}

/// One labelled message.
struct Example {
    features: Features,
    label: bool,
}

/// Feature names to ids, built while training; names never seen are ignored later.
#[derive(Default)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    /// The id of a feature, adding it when it is new.
    pub fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(name.to_owned(), id);
        id
    }

    pub fn id(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Trained weights, one per feature id.
pub(crate) struct Model {
    vocabulary: Vocabulary,
    weights: Vec<f32>,
}

static MODEL: OnceLock<Model> = OnceLock::new();

impl Model {
    /// Whether the model is trained already; never waits.
    pub fn is_trained() -> bool {
        MODEL.get().is_some()
    }

    /// The model trained on the compiled-in corpus, trained on first use.
    pub fn get() -> &'static Model {
        MODEL.get_or_init(|| {
            let started = std::time::Instant::now();
            let model = Model::train_on(corpus::lines());
            tracing::debug!(
                features = model.weights.len(),
                elapsed_ms = started.elapsed().as_millis() as u64,
                "intent model trained"
            );
            model
        })
    }

    /// Trains on `(label, text)` pairs.
    pub fn train_on<'a>(lines: impl IntoIterator<Item = (bool, &'a str)>) -> Model {
        let mut vocabulary = Vocabulary::default();
        let examples: Vec<Example> = lines
            .into_iter()
            .map(|(label, text)| {
                let mut ids = Vec::new();
                Analysis::of(text).each_feature(|name| ids.push(vocabulary.intern(name)));
                Example {
                    features: Features::new(ids, 0),
                    label,
                }
            })
            .collect();
        let weights = fit(&examples, vocabulary.len());
        Model {
            vocabulary,
            weights,
        }
    }

    /// The probability that the analysed message asks for a person.
    pub fn probability(&self, analysis: &Analysis) -> f32 {
        let mut ids = Vec::with_capacity(256);
        let mut unknown = HashSet::new();
        analysis.each_feature(|name| match self.vocabulary.id(name) {
            Some(id) => ids.push(id),
            None => {
                unknown.insert(name.to_owned());
            }
        });
        sigmoid(Features::new(ids, unknown.len()).margin(&self.weights))
    }
}

/// Logistic regression by AdaGrad.
fn fit(examples: &[Example], features: usize) -> Vec<f32> {
    let mut weights = vec![0.0f32; features];
    let mut squared = vec![1e-8f32; features];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    for _ in 0..EPOCHS {
        order.shuffle(&mut rng);
        for &index in &order {
            let example = &examples[index];
            let predicted = sigmoid(example.features.margin(&weights));
            let error = predicted - f32::from(u8::from(example.label));
            for (id, x) in example.features.values() {
                let gradient = error * x + L2 * weights[id];
                squared[id] += gradient * gradient;
                weights[id] -= LEARNING_RATE * gradient / squared[id].sqrt();
            }
        }
    }
    weights
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_learns_its_examples() {
        let model = Model::train_on([
            (true, "put me through to the warehouse manager"),
            (true, "warehouse manager please"),
            (false, "the warehouse is closed on sundays"),
            (false, "what are your opening hours"),
        ]);
        let probability = |text| model.probability(&Analysis::of(text));
        assert!(probability("put me through to the warehouse manager") > 0.5);
        assert!(probability("what are your opening hours") < 0.5);
    }

    #[test]
    fn training_is_deterministic() {
        let lines = [
            (true, "can a person call me"),
            (false, "the person at the desk was nice"),
        ];
        let (a, b) = (Model::train_on(lines), Model::train_on(lines));
        assert_eq!(a.weights, b.weights);
    }
}
