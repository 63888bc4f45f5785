//! Word forms the lexicon does not list: nouns that name someone by their role, and the
//! request forms of the verbs that ask to be put through.
//!
//! Role nouns are recognised by their ending ("receptionist", "recepcionista",
//! "pharmacien", "secretária") or, in Vietnamese, Tagalog and Indonesian, by the word that
//! builds them ("giao dịch viên", "taga-billing", "juru bicara"). An ending alone is weak
//! evidence ("list", "horario"), so it is only asked for inside a frame that already
//! expects a person (frames.rs), never on its own.
//!
//! Verb forms are built from a stem and an ending: "transfirieran", "comunicarme",
//! "trasferisca", "rappeliez", "menghubungkan", "paki pasa". Only forms that can ask for
//! something count (infinitive, imperative, present, subjunctive, conditional); past
//! forms report what happened ("ya me transfirieron", "j'ai parlé"), and a participle
//! counts only after a passive auxiliary ("ser transferida", "essere contattato").

use super::class::Class;
use super::language::Morphology;
use super::languages;

/// Endings of nouns for a person by trade or role.
const ROLE_ENDINGS: &[&str] = &[
    "ist", "ista", "iste", "istas", "istes", "isten", "istin", "ician", "icians", "cien", "cienne",
    "ciens", "ologe", "ologin", "ologo", "ologa", "ologue", "iatra", "aria", "ario", "arias",
    "arios",
];

/// Words with a role ending that are not people.
const NOT_ROLES: &[&str] = &[
    "list",
    "lista",
    "liste",
    "listas",
    "listes",
    "listen",
    "playlist",
    "checklist",
    "wishlist",
    "vista",
    "pista",
    "piste",
    "revista",
    "entrevista",
    "conquista",
    "exist",
    "insist",
    "assist",
    "resist",
    "consist",
    "persist",
    "twist",
    "wrist",
    "mist",
    "gist",
    "kist",
    "kiste",
    "triste",
    "chiste",
    "existe",
    "insiste",
    "resiste",
    "viste",
    "horario",
    "horarios",
    "calendario",
    "salario",
    "formulario",
    "comentario",
    "diario",
    "diaria",
    "armario",
    "usuario",
    "usuaria",
    "vestuario",
    "inventario",
    "escenario",
    "cenario",
    "itinerario",
    "orario",
    "orari",
    "glossario",
    "vocabolario",
    "necessario",
    "necessaria",
    "necesario",
    "necesaria",
    "contrario",
    "contraria",
    "ordinario",
    "ordinaria",
    "sanitario",
    "sanitaria",
    "bancario",
    "bancaria",
    "primario",
    "primaria",
    "solidario",
    "acuario",
    "acquario",
    "santuario",
    "aria",
    "area",
    "maria",
    "malaria",
    "varia",
    "diversos",
    "turista",
    "tourist",
    "turistas",
    "tourists",
];

/// Agent endings: most name a person ("coordinador", "gestionnaire", "Disponent",
/// "vendeuse"), but devices, qualities and events share them ("cargador", "chargeur",
/// "monitor", "restaurant", "payment"), so they count only where a thing is unlikely, and
/// never for the words below or the things of the lexicon.
const AGENT_ENDINGS: &[&str] = &[
    "eur", "euse", "eurs", "trice", "ant", "ante", "ent", "ente", "or", "ora", "ador", "adora",
    "edor", "edora", "idor", "idora", "aire", "aires",
];

