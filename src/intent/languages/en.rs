//! English: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Stems, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        stems: &[STEMS],
        passive_auxiliaries: &["be", "get"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "s sec secs second seconds min mins minute minutes h hr hrs hour hours \
                day days week weeks times",
};

const WORDS: Words = Words {
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
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "talk, speak, chat, speak with",
    meet: "get hold of",
    role_only: "reach",
    transfer: "pass me over, transfer, transferred, transfered, connect, connected, forward, \
               forwarded, \
               redirect, escalate, pass, pass me, pass me on, put me on, put through, \
               patch me through, hand me, hand me over, route me, reroute, direct me, refer, \
               transferring, connecting, transfer me, put me through",
    hand: "get, give, gimme, bring",
    to: "to, with, w, 2",
    by: "by",
    from: "from, at, in, of, on",
    det: "one of the, the, a, an, your, ur, one of your, one of ur, any of your, some, this, \
          that, our",
    mine: "my",
    me: "me, us, chat, conversation, call",
    put_through: "in touch",
    aux: "be, get",
    glue: "is, are, currently",
    available: "available, around, online",
    there: "there",
    reachable: "reachable",
    pronouns: "him, her, them, it, you, u, yourself, each, friends, friend, family, husband, \
               wife, mom, mum, dad, kids, children, customers, clients, players, users, others, \
               strangers, neighbours, neighbors, locals",
    you: "you, u",
    future: "ill, will, going, gonna",
    adjectives: "other, another, next, same, first, last, new, right, wrong, night, senior, top, \
                 bottom",
    ..Grammar::NONE
};

const STEMS: Stems = Stems {
    stems: &[
        "call",
        "contact",
        "phon",
        "connect",
        "transferr",
        "transfer",
    ],
    endings: &[],
    participles: &["ed"],
};
