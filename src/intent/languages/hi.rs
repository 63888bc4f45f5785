//! Hindi, in Devanagari and in the Latin letters of Hinglish: the words the detector knows
//! and their roles, and the customer who stands before a calling verb ("mujhe call kar do",
//! "मुझे कॉल कर सकते हैं"). The verb closes the clause, after its person and a postposition
//! ("agent se baat karni hai"), a shape the frames do not read: the talking verbs are listed
//! whole ("baat karni", "बात करवा दो"), and "baat"/"बात" alone stays unknown, so that a talk
//! already held ("baat ho gayi", "बात की थी") or a matter ("koi baat nahi") asks for no one.
//! The negation follows the verb too, so negated requests and refusals of the bot are whole
//! phrases ("baat nahi karni", "bot nahi chahiye"), and so is the "nahi" of a complaint
//! ("payment nahi ho raha"), which turns no request around. Some Hinglish words are spelt
//! like another language's: "mai" (I) is Italian for never, a negation, "ki" the German "KI",
//! "ka" an Indonesian address; the phrases they start are listed ("mai kisi", "ki zarurat",
//! "ka call"). Roman Urdu shares many of these spellings (ur.rs), with the same roles.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "सेकंड सेकेंड मिनट मिनिट घंटे घंटा घंटों दिन दिनों हफ्ते हफ्ता महीने \
                बार दफा second seconds sec minute minutes min mint ghante ghanta \
                ghanton din dino hafte hafta mahine baar bar dafa",
};

