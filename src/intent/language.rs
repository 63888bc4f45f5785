//! The shape of one language's data (languages/): what the lexicon, the frames, the
//! morphology and the rules read from each language. Every entry is written normalised
//! (lower case, no accents, no punctuation; see `normalise`).

use super::class::Class;

/// One language: everything the detector knows of it.
pub(crate) struct Language {
    pub words: Words,
    pub grammar: Grammar,
    pub morphology: Morphology,
    pub compounds: Compounds,
    /// Words after a number that make it a duration, space-separated: "I asked for a
    /// human 10 minutes ago" still asks for a human, while "Persona 5" is a game.
    pub durations: &'static str,
}

/// One language's entries, role by role, each role a comma-separated list.
pub(crate) struct Words {
    pub look_alikes: &'static str,
    pub myself: &'static str,
    pub jobs: &'static str,
    pub materials: &'static str,
    pub requests: &'static str,
    pub bots: &'static str,
    pub reject: &'static str,
    pub negation: &'static str,
    pub done: &'static str,
    pub targets: &'static str,
    pub someone: &'static str,
    pub bare: &'static str,
    pub weak: &'static str,
    pub real: &'static str,
    pub call: &'static str,
    pub contact: &'static str,
    pub want: &'static str,
    pub exist: &'static str,
    pub boundaries: &'static str,
    pub thanks: &'static str,
    pub me: &'static str,
    pub filler: &'static str,
    pub things: &'static str,
}

impl Words {
    /// No entries: the base a language file fills in.
    pub(crate) const NONE: Words = Words {
        look_alikes: "",
        myself: "",
        jobs: "",
        materials: "",
        requests: "",
        bots: "",
        reject: "",
        negation: "",
        done: "",
        targets: "",
        someone: "",
        bare: "",
        weak: "",
        real: "",
        call: "",
        contact: "",
        want: "",
        exist: "",
        boundaries: "",
        thanks: "",
        me: "",
        filler: "",
        things: "",
    };

    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, Class)> {
        let roles: [(&'static str, Class); 23] = [
            (self.look_alikes, Class::LookAlike),
            (self.myself, Class::Myself),
            (self.jobs, Class::Job),
            (self.materials, Class::Material),
            (self.requests, Class::Request),
            (self.bots, Class::Bot),
            (self.reject, Class::Reject),
            (self.negation, Class::Negation),
            (self.done, Class::Done),
            (self.targets, Class::Target),
            (self.someone, Class::Someone),
            (self.bare, Class::Bare),
            (self.weak, Class::Weak),
            (self.real, Class::Real),
            (self.call, Class::Call),
            (self.contact, Class::Contact),
            (self.want, Class::Want),
            (self.exist, Class::Exist),
            (self.boundaries, Class::Boundary),
            (self.thanks, Class::Thanks),
            (self.me, Class::Me),
            (self.filler, Class::Filler),
            (self.things, Class::Thing),
        ];
        roles.into_iter().flat_map(|(list, class)| {
            list.split(',')
                .map(str::trim)
                .filter(|entry| !entry.is_empty())
                .map(move |entry| (entry, class))
        })
    }
}

/// One language's frame words, each list comma-separated and normalised. Multi-word
/// entries must be phrases of the lexicon, so that they arrive as one unit.
pub(crate) struct Grammar {
    /// Verbs whose person follows a "to"/"with" preposition.
    pub talk: &'static str,
    /// Verbs whose person is the direct object.
    pub meet: &'static str,
    /// Direct-object verbs that need a want before them (Vietnamese "gặp" also means to
    /// run into: "tôi gặp lỗi", I get an error).
    pub meet_after_want: &'static str,
    /// Verbs that move the customer to someone: they need "me".
    pub transfer: &'static str,
    /// Transfer verbs that can only mean putting a call through: no "me" needed.
    pub put_through: &'static str,
    /// Verbs whose direct object may be a person or a thing ("passez-moi le responsable",
    /// "passez-moi le lien"): only a role noun counts.
    pub hand: &'static str,
    /// Verbs whose subject is always a person when the customer is their object ("me
    /// puede atender la recepcionista"): any noun counts.
    pub serve: &'static str,
    /// German and Dutch verbs that close the clause, their person before them ("mit der
    /// Rezeption sprechen", "de bedrijfsleider even spreken", "zur Zahnärztin
    /// durchstellen").
    pub last: &'static str,
    /// Calling verbs: with a "me" before them they ask to be called.
    pub call: &'static str,
    /// Calling verbs that carry the "me" ("richiamarmi", "llamarme").
    pub call_me: &'static str,
    /// Direct-object verbs also said of places and things ("reach the terminal"): only a
    /// role noun counts.
    pub role_only: &'static str,
    /// Vietnamese verbs whose person slot may hold words that are fillers elsewhere once
    /// the tones are folded ("kế toán" is "ke toan", and "ke" is Indonesian "to").
    pub loose: &'static str,
    /// Department words that fill the slot although the lexicon knows them as fillers
    /// ("páseme al área de caja", "bagian gudang", "bộ phận thu ngân").
    pub departments: &'static str,
    /// Prepositions that bring the person: to, with, con, mit, ke, với, sa, met.
    pub to: &'static str,
    /// Prepositions that bring the person only with an article after them (Spanish "a":
    /// "pasar a la recepción", not "pasar a recoger").
    pub to_the: &'static str,
    /// The agent of a passive: by, por, par, da, von, door, oleh.
    pub by: &'static str,
    /// Agent markers that need no auxiliary (Tagalog "tawagan ng X").
    pub agent: &'static str,
    /// "Someone from X": from, de, aus, dari, bên, van.
    pub from: &'static str,
    /// Articles, the shop's possessives, numerals and classifiers before the person.
    pub det: &'static str,
    /// The customer's possessives before a noun: my, mi, mon, mein, mijn.
    pub mine: &'static str,
    /// The customer's possessives after a noun: saya, ko, tôi.
    pub mine_after: &'static str,
    /// The customer as object: me, moi, mich, saya, ako, tôi.
    pub me: &'static str,
    /// A "me" that stands before the verb (Romance clitics, Tagalog "paki").
    pub clitic: &'static str,
    /// German and Dutch "me" that stands before a calling verb at the clause end ("bei mir
    /// melden", "mij even terugbellen").
    pub me_before_call: &'static str,
    /// Passive auxiliaries in the infinitive.
    pub aux: &'static str,
    /// Words that may sit inside a frame although the lexicon does not call them fillers
    /// (copulas, "giúp", "gerade").
    pub glue: &'static str,
    /// Available, there: a product can be available too, so only a role noun counts.
    pub available: &'static str,
    /// Reachable: only a person (or a place, a known thing) can be.
    pub reachable: &'static str,
    /// "There": available only when it closes the clause ("is the pharmacist there?", not
    /// "the staff there were rude", "there is a pharmacist who…").
    pub there: &'static str,
    /// Pronouns, and people who are not the shop's staff (friends, family, customers,
    /// players): never the person slot ("hablar con ella", "chat with friends").
    pub pronouns: &'static str,
    /// "You" as the one who talks: "you should talk to the manufacturer" sends the shop,
    /// not the customer, to someone.
    pub you: &'static str,
    /// The customer's own plan: "I'll talk to the landlord", "voy a hablar con el casero".
    pub future: &'static str,
    /// Adjectives skipped before the person ("the other", "la otra").
    pub adjectives: &'static str,
}

