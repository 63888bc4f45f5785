//! Urdu, in its own script and in the Latin letters of Roman Urdu: the words the detector
//! knows and their roles, and the customer who stands before a calling verb ("mujhe call
//! karein", "مجھ سے رابطہ کریں"). The script is written as the normaliser folds it (ی ے ئ → ي,
//! ک → ك, ہ ھ → ه, آ → ا), each entry also with ں typed as ن. The verb closes the clause,
//! after its person and a postposition ("bande se baat karwa dein"), a shape the frames do
//! not read: the talking verbs are listed whole ("baat karni", "بات کروا دیں"), and
//! "baat"/"بات" alone stays unknown, so that a talk already held ("baat ho gayi", "بات ہو
//! گئی") asks for no one. The negation follows the verb too, so negated requests and refusals
//! of the bot are whole phrases ("baat nahi karni", "بوٹ نہیں چاہیے"), and so is the "nahi"
//! of a complaint ("order nahi aaya"), which turns no request around. Some Roman Urdu words
//! are spelt like another language's ("mai" is Italian for never, "ki" the German "KI", "ga"
//! and "tak" Indonesian negations): the phrases they start are listed ("mai kisi", "ki
//! zarurat", "ho ga", "kab tak"). Hinglish shares many of these spellings (hi.rs), with the
//! same roles.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "سيكنڈ منٹ گهنٹي گهنٹه گهنٹا گهنٹوں دن دنوں هفتي هفته مهيني بار دفعه \
                مرتبه second seconds sec minute minutes min mint ghante ghanta ghanton \
                din dino hafte hafta mahine baar bar dafa dafaa martaba",
};

