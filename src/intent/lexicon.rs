//! The words the detector knows, per language, sorted into the roles they play in a
//! request for a person. All entries are written normalised (lower case, no accents, no
//! punctuation; see `normalise`). A multi-word entry is matched as one unit, longest
//! first, so "human resources" or "real estate agent" never leave a stray "human" or
//! "agent" behind.
//!
//! An entry listed in several roles (the same spelling in two languages) gets the role
//! ranked first in [`Class`]: the more specific role wins.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The role of a word or phrase. Declared from the most to the least specific: when one
/// spelling is listed under two roles, the earlier one is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Class {
    /// A look-alike that contains a person word but means something else
    /// ("human resources", "travel agent", "per person", "in person").
    LookAlike,
    /// The message is about a job or about becoming a reseller: person words there are
    /// about recruiting, not about talking to someone.
    Job,
    /// A phrase that is a request on its own ("call me back", "anyone there").
    Request,
    /// Bot, robot, machine: refusing one is asking for a person.
    Bot,
    /// Cues that refuse the bot ("stop", "enough", "tired of").
    Reject,
    /// Negation: turns a request around ("don't need", "no need", "nicht", "tidak perlu").
    Negation,
    /// Someone who can take over: human, agent, representative, customer service.
    Target,
    /// An indefinite person: someone, anyone, alguien, jemand.
    Someone,
    /// Words that name a person or team only together with a contact verb: vocatives like
    /// "min", "kak", "ate", "kuya", or "support", "team".
    Weak,
    /// Real, live, actual, echt, asli, totoo.
    Real,
    /// Talk, speak, call, contact, connect, transfer.
    Contact,
    /// Want, need, give me, quiero, möchte, mau, gusto.
    Want,
    /// Is there, any, hay, il y a, ada, may.
    Exist,
    /// A contrast word that starts a new clause ("but", "pero", "tapi").
    Boundary,
    /// Words that may sit between the parts of a request without changing it: articles,
    /// pronouns, prepositions, please, modal verbs, greetings.
    Filler,
}

/// One language's entries, role by role, each role a comma-separated list.
pub(crate) struct Words {
    pub look_alikes: &'static str,
    pub jobs: &'static str,
    pub requests: &'static str,
    pub bots: &'static str,
    pub reject: &'static str,
    pub negation: &'static str,
    pub targets: &'static str,
    pub someone: &'static str,
    pub weak: &'static str,
    pub real: &'static str,
    pub contact: &'static str,
    pub want: &'static str,
    pub exist: &'static str,
    pub boundaries: &'static str,
    pub filler: &'static str,
}

const NONE: Words = Words {
    look_alikes: "",
    jobs: "",
    requests: "",
    bots: "",
    reject: "",
    negation: "",
    targets: "",
    someone: "",
    weak: "",
    real: "",
    contact: "",
    want: "",
    exist: "",
    boundaries: "",
    filler: "",
};

