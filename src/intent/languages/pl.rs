//! Polish: the words the detector knows and their roles, the words of its request
//! frames, and the case forms of its role nouns and the forms of its verbs, spelt out
//! because Polish inflects them ("konsultant", "konsultanta", "konsultantem"). Entries
//! are written without the Polish letters, as the normaliser folds them ("człowiek" →
//! "czlowiek", "połączyć" → "polaczyc"), which is also how many customers type.

use crate::intent::language::{Compounds, Grammar, Language, Morphology, Words};

pub(crate) const LANGUAGE: Language = Language {
    words: WORDS,
    grammar: GRAMMAR,
    morphology: Morphology::NONE,
    compounds: Compounds::NONE,
    durations: "sekund sekundy sekunde sekunda sek minut minuty minute minuta godzin godziny \
                godzine godzina godz dni dnia tygodni tygodnie tydzien razy",
};

const WORDS: Words = Words {
    look_alikes: "zasoby ludzkie, dzial kadr, dzialu kadr, dzialem kadr, kadry, kadr, \
                  prawa czlowieka, praw czlowieka, wlosy ludzkie, ludzkie wlosy, ludzkich wlosow, \
                  cialo czlowieka, blad ludzki, czynnik ludzki, na osobe, za osobe, od osoby, \
                  na jedna osobe, dla jednej osoby, na kazda osobe, od kazdej osoby, \
                  osoba prywatna, osoby prywatnej, osoba fizyczna, osoby fizycznej, \
                  osoba towarzyszaca, osoby towarzyszacej, osoba kontaktowa, osoby kontaktowej, \
                  ile osob, ilu osob, dla ilu osob, na ile osob, agent ubezpieczeniowy, \
                  agenta ubezpieczeniowego, agentem ubezpieczeniowym, agent nieruchomosci, \
                  agenta nieruchomosci, agentem nieruchomosci, agent turystyczny, \
                  agenta turystycznego, agent celny, agenta celnego, biuro podrozy, biura podrozy, \
                  biurem podrozy, biuro nieruchomosci, posrednik, posrednika, \
                  przedstawiciel handlowy, przedstawiciela handlowego, przedstawicielem handlowym, \
                  przedstawiciele handlowi, operator sieci, operatora sieci, operatorem sieci, \
                  operator komorkowy, operatora komorkowego, operatorem komorkowym, \
                  operator telefonii, operatora telefonii, zmiana operatora, zmienic operatora, \
                  zmiany operatora, przeniesienie numeru, operator koparki, operator wozka, \
                  kurier, kuriera, kurierem, kurierowi, kurierzy, kurierka, dostawca, dostawcy, \
                  dostawce, dostawca jedzenia, listonosz, listonosza, listonoszem, kierowca, \
                  kierowcy, kierowce, przelew, przelewu, przelewem, przelac, przelac pieniadze, \
                  przelalem, przelalam, przekaz pieniezny, przekazac pieniadze, \
                  przekazalem pieniadze, maszyna do szycia, maszyny do szycia, maszyne do szycia, \
                  juz rozmawialem, juz rozmawialam, juz rozmawialismy, juz dzwonilem, \
                  juz dzwonilam, juz pisalem, juz pisalam, juz sie kontaktowalem, \
                  juz sie kontaktowalam, rozmawialem juz, rozmawialam juz, dzwonilem juz, \
                  dzwonilam juz, czas rzeczywisty, czasie rzeczywistym, transmisja na zywo, \
                  transmisji na zywo, relacja na zywo, czy dzwoniliscie do mnie, \
                  dzwoniliscie do mnie",
    myself: "jestem czlowiekiem, jestem zywym czlowiekiem, jestem prawdziwym czlowiekiem, \
             jestem prawdziwa osoba, jestem zywa osoba, jestem osoba, ja jestem czlowiekiem, \
             nie jestem botem, nie jestem robotem, nie jestem maszyna, ja nie jestem botem, \
             ja nie jestem robotem, nie jestem automatem, jestem czlowiekiem nie botem",
    jobs: "szukam pracy, oferta pracy, oferty pracy, ofert pracy, ogloszenie o prace, o prace, \
           praca u was, pracy u was, prace u was, pracowac u was, zatrudniacie, zatrudnicie, \
           zatrudnienie, zatrudnienia, rekrutacja, rekrutacji, rekrutacje, rekrutujecie, wakat, \
           wakaty, staz, stazu, praktyki, praktyk, wynagrodzenie, wynagrodzenia, pensja, pensji, \
           aplikowac, aplikuje na, zostac konsultantem, zostac konsultantka, zostac agentem, \
           zostac przedstawicielem, zostac dystrybutorem, zostac partnerem, zostac sprzedawca, \
           dystrybutorem, nawiazac wspolprace, nawiazania wspolpracy, propozycja wspolpracy, \
           oferta wspolpracy, dropshipping, hurtowo",
    materials: "wlosy, wlosow, wlosami, peruka, peruki, peruke, treska, treski, doczepy, \
                doczepiane, pasemka",
    requests: "prosze o kontakt, prosze o pilny kontakt, prosze o szybki kontakt, \
               prosze o kontakt telefoniczny, prosze o kontakt ze mna, prosze o telefon, \
               prosze o oddzwonienie, prosze o kontakt zwrotny, prosimy o kontakt, \
               prosba o kontakt, prosba o oddzwonienie, o oddzwonienie, oddzwonienie, \
               kontakt zwrotny, prosze oddzwonic, prosze zadzwonic, prosze do mnie zadzwonic, \
               czekam na kontakt, czekam na oddzwonienie, zadzwoncie do mnie, zadzwon do mnie, \
               oddzwoncie do mnie, oddzwon do mnie, do mnie zadzwonic, do mnie zadzwoncie, \
               do mnie zadzwoni, do mnie oddzwonic, do mnie oddzwoncie, do mnie oddzwoni, \
               do mnie przedzwonic, ze mna skontaktowac, sie ze mna skontaktowac, \
               sie ze mna skontaktuje, ze mna skontaktujcie, sie ze mna skontaktujcie, \
               skontaktujcie sie ze mna, jest tam ktos, czy jest tam ktos, ktos tam jest, \
               czy ktos tam jest, jest tu ktos, czy jest tu ktos, ktos tu jest, czy ktos tu jest, \
               halo jest ktos, jest ktos, czy jest ktos, czy ktos jest, czy ktos to czyta, \
               ktos to czyta, czy ktos mnie slyszy, czy ktos odpisze, czy ktos odpowie, \
               z kim moge porozmawiac, z kim moge rozmawiac, z kim moge sie skontaktowac, \
               z kim sie skontaktowac, z kim porozmawiac, do kogo sie zwrocic, \
               do kogo moge sie zwrocic, do kogo zadzwonic, z kim moge pogadac",
    bots: "bota, botem, botowi, boty, botow, botami, bocie, robotem, robotowi, chatbota, \
           chatbotem, czatbot, czatbota, czatbotem, automat, automatem, automatu, \
           automatyczna odpowiedz, automatyczne odpowiedzi, automatyczna wiadomosc, \
           automatyczne wiadomosci, sztuczna inteligencja, sztucznej inteligencji, maszyna, \
           maszyny, maszyne, wirtualny asystent, wirtualnym asystentem, wirtualnego asystenta, \
           wirtualna asystentka",
    reject: "dosc, dosyc, mam dosc, mam juz dosc, mam dosyc, wystarczy, przestan, przestancie, \
             koniec, nienawidze, wkurza, wkurza mnie, denerwuje, denerwuje mnie, irytuje, meczy, \
             zmeczony, zmeczona, ile mozna, ile jeszcze, pomin, pominac, omin",
    negation: "nie, bez, nikt, nikogo, nikomu, nikim, nigdy, zaden, zadna, zadnego, zadnej, \
               zadnym, nie trzeba, nie ma potrzeby, juz nie, wcale",
    targets: "czlowiek, czlowieka, czlowiekiem, czlowiekowi, zywy czlowiek, zywego czlowieka, \
              zywym czlowiekiem, zywemu czlowiekowi, istota ludzka, istoty ludzkiej, \
              istote ludzka, osoba, osoby, osobe, osobie, osobo, konsultant, konsultanta, \
              konsultantem, konsultantowi, konsultancie, konsultanci, konsultantow, konsultantami, \
              konsultantom, konsultantka, konsultantki, konsultantke, konsultantce, konsultantko, \
              konsultantek, konsultat, konsulant, konsltant, konsultnt, pracownik, pracownika, \
              pracownikiem, pracownikowi, pracowniku, pracownicy, pracownikow, pracownikami, \
              pracownikom, pracowniczka, pracowniczki, pracowniczke, personel, personelu, \
              personelem, obsluga klienta, obslugi klienta, obsluge klienta, obsludze klienta, \
              biuro obslugi klienta, biura obslugi klienta, biurem obslugi klienta, \
              biurze obslugi klienta, dzial obslugi klienta, dzialu obslugi klienta, \
              dzialem obslugi klienta, biuro obslugi, biura obslugi, biurem obslugi, \
              obsluga techniczna, obslugi technicznej, obsluge techniczna, pomoc techniczna, \
              pomocy technicznej, pomoca techniczna, wsparcie techniczne, wsparcia technicznego, \
              wsparciem technicznym, wsparcie klienta, wsparcia klienta, wsparciem klienta, \
              dzial techniczny, dzialu technicznego, dzialem technicznym, dzial reklamacji, \
              dzialu reklamacji, dzialem reklamacji, dzial sprzedazy, dzialu sprzedazy, \
              dzialem sprzedazy, dzial obslugi, dzialu obslugi, dzialem obslugi, czat na zywo, \
              czatu na zywo, infolinia, infolinii, infolinie, doradca, doradcy, doradce, doradcow, \
              doradcami, doradczyni, doradca klienta, doradcy klienta, doradcom, agenta, agentem, \
              agentowi, agenci, agentow, agentka, agentke, operatora, operatorem, operatorowi, \
              operatorze, operatorzy, operatorow, operatorka, operatorki, operatorke, \
              przedstawiciel, przedstawiciela, przedstawicielem, przedstawicielowi, \
              przedstawiciele, przedstawicieli, przedstawicielka, przedstawicielke, \
              przedstawicielki, przedstawiciel firmy, przedstawiciela firmy, \
              przedstawicielem firmy, kierownik, kierownika, kierownikiem, kierownikowi, \
              kierowniczka, kierowniczki, kierowniczke, kierownictwo, kierownictwa, kierownictwem, \
              menedzer, menedzera, menedzerem, menadzer, menadzera, menadzerem, manager, managera, \
              managerem, menager, menagera, szef, szefa, szefem, szefowi, szefowa, szefowej, \
              przelozony, przelozonego, przelozonym, przelozona, przelozonej, wlasciciel, \
              wlasciciela, wlascicielem, wlascicielka, wlascicielke, wlascicielki, technik, \
              technikiem, technika, serwisant, serwisanta, serwisantem, administrator, \
              administratora, administratorem, administratorka, admina, adminem, adminie, adminka, \
              moderator, moderatora, moderatorem, opiekun, opiekuna, opiekunem, opiekunka, \
              opiekunke, opiekun klienta, opiekuna klienta, koordynator, koordynatora, \
              koordynatorem, sprzedawca, sprzedawcy, sprzedawce, sprzedawczyni",
    someone: "ktos, kogos, kims, komus, ktokolwiek, kogokolwiek, kimkolwiek, ktos z was, \
              ktos z panstwa, ktorys z was, ktoras z was, ktorys z panstwa, kogos z was, \
              kogos z panstwa, ludzie, ludzi, ludzmi, ludziom",
    weak: "pan, pani, panie, panem, pania, panu, szefie, szefowo, zespol, zespolu, zespolem, \
           zespole, dzial, dzialu, dzialem, dziale, ekipa, ekipy, ekipe, biuro, biura, biurem, \
           biurze, serwis, serwisu, serwisem, obsluga, obslugi, obsluge, obsludze, wsparcie, \
           wsparcia, wsparciem, recepcja, recepcji, recepcje, ksiegowosc, ksiegowosci, \
           ksiegowoscia, bok, specjalista, specjalisty, specjaliste, specjalisci, specjalistow, \
           specjalistka, specjalistke, specjalistki, ekspert, eksperta, ekspertem, ekspertka, \
           suport, supportem, supportu",
    real: "prawdziwy, prawdziwego, prawdziwym, prawdziwa, prawdziwej, prawdziwemu, prawdziwi, \
           prawdziwych, prawdziwe, zywy, zywego, zywym, zywa, zywej, zywemu, zywi, zywych, zywe, \
           realny, realnego, realnym, realna, realnej, rzeczywisty, rzeczywistego, rzeczywistym, \
           ludzki, ludzkiego, ludzkim, ludzka, ludzkiej, ludzkie, na zywo, z krwi i kosci, \
           normalny, normalnego, normalnym, normalna, normalnej",
    call: "zadzwonic, zadzwon, zadzwoncie, zadzwoni, zadzwonia, zadzwonicie, zadzwonisz, \
           oddzwonic, oddzwon, oddzwoncie, oddzwoni, oddzwonia, oddzwonicie, oddzwonisz, \
           przedzwonic, przedzwon, przedzwoncie, przedzwoni, dzwonic, dzwoncie, skontaktowac, \
           skontaktowac sie, skontaktuj, skontaktujcie, skontaktuje, skontaktuja, skontaktujecie, \
           kontaktowac, kontaktowac sie, kontaktujcie",
    contact: "rozmawiac, porozmawiac, porozmawiam, pogadac, pogadam, gadac, rozmowa, rozmowe, \
              rozmowy, rozmowie, polaczyc, polacz, polaczcie, polaczy, polaczycie, polaczysz, \
              polaczyc sie, polaczenie, polaczenia, przelaczyc, przelacz, przelaczcie, przelaczy, \
              przelaczycie, przelaczysz, przekierowac, przekieruj, przekierujcie, przekieruje, \
              przekierujecie, przekierowanie, przekazac, przekazcie, przekaz, przekaze, \
              przekazecie, byc polaczony, byc polaczona, byc polaczonym, zostac polaczony, \
              zostac polaczona, zostac polaczonym, byc przelaczony, byc przelaczona, \
              zostac przelaczony, zostac przelaczona, zostac przekierowany, zostac przekierowana, \
              kontakt, kontaktu, kontaktem, kontakt telefoniczny, kontaktu telefonicznego, \
              czatowac, czat, czatu, napisac, pisac, odpisac, odpisz, odpiszcie, odpisze, \
              odpowiedziec, odpowiedzcie, odpowie, pomoc, pomocy, pomoze, pomozcie, pomoz, \
              obsluzyc, obsluzy, zajac sie, zajmie sie, zajmijcie sie, zajmiecie sie, zawolac, \
              zawolaj, zawolajcie, wezwac, wezwijcie, poskarzyc sie, skarga, skarge, \
              zlozyc skarge, zazalenie, eskalowac, eskalacja, przejac, przejmie, telefon, telefonu",
    want: "chce, chcialbym, chcialabym, chcialem, chcialam, chcemy, chcielibysmy, chcialbys, \
           potrzebuje, potrzebujemy, potrzebny, potrzebna, potrzebne, potrzeba, musze, musimy, \
           prosze o, poprosze, poprosze o, prosilbym, prosilabym, prosilbym o, prosilabym o, \
           prosimy o, prosic, prosic o, poprosic, poprosic o, mozna prosic, moge prosic, \
           czy moge prosic, daj, dajcie, dac, dajcie mi, wolalbym, wolalabym, wole, szukam, \
           czekam, czekam na, czekac, czekamy, zadam, domagam sie, zycze sobie, przydalby sie, \
           przydalaby sie, przydaloby sie, zalezy mi na",
    exist: "czy jest, czy sa, jest tam, sa tam, jest tu, czy macie, macie, dostepny, dostepna, \
            dostepni, dostepnego, dostepnej, dostepnym, dostepnych, wolny, wolnego, wolnym, wolna, \
            wolnej, na miejscu, osiagalny, jest jakis, jest jakas",
    boundaries: "ale, lecz, jednak, jednakze, natomiast",
    thanks:
        "dziekuje, dzieki, dziekujemy, dziekuje bardzo, bardzo dziekuje, dzienki, dzieks, dzk, \
             dziekuwa, z gory dziekuje, z gory dzieki, serdecznie dziekuje",
    me: "mnie, mna, ze mna, do mnie",
    filler: "ja, wy, my, on, ona, oni, one, sie, siebie, czy, to, ten, ta, te, tego, tej, tym, \
             tych, z, ze, do, na, w, we, o, od, po, przez, dla, u, przy, i, oraz, lub, albo, a, \
             bo, zeby, aby, by, bym, bys, bysmy, byscie, moge, mozna, mozesz, mozecie, moze, \
             mogli, moglby, moglaby, moglbym, moglabym, moglibyscie, moglybyscie, moglabys, \
             moglbys, mogl, mogla, mozliwe, mozliwosc, mozliwosci, jest, sa, byc, bardzo, juz, \
             teraz, natychmiast, szybko, pilnie, jak najszybciej, najszybciej, prosze, \
             prosze pana, prosze pani, prosze bardzo, prosz, plis, dzien dobry, dobry, dzien, \
             dobry wieczor, witam, witajcie, witaj, czesc, hej, hejka, siema, elo, jakis, \
             jakiegos, jakims, jakas, jakiejs, jakies, jakichs, jacys, jakiemus, jakiegokolwiek, \
             jakimkolwiek, jeszcze, tylko, tu, tutaj, tam, jak, gdzie, kiedy, kto, ktory, ktora, \
             ktore, ktorego, ktorym, ktorej, czego, okej, oki, wasz, wasza, waszego, waszej, \
             waszym, wasze, waszych, waszymi, waszemu, wami, was, wam, panstwo, panstwa, panstwem, \
             panstwu, twoj, twoja, twojego, moj, moja, mojego, moim, moje, mojej, moich, mojemu, \
             swoj, swoja, swojego, swoim, swojej, sprawa, sprawie, sprawe, sprawy, w sprawie, \
             odnosnie, dotyczy, pytanie, pytania, pytaniem, po polsku, polsku, po angielsku, \
             angielsku, dzisiaj, dzis, jutro, pozniej, wreszcie, w koncu, serio, wiec, zatem, \
             chociaz, nawet, inny, innego, innym, inna, innej, innemu, kolejny, kolejnego, \
             kolejnym, nastepny, nastepnego, nastepnym, odpowiedni, odpowiedniego, odpowiednim, \
             odpowiednia, odpowiedniej, wlasciwy, wlasciwego, wlasciwym, wlasciwa, wlasciwej, \
             bezposrednio, od razu, znowu, znow, ponownie, jeszcze raz, dalej, wlasnie, chyba, \
             naprawde, po prostu, czemu, dlaczego, zaraz, chwile, moment, momencik, kurde, kurcze, \
             kurwa, ej, haha, xd, nie wiem, nie moge, nie umiem, nie mozna, nie da sie, jednego, \
             jedna, jednym, jeden, mailowo, emailowo, sms, smsem, nr, pytaniami, telefonicznie, \
             przez telefon, osobiscie, za, jako, ile, cos, jaki, jaka, jakie, jakich, czegos, tez, \
             takze, rowniez, jakos, gdzies, pod, przed, kim, kogo, komu, czym",
    things: "konto, konta, kontem, koncie, karta, karty, karte, karcie, pieniadze, pieniedzy, \
             saldo, punkty, zamowienie, zamowienia, zamowieniem, zamowieniu, paczka, paczki, \
             paczke, paczce, rezerwacja, rezerwacji, rezerwacje, adres, adresu, numer, numeru, \
             strona, strony, strone, stronie, stronka, siec, sieci, siecia, internetem, internetu, \
             drukarka, drukarki, glosnik, sluchawki, ladowarka, ladowarki, kabel, kabla, \
             urzadzenie, urzadzenia, konsola, telewizor, sklep, sklepu, sklepem, sklepie, bank, \
             banku, bankiem, rozmiar, rozmiaru, kolor, wersja, wersji, produkt, produktu, towar, \
             towaru, cena, ceny, platnosc, platnosci, faktura, faktury, fakture, paragon, \
             paragonu, zwrot, zwrotu, gwarancja, gwarancji, subskrypcja, subskrypcji, abonament, \
             abonamentu, portfel, lotnisko, dom, domu, system, systemu, ekran, koszyk, koszyka, \
             aplikacja, aplikacji, aplikacje, rachunek, rachunku, komputer, laptopa, kod, kodu, \
             haslo, hasla, formularz, formularza, tabela, cennik, cennika, oferta, oferty, \
             regulamin, regulaminu, koszt, kosztu, koszty, wysylka, wysylki, dostawa, dostawy, \
             dostawe",
    ..Words::NONE
};

