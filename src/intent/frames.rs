//! Frames: sentence shapes that ask for a person whatever the person is called.
//!
//! Word lists only know the roles someone wrote down; customers ask for the reception,
//! the Filialleiter, the front desk or the pharmacist. In a request the shape of the
//! sentence says that someone is asked for, so an unknown noun in the person slot of a
//! frame is taken as a person (tagged `Target`), and the ordinary rules then judge it like
//! any person word: a negation before it still turns it around ("I don't need to speak to
//! the concierge"), thanks still thank, talk about jobs is still capped.
//!
//! - talk: "speak/talk/chat with|to [the] X", "hablar con", "parler à", "mit X sprechen",
//!   "nói chuyện với", "makipag-usap sa", "X spreken";
//! - meet: the person is the direct object: "get hold of X", "gặp X" (after a want),
//!   "makausap ang X";
//! - transfer: "transfer|connect|put through|pass me to|with [the] X", "pásame con",
//!   "mettez-moi en relation avec", "mich an X weiterleiten", "sambungkan ke",
//!   "chuyển máy cho", "ipasa sa", "doorverbinden met". A transfer verb needs the customer
//!   as its object ("transfer the booking to my husband" moves a booking) unless it can
//!   only mean a call being put through ("doorverbinden", "en relation", "ipasa");
//! - passive: "be contacted by X", "ser atendido pela X", "essere contattato da X",
//!   "tawagan ng X";
//! - available: "is the X available/there", "ist der X erreichbar", "è disponibile la X";
//! - someone from X: "anyone from the front desk", "jemand aus der Praxis": X is where the
//!   someone works, and no longer breaks the chain;
//! - call me: "me podrían contactar", "l'amministratore può richiamarmi", "bei mir melden",
//!   and the subjunctive of a request made indirectly: "que alguien me llamara", "que um
//!   assistente me ligasse", "che mi ricontatti".
//!
//! The slot takes the first unknown words after the articles; it is never a pronoun, a
//! thing the lexicon knows (the bot, an account, the wifi, a size) or the customer's own
//! relation ("talk to my husband", "bicara dengan suami saya"). Where the frame is weak —
//! the person is a direct object that could as well be a thing ("me pasas el link", "is
//! the printer available") — the unknown noun must also look like a role
//! (morphology.rs: "recepcionista", "giao dịch viên", "taga-billing").

use std::collections::HashMap;
use std::sync::OnceLock;

use super::class::{Class, Unit};
use super::language::Grammar;
use super::languages;
use super::morphology;

/// Flags of a word in the frame grammar. A word may carry several (Spanish "mi" is "my",
/// Italian "mi" is "me").
type Flags = u64;
const TALK: Flags = 1;
const MEET: Flags = 1 << 1;
const MEET_AFTER_WANT: Flags = 1 << 2;
const TRANSFER: Flags = 1 << 3;
const PUT_THROUGH: Flags = 1 << 4;
const HAND: Flags = 1 << 5;
const LAST: Flags = 1 << 6;
const CALL: Flags = 1 << 7;
const CALL_ME: Flags = 1 << 8;
const TO: Flags = 1 << 9;
const TO_THE: Flags = 1 << 10;
const BY: Flags = 1 << 11;
const AGENT: Flags = 1 << 12;
const FROM: Flags = 1 << 13;
const DET: Flags = 1 << 14;
const MINE: Flags = 1 << 15;
const MINE_AFTER: Flags = 1 << 16;
const ME: Flags = 1 << 17;
const CLITIC: Flags = 1 << 18;
const ME_BEFORE_CALL: Flags = 1 << 19;
const AUX: Flags = 1 << 20;
const GLUE: Flags = 1 << 21;
const AVAILABLE: Flags = 1 << 22;
const PRONOUN: Flags = 1 << 23;
const ADJECTIVE: Flags = 1 << 24;
const REACHABLE: Flags = 1 << 25;
const YOU: Flags = 1 << 26;
const SERVE: Flags = 1 << 27;
const DEPARTMENT: Flags = 1 << 28;
const LOOSE: Flags = 1 << 29;
const ROLE_ONLY: Flags = 1 << 30;
const FUTURE: Flags = 1 << 31;
const THERE: Flags = 1 << 32;