impl Words {
    fn entries(&self) -> impl Iterator<Item = (&'static str, Class)> {
        let roles: [(&'static str, Class); 15] = [
            (self.look_alikes, Class::LookAlike),
            (self.jobs, Class::Job),
            (self.requests, Class::Request),
            (self.bots, Class::Bot),
            (self.reject, Class::Reject),
            (self.negation, Class::Negation),
            (self.targets, Class::Target),
            (self.someone, Class::Someone),
            (self.weak, Class::Weak),
            (self.real, Class::Real),
            (self.contact, Class::Contact),
            (self.want, Class::Want),
            (self.exist, Class::Exist),
            (self.boundaries, Class::Boundary),
            (self.filler, Class::Filler),
        ];
        roles.into_iter().flat_map(|(list, class)| {
            list.split(',')
                .map(str::trim)
                .filter(|entry| !entry.is_empty())
                .map(move |entry| (entry, class))
        })
    }
}

/// Words shared by several languages or typed the same way everywhere.
const COMMON: Words = Words {
    targets: "admin, agent, operator, cs, customer service, live agent, staff",
    bots: "bot, bots, robot, robots, chatbot, chat bot",
    weak: "support, team",
    filler: "ok, okay, oke, hi, hello, hallo, halo, hey, pls, plz, please",
    ..NONE
};

const ENGLISH: Words = Words {
    look_alikes: "human resources, human resource, human hair, human rights, human body, \
                  human error, human nature, human trafficking, human grade, human size, \
                  human race, travel agent, travel agents, real estate agent, \
                  real estate agents, real estate, estate agent, insurance agent, \
                  insurance agents, secret agent, sales agent, sales agents, shipping agent, \
                  forwarding agent, booking agent, leasing agent, cleaning agent, fbi agent, \
                  free agent, user agent, sales representative, sales representatives, \
                  sales rep, sales reps, medical representative, legal representative, \
                  tour operator, mobile operator, network operator, machine operator, in person, \
                  per person, each person, every person, contact person, delivery person, \
                  delivery guy, delivery man, personal, personally, admin fee",
    jobs: "hiring, hire, job, jobs, vacancy, vacancies, career, careers, resume, cv, internship, \
           recruit, recruiting, recruitment, recruiter, apply for, applying for, apply as, \
           salary, reseller, resellers, become an agent, become a representative, work for you, \
           are you looking for, hr",
    requests: "call me back, give me a call, please call me, pls call me, can you call me, \
               could you call me, call me please, call me pls, call me asap, ring me back, \
               phone me back, callback, escalate this, put me through, transfer me, \
               anyone there, anybody there, anyone here, anybody here, is anyone there, \
               is anybody there, is someone there, is somebody there, someone there, \
               somebody there",
    bots: "machine, automated, automated system, automatic reply, auto reply, autoreply, \
           auto response, virtual assistant, computer, an ai, the ai, with ai",
    reject: "stop, enough, tired, sick, hate, done, quit, fed up, no more, bypass, skip",
    negation: "dont, doesnt, didnt, not, never, no, without, nobody, no one, noone, none, wont, \
               no longer, no need, no thanks, neither, nor",
    targets: "human, humans, human being, human beings, person, agents, human agent, \
              support agent, representative, representatives, rep, reps, operators, \
              staff member, staffer, employee, employees, manager, supervisor, advisor, adviser, \
              consultant, customer services, customer support, customer care, \
              customer service representative, csr, service desk, help desk, helpdesk, \
              support team, support staff, tech support, technical support, live support, \
              live chat, human support, team member, member of staff, owner, moderator",
    someone: "someone, somebody, anyone, anybody, some one, some1, sum1, sumone, any1, people",
    weak: "boss, real one, a real one",
    real: "real, actual, live, genuine, true, proper, flesh and blood",
    contact: "talk, speak, chat, call, phone, ring, contact, reach, connect, transfer, \
              transferred, transfered, connected, escalate, message, ask, asked, answer, reply, \
              respond, help, assist, hear from, deal with, get through, forward, switch, \
              hand over, redirect, in touch",
    want: "want, wanna, need, needed, like, love, prefer, request, require, find, get, give, \
           gimme, have, looking for, hoping, wish, demand, wait, waiting",
    exist: "is there, are there, is anyone, is anybody, is someone, is somebody, wheres, \
            where is, any, available",
    boundaries: "but, however, instead, although",
    filler: "i, me, my, myself, you, u, your, ur, we, us, our, a, an, the, to, with, w, for, \
             from, of, on, in, at, by, about, into, regarding, concerning, re, today, tonight, \
             tomorrow, assistance, on the line, on the phone, member, members, said, say, told, \
             plzz, plss, plis, pleas, kindly, now, right, rn, asap, immediately, urgently, \
             urgent, quickly, quick, soon, just, only, really, actually, again, back, up, \
             through, over, directly, direct, can, could, would, will, shall, might, must, \
             should, let, lemme, id, ill, ive, how, where, when, who, which, that, do, does, \
             there, here, some, one, other, another, be, and, or, so, then, too, also, still, \
             this, it, its, heya, yo, yes, yeah, sir, maam, madam, thanks, thank, thx, even, \
             ever, possible, able, talking, chatting, speaking, cant, cannot, can not, couldnt, \
             could not, dont know, do not know, not sure, no i, im not a, i m not a, i am not a, \
             no just, no please, no pls",
};

const SPANISH: Words = Words {
    look_alikes: "recursos humanos, derechos humanos, cabello humano, pelo humano, \
                  cuerpo humano, error humano, agente de viajes, agente de viaje, \
                  agentes de viajes, agente inmobiliario, agente de seguros, agente de ventas, \
                  agentes de ventas, representante de ventas, representantes de ventas, \
                  por persona, en persona, persona juridica, persona fisica, otra persona",
    jobs: "empleo, vacante, vacantes, contratando, contratan, curriculum, rrhh, postular, \
           postularme, reclutamiento, busco trabajo, buscan, trabajar con ustedes",
    requests: "llamenme, llameme, me pueden llamar, me puede llamar, me llamen, me llaman, \
               hay alguien ahi, alguien ahi, hay alguien",
    bots: "maquina, contestadora, respuesta automatica, automatico, asistente virtual",
    reject: "basta, ya basta, harto, harta, cansado, cansada, odio, no mas",
    negation: "no, sin, nunca, jamas, nadie, ninguno, ninguna, tampoco, ya no, no hace falta, \
               no es necesario, no hay necesidad",
    targets: "humano, humanos, ser humano, persona, personas, agente, agentes, asesor, asesora, \
              asesores, operador, operadora, representante, ejecutivo, ejecutiva, encargado, \
              encargada, gerente, supervisor, atencion al cliente, servicio al cliente, \
              servicio de atencion, soporte tecnico",
    someone: "alguien",
    weak: "equipo, soporte",
    real: "real, reales, verdadera, verdadero, de verdad, de carne y hueso, autentica",
    contact: "hablar, hablarle, hable, comunicar, comunicarme, comunica, comunican, comunicame, \
              comunique, comuniquen, comuniqueme, contactar, contactarme, contacte, llamar, \
              llamen, llame, llamarme, llamame, chatear, pasar, pasame, pase, pasen, transferir, \
              transfiera, conectar, conecten, conectame, atender, atienda, atiendan, responder, \
              responda, ayudar, ayude, ayudarme, ayudeme",
    want: "quiero, quisiera, queria, necesito, necesitaria, me gustaria, gustaria, prefiero, \
           deseo, pido, solicito, dame, denme, busco, requiero",
    exist: "hay, no hay, existe, algun, alguna, disponible",
    boundaries: "pero, sino, aunque",
    filler: "con, un, una, el, la, los, las, lo, al, de, del, en, por, favor, porfa, porfavor, \
             xfa, xfavor, pf, mi, yo, te, tu, usted, ustedes, su, sus, se, que, q, quien, como, \
             donde, puedo, podria, puede, pueden, podrian, pueda, ahora, ya, urgente, rapido, \
             directamente, solo, hola, buenas, buenos, dias, tardes, gracias, senor, senora, si, \
             y, ahi, aqui, para, es, esta, no se, no puedo, no consigo, no puede, no se puede, \
             no soy un",
};

const FRENCH: Words = Words {
    look_alikes: "ressources humaines, agent immobilier, agents immobiliers, agent de voyage, \
                  agent de voyages, agent d assurance, agent d assurances, agent commercial, \
                  agents commerciaux, agent de securite, agent d entretien, droits de l homme, \
                  cheveux humains, corps humain, erreur humaine, par personne, en personne, \
                  personnel, personnelle, personne physique, personne morale",
    jobs: "recrutez, recrute, recrutement, emploi, offre d emploi, candidature, stage, postuler, \
           drh, rh, embauchez, embauche, cherchez vous, vous cherchez",
    requests: "rappelez moi, appelez moi, me rappeler, me rappelle, me rappeliez, m appeler, \
               y a quelqu un, ya quelqu un, il y a quelqu un",
    bots: "machine, automate, reponse automatique, assistant virtuel",
    reject: "assez, marre, ras le bol, arrete, arretez",
    negation: "pas, ne, n, jamais, sans, aucun, aucune, pas besoin, plus besoin, nul besoin, \
               inutile, pas la peine",
    targets: "humain, humains, etre humain, personne, agents, conseiller, conseillere, \
              conseillers, operateur, operatrice, service client, service clientele, \
              service apres vente, sav, interlocuteur, responsable, employe, vendeur, vendeuse, \
              support client, gerant",
    someone: "quelqu un, quelquun, qqn, qq1, quelqu une",
    weak: "equipe, assistance",
    real: "vrai, vraie, vrais, vraies, reel, reelle, veritable, en chair et en os",
    contact: "parler, contacter, appeler, rappeler, rappele, rappelee, joindre, discuter, \
              echanger, passer, passez, mettre en relation, mettez, en relation, en contact, \
              transferer, transferez, aider, repondre",
    want: "veux, voudrais, avoir, souhaite, souhaiterais, besoin, aimerais, demande, donnez, \
           exige, cherche, prefere, prefererais",
    exist: "y a t il, il y a, y a, n y a, il n y a, est ce qu il y a",
    boundaries: "mais, plutot, sinon",
    filler: "a, au, aux, avec, un, une, le, la, l, les, de, du, d, des, je, j, moi, me, m, vous, \
             tu, te, t, toi, on, nous, svp, stp, sil, s, il, plait, merci, est, ce, c, ca, qu, \
             que, qui, en, pour, par, possible, maintenant, de suite, tout de suite, vite, \
             rapidement, directement, seulement, juste, bonjour, bonsoir, salut, allo, madame, \
             monsieur, peux, pourrais, pouvez, pourriez, peut, puis, est ce que, et, ou, ici, \
             etre, au telephone, comment, je sais pas, sais pas, ne sais pas, peux pas, \
             ne peux pas, n arrive pas, arrive pas, suis pas un",
};

const GERMAN: Words = Words {
    look_alikes: "personalabteilung, pro person, je person, menschenrechte, menschliches haar, \
                  echthaar, reiseburo, immobilienmakler, versicherungsvertreter, \
                  handelsvertreter, menschlicher fehler",
    jobs: "stelle, stellen, stellenangebot, bewerbung, bewerben, ausbildung, praktikum, \
           lebenslauf, sucht ihr, suchen sie",
    requests: "ruft mich an, rufen sie mich an, ruf mich an, mich anrufen, mich zuruckrufen, \
               mich zurueckrufen, ruckruf, rueckruf, zuruckrufen, ist da jemand, ist jemand da",
    bots: "roboter, maschine, automat, automatische antwort, ki",
    reject: "genug, schluss, stopp, hor auf, satt, nervt",
    negation: "nicht, kein, keine, keinen, keinem, keiner, nie, niemals, ohne, niemand, \
               niemanden, niemandem, nicht notig",
    targets: "mensch, menschen, mitarbeiter, mitarbeiterin, mitarbeitern, mitarbeitende, \
              berater, beraterin, kundenberater, kundenservice, kundendienst, kundenbetreuung, \
              kundensupport, servicemitarbeiter, ansprechpartner, ansprechpartnerin, \
              sachbearbeiter, person, vorgesetzten, chef, service team",
    someone: "jemand, jemanden, jemandem, personen",
    weak: "hotline, service",
    real: "echt, echte, echten, echter, echtes, richtige, richtigen, richtiger, realen, reale, \
           menschlichen, menschlicher, aus fleisch und blut, wirklichen, wirkliche",
    contact: "sprechen, reden, kontaktieren, kontakt, erreichen, verbinden, verbindet, \
              verbunden, anrufen, ruft, rufen, ruf, chatten, schreiben, weiterleiten, \
              durchstellen, helfen, antworten",
    want: "mochte, moechte, will, wollen, brauche, benotige, benoetige, hatte gern, hatte gerne, \
           gern, gerne, wunsche, verlange, suche",
    exist: "gibt es, ist da, ist hier, ist jemand, sind da, verfugbar, erreichbar",
    boundaries: "aber, sondern, sonst",
    filler: "mit, einem, einen, einer, ein, eine, nem, ner, der, die, das, dem, den, des, zu, \
             zum, zur, ich, mich, mir, sie, ihnen, ihr, ihrem, ihren, euch, eurem, euren, du, \
             dich, dir, wir, uns, bitte, jetzt, sofort, gleich, schnell, direkt, endlich, kann, \
             konnte, konnten, kannst, konnen, durfte, darf, mal, doch, bei, vom, von, an, auf, \
             am, im, guten, tag, danke, und, oder, hier, da, noch, nur, einfach, vielleicht, \
             wie, wo, kann ich nicht, kann nicht, weiss nicht, weiss ich nicht, bin kein",
};

const PORTUGUESE: Words = Words {
    look_alikes: "recursos humanos, direitos humanos, cabelo humano, corpo humano, erro humano, \
                  agente de viagens, agente de viagem, agente imobiliario, corretor, \
                  corretor de imoveis, agente de seguros, representante de vendas, \
                  representantes de vendas, por pessoa, pessoa fisica, pessoa juridica, \
                  em pessoa, pessoalmente, horario de atendimento, horario do atendimento, \
                  outra pessoa",
    jobs: "vaga, vagas, emprego, curriculo, contratando, contratam, rh, trabalhe conosco, \
           estagio, procuram, estao procurando",
    requests: "me liga, me ligue, me ligar, me liguem, ligar pra mim, ligar para mim, \
               tem alguem ai, alguem ai, me retornem",
    bots: "robo, robos, robozinho, maquina, resposta automatica, automatico, assistente virtual",
    reject: "chega, chega de, cansei, cansado, cansada, odeio",
    negation: "nao, n, sem, nunca, jamais, ninguem, nenhum, nenhuma, nao precisa, \
               nao e necessario, sem necessidade",
    targets: "humano, humanos, ser humano, pessoa, pessoas, atendente, atendentes, agente, \
              operador, operadora, representante, consultor, consultora, atendimento humano, \
              atendimento, o sac, do sac, ao sac, no sac, suporte tecnico, gerente, supervisor, \
              vendedor, vendedora, responsavel",
    someone: "alguem",
    weak: "equipe, suporte, time",
    real: "real, verdadeira, verdadeiro, de verdade, de carne e osso",
    contact: "falar, fala, conversar, contatar, contactar, ligar, liga, ligue, chamar, chama, \
              transferir, transfere, passar, passa, atender, atenda, responder, ajudar, \
              entrar em contato, contato",
    want: "quero, queria, preciso, precisava, gostaria, desejo, peco, solicito",
    exist: "tem, ha, existe, algum, disponivel, nao tem, cade",
    boundaries: "mas, porem, contudo",
    filler: "com, c, cm, um, uma, o, a, os, as, ao, de, do, da, dos, das, por, pra, pro, para, \
             favor, pfv, pfvr, eu, me, mim, voce, voces, vc, vcs, te, que, agora, ja, logo, \
             urgente, rapido, direto, so, posso, poderia, pode, podem, consigo, ai, aqui, oi, \
             ola, bom, boa, dia, tarde, noite, obrigado, obrigada, e, ou, tipo, esta, nao sei, \
             nao consigo, nao posso, nao da, nao sou um",
};

const ITALIAN: Words = Words {
    look_alikes: "risorse umane, diritti umani, capelli umani, corpo umano, errore umano, \
                  agente immobiliare, agenzia immobiliare, agente di viaggio, agente di viaggi, \
                  agente assicurativo, agente di commercio, rappresentante di commercio, \
                  per persona, a persona, di persona, operatore telefonico, operatore turistico",
    jobs: "candidatura, curriculum, assumete, assunzioni, cercate personale, cercate, \
           posizioni aperte, lavorare con voi",
    requests: "c e qualcuno, ce qualcuno, chiamatemi, richiamatemi, mi chiamate, mi richiamate, \
               mi potete chiamare, mi potete richiamare",
    bots: "macchina, risposta automatica, automatico, assistente virtuale",
    reject: "basta, stufo, stufa, ne ho abbastanza",
    negation: "non, nn, senza, mai, nessuno, niente, non serve, non c e bisogno",
    targets: "umano, umani, essere umano, persona, operatore, operatrice, operatori, agente, \
              consulente, consulenti, addetto, addetta, assistenza clienti, servizio clienti, \
              customer care, rappresentante, responsabile, impiegato, commesso",
    someone: "qualcuno, persone",
    weak: "assistenza, supporto",
    real: "reale, reali, vera, vero, in carne e ossa, in carne ed ossa",
    contact: "parlare, parlarne, contattare, contattarmi, contattato, contattata, chiamare, \
              chiamarmi, richiamare, richiamarmi, sentire, passare, passarmi, passatemi, \
              passate, mettere in contatto, in contatto, chattare, aiutare, aiutarmi, rispondere",
    want: "voglio, vorrei, desidero, bisogno, serve, servirebbe, chiedo, preferirei, cerco",
    exist: "c e, ci sono, esiste, disponibile",
    boundaries: "pero, bensi, invece",
    filler: "con, col, un, una, uno, il, lo, la, l, i, gli, le, di, del, della, dello, dell, da, \
             dal, al, alla, a, per, x, favore, piacere, io, mi, me, ti, vi, voi, lei, vostro, \
             vostra, posso, potrei, potete, potreste, puoi, puo, adesso, ora, subito, \
             direttamente, solo, ciao, salve, buongiorno, buonasera, grazie, e, o, essere, qui, \
             che, ho, ma, non so, non riesco, non posso, non sono un",
};

const INDONESIAN: Words = Words {
    look_alikes: "sumber daya manusia, hak asasi manusia, rambut manusia, tubuh manusia, \
                  per orang, orang tua, orang lain, berapa orang, biaya admin, agen travel, \
                  agen properti, agen asuransi, agen perjalanan",
    jobs: "sdm, lowongan, loker, lamaran, melamar, rekrutmen, hrd, jadi reseller, dropship, \
           dropshipper, daftar agen, jadi agen",
    requests: "telpon saya, telepon saya, hubungi saya, telpon aku, telepon aku, hubungi aku, \
               minta ditelpon, bisa ditelpon, ada orang",
    bots: "mesin, otomatis, balasan otomatis, auto reply",
    reject: "cukup, capek, bosan, berhenti, udah cukup",
    negation: "tidak, tdk, gak, ga, gk, nggak, ngga, enggak, engga, ndak, tak, bukan, jangan, \
               jgn, tanpa, gausah, gaperlu",
    targets: "manusia, customer care, petugas, karyawan, staf, pegawai, orang asli, \
              manusia asli, layanan pelanggan, pelayanan pelanggan, pemilik, atasan, manajer",
    someone: "seseorang, orang, org",
    weak: "min, mimin, kak, kakak, ka, sis, gan, agan, bang, mbak, mba, tim",
    real: "asli, beneran, sungguhan, nyata, betulan",
    contact: "bicara, berbicara, ngobrol, ngomong, chatting, hubungi, menghubungi, dihubungi, \
              hubungin, kontak, telepon, telpon, telfon, nelpon, nelepon, ditelpon, sambungkan, \
              sambungin, disambungkan, hubungkan, tersambung, terhubung, bantu, dibantu, \
              membantu, balas, bales, jawab",
    want: "mau, ingin, pengen, pingin, pgn, minta, butuh, perlu, usah, tolong, tlg, mohon, cari, \
           nyari",
    exist: "ada, apakah ada, gak ada, ga ada, tidak ada, nggak ada, ngga ada, enggak ada",
    boundaries: "tapi, tetapi, namun, melainkan",
    filler: "saya, sy, aku, aq, gue, gw, gua, kamu, anda, kalian, dengan, dgn, dg, sama, sm, ke, \
             yang, yg, dong, donk, ya, yah, deh, sih, nih, nya, aja, saja, langsung, segera, \
             sekarang, skrg, bisa, bs, bsa, dapat, boleh, apa, apakah, hai, pagi, siang, sore, \
             malam, selamat, permisi, terima, kasih, makasih, dulu, lagi, sebentar, bentar, \
             dari, untuk, utk, buat, di, dan, atau, biar, supaya, kok, tidak bisa, gak bisa, \
             ga bisa, gabisa, nggak bisa, ngga bisa, tdk bisa, gk bisa, gak tau, ga tau, \
             nggak tau, tidak tahu, gatau, saya bukan, aku bukan",
};

const VIETNAMESE: Words = Words {
    look_alikes: "nhan vien giao hang, nguoi giao hang, shipper, toc nguoi, toc nguoi that, \
                  moi nguoi, bao nhieu nguoi, nguoi nha, nguoi than, nguoi khac, nguoi mua, \
                  nguoi ban, nhan su, phong nhan su, chuyen khoan, van chuyen, chuyen phat, \
                  chuyen hang, nhan vien ban hang",
    jobs: "tuyen, tuyen dung, viec lam, ung tuyen",
    requests: "goi lai cho toi, goi lai cho em, goi lai cho minh, goi cho toi, goi cho em, \
               goi dien cho toi, goi lai, co ai khong, co ai, co nguoi khong, lien he lai",
    bots: "tra loi tu dong, tu dong, may tra loi, la may, voi may, may moc",
    reject: "chan, dung lai",
    negation: "khong, kg, khg, hong, chang, dung, chua, khong can, khong phai, ko can, ko muon, \
               ko phai, k can",
    targets: "nhan vien, nv, nhan vien tu van, tu van vien, tong dai vien, cskh, \
              cham soc khach hang, nguoi that, nguoi that su, con nguoi, quan ly, \
              nguoi phu trach, ho tro vien",
    someone: "ai do, nguoi nao, mot ai",
    weak: "nguoi, tong dai, hotline, ad, shop",
    real: "that su",
    contact: "gap, noi chuyen, tro chuyen, lien he, lien lac, goi, goi dien, ket noi, chuyen, \
              chuyen sang, ho tro, giup, giup do, tra loi, nhan tin",
    want: "muon, toi can, em can, minh can, can gap, cho, xin, yeu cau",
    exist: "co",
    boundaries: "nhung",
    filler: "toi, em, minh, anh, chi, ban, oi, nhe, nha, voi, cua, duoc, dc, dk, lam on, \
             vui long, cho hoi, chao, xin chao, alo, cam on, ngay, bay gio, truc tiep, la, thi, \
             va, hay, de, mot, nao, phai, co the, khong biet, khong the, ko the, ko, \
             toi khong phai",
};

const TAGALOG: Words = Words {
    look_alikes: "ibang tao, bawat tao, kada tao, per tao, sales agent",
    jobs: "trabaho, nag hahire, naghahire, aplay",
    requests: "may tao ba, may tao, meron bang tao, tawagan niyo ako, tawagan nyo ako, \
               tawagan mo ako, tawagan ako, tumawag sa akin, tumawag sakin, pakitawagan",
    reject: "tama na, tigil",
    negation: "hindi, wag, huwag, hwag, ayaw, ayoko, di ko, di na, hindi na",
    targets: "ahente, empleyado, tauhan, totoong tao, tunay na tao, tao na totoo, taong totoo, \
              tao po, csr",
    someone: "ng tao, ang tao, sa tao, yung tao, na tao, isang tao, kahit sino, sinuman",
    weak: "kuya, ate, mam, maam",
    real: "totoo, totoong, tunay, talaga",
    contact: "makausap, kausap, kausapin, makipag usap, makipagusap, usap, mag usap, pakausap, \
              tumawag, tawagan, tawag, makontak, kontakin, ikonekta, ilipat, makachat, tulungan",
    want: "gusto, gustong, kailangan, kelangan, hanap, hinahanap",
    exist: "may, meron, mayroon, wala bang, walang",
    filler: "po, ho, ba, bang, na, ng, nang, ang, sa, si, kay, ko, kong, mo, niyo, nyo, ninyo, \
             ako, ikaw, kayo, kayong, tayo, akin, sakin, sana, naman, lang, nalang, muna, yung, \
             ung, iyong, yun, pwede, puwede, pwedeng, pwde, pde, paki, pa, ngayon, agad, din, \
             rin, dito, diyan, dyan, jan, kasi, kung, ano, pano, paano, ma, hindi ko alam, \
             di ko alam, hindi ko ma, di ko ma, hindi ako",
    ..NONE
};

const DUTCH: Words = Words {
    look_alikes: "reisagent, makelaar, per persoon, in persoon, personeelszaken, mensenrechten, \
                  echt haar, menselijk haar, verzekeringsagent",
    jobs: "vacature, vacatures, sollicitatie, solliciteren, werken bij jullie, zoeken jullie",
    requests: "bel me, bel mij, bel me terug, terugbellen, mij terugbellen, me terugbellen, \
               is er iemand",
    bots: "automatisch antwoord",
    reject: "genoeg, ben klaar met, zat, beu",
    negation: "niet, geen, nooit, zonder, niemand, niet nodig, hoeft niet",
    targets: "medewerker, medewerkers, medewerkster, klantenservice, klantendienst, \
              klantenservicemedewerker, een mens, echte mens, echt mens, persoon, adviseur, \
              servicedesk, menselijke medewerker, leidinggevende",
    someone: "iemand, echte mensen",
    real: "echt, echte, van vlees en bloed, menselijke, menselijk",
    contact: "spreken, praten, bellen, bel, chatten, doorverbinden, doorverbonden, verbinden, \
              verbind, bereiken, in contact, contact opnemen, helpen, antwoorden",
    want: "wil, wilt, willen, graag, zou graag, nodig, wens, vraag, zoek, krijgen",
    exist: "is er, zijn er, beschikbaar, is daar",
    boundaries: "maar, echter",
    filler: "ik, mij, mijn, je, jij, jullie, uw, wij, ons, een, de, het, met, van, bij, op, aan, \
             naar, voor, om, te, door, alstublieft, alsjeblieft, aub, svp, nu, even, ff, meteen, \
             snel, kan, kun, kunt, kunnen, mag, zou, hoi, dag, goedemorgen, goedemiddag, dank, \
             bedankt, en, of, hier, daar, er, die, dat, heb, hebben, weet niet, weet ik niet, \
             kan niet, kan ik niet, lukt niet, aan de lijn, aan de telefoon, ben geen",
    ..NONE
};

const LANGUAGES: [&Words; 11] = [
    &COMMON,
    &ENGLISH,
    &SPANISH,
    &FRENCH,
    &GERMAN,
    &PORTUGUESE,
    &ITALIAN,
    &INDONESIAN,
    &VIETNAMESE,
    &TAGALOG,
    &DUTCH,
];

/// All entries of all languages, looked up by their normalised spelling.
pub(crate) struct Lexicon {
    phrases: HashMap<&'static str, Class>,
    /// Every single word that occurs in some entry: words the typo fixer leaves alone.
    vocabulary: HashSet<&'static str>,
    /// The most words in one entry.
    pub longest: usize,
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut phrases: HashMap<&'static str, Class> = HashMap::new();
        for (entry, class) in LANGUAGES.iter().flat_map(|words| words.entries()) {
            phrases
                .entry(entry)
                .and_modify(|known| *known = (*known).min(class))
                .or_insert(class);
        }
        let vocabulary = phrases.keys().flat_map(|p| p.split(' ')).collect();
        let longest = phrases
            .keys()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon {
            phrases,
            vocabulary,
            longest,
        }
    }

    /// The role of a normalised word or phrase, if it is known.
    pub fn class(&self, phrase: &str) -> Option<Class> {
        self.phrases.get(phrase).copied()
    }

    /// Whether the word occurs in any entry.
    pub fn knows(&self, word: &str) -> bool {
        self.vocabulary.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::normalise::normalise;

    #[test]
    fn entries_are_written_normalised() {
        for (entry, _) in LANGUAGES.iter().flat_map(|words| words.entries()) {
            assert_eq!(normalise(entry).trim(), entry, "lexicon entry {entry:?}");
        }
    }

    #[test]
    fn the_more_specific_role_wins() {
        let lexicon = Lexicon::get();
        // English filler "may", Tagalog "there is".
        assert_eq!(lexicon.class("may"), Some(Class::Exist));
        assert_eq!(lexicon.class("human resources"), Some(Class::LookAlike));
        assert_eq!(lexicon.class("human"), Some(Class::Target));
    }
}
