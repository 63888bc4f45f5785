//! Malay (Malaysian): the words the detector knows and their roles, with the short forms
//! of chat ("nk", "x", "sy", "tlg", "bg", "ckp", "dgn") and the English that customers mix
//! in ("nak call admin", "x nak bot"), and the words of its request frames. Words Malaysian
//! shares with Indonesian that id.rs already lists, and the affixed forms of id.rs
//! ("menghubungi", "sambungkan"), are read from there. "Cakap" also means "say" ("admin
//! cakap boleh refund"): it counts only with a "to" or a want ("cakap dengan", "nak cakap").

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "saat minit min mnt jam hari minggu kali",
};

const WORDS: Words = Words {
    look_alikes: "sumber manusia, jabatan sumber manusia, bahagian sumber manusia, \
                  hak asasi manusia, rambut manusia, badan manusia, tubuh manusia, per orang, \
                  setiap orang, orang tua, orang lain, orang rumah, orang ramai, ramai orang, \
                  semua orang, orang luar, berapa orang, berapa org, ejen pelancongan, \
                  agen pelancongan, ejen hartanah, agen hartanah, ejen insurans, agen insurans, \
                  ejen takaful, agen takaful, yuran admin, caj admin, bayaran admin, kos admin, \
                  transfer duit, transfer wang, pindahan wang, pemindahan wang, pindah duit, \
                  pindahkan duit, pindahkan wang, pindahkan baki, dah transfer, sudah transfer, \
                  dh transfer, dah bank in, sudah bank in, posmen, abang posmen, abang courier, \
                  abang kurier, abang rider, abang runner, abang delivery, budak delivery, \
                  delivery boy, abang grab, driver grab, pos laju, poslaju, abang poslaju, \
                  dah cakap, dh cakap, sudah cakap, dah ckp, dah bercakap, sudah bercakap, \
                  dah berbual, sudah berbual, dah chat, dh chat, sudah chat, dah call, dh call, \
                  sudah call, dah kol, dah telefon, dh telefon, sudah telefon, dah hubungi, \
                  dh hubungi, sudah hubungi, sudah menghubungi, dah contact, sudah contact, \
                  dah whatsapp, dah wasap, dah mesej, sudah mesej, dah komplen, sudah komplen, \
                  dah complain, sudah complain, dah buat aduan, sudah buat aduan, pernah call, \
                  pernah cakap, pernah hubungi, tadi dah call",
    myself: "saya manusia, sy manusia, aku manusia, saya bukan robot, sy bukan robot, \
             aku bukan robot, saya bukan bot, sy bukan bot, aku bukan bot, saya bukan mesin, \
             saya manusia biasa, saya pun manusia, sy pun manusia, saya orang betul",
    jobs: "jawatan kosong, kerja kosong, kekosongan jawatan, kekosongan, jawatan, \
           permohonan kerja, mohon kerja, memohon kerja, minta kerja, cari kerja, nak kerja, \
           kerja part time, kerja partime, cari part time, nak part time, temuduga, temu duga, \
           praktikal, latihan industri, ambil pekerja, cari pekerja, perlukan pekerja, \
           pengambilan pekerja, jadi ejen, nak jadi ejen, jadi agen, nak jadi agen, daftar ejen, \
           cari ejen, ejen dropship, stokis, jadi stokis, nak jadi stokis, jadi dropship, \
           jadi dropshipper, nak jadi reseller",
    materials: "rambut palsu, sambung rambut, rambut sambung",
    requests: "call saya, call sy, call aku, call balik saya, call saya balik, call sy balik, \
               kol saya, kol sy, kol saya balik, telefon saya balik, telefon saya semula, \
               tolong telefon saya, tlg telefon saya, sila telefon saya, boleh telefon saya, \
               blh telefon saya, telefon sy balik, hubungi sy, sila hubungi saya, \
               tolong hubungi saya, wasap saya, ws saya, whatsapp saya balik, tolong call saya, \
               tlg call saya, tlg call sy, sila call saya, boleh call saya, blh call sy, \
               boleh call sy, minta call, mintak call, minta telefon, mintak telefon, \
               ada orang tak, ada org tak, ada orang x, ada org x, ada orang ke, ada org ke, \
               ada orang kah, ada sesiapa, ada sesiapa tak, ada sesiapa ke, ada sape, \
               ada sape tak, ada sape x, ada sapa, ada sapa tak, takde orang ke, \
               tak ada orang ke, xde org ke, xde orang ke, xda org ke, tiada orang ke, \
               takde sesiapa ke, sesiapa ada, sesiapa di sana, helo ada orang, \
               siapa boleh saya hubungi, siapa yang boleh saya hubungi, siapa saya boleh hubungi, \
               siapa saya boleh contact, dengan siapa saya boleh bercakap, \
               dengan siapa saya boleh cakap, siapa saya boleh cakap, nak cakap dengan siapa, \
               nk ckp dgn sape",
    bots: "mesin, automatik, balasan automatik, jawapan automatik, mesej automatik, auto balas, \
           sistem automatik",
    reject: "cukup, dah cukup, sudah cukup, penat, bosan, muak, menyampah, berhenti, dahla, \
             dahlah, sudahla, sudahlah, geram, serik",
    negation: "tidak, tak, tk, tdk, bukan, bkn, jangan, jgn, tanpa, tiada, takde, tak ada, xde, \
               xda, x ada, takda, tkde, tak payah, x payah, xpayah, takpayah, tk payah, \
               tak perlu, x perlu, xperlu, takperlu, tidak perlu, tak nak, x nak, xnak, taknak, \
               tak nk, x nk, xnk, tk nak, tak mahu, tidak mahu, tak mau, x mau, xmau, tak usah, \
               x usah",
    targets: "manusia, manusia sebenar, manusia betul, manusia betul2, orang sebenar, \
              orang betul, orang betul2, org sebenar, org betul, org betul2, orang yang betul, \
              staf betul, staf, kakitangan, kakitangan anda, pekerja anda, pekerja kedai, \
              pegawai, pegawai khidmat pelanggan, pegawai bertugas, pegawai yang bertugas, wakil, \
              wakil khidmat pelanggan, wakil syarikat, wakil anda, khidmat pelanggan, \
              perkhidmatan pelanggan, pusat khidmat pelanggan, pusat panggilan, \
              khidmat pelanggan anda, bahagian khidmat pelanggan, servis pelanggan, \
              khidmat nasihat, careline, customer servis, kastomer servis, cust service, \
              cust servis, pengurus, pengurus kedai, pengurus cawangan, pengurusan, \
              pihak pengurusan, penyelia, pihak atasan, orang atasan, tuan punya, \
              tuan punya kedai, tuan kedai, owner kedai, bos kedai, pemilik kedai, juruteknik, \
              juruwang, kerani, penyambut tetamu, pihak admin, pihak cs, pihak customer service, \
              team cs, team admin, team support, team customer service, ejen khidmat pelanggan, \
              ejen manusia, ejen sebenar, ejen live, live ejen, agen manusia, agen sebenar, \
              admin kedai, admin sebenar, admin betul",
    someone: "sesiapa, sesape, sesapa, sape, sapa, sape2, sapa2, siapa2, sesiapa saja, \
              sesiapa sahaja, sesiapa pun, salah seorang, salah sorang, \
              salah seorang daripada anda, salah seorang staf, dengan sape, dgn sape, ngan sape, \
              ngan sapa, dengan sapa",
    weak: "akak, kak, kakak, abang, abg, sis, dik, cik, encik, tuan, boss, bos, tauke, taukeh, \
           towkay, tokey, jabatan, pasukan, kaunter, pekerja, jurujual, pihak syarikat, \
           pihak kedai, hotline",
    real: "sebenar, asli",
    call: "call, kol, tepon, dail, hubungi, call balik, call semula, kol balik, kol semula, \
           telefon balik, telefon semula, hubungi semula, wasap",
    contact: "cakap dengan, cakap dgn, cakap dng, cakap ngan, cakap ngn, cakap kat, cakap dekat, \
              cakap dkt, ckp dengan, ckp dgn, ckp dng, ckp ngan, ckp ngn, ckp kat, ckp dkt, \
              nak cakap, nk cakap, nak ckp, nk ckp, mahu cakap, ingin cakap, boleh cakap, \
              blh cakap, boleh ckp, blh ckp, bercakap, becakap, berckp, berbual, sembang, \
              bersembang, borak, berborak, bincang, berbincang, berurusan, urus, uruskan, \
              nak jumpa, nk jumpa, boleh jumpa, jumpa, berjumpa, jumpa dengan, jumpa dgn, \
              pindahkan, tukarkan, rujukkan, majukan, layan, layankan, dilayan, melayan, bantu, \
              membantu, aduan, buat aduan, membuat aduan, adu, mengadu, komplen, komplain, \
              complain, mesej, msg, bls, balas, jawab, reply, telefon",
    want: "nak, nk, nok, hendak, hndk, hndak, mahu, mau, ingin, perlu, perlukan, memerlukan, \
           minta, mintak, mntk, tolong, tlg, tlng, mohon, bagi, bg, bgi, cari, carikan, mahukan, \
           dapatkan, tunggu, tggu, tgu",
    exist: "ada, ade, adakah, ada tak, ade tak, ada x, ade x, ada ke, ade ke, ada kah, kat mana, \
            mana",
    boundaries: "tapi, tetapi, namun, tp, tpi, melainkan",
    thanks: "terima kasih, trima kasih, terimakasih, tq, tqvm, tqsm, tenkiu, tengkiu, thank u, \
             tkasih, ribuan terima kasih, terima kasih banyak",
    me: "saya, sy, aku, aq, sye, sya",
    filler: "dengan, dgn, dng, ngan, ngn, sama, kepada, kpd, pada, ke, yang, yg, la, lah, je, \
             jer, aje, ajer, sahaja, saja, kah, pun, pon, juga, jugak, jgk, boleh, blh, leh, \
             bleh, boleh x, blh x, boleh tak, blh tak, bole x, leh x, boleh ke, blh ke, bolehkah, \
             dapat, dpt, sila, hai, helo, salam, assalamualaikum, assalammualaikum, \
             salam sejahtera, selamat pagi, selamat petang, selamat tengahari, selamat malam, \
             pagi, petang, malam, tengahari, sekarang, skrg, skrng, skang, sekarang juga, segera, \
             secepat mungkin, secepatnya, cepat, cpt, sekejap, kejap, jap, dulu, dlu, lagi, dari, \
             daripada, drpd, untuk, utk, kat, dekat, dkt, sini, situ, sana, awak, kamu, anda, \
             korang, kalian, nya, atau, ataupun, dan, ya, ye, yer, okey, baik, terus, hanya, \
             sebab, kerana, sbb, macam mana, mcm mana, camne, cmne, camana, bagaimana, \
             sebenarnya, bahasa inggeris, inggeris, bahasa melayu, melayu, tak boleh, x boleh, \
             xboleh, tk boleh, tak dapat, x dapat, xdapat, tak reti, tak tahu, tak tau, x tau, \
             xtau, tidak tahu, tak pasti, x pasti, tiket, nombor tiket, kes, tentang, mengenai, \
             berkenaan, pasal, psl, seorang, satu, mana mana, mana2, bahagian, blk",
    things: "akaun, akaun saya, kad, kad kredit, duit, wang, baki, mata ganjaran, pesanan, \
             tempahan, alamat, nombor, nombor telefon, halaman, laman web, rangkaian, pencetak, \
             pengecas, peranti, kedai, cawangan, saiz, bayaran, resit, waranti, jaminan, dompet, \
             lapangan terbang, stesen, skrin, troli, telefon saya, telefon sy, telefon aku, \
             phone saya, fon saya, hp saya, handphone saya, talian, mesin basuh, mesin jahit, \
             mesin kopi, mesin pengering, mesin rumput, mesin atm",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "cakap dengan, cakap dgn, cakap dng, cakap ngan, cakap ngn, cakap kat, cakap dekat, \
           cakap dkt, ckp dengan, ckp dgn, ckp dng, ckp ngan, ckp ngn, ckp kat, ckp dkt, \
           nak cakap, nk cakap, nak ckp, nk ckp, mahu cakap, ingin cakap, boleh cakap, blh cakap, \
           boleh ckp, blh ckp, bercakap, becakap, berbual, sembang, bersembang, borak, berborak, \
           berbincang, berurusan, jumpa dengan, jumpa dgn",
    meet: "nak jumpa, nk jumpa, berjumpa",
    transfer: "pindahkan, tukarkan, rujukkan, majukan",
    departments: "bahagian",
    to: "dengan, dgn, dng, ngan, ngn, sama, kepada, kpd, ke, dekat, dkt, kat",
    from: "dari, daripada, drpd",
    det: "pihak",
    mine_after: "saya, sy, aku, aq, ku",
    me: "saya, sy, aku, aq",
    glue: "je, jer, aje, lah, sekarang, skrg, segera, dulu, sekejap, kejap, jap, ini, terus",
    pronouns: "dia, diorang, dorang, depa, mereka, beliau, kawan, keluarga, suami, isteri, bini, \
               anak, mak, ayah, jiran, pelanggan, pengguna, pemain",
    you: "awak, anda, kamu, korang",
    future: "nanti, akan, nnti",
    adjectives: "lain, seterusnya",
    ..Grammar::NONE
};
