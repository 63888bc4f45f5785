//! The languages the detector reads, one file each: its words and their roles (the
//! lexicon), the words of its request frames, the forms of its verbs and role nouns, its
//! compounds and its units of time. The machinery that reads them (lexicon.rs,
//! frames.rs, morphology.rs, rules.rs) merges all languages and decides the same way for
//! each. What is shared across languages stays with that machinery: the typo repair's key
//! words (fuzzy.rs, where their order breaks ties), the role and agent endings several
//! Romance languages share (morphology.rs), and the few words one rule is about (French
//! "ne … pas", the English noun modifiers in rules.rs).
//!
//! Adding a language: write its file after the shape of [`Language`] and list it in
//! [`ALL`].

mod ar;
mod bn;
mod common;
mod de;
mod en;
mod es;
mod fr;
mod hi;
mod hindustani;
mod id;
mod it;
mod ms;
mod nl;
mod pl;
mod pt;
mod ru;
mod th;
mod tl;
mod tr;
mod ur;
mod vi;

use super::language::Language;

pub(crate) use common::COMMON;

/// Every language the detector reads.
pub(crate) const ALL: [&Language; 20] = [
    &en::LANGUAGE,
    &es::LANGUAGE,
    &fr::LANGUAGE,
    &de::LANGUAGE,
    &pt::LANGUAGE,
    &it::LANGUAGE,
    &id::LANGUAGE,
    &vi::LANGUAGE,
    &tl::LANGUAGE,
    &nl::LANGUAGE,
    &ms::LANGUAGE,
    &th::LANGUAGE,
    &ar::LANGUAGE,
    &hi::LANGUAGE,
    &hindustani::LANGUAGE,
    &bn::LANGUAGE,
    &ur::LANGUAGE,
    &tr::LANGUAGE,
    &ru::LANGUAGE,
    &pl::LANGUAGE,
];