/// Fillers that give a frame its structure: not glue unless the grammar says so.
const STRUCTURE: Flags = TO | TO_THE | BY | AGENT | FROM | DET | MINE | ADJECTIVE;
/// Verbs that open a frame to their right.
const OPENS: Flags = TALK | MEET | TRANSFER | PUT_THROUGH | HAND | SERVE;

/// How many glue words may sit between the parts of a frame, and how many unknown words
/// the person slot takes ("the front desk", "giao dịch viên").
const GLUE_REACH: usize = 4;
const SLOT_WORDS: usize = 3;

/// The frame words of every language.
fn grammars() -> impl Iterator<Item = &'static Grammar> {
    languages::ALL.iter().map(|language| &language.grammar)
}

/// The flags of every word a language lists in its frame grammar.
fn entries(grammar: &Grammar) -> impl Iterator<Item = (&'static str, Flags)> {
    let lists: [(&'static str, Flags); 33] = [
        (grammar.talk, TALK),
        (grammar.meet, MEET),
        (grammar.meet_after_want, MEET | MEET_AFTER_WANT),
        (grammar.transfer, TRANSFER),
        (grammar.put_through, TRANSFER | PUT_THROUGH),
        (grammar.hand, HAND),
        (grammar.serve, SERVE),
        (grammar.role_only, MEET | ROLE_ONLY),
        (grammar.loose, LOOSE),
        (grammar.departments, DEPARTMENT),
        (grammar.last, LAST),
        (grammar.call, CALL),
        (grammar.call_me, CALL_ME),
        (grammar.to, TO),
        (grammar.to_the, TO_THE),
        (grammar.by, BY),
        (grammar.agent, AGENT),
        (grammar.from, FROM),
        (grammar.det, DET),
        (grammar.mine, MINE),
        (grammar.mine_after, MINE_AFTER),
        (grammar.me, ME),
        (grammar.clitic, CLITIC),
        (grammar.me_before_call, ME_BEFORE_CALL),
        (grammar.aux, AUX),
        (grammar.glue, GLUE),
        (grammar.available, AVAILABLE),
        (grammar.reachable, AVAILABLE | REACHABLE),
        (grammar.there, AVAILABLE | THERE),
        (grammar.pronouns, PRONOUN),
        (grammar.you, YOU),
        (grammar.future, FUTURE),
        (grammar.adjectives, ADJECTIVE),
    ];
    lists.into_iter().flat_map(|(list, flags)| {
        list.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(move |entry| (entry, flags))
    })
}

/// The flags of every frame word, all languages merged.
fn grammar() -> &'static HashMap<&'static str, Flags> {
    static GRAMMAR: OnceLock<HashMap<&'static str, Flags>> = OnceLock::new();
    GRAMMAR.get_or_init(|| {
        let mut words = HashMap::new();
        for (entry, flags) in grammars().flat_map(entries) {
            *words.entry(entry).or_insert(0) |= flags;
        }
        words
    })
}

/// Tags the person slots of the frames found in a clause. `words` holds the text of each
/// unit (a phrase for a multi-word unit).
pub(crate) fn mark(words: &[String], units: &mut [Unit]) {
    let grammar = grammar();
    let flags: Vec<Flags> = words
        .iter()
        .map(|w| grammar.get(w.as_str()).copied().unwrap_or(0))
        .collect();
    let mut clause = Clause {
        words,
        flags,
        units,
    };
    for i in 0..clause.units.len() {
        clause.someone_from(i);
        clause.call_me(i);
        clause.forward(i);
        clause.backward(i);
        clause.passive(i);
        clause.available(i);
    }
}

struct Clause<'a> {
    words: &'a [String],
    flags: Vec<Flags>,
    units: &'a mut [Unit],
}

/// How much a slot's words must look like a person.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// Any noun: the frame only fits a person ("speak with the X").
    Any,
    /// An agent ending will do ("passez-moi le directeur").
    Agent,
    /// A role ending ("passez-moi la pharmacienne", not "passez-moi le lien").
    Role,
}

