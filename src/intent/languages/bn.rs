//! Bengali: the words the detector knows and their roles, and the calling frame of its
//! verb-final requests ("আমাকে কল দিন", call me). Bengali script as customers in
//! Bangladesh and West Bengal type it, the case endings glued to the noun written out
//! (মানুষের, এজেন্টকে, কাস্টমার কেয়ারে); words with য়, ড় or ঢ় are listed both with the
//! precomposed letter and without the nukta, as normalising leaves the decomposed form.
//! Banglish, Bengali typed in Latin letters (manush, kotha bolte chai, agent er sathe, call
//! korun), is listed here too. Bengali puts its negation after the verb ("কথা বলতে চাই
//! না"), so negated verb phrases and refusals of the bot are listed as whole phrases.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "সেকেন্ড মিনিট ঘন্টা ঘণ্টা দিন সপ্তাহ বার second minit ghonta ghonda \
                ghnta din bar",
};

const WORDS: Words = Words {
    look_alikes: "জনপ্রতি, জন প্রতি, প্রতি জন, প্রতিজন, মাথাপিছু, প্রতি মানুষ, মানবাধিকার, \
                  মানব দেহ, মানবদেহ, মানুষের শরীর, ট্রাভেল এজেন্ট, ট্রাভেল এজেন্সি, \
                  ট্রাভেল এজেন্সির, এজেন্সি, এজেন্সির, বীমা এজেন্ট, ইন্সুরেন্স এজেন্ট, \
                  বিকাশ এজেন্ট, বিকাশ এজেন্টের, বিকাশের এজেন্ট, নগদ এজেন্ট, রকেট এজেন্ট, \
                  এজেন্ট ব্যাংকিং, এজেন্ট পয়েন্ট, এজেন্ট পযেন্ট, এজেন্ট নাম্বার, এজেন্ট নম্বর, \
                  ক্যাশ আউট, ক্যাশআউট, সেন্ড মানি, টাকা পাঠিয়েছি, টাকা পাঠিযেছি, টাকা পাঠাইছি, \
                  টাকা পাঠাবো, টাকা পাঠালাম, টাকা ট্রান্সফার, ব্যালেন্স ট্রান্সফার, \
                  ডেলিভারি ম্যান, ডেলিভারিম্যান, ডেলিভারি বয়, ডেলিভারি বয, ডেলিভারি ম্যানের, \
                  ডেলিভারি ম্যানকে, কুরিয়ার, কুরিযার, কুরিয়ারের, কুরিযারের, কুরিয়ারে, কুরিযারে, \
                  কুরিয়ার সার্ভিস, কুরিযার সার্ভিস, রাইডার, রাইডারের, ড্রাইভার, ড্রাইভারের, \
                  কথা বলেছি, কথা বলেছিলাম, কথা বললাম, কথা বলছিলাম, কথা হয়েছে, কথা হযেছে, \
                  কথা হয়েছিল, কথা হযেছিল, কথা হইছে, কথা হইসে, কথা বলছি, কথা বলতেছি, কথা বলসি, \
                  কল দিয়েছিলাম, কল দিযেছিলাম, কল দিছিলাম, কল দিলাম, কল দিয়েছি, কল দিযেছি, \
                  ফোন দিয়েছিলাম, ফোন দিযেছিলাম, ফোন দিলাম, ফোন দিছিলাম, কল করেছিলাম, কল করলাম, \
                  কল করেছি, ফোন করেছিলাম, ফোন করলাম, যোগাযোগ করেছি, যোগাযোগ করেছিলাম, \
                  যোগাযোগ করলাম, কল দিয়েছে, কল দিযেছে, কল দিয়েছিল, কল দিযেছিল, কল দিছে, কল দিসে, \
                  কল দিছিল, কল করেছে, কল করেছিল, ফোন দিয়েছে, ফোন দিযেছে, ফোন দিয়েছিল, ফোন দিযেছিল, \
                  ফোন দিছে, ফোন দিসে, ফোন করেছে, ফোন করেছিল, কল আসছে, কল এসেছে, jon proti, \
                  proti jon, jonproti, travel agency, agency, bkash agent, bikash agent, \
                  bkash er agent, nagad agent, rocket agent, agent banking, agent number, \
                  agent point, cash out, cashout, send money, taka pathaisi, taka pathiyechi, \
                  taka pathalam, taka pathabo, balance transfer, deliveryman, delivery boy, \
                  kotha bolsi, kotha bolechi, kotha bollam, kotha bolechilam, kotha hoise, \
                  kotha hoyeche, kotha hoisilo, kotha boltesi, kotha bolchi, call disilam, \
                  call dichilam, call diyechilam, call dilam, call diyechi, call disi, \
                  phone disilam, phone dilam, phone diyechilam, call korsilam, call korechilam, \
                  call korlam, jogajog korsi, jogajog korechi, jogajog korechilam, call dise, \
                  call dilo, call disilo, call dichilo, call diyeche, call diyechilo, \
                  call koreche, call korse, call korechilo, phone dise, phone dilo, phone diyeche, \
                  call ashche, call asche",
    myself: "আমি মানুষ, আমি একজন মানুষ, আমি বট না, আমি রোবট না, আমি বট নই, আমি রোবট নই, \
             আমিও মানুষ, আমি তো মানুষ, ami manush, ami ekjon manush, ami bot na, ami robot na, \
             ami bot noi, ami robot noi, amio manush",
    jobs: "চাকরি, চাকরী, চাকুরি, চাকুরী, চাকরির, চাকরীর, চাকুরির, নিয়োগ, নিযোগ, নিয়োগ বিজ্ঞপ্তি, \
           নিযোগ বিজ্ঞপ্তি, সিভি, বায়োডাটা, বাযোডাটা, জীবনবৃত্তান্ত, চাকরির আবেদন, বেতন, বেতনের, \
           ইন্টার্নশিপ, মানব সম্পদ, মানবসম্পদ, এইচআর, রিসেলার, রিসেলার হতে, এজেন্ট হতে, \
           এজেন্ট হতে চাই, ডিলার হতে, ডিলারশিপ, এজেন্টশিপ, ডিস্ট্রিবিউটর হতে, লোক নিবেন, \
           লোক নিয়োগ, লোক নিযোগ, কাজ করতে চাই, chakri, chakori, chakuri, chakrir, niyog, niog, \
           biodata, beton, agent hote, dealer hote, dealership, distributor hote, lok niben, \
           kaj korte chai",
    materials: "চুল, চুলের, পরচুলা, উইগ, হেয়ার এক্সটেনশন, হেযার এক্সটেনশন, chul, chuler, porchula",
    requests: "কেউ আছেন, কেউ আছে, কেউ আছো, কেউ কি আছেন, কেউ কি আছে, কেউ আছেন কি, কেউ আছে কি, \
               কেউ আছেন নাকি, কেউ কি নেই, কেউ কি নাই, কেউ নেই নাকি, কেউ নাই নাকি, কে আছেন, কে আছে, \
               কাউকে দিন, কাউকে দেন, ভাইয়া আছেন, ভাইযা আছেন, ভাই আছেন, আপু আছেন, দাদা আছেন, \
               দিদি আছেন, আমাকে কল দিন, আমাকে কল দেন, আমাকে কল দিবেন, আমাকে কল দিয়েন, \
               আমাকে কল দিযেন, আমাকে কল দেবেন, আমাকে ফোন দিন, আমাকে ফোন দেন, আমাকে ফোন দিবেন, \
               আমাকে ফোন দিয়েন, আমাকে ফোন দিযেন, আমাকে ফোন দেবেন, আমাকে কল করুন, আমাকে ফোন করুন, \
               আমাকে কল করবেন, আমাকে ফোন করবেন, আমাকে একটা কল দিন, আমাকে একটু কল দিন, \
               আমাকে কল ব্যাক করুন, কল ব্যাক করুন, কল ব্যাক দিন, কলব্যাক দিন, \
               আমার সাথে যোগাযোগ করুন, আমার সাথে যোগাযোগ করবেন, আমার নাম্বারে কল দিন, \
               আমার নম্বরে কল দিন, এই নাম্বারে কল দিন, এই নম্বরে কল দিন, এই নাম্বারে ফোন দিন, \
               এই নম্বরে ফোন দিন, কার সাথে কথা বলব, কার সাথে কথা বলবো, কার সাথে যোগাযোগ করব, \
               কার সাথে যোগাযোগ করবো, কাকে কল দিব, বট চাই না, বট চাইনা, রোবট চাই না, রোবট চাইনা, \
               বটের সাথে না, বটের সাথে কথা বলতে চাই না, বটের সাথে কথা বলতে চাইনা, \
               বটের সাথে কথা বলব না, বটের সাথে কথা বলবো না, রোবটের সাথে কথা বলতে চাই না, \
               মেশিনের সাথে কথা বলতে চাই না, বট এর সাথে কথা বলতে চাই না, keu achen, keu ache, \
               keu acho, keu ase, keu asen, keu aso, keu ki achen, keu ki ache, keu ki asen, \
               keu ki ase, keu achen ki, keu asen ki, keu nai naki, keu nei naki, keu ki nai, \
               keu ki nei, ke achen, ke asen, ke ache, vaiya achen, vai achen, bhaiya achen, \
               bhai achen, vaiya asen, vai asen, apu achen, apu asen, dada achen, didi achen, \
               amake call din, amake call den, amake call diben, amake call dien, \
               amake call koren, amake call korun, amake call korben, amake phone din, \
               amake phone den, amake phone diben, amake fon din, amake fone din, \
               amake ekta call din, amk call din, amk call den, amk call diben, amke call din, \
               amake call back koren, call back koren, call back din, callback din, \
               amar sathe jogajog korun, amar sathe jogajog koren, amar sathe jogajog korben, \
               kar sathe kotha bolbo, kar sathe jogajog korbo, kake call dibo, bot chai na, \
               bot chaina, robot chai na, robot chaina, bot er sathe na, boter sathe na, \
               bot er sathe kotha bolte chai na, boter sathe kotha bolte chai na, \
               bot er sathe kotha bolbo na, boter sathe kotha bolbo na, \
               robot er sathe kotha bolte chai na",
    bots: "বট, বটের, বটকে, বটটা, রোবট, রোবটের, রোবটকে, মেশিন, মেশিনের, যন্ত্র, যন্ত্রের, চ্যাটবট, \
           চ্যাট বট, অটো রিপ্লাই, অটোমেটিক রিপ্লাই, অটো রেসপন্স, স্বয়ংক্রিয় উত্তর, \
           স্বযংক্রিয উত্তর, স্বয়ংক্রিয় বার্তা, স্বযংক্রিয বার্তা, কৃত্রিম বুদ্ধিমত্তা, এআই, \
           boter, roboter, mesin, jontro",
    reject: "যথেষ্ট, যথেষ্ট হয়েছে, যথেষ্ট হযেছে, অনেক হয়েছে, অনেক হযেছে, বিরক্ত, বিরক্তিকর, \
             বিরক্ত লাগছে, বিরক্ত হয়ে গেছি, বিরক্ত হযে গেছি, ত্যক্ত, হয়রান, হযরান, থামুন, থামো, \
             থামেন, বন্ধ করুন, বন্ধ করেন, আর না, ধুর, ধুরো, birokto, birokkto, biroktikor, \
             jotheshto, jothesto, onek hoise, onek hoyeche, thamen, thamun, thamo, bondho koren, \
             bondho korun, dhur, dhuro",
    negation: "না, নাহ, নয়, নয, নই, নেই, নাই, চাই না, চাইনা, চাচ্ছি না, চাচ্ছিনা, লাগবে না, \
               লাগবেনা, দরকার নেই, দরকার নাই, প্রয়োজন নেই, প্রযোজন নেই, প্রয়োজন নাই, প্রযোজন নাই, \
               কথা বলতে চাই না, কথা বলতে চাইনা, কথা বলতে চাচ্ছি না, কথা বলব না, কথা বলবো না, \
               কথা বলবনা, কল দিবেন না, কল দিয়েন না, কল দিযেন না, কল দেবেন না, ফোন দিবেন না, \
               ফোন দিয়েন না, ফোন দিযেন না, ফোন দেবেন না, ফোন করবেন না, কল করবেন না, \
               যোগাযোগ করবেন না, দিবেন না, দিয়েন না, দিযেন না, দেবেন না, করবেন না, ছাড়া, ছাডা, \
               chai na, chaina, chaai na, chacchi na, chassi na, lagbe na, lagbena, dorkar nai, \
               dorkar nei, dorkar nay, proyojon nai, proyojon nei, kotha bolte chai na, \
               kotha bolte chaina, kotha bolbo na, call diben na, call dien na, phone diben na, \
               call korben na, diben na, dien na, korben na, noy, chara",
    targets: "মানুষ, মানুষের, মানুষকে, একজন মানুষ, আসল মানুষ, জীবন্ত মানুষ, কোনো মানুষ, কর্মী, \
              কর্মীর, কর্মীকে, কর্মীদের, কর্মচারী, কর্মচারীর, কর্মচারীকে, কর্মচারীদের, প্রতিনিধি, \
              প্রতিনিধির, প্রতিনিধিকে, কর্মকর্তা, কর্মকর্তার, কর্মকর্তাকে, \
              দায়িত্বপ্রাপ্ত কর্মকর্তা, দাযিত্বপ্রাপ্ত কর্মকর্তা, স্টাফ, স্টাফের, স্টাফকে, এজেন্ট, \
              এজেন্টের, এজেন্টকে, লাইভ এজেন্ট, লাইভ চ্যাট, এডমিন, এডমিনের, এডমিনকে, অ্যাডমিন, \
              অ্যাডমিনের, অ্যাডমিনকে, এ্যাডমিন, এ্যাডমিনের, পেজ এডমিন, পেজের এডমিন, পেজ অ্যাডমিন, \
              ম্যানেজার, ম্যানেজারের, ম্যানেজারকে, ম্যানেজার সাহেব, সুপারভাইজার, সুপারভাইজারের, \
              অপারেটর, অপারেটরের, অপারেটরকে, মালিক, মালিকের, মালিককে, দোকানদার, কাস্টমার কেয়ার, \
              কাস্টমার কেযার, কাস্টমার কেয়ারের, কাস্টমার কেযারের, কাস্টমার কেয়ারে, \
              কাস্টমার কেযারে, কাষ্টমার কেয়ার, কাষ্টমার কেযার, কাস্টমার কেয়ার প্রতিনিধি, \
              কাস্টমার কেযার প্রতিনিধি, কাস্টমার সার্ভিস, কাস্টমার সার্ভিসের, কাস্টমার সার্ভিসে, \
              কাস্টমার সাপোর্ট, কাস্টমার সাপোর্টের, গ্রাহক সেবা, গ্রাহক সেবার, গ্রাহকসেবা, \
              গ্রাহকসেবার, গ্রাহক সেবা কেন্দ্র, গ্রাহক সেবা কেন্দ্রে, গ্রাহক সেবা প্রতিনিধি, \
              কল সেন্টার, কল সেন্টারে, কল সেন্টারের, হেল্পলাইন, হেল্পলাইনে, সাপোর্ট টিম, \
              সাপোর্ট টিমের, manush, manusher, manuser, manushke, manusk, ekjon manush, \
              asol manush, jibonto manush, kono manush, agenter, adminer, admin vai, admin bhai, \
              admin vaiya, customercare, customer care er, protinidhi, prothinidhi, protinidhir, \
              kormi, kormir, kormochari, kormchari, karmachari, kormokorta, kormokarta, \
              grahok seba, grahok sheba, grahak seba, grahok sebar, page admin, page er admin",
    someone: "কেউ, কাউকে, কারো, কারও, কারোর, আপনাদের কেউ, আপনাদের একজন, একজনের সাথে, একজনের, \
              কোনো একজন, যে কেউ, কেউ কি, keu, kew, keo, kau, kauke, kawke, karo sathe, \
              karo shathe, karo sate, karo songe, karor, karur, apnader keu, apnader ekjon, \
              ekjoner sathe, ekjoner, kono ekjon, je keu, jekono ekjon, keu ki",
    weak: "ভাই, ভাইয়া, ভাইযা, ভাইজান, আপু, আপা, দাদা, দিদি, স্যার, ম্যাডাম, ম্যাম, টিম, টিমের, \
           বিভাগ, বিভাগের, ডিপার্টমেন্ট, ডিপার্টমেন্টের, সাপোর্ট, সাপোর্টের, সেলস, vai, bhai, \
           vaiya, bhaiya, vaia, bhaia, vaiyu, vaijan, bhaijan, apu, apuu, dada, didi, bivag, \
           bibhag",
    real: "আসল, সত্যিকারের, সত্যিকার, সত্যি, জীবন্ত, রিয়েল, রিযেল, লাইভ, প্রকৃত, asol, ashol, asl, \
           ashl, sotti, shotti, sottikarer, shottikarer, sotikarer, jibonto",
    call: "কল দিন, কল দেন, কল দাও, কল দিবেন, কল দেবেন, কল দিয়েন, কল দিযেন, কল দিয়ো, কল দিযো, \
           কল করুন, কল করেন, কল করবেন, কল করো, ফোন দিন, ফোন দেন, ফোন দাও, ফোন দিবেন, ফোন দেবেন, \
           ফোন দিয়েন, ফোন দিযেন, ফোন করুন, ফোন করেন, ফোন করবেন, ফোন করো, কল ব্যাক, কলব্যাক, \
           যোগাযোগ করুন, যোগাযোগ করেন, যোগাযোগ করবেন, যোগাযোগ করো, call din, call den, call diben, \
           call dien, call diyen, call koren, call korun, call korben, call dao, phone din, \
           phone den, phone diben, phone koren, phone korun, fon din, fon den, fon diben, \
           fone din, kol din, jogajog koren, jogajog korun, jogajog korben",
    contact: "কথা, কথা বলতে, কথা বলব, কথা বলবো, কথা বলা, কথা বলার, কথা বলান, কথা বলিয়ে দিন, \
              কথা বলিযে দিন, কথা বলিয়ে দেন, কথা বলিযে দেন, কথা বলাতে, কথা কইতে, কথা কমু, বলতে, \
              বলব, বলবো, আলাপ, আলাপ করতে, চ্যাট, চ্যাট করতে, কল, ফোন, কল দিতে, ফোন দিতে, কল করতে, \
              ফোন করতে, কল দিব, কল দিবো, কল করব, কল করবো, ফোন দিব, ফোন দিবো, ফোন করব, যোগাযোগ, \
              যোগাযোগ করতে, যোগাযোগ করব, যোগাযোগ করবো, যোগাযোগ করা, যোগাযোগের, কানেক্ট, \
              কানেক্ট করুন, কানেক্ট করে দিন, সংযুক্ত করুন, ট্রান্সফার করুন, ট্রান্সফার করে দিন, \
              উত্তর দিন, উত্তর দেন, উত্তর দিবেন, রিপ্লাই, রিপ্লাই দিন, রিপ্লাই দেন, রিপ্লাই দিবেন, \
              জবাব দিন, সাহায্য, সাহায্য করুন, সাহায্য করতে, হেল্প, হেল্প করুন, অভিযোগ, \
              অভিযোগ করতে, অভিযোগ জানাতে, কমপ্লেইন, কমপ্লেইন করতে, কমপ্লেন, kotha, kota, katha, \
              kotha bolte, kota bolte, katha bolte, kotha bolbo, kotha bola, kotha bolar, \
              kotha bolan, kotha boliye din, kotha boliye den, kotha koite, kotha kobo, \
              kotha komu, bolte, bolbo, alap, alap korte, chat korte, call dite, call korte, \
              phone dite, phone korte, fon dite, call dibo, call korbo, phone dibo, jogajog, \
              jogajog korte, jogajog korbo, jogajog kora, connect korun, connect koren, \
              connect kore din, connect kore den, transfer kore din, transfer korun, \
              transfer koren, reply din, reply den, reply diben, reply dao, uttor din, uttor den, \
              uttor diben, help korun, help koren, sahajjo, shahajjo, sahajjo korun, \
              complain korte, obhijog, ovijog",
    want: "চাই, চায়, চায, চাচ্ছি, চাইছি, চাইতেছি, চাচ্ছিলাম, চাইছিলাম, দরকার, প্রয়োজন, প্রযোজন, \
           লাগবে, দিন, দেন, দাও, দিবেন, দেবেন, দিয়েন, দিযেন, দয়া করে, দযা করে, অনুগ্রহ করে, \
           অনুরোধ, খুঁজছি, খুজছি, ইচ্ছা, chai, chaai, chay, chacchi, chassi, chacci, chaitesi, \
           chaitechi, chaichi, chacchilam, chassilam, chaisilam, dorkar, darkar, proyojon, lagbe, \
           diben, deben, dien, diyen, dao, doya kore, doia kore, dayakore, onugroho kore, onurodh, \
           khujchi, khujtesi, khujtechi",
    exist: "আছে, আছেন, আছো, আছ, আছেন কি, আছে কি, আছেন নাকি, কোথায়, কোথায, কই, পাওয়া যাবে, \
            পাওযা যাবে, পাব, পাবো, অনলাইনে, ache, achen, acho, ase, asen, aso, asen ki, achen ki, \
            ache ki, ase ki, ki ache, ki achen, ki ase, ki asen, achhe, achhen, ase naki, \
            achen naki, kothay, koi, kuthay, pawa jabe, paoa jabe, pabo",
    boundaries: "কিন্তু, তবে, বরং, তবুও, kintu, kintoo, tobe, borong, tobuo",
    thanks: "ধন্যবাদ, অনেক ধন্যবাদ, ধন্যবাদ আপনাকে, আপনাকে ধন্যবাদ, থ্যাংকস, থ্যাংক ইউ, থ্যাংকু, \
             শুকরিয়া, শুকরিযা, জাযাকাল্লাহ, জাজাকাল্লাহ, জাযাকাল্লাহু খাইরান, dhonnobad, \
             dhonnobaad, donnobad, dhonyobad, dhanyabad, dhonnobat, thanku, shukria, sukriya, \
             shukriya, jazakallah, jazakallahu khairan",
    me: "আমাকে, আমায়, আমায, আমারে, আমাদের, আমার সাথে, amake, amay, amare, amk, amke, amader, \
         amar sathe",
    filler: "আমি, আমার, আমরা, আপনি, আপনার, আপনারা, আপনাদের, তুমি, তোমার, তোমরা, তোমাদের, তুই, তোর, \
             উনি, ওনার, উনার, সে, এই, ওই, সেই, এটা, ওটা, সাথে, সঙ্গে, সাথেই, লগে, এর, কে, একটু, \
             একটা, একজন, কোনো, কোন, কোনও, এখন, এখনই, এখুনি, তাড়াতাড়ি, তাডাতাডি, তারাতারি, দ্রুত, \
             জলদি, প্লিজ, প্লীজ, পিলিজ, কি, কী, কিভাবে, কীভাবে, কেমনে, কেন, হ্যালো, হাই, হেলো, \
             আসসালামু আলাইকুম, আসসালামুয়ালাইকুম, আসসালামুযালাইকুম, সালাম, নমস্কার, শুভ সকাল, \
             শুভ সন্ধ্যা, হ্যাঁ, হা, জি, জ্বি, জী, জ্বী, ঠিক আছে, ওকে, আচ্ছা, হুম, যে, জন্য, \
             জন্যে, থেকে, দিয়ে, দিযে, করে, করতে, করুন, করেন, করবেন, করো, দিতে, পারি, পারব, পারবো, \
             পারবেন, পারেন, যাবে, যায়, যায, হবে, সম্ভব, সরাসরি, ফোনে, ফোনের মাধ্যমে, মাধ্যমে, \
             বাংলায়, বাংলায, ইংরেজিতে, আজ, আজকে, ও, এবং, আর, বা, অথবা, তো, ত, নাকি, কিনা, কি না, \
             না আমি, না আমার, না না, জনাব, বট না মানুষ, রোবট না মানুষ, মানুষ না বট, বট নাকি মানুষ, \
             ami, amar, amr, amra, apni, apnar, apnr, apnara, apnader, tumi, tomar, tomra, tui, \
             uni, onar, unar, se, ei, oi, sei, eta, ota, sathe, sate, shathe, songe, shonge, er, \
             ke, ektu, ekta, ekjon, akjon, kono, kon, ekhon, akhon, ekhoni, ekhuni, akhoni, \
             taratari, druto, plij, kivabe, kibhabe, kemne, keno, assalamualaikum, \
             assalamu alaikum, asslamualaikum, salam, nomoskar, ha, hae, hya, haa, ji, jee, jii, \
             jwi, thik ache, thik ase, accha, acha, hmm, je, jonno, jonne, theke, diye, kore, \
             korte, korun, koren, korben, koro, dite, pari, parbo, parben, paren, jabe, jay, hobe, \
             sombhob, shombhob, sorasori, shorashori, phone e, fone e, banglay, ajke, aj, o, \
             ebong, ar, ba, othoba, to, naki, kina, ki na, na ami, na amar, jonab, bot na manush, \
             robot na manush, manush na bot, pari ki, jabe ki, ami ki, apni ki, apnara ki, ki ami, \
             ki kotha",
    things: "অ্যাকাউন্ট, একাউন্ট, কার্ড, টাকা, ব্যালেন্স, অর্ডার, অর্ডারের, পার্সেল, প্যাকেট, \
             বুকিং, ঠিকানা, নম্বর, নাম্বার, পেজ, ওয়েবসাইট, ওযেবসাইট, চার্জার, ক্যাবল, মোবাইল, \
             পণ্য, প্রোডাক্ট, সাইজ, রং, রঙ, দাম, মূল্য, পেমেন্ট, বিল, রিফান্ড, ওয়ারেন্টি, \
             ওযারেন্টি, বিকাশ, নগদ, রকেট, দোকান, শাখা, ব্যাংক, taka, dam, daam, bkash, bikash, \
             nagad",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    me_before_call: "আমাকে, আমায়, আমায, আমারে, আমাদের, আমার সাথে, amake, amay, amare, amk, amke, \
                     amader, amar sathe",
    ..Grammar::NONE
};
