//! Turkish: the words the detector knows and their roles. Customers type with or without
//! the Turkish letters ("müşteri temsilcisi", "musteri temsilcisi"), and both normalise to
//! the same spelling. Turkish builds cases and persons with suffixes, so the person words
//! are listed with the forms a request uses ("yetkiliyle", "temsilcisine"), and the verbs
//! with their request and modal forms ("bağlar mısınız", "görüşebilir miyim"). Its verb
//! closes the clause: a "me" before a calling verb ("beni arayın") and a refusal after the
//! bot ("botla konuşmak istemiyorum") are listed as phrases, and a negated want after the
//! person ("konuşmak istemiyorum", "gerek yok") is one negation unit that ends the chain.
//! No frame words: the person's case is a suffix of the noun ("yetkiliyle", "temsilciye"),
//! not a word the frames could read.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: Grammar::NONE,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "saniye sn dakika dk dakka saat gun hafta kez kere defa",
};

const WORDS: Words = Words {
    look_alikes: "insan kaynaklari, insan kaynaklarina, insan kaynaklariyla, \
                  insan kaynaklari departmani, insan haklari, insani yardim, insan sagligi, \
                  insan vucudu, insan hatasi, insan gucu, insan saci, insan sacindan, \
                  dogal insan saci, kisi basi, kisi basina, kac kisi, kac kisilik, kisiye ozel, \
                  tuzel kisi, gercek kisi mi, gercek kisi adina, gercek kisi olarak, \
                  gercek kisi faturasi, seyahat acentesi, seyahat acentasi, sigorta acentesi, \
                  sigorta acentasi, emlak danismani, emlakci, yetkili servis, yetkili servise, \
                  yetkili servisi, yetkili servisler, yetkili servisten, yetkili bayi, \
                  yetkili bayiler, yetkili bayisi, yetkili satici, yetkili saticisi, \
                  mobil operator, gsm operatoru, operator degistirmek, kurye, kuryeniz, kuryeye, \
                  kuryeyle, motokurye, kargocu, kargocuya, kargocuyla, kargo gorevlisi, \
                  kargo calisani, postaci, ev sahibi, ev sahibine, ev sahibiyle, para transferi, \
                  para aktarimi, havalimani transferi, hesaba aktar, hesabima aktar, canli yayin, \
                  canli yayinda, canli yayini, canli mac, konustum, gorustum, konustuk, gorustuk, \
                  zaten konustum, zaten gorustum, aradim, aradik, aradilar, aradiniz, \
                  beni aradiniz, beni aradilar, beni aramistiniz",
    myself: "ben insanim, insanim, ben bir insanim, gercek bir insanim, ben gercek insanim, \
             ben de insanim, bot degilim, ben bot degilim, insanim bot degil, \
             ben insanim bot degil, insanim robot degil, robot degilim, ben robot degilim, \
             makine degilim",
    jobs: "is ilani, is ilanlari, is basvurusu, basvuru formu, is ariyorum, is var mi, is imkani, \
           is gorusmesi, mulakat, eleman ariyoruz, eleman ariyor musunuz, eleman alimi, \
           personel alimi, personel ariyoruz, personel ariyor musunuz, kariyer, ozgecmis, \
           ozgecmisimi, maas, staj, stajyer, bayilik, bayi olmak, bayiniz olmak, \
           bayi olabilir miyim, temsilcilik, temsilciniz olmak, temsilci olmak, acente olmak, \
           acentelik, distributorluk",
    materials: "saci, saclar, saclari, peruk, peruklar, peruklari, protez sac, kaynak sac, postis",
    requests: "beni arayin, beni ara, ara beni, arayin beni, beni arar misiniz, beni arar misin, \
               beni ararmisiniz, beni arayabilir misiniz, beni arayabilirmisiniz, \
               beni arayabilir misin, beni geri arayin, beni geri arar misiniz, beni arasin, \
               beni arasinlar, beni telefonla arayin, beni bir yetkili arasin, arar misiniz beni, \
               geri arayin, geri arar misiniz, geri arayabilir misiniz, geri donus yapin, \
               geri donus yapar misiniz, bana donus yapin, bana donus yapar misiniz, \
               bana geri donun, bana geri donus yapin, bana ulasin, bana ulasir misiniz, \
               bana ulasabilir misiniz, benimle iletisime gecin, benimle iletisime gecer misiniz, \
               benimle iletisime gecebilir misiniz, benimle iletisime gecsin, \
               benimle iletisim kurun, kimse yok mu, kimse yokmu, hic kimse yok mu, kimse var mi, \
               kimse varmi, orada kimse var mi, orda kimse var mi, biri var mi, birisi var mi, \
               biri yok mu, bakan yok mu, bakan kimse yok mu, ilgilenen yok mu, \
               ilgilenen kimse yok mu, cevap veren yok mu, cevap verecek kimse yok mu, \
               muhatap yok mu, muhatap bulamiyorum, kimle gorusebilirim, kiminle gorusebilirim, \
               kimle konusabilirim, kiminle konusabilirim, kimle gorusmeliyim, \
               kiminle gorusmeliyim, kime ulasabilirim, kimle iletisime gecebilirim, bot degil, \
               robot degil, makine degil, botla degil, bota degil, robotla degil, \
               bot istemiyorum, robot istemiyorum, botla konusmak istemiyorum, \
               robotla konusmak istemiyorum, botla gorusmek istemiyorum, bota yazmak istemiyorum, \
               otomatik cevap istemiyorum, otomatik mesaj istemiyorum, bottan biktim, \
               bu bottan biktim, robottan biktim, otomatik mesajlardan biktim",
    bots: "botla, bota, botu, botun, bottan, botlar, botlarla, chatbotla, chatbota, robotla, \
           robota, robotu, robottan, makine, makineyle, makineye, yapay zeka, yapay zekayla, \
           yapay zekaya, otomatik mesaj, otomatik mesajlar, otomatik yanit, otomatik yanitlar, \
           otomatik cevap, otomatik cevaplar, sanal asistan",
    reject: "yeter, yeter artik, biktim, biktik, sikildim, usandim, yoruldum, durdurun",
    negation: "degil, yok, istemiyorum, istemiyoruz, istemem, gerek yok, gerekmez, gerekmiyor, \
               ihtiyacim yok, ihtiyacimiz yok, ihtiyac yok, lazim degil, konusmak istemiyorum, \
               gorusmek istemiyorum, baglanmak istemiyorum, aktarilmak istemiyorum, aramayin, \
               aramayiniz, aramasin, asla",
    targets: "insan, insana, insanla, insan ile, insani, insanlarla, temsilci, temsilciye, \
              temsilciyle, temsilci ile, temsilciyi, temsilcisi, temsilcisine, temsilcisiyle, \
              temsilcisi ile, temsilcisini, temsilciniz, temsilcinize, temsilcinizle, \
              temsilcinizi, temsilciler, temsilcilere, temsilcilerle, temsilcileriniz, \
              temsilcilerinize, temsilcilerinizle, temsilcilerinizden, musteri temsilcisi, \
              musteri temsilcisine, musteri temsilcisiyle, musteri temsilcisi ile, \
              musteri temsilcisini, musteri temsilciniz, musteri temsilcinize, \
              musteri temsilcinizle, musteri temsilcileri, musteri temsilcilerine, \
              musteri temsilcileriyle, musteri temsilcileriniz, musteri temsilcilerinizden, \
              musteritemsilcisi, musteri hizmetleri, musteri hizmetlerine, musteri hizmetleriyle, \
              musteri hizmetleri ile, musteri hizmetlerini, musteri hizmetleriniz, \
              musteri hizmetlerinize, musteri hizmetlerinizle, musteri hizmetlerinden, \
              musteri hizmetlerinizden, musterihizmetleri, musteri destek, musteri destegi, \
              musteri destegine, musteri destegiyle, musteri destek ekibi, musteri destek hatti, \
              musteri hatti, musteri danismani, musteri danismanina, musteri danismaniyla, \
              musteri iliskileri, cagri merkezi, cagri merkezine, cagri merkeziyle, \
              cagri merkezi ile, cagri merkezini, cagri merkeziniz, cagri merkezinize, \
              cagri merkezinizle, canli destek, canli destege, canli destekle, canli destek ile, \
              canli destegi, canli destekten, canli destek hatti, canli destek ekibi, \
              canlidestek, canli temsilci, canli temsilciye, canli temsilciyle, canli operator, \
              canli operatore, canli operatorle, destek ekibi, destek ekibine, destek ekibiyle, \
              destek ekibi ile, destek ekibiniz, destek ekibinize, destek ekibinizle, \
              destek hatti, destek hattina, destek birimi, teknik destek, teknik destege, \
              teknik destekle, teknik destek ekibi, teknik ekip, teknik ekibe, teknik ekiple, \
              teknik ekibiniz, yetkili, yetkiliye, yetkiliyle, yetkili ile, yetkiliyi, yetkilisi, \
              yetkilisine, yetkilisiyle, yetkilisi ile, yetkilisini, yetkiliniz, yetkilinize, \
              yetkilinizle, yetkilinizi, yetkililer, yetkililere, yetkililerle, yetkilileriniz, \
              yetkililerinize, yetkililerinizle, yetkililerinizden, yetkili kisi, yetkili kisiye, \
              yetkili kisiyle, firma yetkilisi, firma yetkilisiyle, sirket yetkilisi, \
              sirket yetkilisiyle, magaza yetkilisi, magaza yetkilisiyle, sube yetkilisi, \
              personel, personele, personelle, personel ile, personeli, personeliniz, \
              personelinize, personelinizle, personelinizden, gorevli, gorevliye, gorevliyle, \
              gorevli ile, gorevlisi, gorevlisine, gorevlisiyle, gorevliniz, gorevlinize, \
              gorevlinizle, calisana, calisanla, calisaniniz, calisaniniza, calisaninizla, \
              calisanlariniz, calisanlariniza, calisanlarinizla, calisanlarinizdan, elemaniniz, \
              elemaniniza, elemaninizla, elemanlariniz, elemanlarinizdan, operatore, operatorle, \
              operator ile, operatoru, operatorunuz, operatorunuze, operatorunuzle, operatorler, \
              operatorlere, operatorlerle, danisman, danismana, danismanla, danisman ile, \
              danismani, danismaniniz, danismaniniza, danismaninizla, mudure, mudurle, mudur ile, \
              muduru, muduruyle, mudurune, mudurunuz, mudurunuze, mudurunuzle, magaza muduru, \
              magaza muduruyle, magaza mudurune, sube muduru, sube muduruyle, sube mudurune, \
              genel mudur, yonetici, yoneticiye, yoneticiyle, yonetici ile, yoneticisi, \
              yoneticisine, yoneticisiyle, yoneticiniz, yoneticinize, yoneticinizle, \
              sayfa yoneticisi, sayfa yoneticisine, sayfa yoneticisiyle, magaza yoneticisi, \
              admine, adminle, admin ile, admini, adminler, adminlere, adminlerle, magaza sahibi, \
              dukkan sahibi, sayfa sahibi, firma sahibi, isletme sahibi, firma sahibiyle, \
              magaza sahibiyle, isletme sahibiyle, kisiye, kisiyle, kisi ile, kisiyi, teknisyen, \
              teknisyene, teknisyenle, teknisyeniniz, sekreter, sekretere, sekreterle, \
              sekreteriniz, sekreterinizle, moderator",
    someone: "kisi, biri, birisi, biriyle, birisiyle, birine, birisine, birini, birisini, kimse, \
              kimseyle, kimseye, herhangi biri, herhangi birisi, herhangi biriyle, \
              herhangi birine, sizden biri, sizden biriyle, sizden birine, ekibinizden biri, \
              ekibinizden biriyle, ekipten biri, ekipten biriyle, kimle, kiminle, kime",
    weak: "abla, hocam, hoca, kardesim, kanka, kanki, bey, hanim, beyefendi, hanimefendi, \
           efendim, usta, ustam, patronla, patronunuz, patronunuzla, ekip, ekibi, ekibe, ekiple, \
           ekibiniz, ekibinize, ekibinizle, departman, departmani, departmanina, departmaniyla, \
           departmanla, departmaniniz, birim, birimi, birime, birimine, birimiyle, birimle, \
           bolum, bolumu, bolume, bolumune, bolumuyle, destek, destege, destekle, destegi, \
           sorumlu, sorumluya, sorumluyla, sorumlusu, sorumlusuna, sorumlusuyla, uzman, uzmana, \
           uzmanla, uzmani, uzmaniniz, uzmaninizla, mudur, satici, saticiya, saticiyla, saticiyi, \
           muhasebe, muhasebeye, muhasebeyle, teknik servis, teknik servisle, resepsiyon, \
           resepsiyona, resepsiyonla, santral, santrale",
    real: "gercek, canli, hakiki",
    call: "ara, arayin, arayiniz, arasin, arasinlar, arar, arayabilir, arayabilirsiniz, aramak, \
           aramanizi, aramasini, arar misiniz, ararmisiniz, arayabilir misiniz, \
           arayabilirmisiniz, geri ara, geri arar, geri arasin, geri donus, geri donun, \
           donus yapin, donus yapsin, donus yapar, donus yapabilir, donus yapar misiniz, \
           iletisime gecin, iletisime gecsin, iletisime gecer, iletisime gecebilir, \
           iletisime gecmek, iletisim kurun, iletisim kursun, ulasin, ulassin, ulasir, \
           ulasabilir, ulasabilirsiniz, telefonla",
    contact: "konusmak, konusmam, konusmaya, konusmayi, konusabilir, konusabilirim, \
              konusabilir miyim, konusabilirmiyim, konusabilecegim, konusabilecek, konusayim, \
              konusucam, konuscam, konusacagim, konusurum, konussun, konusun, konusalim, konusma, \
              gorusmek, gorusmem, gorusmeye, gorusmeyi, gorusebilir, gorusebilirim, \
              gorusebilir miyim, gorusebilirmiyim, gorusebilecegim, gorusebilecek, goruseyim, \
              goruscem, gorusecegim, gorusurum, gorussun, gorusme, gorusme talebi, baglan, \
              baglanmak, baglanmam, baglanmaya, baglanmayi, baglanabilir, baglanabilir miyim, \
              baglanabilirmiyim, baglanayim, baglanirim, bagla, baglamak, baglayin, baglayiniz, \
              baglar misiniz, baglarmisiniz, baglar misin, baglarmisin, baglayabilir, \
              baglayabilir misiniz, baglayabilirmisiniz, baglayabilirsiniz, aktar, aktarin, \
              aktariniz, aktarir misiniz, aktarirmisiniz, aktarabilir, aktarabilir misiniz, \
              aktarabilirmisiniz, aktarmak, aktarilmak, aktarilmam, yonlendir, yonlendirin, \
              yonlendiriniz, yonlendirir misiniz, yonlendirirmisiniz, yonlendirebilir, \
              yonlendirebilir misiniz, yonlendirebilirmisiniz, yonlendirmek, yonlendirilmek, \
              yonlendirilmem, ilet, iletin, iletiniz, iletir misiniz, iletebilir, iletmek, \
              ulasmak, ulasmam, ulasmaya, ulasirim, ulasabilir miyim, ulasabilirmiyim, \
              ulasamiyorum, ulasamiyoruz, yazismak, yazisabilir miyim, yazmak, cevap, cevap ver, \
              cevap verin, cevap versin, cevap verir, cevap verebilir, cevap verecek, cevaplayin, \
              cevaplasin, yanit, yanit ver, yanit verin, yanit versin, yanitlayin, yardim, \
              yardim edin, yardim etsin, yardim eder, yardim edebilir, yardimci olun, \
              yardimci olsun, yardimci olur, yardimci olabilir, yardimci olur musunuz, \
              yardimci olabilir misiniz, ilgilen, ilgilenin, ilgilensin, ilgilenir, \
              ilgilenebilir, ilgilenecek, ilgilenir misiniz, ilgilenmek, sikayet, sikayetim var, \
              sikayet etmek",
    want: "istiyorum, istiyoruz, istiyom, istiyorm, istiyodum, istiyordum, isterdim, isterim, \
           isteriz, istedim, talep ediyorum, talep ediyoruz, talep, rica ediyorum, rica etsem, \
           rica edebilir miyim, lazim, gerek, gerekiyor, gerekli, ihtiyacim var, ihtiyacimiz var, \
           ihtiyacim, ihtiyac, verin, verir misiniz, verirmisiniz, verebilir misiniz, \
           verebilirmisiniz, ariyorum, bekliyorum, bekliyoruz, bulun",
    exist: "var mi, varmi, var midir, yok mu, yokmu, mevcut mu, mevcut, musait mi, musait, \
            musaitse",
    boundaries: "ama, fakat, ancak, lakin",
    thanks: "tesekkurler, tesekkur ederim, tesekkur ederiz, tesekkur, tsk, tskler, tsklr, \
             tsk ederim, tesekkrler, tskrler, cok tesekkurler, cok tesekkur ederim, sagol, \
             sagolun, sag olun, sagolasin, cok sagol, cok sagolun, eyvallah, eyv, mersi, \
             allah razi olsun",
    me: "beni, bana, bizi, bize, benimle, bizimle",
    filler: "bir, bu, sen, siz, biz, benim, bizim, sizin, sizinle, sizden, sizi, ile, veya, yada, \
             ya da, lutfen, ltf, ltfn, lutfn, acil, acilen, hemen, simdi, su an, suan, artik, \
             direkt, direk, dogrudan, sadece, yalnizca, bir tane, tane, biraz, merhaba, \
             merhabalar, mrb, mrhb, mrhba, mrblar, slm, selam, selamlar, selamun aleykum, \
             iyi gunler, iyi aksamlar, gunaydin, iyi calismalar, kolay gelsin, acaba, pardon, \
             affedersiniz, bakar misiniz, bakarmisiniz, icin, benim icin, hakkinda, konusunda, \
             ile ilgili, ilgili, tamam, peki, evet, hayir, gercekten, cidden, mumkun, mumkun mu, \
             mumkunse, olur mu, olursa, olabilir mi, yine, tekrar, hala, daha, en kisa surede, \
             bugun, yarin, nasil, nereden, nerden, nereye, orada, orda, burada, burda, \
             gorusmek uzere",
    things: "hesap, hesabim, hesaba, kart, kredi karti, bakiye, puan, siparis, siparisim, kargo, \
             kargom, paket, rezervasyon, adres, numara, telefon numarasi, sayfa, internet sitesi, \
             yazici, hoparlor, kulaklik, sarj aleti, sarj cihazi, kablo, cihaz, konsol, \
             televizyon, telefonum, magaza, banka, beden, renk, urun, urunler, stok, fiyat, \
             odeme, fatura, iade, garanti, abonelik, cuzdan, havalimani, ekran, sepet, kupon, \
             indirim",
    ..Words::NONE
};
