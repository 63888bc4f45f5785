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

use super::class::Class;

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

const NONE: Words = Words {
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

impl Words {
    fn entries(&self) -> impl Iterator<Item = (&'static str, Class)> {
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

/// Words shared by several languages or typed the same way everywhere.
const COMMON: Words = Words {
    materials: "hair, wig, wigs, hairpiece, toupee",
    bots: "bot, bots, robot, robots, chatbot, chat bot",
    targets: "admin, agent, operator, cs, customer service, live agent, staff, call center, \
              call centre, callcenter, contact center, contact centre",
    weak: "support, team",
    filler: "ok, okay, oke, hi, hello, hallo, halo, hey, pls, plz, please",
    things:
        "wifi, wi fi, bluetooth, internet, app, apps, website, link, email, e mail, gmail, paypal, \
            gcash, whatsapp, whats, instagram, facebook, fb, viber, telegram, tiktok, shopee, \
            lazada, tv, pc, laptop, tablet, ipad, iphone, android, usb, hdmi, router, modem, \
            voucher, promo, qr, sim, otp, menu, model",
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
                  delivery guy, delivery man, personal, personally, admin fee, courier, \
                  couriers, rider, driver, postman, mailman, did you call me, did u call me, \
                  real time, realtime",
    myself: "im human, i m human, i am human, im a human, i m a human, i am a human, \
             im a human being, i am a human being, im a person, i am a person, im a real person, \
             i am a real person, im a real human, i am a real human, im not a bot, \
             i am not a bot, im not a robot, i am not a robot, im not a machine, \
             i am not a machine",
    jobs: "hiring, hire, job, jobs, vacancy, vacancies, career, careers, resume, cv, internship, \
           recruit, recruiting, recruitment, recruiter, apply for, applying for, apply as, \
           salary, reseller, resellers, become an agent, become a representative, work for you, \
           are you looking for, hr",
    requests: "give me a quick call, give me a ring, give me a quick ring, give me a buzz, \
               call me back, give me a call, please call me, pls call me, can you call me, \
               could you call me, call me please, call me pls, call me asap, ring me back, \
               phone me back, callback, escalate this, put me through, transfer me, \
               anyone there, anybody there, anyone here, anybody here, is anyone there, \
               is anybody there, is someone there, is somebody there, someone there, \
               somebody there, give me a ring, give me a buzz, a call back, who can i talk to, \
               who can i speak to, who can i speak with, who do i talk to, who do i speak to, \
               who should i talk to, who should i contact, who can i contact, ring me, reach me, \
               phone me",
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
              live chat, human support, team member, member of staff, owner, moderator, \
              technician, technicians, service technician, a tech, tech guy, tech person, \
              tech team, technical team, colleague, colleagues, coworker, co worker, attendant, \
              attendants, customer care team, care team, customer care agent, \
              customer care representative, customer service agent, customer service team, \
              customer service department, customer services department, \
              customer care department, support department, service department, \
              billing department, accounts department, complaints department, sales department, \
              sales team, technical department, tech department, relevant department, \
              right department, appropriate department, responsible department, \
              person in charge, account manager, store manager, shop owner, helpline, \
              customer helpline, support line, support hotline, complaints team, complaint team, \
              complaint department, advisors, advisers, consultants, supervisors, managers, \
              team members, staff members",
    someone: "someone, somebody, anyone, anybody, is anyone, is anybody, is someone, \
              is somebody, some one, some1, sum1, sumone, any1, people, \
              one of you, one of u, any of you",
    weak: "boss, real one, a real one, department, dept, specialist, specialists, expert, \
           experts, sales, billing, accounts",
    real: "real, actual, live, genuine, true, proper, flesh and blood",
    call: "call, contact, call back, ring back, phone back, reach out, in touch, get in touch, \
           get back",
    contact: "pass me over, hand me over, talk, speak, chat, connect, transfer, transferred, \
              transfered, connected, \
              escalate, message, ask, asked, answer, reply, respond, help, assist, hear from, \
              deal with, get through, forward, switch, hand over, redirect, pass, pass me, \
              pass me on, put me on, put through, patch, patch me through, hand me, \
              hand me over, route, route me, reroute, direct me, transferring, connecting, \
              forwarded, escalated, escalating, refer, speak with, get hold of, complain, \
              complaint, file a complaint, make a complaint, lodge a complaint, ring, phone, \
              reach, take over, take my case, take over my case, look into, handle my case, hand",
    want: "want, wanna, need, needed, like, love, prefer, request, require, find, get, give, \
           gimme, have, looking for, hoping, wish, demand, wait, waiting, bring",
    exist: "is there, are there, wheres, \
            where is, any, available",
    boundaries: "but, however, instead, although",
    thanks: "thanks, thank, thank you, thx, ty, tnx, cheers, many thanks, thanks a lot",
    me: "me",
    filler: "one of the, i, my, myself, you, u, your, ur, we, us, our, a, an, the, to, with, w, \
             for, from, \
             of, on, in, at, by, about, into, regarding, concerning, re, today, tonight, \
             tomorrow, assistance, on the line, on the phone, member, members, said, say, told, \
             plzz, plss, plis, pleas, kindly, now, right, rn, asap, immediately, urgently, \
             urgent, quickly, quick, soon, just, only, really, actually, again, back, up, \
             through, over, directly, direct, can, could, would, will, shall, might, must, \
             should, let, lemme, id, ill, ive, how, where, when, who, which, that, do, does, \
             there, here, some, one, other, another, be, and, or, so, then, too, also, still, \
             this, it, its, heya, yo, yes, yeah, sir, maam, madam, even, ever, possible, able, \
             talking, chatting, speaking, cant, cannot, can not, couldnt, could not, dont know, \
             do not know, not sure, no i, im not a, i m not a, i am not a, no just, no please, \
             no pls, english, in english, in charge, via, by phone, over the phone, phone call, \
             morning, afternoon, evening, later, tmr, tmrw, anyway, yours, put, lol, haha, \
             hahaha, omg, bro, dude, mate, ffs, damn, ugh, because, coz, cuz, bc, case, my case, \
             ticket, my ticket, query, one of your, one of ur, any of your",
    things: "account, card, credit card, gift card, money, cash, balance, points, order, orders, \
             catalogue, catalog, copy, brochure, manual, leaflet, flyer, shelf, beach, centre, \
             center, city, place, location, destination, limit, \
             package, parcel, booking, reservation, address, number, phone number, page, site, \
             mail, network, printer, speaker, headphones, earbuds, charger, cable, device, \
             console, controller, television, store, warehouse, bank, size, colour, color, \
             version, product, item, stock, price, step, payment, invoice, receipt, refund, \
             warranty, subscription, wallet, airport, station, home, queue, waiting list, system, \
             screen, cart, checkout",
    ..NONE
};

const SPANISH: Words = Words {
    look_alikes: "recursos humanos, derechos humanos, cabello humano, pelo humano, \
                  cuerpo humano, error humano, agente de viajes, agente de viaje, \
                  agentes de viajes, agente inmobiliario, agente de seguros, agente de ventas, \
                  agentes de ventas, representante de ventas, representantes de ventas, \
                  por persona, en persona, persona juridica, persona fisica, otra persona, \
                  repartidor, repartidora, mensajero, cartero, chofer",
    myself: "soy humano, soy humana, soy un humano, soy una persona, soy una persona real, \
             soy persona, no soy un robot, no soy un bot, no soy robot, no soy una maquina",
    jobs: "empleo, vacante, vacantes, contratando, contratan, curriculum, rrhh, postular, \
           postularme, reclutamiento, busco trabajo, buscan, trabajar con ustedes",
    materials: "cabello, cabellos, peluca, pelucas, extensiones",
    requests: "me llamara, me llamaran, me llamase, me llamasen, me devuelva la llamada, \
               me devuelvan la llamada, me devolviera la llamada, me devolvieran la llamada, \
               devolucion de llamada, llamenme, llameme, me pueden llamar, me puede llamar, \
               me llamen, me llaman, \
               hay alguien ahi, alguien ahi, hay alguien, contactenme, me contacten, \
               me pueden contactar, me puede contactar, me contactan, marquenme, me marquen, \
               me pueden marcar, me puede marcar, me marcan, devuelvanme la llamada, \
               me devuelvan la llamada, me regresen la llamada, que me llamen, \
               con quien puedo hablar, con quien hablo, con quien me comunico, \
               con quien me puedo comunicar",
    bots: "maquina, contestadora, respuesta automatica, automatico, asistente virtual",
    reject: "basta, ya basta, harto, harta, cansado, cansada, odio, no mas",
    negation: "no, sin, nunca, jamas, nadie, ninguno, ninguna, tampoco, ya no, no hace falta, \
               no es necesario, no hay necesidad",
    targets: "humano, humanos, ser humano, persona, personas, agente, agentes, asesor, asesora, \
              asesores, operador, operadora, representante, ejecutivo, ejecutiva, encargado, \
              encargada, gerente, supervisor, atencion al cliente, servicio al cliente, \
              servicio de atencion, soporte tecnico, tecnico, tecnica, tecnicos, \
              servicio tecnico, atencion personalizada, atencion humana, personal de atencion, \
              personal humano, companero, companera, colega, colegas, especialista, jefe, jefa, \
              dueno, duena, centro de atencion, mesa de ayuda, ejecutivo de atencion, \
              miembro del equipo, ejecutivos, operadores, representantes, supervisores, \
              encargados, asesoras",
    someone: "alguien, alguno de ustedes, uno de ustedes, alguien de ustedes",
    weak: "equipo, soporte, departamento, ventas, cobranza, facturacion",
    real: "real, reales, verdadera, verdadero, de verdad, de carne y hueso, autentica",
    contact: "hablar, hablarle, comunicar, comunicarme, comunica, comunican, comunicame, \
              comunique, comuniquen, comuniqueme, contactar, contactarme, contacte, llamar, \
              llamen, llame, llamarme, llamame, chatear, pasar, pasame, pase, pasen, transferir, \
              transfiera, conectar, conecten, conectame, atender, atienda, atiendan, responder, \
              responda, ayudar, ayude, ayudarme, ayudeme, transfieran, transfiereme, \
              transfieranme, transferirme, transfiere, derivar, derivame, derivarme, deriven, \
              derive, derivenme, deriveme, conecta, conectarme, conectenme, conecteme, \
              poner en contacto, ponerme en contacto, ponen en contacto, pongan en contacto, \
              en contacto, contacten, redirigir, redirigirme, redirijan, pasarme, pasenme, \
              pasas, comuniques, comuniquenme, atiende, marcar, marcarme, platicar, charlar, \
              conversar, escalar, hablarme, hablo, pasan, pasarias, pasarian, transfieres, \
              transfieren, transferirias, conectas, conectan, comunicas, deriva, derivas, \
              derivan, quejarme, queja, reclamar, reclamo, poner una queja, me pasa con, \
              tomar mi caso, tome mi caso, se encargue, encargarse, paseme, pasame con, \
              paseme con, transfierame, derivame con",
    want: "quiero, quisiera, queria, necesito, necesitaria, me gustaria, gustaria, prefiero, \
           deseo, pido, solicito, dame, denme, busco, requiero, ocupo, necesitamos, queremos",
    exist: "hay, no hay, existe, algun, alguna, disponible",
    boundaries: "pero, sino, aunque",
    thanks: "gracias, muchas gracias, mil gracias",
    filler: "con, un, una, el, la, los, las, lo, al, de, del, en, por, favor, porfa, porfavor, \
             xfa, xfavor, pf, mi, yo, te, tu, usted, ustedes, su, sus, se, que, q, quien, como, \
             donde, puedo, podria, puede, pueden, podrian, pueda, ahora, ya, urgente, rapido, \
             directamente, solo, hola, buenas, buenos, dias, tardes, senor, senora, si, y, ahi, \
             aqui, para, es, esta, no se, no puedo, no consigo, no puede, no se puede, \
             no soy un, fa, x fa, favorcito, porfis, plis, tus, mis, ahorita, por telefono, \
             ingles, en ingles, espanol, area, miembro, miembros, caso, mi caso, ticket, \
             alguno de sus, uno de sus, una de sus, ser",
    things: "cuenta, tarjeta, dinero, plata, saldo, puntos, pedido, paquete, reserva, direccion, \
             numero, pagina, sitio, web, correo, red, impresora, altavoz, bocina, audifonos, \
             cargador, cable, dispositivo, consola, control, televisor, tele, tienda, sucursal, \
             banco, talla, color, modelo, version, producto, articulo, stock, precio, pago, \
             factura, recibo, reembolso, garantia, suscripcion, billetera, aeropuerto, estacion, \
             casa, sistema, pantalla, computadora, celular, carrito",
    ..NONE
};

const FRENCH: Words = Words {
    look_alikes: "m a rappele, m a rappelee, m a recontacte, m a contacte, m ont rappele, \
                  m ont recontacte, m ont contacte, m a appele, m ont appele, \
                  ressources humaines, agent immobilier, agents immobiliers, agent de voyage, \
                  agent de voyages, agent d assurance, agent d assurances, agent commercial, \
                  agents commerciaux, agent de securite, agent d entretien, droits de l homme, \
                  cheveux humains, corps humain, erreur humaine, par personne, en personne, \
                  personnel, personnelle, personne physique, personne morale, livreur, livreuse, \
                  coursier, facteur, chauffeur",
    myself: "je suis humain, je suis humaine, je suis un humain, je suis une personne, \
             je suis une vraie personne, je ne suis pas un robot, je suis pas un robot, \
             je ne suis pas un bot, je suis pas un bot",
    jobs: "recrutez, recrute, recrutement, emploi, offre d emploi, candidature, stage, postuler, \
           drh, rh, embauchez, embauche, cherchez vous, vous cherchez",
    materials: "cheveux, perruque, perruques, meches",
    requests: "me recontacte, me recontactent, m entretenir, rappelez moi, appelez moi, \
               me rappeler, me rappelle, me rappeliez, m appeler, \
               y a quelqu un, ya quelqu un, il y a quelqu un, contactez moi, recontactez moi, \
               me contacter, me recontacter, me telephoner, telephonez moi, me joindre, \
               me rappelez, m appelez, a qui puis je parler, a qui je peux parler, \
               a qui dois je m adresser, a qui m adresser, a qui puis je m adresser",
    bots: "machine, automate, reponse automatique, assistant virtuel",
    reject: "assez, marre, ras le bol, arrete, arretez",
    negation: "pas, n, jamais, sans, aucun, aucune, pas besoin, plus besoin, nul besoin, \
               inutile, pas la peine",
    targets: "humain, humains, etre humain, personne, agents, conseiller, conseillere, \
              conseillers, operateur, operatrice, service client, service clientele, \
              service apres vente, sav, interlocuteur, responsable, employe, vendeur, vendeuse, \
              support client, gerant, technicien, technicienne, techniciens, service technique, \
              support technique, assistance technique, collaborateur, collaboratrice, collegue, \
              centre d appel, centre d appels, centre de contact, service clients, \
              service consommateurs, service consommateur, relation client, \
              service relation client, superieur, chef, standardiste, operateurs, responsables, \
              conseilleres, interlocuteurs, collaborateurs",
    someone: "quelqu un, quelquun, qqn, qq1, quelqu une, l un de vous, un de vous, \
              l un d entre vous, un d entre vous, une de vous, l une de vous, \
              quelqu un de chez vous",
    weak: "equipe, assistance, departement, le standard",
    real: "vrai, vraie, vrais, vraies, reel, reelle, veritable, en chair et en os",
    call: "appelez, rappelez, contactez, recontactez, telephonez",
    contact: "entretenir, parler, contacter, appeler, rappeler, rappele, rappelee, joindre, \
              discuter, \
              echanger, passer, passez, mettre en relation, mettez, en relation, en contact, \
              transferer, transferez, aider, repondre, transferes, transfert, rediriger, \
              redirigez, orienter, orientez, basculer, basculez, mis en relation, \
              mise en relation, mettre en contact, mis en contact, mise en contact, \
              etre transfere, etre transferee, etre redirige, etre redirigee, etre contacte, \
              etre contactee, etre recontacte, etre recontactee, mettre, repasser, causer, \
              parlez, recontacter, telephoner, me plaindre, faire une reclamation, reclamation, \
              prendre le relais, prenne le relais, prendre en charge, prenne en charge, \
              reprendre",
    want: "veux, voudrais, avoir, souhaite, souhaiterais, besoin, aimerais, demande, donnez, \
           exige, cherche, prefere, prefererais, faut, il me faut, me faut, desire, jveux, \
           jvoudrais, jvoudrai, jaimerais, jvx",
    exist: "y a t il, il y a, y a, n y a, il n y a, est ce qu il y a",
    boundaries: "mais, plutot, sinon",
    thanks: "merci, merci beaucoup, merci bien",
    me: "moi",
    filler:
        "a, au, aux, avec, un, une, le, la, l, les, de, du, d, des, je, j, me, m, ne, vous, tu, \
             te, t, toi, on, nous, svp, stp, sil, s, il, plait, est, ce, c, ca, qu, que, qui, \
             en, pour, par, possible, maintenant, de suite, tout de suite, vite, rapidement, \
             directement, seulement, juste, bonjour, bonsoir, salut, allo, madame, monsieur, \
             peux, pourrais, pouvez, pourriez, peut, puis, est ce que, et, ou, ici, etre, \
             au telephone, comment, je sais pas, sais pas, ne sais pas, peux pas, ne peux pas, \
             n arrive pas, arrive pas, suis pas un, vers, chez, votre, vos, ton, ta, tes, mon, \
             ma, mes, notre, nos, membre, membres, aupres, aupres de, par telephone, anglais, \
             en anglais, au plus vite, jpeux, jpourrais, dossier, mon dossier, ticket, \
             un de vos, une de vos, l un de vos",
    things: "compte, carte, argent, solde, points, commande, colis, reservation, adresse, numero, \
            page, site, mail, courriel, reseau, imprimante, enceinte, casque, chargeur, cable, \
            appareil, console, manette, tele, television, magasin, boutique, banque, taille, \
            couleur, modele, version, produit, article, stock, prix, paiement, facture, recu, \
            remboursement, garantie, abonnement, forfait, portefeuille, aeroport, gare, maison, \
            systeme, ecran, ordinateur, portable, caisse, panier",
    ..NONE
};

const GERMAN: Words = Words {
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
    ..NONE
};

const PORTUGUESE: Words = Words {
    look_alikes: "recursos humanos, direitos humanos, cabelo humano, corpo humano, erro humano, \
                  agente de viagens, agente de viagem, agente imobiliario, corretor, \
                  corretor de imoveis, agente de seguros, representante de vendas, \
                  representantes de vendas, por pessoa, pessoa fisica, pessoa juridica, \
                  em pessoa, pessoalmente, horario de atendimento, horario do atendimento, \
                  outra pessoa, entregador, entregadora, motoboy, carteiro, motorista",
    myself: "eu sou humano, sou humano, sou humana, sou uma pessoa, sou uma pessoa real, \
             nao sou robo, nao sou um robo, nao sou um bot",
    jobs: "vaga, vagas, emprego, curriculo, contratando, contratam, rh, trabalhe conosco, \
           estagio, procuram, estao procurando",
    materials: "cabelo, cabelos, peruca, perucas, aplique, apliques",
    requests: "me ligasse, me ligassem, me retornasse, me retornassem, me retorne, me retornem, \
               me liga, me ligue, me ligar, me liguem, ligar pra mim, ligar para mim, \
               tem alguem ai, alguem ai, me retornem, me contate, me contatem, me contactem, \
               me contacte, entrem em contato comigo, entre em contato comigo, liguem pra mim, \
               ligue pra mim, me telefonem, me retorne, me chamem, retornem a ligacao, \
               com quem posso falar, com quem eu posso falar, com quem falo",
    bots: "robo, robos, robozinho, maquina, resposta automatica, automatico, assistente virtual",
    reject: "chega, chega de, cansei, cansado, cansada, odeio",
    negation: "nao, n, sem, nunca, jamais, ninguem, nenhum, nenhuma, nao precisa, \
               nao e necessario, sem necessidade",
    targets: "humano, humanos, ser humano, pessoa, pessoas, atendente, atendentes, agente, \
              operador, operadora, representante, consultor, consultora, atendimento humano, \
              atendimento, o sac, do sac, ao sac, no sac, suporte tecnico, gerente, supervisor, \
              vendedor, vendedora, responsavel, colaborador, colaboradora, colaboradores, \
              tecnico, tecnica, tecnicos, central de atendimento, apoio ao cliente, \
              servico de apoio ao cliente, linha de apoio, servico de atendimento, \
              setor de atendimento, atendimento ao cliente, atendimento ao consumidor, \
              suporte humano, funcionario, funcionaria, funcionarios, especialista, colega, \
              chefe, dono, dona, consultores, operadores, representantes, supervisores, gerentes",
    someone: "alguem, um de voces, algum de voces, alguem de voces, uma de voces",
    weak: "equipe, suporte, equipa, setor, moco, moca, financeiro, comercial, o time, do time, \
           ao time, no time, seu time, time de suporte, time de atendimento, time do suporte",
    real: "real, verdadeira, verdadeiro, de verdade, de carne e osso",
    call: "ligar, liga, ligue, liguem, contatem, contactem, em contato, em contacto, telefonar, \
           telefonem, retornar",
    contact: "falar, fala, conversar, contatar, contactar, chamar, chama, transferir, transfere, \
              passar, passa, atender, atenda, responder, ajudar, entrar em contato, contato, \
              transfira, transfiram, transferem, encaminhar, encaminha, encaminhe, encaminhem, \
              direcionar, direciona, direcione, conectar, conecta, conecte, conectem, passem, \
              por em contato, por em contacto, colocar em contato, colocar em contacto, \
              contacto, ser atendido, ser atendida, bater papo, reclamar, reclamacao, \
              fazer uma reclamacao, me passe, assumir, assuma, coloca, coloque, colocar, colocam",
    want: "quero, queria, preciso, precisava, gostaria, desejo, peco, solicito, gostava, \
           necessito, desejava",
    exist: "tem, existe, algum, disponivel, nao tem, cade, ha algum, ha alguma, ha alguem, \
            ha um, ha uma",
    boundaries: "mas, porem, contudo",
    thanks: "obrigado, obrigada, muito obrigado, muito obrigada, valeu, brigado, brigada",
    me: "mim, comigo",
    filler: "com, c, cm, um, uma, o, a, os, as, ao, de, do, da, dos, das, por, pra, pro, para, \
             favor, pfv, pfvr, eu, me, voce, voces, vc, vcs, te, que, agora, ja, logo, urgente, \
             rapido, direto, so, posso, poderia, pode, podem, consigo, ai, aqui, oi, ola, bom, \
             boa, dia, tarde, noite, e, ou, tipo, esta, nao sei, nao consigo, nao posso, nao da, \
             nao sou um, vossa, vosso, vossos, vossas, sua, seu, seus, suas, teu, tua, meu, \
             minha, nosso, nossa, se faz favor, faz favor, possa, podia, podiam, alguma, ingles, \
             por telefone, membro, membros, caso, meu caso, chamado, ticket, ser",
    things: "conta, cartao, dinheiro, saldo, pontos, pedido, encomenda, pacote, reserva, \
                endereco, morada, numero, pagina, site, rede, impressora, caixa de som, fone, \
                fones, carregador, cabo, aparelho, dispositivo, console, controle, televisao, \
                loja, filial, banco, tamanho, cor, modelo, versao, produto, artigo, estoque, \
                preco, cardapio, pagamento, fatura, recibo, reembolso, garantia, assinatura, \
                plano, carteira, aeroporto, estacao, casa, sistema, tela, computador, celular, \
                pix, boleto, carrinho",
    ..NONE
};

const ITALIAN: Words = Words {
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
    ..NONE
};

const INDONESIAN: Words = Words {
    look_alikes: "udah dibantu, sudah dibantu, udah ditelpon, sudah ditelpon, udah ditelepon, \
                  sudah ditelepon, sumber daya manusia, hak asasi manusia, rambut manusia, \
                  tubuh manusia, \
                  per orang, orang tua, orang lain, berapa orang, biaya admin, agen travel, \
                  agen properti, agen asuransi, agen perjalanan, transfer ke, sudah transfer, \
                  udah transfer, sdh transfer, dah transfer, bukti transfer, transferan, tf ke, \
                  kurir, kurirnya, abang kurir, driver ojol, ojol, udah ngobrol, sudah ngobrol, \
                  udah bicara, sudah bicara, udah chat, sudah chat, udah ngomong, sudah ngomong, \
                  udah hubungi, sudah hubungi, sudah menghubungi, udah komplain, sudah komplain, \
                  udah telpon, sudah telpon",
    myself: "saya manusia, aku manusia, saya bukan robot, aku bukan robot, saya bukan bot, \
             aku bukan bot",
    jobs: "sdm, lowongan, loker, lamaran, melamar, rekrutmen, hrd, jadi reseller, dropship, \
           dropshipper, daftar agen, jadi agen",
    materials: "rambut",
    requests: "ditelepon balik, ditelpon balik, telpon balik, telepon balik, telpon saya, \
               telepon saya, hubungi saya, telpon aku, telepon aku, hubungi aku, \
               minta ditelpon, bisa ditelpon, ada orang, telpon balik, telepon balik, \
               hubungi balik, hubungi kembali, telpon kembali, telepon kembali, minta dihubungi, \
               minta ditelepon",
    bots: "mesin, otomatis, balasan otomatis, auto reply",
    reject: "cukup, capek, bosan, berhenti, udah cukup",
    negation: "tidak, tdk, gak, ga, gk, nggak, ngga, enggak, engga, ndak, tak, bukan, jangan, \
               jgn, tanpa, gausah, gaperlu",
    targets: "manusia, customer care, petugas, karyawan, staf, pegawai, orang asli, \
              manusia asli, layanan pelanggan, pelayanan pelanggan, pemilik, atasan, manajer, \
              teknisi, agen manusia, agen cs, agen customer service, agen live, live agen, \
              agen asli, perwakilan, konsultan, pemilik toko, layanan konsumen, \
              pelayanan konsumen, adminnya, csnya, petugasnya, orangnya, mimin nya, bagian cs, \
              bagian komplain, bagian keluhan, bagian pelayanan, bagian teknis, bagian retur",
    someone: "seseorang, orang, org, salah satu dari kalian, salah satu dari tim, siapa saja, \
              siapapun, dengan siapa, sama siapa, dgn siapa",
    weak: "min, mimin, kak, kakak, ka, sis, gan, agan, bang, mbak, mba, tim, divisi, departemen",
    real: "asli, beneran, sungguhan, nyata, betulan",
    call: "telpon, telepon, telfon, tlp, tlpn, hubungi, nelpon, nelepon",
    contact: "bicara, berbicara, ngobrol, ngomong, chatting, menghubungi, dihubungi, hubungin, \
              kontak, ditelpon, sambungkan, sambungin, disambungkan, hubungkan, tersambung, \
              terhubung, bantu, dibantu, membantu, balas, bales, jawab, alihkan, dialihkan, \
              alihin, dialihin, oper, dioper, operin, teruskan, diteruskan, terusin, diterusin, \
              disambungin, dihubungkan, komplain, dilayani, melayani, layani, ditelepon, omong, \
              keluhan, mengeluh, panggil, panggilkan, panggilin, ambil alih, diambil alih, \
              ambilalih",
    want: "mau, ingin, pengen, pingin, pgn, minta, butuh, perlu, usah, tolong, tlg, mohon, cari, \
           nyari, kasih",
    exist: "ada, apakah ada, gak ada, ga ada, tidak ada, nggak ada, ngga ada, enggak ada, mana, \
            kemana",
    boundaries: "tapi, tetapi, namun, melainkan",
    thanks: "terima kasih, makasih, trims, trimakasih, terimakasih, mksh",
    me: "saya, aku, sy, aq, gue, gw",
    filler: "lewat telpon, lewat telepon, via telpon, via telepon, gua, kamu, anda, kalian, \
             dengan, dgn, dg, sama, sm, ke, yang, yg, dong, donk, ya, \
             yah, deh, sih, nih, nya, aja, saja, langsung, segera, sekarang, skrg, bisa, bs, \
             bsa, dapat, boleh, apa, apakah, hai, pagi, siang, sore, malam, selamat, permisi, \
             dulu, lagi, sebentar, bentar, dari, untuk, utk, buat, di, dan, atau, biar, supaya, \
             kok, tidak bisa, gak bisa, ga bisa, gabisa, nggak bisa, ngga bisa, tdk bisa, \
             gk bisa, gak tau, ga tau, nggak tau, tidak tahu, gatau, saya bukan, aku bukan, \
             balik, kembali, salah satu, secepatnya, cepat, inggris, bahasa inggris, via, lewat, \
             melalui, agar, kepada, pada, bagian, anggota, tiket, kasus",
    things: "rekening, kartu, uang, duit, saldo, poin, pesanan, paket, reservasi, alamat, nomor, \
                halaman, situs, web, jaringan, printer, speaker, headset, charger, casan, kabel, \
                perangkat, konsol, televisi, hp, handphone, toko, cabang, bank, ukuran, warna, \
                versi, produk, barang, stok, harga, pembayaran, tagihan, struk, garansi, \
                langganan, dompet, bandara, stasiun, rumah, sistem, layar, komputer, ovo, gopay, \
                keranjang",
    ..NONE
};

const VIETNAMESE: Words = Words {
    look_alikes: "nhan vien giao hang, nguoi giao hang, shipper, toc nguoi, toc nguoi that, \
                  moi nguoi, bao nhieu nguoi, nguoi nha, nguoi than, nguoi khac, nguoi mua, \
                  nguoi ban, nhan su, phong nhan su, chuyen khoan, van chuyen, chuyen phat, \
                  chuyen hang, nhan vien ban hang, chuyen tien, chuyen don, chuyen ship, tai xe, \
                  buu ta, dau goi, goi hang, dong goi, goi qua, goi cuoc, ban be, gia dinh, \
                  khach hang, nguoi choi",
    myself: "toi la nguoi, toi la nguoi that, minh la nguoi that, em la nguoi that, \
             toi khong phai bot, toi khong phai robot, minh khong phai bot, em khong phai bot",
    jobs: "tuyen, tuyen dung, viec lam, ung tuyen",
    materials: "toc, toc gia",
    requests: "goi lai cho toi, goi lai cho em, goi lai cho minh, goi cho toi, goi cho em, \
               goi dien cho toi, goi lai, co ai khong, co ai, co nguoi khong, lien he lai, \
               goi cho minh, goi dien cho em, goi dien cho minh, lien he voi toi, lien lac lai, \
               lien he voi em, lien he voi minh",
    bots: "tra loi tu dong, tu dong, may tra loi, la may, voi may, may moc",
    reject: "chan, dung lai",
    negation: "khong, kg, khg, hong, chang, dung, chua, khong can, khong phai, ko can, ko muon, \
               ko phai, k can",
    done: "roi",
    targets: "nhan vien, nv, nhan vien tu van, tu van vien, tong dai vien, cskh, \
              cham soc khach hang, nguoi that, nguoi that su, con nguoi, quan ly, \
              nguoi phu trach, ho tro vien, ky thuat vien, nhan vien ky thuat, bo phan ky thuat, \
              bo phan cskh, bo phan cham soc khach hang, bo phan ho tro, bo phan tu van, \
              phong cham soc khach hang, phong cskh, phong ky thuat, chuyen vien, \
              chuyen vien tu van, chu shop, quan tri vien, nguoi truc page, nguoi truc, \
              bo phan khieu nai, bo phan ban hang, bo phan bao hanh, bo phan lien quan, \
              bo phan chuyen trach",
    someone: "ai do, nguoi nao, mot ai, bat ky ai, bat cu ai, ai ben shop, ai trong shop, voi ai",
    weak: "nguoi, tong dai, hotline, ad, shop, phong ban",
    real: "that su",
    call: "goi, goi dien, goi dien lai, lien he, lien lac",
    contact: "hoi truc tiep, gap, noi chuyen, tro chuyen, ket noi, chuyen, chuyen sang, ho tro, \
              giup, giup do, \
              tra loi, nhan tin, chuyen may, noi may, chuyen qua, ket noi voi, noi voi, \
              trao doi, gap mat, khieu nai, phan anh",
    want: "muon, toi can, em can, minh can, can gap, cho, xin, yeu cau",
    exist: "co, dau, dau roi",
    boundaries: "nhung",
    thanks: "cam on, cam on nhieu",
    me: "toi, minh, tui",
    filler: "anh, chi, ban, oi, nhe, nha, voi, cua, duoc, dc, dk, lam on, vui long, cho hoi, \
             chao, xin chao, alo, ngay, bay gio, truc tiep, la, thi, va, hay, de, mot, nao, \
             phai, co the, khong biet, khong the, ko the, ko, toi khong phai, sang, qua, ho, \
             luon, nhanh, nhanh len, ah, ben, nhen, em, bo phan, thanh vien",
    things: "tai khoan, tien, so du, diem, don hang, dat cho, dia chi, so dien thoai, trang, \
                web, mang, may in, loa, tai nghe, sac, cap, thiet bi, tivi, dien thoai, may tinh, \
                cua hang, chi nhanh, ngan hang, size, mau sac, kich thuoc, san pham, gia, \
                thanh toan, hoa don, bao hanh, san bay, he thong, man hinh, zalo, momo, gio hang",
    ..NONE
};

const TAGALOG: Words = Words {
    look_alikes: "ibang tao, bawat tao, kada tao, per tao, sales agent, nag transfer, \
                  nagtransfer, naka transfer, nakatransfer, mag transfer, magtransfer, \
                  transfer ko, i transfer ko, itransfer ko, rider, driver, kartero",
    myself: "tao ako, tao po ako, ako ay tao, hindi ako bot, hindi ako robot, di ako bot, \
             totoong tao ako, tao din ako, tao rin ako",
    jobs: "trabaho, nag hahire, naghahire, aplay",
    materials: "buhok, peluka",
    requests: "may tao ba, may tao, meron bang tao, tawagan niyo ako, tawagan nyo ako, \
               tawagan mo ako, tawagan ako, tumawag sa akin, tumawag sakin, pakitawagan, \
               walang tao ba, kontakin niyo ako, kontakin nyo ako, sino pwede kausapin, \
               sino ang pwedeng makausap, sino pwedeng makausap, sino pwede makausap",
    reject: "tama na, tigil",
    negation: "hindi, wag, huwag, hwag, ayaw, ayoko, di ko, di na, hindi na",
    targets: "ahente, empleyado, tauhan, totoong tao, tunay na tao, tao na totoo, taong totoo, \
              tao po, csr, tekniko, taga customer service, taga support, may ari",
    someone: "ng tao, ang tao, sa tao, yung tao, na tao, isang tao, kahit sino, sinuman, \
              isa sa inyo, sinuman sa inyo",
    bare: "tao",
    weak: "kuya, ate, mam, maam",
    real: "totoo, totoong, tunay, talaga",
    call: "tawagan, kontakin, makontak, icall, i call, i contact, icontact",
    contact: "endorse, iendorse, pakiendorse, matawagan, makausap, kausap, kausapin, \
              makipag usap, makipagusap, usap, mag usap, pakausap, \
              tumawag, tawag, ikonekta, ilipat, makachat, tulungan, ipasa, ipapasa, pakipasa, \
              itransfer, i transfer, patransfer, paconnect, i connect, iconnect, ikonek, \
              makakausap, nakakausap, makipagchat, makipag chat, reklamo, magreklamo, \
              mag reklamo, pakonekta, pakikonekta, ipakonekta, konek, ikonekta mo, sumagot, \
              sagutin, sasagot",
    want: "gusto, gustong, kailangan, kelangan, hanap, hinahanap, bigyan, ibigay, hanapan",
    exist: "may, meron, mayroon, wala bang, walang",
    thanks: "salamat, maraming salamat",
    me: "ako, akin, sakin",
    filler: "po, ho, ba, bang, na, ng, nang, ang, sa, si, kay, ko, kong, mo, niyo, nyo, ninyo, \
             ikaw, kayo, kayong, tayo, sana, naman, lang, nalang, muna, yung, ung, iyong, yun, \
             pwede, puwede, pwedeng, pwde, pde, paki, pa, ngayon, agad, din, rin, dito, diyan, \
             dyan, jan, kasi, kung, ano, pano, paano, ma, hindi ko alam, di ko alam, \
             hindi ko ma, di ko ma, hindi ako, akong, isang, isa, isa sa mga, mga, inyo, inyong, \
             natin, namin, kami, nga, na lang, dali, pakibilis, mismo, pong, bat, miyembro, \
             concern, ticket",
    things: "account, card, pera, load, order, parcel, package, booking, address, number, page, \
             printer, speaker, charger, cable, cellphone, cp, tindahan, branch, bangko, size, \
             kulay, produkto, presyo, bayad, resibo, refund, warranty, bahay, maya",
    ..NONE
};

const DUTCH: Words = Words {
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

/// German and Dutch write a department or role as one compound word
/// ("Reklamationsabteilung", "klachtenafdeling", "Servicemitarbeiterin"): an unknown word
/// ending in one of these heads plays the head's role.
const COMPOUND_HEADS: &[(&str, Class)] = &[
    ("abteilung", Class::Weak),
    ("afdeling", Class::Weak),
    ("zentrale", Class::Weak),
    ("centrale", Class::Weak),
    ("balie", Class::Weak),
    ("desk", Class::Weak),
    ("leiter", Class::Target),
    ("leiterin", Class::Target),
    ("leider", Class::Target),
    ("leidster", Class::Target),
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
    ("medewerkers", Class::Target),
    ("mitarbeitende", Class::Target),
    ("mitarbeitenden", Class::Target),
    ("conseiller", Class::Target),
    ("conseillere", Class::Target),
    ("mitarbeiter", Class::Target),
    ("mitarbeiterin", Class::Target),
    ("medewerker", Class::Target),
    ("medewerkster", Class::Target),
    ("berater", Class::Target),
    ("beraterin", Class::Target),
    ("adviseur", Class::Target),
    ("techniker", Class::Target),
];

/// Compounds that end like a role but are things: dresses ("Abendkleider" ends in
/// "leider") and ladders or conductors ("Trittleiter", "Halbleiter").
const NOT_COMPOUNDS: &[&str] = &[
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
];

/// All entries of all languages, looked up by their normalised spelling.
pub(crate) struct Lexicon {
    phrases: HashMap<&'static str, Class>,
    /// Every single word that occurs in some entry: words the typo fixer leaves alone.
    vocabulary: HashSet<&'static str>,
    /// The first words of multi-word entries: only these can start a longer match.
    openers: HashSet<&'static str>,
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
        let openers = phrases
            .keys()
            .filter_map(|p| p.split_once(' ').map(|(first, _)| first))
            .collect();
        let longest = phrases
            .keys()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon {
            phrases,
            vocabulary,
            openers,
            longest,
        }
    }

    /// The role of a normalised word or phrase, if it is known.
    pub fn class(&self, phrase: &str) -> Option<Class> {
        self.phrases.get(phrase).copied()
    }

    /// The role of an unknown German or Dutch compound from its last part, if that part is
    /// a department or role and something comes before it.
    pub fn compound(&self, word: &str) -> Option<Class> {
        if NOT_COMPOUNDS.iter().any(|thing| word.ends_with(thing)) {
            return None;
        }
        COMPOUND_HEADS
            .iter()
            .find(|(head, _)| word.len() > head.len() + 2 && word.ends_with(head))
            .map(|&(_, class)| class)
    }

    /// Whether some multi-word entry starts with this word.
    pub fn opens_phrase(&self, word: &str) -> bool {
        self.openers.contains(word)
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

    #[test]
    fn compounds_take_the_role_of_their_head() {
        let lexicon = Lexicon::get();
        assert_eq!(lexicon.compound("reklamationsabteilung"), Some(Class::Weak));
        assert_eq!(
            lexicon.compound("klantenservicemedewerker"),
            Some(Class::Target)
        );
        assert_eq!(lexicon.compound("berater"), None);
        assert_eq!(lexicon.compound("haarspray"), None);
        assert_eq!(lexicon.compound("filialleiter"), Some(Class::Target));
        assert_eq!(lexicon.compound("bedrijfsleider"), Some(Class::Target));
        assert_eq!(lexicon.compound("abendkleider"), None);
        assert_eq!(lexicon.compound("trittleiter"), None);
    }
}
