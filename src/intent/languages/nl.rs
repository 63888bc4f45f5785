//! Dutch: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::class::Class;
use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds {
        heads: &[
            ("afdeling", Class::Weak),
            ("centrale", Class::Weak),
            ("balie", Class::Weak),
            ("desk", Class::Weak),
            ("leider", Class::Target),
            ("leidster", Class::Target),
            ("medewerkers", Class::Target),
            ("medewerker", Class::Target),
            ("medewerkster", Class::Target),
            ("adviseur", Class::Target),
        ],
        ..Compounds::NONE
    },
    durations: "seconden uur uren dag dagen weken keer",
};

const WORDS: Words = Words {
    look_alikes: "reisagent, makelaar, per persoon, in persoon, personeelszaken, mensenrechten, \
                  echt haar, menselijk haar, verzekeringsagent, bezorger, koerier, postbode, \
                  chauffeur",
    myself: "ik ben een mens, ik ben mens, ik ben een echt persoon, ik ben een echte persoon, \
             ik ben geen robot, ik ben geen bot",
    jobs: "vacature, vacatures, sollicitatie, solliciteren, werken bij jullie, zoeken jullie",
    materials: "haren, pruik, pruiken",
    requests: "teruggebeld worden, opgebeld worden, gebeld worden, in contact gebracht worden, \
               bel me, bel mij, bel me terug, terugbellen, mij terugbellen, me terugbellen, \
               is er iemand, mij bellen, me bellen, mij opbellen, me opbellen, \
               met wie kan ik spreken, met wie kan ik praten, wie kan ik spreken, \
               wie kan ik bellen",
    bots: "automatisch antwoord",
    reject: "genoeg, ben klaar met, zat, beu",
    negation: "niet, geen, nooit, zonder, niemand, niet nodig, hoeft niet",
    targets: "medewerker, medewerkers, medewerkster, klantenservice, klantendienst, \
              klantenservicemedewerker, een mens, echte mens, echt mens, persoon, adviseur, \
              servicedesk, menselijke medewerker, leidinggevende, technicus, monteur, \
              servicemonteur, collega, collegas, technische dienst, klantcontact, \
              supportafdeling, teamlid, consulent, klantadviseur, eigenaar, adviseurs, \
              klantenservicemedewerkers",
    someone: "iemand, echte mensen, een van jullie, eentje van jullie",
    bare: "mens",
    weak: "afdeling",
    real: "echt, echte, van vlees en bloed, menselijke, menselijk",
    call: "bel, bellen, opbellen",
    contact: "doorzetten, spreken, praten, chatten, doorverbinden, doorverbonden, verbinden, \
              verbind, \
              bereiken, in contact, contact opnemen, helpen, antwoorden, doorschakelen, \
              doorsturen, doorverwijzen, doorverbind, doorgeven, spreek, praat, opnemen, klacht, \
              klagen, klacht indienen, overnemen, overneemt",
    want: "wil, wilt, willen, graag, zou graag, nodig, wens, vraag, zoek, krijgen, zou willen, \
           wil graag",
    exist: "is er, zijn er, beschikbaar, is daar",
    boundaries: "maar, echter",
    thanks: "dank, dank je, dank u, bedankt, dank je wel, dank u wel",
    me: "mij",
    filler: "ik, mijn, je, jij, jullie, uw, wij, ons, een, de, het, met, van, bij, op, aan, \
             naar, voor, om, te, door, alstublieft, alsjeblieft, aub, svp, nu, even, ff, meteen, \
             snel, kan, kun, kunt, kunnen, mag, zou, hoi, dag, goedemorgen, goedemiddag, en, of, \
             hier, daar, er, die, dat, heb, hebben, weet niet, weet ik niet, kan niet, \
             kan ik niet, lukt niet, aan de lijn, aan de telefoon, ben geen, terug, a u b, \
             engels, in het engels, lid, dossier, ticket, zaak, worden, word, wordt",
    things:
        "rekening, kaart, geld, saldo, punten, bestelling, pakket, reservering, boeking, adres, \
           nummer, pagina, site, netwerk, printer, speaker, koptelefoon, oordopjes, oplader, \
           kabel, apparaat, console, televisie, telefoon, gsm, winkel, filiaal, bank, maat, \
           kleur, versie, product, artikel, voorraad, prijs, betaling, factuur, bon, \
           terugbetaling, garantie, abonnement, portemonnee, luchthaven, station, huis, \
           systeem, scherm, computer, spaarrekening, winkelwagen",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "spreken, praten, chatten, bellen",
    transfer: "doorzetten, verbinden, verbind, doorsturen, doorverwijzen, doorgeven",
    put_through: "doorverbinden, doorverbonden, doorverbind, doorschakelen, in contact",
    last: "doorzetten, spreken, praten, chatten, bellen, doorverbinden, doorverbonden, verbinden, \
           doorschakelen, doorsturen, doorverwijzen",
    to: "met, naar, aan",
    by: "door",
    from: "van, bij, uit",
    det: "de, het, een, uw, jullie, je, die",
    mine: "mijn",
    me: "me, mij, gesprek, chat",
    me_before_call: "mij",
    aux: "worden",
    glue: "is, zijn, even, ff, graag, nu, door, eens, toch, worden, kunnen, brengen, stellen",
    available: "beschikbaar, vrij",
    reachable: "bereikbaar, aanwezig",
    pronouns: "hem, haar, hen, hun, jou, u, vrienden, vriend, familie, man, vrouw, kinderen, \
               klanten, spelers, gebruikers, anderen, buren",
    you: "jij",
    future: "ga, gaan",
    adjectives: "ander, andere, volgende, zelfde, nieuwe",
    ..Grammar::NONE
};