const NOT_AGENTS: &[&str] = &[
    // devices
    "monitor",
    "projector",
    "motor",
    "sensor",
    "adapter",
    "connector",
    "processor",
    "protector",
    "radiator",
    "generator",
    "elevator",
    "calculator",
    "refrigerator",
    "ventilador",
    "secador",
    "televisor",
    "ordenador",
    "computador",
    "marcador",
    "organizador",
    "mostrador",
    "refrigerador",
    "congelador",
    "calentador",
    "aquecedor",
    "humidificador",
    "purificador",
    "difusor",
    "exprimidor",
    "licuadora",
    "impresora",
    "lavadora",
    "secadora",
    "aspiradora",
    "computadora",
    "calculadora",
    "batidora",
    "grabadora",
    "proyector",
    "projetor",
    "adaptador",
    "conector",
    "procesador",
    "processador",
    "motore",
    "ventilatore",
    "televisore",
    "caricatore",
    "proiettore",
    "adattatore",
    "condizionatore",
    "frullatore",
    "asciugatore",
    "ordinateur",
    "moteur",
    "lecteur",
    "routeur",
    "adaptateur",
    "aspirateur",
    "radiateur",
    "ventilateur",
    "mixeur",
    "projecteur",
    "moniteur",
    "climatiseur",
    "interrupteur",
    "capteur",
    "compteur",
    "processeur",
    "extincteur",
    "distributeur",
    "perceuse",
    "tondeuse",
    "friteuse",
    "agrafeuse",
    "liseuse",
    "veilleuse",
    "calculatrice",
    "imprimante",
    "tablette",
    // qualities, places, things
    "color",
    "colour",
    "door",
    "floor",
    "mirror",
    "error",
    "favor",
    "favour",
    "interior",
    "exterior",
    "indoor",
    "outdoor",
    "major",
    "minor",
    "mayor",
    "menor",
    "mejor",
    "peor",
    "sabor",
    "olor",
    "calor",
    "dolor",
    "amor",
    "valor",
    "humor",
    "rumor",
    "tenedor",
    "colore",
    "sapore",
    "couleur",
    "valeur",
    "erreur",
    "hauteur",
    "largeur",
    "longueur",
    "profondeur",
    "epaisseur",
    "douleur",
    "humeur",
    "odeur",
    "saveur",
    "interieur",
    "exterieur",
    "meilleur",
    "plusieurs",
    "leur",
    "leurs",
    "ailleurs",
    "restaurant",
    "restaurante",
    "ristorante",
    "variant",
    "variante",
    "plant",
    "planta",
    "pendant",
    "pendiente",
    "detergent",
    "detergente",
    "ambiente",
    "colgante",
    "guante",
    "calmante",
    "elegante",
    "importante",
    "diamante",
    "present",
    "presente",
    "payment",
    "shipment",
    "document",
    "documento",
    "instrument",
    "equipment",
    "supplement",
    "content",
    "contenido",
    "event",
    "element",
    "moment",
    "momento",
    "accident",
    "percent",
    "tent",
    "urgent",
    "urgente",
    "different",
    "diferente",
    "siguiente",
    "corriente",
    "caliente",
    "lente",
    "diente",
    "fuente",
    "puente",
    "frente",
    "mente",
    "gente",
    "cliente",
    "clientes",
    "client",
    "clients",
    "student",
    "estudiante",
    "formulaire",
    "horaire",
    "commentaire",
    "dictionnaire",
    "salaire",
    "inventaire",
    "annuaire",
    "anniversaire",
    "questionnaire",
    "necessaire",
    "contraire",
    "ordinaire",
    "primaire",
    "secondaire",
    "solitaire",
    "moment",
    "dokument",
    "zement",
    "talent",
    "patent",
    "prozent",
    "argument",
    "kontinent",
    "restaurante",
];

/// A run of one to three unknown words names someone by its form.
pub(crate) fn is_role(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    has_role_ending(last) || builds_a_role(first, words)
}

/// Like [`is_role`], also taking agent endings ("the coordinator", "el administrador",
/// "der Disponent").
pub(crate) fn is_agent(words: &[&str]) -> bool {
    is_role(words)
        || words.last().is_some_and(|last| {
            !NOT_AGENTS.contains(last)
                && AGENT_ENDINGS
                    .iter()
                    .any(|ending| last.len() >= ending.len() + 4 && last.ends_with(ending))
        })
}

fn has_role_ending(word: &str) -> bool {
    !NOT_ROLES.contains(&word)
        && ROLE_ENDINGS
            .iter()
            .any(|ending| word.len() >= ending.len() + 3 && word.ends_with(ending))
}

