//! German: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::class::Class;
use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds {
        heads: &[
            ("abteilung", Class::Weak),
            ("zentrale", Class::Weak),
            ("leiter", Class::Target),
            ("leiterin", Class::Target),
            ("beamter", Class::Target),
            ("beamtin", Class::Target),
            ("beamten", Class::Target),
            ("meister", Class::Target),
            ("meisterin", Class::Target),
            ("arzt", Class::Target),
            ("arztin", Class::Target),
            ("verantwortliche", Class::Target),
            ("verantwortlichen", Class::Target),
            ("verantwortlicher", Class::Target),
            ("beauftragte", Class::Target),
            ("beauftragten", Class::Target),
            ("beauftragter", Class::Target),
            ("betreuer", Class::Target),
            ("betreuerin", Class::Target),
            ("mitarbeitende", Class::Target),
            ("mitarbeitenden", Class::Target),
            ("mitarbeiter", Class::Target),
            ("mitarbeiterin", Class::Target),
            ("berater", Class::Target),
            ("beraterin", Class::Target),
            ("techniker", Class::Target),
        ],
        not_compounds: &[
            "kleider",
            "trittleiter",
            "stehleiter",
            "aluleiter",
            "holzleiter",
            "klappleiter",
            "teleskopleiter",
            "mehrzweckleiter",
            "anlegeleiter",
            "schiebeleiter",
            "strickleiter",
            "bockleiter",
            "halbleiter",
            "ableiter",
            "stromleiter",
        ],
    },
    durations: "sekunden minuten std stunde stunden tag tage tagen woche wochen mal",
};

