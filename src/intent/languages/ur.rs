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
//! zarurat", "ho ga", "kab tak"). The Latin spellings Hinglish shares (most of
//! them) are in hindustani.rs, with the same roles.

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
                  رابطه هوا, رابطه كيا تها, كال كرني والا, كال كرني والي, rabta hua, rabta kiya, \
                  rabta kiya tha, rabta ho gaya, rabta ho gya, fi banda, fi kas",
    myself: "انسان هوں, انسان هون, انسان هي هوں, انسان هي هون, بوٹ نهيں هوں, بوٹ نهين هون, \
             بوٹ نهي هوں, بوٹ نهي هون, روبوٹ نهيں هوں, روبوٹ نهين هون, روبوٹ نهي هوں, \
             روبوٹ نهي هون, مشين نهيں هوں, مشين نهين هون, مشين نهي هوں, مشين نهي هون, \
             هم انسان هيں, هم انسان هين, هم بهي انسان هيں, هم بهي انسان هين",
    jobs: "نوكري, ملازمت, بهرتي, بهرتياں, بهرتيان, ويكنسي, ويكينسي, جاب, جابز, تنخواه, سي وي, \
           ريزيوم, ايجنٹ بننا, ايجنت بننا, ايجنٹ كيسي بنيں, ايجنٹ كيسي بنين, ايجنت كيسي بنيں, \
           ايجنت كيسي بنين, ايجنٹ بن سكتا, ايجنت بن سكتا, فرنچايز, ڈيلرشپ, انٹرويو, ايچ ار, \
           mulazmat, mulazimat, mulazmat chahiye, mulazmat chaiye",
    materials: "بال, وگ",
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
               مشين سي بات نهي, rabta karo, rabta kro, rabta karein, rabta karen, rabta krein, \
               rabta krain, rabta kijiye, rabta kijie, rabta kar lein, rabta kr lein, \
               raabta karein, raabta karen, raabta krein, raabta krain, raabta karo, raabta kro, \
               raabta kijiye, raabta kijie, rabta karwa dein, rabta karwa den, rabta karwa dain, \
               rabta krwa dein, rabta karwa do, rabta krwa do, rabta karwao, rabta krwao, \
               rabta karwaen, rabta karwain, kis se rabta karu, kis se rabta karun, \
               wapas rabta karein, wapas rabta karen, wapas rabta krein, wapas rabta krain",
    bots: "بوٹ, روبوٹ, مشين, چيٹ بوٹ, چيٹ باٹ, بوٹس, خودكار, خودكار جواب, اٹوميٹك, اٹوميٹك جواب, \
           كمپيوٹر, مصنوعي ذهانت, اي ايي, بوٹ نهيں, بوٹ نهين, بوٹ نهي, روبوٹ نهيں, روبوٹ نهين, \
           روبوٹ نهي",
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
               bagair, baghair, begair, rabta mat, rabta nahi, rabta nhi, rabta na karein, \
               rabta na karen, rabta na krein, rabta na krain",
    targets: "انسان, انسانوں, انسانون, بنده, بندي, بندا, ادمي, شخص, نماينده, نمايندي, نمايندگان, \
              ايجنٹ, ايجنٹس, اپريٹر, اسٹاف, سٹاف, عمله, عملي, ملازم, ملازمين, كسٹمر سروس, \
              كسٹومر سروس, كسٹمر سپورٹ, كسٹومر سپورٹ, كسٹمر كيير, كسٹمر كير, كسٹومر كيير, \
              كسٹمر سروس سينٹر, كسٹومر سروس سينٹر, هيلپ لاين, كال سينٹر, كال سنٹر, مينيجر, منيجر, \
              مينجر, سپروايزر, مالك, ايڈمن, ايڈمنسٹريٹر, افسر, افيسر, ايگزيكٹو, ايگزيكٹيو, \
              ٹيكنيشن, ٹيكنيشين, مشير, كنسلٹنٹ, شكايات سيل, شكايت سيل, لاييو چيٹ, ذمه دار, \
              numainda, numaindah, numainday, numaindey, numaindon, mulazim, mulazmeen, shakhs, \
              zimmedar, zimmedar shakhs",
    someone: "كويي, كسي, كويي بهي, كسي بهي, كويي اور, كسي اور, اپ ميں سي كويي, اپ مين سي كويي, \
              اپ ميں سي كسي, اپ مين سي كسي",
    weak: "بهايي, بهايي جان, بهيا, باجي, اپي, بهن, جناب, جناب عالي, صاحب, ٹيم, ڈيپارٹمنٹ, شعبه, \
           سپورٹ, كمپني والي, دفتر والي, افس والي, دكان والي, انجينير, دكاندار, baji, appi, aapi, \
           janab, jnab, huzoor, shoba",
    real: "اصلي, حقيقي, زنده, جيتا جاگتا, رييل, لاييو, لايو, haqeeqi, haqiqi",
    call: "كال, كال كر, كال كرنا, فون كر, فون كرنا, رابطه, رابطه كر, رابطه كرنا, رابطي, كانٹيكٹ, \
           rabta, raabta, rabita, rabta kar, rabta kr, rabta karna, rabta krna",
    contact: "بات كرني, بات كرنا, بات كرو, بات كر, بات كريں, بات كرين, بات كري, بات كيجيي, \
              بات كيجي, بات كرني ديں, بات كرني دين, بات كرني دو, بات كروں گا, بات كرون گا, \
              بات كروں گي, بات كرون گي, بات كريں گي, بات كرين گي, بات كري گا, بات كري گي, \
              بات كيوں نهيں, بات كيون نهين, بات كيوں نهي, بات كيون نهي, بات كروں, بات كرون, \
              بات كرني تهي, بات كرنا تها, بات هو سكتي, بات هو سكتا, بات هو سكي, بات چيت, گفتگو, \
              چيٹ, كنيكٹ, ٹرانسفر, فارورڈ, ملا ديں, ملا دين, ملوا ديں, ملوا دين, ملاييں, ملايين, \
              ملواييں, ملوايين, جوڑ ديں, جوڑ دين, جواب, ريپلايي, رپلايي, مدد, هيلپ, شكايت, \
              guftagu, guftugu",
    want: "چاهيي, چاي, چاهتا, چاهتي, چاهوں گا, چاهون گا, چاهوں گي, چاهون گي, دي ديں, دي دين, \
           ديجيي, دلوا ديں, دلوا دين, دلا ديں, دلا دين, بهيجيں, بهيجين, بهيج ديں, بهيج دين, \
           ملي گا, ملي گي, مل سكتا, مل سكتي, مل جايي گا, ضرورت, دركار, تلاش",
    exist: "هي كيا, هيں كيا, هين كيا, هي يهاں, هي يهان, هي وهاں, هي وهان, موجود, دستياب, ان لاين, \
            كهاں هي, كهان هي, كهاں هيں, كهان هين, كدهر هي, كهاں هو, كهان هو, كدهر هو, كهاں گيي, \
            كهان گيي",
    boundaries: "ليكن, مگر, بلكه",
    thanks: "شكريه, شكريا, بهت شكريه, اپ كا شكريه, اپكا شكريه, جزاك الله, جزاك الله خير, \
             جزاكم الله, تهينكس, تهينك يو, jazakallah, jazakallah khair, jazak allah, \
             jazakallahu khair, aapki meherbani, aapki meharbani, badi meherbani, bari meherbani, \
             badi meharbani, bari meharbani",
    me: "مجهي, مجه كو, مجه سي, هميں, همين, هم كو, هم سي, ميري كو",
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
             بات نهين هو پا رهي, بات نهي هو پا رهي, مدد كا, مدد كي, meherbani, meharbani, \
             mehrbani, meherbani karke, meharbani karke, meherbani kar ke, meherbani kr ke, \
             meharbani kar ke, meharbani kr ke, barae meherbani, baraye meharbani, braye mehrbani, \
             baraye meherbani",
    things: "پيسي, پيسه, روپي, كهاته, اكاونٹ, سامان, دكان, گهر, رنگ, قيمت, رسيد, اداييگي, ارڈر, \
             پارسل, نمبر",
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
