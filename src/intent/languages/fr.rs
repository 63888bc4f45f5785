//! French: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::class::Class;
use crate::intent::language::{Compounds, Grammar, Language, Morphology, Stems, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        stems: &[FRENCH_ER],
        passive_auxiliaries: &["etre"],
        ..Morphology::NONE
    },
    compounds: Compounds {
        heads: &[
            ("conseiller", Class::Target),
            ("conseillere", Class::Target),
        ],
        ..Compounds::NONE
    },
    durations: "secondes heure heures jour jours semaine semaines fois",
};

const WORDS: Words = Words {
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
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "entretenir, parler, parlez, discuter, causer, echanger",
    transfer: "passer, passez, repasser, transferer, transferez, rediriger, redirigez, \
               orienter, orientez, basculer, basculez",
    put_through: "en relation, mis en relation, mise en relation, mettre en relation, \
                  en contact, mettre en contact, mis en contact, mise en contact",
    hand: "passer, passez, repasser, donnez",
    call: "appeler, rappeler, contacter, recontacter, joindre, telephoner",
    to: "avec, au, aux, aupres de",
    to_the: "a, vers",
    by: "par",
    from: "de, du, des, d, chez",
    det: "le, la, l, les, un, une, votre, vos, ton, ta, tes, un de vos, une de vos, \
          l un de vos, au, aux",
    mine: "mon, ma, mes",
    me: "moi, conversation",
    clitic: "me, m",
    aux: "etre",
    glue: "est, sont",
    available: "disponible, dispo, disponibles, libre",
    reachable: "joignable",
    pronouns: "lui, elle, eux, elles, toi, amis, ami, amie, copains, famille, mari, femme, \
               enfants, clients, joueurs, utilisateurs, autres, voisins",
    you: "vous, tu",
    future: "vais, allons",
    adjectives: "autre, prochain, prochaine, meme, nouveau, nouvelle",
    ..Grammar::NONE
};

/// French present forms in -e collide with the participle once accents are folded
/// ("transfère", "transféré"): only the forms that cannot be past are listed.
const FRENCH_ER: Stems = Stems {
    stems: &[
        "transfer",
        "contact",
        "recontact",
        "rappel",
        "appel",
        "redirig",
        "orient",
        "bascul",
        "parl",
        "expliqu",
    ],
    endings: &[
        "er", "ez", "iez", "erais", "erait", "eriez", "erez", "erons", "ons",
    ],
    participles: &["e", "ee", "es", "ees"],
};