const WORDS: Words = Words {
    look_alikes: "personalabteilung, pro person, je person, menschenrechte, menschliches haar, \
                  echthaar, reiseburo, immobilienmakler, versicherungsvertreter, \
                  handelsvertreter, menschlicher fehler, fahrer, kurier, zusteller, paketbote, \
                  postbote, melde mich, melden uns, melde ich mich",
    myself: "ich bin ein mensch, ich bin mensch, ich bin ein echter mensch, \
             ich bin kein roboter, ich bin kein bot, ich bin keine maschine",
    jobs: "stelle, stellen, stellenangebot, bewerbung, bewerben, ausbildung, praktikum, \
           lebenslauf, sucht ihr, suchen sie",
    materials: "haar, haare, perucke, perucken, haarteil",
    requests: "bitte um kontaktaufnahme, um kontaktaufnahme, um ruckruf, um rueckruf, \
               ruft mich an, rufen sie mich an, ruf mich an, mich anrufen, mich zuruckrufen, \
               mich zurueckrufen, ruckruf, rueckruf, zuruckrufen, ist da jemand, ist jemand da, \
               ist da wer, ist wer da, ist hier wer, bitte um ruckruf, bitte um rueckruf, \
               mit wem kann ich sprechen, mit wem kann ich reden, an wen kann ich mich wenden, \
               an wen wende ich mich, mit wem kann ich",
    bots: "roboter, maschine, automat, automatische antwort, ki",
    reject: "genug, schluss, stopp, hor auf, satt, nervt",
    negation: "nicht, kein, keine, keinen, keinem, keiner, nie, niemals, ohne, niemand, \
               niemanden, niemandem, nicht notig",
    targets: "mensch, menschen, mitarbeiter, mitarbeiterin, mitarbeitern, mitarbeitende, \
              berater, beraterin, kundenberater, kundenservice, kundendienst, kundenbetreuung, \
              kundensupport, servicemitarbeiter, ansprechpartner, ansprechpartnerin, \
              sachbearbeiter, person, vorgesetzten, chef, service team, techniker, technikerin, \
              servicetechniker, kollege, kollegin, kollegen, kolleginnen, kundenhotline, \
              servicehotline, service hotline, supportteam, serviceteam, kundenserviceteam, \
              kundenbetreuer, kundenbetreuerin, kundendienstmitarbeiter, \
              kundendienstmitarbeiterin, servicemitarbeiterin, sachbearbeiterin, teammitglied, \
              zustandige person, zustandigen, zustandiger, verantwortlichen, vorgesetzte, \
              vorgesetzter, menschliche hilfe, menschlichen support, menschliche unterstutzung",
    someone: "jemand, ist jemand, jemanden, jemandem, personen, einer von euch, einer von ihnen, \
              eine von euch, einen von euch, einem von euch, irgendwer, irgendjemand, \
              irgendjemanden, irgendjemandem",
    weak: "hotline, service, abteilung, fachabteilung, vertrieb, buchhaltung",
    real: "echt, echte, echten, echter, echtes, richtige, richtigen, richtiger, realen, reale, \
           menschlichen, menschlicher, aus fleisch und blut, wirklichen, wirkliche, menschliche",
    call: "anrufen, ruft, rufen, ruf, kontaktieren, kontaktiert, melden, meldet, melde, anruft, \
           zuruckruft, zurueckruft",
    contact: "sprechen, reden, kontakt, erreichen, verbinden, verbindet, verbunden, chatten, \
              schreiben, weiterleiten, durchstellen, helfen, antworten, weiterleitet, \
              weitergeleitet werden, verbunden werden, durchgestellt werden, kontaktiert werden, \
              angerufen werden, zuruckgerufen werden, leiten, leitet, leiten sie mich, \
              leitet mich, stellen sie mich, stellt mich, stell mich, vermitteln, vermittelt, \
              weiterverbinden, durchverbinden, verbinde, spreche, rede, telefonieren, \
              beschweren, beschwerde, ubernehmen, ubernimmt, ubernehmen sie, weitergeben",
    want: "mochte, moechte, wollen, brauche, benotige, benoetige, hatte gern, hatte gerne, gern, \
           gerne, wunsche, verlange, suche, wurde gern, wurde gerne, brauchen, wollte, ich will, \
           will ich, will mit, will einen, will eine, will nen, will jemanden",
    exist: "gibt es, ist da, ist hier, sind da, verfugbar, erreichbar",
    boundaries: "aber, sondern, sonst",
    thanks: "danke, vielen dank, danke schon, danke schoen, besten dank",
    me: "mich, mir",
    filler: "heute, morgen, mit, einem, einen, einer, ein, eine, nem, ner, der, die, das, dem, \
             den, des, zu, \
             zum, zur, ich, sie, ihnen, ihr, ihrem, ihren, euch, eurem, euren, du, dich, dir, \
             wir, uns, bitte, jetzt, sofort, gleich, schnell, direkt, endlich, kann, konnte, \
             konnten, kannst, konnen, durfte, darf, mal, doch, bei, vom, von, an, auf, am, im, \
             guten, tag, und, oder, hier, da, noch, nur, einfach, vielleicht, wie, wo, \
             kann ich nicht, kann nicht, weiss nicht, weiss ich nicht, bin kein, aus, sich, \
             telefonisch, weiter, durch, eure, euer, ihre, ihrer, englisch, auf englisch, uber, \
             mein, meine, meinen, meinem, meiner, nen, mitglied, anliegen, mein anliegen, \
             ticket, fall, meinen fall, werden",
    things: "konto, karte, geld, guthaben, punkte, bestellung, paket, buchung, reservierung, \
            adresse, nummer, seite, webseite, netzwerk, wlan, drucker, lautsprecher, kopfhorer, \
            ladegerat, kabel, gerat, konsole, fernseher, handy, laden, filiale, bank, grosse, \
            farbe, modell, version, produkt, artikel, preis, zahlung, rechnung, quittung, \
            erstattung, garantie, abo, abonnement, tarif, flughafen, bahnhof, hause, system, \
            bildschirm, warenkorb",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "sprechen, reden, chatten, schreiben, telefonieren",
    transfer: "verbinden, verbindet, verbinde, weiterleiten, weiterleitet, durchstellen, \
               leiten, leitet, leiten sie mich, leitet mich, stellen sie mich, stellt mich, \
               stell mich, vermitteln, vermittelt, weiterverbinden, durchverbinden, weitergeben",
    put_through: "weitergeleitet werden, verbunden werden, durchgestellt werden",
    last: "sprechen, reden, chatten, telefonieren, verbinden, weiterleiten, durchstellen, \
           weiterverbinden, durchverbinden, vermitteln, weitergeben, weiter",
    to: "mit, zu, zum, zur, an",
    by: "von, durch",
    from: "aus, von, vom, bei",
    det: "der, die, das, dem, den, einem, einen, einer, ein, eine, nem, ner, nen, ne, ihrem, \
          ihren, ihrer, ihre, eurem, euren, eurer, eure, zum, zur",
    mine: "mein, meine, meinem, meinen, meiner",
    me: "mich, mir, gesprach, chat",
    me_before_call: "mir",
    aux: "werden",
    glue: "ist, sind, gerade, kurz, mal, bitte",
    available: "verfugbar, frei",
    there: "da",
    reachable: "erreichbar, anwesend",
    pronouns: "ihm, ihn, ihr, ihnen, sie, es, dir, dich, freunden, freunde, familie, mann, \
               frau, kindern, kunden, spielern, nutzern, anderen, nachbarn",
    you: "du",
    future: "werde",
    adjectives: "andere, anderen, anderem, anderer, nachsten, selben, neuen",
    ..Grammar::NONE
};