const WORDS: Words = Words {
    look_alikes: "انساني وسايل, في بنده, في كس, في فرد, في شخص, هر بنده, هر بندي, كتني لوگ, \
                  كتني بندي, ٹريول ايجنٹ, ٹريول ايجنت, پراپرٹي ايجنٹ, پراپرٹي ايجنت, پراپرٹي ڈيلر, \
                  انشورنس ايجنٹ, انشورنس ايجنت, بيمه ايجنٹ, بيمه ايجنت, ڈيليوري بوايي, \
                  ڈليوري بوايي, ڈيليوري والا, ڈيليوري والي, راييڈر, رايڈر, ڈراييور, كوريير والا, \
                  ڈاكيا, پيسي ٹرانسفر, رقم ٹرانسفر, بيلنس ٹرانسفر, بينك ٹرانسفر, ٹرانسفر كر ديي, \
                  ٹرانسفر هو گيي, ٹرانسفر كيي, بات هو گيي, بات هويي, بات هويي تهي, بات كي تهي, \
                  بات كر لي, بات كر چكا, بات كر چكي, بات كر رها تها, بات كر رهي تهي, كال ايي, \
                  كال ايا, كال ايي تهي, كال كي تهي, كال كيا تها, فون ايا, فون كيا تها, كال كٹ گيي, \
                  رابطه هوا, رابطه كيا تها, كال كرني والا, كال كرني والي, per banda, per bande, \
                  per insaan, per insan, har banda, har bande, har insaan, har insan, kitne log, \
                  kitne logo, kitne logon, kitne bande, kitne banday, kitne aadmi, kitne admi, \
                  bima agent, lic agent, property dealer, property agent, bank agent, \
                  delivery boy, delivery wala, delivery wale, delivery executive, \
                  delivery partner, courier wala, courier wale, courier boy, paise transfer, \
                  paisa transfer, pese transfer, amount transfer, money transfer, bank transfer, \
                  balance transfer, payment transfer, transfer kiya, transfer kar diya, \
                  transfer kr diya, transfer ho gaya, transfer ho gya, transfer hua, \
                  transfer nahi hua, transfer nhi hua, baat ki, bat ki, baat ki thi, bat ki thi, \
                  baat kiya, bat kiya, baat kiya tha, bat kiya tha, baat kari thi, bat kari thi, \
                  baat hui, bat hui, baat hui thi, bat hui thi, baat hua, bat hua, baat ho gayi, \
                  baat ho gyi, baat ho gai, bat ho gayi, baat ho gaya, baat ho gya, bat ho gaya, \
                  bat ho gya, baat ho chuki, bat ho chuki, baat kar li, baat kr li, bat kar li, \
                  bat kr li, baat kar li thi, baat kr li thi, bat kar li thi, bat kr li thi, \
                  baat karli, bat karli, baat kar chuka, baat kr chuka, bat kar chuka, \
                  bat kr chuka, baat kar chuki, baat kr chuki, bat kar chuki, bat kr chuki, \
                  baat kar chuke, baat kr chuke, bat kar chuke, bat kr chuke, baat kar raha tha, \
                  baat kar rha tha, baat kr raha tha, bat kar raha tha, baat kar rahi thi, \
                  baat kar rhi thi, baat kr rahi thi, bat kar rahi thi, baat kar rahe the, \
                  baat kar rhe the, baat kr rahe the, bat kar rahe the, baat nahi ki, baat nhi ki, \
                  bat nahi ki, bat nhi ki, call kiya, call kiya tha, call kia, call kia tha, \
                  call ki thi, call kari thi, call aaya, call aya, call aayi, call ayi, \
                  call aaya tha, call aya tha, call aa raha, call aa rha, call aata, call aati, \
                  call karne wala, call karne wale, call karne wali, call nahi ki, call nhi ki, \
                  phone kiya, phone kiya tha, phone aaya, phone aya, phone nahi ki, phone nhi ki, \
                  call kat gaya, call kat gya, call cut ho gaya, call cut ho gya, rabta hua, \
                  rabta kiya, rabta kiya tha, rabta ho gaya, rabta ho gya, fi banda, fi kas",
    myself: "انسان هوں, انسان هون, انسان هي هوں, انسان هي هون, بوٹ نهيں هوں, بوٹ نهين هون, \
             بوٹ نهي هوں, بوٹ نهي هون, روبوٹ نهيں هوں, روبوٹ نهين هون, روبوٹ نهي هوں, \
             روبوٹ نهي هون, مشين نهيں هوں, مشين نهين هون, مشين نهي هوں, مشين نهي هون, \
             هم انسان هيں, هم انسان هين, هم بهي انسان هيں, هم بهي انسان هين, insaan hoon, \
             insaan hu, insaan hun, insan hoon, insan hu, insan hun, insaan hi hoon, insaan hi hu, \
             insaan hi hun, insan hi hoon, insan hi hu, insan hi hun, bot nahi hoon, bot nahi hu, \
             bot nahi hun, bot nhi hoon, bot nhi hu, bot nhi hun, robot nahi hoon, robot nahi hu, \
             robot nahi hun, robot nhi hoon, robot nhi hu, robot nhi hun, machine nahi hoon, \
             machine nahi hu, machine nahi hun, machine nhi hoon, machine nhi hu, machine nhi hun, \
             hum insaan hain, hum insaan hai, hum insaan hen, hum insan hain, hum insan hai, \
             hum insan hen, hum bhi insaan hain, hum bhi insaan hai, hum bhi insaan hen, \
             hum bhi insan hain, hum bhi insan hai, hum bhi insan hen, mai insaan hoon, \
             mai insaan hu, mai insaan hun, mai insan hoon, mai insan hu, mai insan hun",
    jobs: "نوكري, ملازمت, بهرتي, بهرتياں, بهرتيان, ويكنسي, ويكينسي, جاب, جابز, تنخواه, سي وي, \
           ريزيوم, ايجنٹ بننا, ايجنت بننا, ايجنٹ كيسي بنيں, ايجنٹ كيسي بنين, ايجنت كيسي بنيں, \
           ايجنت كيسي بنين, ايجنٹ بن سكتا, ايجنت بن سكتا, فرنچايز, ڈيلرشپ, انٹرويو, ايچ ار, \
           naukri, naukari, nokri, noukri, kaam chahiye, kaam chaiye, bharti, biodata, tankhwah, \
           tankhwa, agent banna, agent bante, agent banne, agent banu, agent kaise bane, \
           agent kaise banu, agent kaise banein, agent ban sakta, agent ban skta, agent ban sakte, \
           dealer banna, dealership, distributor banna, distributorship, franchise, franchisee, \
           reseller banna, interview, mai agent banna, mai agent ban, mulazmat, mulazimat, \
           mulazmat chahiye, mulazmat chaiye",
    materials: "بال, وگ, baal, nakli baal",
    requests: "كويي هي, كويي هيں, كويي هين, كويي سن رها, كويي نهيں هي, كويي نهين هي, كويي نهي هي, \
               كال كريں, كال كرين, كال كرو, كال كر ديں, كال كر دين, كال كر دو, كال كيجيي, \
               كال كيجي, فون كريں, فون كرين, فون كرو, فون كر ديں, فون كر دين, فون كيجيي, فون كيجي, \
               رابطه كريں, رابطه كرين, رابطه كرو, رابطه كيجيي, رابطه كيجي, رابطه كر ليں, \
               رابطه كر لين, كال بيك, كال بيك كريں, كال بيك كرين, كال بيك كر ديں, كال بيك كر دين, \
               واپس كال كريں, واپس كال كرين, دوباره كال كريں, دوباره كال كرين, كال بيك چاهيي, \
               كال بيك چاهي, كال چاهيي, كال چاهي, كس سي بات كروں, كس سي بات كرون, \
               كس سي بات كر سكتا هوں, كس سي بات كر سكتا هون, كس سي بات كر سكتي هوں, \
               كس سي بات كر سكتي هون, كس سي رابطه كروں, كس سي رابطه كرون, كسي كال كروں, \
               كسي كال كرون, بات كرواييں, بات كروايين, بات كروا, بات كراييں, بات كرايين, بات كرا, \
               بات كرواو, بات كراو, بات كرواي, بات كرواني, بات كروانا, رابطه كروا ديں, \
               رابطه كروا دين, رابطه كرواييں, رابطه كروايين, رابطه كروا دو, بوٹ سي بات نهيں, \
               بوٹ سي بات نهين, بوٹ سي بات نهي, بوٹ سي نهيں, بوٹ سي نهين, بوٹ سي نهي, \
               بوٹ نهيں چاهيي, بوٹ نهين چاهيي, بوٹ نهيں چاهي, بوٹ نهين چاهي, بوٹ نهي چاهيي, \
               روبوٹ سي بات نهيں, روبوٹ سي بات نهين, روبوٹ سي بات نهي, روبوٹ سي نهيں, \
               روبوٹ سي نهين, روبوٹ سي نهي, روبوٹ نهيں چاهيي, روبوٹ نهين چاهيي, روبوٹ نهيں چاهي, \
               روبوٹ نهين چاهي, روبوٹ نهي چاهيي, مشين سي بات نهيں, مشين سي بات نهين, \
               مشين سي بات نهي, koi hai, koi h, koi hain, koi hen, koi he, koi hy, koi hay, \
               koe hai, koe h, koi nahi hai, koi nahi h, koi nhi hai, koi nhi h, koi sun raha, \
               koi sun rha, koi sunega, call karo, call kro, call kar do, call kr do, call kardo, \
               call krdo, call kijiye, call kijie, call kariye, call karein, call karen, \
               call krein, call krain, call kare, call karay, call kar dijiye, call kar dijie, \
               call kr dijiye, call kr dijie, call kar dein, call kar den, call kar dain, \
               call kr dein, call kar dena, call kr dena, call kar lijiye, call kr lijiye, \
               call back karo, call back kro, call back kar do, call back kr do, call back kijiye, \
               call back kijie, call back karein, call back karen, call back krein, \
               call back krain, callback karo, callback kro, callback kar do, callback kr do, \
               callback kijiye, callback kijie, callback karein, callback karen, callback krein, \
               callback krain, callback chahiye, callback chaiye, call back chahiye, \
               call back chaiye, call chahiye, call chaiye, wapas call karo, wapas call kro, \
               wapis call karo, wapis call kro, wapas call karein, wapas call karen, \
               wapas call krein, wapas call krain, wapas call kijiye, wapas call kijie, \
               wapis call kijiye, wapis call kijie, wapas call kar dein, wapas call kar den, \
               wapas call kar dain, wapas call kr dein, dobara call karo, dobara call kro, \
               dobara call karein, dobara call karen, dobara call krein, dobara call krain, \
               phone karo, phone kro, phone kar do, phone kr do, phone kardo, phone kijiye, \
               phone kijie, phone kariye, phone karein, phone karen, phone krein, phone krain, \
               phone kar dijiye, phone kar dijie, phone kr dijiye, phone kr dijie, phone kar dein, \
               phone kar den, phone kar dain, phone kr dein, ring karo, ring kro, contact karo, \
               contact kro, contact kijiye, contact kijie, contact karein, contact karen, \
               contact krein, contact krain, contact kar lijiye, contact kr lijiye, \
               kis se baat karu, kis se baat karun, kis se bat karu, kis se bat karun, \
               kisse baat karu, kisse baat karun, kisse bat karu, kisse bat karun, \
               kis se baat kar, kis se baat kr, kis se bat kar, kis se bat kr, kisse baat kar, \
               kisse baat kr, kisse bat kar, kisse bat kr, kis se baat karni, kis se baat krni, \
               kis se bat karni, kis se bat krni, kis se baat kare, kis se baat karay, \
               kis se bat kare, kis se bat karay, kis se contact karu, kis se contact karun, \
               kisse contact karu, kisse contact karun, kisko call karu, kisko call karun, \
               kise call karu, kise call karun, baat karwao, baat krwao, bat karwao, bat krwao, \
               baat karwa, baat krwa, bat karwa, bat krwa, baat karao, baat krao, bat karao, \
               bat krao, baat kara, bat kara, baat karwaiye, bat karwaiye, baat karwaye, \
               bat karwaye, baat karwayen, bat karwayen, baat karwain, bat karwain, baat karwaen, \
               bat karwaen, baat karaiye, bat karaiye, baat karayen, bat karayen, baat karwani, \
               bat karwani, baat karwana, bat karwana, baat karani, bat karani, connect karwao, \
               connect krwao, connect karwa do, connect krwa do, connect karwa dein, \
               connect karwa den, connect karwa dain, connect krwa dein, connect karwa dijiye, \
               connect karwa dijie, connect krwa dijiye, connect krwa dijie, bot se baat nahi, \
               bot se baat nhi, bot se bat nahi, bot se bat nhi, bot se nahi, bot se nhi, \
               bot nahi chahiye, bot nahi chaiye, bot nhi chahiye, bot nhi chaiye, \
               robot se baat nahi, robot se baat nhi, robot se bat nahi, robot se bat nhi, \
               robot se nahi, robot se nhi, robot nahi chahiye, robot nahi chaiye, \
               robot nhi chahiye, robot nhi chaiye, machine se baat nahi, machine se baat nhi, \
               machine se bat nahi, machine se bat nhi, machine se nahi, machine se nhi, \
               computer se baat nahi, computer se baat nhi, computer se bat nahi, \
               computer se bat nhi, bot ke saath nahi, bot ke saath nhi, bot ke sath nahi, \
               bot ke sath nhi, mai bot se baat nahi, mai bot se nahi, mai robot se baat nahi, \
               mai bot se bat nahi, rabta karo, rabta kro, rabta karein, rabta karen, rabta krein, \
               rabta krain, rabta kijiye, rabta kijie, rabta kar lein, rabta kr lein, \
               raabta karein, raabta karen, raabta krein, raabta krain, raabta karo, raabta kro, \
               raabta kijiye, raabta kijie, rabta karwa dein, rabta karwa den, rabta karwa dain, \
               rabta krwa dein, rabta karwa do, rabta krwa do, rabta karwao, rabta krwao, \
               rabta karwaen, rabta karwain, kis se rabta karu, kis se rabta karun, \
               wapas rabta karein, wapas rabta karen, wapas rabta krein, wapas rabta krain",
    bots: "بوٹ, روبوٹ, مشين, چيٹ بوٹ, چيٹ باٹ, بوٹس, خودكار, خودكار جواب, اٹوميٹك, اٹوميٹك جواب, \
           كمپيوٹر, مصنوعي ذهانت, اي ايي, بوٹ نهيں, بوٹ نهين, بوٹ نهي, روبوٹ نهيں, روبوٹ نهين, \
           روبوٹ نهي, mashin, masheen, automatic reply, automatic message, auto message, \
           automatic jawab, automatic msg, auto msg, bot nahi, bot nhi, robot nahi, robot nhi",
    reject:
        "بس كريں, بس كرين, بس كرو, بند كريں, بند كرين, بند كرو, تنگ ا گيا, تنگ ا گيي, تهك گيا, \
             تهك گيي, پريشان, فضول, بكواس, بيكار, bas karo, bas kro, bas karein, bas karen, \
             bas krein, bas krain, bas kijiye, bas kijie, band karo, band kro, band karein, \
             band karen, band krein, band krain, band kijiye, band kijie, band kar do, band kr do, \
             thak gaya, thak gya, thak gayi, thak gyi, thak gai, thak gaye, tang aa gaya, \
             tang aa gya, tang aa gayi, tang aa gyi, tang aa gai, tang aa gaye, pak gaya, pak gya, \
             pak gayi, pak gyi, pak gai, pareshan, pareshaan, preshan, bakwas, bakwaas, bekar, \
             bekaar, faltu, fazool, fuzool, hatao, hata do, bore ho gaya, bore ho gya",
    negation: "نهيں, نهين, نه, مت, بغير, بنا, نهيں چاهيي, نهين چاهيي, نهيں چاهي, نهين چاهي, \
               نهي چاهيي, ضرورت نهيں, ضرورت نهين, ضرورت نهي, كال مت, كال نهيں, كال نهين, كال نهي, \
               كال نه كريں, كال نه كرين, فون مت, فون نهيں, فون نهين, فون نهي, فون نه كريں, \
               فون نه كرين, بات نهيں, بات نهين, بات نهي, بات مت, رابطه نه كريں, رابطه نه كرين, \
               رابطه مت, بات كرني كي ضرورت نهيں, بات كرني كي ضرورت نهين, بات كرني كي ضرورت نهي, \
               nahi, nai, nahee, nahii, nhii, mat, bina, nahi chahiye, nahi chaiye, nhi chahiye, \
               nhi chaiye, nai chahiye, nai chaiye, zarurat nahi, zarurat nhi, zaroorat nahi, \
               jarurat nahi, ki zarurat nahi, ki zarurat nhi, ki zaroorat nahi, ki jarurat nahi, \
               na karo, na kro, na karein, na karen, na krein, na krain, na kare, na karay, \
               na karna, na krna, na kijiye, na kijie, call mat, call nahi, call nhi, \
               call na karo, call na kro, call na karein, call na karen, call na krein, \
               call na krain, call na kare, call na karay, call na karna, call na krna, \
               call na kijiye, call na kijie, phone mat, phone nahi, phone nhi, phone na karein, \
               phone na karen, phone na krein, phone na krain, baat nahi, baat nhi, bat nahi, \
               bat nhi, baat mat, bat mat, bagair, baghair, begair, rabta mat, rabta nahi, \
               rabta nhi, rabta na karein, rabta na karen, rabta na krein, rabta na krain",
    targets: "انسان, انسانوں, انسانون, بنده, بندي, بندا, ادمي, شخص, نماينده, نمايندي, نمايندگان, \
              ايجنٹ, ايجنٹس, اپريٹر, اسٹاف, سٹاف, عمله, عملي, ملازم, ملازمين, كسٹمر سروس, \
              كسٹومر سروس, كسٹمر سپورٹ, كسٹومر سپورٹ, كسٹمر كيير, كسٹمر كير, كسٹومر كيير, \
              كسٹمر سروس سينٹر, كسٹومر سروس سينٹر, هيلپ لاين, كال سينٹر, كال سنٹر, مينيجر, منيجر, \
              مينجر, سپروايزر, مالك, ايڈمن, ايڈمنسٹريٹر, افسر, افيسر, ايگزيكٹو, ايگزيكٹيو, \
              ٹيكنيشن, ٹيكنيشين, مشير, كنسلٹنٹ, شكايات سيل, شكايت سيل, لاييو چيٹ, ذمه دار, insaan, \
              insan, insaano, insano, insaanon, insanon, manav, aadmi, admi, banda, bande, bandey, \
              banday, bnda, executive, executives, exicutive, excutive, executiv, coustomer care, \
              costumer care, costomer care, customer care wale, help line, helpline wale, malik, \
              maalik, dukan malik, dukaan malik, shop malik, team leader, mai agent, mai insaan, \
              mai insan, mai customer care, mai customer service, mai customer support, \
              mai manager, mai executive, mai banda, mai bande, mai admin, mai staff, \
              mai representative, mai operator, numainda, numaindah, numainday, numaindey, \
              numaindon, mulazim, mulazmeen, shakhs, zimmedar, zimmedar shakhs",
    someone: "كويي, كسي, كويي بهي, كسي بهي, كويي اور, كسي اور, اپ ميں سي كويي, اپ مين سي كويي, \
              اپ ميں سي كسي, اپ مين سي كسي, koi, koii, koe, kisi, koi bhi, kisi bhi, koi aur, \
              kisi aur, koi or, kisi or, aap mein se koi, aap me se koi, aapme se koi, \
              aapmein se koi, aap logon mein se koi, aap log mein se koi, tum mein se koi, \
              tum me se koi, mai kisi, mai koi",
    weak: "بهايي, بهايي جان, بهيا, باجي, اپي, بهن, جناب, جناب عالي, صاحب, ٹيم, ڈيپارٹمنٹ, شعبه, \
           سپورٹ, كمپني والي, دفتر والي, افس والي, دكان والي, انجينير, دكاندار, bhai, bhaiya, \
           bhaiyya, bhaiyaa, bhaia, bhayya, bhaijaan, bhaijan, bhai jaan, bhai jan, bhai sahab, \
           bhaisahab, bhai saab, bhaisaab, didi, behen, behan, bhen, sahab, sahib, saab, saheb, \
           sir ji, sirji, madam ji, company wale, company wala, company walo, office wale, \
           office walo, shop wale, dukan wale, dukaan wale, store wale, engineer, mistri, seller, \
           dukandar, sales wale, service wale, baji, appi, aapi, janab, jnab, huzoor, shoba",
    real: "اصلي, حقيقي, زنده, جيتا جاگتا, رييل, لاييو, لايو, asli, zinda, jinda, jeeta jaagta, \
           jeeta jagta, asli wala, mai asli, mai real, haqeeqi, haqiqi",
    call: "كال, كال كر, كال كرنا, فون كر, فون كرنا, رابطه, رابطه كر, رابطه كرنا, رابطي, كانٹيكٹ, \
           call kar, call kr, call karna, call krna, phone kar, phone kr, phone karna, phone krna, \
           fone kar, fone kr, contact kar, contact kr, contact karna, contact krna, rabta, raabta, \
           rabita, rabta kar, rabta kr, rabta karna, rabta krna",
    contact: "بات كرني, بات كرنا, بات كرو, بات كر, بات كريں, بات كرين, بات كري, بات كيجيي, \
              بات كيجي, بات كرني ديں, بات كرني دين, بات كرني دو, بات كروں گا, بات كرون گا, \
              بات كروں گي, بات كرون گي, بات كريں گي, بات كرين گي, بات كري گا, بات كري گي, \
              بات كيوں نهيں, بات كيون نهين, بات كيوں نهي, بات كيون نهي, بات كروں, بات كرون, \
              بات كرني تهي, بات كرنا تها, بات هو سكتي, بات هو سكتا, بات هو سكي, بات چيت, گفتگو, \
              چيٹ, كنيكٹ, ٹرانسفر, فارورڈ, ملا ديں, ملا دين, ملوا ديں, ملوا دين, ملاييں, ملايين, \
              ملواييں, ملوايين, جوڑ ديں, جوڑ دين, جواب, ريپلايي, رپلايي, مدد, هيلپ, شكايت, \
              baat karni, baat krni, bat karni, bat krni, baat karna, baat krna, bat karna, \
              bat krna, baat karo, baat kro, bat karo, bat kro, baat kar, baat kr, bat kar, \
              bat kr, baat karein, baat karen, baat krein, baat krain, baat kare, baat karay, \
              bat kare, bat karay, baat kijiye, baat kijie, bat kijiye, bat kijie, baat kariye, \
              bat kariye, baat karne do, bat karne do, baat karne dijiye, baat karne dijie, \
              bat karne dijiye, bat karne dijie, baat karne dein, baat karne den, baat karne dain, \
              bat karne dein, baat karunga, bat karunga, baat karungi, bat karungi, baat karenge, \
              bat karenge, baat karega, bat karega, baat karegi, bat karegi, baat karoge, \
              bat karoge, baat kar lo, baat kr lo, bat kar lo, bat kr lo, baat kar lijiye, \
              baat kr lijiye, bat kar lijiye, bat kr lijiye, baat kyu nahi, baat kyu nhi, \
              bat kyu nahi, bat kyu nhi, baat kyun nahi, baat kyun nhi, bat kyun nahi, \
              bat kyun nhi, baat kyon nahi, baat kyon nhi, bat kyon nahi, bat kyon nhi, baat karu, \
              baat karun, bat karu, bat karun, baat karni thi, baat krni thi, bat karni thi, \
              bat krni thi, baat karna tha, baat krna tha, bat karna tha, bat krna tha, \
              baat ho sakti, baat ho skti, bat ho sakti, bat ho skti, baat ho sakta, baat ho skta, \
              bat ho sakta, bat ho skta, baat ho jaye, bat ho jaye, baat ho jayegi, bat ho jayegi, \
              baat ho sake, bat ho sake, baat ho sakegi, bat ho sakegi, baatcheet, baat cheet, \
              bat cheet, jod do, jodo, jodiye, jod dijiye, jod dijie, jod dein, jod den, jod dain, \
              jod dena, milao, mila do, milado, milwao, milwa do, milwa dijiye, milwa dijie, \
              milwa dein, milwa den, milwa dain, mila dein, mila den, mila dain, mila dijiye, \
              mila dijie, madad, shikayat, shikayat karni, shikayat krni, bolna, mai baat karna, \
              mai baat karni, mai baat kar, mai bat karna, mai baat krna, mai baat krni, \
              mai baat kr, help karo, help kro, madad karo, madad kro, reply karo, reply kro, \
              chat karo, chat kro, connect karo, connect kro, transfer karo, transfer kro, \
              forward karo, forward kro, ki madad, ki help, guftagu, guftugu",
    want: "چاهيي, چاي, چاهتا, چاهتي, چاهوں گا, چاهون گا, چاهوں گي, چاهون گي, دي ديں, دي دين, \
           ديجيي, دلوا ديں, دلوا دين, دلا ديں, دلا دين, بهيجيں, بهيجين, بهيج ديں, بهيج دين, \
           ملي گا, ملي گي, مل سكتا, مل سكتي, مل جايي گا, ضرورت, دركار, تلاش, chahiye, chahie, \
           chaiye, chahye, chahiy, chahiya, chaheye, chahiay, chahiyay, chaahiye, chayie, chahta, \
           chahti, chahte, chahunga, chahungi, chahenge, chahty, mangta, maangta, mangti, dedo, \
           de do, de dijiye, de dijie, de dein, de den, de dain, dijiye, dijiyega, dijye, dilao, \
           dila do, dilwa do, dilwao, dilwa dein, dilwa den, dilwa dain, dilwa dijiye, \
           dilwa dijie, bhejo, bhej do, bhej dijiye, bhej dijie, bhejiye, bhej dein, bhej den, \
           bhej dain, milega, milegi, milenge, mil sakta, mil skta, mil sakti, mil skti, \
           mil sakte, mil jayega, mil jaye ga, mil jaega, mile ga, mile gi, milay ga, milay gi, \
           zarurat, ki zarurat, ki zaroorat, ki jarurat, talash, talaash, dhundh, dhoondh",
    exist: "هي كيا, هيں كيا, هين كيا, هي يهاں, هي يهان, هي وهاں, هي وهان, موجود, دستياب, ان لاين, \
            كهاں هي, كهان هي, كهاں هيں, كهان هين, كدهر هي, كهاں هو, كهان هو, كدهر هو, كهاں گيي, \
            كهان گيي, hai kya, h kya, hain kya, hen kya, hai ki nahi, hai ki nhi, h ki nahi, \
            h ki nhi, hai ya nahi, hai ya nhi, h ya nahi, h ya nhi, available hai, available h, \
            maujood, mojood, majood, hai yahan, h yahan, hai yaha, h yaha, hai wahan, h wahan, \
            hai idhar, h idhar, hai udhar, h udhar, online hai, online h, online ho, kahan hai, \
            kahan h, kaha hai, kaha h, kidhar hai, kidhar h, kahan ho, kaha ho, kidhar ho, \
            kahan hain, kahan hen, kaha hain, kahan gaye, kaha gaye, kahan gye, kaha gye",
    boundaries: "ليكن, مگر, بلكه, lekin, lekn, lkn, magar, balki, balke",
    thanks: "شكريه, شكريا, بهت شكريه, اپ كا شكريه, اپكا شكريه, جزاك الله, جزاك الله خير, \
             جزاكم الله, تهينكس, تهينك يو, shukriya, shukria, shukriyaa, shukriyah, thanku, thnku, \
             thanx, thnx, thnks, tq, bahut shukriya, bohot shukriya, bohat shukriya, \
             aapka shukriya, jazakallah, jazakallah khair, jazak allah, jazakallahu khair, \
             aapki meherbani, aapki meharbani, badi meherbani, bari meherbani, badi meharbani, \
             bari meharbani",
    me: "مجهي, مجه كو, مجه سي, هميں, همين, هم كو, هم سي, ميري كو, mujhe, muje, mujhey, mujhay, \
         mujhy, mjhe, mjhy, mujhko, mujko, mere ko, mereko, mereku, mujhse, mujse, mjhse, mujh se, \
         humein, hamein, hume, hame, humko, hamko, humse, hamse, hum se",
    filler: "ميں, مين, ميرا, ميري, اپ, اپ كا, اپ كي, اپ كو, اپ سي, اپكا, اپكي, اپكو, اپ لوگ, تم, \
             تمهارا, تمهاري, تم سي, هم, همارا, هماري, يه, وه, اس, اسي, ان, انهيں, انهين, سي, كو, \
             كا, كي, ني, پر, په, تك, ليي, كي ليي, ساته, كي ساته, اور, يا, بهي, هي, تو, هيں, هين, \
             هو, هوں, هون, تها, تهي, كيا, كيوں, كيون, كيسي, كب, كون, كهاں, كهان, كتنا, كتني, پليز, \
             پلز, براه كرم, برايي مهرباني, مهرباني, مهرباني كر كي, مهرباني كركي, جلدي, جلد, ابهي, \
             فوري, فورا, ذرا, تهوڑا, ايك, سر, ميڈم, جي, جي هاں, جي هان, هاں, هان, هيلو, هايي, \
             سلام, السلام عليكم, اسلام عليكم, السلام و عليكم, وعليكم السلام, سكتا, سكتي, سكوں, \
             سكون, كر, كرو, كريں, كرين, كرنا, كرني, كر كي, كركي, ديں, دين, دو, دي, دينا, ليں, لين, \
             لو, والا, والي, والوں, والون, والو, سب, لوگ, يهاں, يهان, وهاں, وهان, بعد, بعد ميں, \
             بعد مين, پهر, دوباره, واپس, سيدها, براه راست, ڈايريكٹ, كچه, سوال, اصل ميں, اصل مين, \
             سچ مچ, بتاييں, بتايين, بتا ديں, بتا دين, بتاو, اچها, ٹهيك, ٹهيك هي, اوكي, كب تك, \
             ابهي تك, اب تك, اب, كل, اج, رها, رهي, گيا, گيي, هوا, هويي, يار, ميري پاس, اپ كي پاس, \
             كر ديں, كر دين, كر دو, نهيں پته, نهين پته, نهي پته, پته نهيں, پته نهين, پته نهي, \
             پتا نهيں, پتا نهين, پتا نهي, معلوم نهيں, معلوم نهين, معلوم نهي, سمجه نهيں, سمجه نهين, \
             سمجه نهي, سمجه نهيں ا رها, سمجه نهين ا رها, سمجه نهي ا رها, سمجه نهيں ايا, \
             سمجه نهين ايا, سمجه نهي ايا, نهيں هو رها, نهين هو رها, نهي هو رها, نهيں هو رهي, \
             نهين هو رهي, نهي هو رهي, نهيں هوا, نهين هوا, نهي هوا, نهيں هويي, نهين هويي, نهي هويي, \
             نهيں ملا, نهين ملا, نهي ملا, نهيں ملي, نهين ملي, نهي ملي, نهيں ايا, نهين ايا, \
             نهي ايا, نهيں ايي, نهين ايي, نهي ايي, نهيں ا رها, نهين ا رها, نهي ا رها, نهيں چل رها, \
             نهين چل رها, نهي چل رها, نهيں هي, نهين هي, نهي هي, نهيں هيں, نهين هين, نهي هيں, \
             نهي هين, نهيں كر رها, نهين كر رها, نهي كر رها, نهيں كر رهي, نهين كر رهي, نهي كر رهي, \
             نهيں دي رها, نهين دي رها, نهي دي رها, نهيں دي رهي, نهين دي رهي, نهي دي رهي, \
             نهيں هو سكا, نهين هو سكا, نهي هو سكا, كويي بات نهيں, كويي بات نهين, كويي بات نهي, \
             كويي مسيله نهيں, كويي مسيله نهين, كويي مسيله نهي, كچه نهيں, كچه نهين, كچه نهي, \
             بات نهيں هو رهي, بات نهين هو رهي, بات نهي هو رهي, بات نهيں هو پا رهي, \
             بات نهين هو پا رهي, بات نهي هو پا رهي, مدد كا, مدد كي, main, mein, mera, meri, mere, \
             mujh, apna, apni, apne, aap, aapka, aapki, aapke, aapko, apko, aapse, apse, aap se, \
             tum, tumhara, tumhari, tumhare, tumko, tumse, tu, tera, teri, hum, humara, hamara, \
             humari, hamari, humare, hamare, hum log, aap log, aap logo, aap logon, ye, yeh, yah, \
             wo, woh, vo, voh, is, iss, us, uss, isko, usko, iski, uski, iska, uska, inka, unka, \
             unse, inse, usse, isse, unko, inko, se, ko, ke, ne, par, pe, pr, liye, ke liye, \
             ke liy, saath, sath, ke saath, ke sath, aur, or, ya, bhi, bi, hi, to, toh, tho, hai, \
             hain, he, h, hy, ho, hoon, hu, hun, hon, tha, thi, the, thay, kya, kia, kyaa, kyu, \
             kyun, kyon, kiyu, kaise, kese, kaisa, kaisi, kab, kaun, kon, kahan, kaha, kidhar, \
             kitna, kitni, kitne, ab, abhi, jaldi, jldi, jaldi se, jald, turant, foran, fauran, \
             zara, jara, thoda, thora, ek, pliz, plj, pleez, ji, jee, haan, han, ha, haa, hanji, \
             haan ji, ji haan, hii, helo, namaste, namaskar, salam, salaam, assalam o alaikum, \
             assalamualaikum, assalamu alaikum, asalam o alaikum, assalam alaikum, aoa, \
             salam alaikum, walaikum assalam, adaab, sakta, sakti, sakte, sako, sake, sakein, \
             saken, sakun, saku, skta, skti, skte, kar, kr, karo, kro, karna, krna, karni, krni, \
             karke, kar ke, kr ke, krke, krein, kren, karen, karain, krain, kre, karay, karein, \
             kare, kijiye, kariye, dena, dein, den, lo, le, lena, lein, len, wala, wale, wali, \
             vala, vale, walo, walon, sab, sabhi, sare, saare, log, logo, logon, yahan, yaha, \
             idhar, wahan, waha, udhar, andar, baad, baad me, baad mein, phir, fir, phr, dobara, \
             dubara, wapas, seedha, sidha, seedhe, sidhe, sirf, bilkul, abhi ke abhi, \
             jald se jald, jitna jaldi ho sake, zaroori, zaruri, jaruri, kuch, kuchh, kuch bhi, \
             asal mein, asal me, sachmuch, sach much, sach mein, sach me, sawal, sawaal, batao, \
             bataye, bataiye, bata do, bolo, bol do, boliye, kaho, kahiye, keh do, acha, achha, \
             accha, theek, thik, theek hai, theek h, thik hai, thik h, okk, okey, yaar, yar, dost, \
             dear, raha, rahi, rahe, gaya, gayi, gaye, hua, hui, hue, hota, hoti, chuka, chuki, \
             kar do, kr do, kardo, kar dein, kar den, kar dain, kr dein, kar dijiye, kar dijie, \
             kr dijiye, kr dijie, karu, karun, kal, aaj, kab se, kab tak, ab tak, abhi tak, \
             tab tak, jab tak, aaj tak, kal tak, mere pass, mere paas, hamare pass, hamare paas, \
             aapke pass, apke pass, aapke paas, apke paas, unke pass, uske pass, kiske pass, \
             kis ke pass, nahi ki, nhi ki, nai ki, mai bhi, mai to, mai toh, mai aap, mai aapse, \
             mai aapko, mai abhi, mai ek, mai kya, mai kaise, mai kab, mai ye, mai yeh, mai is, \
             mai apna, mai apni, mai apne, mai sirf, mai bas, mai direct, nahi pata, nahi pta, \
             nhi pata, nhi pta, pata nahi, pata nhi, pta nahi, pta nhi, maloom nahi, maloom nhi, \
             malum nahi, malum nhi, samajh nahi, samajh nhi, samajh nahi aa raha, \
             samajh nahi aa rha, samajh nhi aa raha, samajh nhi aa rha, samajh nahi aaya, \
             samajh nhi aaya, samjh nahi, samjh nhi, smjh nahi, smjh nhi, nahi samjha, nhi samjha, \
             nahi samajh, nhi samajh, nahi ho raha, nahi ho rha, nhi ho raha, nhi ho rha, \
             nahi ho rahi, nahi ho rhi, nhi ho rahi, nhi ho rhi, nahi hua, nhi hua, nahi hui, \
             nhi hui, nahi mila, nhi mila, nahi mili, nhi mili, nahi mile, nhi mile, nahi aaya, \
             nhi aaya, nahi aya, nhi aya, nahi aayi, nhi aayi, nahi ayi, nhi ayi, nahi aa raha, \
             nahi aa rha, nhi aa raha, nhi aa rha, nahi chal raha, nahi chal rha, nhi chal raha, \
             nhi chal rha, nahi chal rahi, nahi chal rhi, nhi chal rahi, nhi chal rhi, nahi hai, \
             nahi h, nhi hai, nhi h, nahi hain, nahi hen, nhi hain, nahi hota, nhi hota, \
             nahi hoti, nhi hoti, nahi de raha, nahi de rha, nhi de raha, nhi de rha, \
             nahi de rahe, nahi de rhe, nhi de rahe, nhi de rhe, nahi kar raha, nahi kar rha, \
             nahi kr raha, nhi kar raha, nahi kar rahe, nahi kar rhe, nahi kr rahe, nhi kar rahe, \
             nahi ho pa raha, nahi ho pa rha, nhi ho pa raha, nhi ho pa rha, nahi kar pa raha, \
             nahi kar pa rha, nahi kr pa raha, nhi kar pa raha, nahi lag raha, nahi lag rha, \
             nhi lag raha, nhi lag rha, nahi khul raha, nahi khul rha, nhi khul raha, \
             nhi khul rha, nahi pahuncha, nhi pahuncha, nahi pohcha, nhi pohcha, nahi ho sakta, \
             nahi ho skta, nhi ho sakta, nhi ho skta, koi baat nahi, koi baat nhi, koi bat nahi, \
             koi bat nhi, koi nahi, koi nhi, koi problem nahi, koi problem nhi, koi dikkat nahi, \
             koi dikkat nhi, koi tension nahi, koi tension nhi, kuch nahi, kuch nhi, ho ga, ho gi, \
             ho ge, kare ga, karay ga, kare gi, karay gi, karega, karegi, karenge, karein ge, \
             karen ge, krein ge, krain ge, karo ge, kro ge, jaye ga, jaye gi, jae ga, ho jaye ga, \
             de ga, de gi, day ga, dega, degi, aaye ga, aye ga, ho sake ga, ho sakay ga, \
             ho sakay gi, jaldi karo, jaldi kro, jaldi se karo, jaldi se kro, kuch karo, kuch kro, \
             check karo, check kro, confirm karo, confirm kro, cancel karo, cancel kro, \
             update karo, update kro, solve karo, solve kro, baat nahi ho rahi, baat nahi ho rhi, \
             baat nhi ho rahi, bat nahi ho rahi, baat nahi ho raha, baat nahi ho rha, \
             baat nhi ho raha, bat nahi ho raha, baat nahi ho pa rahi, baat nahi ho pa rhi, \
             baat nhi ho pa rahi, bat nahi ho pa rahi, baat nahi hoti, baat nhi hoti, \
             bat nahi hoti, bat nhi hoti, baat nahi ho sakti, baat nahi ho skti, \
             baat nhi ho sakti, bat nahi ho sakti, madad ka, madad ki, madad ke, help ka, help ki, \
             help ke, jo, jis, jise, jisse, jinse, aap ki, aap ka, ap ki, ap ka, is ka, us ka, \
             is ki, us ki, kis ka, kis ki, in ka, un ka, un ki, ka phone, ka call, ka number, \
             ka contact, ka reply, ka jawab, ka wait, ka intezar, ka help, deliver karo, \
             deliver kro, process karo, process kro, dispatch karo, dispatch kro, karo na, kro na, \
             karo please, kro please, karo plz, kro plz, kaise karo, kaise kro, meherbani, \
             meharbani, mehrbani, meherbani karke, meharbani karke, meherbani kar ke, \
             meherbani kr ke, meharbani kar ke, meharbani kr ke, barae meherbani, \
             baraye meharbani, braye mehrbani, baraye meherbani",
    things: "پيسي, پيسه, روپي, كهاته, اكاونٹ, سامان, دكان, گهر, رنگ, قيمت, رسيد, اداييگي, ارڈر, \
             پارسل, نمبر, paise, paisa, pese, rupaye, rupay, khata, saman, samaan, dukan, dukaan, \
             ghar, rang, keemat, kimat, qeemat, daam, raseed, rasid",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    me_before_call:
        "مجهي, مجه كو, مجه سي, هميں, هم كو, هم سي, ميري كو, همين, mujhe, muje, mujhey, \
                     mujhay, mujhy, mjhe, mjhy, mujhko, mujko, mere ko, mereko, mereku, mujhse, \
                     mujse, mjhse, mujh se, humein, hamein, hume, hame, humko, hamko, humse, \
                     hamse, hum se",
    ..Grammar::NONE
};
