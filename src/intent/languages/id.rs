//! Indonesian: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        affix_prefixes: &[
            "di", "meng", "meny", "men", "mem", "me", "ter", "ng", "ny", "n",
        ],
        affix_suffixes: &["kan", "in", "i", ""],
        affix_roots: &[
            "hubung", "sambung", "ambung", "alih", "terus", "erus", "oper", "telpon", "telepon",
            "elpon", "elepon",
        ],
        role_words_before: &["juru", "tukang", "ahli"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "detik menit jam hari minggu kali",
};

const WORDS: Words = Words {
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
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "bicara, berbicara, ngobrol, ngomong, omong, chat, chatting, konsultasi",
    put_through: "sambungkan, sambungin, disambungkan, disambungin, hubungkan, dihubungkan, \
                  alihkan, dialihkan, alihin, dialihin, oper, dioper, operin, teruskan, \
                  diteruskan, terusin, diterusin",
    to: "dengan, dgn, dg, sama, sm, ke, kepada, pada",
    agent: "oleh",
    from: "dari",
    det: "pihak, sang",
    departments: "bagian",
    mine_after: "saya, aku, ku, gue, gw, sy, aq",
    me: "saya, aku, sy, aq, gue, gw, chat, percakapan, obrolan",
    glue: "dong, ya, aja, saja, langsung, sekarang, skrg, segera, dulu, sebentar, nih, deh, ini",
    pronouns: "dia, mereka, beliau, ini, itu, kamu, anda, teman, temen, keluarga, suami, istri, \
               pacar, anak, pelanggan, pemain, pengguna, tetangga",
    you: "kamu, anda",
    future: "nanti, akan",
    adjectives: "lain, berikutnya",
    ..Grammar::NONE
};
