//! The roles the rules give the phrases of a clause, shared by every layer above: the
//! language files list their words under these roles, the lexicon and the frames tag
//! units with them, the rules judge them and the model sees them as features.

/// The role of a word or phrase. Declared from the most to the least specific: when one
/// spelling is listed under two roles, the earlier one is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Class {
    /// A look-alike that contains a person or contact word but means something else
    /// ("human resources", "travel agent", "per person", "in person", "transfer ke
    /// rekening"), a third party who is not the shop's staff ("courier", "kurir", "shipper"),
    /// or a talk that already happened ("udah ngobrol sama cs").
    LookAlike,
    /// The customer says what they are ("I'm human", "soy humano", "ik ben geen robot"):
    /// neither a request nor, in the same message, a refusal of the bot.
    Myself,
    /// The message is about a job or about becoming a reseller: person words there are
    /// about recruiting, not about talking to someone.
    Job,
    /// Hair and wigs: a person word just after one is the material, not someone to talk to
    /// ("cabelo 100% humano", "rambut sambung asli manusia", "buhok ng tao").
    Material,
    /// A phrase that is a request on its own ("call me back", "anyone there").
    Request,
    /// Bot, robot, machine: refusing one is asking for a person.
    Bot,
    /// Cues that refuse the bot ("stop", "enough", "tired of").
    Reject,
    /// Negation: turns a request around ("don't need", "no need", "nicht", "tidak perlu").
    Negation,
    /// Vietnamese "rồi" after a request-like chain: it already happened ("mình nói
    /// chuyện với nhân viên rồi", I have talked to the staff).
    Done,
    /// Someone who can take over: human, agent, representative, customer service.
    Target,
    /// An indefinite person: someone, anyone, alguien, jemand, one of you.
    Someone,
    /// A person word whose spelling is also a common word elsewhere (Dutch "mens", English
    /// "mens" for men's): counts like a weak word, or alone at the head of a tiny clause
    /// ("mens aub").
    Bare,
    /// Words that name a person or team only together with a contact verb: vocatives like
    /// "min", "kak", "ate", "kuya", or "support", "team", "department".
    Weak,
    /// Real, live, actual, echt, asli, totoo.
    Real,
    /// Calling verbs (call, contact, bel, tawagan, gọi): a contact verb which, followed
    /// by "me", asks for a person by itself ("call me", "bel me even terug", "tawagan nyo
    /// na lang po ako").
    Call,
    /// Talk, speak, connect, transfer, put through.
    Contact,
    /// Want, need, give me, quiero, möchte, mau, gusto.
    Want,
    /// Is there, any, hay, il y a, ada, may.
    Exist,
    /// A contrast word that starts a new clause ("but", "pero", "tapi").
    Boundary,
    /// Thanks: a person word right after it is being thanked, not asked for ("thank you
    /// customer service", "merci au service client", "makasih kak admin").
    Thanks,
    /// The customer as object ("me", "mich", "moi", "saya", "tôi", "ako", "mij"): a filler
    /// that completes a calling verb.
    Me,
    /// Words that may sit between the parts of a request without changing it: articles,
    /// pronouns, prepositions, please, modal verbs, greetings.
    Filler,
    /// Things a customer transfers, connects or asks about that are not a person (an account,
    /// the wifi, a charger, a size, the store): they never fill the person slot of a frame
    /// ("transfer me to my account", "connect to the wifi", "is the charger available").
    /// Otherwise they count as an unknown word. Ranked last: any other role of the same
    /// spelling wins.
    Thing,
}

/// One unit of a clause: the class of a known phrase, or `None` for an unknown word.
pub(crate) type Unit = Option<Class>;