/// Where a frame found its person: the slot (a range of unit indices) and the form its
/// words must have.
struct Slot {
    start: usize,
    end: usize,
    form: Form,
}

impl Clause<'_> {
    fn len(&self) -> usize {
        self.units.len()
    }

    fn has(&self, i: usize, flag: Flags) -> bool {
        self.flags.get(i).is_some_and(|f| f & flag != 0)
    }

    /// Words that may sit inside a frame: the grammar's own glue, the customer, and
    /// fillers that give it no structure.
    fn is_glue(&self, i: usize) -> bool {
        let filler = matches!(self.units[i], Some(Class::Filler | Class::Me));
        self.has(i, GLUE | ME | CLITIC) || filler && !self.has(i, STRUCTURE)
    }

    /// The first index at or after `from` that is not glue or that has one of the `stop`
    /// flags (Dutch "door" is glue in "verbind me door met", the agent in "gebeld door"),
    /// and whether the customer was among the glue.
    fn skip_glue(&self, from: usize, stop: Flags) -> (usize, bool) {
        let mut i = from;
        let mut me = false;
        while i < self.len() && i < from + GLUE_REACH && self.is_glue(i) && !self.has(i, stop) {
            me |= self.has(i, ME | CLITIC);
            i += 1;
        }
        (i, me)
    }

    /// The last index at or before `from` that is not glue.
    fn skip_glue_left(&self, from: usize) -> Option<usize> {
        let mut i = from;
        for _ in 0..GLUE_REACH {
            if !self.is_glue(i) {
                return Some(i);
            }
            i = i.checked_sub(1)?;
        }
        None
    }

    /// Whether the customer stands just before the verb ("me transfere", "kunt u mij
    /// doorverbinden", "paki-connect").
    fn me_before(&self, verb: usize) -> bool {
        (verb.saturating_sub(GLUE_REACH)..verb)
            .rev()
            .take_while(|&j| self.is_glue(j) || self.has(j, CLITIC | ME))
            .any(|j| self.has(j, CLITIC | ME))
    }

    /// Whether "you" is the one who talks: "you should talk to the manufacturer", "do you
    /// talk to customers". Only the nearest pronoun before the verb counts ("can you let
    /// me talk to …" has the customer nearer).
    fn you_talk(&self, verb: usize) -> bool {
        (verb.saturating_sub(GLUE_REACH)..verb)
            .rev()
            .find(|&j| self.has(j, YOU | ME | CLITIC) || self.words[j] == "i")
            .is_some_and(|j| self.has(j, YOU))
    }

    /// Whether the talk is the customer's own plan: "I'll talk to the landlord", "voy a
    /// hablar con el casero", "ik ga met de huisbaas praten".
    fn own_plan(&self, verb: usize) -> bool {
        (verb.saturating_sub(3)..verb).any(|j| self.has(j, FUTURE))
    }

    /// Whether the verb itself carries the customer: "pásame", "transfer me",
    /// "leiten Sie mich", "trasferitemi".
    fn carries_me(&self, verb: usize) -> bool {
        let word = self.words[verb].as_str();
        let grammar = grammar();
        word.split(' ')
            .any(|w| grammar.get(w).is_some_and(|f| f & ME != 0))
            || word.len() > 5 && (word.ends_with("me") || word.ends_with("mi"))
    }

    /// An unknown word that can be a noun: letters, and not a pronoun.
    fn is_noun(&self, i: usize) -> bool {
        self.units[i].is_none()
            && !self.has(i, PRONOUN)
            && self.words[i].chars().all(char::is_alphabetic)
    }

    /// The person slot starting at `from`: articles and adjectives skipped ("the other",
    /// "la otra", a "real" one), then up to three unknown words. The customer's own
    /// possessive ends it unless `mine_allowed` (a transfer moves the customer to their
    /// own adviser, a talk with "my husband" is private).
    fn slot(&self, from: usize, mine_allowed: bool) -> Option<(usize, usize)> {
        let mut i = from;
        while i < self.len()
            && (self.has(i, DET | ADJECTIVE | MINE) || self.units[i] == Some(Class::Real))
        {
            if self.has(i, MINE) && !self.has(i, DET) && !mine_allowed {
                return None;
            }
            i += 1;
        }
        let start = i;
        if self.has(start, DEPARTMENT) {
            return Some((start, start + 1));
        }
        // After an article a thing may modify the head noun ("the booking desk"); it is
        // never the head ("my account", "ke wifi gimana").
        let determined = start > from;
        while i < self.len()
            && i < start + SLOT_WORDS
            && (self.is_noun(i) || determined && self.units[i] == Some(Class::Thing))
        {
            i += 1;
        }
        while i > start && self.units[i - 1] == Some(Class::Thing) {
            i -= 1;
        }
        if i == start {
            i = self.role_run(start)?;
        }
        let private = !mine_allowed && self.has(i, MINE_AFTER);
        (!private).then_some((start, i))
    }

    /// The loose slot of a Vietnamese verb: up to three words, fillers or unknown, at
    /// least one unknown, none of them the customer, a pronoun or a negation.
    fn loose_slot(&self, from: usize) -> Option<(usize, usize)> {
        let mut i = from;
        while i < self.len()
            && i < from + SLOT_WORDS
            && matches!(self.units[i], None | Some(Class::Filler))
            && !self.has(i, PRONOUN | ME | MINE_AFTER)
        {
            i += 1;
        }
        let unknown = (from..i).any(|j| self.units[j].is_none());
        (unknown && i > from).then_some((from, i))
    }

    /// A role built of words that are fillers on their own: folding the Vietnamese tones
    /// makes "dược sĩ" (pharmacist) "duoc si", and "duoc" is also "được" (can). The end
    /// of the run if its words build a role.
    fn role_run(&self, start: usize) -> Option<usize> {
        // Later words may be articles elsewhere (Tagalog "si").
        let plain = |i: usize| {
            i < self.len()
                && matches!(self.units[i], None | Some(Class::Filler))
                && !self.has(i, PRONOUN | ME)
                && (i > start || !self.has(i, STRUCTURE))
        };
        (2..=SLOT_WORDS)
            .filter(|&length| (start..start + length).all(plain))
            .find(|&length| {
                let words: Vec<&str> = self.words[start..start + length]
                    .iter()
                    .map(String::as_str)
                    .collect();
                morphology::is_role(&words)
            })
            .map(|length| start + length)
    }

    /// Tags a slot as a person, the rest of its words and the glue between it and the
    /// frame's verb as fillers so that the chain of the rules runs through them. Tells
    /// whether the slot's words had the form asked for.
    fn fill(&mut self, slot: Slot, span: (usize, usize)) -> bool {
        let words: Vec<&str> = self.words[slot.start..slot.end]
            .iter()
            .map(String::as_str)
            .collect();
        let fits = match slot.form {
            Form::Any => true,
            Form::Agent => morphology::is_agent(&words),
            Form::Role => morphology::is_role(&words),
        };
        if !fits {
            return false;
        }
        for i in span.0..span.1 {
            if self.units[i].is_none() {
                self.units[i] = Some(Class::Filler);
            }
        }
        for i in slot.start + 1..slot.end {
            self.units[i] = Some(Class::Filler);
        }
        self.units[slot.start] = Some(Class::Target);
        true
    }

    /// A frame verb the lexicon does not know ("konsultasi", "bereikbaar") becomes a cue.
    fn make_cue(&mut self, verb: usize, class: Class) {
        if matches!(self.units[verb], None | Some(Class::Filler)) {
            self.units[verb] = Some(class);
        }
    }

    /// talk/meet/transfer/hand: the verb, glue, a preposition, then the person.
    fn forward(&mut self, verb: usize) {
        if !self.has(verb, OPENS) {
            return;
        }
        // Vietnamese "gặp" asks for someone only after a want: "tôi gặp lỗi" is an error.
        if self.has(verb, MEET_AFTER_WANT) && !self.units[..verb].contains(&Some(Class::Want)) {
            return;
        }
        let (after_glue, me_after) = self.skip_glue(verb + 1, TO | TO_THE);
        let passive = verb > 0 && self.has(verb - 1, AUX);
        let me = me_after || passive || self.carries_me(verb) || self.me_before(verb);
        let (start, preposition) = self.preposition(verb, after_glue);
        let Some(form) = self.form(verb, preposition, me) else {
            return;
        };
        if form == Form::Any && self.first_is_person(start) {
            // A known person: the rules need only see the verb ("¿me pone con el jefe?").
            self.make_cue(verb, Class::Contact);
            return;
        }
        // A transfer may go to the customer's own adviser; a talk with "my husband" is private.
        let mine_allowed = self.has(verb, TRANSFER) && !self.has(verb, TALK | MEET);
        let found = self.slot(start, mine_allowed).or_else(|| {
            self.has(verb, LOOSE)
                .then(|| self.loose_slot(start))
                .flatten()
        });
        if let Some((begin, end)) = found {
            let slot = Slot {
                start: begin,
                end,
                form,
            };
            if self.fill(slot, (verb + 1, begin)) {
                self.make_cue(verb, Class::Contact);
            }
        }
    }

    /// Where the person slot starts after a verb and its glue, and whether a preposition
    /// brought it ("to", "con", or one the verb includes: "speak with", "kết nối với").
    fn preposition(&self, verb: usize, i: usize) -> (usize, bool) {
        let included = self.words[verb]
            .rsplit(' ')
            .next()
            .is_some_and(|last| grammar().get(last).is_some_and(|f| f & TO != 0));
        if included {
            (i, true)
        } else if self.has(i, TO) || self.has(i, TO_THE) && self.has(i + 1, DET) {
            (i + 1, true)
        } else {
            (i, false)
        }
    }

    /// The form the verb's person must have, or `None` when the verb opens no frame here:
    /// a talk needs the customer as the talker, a transfer the customer as the one moved,
    /// and a direct object is a person only after a meeting verb or, in a role form, after
    /// a handing verb.
    fn form(&self, verb: usize, preposition: bool, me: bool) -> Option<Form> {
        let talks = self.has(verb, TALK | MEET) && !self.you_talk(verb) && !self.own_plan(verb);
        let moves = self.has(verb, PUT_THROUGH) || self.has(verb, TRANSFER) && me;
        let direct = !preposition;
        if talks && self.has(verb, ROLE_ONLY) {
            Some(Form::Role)
        } else if preposition && (talks || moves)
            || direct && talks && self.has(verb, MEET)
            || direct && me && self.has(verb, SERVE)
        {
            Some(Form::Any)
        } else if direct && me && self.has(verb, HAND) {
            Some(Form::Agent)
        } else {
            None
        }
    }

    /// German and Dutch: the verb closes the clause, the person stands before it, after
    /// an article ("den Filialleiter sprechen") or a preposition and an article ("mit der
    /// Rezeption sprechen", "zur Zahnärztin durchstellen").
    fn backward(&mut self, verb: usize) {
        if !self.has(verb, LAST) || verb == 0 {
            return;
        }
        let Some(end) = self.skip_glue_left(verb - 1) else {
            return;
        };
        let mut start = end + 1;
        while start > 0 && end + 1 - start < SLOT_WORDS && self.is_noun(start - 1) {
            start -= 1;
        }
        if start > end || start == 0 {
            return;
        }
        let before = start - 1;
        let article = self.has(before, DET) && !self.has(before, MINE);
        let preposition = self.has(before, TO) || article && before > 0 && self.has(before - 1, TO);
        let talks = self.has(verb, TALK) && !self.own_plan(start);
        let me = self.units[..before].contains(&Some(Class::Me)) || self.has(verb, PUT_THROUGH);
        let found = if talks {
            article || preposition
        } else {
            preposition && me
        };
        if found {
            let slot = Slot {
                start,
                end: end + 1,
                form: Form::Any,
            };
            if self.fill(slot, (end + 1, verb)) {
                self.make_cue(verb, Class::Contact);
            }
        }
    }

    /// "be contacted by X", "ser atendida pela X", "essere contattato da X", "tawagan ng
    /// X": the agent of a contact verb in the passive is the person.
    fn passive(&mut self, verb: usize) {
        if !matches!(self.units[verb], Some(Class::Contact | Class::Call)) {
            return;
        }
        let auxiliary = self.words[verb]
            .split(' ')
            .next()
            .is_some_and(|first| grammar().get(first).is_some_and(|f| f & AUX != 0))
            || verb > 0 && self.has(verb - 1, AUX);
        let (i, _) = self.skip_glue(verb + 1, BY | AGENT);
        let agent = self.has(i, AGENT) || auxiliary && self.has(i, BY);
        if !agent {
            return;
        }
        if let Some((start, end)) = self.slot(i + 1, false) {
            let slot = Slot {
                start,
                end,
                form: Form::Any,
            };
            self.fill(slot, (verb + 1, start));
        }
    }

    /// "is the receptionist available", "ist der Disponent erreichbar", "è disponibile la
    /// segretaria", "có giao dịch viên nào không": a role noun next to an availability
    /// word. The availability word becomes a cue for the rules.
    fn available(&mut self, word: usize) {
        if !self.has(word, AVAILABLE) {
            return;
        }
        // A product is available too: "el liquidificador está disponível" has an agent
        // ending, so only a role ending will do.
        let form = if self.has(word, REACHABLE) {
            Form::Any
        } else {
            Form::Role
        };
        let closes = self.skip_glue(word + 1, 0).0 == self.len();
        let before = word
            .checked_sub(1)
            .and_then(|w| self.skip_glue_left(w))
            .filter(|_| closes || !self.has(word, THERE));
        let mut found = before.is_some_and(|b| self.is_person(b));
        if let Some(end) = before.filter(|&end| !found && self.is_noun(end)) {
            let mut start = end;
            while start > 0 && end - start + 1 < SLOT_WORDS && self.is_noun(start - 1) {
                start -= 1;
            }
            let slot = Slot {
                start,
                end: end + 1,
                form,
            };
            found = self.fill(slot, (end + 1, word));
        }
        if !found && !self.has(word, THERE) {
            // The slot may start with a word that is a filler elsewhere ("có dược sĩ nào").
            let (i, _) = self.skip_glue(word + 1, 0);
            let slot = self.slot(word + 1, false).or_else(|| self.slot(i, false));
            if let Some((start, end)) = slot {
                let slot = Slot { start, end, form };
                found = self.fill(slot, (word + 1, start));
            }
        }
        if found {
            self.make_cue(word, Class::Exist);
        }
    }

    /// Whether the first word after the articles is a person word the lexicon knows.
    fn first_is_person(&self, from: usize) -> bool {
        (from..self.len())
            .find(|&i| !self.has(i, DET | ADJECTIVE))
            .is_some_and(|i| self.is_person(i))
    }

    fn is_person(&self, i: usize) -> bool {
        matches!(
            self.units[i],
            Some(Class::Someone | Class::Target | Class::Weak | Class::Bare)
        )
    }

    /// "anyone from the front desk", "jemand aus der Praxis", "alguém da loja": the
    /// unknown words naming where the someone works become fillers, so that the chain
    /// runs on to the rest of the request ("… available", "… telefonisch bei mir
    /// melden"). Only when a known word follows the place: "mi compañero de trabajo compró
    /// esto" ends in words nobody knows.
    fn someone_from(&mut self, person: usize) {
        if !self.is_person(person) || !self.has(person + 1, FROM) {
            return;
        }
        let mut start = person + 2;
        while start < self.len() && self.has(start, DET) {
            start += 1;
        }
        // The place may hold words that are fillers elsewhere ("the ticket office").
        let place = |i: usize| {
            matches!(self.units[i], None | Some(Class::Thing))
                || self.units[i] == Some(Class::Filler) && !self.has(i, STRUCTURE | ME)
        };
        let mut end = start;
        while end < self.len() && end < start + SLOT_WORDS && place(end) {
            end += 1;
        }
        while end > start && self.units[end - 1] == Some(Class::Filler) {
            end -= 1;
        }
        let bridged = end > start
            && self
                .units
                .get(end)
                .copied()
                .flatten()
                .is_some_and(|class| !matches!(class, Class::Thing | Class::LookAlike));
        if bridged {
            for i in start..end {
                self.units[i] = Some(Class::Filler);
            }
        }
    }

    /// A calling verb with the customer as its object asks to be called: "me podrían
    /// contactar", "mi può chiamare", "l'amministratore può richiamarmi", "bei mir melden".
    fn call_me(&mut self, verb: usize) {
        let clitic_before = self.has(verb, CALL)
            && (verb.saturating_sub(GLUE_REACH)..verb)
                .rev()
                .take_while(|&j| self.is_glue(j) || self.has(j, CLITIC))
                .any(|j| self.has(j, CLITIC));
        let me_before = self.units[verb] == Some(Class::Call)
            && (verb.saturating_sub(GLUE_REACH)..verb)
                .rev()
                .take_while(|&j| self.is_glue(j))
                .any(|j| self.has(j, ME_BEFORE_CALL));
        if self.has(verb, CALL_ME) || clitic_before || me_before {
            self.units[verb] = Some(Class::Request);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::lexicon::Lexicon;
    use crate::intent::normalise::normalise;
    use crate::intent::{detect, THRESHOLD};

    fn asks(text: &str) -> bool {
        detect(text).score >= THRESHOLD
    }

    #[test]
    fn an_unknown_noun_in_a_talk_or_transfer_frame_is_a_person() {
        for text in [
            "can I speak with the sommelier?",
            "please put me through to the night porter",
            "quisiera platicar con la nutrióloga",
            "mettez-moi en contact avec le syndic",
            "kann ich mit der Stationsleitung sprechen?",
            "ik wil de conciërge spreken",
            "me transfere pro almoxarifado",
            "mi mettete in contatto con il portiere?",
            "tolong sambungkan ke resepsionis",
            "cho tôi nói chuyện với dược sĩ",
            "gusto ko makausap ang kahera",
            "pakipasa po ako sa taga-warehouse",
        ] {
            assert!(asks(text), "{text}");
        }
    }

    #[test]
    fn passive_availability_and_call_frames() {
        for text in [
            "I'd like to be phoned by the project coordinator",
            "gostaria de ser atendido por um enfermeiro",
            "pwede po ba akong tawagan ng bantay?",
            "is the hygienist available today?",
            "ist der Bereitschaftsdienst erreichbar?",
            "è disponibile il fisioterapista?",
            "is anyone from the ticket office available?",
            "könnte sich jemand vom Kundenbüro bei mir melden?",
            "¿me podrían llamar del consultorio?",
            "l'avvocato può richiamarmi?",
        ] {
            assert!(asks(text), "{text}");
        }
    }

    #[test]
    fn frames_do_not_fire_on_things_private_people_or_plans() {
        for text in [
            "can you transfer the warranty to my new address?",
            "how do I connect my phone to the speaker",
            "sambungkan ke wifi gimana kak?",
            "let me talk with my flatmate and come back to you",
            "nanti saya bicarakan dengan istri dulu",
            "can I chat with friends on this app?",
            "you should talk to the carrier about it",
            "voy a hablar con el mecánico y les aviso",
            "is the tumble dryer available?",
            "o liquidificador está disponível?",
            "¿me pasas el enlace?",
            "tôi gặp sự cố khi đăng nhập",
            "how do I reach the terminal from the station?",
        ] {
            assert!(!asks(text), "{text}");
        }
    }

    #[test]
    fn past_talks_and_negations_stay_below_the_threshold() {
        for text in [
            "I spoke with the sommelier at dinner, great wine",
            "ya hablé con la gerenta ayer",
            "ich habe mit der Filialleitung telefoniert",
            "I don't want to chat with the sommelier",
            "ich möchte nicht mit der Disposition sprechen",
            "gak usah sambungkan ke bagian penagihan",
            "ik wil de magazijnchef niet spreken",
        ] {
            assert!(!asks(text), "{text}");
        }
    }

    #[test]
    fn entries_are_normalised_and_phrases_are_lexicon_units() {
        let lexicon = Lexicon::get();
        for (entry, _) in grammars().flat_map(entries) {
            assert_eq!(normalise(entry).trim(), entry, "frame entry {entry:?}");
            if entry.contains(' ') {
                assert!(lexicon.class(entry).is_some(), "not one unit: {entry:?}");
            }
        }
    }
}