const GRAMMAR: Grammar = Grammar {
    talk: "rozmawiac, porozmawiac, pogadac, gadac, rozmowa, rozmowe, rozmowy, rozmowie, kontakt, \
           kontaktu, czatowac, skontaktowac, skontaktowac sie, kontaktowac sie",
    meet: "zawolac, zawolaj, zawolajcie",
    transfer: "polaczyc, polacz, polaczcie, polaczy, polaczycie, polaczysz, przelaczyc, przelacz, \
               przelaczcie, przelaczy, przelaczycie, przelaczysz, przekierowac, przekieruj, \
               przekierujcie, przekieruje, przekierujecie, przekazac, przekazcie, przekaze, \
               przekazecie",
    put_through: "byc polaczony, byc polaczona, byc polaczonym, zostac polaczony, \
                  zostac polaczona, zostac polaczonym, byc przelaczony, byc przelaczona, \
                  zostac przelaczony, zostac przelaczona, zostac przekierowany, \
                  zostac przekierowana",
    to: "z, ze",
    from: "z, ze, od",
    det:
        "wasz, wasza, waszego, waszej, waszym, wasze, waszych, waszemu, panstwa, jakis, jakiegos, \
          jakims, jakas, jakiejs, jakiemus, jakiegokolwiek, jakimkolwiek, ten, tego, tym, tej, \
          jednego, jednym, jedna",
    mine: "moj, moja, mojego, moim, moje, mojej, moich, mojemu, swoj, swoja, swojego, swoim, \
           swojej",
    me: "mnie, mna, ze mna, do mnie, czat",
    pronouns: "nim, nia, nimi, niego, niej, nich, wami, toba, tobie, mezem, zona, mama, tata, \
               synem, corka, dzieckiem, dziecmi, przyjacielem, przyjaciolka, kolega, kolezanka, \
               znajomym, znajoma, znajomymi, rodzina, sasiadem, sasiadka, klientem, klientami, \
               klientka, chlopakiem, dziewczyna, partnerem, partnerka, kim, kogo, komu, czym, \
               czego",
    you: "ty, wy",
    future: "bede, bedziemy, zamierzam",
    adjectives: "inny, innego, innym, inna, innej, kolejny, kolejnego, kolejnym, nastepny, \
                 nastepnego, nastepnym, odpowiedni, odpowiedniego, odpowiednim, odpowiednia, \
                 odpowiedniej, wlasciwy, wlasciwego, wlasciwym, wlasciwa, wlasciwej",
    available: "dostepny, dostepna, dostepni",
    ..Grammar::NONE
};