/// Some languages build a role with a word of its own: Vietnamese with "viên" after
/// ("giao dịch viên"), "sĩ" after ("dược sĩ") or "trưởng" before ("trưởng ca"); Tagalog
/// with "taga" ("taga-billing", "tagapamahala"); Indonesian with "juru", "tukang" or
/// "ahli" ("juru bicara"). Each language lists its own.
fn builds_a_role(first: &str, words: &[&str]) -> bool {
    let later = |word: &str| words.iter().skip(1).any(|w| *w == word);
    morphologies().any(|m| {
        m.role_words_after.iter().any(|word| later(word))
            || m.role_words_before.contains(&first)
            || m.role_prefixes
                .iter()
                .any(|prefix| first.starts_with(prefix))
    })
}

/// The word forms of every language.
fn morphologies() -> impl Iterator<Item = &'static Morphology> {
    languages::ALL.iter().map(|language| &language.morphology)
}

/// The role of an unknown word that is a request form of a contact verb.
pub(crate) fn verb_form(previous: Option<&str>, word: &str) -> Option<Class> {
    let after_auxiliary =
        previous.is_some_and(|p| morphologies().any(|m| m.passive_auxiliaries.contains(&p)));
    let stems = morphologies().flat_map(|m| m.stems).any(|paradigm| {
        paradigm.stems.iter().any(|stem| {
            word.strip_prefix(stem).is_some_and(|ending| {
                paradigm.endings.contains(&ending)
                    || after_auxiliary && paradigm.participles.contains(&ending)
            })
        })
    });
    let split = previous.is_some_and(|p| {
        morphologies().any(|m| m.split_prefixes.contains(&p) && m.split_roots.contains(&word))
    });
    (stems || split || morphologies().any(|m| is_affixed(m, word))).then_some(Class::Contact)
}

/// Whether prefix, root and suffix make the word, or a root and a suffix that is not empty.
fn is_affixed(morphology: &Morphology, word: &str) -> bool {
    morphology.affix_prefixes.iter().any(|prefix| {
        word.strip_prefix(prefix).is_some_and(|rest| {
            morphology.affix_suffixes.iter().any(|suffix| {
                rest.strip_suffix(suffix)
                    .is_some_and(|root| morphology.affix_roots.contains(&root))
            })
        })
    }) || morphology.affix_roots.iter().any(|root| {
        word.len() > root.len()
            && word.starts_with(root)
            && morphology.affix_suffixes.contains(&&word[root.len()..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_nouns_are_recognised_by_their_form() {
        for words in [
            &["receptionist"][..],
            &["recepcionista"],
            &["pharmacienne"],
            &["secretaria"],
            &["farmacista"],
            &["giao", "dich", "vien"],
            &["duoc", "si"],
            &["truong", "ca"],
            &["taga", "billing"],
            &["night", "receptionist"],
        ] {
            assert!(is_role(words), "{words:?}");
        }
        for words in [
            &["list"][..],
            &["horario"],
            &["printer"],
            &["size"],
            &["blauwe", "jas", "nog"],
        ] {
            assert!(!is_role(words), "{words:?}");
        }
        for word in [
            "coordinator",
            "administrador",
            "gestionnaire",
            "disponent",
            "vendeuse",
        ] {
            assert!(is_agent(&[word]) && !is_role(&[word]), "{word}");
        }
        for word in [
            "monitor",
            "ordinateur",
            "restaurant",
            "payment",
            "color",
            "stand",
        ] {
            assert!(!is_agent(&[word]), "{word}");
        }
    }

    #[test]
    fn request_forms_of_contact_verbs_are_verbs() {
        for (previous, word) in [
            (None, "transfirieran"),
            (None, "comunicarme"),
            (None, "explicarlo"),
            (Some("ser"), "transferida"),
            (Some("essere"), "contattato"),
            (Some("be"), "called"),
            (None, "rappeliez"),
            (None, "trasferisca"),
            (None, "menghubungkan"),
            (None, "nyambungin"),
            (Some("paki"), "pasa"),
        ] {
            assert_eq!(verb_form(previous, word), Some(Class::Contact), "{word}");
        }
    }

    #[test]
    fn past_forms_and_look_alikes_are_not() {
        for (previous, word) in [
            (None, "transferida"),
            (Some("fui"), "atendido"),
            (None, "transfirieron"),
            (None, "parle"),
            (None, "called"),
            (None, "terus"),
            (None, "pasa"),
            (None, "comunicacion"),
            (None, "transferencia"),
        ] {
            assert_eq!(verb_form(previous, word), None, "{word}");
        }
    }
}
