//! Vietnamese: the words the detector knows and their roles, the words of its request
//! frames, and the forms of its verbs and role nouns the word lists do not spell out.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology {
        role_words_after: &["vien", "si"],
        role_words_before: &["truong"],
        ..Morphology::NONE
    },
    compounds: Compounds::NONE,
    durations: "giay phut gio ngay tuan lan",
};

const WORDS: Words = Words {
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
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "noi chuyen, tro chuyen, trao doi, chat",
    meet_after_want: "hoi truc tiep, gap, gap mat",
    transfer: "chuyen, chuyen sang, chuyen qua",
    put_through: "chuyen may, noi may, ket noi, ket noi voi",
    to: "voi, vs, cho, sang, qua",
    from: "ben, cua, o",
    det: "mot, cac, anh, chi, co, chu, ong, nguoi",
    departments: "bo phan, phong",
    loose: "noi chuyen, tro chuyen, trao doi, gap, gap mat, chuyen, chuyen sang, chuyen qua, \
            chuyen may, noi may, ket noi, ket noi voi",
    mine_after: "toi, minh, tui",
    me: "toi, minh, em, tui, e",
    glue: "giup, giup do, ho, ngay, luon, di, a, nhe, nha",
    available: "co",
    pronouns: "ho, no, chong, vo",
    future: "se",
    adjectives: "khac, kia",
    ..Grammar::NONE
};
