//! The labelled messages compiled into the binary, which the model learns from
//! (`label<TAB>language<TAB>text`; `#` starts a comment line):
//!
//! - `tests/corpus/intent-tuning.tsv`: the rules were tuned on these, every line
//!   documents intended behaviour;
//! - `tests/corpus/intent-training.tsv`: broad examples written for the model; the rules
//!   are never tuned on them, which keeps them a fair check of what the model adds.
//!
//! The held-out file is not compiled in: the detector never sees it.

pub(crate) const TUNING: &str = include_str!("../../tests/corpus/intent-tuning.tsv");
pub(crate) const TRAINING: &str = include_str!("../../tests/corpus/intent-training.tsv");

/// The languages the corpora cover: the training corpus all of them, the tuning corpus
/// (the lines the rules were tuned on) the first ten.
pub(crate) const LANGUAGES: [&str; 19] = [
    "en", "es", "fr", "de", "pt", "it", "id", "vi", "tl", "nl", "ms", "th", "ar", "hi", "bn", "ur",
    "tr", "ru", "pl",
];
/// How many of [`LANGUAGES`] the tuning corpus covers (the first ones).
#[cfg(test)]
const WITH_RULES: usize = 10;

/// One labelled message.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line<'a> {
    pub label: bool,
    /// Read by the tests, which check every language is covered.
    #[cfg_attr(not(test), allow(dead_code))]
    pub language: &'a str,
    pub text: &'a str,
}

/// The data lines of a corpus file; malformed lines are skipped (the tests reject them).
pub(crate) fn parse(file: &str) -> impl Iterator<Item = Line<'_>> {
    file.lines().filter_map(parse_line)
}

/// A data line, or `None` for a comment, a blank or a malformed line.
pub(crate) fn parse_line(line: &str) -> Option<Line<'_>> {
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.splitn(3, '\t');
    let (label, language, text) = (fields.next()?, fields.next()?, fields.next()?);
    let label = match label {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    LANGUAGES.contains(&language).then_some(Line {
        label,
        language,
        text,
    })
}

/// Everything the model trains on, as `(label, text)`.
pub(crate) fn lines() -> impl Iterator<Item = (bool, &'static str)> {
    parse(TUNING)
        .chain(parse(TRAINING))
        .map(|line| (line.label, line.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line is a comment, a blank or a well-formed data line.
    fn assert_well_formed(file: &str) {
        for line in file.lines() {
            let comment = line.trim().is_empty() || line.starts_with('#');
            assert!(comment || parse_line(line).is_some(), "malformed: {line:?}");
        }
    }

    #[test]
    fn corpora_are_well_formed_and_cover_every_language() {
        for (file, languages) in [
            (TUNING, &LANGUAGES[..WITH_RULES]),
            (TRAINING, &LANGUAGES[..]),
        ] {
            assert_well_formed(file);
            let lines: Vec<Line> = parse(file).collect();
            for &language in languages {
                let count = |label| {
                    lines
                        .iter()
                        .filter(|l| l.language == language && l.label == label)
                        .count()
                };
                let (positives, negatives) = (count(true), count(false));
                assert!(
                    positives >= 6 && negatives >= 6,
                    "{language}: {positives} positive, {negatives} negative"
                );
            }
        }
    }

    #[test]
    fn comments_and_bad_lines_are_not_data() {
        assert!(parse_line("# a comment").is_none());
        assert!(parse_line("2\ten\ttext").is_none());
        assert!(parse_line("1\txx\ttext").is_none());
        let line = parse_line("1\tnl\tmag ik iemand spreken").expect("a data line");
        assert!(line.label);
        assert_eq!((line.language, line.text), ("nl", "mag ik iemand spreken"));
    }
}
