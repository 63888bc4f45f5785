//! `handoff detect` against the labelled corpora in tests/corpus: one JSON verdict per input
//! line (with the language it was told to be in, and how sure), and the precision and
//! recall the docs report, overall and in each language. The held-out set was written blind
//! to the detector; it is never used to tune it.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::binary_path;

struct Scores {
    precision: f64,
    recall: f64,
    /// Recall in each language of the corpus.
    recall_by_language: std::collections::BTreeMap<String, f64>,
    misses: Vec<String>,
}

fn corpus(name: &str) -> Vec<(bool, String, String)> {
    let path = format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let label = f.next().unwrap() == "1";
            let lang = f.next().unwrap().to_owned();
            (label, lang, f.next().unwrap().to_owned())
        })
        .collect()
}

/// Runs `handoff detect` over the corpus texts and scores its verdicts.
fn score(name: &str) -> Scores {
    let rows = corpus(name);
    let mut child = Command::new(binary_path())
        .arg("detect")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run handoff detect");
    let mut stdin = child.stdin.take().unwrap();
    let input: String = rows.iter().map(|(_, _, t)| format!("{t}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("detect output");
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    let verdicts: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(verdicts.len(), rows.len(), "one verdict per input line");
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    let mut misses = Vec::new();
    // Per language: requests found, requests in all.
    let mut found: std::collections::BTreeMap<String, (f64, f64)> = Default::default();
    for ((label, lang, text), v) in rows.iter().zip(&verdicts) {
        assert_eq!(v["text"], text.as_str(), "the verdict names its input");
        let score = v["score"].as_f64().expect("score");
        assert!((0.0..=1.0).contains(&score));
        let predicted = v["human_requested"].as_bool().expect("human_requested");
        let told = v["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&told), "confidence {told}");
        assert_eq!(v["language"].is_null(), told == 0.0, "{v}");
        if *label {
            let (hit, all) = found.entry(lang.clone()).or_default();
            *all += 1.0;
            *hit += f64::from(u8::from(predicted));
        }
        match (predicted, *label) {
            (true, true) => tp += 1.0,
            (true, false) => {
                fp += 1.0;
                misses.push(format!("false positive [{lang}] {text}"));
            }
            (false, true) => {
                fn_ += 1.0;
                misses.push(format!("missed [{lang}] {text}"));
            }
            (false, false) => {}
        }
    }
    Scores {
        precision: tp / (tp + fp),
        recall: tp / (tp + fn_),
        recall_by_language: found
            .into_iter()
            .map(|(lang, (hit, all))| (lang, hit / all))
            .collect(),
        misses,
    }
}

#[test]
fn the_held_out_corpus_meets_the_documented_scores() {
    let s = score("intent-heldout.tsv");
    println!(
        "held-out: precision {:.3}, recall {:.3}; recall by language {:?}",
        s.precision, s.recall, s.recall_by_language
    );
    assert!(
        s.precision >= HELD_OUT_FLOOR && s.recall >= HELD_OUT_FLOOR,
        "precision {:.3}, recall {:.3} below {HELD_OUT_FLOOR}:\n{}",
        s.precision,
        s.recall,
        s.misses.join("\n")
    );
    assert_eq!(
        s.recall_by_language.len(),
        LANGUAGES,
        "every language is measured: {:?}",
        s.recall_by_language
    );
    for (language, recall) in &s.recall_by_language {
        assert!(
            *recall >= LANGUAGE_RECALL_FLOOR,
            "{language}: recall {recall:.3} below {LANGUAGE_RECALL_FLOOR}:\n{}",
            s.misses.join("\n")
        );
    }
}

#[test]
fn the_tuning_corpus_is_recognised() {
    let s = score("intent-tuning.tsv");
    assert!(
        s.precision >= 0.98 && s.recall >= 0.98,
        "precision {:.3}, recall {:.3}:\n{}",
        s.precision,
        s.recall,
        s.misses.join("\n")
    );
}

/// The floor this suite holds the held-out figures to: the goal, under the measured values
/// reported in docs/detection.md (precision 0.964, recall 0.985), so a regression fails.
const HELD_OUT_FLOOR: f64 = 0.95;
/// Recall in each language of the held-out set (lowest measured: 0.900, Hindi).
const LANGUAGE_RECALL_FLOOR: f64 = 0.90;
/// The languages the held-out set covers.
const LANGUAGES: usize = 19;