impl Grammar {
    /// No frame words: the base a language file fills in.
    pub(crate) const NONE: Grammar = Grammar {
        talk: "",
        meet: "",
        meet_after_want: "",
        transfer: "",
        put_through: "",
        hand: "",
        serve: "",
        role_only: "",
        loose: "",
        departments: "",
        last: "",
        call: "",
        call_me: "",
        to: "",
        to_the: "",
        by: "",
        agent: "",
        from: "",
        det: "",
        mine: "",
        mine_after: "",
        me: "",
        clitic: "",
        me_before_call: "",
        aux: "",
        glue: "",
        available: "",
        reachable: "",
        there: "",
        pronouns: "",
        you: "",
        future: "",
        adjectives: "",
    };
}

/// Word forms the lexicon does not list (morphology.rs).
pub(crate) struct Morphology {
    /// Verb stems with the paradigms of their request forms and participles.
    pub stems: &'static [Stems],
    /// Passive auxiliaries in the infinitive: a participle after one asks to be treated
    /// ("ser transferida", "essere contattato", "être rappelé", "be called"); after a past
    /// auxiliary it reports ("fui atendido", "sono stato contattato").
    pub passive_auxiliaries: &'static [&'static str],
    /// Affixes glued around a contact root: "menghubungkan", "disambungin", "nyambungin",
    /// "dialihkan", "ditelponin". A bare root is a different word ("terus", further on);
    /// a root with a non-empty suffix alone is a form ("hubungin").
    pub affix_prefixes: &'static [&'static str],
    pub affix_suffixes: &'static [&'static str],
    pub affix_roots: &'static [&'static str],
    /// Request prefixes typed apart from their root when typing fast: "paki pasa", "pa
    /// transfer", "i connect", "maki usap".
    pub split_prefixes: &'static [&'static str],
    pub split_roots: &'static [&'static str],
    /// Words that make a role of the words before them ("giao dịch viên", "dược sĩ").
    pub role_words_after: &'static [&'static str],
    /// Words that make a role of the words after them ("trưởng ca", "juru bicara").
    pub role_words_before: &'static [&'static str],
    /// Prefixes that make a role of the word they start ("taga-billing", "tagapamahala").
    pub role_prefixes: &'static [&'static str],
}

impl Morphology {
    /// No forms: the base a language file fills in.
    pub(crate) const NONE: Morphology = Morphology {
        stems: &[],
        passive_auxiliaries: &[],
        affix_prefixes: &[],
        affix_suffixes: &[],
        affix_roots: &[],
        split_prefixes: &[],
        split_roots: &[],
        role_words_after: &[],
        role_words_before: &[],
        role_prefixes: &[],
    };
}

/// Romance verb stems that ask to be put through or to talk, with the paradigm of their
/// request forms and of their participle.
pub(crate) struct Stems {
    pub stems: &'static [&'static str],
    pub endings: &'static [&'static str],
    pub participles: &'static [&'static str],
}

/// Languages that write a department or role as one compound word
/// ("Reklamationsabteilung", "klachtenafdeling", "Servicemitarbeiterin"): an unknown word
/// ending in one of the heads plays the head's role.
pub(crate) struct Compounds {
    pub heads: &'static [(&'static str, Class)],
    /// Compounds that end like a role but are things: dresses ("Abendkleider" ends in
    /// "leider") and ladders or conductors ("Trittleiter", "Halbleiter").
    pub not_compounds: &'static [&'static str],
}

impl Compounds {
    /// No compounds.
    pub(crate) const NONE: Compounds = Compounds {
        heads: &[],
        not_compounds: &[],
    };
}
