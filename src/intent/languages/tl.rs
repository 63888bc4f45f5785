//! Tagalog: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        split_prefixes: &["paki", "pa", "i", "ipa", "maki", "makipag", "ma", "ipapa"],
        split_roots: &[
            "pasa", "lipat", "konek", "konekta", "connect", "transfer", "usap", "kausap", "chat",
        ],
        role_prefixes: &["taga"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "oras araw linggo beses",
};

const WORDS: Words = Words {
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
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "makipag usap, makipagusap, pakausap, usap, mag usap, makachat, makipagchat, \
           makipag chat",
    meet: "makausap, kausapin, makakausap, kausap",
    put_through: "endorse, iendorse, pakiendorse, ipasa, ipapasa, pakipasa, ilipat, ikonekta, \
                  ikonek, itransfer, i transfer, \
                  patransfer, paconnect, i connect, iconnect, pakonekta, pakikonekta, \
                  ipakonekta, ikonekta mo",
    call: "matawagan, tawagan, kontakin",
    to: "sa, kay, kina",
    agent: "ng, ni",
    from: "sa, ng",
    det: "ang, yung, ung, iyong, si, isang, mga, inyong, nyong",
    mine_after: "ko, namin",
    me: "ako, akin, sakin, akong",
    clitic: "paki, pa",
    glue: "po, ho, naman, lang, na, sana, muna, nga, ba, nyo, niyo, ngayon, agad",
    available: "may, meron",
    pronouns: "siya, kanya, kanila, ito, iyan, yan, yon, kayo, friends, kaibigan, asawa, \
               pamilya, anak, customers, players",
    adjectives: "iba",
    ..Grammar::NONE
};
