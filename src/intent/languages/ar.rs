//! Arabic: the words the detector knows and their roles, and the words of its request
//! frames. Modern Standard Arabic and the Gulf (ابغى, ابي, ودي, اكلم), Egyptian (عايز,
//! عاوز, حد, اكلم) and Levantine (بدي, حدا, احكي) ways customers type, written normalised
//! (no vowel marks, أ/إ/آ → ا, ة → ه, ى/ئ → ي, ؤ → و). Arabic glues the article and the
//! prepositions to the noun (الموظف, للموظف, بالموظف, وموظف), so the common glued forms
//! are listed as entries of their own. Arabizi, Arabic typed in Latin letters with digits
//! for the missing sounds (3ayez, a7ki, 7ad, mowazaf, abgha akalem), is listed here too.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "ثانيه ثواني دقيقه دقايق دقيقتين ساعه ساعات ساعتين يوم ايام يومين اسبوع \
                اسابيع اسبوعين مره مرات sanya sawani d2i2a da2i2a de2i2a d2aye2 da2aye2 \
                sa3a sa3at sa3ten sa3teen yom youm ayam ayyam osbo3 marra marat",
};

const WORDS: Words = Words {
    look_alikes: "حقوق الانسان, جسم الانسان, صحه الانسان, شعر بشري, للشخص, لكل شخص, للشخص الواحد, \
                  الشخص الواحد, لكل فرد, للفرد, للنفر, لكل نفر, بالنفر, النفر, سعر الشخص, شخصيا, \
                  بشكل شخصي, حضوريا, حضوري, وكيل سفر, وكيل السفر, وكاله سفر, وكاله السفر, \
                  مكتب سفريات, وكيل عقاري, وكيل عقارات, الوكيل العقاري, مكتب عقار, وكيل تامين, \
                  وكيل التامين, مندوب, المندوب, مندوبه, المندوبه, مندوبين, المندوبين, \
                  مندوب التوصيل, مندوب توصيل, مندوب المبيعات, مندوب مبيعات, مندوب الشحن, \
                  عامل التوصيل, الدليفري, دليفري, ديليفري, الديليفري, المرسول, مرسول, السواق, \
                  سواق, السايق, سايق, الكابتن, كابتن, ساعي البريد, البوسطجي, شركه الشحن, \
                  شركه التوصيل, تحويل بنكي, التحويل البنكي, حواله, الحواله, حواله بنكيه, \
                  تحويل فلوس, تحويل الفلوس, تحويل المبلغ, تحويل مبلغ, تحويل رصيد, تحويل الرصيد, \
                  حولت المبلغ, حولت الفلوس, حولت لكم, حولتلكم, حولت لك, حولتلك, حولت, \
                  ايصال التحويل, صوره التحويل, اثبات التحويل, رقم التحويل, تم التحويل, \
                  فودافون كاش, انستاباي, انستا باي, ويسترن يونيون, كلمت, كلمته, كلمتهم, كلمتكم, \
                  كلمتك, تكلمت, اتكلمت, اتكلمنا, حكيت, حكيتكم, حكينا, تحدثت, تواصلت, تواصلنا, \
                  اتصلت, اتصلنا, اتصلت عليكم, اتصلت بكم, رديت, mandoob, el mandoob, mandob, \
                  el mandob, sawa2, el sawa2, sawwa2, kalamt, kallamt, kalemt, kalimt, etkalemt, \
                  atkalamt, 7keet, 7aket, 7akeet, etasalt, etsalt, ettasalt, twasalt, tawasalt, \
                  7awalt, 7awelt, 7awalt el flos, lkol shakhs, lel shakhs, lel fard, lel nafar, \
                  nafar, vodafone cash, instapay",
    myself: "انا انسان, انا بشر, انا بني ادم, انا مش بوت, انا مش روبوت, انا مو بوت, انا مو روبوت, \
             انا مب بوت, انا لست روبوت, انا لست بوت, لست روبوت, لست بوت, انا شخص حقيقي, \
             انا انسان حقيقي, انا انسان مش روبوت, ana ensan, ana insan, ana bani adam, \
             ana bni adam, ana msh bot, ana mesh bot, ana mesh robot, ana msh robot, ana mo bot, \
             ana mish bot, ana mush bot",
    jobs: "وظيفه, الوظيفه, وظايف, الوظايف, توظيف, التوظيف, شاغر, شاغره, شواغر, الشواغر, \
           سيره ذاتيه, السيره الذاتيه, السي في, سي في, تقديم علي وظيفه, اقدم علي وظيفه, طلب توظيف, \
           طلب وظيفه, فرصه عمل, فرص عمل, فرص وظيفيه, الموارد البشريه, موارد بشريه, شوون الموظفين, \
           راتب, الراتب, رواتب, الرواتب, اشتغل عندكم, اشتغل معكم, اشتغل معاكم, ابي اشتغل, \
           ابغي اشتغل, عايز اشتغل, عاوز اشتغل, بدي اشتغل, اصير وكيل, اكون وكيل, اصير موزع, \
           اكون موزع, ريسيلر, ريسلر, مقابله عمل, مطلوب موظفين, مطلوب موظف, مطلوب موظفه, تعيينات, \
           التعيينات, wazifa, wazeefa, wazifeh, wazayef, tawzeef, tawzif, ashtaghel 3andokom, \
           ashtghel 3andkom, ratib",
    materials: "شعر, الشعر, باروكه, الباروكه, باروكات, شعر مستعار, وصلات شعر, وصلات, اكستنشن, \
                sha3r, sha3er, barooka, baroka",
    requests: "اتصلوا بي, اتصل بي, اتصلو بي, اتصلي بي, اتصلوا علي, اتصل علي, اتصلو علي, \
               اتصلوا عليا, اتصلو عليا, اتصل عليا, اتصلوا فيني, اتصل فيني, كلمني, كلموني, رنلي, \
               رنولي, رنوا علي, رنو علي, رن علي, دقلي, دقولي, دقوا علي, تواصلوا معي, تواصلو معي, \
               تواصل معي, ابي مكالمه, ابغي مكالمه, بدي مكالمه, عايز مكالمه, عاوز مكالمه, \
               اريد مكالمه, في احد, فيه احد, في حد, فيه حد, في حدا, فيه حدا, في احد هنا, \
               في حد هنا, فيه حد هنا, في حدا هون, حدا هون, احد هنا, حد هنا, حد موجود, احد موجود, \
               حدا موجود, في احد موجود, في حد موجود, في حدا موجود, في احد يرد, في حد يرد, \
               فيه حد يرد, في حدا يرد, حد يرد, احد يرد, حدا يرد, حد يرد علي, احد يرد علي, \
               حدا يرد علي, حد يرد عليا, اي احد يرد, اي حد يرد, هل من احد, مين اكلم, مع مين اتكلم, \
               مع مين احكي, مع مين اتواصل, مين ممكن اكلم, مين اقدر اكلم, kalemni, kalmni, kalemny, \
               kalmny, kallemni, kallemny, kalmeni, kalmoni, kalmouni, kalemoni, kallemoni, \
               kalmooni, kalimni, kalimoni, etasel beya, etasel biya, etasel bia, etasel feni, \
               etasel fiyi, etasel 3alaya, etasel 3alay, etasel 3aleya, etsel 3alaya, etsel beya, \
               etsel biya, etaslo beya, etaslo biya, etaslo 3alaya, etaslo 3alay, etasalo 3alaya, \
               etasalo beya, etsalo 3alaya, etsalo beya, ettasel beya, ettasel 3alaya, ren 3alaya, \
               renno 3alaya, rennli, renli, rinli, twaslo ma3aya, tawaslo ma3i, twasalo m3aya, \
               fi 7ad, fe 7ad, fih 7ad, feeh 7ad, fe a7ad, fi a7ad, fih a7ad, fe 7ada, fi 7ada, \
               fi 7ad hena, fe 7ad hena, fi a7ad hena, fi 7ada hon, 7ada hon, 7ad hena, a7ad hena, \
               a7ad hon, 7ad mawgood, 7ad mawjood, a7ad mawjood, a7ad mawgood, 7ada mawjood, \
               7ada mawjoud, 7ad yrod, 7ad yerod, a7ad yrod, a7ad yerod, 7ada yrod, 7ada yrud, \
               7ad yrod 3alaya, 7ad yerod 3alaya, a7ad yrod 3alay, fi 7ad yrod, fe 7ad yerod, \
               meen akalem, min akalem, ma3 meen atkalem",
    bots: "بوت, البوت, بالبوت, للبوت, والبوت, بوتات, روبوت, الروبوت, بالروبوت, للروبوت, ربوت, \
           الربوت, شات بوت, الشات بوت, تشات بوت, رد الي, الرد الالي, ردود اليه, الردود الاليه, \
           رد تلقايي, الرد التلقايي, ردود تلقاييه, الردود التلقاييه, رسايل تلقاييه, رد اوتوماتيك, \
           الرد الاوتوماتيك, اوتوماتيك, تلقايي, الالي, ذكاء اصطناعي, الذكاء الاصطناعي, ماكينه, \
           الماكينه, نظام الي, el bot, elbot, el robot, rad 2aly, rad 2ali, el rad el 2aly",
    reject: "خلاص, كفايه, كفي, يكفي, زهقت, زهقنا, زهقتوني, مليت, ملينا, طفشت, طفشتوني, تعبت, \
             تعبتوني, قرفت, قرفتوني, سيمت, اكتفيت, توقف, وقف, اوقف, بطل, بطلوا, بس خلاص, khalas, \
             5alas, khalass, 5alass, khlas, 5las, kefaya, kfaya, kifaya, kifaye, zeh2t, zah2t, \
             zhe2t, zehe2t, malleit, mallait, tfsht, tfasht, ta3abt, t3bt, te3ebt, 2erfet",
    negation: "لا, ما, مش, مو, مب, موب, ماني, مانيش, ليس, لست, لسنا, لم, لن, بدون, من غير, مابي, \
               مابغي, مابغا, مابدي, مابدنا, ماابي, مااريد, لا اريد, لا ابي, لا احتاج, ما احتاج, \
               مااحتاج, مش عايز, مش عاوز, مش محتاج, مو محتاج, مب محتاج, مش لازم, مو لازم, مب لازم, \
               مش ضروري, مو ضروري, لا داعي, مافي داعي, ما في داعي, مالوش لازمه, ماله داعي, \
               ما له داعي, بلاش, ما يحتاج, مايحتاج, ابدا, مطلقا, محد, ماحد, محدش, مافي احد, \
               ما في احد, مافيش حد, مفيش حد, mesh, msh, mish, mush, mosh, mob, mub, mafi, mafish, \
               mafeesh, mafesh, ma fi, mabi, mabgha, mabghi, mabdi, ma bdi, ma badi, mabadi, \
               mesh 3ayez, msh 3ayez, mesh 3awez, msh 3awez, mish 3ayez, mesh 3ayza, msh 3ayza, \
               mesh me7tag, msh me7tag, mesh lazem, msh lazem, mish lazem, mo lazem, mu lazem, \
               mob lazem, balash, bdoon, bdun, bedoon, bidoun, bidun, abadan, la2, la2a, laa, m7d, \
               ma7ad, m7adesh, ma7adsh, ma7adesh, mafi 7ad, mafish 7ad, mafeesh 7ad",
    targets: "موظف, الموظف, موظفه, الموظفه, موظفين, الموظفين, موظفات, للموظف, للموظفين, للموظفه, \
              لموظف, لموظفه, بموظف, بموظفه, بالموظف, بالموظفه, بالموظفين, وموظف, والموظف, موظفكم, \
              موظفينكم, الموظف المسوول, الموظف المختص, موظف خدمه العملاء, موظفه خدمه العملاء, \
              موظف الدعم, موظف الاستقبال, الاستقبال, انسان, الانسان, بانسان, لانسان, للانسان, \
              بالانسان, وانسان, بشر, بشري, البشري, بني ادم, بنادم, بن ادم, ابن ادم, شخص, الشخص, \
              بشخص, بالشخص, لشخص, وشخص, الشخص المسوول, شخص مسوول, مسوول, المسوول, مسيول, المسيول, \
              مسول, المسول, بالمسوول, بالمسيول, للمسوول, للمسيول, لمسوول, بمسوول, المسوولين, \
              مسوولين, المسيولين, مسوول خدمه العملاء, مدير, المدير, بالمدير, للمدير, بمدير, لمدير, \
              مديره, المديره, مدير الفرع, مدير المحل, مدير الصفحه, مديركم, مشرف, المشرف, بالمشرف, \
              للمشرف, بمشرف, مشرفه, المشرفه, مختص, المختص, بالمختص, للمختص, ممثل, \
              ممثل خدمه العملاء, ممثلي خدمه العملاء, ممثل الشركه, خدمه العملاء, بخدمه العملاء, \
              لخدمه العملاء, وخدمه العملاء, خدمه عملاء, خدمه الزباين, خدمه الزبون, \
              قسم خدمه العملاء, خدمه العملا, خدمت العملاء, فريق خدمه العملاء, مركز خدمه العملاء, \
              خدمه ما بعد البيع, كاستمر سيرفس, كستمر سيرفس, الكاستمر سيرفس, كاستمر سيرفيس, \
              كستمر سيرفيس, كستمر سرفس, الدعم الفني, دعم فني, بالدعم الفني, للدعم الفني, \
              فريق الدعم, فريق الدعم الفني, قسم الدعم, قسم الدعم الفني, كول سنتر, الكول سنتر, \
              بالكول سنتر, مركز الاتصال, الخط الساخن, خط الدعم, ادمن, الادمن, للادمن, بالادمن, \
              الادمنز, ادمنز, ادمن الصفحه, ادمين, الادمين, صاحب الصفحه, مسوول الصفحه, صاحب المحل, \
              صاحب المتجر, صاحب الشركه, المالك, الاداره, اداره, بالاداره, للاداره, اداره الصفحه, \
              ايجنت, الايجنت, اجنت, الاجنت, قسم الشكاوي, mowazaf, mowazzaf, mwazaf, mwazzaf, \
              muwazaf, muwazzaf, mowazzef, mowazef, mwazf, el mowazaf, elmowazaf, il mowazaf, \
              al mowazaf, mowazafin, mowazafeen, mwazfeen, mowazfeen, el mowazafeen, lel mowazaf, \
              bel mowazaf, mowazafa, mowazfa, el mowazfa, ensan, insan, el ensan, bani adam, \
              bany adam, beni adam, bni adam, ben adam, bnadam, banadam, shakhs, sha5s, shakhes, \
              el shakhs, mas2ool, mas2oul, mas2ol, masool, masoul, mas2ul, el mas2ool, el mas2oul, \
              elmas2ool, modeer, mudeer, modir, mudir, el modeer, el modir, el mudeer, moshref, \
              moshrif, mushrif, el moshref, khedmet el 3omala, khedmet el omala, khedmet 3omala, \
              khdmet el 3omala, khdmt el3omala, khedma el 3omala, khidmat al 3umala, \
              khidmat el 3omala, 5edmet el 3omala, 5dmt el 3omla, 5edmet el omala, \
              khedmet el zabayen, el admin, eladmin, el agent, da3m fani, el da3m el fani",
    someone: "احد, حد, حدا, حدن, احدا, اي احد, اي حد, اي حدا, ايحد, اي شخص, شخص ما, احدكم, \
              حد منكم, احد منكم, حدا منكم, واحد منكم, وحده منكم, احد الموظفين, حد من الموظفين, \
              احد من الموظفين, حدا من الموظفين, احد من طرفكم, حد من طرفكم, حدا من عندكم, \
              حد من عندكم, احد من عندكم, احد من الفريق, حد من الفريق, a7ad, ahad, 7ad, 7ada, \
              7adan, ay 7ad, ay a7ad, ay 7ada, ai 7ad, 7ad menkom, 7ad mnkom, a7ad menkom, \
              a7ad mnkom, 7ada menkon, wa7ed menkom, 7ad men 3andokom",
    weak: "اخي, اخوي, يا اخي, يا اخوي, اخ, الاخ, اخت, الاخت, اختي, يا اختي, يا اخت, اخوان, \
           الاخوان, يا اخوان, الاخوه, استاذ, الاستاذ, يا استاذ, استاذه, يا استاذه, يا جماعه, \
           جماعه, الجماعه, يا شباب, شباب, الشباب, حبيبي, يا حبيبي, عزيزي, يا عزيزي, باشا, يا باشا, \
           يا فندم, فندم, يا معلم, معلم, يا غالي, الفريق, فريق, فريقكم, قسم, القسم, بالقسم, للقسم, \
           الدعم, دعم, بالدعم, للدعم, سبورت, السبورت, سابورت, الساپورت, المبيعات, قسم المبيعات, \
           الحسابات, قسم الحسابات, الفني, فني, akhi, a5i, akhoya, a5oya, akhoy, a5oy, ya akhi, \
           ya a5i, ya akhoy, ya a5oy, ukhti, okhti, o5ti, ya okhti, ostaz, ostaza, ustaz, \
           ya ostaz, ya ustaz, ya gama3a, ya jama3a, gama3a, jama3a, ya shabab, shabab, habibi, \
           7abibi, ya 7abibi, ya basha, basha, ya fandem, fandem, el team, el da3m, da3m, \
           el support, qesm, 2esm, el qesm, el 2esm",
    real:
        "حقيقي, حقيقيه, الحقيقي, الحقيقيه, حقيقيين, فعلي, فعليه, الفعلي, مباشر, مباشره, المباشر, \
           من لحم ودم, 7a2i2i, 7a2i2y, 7a2y2y, 7a2ee2i, 7a2ee2y, 7aqiqi, 7aqi2i, haqiqi, haqiqy, \
           7a2i2ey, 7a2ey2y, 7a2e2y, 7a2e2i, fe3li, mobasher, mubasher, mubashir",
    call: "اتصل, اتصلوا, اتصلو, اتصلي, يتصل, تتصل, يتصلون, تتصلون, يتصلو, تتصلو, اتصال, الاتصال, \
           باتصال, مكالمه, المكالمه, بمكالمه, مكالمه هاتفيه, تواصل, تواصلوا, تواصلو, يتواصل, \
           تتواصل, يتواصلون, التواصل, بالتواصل, اتواصل, نتواصل, تتصلوا, يتصلوا, تتصلين, تتواصلوا, \
           يتواصلوا, تتواصلون, رن, رنوا, رنو, يرن, ترن, ترنوا, يرنوا, رنه, كلموا, كلمو, تكلموا, \
           يكلموا, etasel, etsel, ettasel, itasel, ittasel, etasal, etaslo, etasalo, etsalo, \
           ettasalo, ytasel, yetasel, yetsel, tetasel, tetsel, ttasel, mokalma, mukalama, mkalma, \
           tawasol, tawasal, twasal, twaslo, tawaslo, ytwasal, yetwasal, atwasal, atawasal, \
           etwasal, ettwasal, natwasal, ntwasal, rino, renno, kalmo",
    contact: "كلم, اكلم, نكلم, يكلم, تكلم, يكلمني, تكلمني, يكلموني, تكلموني, يكلمنا, اكلمه, \
              اكلمكم, اكلمك, اتكلم, نتكلم, يتكلم, تتكلم, التكلم, احكي, نحكي, يحكي, تحكي, الحكي, \
              يحكيني, تحكيني, يحكيلي, اتحدث, نتحدث, يتحدث, تتحدث, التحدث, تحدث, محادثه, المحادثه, \
              بمحادثه, دردشه, الدردشه, دردش, ادردش, شات, الشات, حولني, حولوني, حوليني, تحولني, \
              تحولوني, يحولني, تحويلي, بتحويلي, تحويل, التحويل, توصلني, توصلوني, وصلوني, رد, يرد, \
              ترد, ردوا, ردو, يردون, الرد, جاوب, جاوبني, جاوبوني, يجاوب, يجاوبني, تجاوبني, ساعدني, \
              ساعدوني, يساعدني, تساعدني, يساعدنا, مساعده, المساعده, مساعدتي, يخدمني, تخدمني, \
              يفيدني, تفيدني, يفيدنا, اشتكي, نشتكي, شكوي, الشكوي, بشكوي, شكوه, تقديم شكوي, \
              اقدم شكوي, ارفع شكوي, شكاوي, الشكاوي, akalem, akallem, akalm, akalim, akallim, \
              akalam, kalem, kallem, nkalem, nekalem, ykalem, yekalem, ykalemni, yekalemni, \
              ykallemni, ykalmni, ykalimni, ykalemny, tkalemni, tekalemni, atkalem, atkallem, \
              atkalm, atkalam, atkallam, netkalem, yetkalem, ytkalem, a7ki, a7ky, a7ke, ahki, \
              ahky, n7ki, ne7ki, y7ki, ye7ki, ya7ki, yi7ki, t7ki, te7ki, ti7ki, y7kini, ye7kini, \
              at7adath, at7adas, atahadath, atahadas, 7awelni, 7awlni, 7awelny, 7awlny, 7awwelni, \
              7awloni, 7awlooni, 7awelooni, ta7wil, ta7weel, ta7wili, rod, rud, yrod, yerod, yrud, \
              yerud, trod, terod, rodo, roddo, rdo, raddo, jaweb, gaweb, jawebni, gawebni, jawbni, \
              gawbni, ygaweb, yjaweb, ygawebni, yjawebni, sa3edni, sa3dni, sa3idni, ysa3edni, \
              ysa3dni, yesa3edni, tsa3edni, tesa3edni, mosa3da, musa3ada, msa3da, shakwa, \
              el shakwa, ashtki, ashteki, ashtiki, ashtaki",
    want: "ابي, ابغي, ابغا, نبي, نبغي, نبغا, بغيت, ودي, ودنا, اريد, نريد, اود, نود, ارغب, نرغب, \
           اتمني, نتمني, ياريت, يا ريت, احتاج, نحتاج, محتاج, محتاجه, محتاجين, بحاجه, بحاجه الي, \
           عايز, عايزه, عايزين, عاوز, عاوزه, عاوزين, بدي, بدنا, حابب, حابه, حاب, الرجاء, ارجو, \
           نرجو, اطلب, نطلب, اطالب, خلني, خليني, خلوني, خلينا, دعني, اعطني, اعطيني, عطني, عطيني, \
           عطوني, اديني, هات, هاتلي, جيبلي, جيبولي, ابحث عن, ادور, ادور علي, بدور علي, abee, \
           abgha, abghi, abgi, abga, nbi, nbgha, bghit, baghi, wdi, wedi, widdi, weddi, areed, \
           arid, ariid, oreed, nreed, 3ayez, 3ayz, 3aiz, 3ayiz, 3ayeez, 3ayza, 3ayzah, 3ayzeen, \
           3ayzin, 3awez, 3awz, 3awza, 3awzeen, 3awzin, aayez, ayez, awez, 3yez, 3yz, badi, baddi, \
           bdi, bade, baddy, bady, bedi, biddi, bddi, badna, baddna, ba7tag, a7tag, a7taj, ahtag, \
           ahtaj, me7tag, m7tag, mi7taj, mehtag, mo7taj, ne7tag, 7abeb, habeb, atmana, yarait, \
           yareet, ya reet, ya rait, khalini, khallini, 5alini, 5allini, khaleeni, 5aleeni, \
           a3tini, a3teeni, 3tini, 3teeni, edini, iddini, argo, arjo, arju",
    exist:
        "يوجد, هل يوجد, هل هناك, هناك, موجود, موجوده, موجودين, متواجد, متواجده, متواجدين, متاح, \
            متاحه, متاحين, وين, فين, اين, وينكم, فينكم, وينك, فينك, اونلاين, mawgood, mawgod, \
            mawjood, mawjod, mawjud, mwjood, mawgud, mawgoda, mawjoode, mawjudin, mtwajed, \
            motawajed, wen, wein, ween, wenkom, weinkom, wenak, fen, fein, feen, fenkom, feinkom, \
            feenkom",
    boundaries: "لكن, ولكن, لاكن, بس, انما, bas, lakin, laken, lakn",
    thanks: "شكرا, شكرا لك, شكرا لكم, شكرا جزيلا, الف شكر, مشكور, مشكوره, مشكورين, يعطيك العافيه, \
             يعطيكم العافيه, الله يعطيك العافيه, الله يعطيكم العافيه, تسلم, تسلمي, تسلمو, تسلموا, \
             يسلمو, يسلموا, يسلمك, جزاك الله خير, جزاكم الله خير, جزاك الله خيرا, متشكر, متشكره, \
             متشكرين, ممنون, ممنونك, مرسي, ميرسي, shokran, shukran, shokrn, shukrn, shkran, \
             mashkoor, mashkour, mshkor, mashkor, mashkoora, teslam, tislam, teslamo, yeslamo, \
             yslamo, ya3tik el3afye, ya3teek al3afia, ya3tik al3afye, mersi, mtshakr, metshakker, \
             mamnoon, mamnoun, jazak allah khair, jazakallah, jazakallah khair",
    me:
        "بي, علي, عليا, لي, ليا, معي, معاي, معايا, فيني, بيا, اياي, لنا, علينا, معنا, معانا, beya, \
         biya, bia, bya, 3alaya, 3alay, 3aleya, 3alya, liya, lia, leya, ma3aya, ma3ay, ma3i, \
         m3aya, m3ay, m3i, feni, fiyi, feyya",
    filler: "انا, احنا, نحن, انت, انتي, انتم, انتو, حضرتك, حضرتكم, هو, هي, هم, لو سمحت, لو سمحتي, \
             لو سمحتم, لو سمحتوا, لو سمحتو, من فضلك, من فضلكم, الله يخليك, الله يخليكم, \
             الله يعافيك, ارجوك, ارجوكم, بليز, بلييز, بلز, بليس, ممكن, يمكن, يمكنني, يمكنك, نقدر, \
             اقدر, تقدر, تقدرون, يقدر, ينفع, هل, مع, من, الي, ل, عن, في, فيه, و, او, ولا, يا, اي, \
             اللي, الذي, التي, ان, اني, انه, انو, عشان, علشان, لان, لانه, كمان, ايضا, بعد, هنا, \
             هون, الحين, دحين, ذحين, هلق, هلا, دلوقتي, دلوقت, الان, حالا, فورا, بسرعه, ضروري, \
             مستعجل, لو, اذا, يعني, طيب, اوكي, اوك, تمام, ماشي, ايوه, ايوا, ايه, نعم, اه, بالله, \
             والله, السلام عليكم, سلام, سلام عليكم, وعليكم السلام, مرحبا, مرحبه, مرحبتين, اهلا, \
             اهلين, هلا والله, هاي, هلو, هالو, الو, صباح الخير, مساء الخير, صباح النور, مسا الخير, \
             كيف, كيفك, ازاي, ازيك, ليش, ليه, متي, امتي, كم, قديش, شو, ايش, وش, مين, هذا, هذه, \
             هاد, هادا, ده, دي, دا, ذا, شي, شيء, معك, معاك, معكم, معاكم, معاكو, وياك, وياكم, \
             عندكم, عندك, عندكو, لكم, لك, بكم, بك, عليكم, عليك, بالعربي, عربي, بالانجليزي, \
             انجليزي, بالهاتف, بالتلفون, بالتليفون, هاتفيا, تلفونيا, عالرقم, علي الرقم, بخصوص, \
             واحد, ثاني, تاني, مره ثانيه, مره تانيه, لا انا, ana, e7na, ehna, i7na, enta, enti, \
             ento, entom, inta, inti, into, intu, entu, 7adretak, hadretak, 7adritak, law sama7t, \
             law samaht, lw sm7t, lau sama7t, law sama7ty, law sm7t, min fadlak, men fadlak, \
             mn fadlak, momken, mumkin, mmkn, momkn, mumken, mumkn, a2dar, a2dr, a2der, agdar, \
             aqdar, n2dar, ne2dar, t2dar, te2dar, y2dar, ye2dar, yenfa3, ynfa3, yinfa3, hal, ma3, \
             m3, mn, 3an, 3n, fi, fe, fih, feeh, w, wa, aw, ya, ay, elli, eli, illi, ili, ela, \
             ila, l, le, lel, bil, el, al, il, 3ala, 3la, 3al, salam, salam 3alaykom, \
             salam 3alaikom, salam 3alikom, assalamu alaikum, assalamualaikum, asalamu alaikum, \
             alsalam alaikum, alsalam 3alaykom, slm, marhaba, mar7aba, mr7ba, ahlan, ahln, hala, \
             sabah el kheir, sabah el5er, sabah alkhair, masa2 el kheir, masa el5er, el7en, al7en, \
             delwa2ty, delwa2ti, dlw2ty, dlwa2ty, dilwa2ti, halla2, hala2, al2an, 7alan, halan, \
             fawran, besor3a, bsor3a, daruri, darori, daroori, dorori, mesta3gel, 3shan, 3ashan, \
             3alashan, 3lshan, leh, lesh, lih, leish, lish, ezay, ezzay, izay, kif, keef, kaif, \
             shlon, emta, imta, eh, aywa, aiwa, aywah, na3am, tayeb, tayb, tyb, tamam, tmam, tmm, \
             mashi, mashy, yani, ya3ni, y3ni, wallah, walla, wallahi, wlh, ensha2allah, inshallah, \
             inshalla, hena, hna, hon, hina, 3andkom, 3ndkom, 3andokom, 3andak, 3ndk, ma3ak, m3ak, \
             ma3kom, m3akom, ma3akom, lakom, lkom, 3alekom, 3alikom, ba3d, kaman, kman, wa7ed, \
             tani, tany, thani, bel 3arabi, bl3arabi, 3arabi",
    things: "الحساب, حسابي, حساب, البطاقه, بطاقه, الكرت, كرت, الفلوس, فلوس, المبلغ, مبلغ, الرصيد, \
             رصيد, الطلب, طلبي, الطلبيه, طلبيه, الشحنه, شحنه, الطرد, الحجز, حجز, العنوان, عنوان, \
             الرقم, رقم, رقمي, الصفحه, الموقع, التطبيق, الشبكه, الراوتر, الشاحن, الجهاز, المنتج, \
             منتج, المقاس, مقاس, اللون, السعر, سعر, الفاتوره, فاتوره, الضمان, الاشتراك, المحفظه, \
             النظام, الشاشه, السله, الفرع, فرع, المحل, البنك, المطار, البيت, الواي فاي, واي فاي, \
             الوايفاي, وايفاي, النت, الانترنت, انترنت, البلوتوث, التلفزيون, الجوال, جوالي, تلفوني, \
             الموبايل, موبايلي, flos, el flos",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk:
        "اتكلم, نتكلم, يتكلم, تتكلم, التكلم, احكي, نحكي, يحكي, تحكي, الحكي, اتحدث, نتحدث, يتحدث, \
           تتحدث, التحدث, اتواصل, نتواصل, يتواصل, تتواصل, التواصل, تواصل, محادثه, دردشه, ادردش",
    put_through: "حولني, حولوني, حوليني, تحولني, تحولوني, يحولني, تحويلي",
    to: "مع, ويا, الي",
    from: "من",
    pronouns: "هو, هي, هم, هما, انت, انتي, انتم, انتو, حضرتك, نفسي, بعض, صاحبي, صاحبتي, صديقي, \
               صديقتي, اصحابي, اصدقايي, زوجي, زوجتي, جوزي, مراتي, مرتي, اهلي, امي, ابوي, ابويا, \
               ماما, بابا, ابني, بنتي, اولادي, عيالي, ولدي, العملاء, العميل, الزباين, الزبون, \
               الناس, جيراني",
    you: "انت, انتي, انتم, انتو, حضرتك, حضرتكم",
    future: "راح, رح, سوف, حا",
    ..Grammar::NONE
};
