//! Does a waiting customer ask how long they will wait? ("how long?", "¿cuánto falta?",
//! "wie lange noch?"). Matched on the normalised text (lower case, no accents, words
//! between single spaces) against phrases of the detector's languages; the server answers
//! a waiting customer who asks with their place in the queue (docs/routing.md).

use super::normalise;

/// Phrases, normalised, padded so that they match whole words.
const PHRASES: &[&str] = &[
    // English
    " how long ",
    " how much longer ",
    " wait time ",
    " waiting time ",
    " still waiting ",
    " when will someone ",
    " when will an agent ",
    " when will somebody ",
    " how many people ahead ",
    " whats my position ",
    " what is my position ",
    " my place in the queue ",
    " my place in line ",
    // Spanish
    " cuanto tiempo ",
    " cuanto falta ",
    " cuanto mas ",
    " cuanto tardan ",
    " cuanto tarda ",
    " sigo esperando ",
    " cuanto hay que esperar ",
    // Portuguese
    " quanto tempo ",
    " quanto falta ",
    " quanto demora ",
    " ainda estou esperando ",
    " ainda to esperando ",
    " continuo esperando ",
    // French
    " combien de temps ",
    " encore longtemps ",
    " j attends toujours ",
    " combien d attente ",
    // German
    " wie lange ",
    " wie lang ",
    " warte immer noch ",
    " wartezeit ",
    // Italian
    " quanto tempo ",
    " quanto manca ",
    " quanto ci vuole ",
    " sto ancora aspettando ",
    // Dutch
    " hoe lang ",
    " wachttijd ",
    " wacht nog steeds ",
    // Indonesian and Malay
    " berapa lama ",
    " masih menunggu ",
    " kapan dibalas ",
    // Vietnamese
    " bao lau ",
    " doi bao lau ",
    " con phai doi ",
    // Tagalog
    " gaano katagal ",
    " gaano pa katagal ",
    " kailan po ",
    " naghihintay pa ",
];

/// Whether `text` asks how long the wait is.
pub fn asks_wait(text: &str) -> bool {
    let normalised = normalise(text);
    PHRASES.iter().any(|phrase| normalised.contains(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_about_the_wait_in_the_detectors_languages() {
        for asks in [
            "How long will this take?",
            "how much longer??",
            "¿Cuánto falta?",
            "quanto tempo ainda?",
            "Combien de temps je dois attendre ?",
            "Wie lange dauert das noch?",
            "quanto manca?",
            "hoe lang nog?",
            "berapa lama lagi kak",
            "còn phải đợi bao lâu?",
            "gaano pa katagal po?",
            "I'm still waiting...",
        ] {
            assert!(asks_wait(asks), "{asks}");
        }
        for not in [
            "how are you?",
            "I want to speak to a human",
            "what are your opening hours?",
            "long sleeve shirts?",
            "the package took long",
        ] {
            assert!(!asks_wait(not), "{not}");
        }
    }
}
