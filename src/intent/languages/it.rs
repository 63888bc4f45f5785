//! Italian: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Stems, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        stems: &[ITALIAN_ARE, ITALIAN_IRE],
        passive_auxiliaries: &["essere"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "secondi minuti ora ore giorno giorni settimana settimane volte",
};

const WORDS: Words = Words {
    look_alikes: "risorse umane, diritti umani, capelli umani, corpo umano, errore umano, \
                  agente immobiliare, agenzia immobiliare, agente di viaggio, agente di viaggi, \
                  agente assicurativo, agente di commercio, rappresentante di commercio, \
                  per persona, a persona, di persona, operatore telefonico, operatore turistico, \
                  corriere, fattorino, postino, autista",
    myself: "sono umano, sono umana, sono una persona, sono un essere umano, \
             sono una persona vera, non sono un robot, non sono un bot",
    jobs: "candidatura, curriculum, assumete, assunzioni, cercate personale, cercate, \
           posizioni aperte, lavorare con voi",
    materials: "capelli, parrucca, parrucche",
    requests: "c e qualcuno, ce qualcuno, chiamatemi, richiamatemi, mi chiamate, mi richiamate, \
               mi potete chiamare, mi potete richiamare, contattatemi, mi contattate, \
               mi contattereste, mi potete contattare, mi puo contattare, mi chiami, \
               mi richiami, telefonatemi, mi telefonate, con chi posso parlare, \
               a chi posso rivolgermi, con chi parlo",
    bots: "macchina, risposta automatica, automatico, assistente virtuale",
    reject: "basta, stufo, stufa, ne ho abbastanza",
    negation: "non, nn, senza, mai, nessuno, niente, non serve, non c e bisogno",
    targets: "umano, umani, essere umano, persona, operatore, operatrice, operatori, agente, \
              consulente, consulenti, addetto, addetta, assistenza clienti, servizio clienti, \
              customer care, rappresentante, responsabile, impiegato, commesso, tecnico, \
              tecnici, collega, colleghi, centro assistenza, assistenza tecnica, \
              supporto tecnico, ufficio clienti, servizio assistenza, dipendente, dipendenti, \
              specialista, titolare, capo, ufficio reclami, ufficio assistenza, \
              ufficio commerciale, addetti, responsabili, rappresentanti",
    someone: "qualcuno, persone, uno di voi, una di voi, qualcuno di voi",
    weak: "assistenza, supporto, reparto",
    real: "reale, reali, vera, vero, in carne e ossa, in carne ed ossa, umana, umane",
    contact: "essere ricontattato, essere ricontattata, essere richiamato, essere richiamata, \
              parlare, parlarne, contattare, contattarmi, contattato, contattata, chiamare, \
              chiamarmi, richiamare, richiamarmi, sentire, passare, passarmi, passatemi, \
              passate, mettere in contatto, in contatto, chattare, aiutare, aiutarmi, \
              rispondere, trasferire, trasferirmi, trasferitemi, trasferisci, trasferiscimi, \
              trasferite, essere trasferito, essere trasferita, inoltrare, inoltrarmi, \
              inoltratemi, inoltrate, collegare, collegarmi, collegatemi, collegate, \
              mettermi in contatto, mettetemi in contatto, mettete in contatto, passami, \
              mi passi, passi, girare, giratemi, girarmi, essere richiamato, essere richiamata, \
              parlo, parli, reclamo, fare un reclamo, lamentela, subentrare, subentri, \
              prendere in carico, prenda in carico",
    want: "voglio, vorrei, desidero, bisogno, serve, servirebbe, chiedo, preferirei, cerco, \
           gradirei, avrei bisogno",
    exist: "c e, ci sono, esiste, disponibile",
    boundaries: "pero, bensi, invece",
    thanks: "grazie, grazie mille, ti ringrazio, vi ringrazio",
    filler: "con, col, un, una, uno, il, lo, la, l, i, gli, le, di, del, della, dello, dell, da, \
             dal, al, alla, a, per, x, favore, piacere, io, mi, me, ti, vi, voi, lei, vostro, \
             vostra, posso, potrei, potete, potreste, puoi, puo, adesso, ora, subito, \
             direttamente, solo, ciao, salve, buongiorno, buonasera, e, o, essere, qui, che, ho, \
             ma, non so, non riesco, non posso, non sono un, vostri, vostre, tuo, tua, suo, sua, \
             mio, mia, degli, delle, nel, nella, nello, sul, sulla, al telefono, \
             telefonicamente, per telefono, inglese, gentilmente, cortesemente, ufficio, membro, \
             membri, caso, pratica, ticket",
    things: "conto, carta, soldi, denaro, saldo, punti, ordine, pacco, prenotazione, indirizzo, \
             numero, pagina, sito, rete, stampante, cassa, cuffie, caricatore, cavo, \
             dispositivo, telecomando, televisore, negozio, filiale, banca, taglia, colore, \
             modello, versione, prodotto, articolo, prezzo, pagamento, fattura, ricevuta, \
             rimborso, garanzia, abbonamento, portafoglio, aeroporto, stazione, casa, sistema, \
             schermo, cellulare, telefono, carrello",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "parlare, parli, chattare, sentire",
    transfer: "passare, passarmi, passatemi, passate, passami, mi passi, passi, trasferire, \
               trasferirmi, trasferitemi, trasferisci, trasferiscimi, trasferite, inoltrare, \
               inoltrarmi, inoltratemi, inoltrate, collegare, collegarmi, collegatemi, collegate, \
               girare, giratemi, girarmi",
    put_through: "mettere in contatto, in contatto, mettermi in contatto, \
                  mettetemi in contatto, mettete in contatto, essere trasferito, \
                  essere trasferita",
    hand: "passare, passarmi, passatemi, passate, passami, mi passi, passi",
    call: "ricontattare, ricontatti, ricontattino, ricontattasse, richiamasse, richiamino, \
           chiamare, richiamare, contattare, telefonare, chiami, richiami",
    call_me: "chiamarmi, richiamarmi, contattarmi, telefonarmi",
    to: "con, col, al, alla, allo, all, ai, ad",
    to_the: "a",
    by: "da, dal, dalla, dallo, dall, dai",
    from: "del, della, dello, dell, dei, da, dal, dalla, dall",
    det: "il, lo, la, l, i, gli, le, un, una, uno, vostro, vostra, vostri, suo, sua, tuo, tua, \
          al, alla, allo, all",
    departments: "ufficio",
    mine: "mio, mia, miei, mie",
    clitic: "mi",
    me: "me, conversazione, chat",
    aux: "essere",
    glue: "e, sono, sta",
    available: "disponibile, disponibili, libero, libera, c e",
    reachable: "raggiungibile, reperibile, presente",
    pronouns: "lui, lei, loro, te, amici, amiche, famiglia, marito, moglie, figli, clienti, \
               giocatori, utenti, altri, vicini",
    you: "voi, tu",
    adjectives: "altro, altra, prossimo, stesso, stessa, nuovo, nuova",
    ..Grammar::NONE
};

const ITALIAN_ARE: Stems = Stems {
    stems: &[
        "parl",
        "chiam",
        "richiam",
        "contatt",
        "ricontatt",
        "inoltr",
        "spieg",
    ],
    endings: &[
        "are", "armi", "arci", "ate", "atemi", "a", "i", "ino", "ami", "iamo", "asse", "assero",
        "erebbe", "ereste", "erei", "ando",
    ],
    participles: &["ato", "ata", "ati", "ate"],
};

const ITALIAN_IRE: Stems = Stems {
    stems: &["trasfer"],
    endings: &[
        "ire", "irmi", "ite", "itemi", "isca", "iscano", "isci", "iscimi", "isce", "irebbe",
        "ireste",
    ],
    participles: &["ito", "ita", "iti", "ite"],
};