const WORDS: Words = Words {
    look_alikes: "मानव संसाधन, प्रति व्यक्ति, प्रति इंसान, प्रति इन्सान, हर व्यक्ति, कितने लोग, \
                  कितने लोगों, ट्रैवल एजेंट, ट्रैवल एजेन्ट, बीमा एजेंट, बीमा एजेन्ट, \
                  इंश्योरेंस एजेंट, इंश्योरेंस एजेन्ट, एलआईसी एजेंट, एलआईसी एजेन्ट, \
                  प्रॉपर्टी डीलर, प्रॉपर्टी एजेंट, प्रॉपर्टी एजेन्ट, डिलीवरी बॉय, डिलिवरी बॉय, \
                  डिलीवरी वाला, डिलीवरी वाले, डिलीवरी एग्जीक्यूटिव, कूरियर वाला, कुरियर वाला, \
                  डाकिया, पैसे ट्रांसफर, पैसा ट्रांसफर, अमाउंट ट्रांसफर, बैंक ट्रांसफर, \
                  ट्रांसफर किया, ट्रांसफर कर दिया, ट्रांसफर हो गया, बात की, बात की थी, बात किया, \
                  बात हुई, बात हुई थी, बात हो गई, बात हो गयी, बात हो चुकी, बात कर ली, बात कर चुका, \
                  बात कर चुकी, बात कर चुके, बात कर रहा था, बात कर रही थी, कॉल किया, कॉल किया था, \
                  कॉल की थी, कॉल आया, कॉल आई, कॉल आया था, फोन किया, फोन आया, कॉल कट गया, \
                  कॉल करने वाला, कॉल करने वाले, per banda, per bande, per insaan, per insan, \
                  har banda, har bande, har insaan, har insan, kitne log, kitne logo, kitne logon, \
                  kitne bande, kitne banday, kitne aadmi, kitne admi, bima agent, lic agent, \
                  property dealer, property agent, bank agent, delivery boy, delivery wala, \
                  delivery wale, delivery executive, delivery partner, courier wala, courier wale, \
                  courier boy, paise transfer, paisa transfer, pese transfer, amount transfer, \
                  money transfer, bank transfer, balance transfer, payment transfer, \
                  transfer kiya, transfer kar diya, transfer kr diya, transfer ho gaya, \
                  transfer ho gya, transfer hua, transfer nahi hua, transfer nhi hua, baat ki, \
                  bat ki, baat ki thi, bat ki thi, baat kiya, bat kiya, baat kiya tha, \
                  bat kiya tha, baat kari thi, bat kari thi, baat hui, bat hui, baat hui thi, \
                  bat hui thi, baat hua, bat hua, baat ho gayi, baat ho gyi, baat ho gai, \
                  bat ho gayi, baat ho gaya, baat ho gya, bat ho gaya, bat ho gya, baat ho chuki, \
                  bat ho chuki, baat kar li, baat kr li, bat kar li, bat kr li, baat kar li thi, \
                  baat kr li thi, bat kar li thi, bat kr li thi, baat karli, bat karli, \
                  baat kar chuka, baat kr chuka, bat kar chuka, bat kr chuka, baat kar chuki, \
                  baat kr chuki, bat kar chuki, bat kr chuki, baat kar chuke, baat kr chuke, \
                  bat kar chuke, bat kr chuke, baat kar raha tha, baat kar rha tha, \
                  baat kr raha tha, bat kar raha tha, baat kar rahi thi, baat kar rhi thi, \
                  baat kr rahi thi, bat kar rahi thi, baat kar rahe the, baat kar rhe the, \
                  baat kr rahe the, bat kar rahe the, baat nahi ki, baat nhi ki, bat nahi ki, \
                  bat nhi ki, call kiya, call kiya tha, call kia, call kia tha, call ki thi, \
                  call kari thi, call aaya, call aya, call aayi, call ayi, call aaya tha, \
                  call aya tha, call aa raha, call aa rha, call aata, call aati, call karne wala, \
                  call karne wale, call karne wali, call nahi ki, call nhi ki, phone kiya, \
                  phone kiya tha, phone aaya, phone aya, phone nahi ki, phone nhi ki, \
                  call kat gaya, call kat gya, call cut ho gaya, call cut ho gya, manav sansadhan, \
                  prati vyakti, dakiya",
    myself: "इंसान हूं, इंसान हूँ, इंसान हु, इंसान हुं, इन्सान हूं, इन्सान हूँ, इन्सान हु, \
             इन्सान हुं, इंसान ही हूं, इंसान ही हूँ, इंसान ही हु, इंसान ही हुं, इन्सान ही हूं, \
             इन्सान ही हूँ, इन्सान ही हु, इन्सान ही हुं, बॉट नहीं हूं, बॉट नहीं हूँ, बॉट नहीं हु, \
             बॉट नहीं हुं, बॉट नही हूं, बोट नहीं हूं, बॉट नही हूँ, बॉट नही हु, बॉट नही हुं, \
             बोट नहीं हूँ, बोट नहीं हु, बोट नहीं हुं, बोट नही हूं, बोट नही हूँ, बोट नही हु, \
             बोट नही हुं, रोबोट नहीं हूं, रोबोट नहीं हूँ, रोबोट नहीं हु, रोबोट नहीं हुं, \
             रोबोट नही हूं, रोबोट नही हूँ, रोबोट नही हु, रोबोट नही हुं, मशीन नहीं हूं, \
             मशीन नहीं हूँ, मशीन नहीं हु, मशीन नहीं हुं, मशीन नही हूं, मशीन नही हूँ, मशीन नही हु, \
             मशीन नही हुं, हम इंसान हैं, हम इन्सान हैं, हम भी इंसान हैं, हम भी इन्सान हैं, \
             insaan hoon, insaan hu, insaan hun, insan hoon, insan hu, insan hun, insaan hi hoon, \
             insaan hi hu, insaan hi hun, insan hi hoon, insan hi hu, insan hi hun, bot nahi hoon, \
             bot nahi hu, bot nahi hun, bot nhi hoon, bot nhi hu, bot nhi hun, robot nahi hoon, \
             robot nahi hu, robot nahi hun, robot nhi hoon, robot nhi hu, robot nhi hun, \
             machine nahi hoon, machine nahi hu, machine nahi hun, machine nhi hoon, \
             machine nhi hu, machine nhi hun, hum insaan hain, hum insaan hai, hum insaan hen, \
             hum insan hain, hum insan hai, hum insan hen, hum bhi insaan hain, \
             hum bhi insaan hai, hum bhi insaan hen, hum bhi insan hain, hum bhi insan hai, \
             hum bhi insan hen, mai insaan hoon, mai insaan hu, mai insaan hun, mai insan hoon, \
             mai insan hu, mai insan hun",
    jobs: "नौकरी, नोकरी, भर्ती, वैकेंसी, वेकेंसी, जॉब, रिज्यूमे, बायोडाटा, सैलरी, तनख्वाह, वेतन, \
           एजेंट बनना, एजेन्ट बनना, एजेंट कैसे बने, एजेन्ट कैसे बने, एजेंट कैसे बनें, \
           एजेन्ट कैसे बनें, एजेंट बन सकता, एजेन्ट बन सकता, डीलरशिप, फ्रेंचाइजी, फ्रैंचाइजी, \
           इंटरव्यू, एचआर, naukri, naukari, nokri, noukri, kaam chahiye, kaam chaiye, bharti, \
           biodata, tankhwah, tankhwa, agent banna, agent bante, agent banne, agent banu, \
           agent kaise bane, agent kaise banu, agent kaise banein, agent ban sakta, \
           agent ban skta, agent ban sakte, dealer banna, dealership, distributor banna, \
           distributorship, franchise, franchisee, reseller banna, interview, mai agent banna, \
           mai agent ban, vacancy hai, vacancy h, rozgar, rozgaar",
    materials: "बाल, विग, baal, nakli baal",
    requests: "कोई है, कोई हैं, कोई सुन रहा, कोई नहीं है, कोई नही है, कॉल करो, कॉल करें, कॉल करे, \
               कॉल कर दो, कॉल कीजिए, कॉल कीजिये, कॉल करिए, कॉल करिये, कॉल कर दीजिए, कॉल कर दीजिये, \
               कॉल बैक, कॉलबैक, कॉल बैक करो, कॉल बैक करें, कॉल बैक करे, कॉल बैक कीजिए, \
               कॉल बैक कीजिये, वापस कॉल करें, वापस कॉल करे, वापस कॉल करो, फोन करो, फोन करें, \
               फोन करे, फोन कर दो, फोन कीजिए, फोन कीजिये, फोन करिए, फोन करिये, फोन कर दीजिए, \
               फोन कर दीजिये, संपर्क करें, संपर्क करे, सम्पर्क करें, सम्पर्क करे, संपर्क करो, \
               सम्पर्क करो, संपर्क कीजिए, संपर्क कीजिये, सम्पर्क कीजिए, सम्पर्क कीजिये, कॉल चाहिए, \
               कॉल चाहिये, कॉल बैक चाहिए, कॉल बैक चाहिये, किससे बात करूं, किससे बात करूँ, \
               किससे बात करु, किस से बात करूं, किससे बात कर सकता हूं, किससे बात कर सकता हूँ, \
               किससे बात कर सकता हु, किससे बात कर सकता हुं, किससे बात कर सकती हूं, \
               किससे बात कर सकती हूँ, किससे बात कर सकती हु, किससे बात कर सकती हुं, \
               किससे संपर्क करूं, किससे संपर्क करूँ, किससे संपर्क करु, किससे सम्पर्क करूं, \
               किसे कॉल करूं, किसे कॉल करूँ, किसे कॉल करु, बात करवाओ, बात करवा, बात कराओ, बात करा, \
               बात करवाइए, बात करवाइये, बात कराइए, बात कराइये, बात करवाएं, बात करवाएँ, बात करवाना, \
               बात करवानी, बॉट से बात नहीं, बॉट से बात नही, बोट से बात नहीं, बोट से बात नही, \
               बॉट से नहीं, बॉट से नही, बोट से नहीं, बोट से नही, बॉट नहीं चाहिए, बॉट नहीं चाहिये, \
               बॉट नही चाहिए, बोट नहीं चाहिए, रोबोट से बात नहीं, रोबोट से बात नही, रोबोट से नहीं, \
               रोबोट से नही, रोबोट नहीं चाहिए, रोबोट नहीं चाहिये, रोबोट नही चाहिए, \
               रोबोट नही चाहिये, मशीन से बात नहीं, मशीन से बात नही, koi hai, koi h, koi hain, \
               koi hen, koi he, koi hy, koi hay, koe hai, koe h, koi nahi hai, koi nahi h, \
               koi nhi hai, koi nhi h, koi sun raha, koi sun rha, koi sunega, call karo, call kro, \
               call kar do, call kr do, call kardo, call krdo, call kijiye, call kijie, \
               call kariye, call karein, call karen, call krein, call krain, call kare, \
               call karay, call kar dijiye, call kar dijie, call kr dijiye, call kr dijie, \
               call kar dein, call kar den, call kar dain, call kr dein, call kar dena, \
               call kr dena, call kar lijiye, call kr lijiye, call back karo, call back kro, \
               call back kar do, call back kr do, call back kijiye, call back kijie, \
               call back karein, call back karen, call back krein, call back krain, callback karo, \
               callback kro, callback kar do, callback kr do, callback kijiye, callback kijie, \
               callback karein, callback karen, callback krein, callback krain, callback chahiye, \
               callback chaiye, call back chahiye, call back chaiye, call chahiye, call chaiye, \
               wapas call karo, wapas call kro, wapis call karo, wapis call kro, \
               wapas call karein, wapas call karen, wapas call krein, wapas call krain, \
               wapas call kijiye, wapas call kijie, wapis call kijiye, wapis call kijie, \
               wapas call kar dein, wapas call kar den, wapas call kar dain, wapas call kr dein, \
               dobara call karo, dobara call kro, dobara call karein, dobara call karen, \
               dobara call krein, dobara call krain, phone karo, phone kro, phone kar do, \
               phone kr do, phone kardo, phone kijiye, phone kijie, phone kariye, phone karein, \
               phone karen, phone krein, phone krain, phone kar dijiye, phone kar dijie, \
               phone kr dijiye, phone kr dijie, phone kar dein, phone kar den, phone kar dain, \
               phone kr dein, ring karo, ring kro, contact karo, contact kro, contact kijiye, \
               contact kijie, contact karein, contact karen, contact krein, contact krain, \
               contact kar lijiye, contact kr lijiye, kis se baat karu, kis se baat karun, \
               kis se bat karu, kis se bat karun, kisse baat karu, kisse baat karun, \
               kisse bat karu, kisse bat karun, kis se baat kar, kis se baat kr, kis se bat kar, \
               kis se bat kr, kisse baat kar, kisse baat kr, kisse bat kar, kisse bat kr, \
               kis se baat karni, kis se baat krni, kis se bat karni, kis se bat krni, \
               kis se baat kare, kis se baat karay, kis se bat kare, kis se bat karay, \
               kis se contact karu, kis se contact karun, kisse contact karu, kisse contact karun, \
               kisko call karu, kisko call karun, kise call karu, kise call karun, baat karwao, \
               baat krwao, bat karwao, bat krwao, baat karwa, baat krwa, bat karwa, bat krwa, \
               baat karao, baat krao, bat karao, bat krao, baat kara, bat kara, baat karwaiye, \
               bat karwaiye, baat karwaye, bat karwaye, baat karwayen, bat karwayen, baat karwain, \
               bat karwain, baat karwaen, bat karwaen, baat karaiye, bat karaiye, baat karayen, \
               bat karayen, baat karwani, bat karwani, baat karwana, bat karwana, baat karani, \
               bat karani, connect karwao, connect krwao, connect karwa do, connect krwa do, \
               connect karwa dein, connect karwa den, connect karwa dain, connect krwa dein, \
               connect karwa dijiye, connect karwa dijie, connect krwa dijiye, connect krwa dijie, \
               bot se baat nahi, bot se baat nhi, bot se bat nahi, bot se bat nhi, bot se nahi, \
               bot se nhi, bot nahi chahiye, bot nahi chaiye, bot nhi chahiye, bot nhi chaiye, \
               robot se baat nahi, robot se baat nhi, robot se bat nahi, robot se bat nhi, \
               robot se nahi, robot se nhi, robot nahi chahiye, robot nahi chaiye, \
               robot nhi chahiye, robot nhi chaiye, machine se baat nahi, machine se baat nhi, \
               machine se bat nahi, machine se bat nhi, machine se nahi, machine se nhi, \
               computer se baat nahi, computer se baat nhi, computer se bat nahi, \
               computer se bat nhi, bot ke saath nahi, bot ke saath nhi, bot ke sath nahi, \
               bot ke sath nhi, mai bot se baat nahi, mai bot se nahi, mai robot se baat nahi, \
               mai bot se bat nahi, sampark karo, sampark kro, sampark karein, sampark karen, \
               sampark krein, sampark krain, sampark kijiye, sampark kijie, kis se sampark karu, \
               kis se sampark karun",
    bots: "बॉट, बोट, रोबोट, मशीन, चैटबॉट, चैट बॉट, चैट बोट, चैटबोट, ऑटोमैटिक जवाब, ऑटोमेटिक जवाब, \
           ऑटो रिप्लाई, कंप्यूटर, कम्प्यूटर, एआई, बॉट नहीं, बॉट नही, बोट नहीं, बोट नही, \
           रोबोट नहीं, रोबोट नही, mashin, masheen, automatic reply, automatic message, \
           auto message, automatic jawab, automatic msg, auto msg, bot nahi, bot nhi, robot nahi, \
           robot nhi",
    reject: "बस, बस करो, बस करें, बस करे, बंद करो, बंद करें, बंद करे, बंद कर दो, थक गया, थक गई, \
             थक गयी, थक गए, तंग आ गया, तंग आ गई, तंग आ गयी, परेशान, बकवास, बेकार, फालतू, हटाओ, \
             bas karo, bas kro, bas karein, bas karen, bas krein, bas krain, bas kijiye, \
             bas kijie, band karo, band kro, band karein, band karen, band krein, band krain, \
             band kijiye, band kijie, band kar do, band kr do, thak gaya, thak gya, thak gayi, \
             thak gyi, thak gai, thak gaye, tang aa gaya, tang aa gya, tang aa gayi, tang aa gyi, \
             tang aa gai, tang aa gaye, pak gaya, pak gya, pak gayi, pak gyi, pak gai, pareshan, \
             pareshaan, preshan, bakwas, bakwaas, bekar, bekaar, faltu, fazool, fuzool, hatao, \
             hata do, bore ho gaya, bore ho gya",
    negation: "नहीं, नहि, न, ना, मत, बिना, नहीं चाहिए, नहीं चाहिये, नही चाहिए, नही चाहिये, \
               जरूरत नहीं, जरूरत नही, जरुरत नहीं, जरुरत नही, कॉल मत, कॉल नहीं, कॉल नही, \
               कॉल न करें, कॉल न करे, कॉल ना करें, कॉल ना करे, फोन मत, फोन नहीं, फोन नही, \
               बात नहीं, बात नही, बात मत, संपर्क न करें, संपर्क न करे, सम्पर्क न करें, \
               सम्पर्क न करे, संपर्क मत, सम्पर्क मत, nahi, nai, nahee, nahii, nhii, mat, bina, \
               nahi chahiye, nahi chaiye, nhi chahiye, nhi chaiye, nai chahiye, nai chaiye, \
               zarurat nahi, zarurat nhi, zaroorat nahi, jarurat nahi, ki zarurat nahi, \
               ki zarurat nhi, ki zaroorat nahi, ki jarurat nahi, na karo, na kro, na karein, \
               na karen, na krein, na krain, na kare, na karay, na karna, na krna, na kijiye, \
               na kijie, call mat, call nahi, call nhi, call na karo, call na kro, call na karein, \
               call na karen, call na krein, call na krain, call na kare, call na karay, \
               call na karna, call na krna, call na kijiye, call na kijie, phone mat, phone nahi, \
               phone nhi, phone na karein, phone na karen, phone na krein, phone na krain, \
               baat nahi, baat nhi, bat nahi, bat nhi, baat mat, bat mat",
    targets: "इंसान, इनसान, इंसानों, मानव, मनुष्य, व्यक्ति, आदमी, बंदा, बंदे, बन्दा, बन्दे, एजेंट, \
              ऐजेंट, एजंट, एजेंटों, ऑपरेटर, आपरेटर, ओपरेटर, स्टाफ, कर्मचारी, प्रतिनिधि, प्रतिनिधी, \
              ग्राहक सेवा, ग्राहक सहायता, ग्राहक सेवा केंद्र, कस्टमर केयर, कस्टमर केअर, \
              कस्टमर सर्विस, कस्टमर सपोर्ट, हेल्पलाइन, हेल्प लाइन, कॉल सेंटर, कॉल सेन्टर, मैनेजर, \
              मेनेजर, प्रबंधक, अधिकारी, एग्जीक्यूटिव, एक्जीक्यूटिव, एक्जिक्यूटिव, एग्जिक्यूटिव, \
              एक्सीक्यूटिव, मालिक, ओनर, एडमिन, ऐडमिन, टेक्नीशियन, सुपरवाइजर, सलाहकार, लाइव चैट, \
              सपोर्ट टीम, insaan, insan, insaano, insano, insaanon, insanon, manav, aadmi, admi, \
              banda, bande, bandey, banday, bnda, executive, executives, exicutive, excutive, \
              executiv, coustomer care, costumer care, costomer care, customer care wale, \
              help line, helpline wale, malik, maalik, dukan malik, dukaan malik, shop malik, \
              team leader, mai agent, mai insaan, mai insan, mai customer care, \
              mai customer service, mai customer support, mai manager, mai executive, mai banda, \
              mai bande, mai admin, mai staff, mai representative, mai operator, manushya, vyakti, \
              pratinidhi, karmchari, karamchari, adhikari, grahak seva, grahak sewa, \
              grahak sahayata, grahak sahayta, customer seva, customer sewa, customer sahayata, \
              grahak seva kendra",
    someone: "कोई, किसी, कोई भी, किसी भी, कोई और, किसी और, आप में से कोई, आपमें से कोई, koi, koii, \
              koe, kisi, koi bhi, kisi bhi, koi aur, kisi aur, koi or, kisi or, aap mein se koi, \
              aap me se koi, aapme se koi, aapmein se koi, aap logon mein se koi, \
              aap log mein se koi, tum mein se koi, tum me se koi, mai kisi, mai koi",
    weak: "भाई, भैया, भइया, भैय्या, भाईसाहब, भाई साहब, दीदी, बहन, सर जी, साहब, साहेब, जनाब, टीम, \
           विभाग, डिपार्टमेंट, सपोर्ट, कंपनी वाले, ऑफिस वाले, दुकान वाले, इंजीनियर, मिस्त्री, \
           सेलर, दुकानदार, bhai, bhaiya, bhaiyya, bhaiyaa, bhaia, bhayya, bhaijaan, bhaijan, \
           bhai jaan, bhai jan, bhai sahab, bhaisahab, bhai saab, bhaisaab, didi, behen, behan, \
           bhen, sahab, sahib, saab, saheb, sir ji, sirji, madam ji, company wale, company wala, \
           company walo, office wale, office walo, shop wale, dukan wale, dukaan wale, store wale, \
           engineer, mistri, seller, dukandar, sales wale, service wale, vibhag",
    real: "असली, जिंदा, जिन्दा, जीवित, रियल, लाइव, वास्तविक, asli, zinda, jinda, jeeta jaagta, \
           jeeta jagta, asli wala, mai asli, mai real, vastavik",
    call: "कॉल, कॉल कर, कॉल करना, फोन कर, फोन करना, संपर्क, संपर्क कर, सम्पर्क कर, संपर्क करना, \
           सम्पर्क करना, कॉन्टैक्ट, कॉन्टेक्ट, कांटेक्ट, call kar, call kr, call karna, call krna, \
           phone kar, phone kr, phone karna, phone krna, fone kar, fone kr, contact kar, \
           contact kr, contact karna, contact krna, sampark, sampark kar, sampark kr, \
           sampark karna, sampark krna",
    contact: "बात करनी, बात करना, बात करो, बात कर, बात करें, बात करे, बात कीजिए, बात कीजिये, \
              बात करिए, बात करिये, बात करने दो, बात करने दीजिए, बात करने दीजिये, बात करूंगा, \
              बात करूँगा, बात करूंगी, बात करूँगी, बात करेंगे, बात करेगा, बात करेगी, \
              बात क्यों नहीं, बात क्यों नही, बात करूं, बात करूँ, बात करु, बात करनी थी, \
              बात करना था, बात हो सकती, बात हो सकता, बात हो सके, बातचीत, चैट, कनेक्ट, जोड दो, \
              जोडें, जोडिए, जोड दीजिए, जोड दीजिये, मिलाओ, मिला दो, मिलवा दो, मिलवाओ, मिलवाइए, \
              मिला दीजिए, मिला दीजिये, ट्रांसफर, ट्रान्सफर, फॉरवर्ड, जवाब, उत्तर दो, उत्तर दीजिए, \
              उत्तर दीजिये, रिप्लाई, मदद, सहायता, हेल्प, शिकायत, कंप्लेंट, कम्प्लेन, बोलना, \
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
              forward karo, forward kro, ki madad, ki help, sahayata, sahayta, uttar do, \
              uttar dijiye, uttar dijie",
    want: "चाहिए, चाहीए, चहिए, चाहता, चाहती, चाहते, चाहूंगा, चाहूँगा, चाहूंगी, दे दो, दे दीजिए, \
           दे दीजिये, दीजिए, दिलाओ, दिला दो, दिलवा दो, दिलवाइए, भेजो, भेज दो, भेजिए, भेज दीजिए, \
           भेज दीजिये, मिलेगा, मिलेगी, मिल सकता, मिल सकती, मिल सकते, जरूरत, आवश्यकता, तलाश, ढूंढ, \
           chahiye, chahie, chaiye, chahye, chahiy, chahiya, chaheye, chahiay, chahiyay, chaahiye, \
           chayie, chahta, chahti, chahte, chahunga, chahungi, chahenge, chahty, mangta, maangta, \
           mangti, dedo, de do, de dijiye, de dijie, de dein, de den, de dain, dijiye, dijiyega, \
           dijye, dilao, dila do, dilwa do, dilwao, dilwa dein, dilwa den, dilwa dain, \
           dilwa dijiye, dilwa dijie, bhejo, bhej do, bhej dijiye, bhej dijie, bhejiye, bhej dein, \
           bhej den, bhej dain, milega, milegi, milenge, mil sakta, mil skta, mil sakti, mil skti, \
           mil sakte, mil jayega, mil jaye ga, mil jaega, mile ga, mile gi, milay ga, milay gi, \
           zarurat, ki zarurat, ki zaroorat, ki jarurat, talash, talaash, dhundh, dhoondh",
    exist: "है क्या, हैं क्या, है यहां, है यहाँ, है वहां, उपलब्ध, मौजूद, ऑनलाइन, कहां है, कहाँ है, \
            कहा है, किधर है, कहां हो, कहाँ हो, कहा हो, किधर हो, कहां हैं, कहाँ हैं, कहा हैं, \
            कहां गए, कहाँ गए, कहा गए, hai kya, h kya, hain kya, hen kya, hai ki nahi, hai ki nhi, \
            h ki nahi, h ki nhi, hai ya nahi, hai ya nhi, h ya nahi, h ya nhi, available hai, \
            available h, maujood, mojood, majood, hai yahan, h yahan, hai yaha, h yaha, hai wahan, \
            h wahan, hai idhar, h idhar, hai udhar, h udhar, online hai, online h, online ho, \
            kahan hai, kahan h, kaha hai, kaha h, kidhar hai, kidhar h, kahan ho, kaha ho, \
            kidhar ho, kahan hain, kahan hen, kaha hain, kahan gaye, kaha gaye, kahan gye, \
            kaha gye, uplabdh",
    boundaries: "लेकिन, मगर, किंतु, किन्तु, परंतु, परन्तु, बल्कि, lekin, lekn, lkn, magar, balki, \
                 balke, kintu, parantu",
    thanks: "धन्यवाद, शुक्रिया, थैंक्स, थैंक यू, थैंक्यू, बहुत धन्यवाद, बहुत शुक्रिया, \
             आपका धन्यवाद, आपका शुक्रिया, shukriya, shukria, shukriyaa, shukriyah, thanku, thnku, \
             thanx, thnx, thnks, tq, bahut shukriya, bohot shukriya, bohat shukriya, \
             aapka shukriya, dhanyavaad, dhanyavad, dhanyawad, dhanyawaad, dhanywad, dhanyvad, \
             bahut dhanyavaad, bahut dhanyavad, aapka dhanyavaad, aapka dhanyavad",
    me: "मुझे, मुजे, मुझको, मेरे को, मुझसे, मुझ से, हमें, हमे, हमको, हमसे, mujhe, muje, mujhey, \
         mujhay, mujhy, mjhe, mjhy, mujhko, mujko, mere ko, mereko, mereku, mujhse, mujse, mjhse, \
         mujh se, humein, hamein, hume, hame, humko, hamko, humse, hamse, hum se",
    filler: "मैं, मै, में, मेरा, मेरी, मेरे, मुझ, अपना, अपनी, अपने, आप, आपका, आपकी, आपके, आपको, \
             आपसे, आप से, तुम, तुम्हारा, तुम्हारी, तुम्हारे, तुमसे, तू, हम, हमारा, हमारी, हमारे, \
             आप लोग, यह, ये, वह, वो, इस, उस, इसे, उसे, इसको, उसको, इनसे, उनसे, उनको, से, को, का, \
             की, के, ने, पर, पे, तक, लिए, लिये, के लिए, साथ, के साथ, और, या, भी, ही, तो, है, हैं, \
             हो, हूं, हूँ, हु, हुं, था, थी, थे, क्या, क्यों, क्यूं, कैसे, कब, कौन, कहां, कहाँ, \
             कितना, कितनी, कितने, कृपया, कृप्या, कृपा करके, प्लीज, प्लिज, जल्दी, जल्द, जल्दी से, \
             अभी, तुरंत, फौरन, जरा, थोडा, एक, सर, मैडम, मैम, जी, हाँ, हां, हेलो, हैलो, हलो, हाय, \
             नमस्ते, नमस्कार, प्रणाम, सकता, सकती, सकते, सकूं, सकूँ, कर, करो, करें, करे, करना, \
             करनी, करके, कर के, दो, दें, देना, लो, लें, वाला, वाले, वाली, वालों, वालो, सब, सभी, \
             लोग, यहां, यहाँ, वहां, वहाँ, बाद, बाद में, फिर, दोबारा, वापस, सीधा, सीधे, डायरेक्ट, \
             कुछ, सवाल, बताओ, बताइए, बता दो, बोलो, बोलिए, कहो, असल में, सचमुच, सच में, अच्छा, ठीक, \
             ठीक है, ओके, कब तक, अब तक, अभी तक, अब, कल, आज, रहा, रही, रहे, गया, गई, गए, हुआ, हुई, \
             यार, मेरे पास, आपके पास, कर दो, कर दीजिए, कर दीजिये, पता नहीं, पता नही, नहीं पता, \
             नही पता, मालूम नहीं, मालूम नही, समझ नहीं, समझ नही, समझ नहीं आ रहा, समझ नही आ रहा, \
             समझ नहीं आया, समझ नही आया, नहीं हो रहा, नही हो रहा, नहीं हो रही, नही हो रही, \
             नहीं हुआ, नही हुआ, नहीं हुई, नही हुई, नहीं मिला, नही मिला, नहीं मिली, नही मिली, \
             नहीं मिले, नही मिले, नहीं आया, नही आया, नहीं आई, नही आई, नहीं आ रहा, नही आ रहा, \
             नहीं चल रहा, नही चल रहा, नहीं है, नही है, नहीं हैं, नही हैं, नहीं कर रहा, नही कर रहा, \
             नहीं कर रहे, नही कर रहे, नहीं दे रहा, नही दे रहा, नहीं दे रहे, नही दे रहे, \
             नहीं हो पा रहा, नही हो पा रहा, नहीं हो सकता, नही हो सकता, कोई बात नहीं, कोई बात नही, \
             कोई नहीं, कोई नही, कोई दिक्कत नहीं, कोई दिक्कत नही, कोई समस्या नहीं, कोई समस्या नही, \
             कोई प्रॉब्लम नहीं, कोई प्रॉब्लम नही, कुछ नहीं, कुछ नही, बात नहीं हो रही, \
             बात नही हो रही, बात नहीं हो पा रही, बात नही हो पा रही, मदद का, मदद की, मदद के, main, \
             mein, mera, meri, mere, mujh, apna, apni, apne, aap, aapka, aapki, aapke, aapko, \
             apko, aapse, apse, aap se, tum, tumhara, tumhari, tumhare, tumko, tumse, tu, tera, \
             teri, hum, humara, hamara, humari, hamari, humare, hamare, hum log, aap log, \
             aap logo, aap logon, ye, yeh, yah, wo, woh, vo, voh, is, iss, us, uss, isko, usko, \
             iski, uski, iska, uska, inka, unka, unse, inse, usse, isse, unko, inko, se, ko, ke, \
             ne, par, pe, pr, liye, ke liye, ke liy, saath, sath, ke saath, ke sath, aur, or, ya, \
             bhi, bi, hi, to, toh, tho, hai, hain, he, h, hy, ho, hoon, hu, hun, hon, tha, thi, \
             the, thay, kya, kia, kyaa, kyu, kyun, kyon, kiyu, kaise, kese, kaisa, kaisi, kab, \
             kaun, kon, kahan, kaha, kidhar, kitna, kitni, kitne, ab, abhi, jaldi, jldi, jaldi se, \
             jald, turant, foran, fauran, zara, jara, thoda, thora, ek, pliz, plj, pleez, ji, jee, \
             haan, han, ha, haa, hanji, haan ji, ji haan, hii, helo, namaste, namaskar, salam, \
             salaam, assalam o alaikum, assalamualaikum, assalamu alaikum, asalam o alaikum, \
             assalam alaikum, aoa, salam alaikum, walaikum assalam, adaab, sakta, sakti, sakte, \
             sako, sake, sakein, saken, sakun, saku, skta, skti, skte, kar, kr, karo, kro, karna, \
             krna, karni, krni, karke, kar ke, kr ke, krke, krein, kren, karen, karain, krain, \
             kre, karay, karein, kare, kijiye, kariye, dena, dein, den, lo, le, lena, lein, len, \
             wala, wale, wali, vala, vale, walo, walon, sab, sabhi, sare, saare, log, logo, logon, \
             yahan, yaha, idhar, wahan, waha, udhar, andar, baad, baad me, baad mein, phir, fir, \
             phr, dobara, dubara, wapas, seedha, sidha, seedhe, sidhe, sirf, bilkul, abhi ke abhi, \
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
             karo please, kro please, karo plz, kro plz, kaise karo, kaise kro, kripya, kripaya, \
             kirpya, krupya, kripa karke",
    things: "पैसे, पैसा, रुपये, रुपए, खाता, सामान, दुकान, घर, रंग, कीमत, दाम, रसीद, भुगतान, ऑर्डर, \
             पार्सल, नंबर, बिल, रिचार्ज, paise, paisa, pese, rupaye, rupay, khata, saman, samaan, \
             dukan, dukaan, ghar, rang, keemat, kimat, qeemat, daam, raseed, rasid",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    me_before_call: "मुझे, मुजे, मुझको, मेरे को, मुझसे, मुझ से, हमें, हमे, हमको, हमसे, mujhe, \
                     muje, mujhey, mujhay, mujhy, mjhe, mjhy, mujhko, mujko, mere ko, mereko, \
                     mereku, mujhse, mujse, mjhse, mujh se, humein, hamein, hume, hame, humko, \
                     hamko, humse, hamse, hum se",
    ..Grammar::NONE
};
