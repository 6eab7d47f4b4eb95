"""The pl rules for danger to life: a medical emergency, suicide, self-harm."""
from __future__ import annotations

from bot.safety.languages.pl.vocabulary import _PILLS, _near, _unless

DANGER_TO_LIFE = {
    "medical_emergency": (
        # Not breathing, choking, turning blue.
        r"\bnie oddycha\b|\bprzesta(l|la|lo) oddychac\b|\bledwo oddycha\b|\bz trudem oddycha\b",
        r"\bnie (moze|moga|mogl|mogla|jest w stanie) (zlapac )?(oddychac|oddechu|tchu|powietrza)\b|\bnie moge oddychac\b"
        r"|\b(silne|bardzo silne|ciezkie|straszne|nagle) dusznosci\b|\b(zaslabl|zaslabla)\b",
        # "dusi się w tym mieszkaniu" (feels stifled) is not choking.
        r"\b(dusi sie|sie dusi|dlawi sie|sie dlawi)\b(?! (w|we|od|przez|z|ze|przy)\b)|\b(zadlawil|zadlawila|udlawil|udlawila)\b",
        r"\b(sine|siny|sina|fioletowe|niebieskie|granatowe) (usta|wargi|twarz|na twarzy)\b"
        r"|\b(usta|wargi|twarz) (\w+ )?(sine|sina|fioletowe|sinieja|niebieskie)\b|\b(sinieje|zsinial|zsiniala)\b",
        # Unconscious, will not wake, not responding ("nie reaguje na leki" is about treatment).
        r"\b(zemdlal|zemdlala|zemdleli|stracil przytomnosc|stracila przytomnosc|traci przytomnosc|nieprzytomn\w*"
        r"|bez przytomnosci|(lezy|lezal|lezala|znalazl\w* (go|ja)) bez zycia)\b",
        r"\bnie reaguje\b(?! na (?!(nic|dotyk|glos|wolanie|potrzasanie|bol|mnie)\b))",
        r"\bnie (moge|mozemy|moze|mozna|da sie|umiem|udaje mi sie) (?!(sie|rano|sama|sam|nigdy|czasem)\b)(\w+ )?(\w+ )?"
        r"(obudzic|dobudzic|docucic|ocucic)\b",
        r"\bnie (chce|moze) sie (obudzic|dobudzic|ocknac)\b|\b(lezy|upadl|upadla)\b.{0,40}\b(nie rusza sie|sie nie rusza"
        r"|nie odpowiada|nie oddycha|nie reaguje)\b",
        r"\b(nie ma|nie czuje|nie wyczuwam|nie moge wyczuc) (\w+ )?(pulsu|tetna)\b|\bchyba nie zyje\b|\bnie wiem czy (on |ona )?(jeszcze )?zyje\b",
        # A fall with an injury or unable to get up (a fall long ago is set aside by NOT_NOW).
        _near(r"upadl|upadla|upadlo|przewrocil sie|przewrocila sie|przewrocil|przewrocila|spadl|spadla|wywrocil sie|wywrocila sie",
              r"nie (moze|moge|potrafi|da rady|jest w stanie) (wstac|sie podniesc|podniesc sie|jej podniesc|go podniesc)"
              r"|krwawi\w*|krew|zlaman\w*|zlamal\w*|krzyczy z bolu|wyje z bolu|placze z bolu|nie rusza|nie reaguje"
              r"|uderzyl\w* (sie )?(w )?glow\w*|wykrzywion\w*|dziwnie wygiet\w*|wygiet\w*", 50),
        r"\bspad(l|la) ze schodow\b",
        # Heavy bleeding.
        r"\bkrwotok\w*|\b(mocno|bardzo|strasznie|ciagle|caly czas) krwawi\b|\bkrwawi (mocno|bardzo|strasznie|caly czas|i nie)\b"
        r"|\bnie (moge|moze|da sie|mozemy|umiem) zatamowac\b|\bleje sie krew\b|\bkrew (sie )?leje\b|\bkrew leci\b"
        r"|\bduzo krwi\b|\bkaluz\w* krwi\b|\b(cala|caly) we krwi\b|\b(wymiotuje|kaszle|pluje) krwia\b",
        # Chest pain, heart attack, stroke. "o mało nie dostałam zawału" and "dostanę zawału" are idioms.
        r"\bbol\w* (w )?(klatce|klatki|klatka) piersiow\w*|\bboli (go |ja |mnie |mie )?(w )?(klatce|klatka|klata)\b"
        r"|\b(uciska|kluje|pali|gniecie) (go |ja |mnie )?w (klatce|piersi)\b|\btrzyma sie za (klatke|serce|piersi)\b",
        r"(?<!malo nie )(?<!prawie nie )(?<!malo )(?<!prawie )(?<!nie )\b(ma|chyba ma|dostal|dostala|dostaje|przechodzi)"
        r" (chyba |wlasnie |teraz |jakby )?(zawal|zawalu|atak serca|ataku serca|udar|udaru|wylew|wylewu)\b",
        _unless(r"po udarze|po wylewie|od udaru|od wylewu|od lat|zawsze|od zawsze|od urodzenia|jak rozpoznac") +
        r"\b((opadl|opadla|opada|wykrzywil\w*|krzywy|krzywa) (mu |jej )?(kacik ust|kacik|twarz|polowa twarzy|usta)"
        r"|twarz (mu |jej )?(opadla|opada|sie wykrzywila)|belkocze|nagle mowi niewyraznie|nagle (nie moze|przestal\w*) mowic"
        r"|(reka|noga|polowa ciala) (mu |jej )?(jest )?(bezwladna|zwisa|opadla|nie dziala))\b",
        # A fit that will not stop, or a first fit now ("ma padaczkę od dziecka" is a benefits question).
        _near(r"atak\w*|napad\w*|drgawk\w*|drgawek|konwulsj\w*|padaczk\w*",
              r"nie (przestaje|przestaja|mija|mijaja|ustaje|ustepuja|konczy sie|koncza sie)|trwa\w* (juz )?(od )?\d+ min\w*"
              r"|od \d+ min\w*|za atakiem|jeden po drugim|wlasnie teraz|teraz ma|nie moge (go|jej) (obudzic|dobudzic)", 40),
        r"\bma (teraz |wlasnie )?(napad|atak) (padaczki|epilepsji|drgawek|padaczkowy)\b(?! (raz|co (\w+ )?(miesiac|tydzien|dzien|rok|kilka|pare|jakis)|od|czasem|czasami|gdy|kiedy|jak)\b)"
        r"|\bdostal\w* (\w+ )?(ataku|napadu) (padaczki|epilepsji|drgawek|padaczkowego)\b|\bdostal\w* drgawek\b"
        r"|\b(ma|dostaje) (wlasnie )?(drgawki|konwulsje)\b(?! (od|raz|czasem|czasami|co (\w+ )?(miesiac|tydzien|dzien|rok|kilka|pare|jakis)|gdy|kiedy|jak|w nocy)\b)",
        # Overdose taken ("żeby nie przedawkował" is about storing pills safely).
        r"(?<!nie )(?<!zeby )(?<!aby )\bprzedawkowa(l|la|li|ly|lam|lem)\b"
        r"(?! (\w+ )?(kaw\w*|slodycz\w*|ciast\w*|piernik\w*|serial\w*|netflix\w*|czekolad\w*|jedzeni\w*|cukr\w*))",
        _near(r"polknal|polknela|polkneli|lyknal|lyknela|wzial|wziela|wzielam|wzialem|zazyl|zazyla|zjadl|zjadla|wypil|wypila"
              r"|polknelam|polknalem|lyknelam|lyknalem",
              rf"(za duzo|cale|cala|caly|wszystkie|garsc|kilkanascie|kilkadziesiat|mnostwo|pol|\d\d+) (\w+ )?{_PILLS}", 30),
        r"\b(wypil|wypila|polknal|polknela|zjadl|zjadla|napil sie|napila sie) (\w+ )?(wybielacz\w*|domestos\w*|plyn\w* do"
        r"|chemi\w*|bateri\w*|detergent\w*|srodek czyszcz\w*|kreta|trutk\w*|rozpuszczalnik\w*|benzyn\w*|antyfryz\w*)",
        # Diabetic and sweaty and confused (a hypo).
        # (Confusion alone is common with dementia; sweating and confusion together are a hypo's signs.)
        _near(r"cukrzy\w*|cukier|cukru|insulin\w*",
              _near(r"spocon\w*|zlan\w* potem|poci sie|zimny pot|drzy|trzesie sie",
                    r"splatan\w*|zdezorientowan\w*|bredzi|nieprzytomn\w*|nie (wie|kontaktuje|reaguje)|dziwnie", 40), 60),
        r"\bcukier\b.{0,20}\b(spadl|spada|bardzo niski|ponizej \d+)\b.{0,40}\b(nie reaguje|splatan\w*|zdezorientowan\w*|nieprzytomn\w*"
        r"|nie moge (go|jej) (obudzic|dobudzic)|drgawk\w*)",
        # Fire ("nic się nie pali" means there is no rush; "pali się światło" is a light left on).
        _near(r"mieszkanie|dom|domu|kuchnia|kuchni|pokoj|pokoju|kuchenka|garnek|patelnia|firanka|zaslona|lozko|piekarnik",
              r"(?<!nic )(?<!nie )pali sie|(?<!nic )(?<!nie )sie pali|plonie|zapalil\w* sie|zajel\w* sie ogniem|dym (leci|sie)", 20),
        # ("kiedyś zapomni wyłączyć gaz i będzie pożar" is a worry for later.)
        _unless(r"kiedys|na wypadek|w razie|zeby nie by\w*|ryzyk\w*|zapobieg\w*") +
        r"(?<!czujnik )(?<!czujnika )(?<!czujniki )(?<!przeciw)(?<!bedzie )(?<!moze byc )(?<!bylby )\bpozar\b",
        r"\bogien w (kuchni|mieszkaniu|domu|pokoju)\b"
        r"|\b(oparzyl|oparzyla|poparzyl|poparzyla|oblal|oblala) (sie )?(\w+ )?(wrzatkiem|wrzaca)\b",
        # Missing: a person with dementia or a vulnerable person gone, not back, lost.
        # ("zaginął mi list z DWP", "karta opiekuna zaginęła na poczcie" are lost things.)
        r"^(?!.*\b(list|listy|paczka|paczki|przesylka|karta|formularz|dokumenty|wniosek|klucze|portfel|okulary|pilot|aparat"
        r"|proteza|papiery|kot|pies|piesek)( (opiekuna|carera|z \w+|od \w+|do \w+|mamy|taty))? ((gdzies|chyba|niestety|mi|nam) ){0,2}"
        r"zagin\w*)(?!.*\bzagin\w* ((mi|nam|mu|jej|gdzies|chyba) ){0,2}(list|listy|paczka|paczki|przesylka|karta|formularz|dokument\w*"
        r"|wniosek|klucze|portfel|okulary|pilot|aparat\w*|proteza|papiery|kot|pies|piesek)\b)"
        r".*?\bzagin(al|ela|eli|ely|iony|iona)\b",
        # ("wyszedł do sklepu z opiekunką i jeszcze nie wrócili" is a long walk, not a disappearance.)
        r"^(?!.*\b((?<!nie )(wiem|wiemy) gdzie (sa|jest)|(wyszl\w*|wyszedl|poszl\w*|poszedl|wyjechal\w*) (\w+ ){0,3}(z|ze)"
        r" (opiekun\w*|sasiad\w*|siostr\w*|brat\w*|cork\w*|syn\w*|wnuk\w*|wnuczk\w*|kolezank\w*|koleg\w*|przyjaciol\w*"
        r"|wolontariusz\w*|asystent\w*|pielegniar\w*|grup\w*))\b)"
        r"(?=.*\b(demencj\w*|alzheimer\w*|ciemn\w*|w nocy|noca|godzin\w*|od rana|zimn\w*|policj\w*|szuka\w*|autyz\w*"
        r"|niepelnospraw\w*|zdezorient\w*|splatan\w*|nie wie gdzie|zgubi\w*)).*?(" +
        _near(r"wyszl\w*|wyszedl|poszl\w*|poszedl|wyjechal\w*|uciekl\w*|zniknal|zniknela|znikneli",
              r"nie wrocil\w*|nie wraca|nadal (go|jej) nie ma|jeszcze nie wrocil\w*|(go|jej) nie ma"
              r"|nie (mozemy|moge|mozna|umiemy|mozecie) (go|jej|ich) (znalezc|odnalezc)|nigdzie (go|jej) nie ma"
              r"|szukamy (go|jej)|nie odbiera( telefonu)?", 60) + ")",
        _unless(r"w osrodku|w pracy|w szkole|na zajeciach|w szpitalu|u (siostry|brata|corki|syna|cioci|babci)|na turnusie"
                r"|(?<!nie )(wiem|wiemy) gdzie|w kosciele|do kosciola|na mszy|(poszl\w*|poszedl|wyszl\w*|wyszedl) (\w+ ){0,3}(z|ze)"
                r" (opiekun\w*|sasiad\w*|siostr\w*|brat\w*|cork\w*|syn\w*|wnuk\w*|wnuczk\w*|kolezank\w*|koleg\w*"
                r"|przyjaciol\w*|wolontariusz\w*|asystent\w*)") +
        r"\bnie ma (go|jej) (w domu )?od (rana|wczoraj|poludnia|nocy|wieczora|\w+ godzin\w*|\d+ godzin\w*|godziny)\b"
        r"|\bnie wrocil\w* (do domu|na noc)\b",
        r"\bnie (wiem|wiemy|wie) gdzie (ona|on|oni|mama|tata|maz|zona|babcia|dziadek|syn|corka|brat|siostra|mamusia|ojciec"
        r"|matka|dziecko)( teraz)? (jest|sie podziewa|sie podzial\w*|poszla|poszedl|wyszla|wyszedl)\b"
        r"|\bnie wiem gdzie (ona|on) jest\b|\b(go|jej) nigdzie nie ma\b",
        _unless(r"formularz\w*|przepis\w*|papier\w*|dokument\w*|w tym|w tych|w tej|w tym wszystkim"
                r"|(?<!nie )(?<!jeszcze nie )(znalazl|znalazla|znalezli|znalazlam|znalazlem|odnalazl|odnalazla|odnalezli"
                r"|odnalazlam|odnalazlem)\w*") +
        r"\bzgubil(a|i)? sie\b",
        # A knife or weapon with a threat or an attack.
        _near(r"noz|nozem|noza|nozyczki|nozyczkami|siekier\w*|mlotek|mlotkiem|bron|bronia|pistolet\w*",
              r"grozi\w*|zabi\w*|atakuje|zaatakowal\w*|rzuca sie|rzucil\w* sie|goni\w*|dzgnal\w*|dzgnela|wymachuje|wymachiwal\w*",
              40),
        # Asking whether to call an ambulance now (a general "when should I call" is set aside by NOT_NOW).
        r"\b(wezwac|wzywac|dzwonic po|zadzwonic po|potrzebuje|potrzebujemy|wezwij|wezwijcie|wezwalam|wezwalem)"
        r" (\w+ )?(karetk\w*|pogotowi\w*|ambulans\w*)\b",
        # A mental health crisis now, voices telling someone to harm others, a weapon with shouting.
        r"\b(ma|przechodzi|przezywa) (teraz |wlasnie |ostry |silny )+(kryzys (psychiczn\w*|zdrowia psychicznego)|atak psychozy"
        r"|epizod psychotyczn\w*|nawrot psychozy)\b|\bjest (teraz |wlasnie )?w (ostrym )?kryzysie (psychicznym|zdrowia psychicznego)\b"
        r"(?! (\w+ ){0,2}(to|co|jak|czy)\b)",
        r"\b(slyszy|slysze|slyszal\w*|slyszala) glos\w*\b.{0,60}\b(zabi\w*|skrzywdz\w*|zrobi\w* krzywde|zaatakuj\w*|podpal\w*|zabije)\b",
        _unless(r"szuflad\w*|do chleba|do krojenia|kroi|obiad\w*|kuchni") +
        r"\b(ma|trzyma|wzial|wziela|chwycil\w*|wyciagnal|wyciagnela|chodzi z|biega z) (\w+ )?(noz|nozem|siekiere|siekiera|mlotek"
        r"|mlotkiem|bron|pistolet)\b.{0,40}\b(krzyczy|wrzeszczy|grozi|agresywn\w*|wscieki\w*|wsciekla|nie poznaje|goni|atakuje"
        r"|rzuca sie)\b",
    ),
    "suicidal": (
        # "chcę się zabić", "zabiję się", "grozi, że się zabije"; "mama się zabije na tych schodach" is a fall risk.
        r"(?<!nie )\b(zabi(c|je|jesz|ja|jemy|l|la|li|lbym|labym|lby|laby) sie|sie (za)?zabi(c|je|jesz|ja|l|la|lbym|labym))\b"
        r"(?! (na|o|przez|po)\b| jak (spadnie|upadnie|sie potknie|sie przewroci|wypadnie)\b| ze (smiechu|nudow|wstydu|zlosci)\b)",
        r"\bzabic (samego |sama )?siebie\b|\b(odebra\w*|odbiore|odbierze) sobie zyci(e|a)\b|\btargn\w* sie na (swoje |wlasne )?zycie\b"
        r"|\bpopeln\w* samob(o|u)jstw\w*|\bskoncz\w* (ze soba|ze? (moim |swoim |wlasnym )?zyciem)\b"
        r"|\b(ze soba|ze? (moim |swoim |wlasnym )?zyciem) (\w+ )?skoncz\w*"
        r"|\bzakoncz\w* (swoje |moje |wlasne |sobie )?zycie\b",
        r"\b(chce|chcialabym|chcialbym|mam ochote|najlepiej|po prostu|moge|wolalabym|wolalbym) (juz )?(po prostu )?"
        r"(to wszystko skonczyc|skonczyc (z )?(tym|to) wszystk\w*)\b(?! (do|przed|na|w|dzis|dzisiaj|jutro)\b)"
        r"|\bskonczyc z tym wszystkim\b",
        # Suicidal thoughts and attempts ("gol samobójczy" is football; a TV story is set aside by NOT_NOW).
        r"(?<!nie )\b(mysl\w*|mysle|mowi\w*|gada\w*|wspomina\w*|grozi\w*|planuj\w*|chce|chcial\w*|zamierza\w*|probowal\w*"
        r"|probuje|proba|probe|proby|sklonnosci|kryzys\w*|tendencje|zamiary) (\w+ ){0,3}(o )?samob(o|u)j(stw|cz)\w*",
        r"(?<!nie )\bmysl(e|i|imy|alam|alem|al|ala) (ciagle |caly czas |duzo |czesto |coraz czesciej )?o (wlasnej )?smierci\b"
        r"(?! (\w+ )?(mamy|mamusi|matki|taty|ojca|meza|zony|babci|dziadka|syna|corki|brata|siostry|bliskich|rodzicow|kogos"
        r"|pacjenta|psa|kota))",
        # "nie chcę żyć", "nie chce mi się żyć", "odechciało mi się żyć".
        r"\bnie chce (mi sie )?(juz |dluzej |wiecej |tak )*zyc\b|\bodechcial\w* (mi )?sie zyc\b|\bnie chce juz istniec\b",
        r"\bnie (mam|ma) (juz )?(po co|dla kogo) zyc\b|\b(zycie|to zycie) (juz )?nie ma (zadnego |juz )?sensu\b"
        r"|\bnie ma (juz )?sensu (juz |dalej |tak )*zyc\b|\bnie widze (juz )?(zadnego )?sensu (w )?(zyciu|zycia|zyc|dalej zyc|istnienia)\b"
        r"|\bpo co (mam )?(dalej )?zyc\b|\bmam dosc (tego )?zycia\b(?! (na walizkach|na (dwa|dwoch) (domy|miejsca|mieszkania)|w biegu"
        r"|w pospiechu|od wyplaty do wyplaty|w (tym |takim )?(mieszkaniu|miescie|londynie|halasie|tempie)))",
        r"\bnie (moge|moze|dam rady|umiem) (juz )?(tak )?(dalej |dluzej )?zyc\b|\bnie mam (juz )?(sily|sil) (zeby |by )?(dalej )?zyc\b"
        r"(?! (w|we) (takim |tym |tak szybkim )?(tempie|biegu|pospiechu|rytmie|chaosie)\b)",
        r"\bniech mnie (juz )?nie (bedzie|ma)\b|\bnie chce (sie )?(juz |jutro |wiecej |nigdy )+(sie )?(budzic|obudzic)\b(?! (rano|wczesnie|o)\b)"
        r"|\b(jestem|czuje sie|bede) (tylko )?(ciezarem|ciezar) (dla (wszystkich|rodziny|was|nich|dzieci|corki|syna|meza|zony))\b",
        # "chcę umrzeć" (but "chce umrzeć w domu" is a wish about where to die, and "umrę ze śmiechu" an idiom).
        r"(?<!nie )\b(chce|chcialabym|chcialbym|chcialam|chcialem|wolalabym|wolalbym|wole|mam ochote|marze zeby|pragne|chcialaby"
        r"|chcialby) (juz )?(po prostu )?(juz )?umrzec\b(?! (w|we|na|przy|u|spokojnie|ze|z|jak)\b| (\w+ )?niz\b)",
        r"\b(wolalabym|wolalbym|wolalaby|wolalby|lepiej) (juz )?nie zyc\b",
        r"\b(chcialabym|chcialbym|chce|zebym|obym|wolalabym|wolalbym|marze (o tym )?zeby) (juz )?(po prostu )?"
        r"(zasnac i )?(sie )?(juz )?(nigdy )?(wiecej )?(sie )?nie obudzi\w*",
        r"\b(zasnac|zasnela|zasnal|usnac) i (juz )?(nigdy )?(sie )?(juz )?(nigdy )?nie (obudzic|obudzila|obudzil|budzic)\b",
        r"\b(chce|chcialabym|chcialbym|wolalabym|wolalbym) (po prostu )?(juz )?znikn\w* na zawsze\b",
        # A burden: everyone better off without me; nobody would notice.
        _near(r"lepiej|latwiej|lzej|lepsze|odetchn\w*|ulga", r"beze mnie|bez mnie", 40),
        r"\b(gdyby|zeby|jakby) mnie (juz )?nie (bylo|stalo)\b(?! (w|na|przy|u|tam|wtedy|kiedy|jak|gdy|przez|o|z)\b"
        r"| kto (by|bedzie|sie|zajmie|zaopiekuje|przypilnuje)\b| co (by|bedzie) (bylo |sie stalo )?z\b)"
        r"|\bnikt (by )?(nawet )?nie zauwazy\w*\b.{0,40}\b(mnie nie|umr\w*|znikn\w*|odejd\w*)"
        r"|\b(jak|gdy|kiedy|gdybym|jesli|jezeli) (juz )?(umre|umrzem|zniknem|mnie zabraknie)\b.{0,40}\b(lepiej|spokoj\w*|odetchn\w*|ulga)"
        r"|\b(lepiej|spokoj\w*|odetchn\w*|ulga)\b.{0,40}\b(jak|gdy|kiedy|gdybym|jesli|jezeli) (juz )?(umre|umrzem|zniknem|mnie zabraknie)\b",
        # Means and plans: saving pills, asking how many, a note, a bridge, a rope.
        r"\b(zbieram|zbiera|odkladam|odklada|gromadze|gromadzi|chomikuje|chomikuje|zbieral\w*|odkladal\w*|chowam sobie)\b.{0,30}"
        rf"\b{_PILLS}.{{0,40}}\b(dla siebie|na czarna godzine|na wszelki wypadek|na koniec|zeby (to )?skonczyc|od (tygodni|miesiecy)"
        r"|juz (mam )?(sporo|duzo|kilkadziesiat))",
        r"\b(ile|jak (duzo|wiele))\b.{0,50}\b(zeby|by|aby|zebym) (umrzec|sie zabic|sie nie obudzic|nie obudzic sie|juz nie"
        r" obudzic|to skonczyc|umarl\w*)\b",
        r"\blist\w* pozegnaln\w*|\bpozegnal\w* sie ze wszystkimi\b(?! (w|na|z|po)\b)|\bnapisal\w* (juz )?(listy|list) do"
        r" (dzieci|corki|syna|rodziny|wszystkich|mamy|meza|zony)\b",
        r"\b(skocz\w*|rzuc\w* sie|wskocz\w*|wyskocz\w*|wejsc|wejde|wejdzie|wszedl|weszla) (z|pod|do|przez|spod) (\w+ ){0,2}"
        r"(mostu|balkonu|okna|dachu|pociag\w*|tramwaj\w*|samochod\w*|auta|autobus\w*|ciezarowk\w*|metra|wisly|tamizy|rzeki"
        r"|bloku|wiezowca|kladki|peronu|tory)\b",
        r"\b(powiesi(c|ce|l|la|lem|lam)? sie|sie powies(ic|ze|i|il|ila|ilem|ilam)|powiesze sie)\b"
        r"|\bpodci(ac|ela|al|elam|alem|ne|nie|na) (sobie )?zyly\b|\bpetl\w* na szyj\w*",
        r"\b(chce|chcialabym|chcialbym|zamierzam|mysle zeby|mysle o tym zeby|zaraz|mam ochote) (\w+ )?(lyknac|polknac|wziac|zazyc)"
        r" (wszystkie|cale opakowanie|cala paczke|wszystko|naraz|na raz)\b|\b(chce|chcialabym|chcialbym|zamierzam|zaraz|mam ochote)"
        r" (je |to )?(wszystkie|wszystko|cale opakowanie|cala paczke|naraz|na raz) (\w+ )?(lyknac|polknac|wziac|zazyc)\b",
        # "coś sobie zrobię" (I'll do something to myself); "zrobię sobie coś do jedzenia" is a meal.
        r"(?<!nie )\b(cos sobie (zrobie|zrobi|zrobic|zrobila|zrobil)|(zrobie|zrobi) sobie cos)\b"
        r"(?! (do|na|dla|z|ze|w|pysznego|\w+ego|\w+nego)\b)",
        # Voices telling someone to kill themselves.
        r"\b(slyszy|slysze|slyszal\w*) glos\w*\b.{0,40}\b(kaza|kaze|kazaly|kazal\w*|mowia|mowily|kazac) (mu |jej |mi )?(\w+ ){0,2}"
        r"(sie zabic|zabic sie|umrzec|skoczyc|sie powiesic|odebrac sobie zycie)\b",
    ),
    "self_harm": (
        # "tnę się", "cięła się", "pocięłam się"; "tnę mamie paznokcie" is nail care.
        r"(?<!nie )\b(tne|tnie|tniesz|tna|tnac|ciac|ciela|cial|cielam|cielem|pocielam|pocielem|pociela|pocial|pociac"
        r"|nacielam|naciela|cinam|cina) sie\b|(?<!nie )\bsie (po)?(tne|tnie|tna|ciela|cial|cielam|cielem|ciac)\b",
        r"(?<!nie )\b(tne|tnie|tna|ciac|ciela|cial|cielam|cielem|pocielam|pocielem|pociela|pocial|pociac|rozcina\w*|rozcial\w*"
        r"|nacina\w*|nacial\w*|naciela\w*) (sobie )?(rece|reke|nogi|noge|uda|udo|nadgarstki|nadgarstek|ramiona|ramie|brzuch|skore)\b",
        r"\bsamookalecz(a|al|ala|aja|am|asz|ac|yl|yla|ylam|ylem|yc|ali)\b|\b(okalecza|okaleczal\w*|okaleczyl\w*) sie\b"
        r"|\bsie (samo)?okalecza\w*|(?<! o )(?<!temat )(?<!przeciw )\b(ma|miewa|znowu|slady|rany po|problem z) (\w+ )?samookalecze\w*",
        r"(?<!nie )\b(robie|robi|robisz|robila|robil|robilam|robilem|zrobilam|zrobilem|zrobila|zrobil) sobie (\w+ )?krzywd\w*"
        r"(?! (przy|podczas|w trakcie|niechcacy|przypadkiem))",
        r"\b(krzywdz(e|i|a|ic|il|ila|ilam|ilem|ily)|rani(e|)|zranil\w*) (sam\w* )?siebie\b|\bkrzywdz(e|i|a) sie\b"
        r"|\b(kalecze|kaleczy|kalecza|ranie) sie\b(?! (przy|o|w palec|nozem przy)\b)|\bsie (kalecze|kaleczy|kalecza)\b",
        r"\b(celowo|specjalnie|umyslnie|z premedytacja|naumyslnie)\b.{0,30}\b(krzywd\w*|rani\w*|tnie|tne|cial|ciela|bije sie"
        r"|uderza sie|uderzam sie|pali sie|przypala|drapie|okalecza|gryzie)"
        r"|\b(krzywdzi|rani|tnie|tne|uderza sie|uderzam sie|przypala|okalecza) (sie |siebie )?(\w+ )?(celowo|specjalnie|naumyslnie)\b",
        r"\bzyletk\w*\b.{0,40}\b(reka|rece|rek|reke|nogi|nog|noge|nadgarst\w*|ramion\w*|uda|ud|udo|sie|skore)\b"
        r"|\b(reka|rece|rek|reke|nogi|nog|nadgarst\w*|ramion\w*|uda|udo|sie|skore)\b.{0,20}\bzyletk\w*",
        r"\b(przypal\w*|parzy\w*|poparzy\w*|pali\w*) (sie|sobie (reke|rece|skore|ramie|ramiona|nadgarst\w*|nogi|noge|dlon\w*))"
        r" (\w+ )?(papieros\w*|zapalniczk\w*|zapalk\w*|zelazk\w*)",
        # Scratching or biting to blood (eczema and itching are not self-harm).
        _unless(r"egzem\w*|swedz\w*|swedzi|atopow\w*|alergi\w*|uczul\w*|ospa|ospe|lupiez\w*|wysypk\w*|swierzb\w*|luszczyc\w*|komar\w*") +
        r"\b(drap\w*|gryz\w*|rozdrap\w*) (sie|sobie (rece|reke|rany|skore|dlonie|palce|ramiona|nogi)) (az )?do krwi\b",
        # Head banging (not "waliłam głową w mur", an idiom about red tape).
        r"(?<!jakbym )(?<!jakby )(?<!jak )\b(wali|uderza|tlucze|bije|walil|walila|uderzal|uderzala|walnal|walnela|uderzyl|uderzyla"
        r"|walcie|uderzam|wale) (sie )?(\w+ )?(glowa|glowe) (o|w) (sciane|sciany|podloge|drzwi|stol|szafe|kaloryfer|lozko)\b",
        r"\b(bije|uderza|wali|oklada) (sie|siebie) (piesciami|piescia|rekami|po glowie|w glowe|w twarz)\b",
        r"\b(robie|robi|zrobilam|zrobila|zrobil|zrobilem) sobie naciecia\b|\bnaciecia na (rekach|nogach|udach|nadgarstkach|ramionach)\b",
        # "chcę zrobić sobie krzywdę", voices telling someone to, a threat to ("grozi, że zrobi krzywdę nam i sobie");
        # not "boję się, że mama zrobi sobie krzywdę na schodach", a fall.
        r"\b(chce|chcialabym|chcialbym|mam ochote|mysle (o tym )?zeby|zaraz|grozi\w* ze|mowi ze|powiedzial\w* ze|kaza\w*( mu| jej| mi)?"
        r"|kaze( mu| jej| mi)?|zamierza\w*) (\w+ )?(zrobic|zrobi|zrobie) (\w+ ){0,3}sobie (\w+ )?krzywd\w*"
        r"(?! (przy|podczas|w trakcie|niechcacy|przypadkiem|na schodach|jak (spadnie|upadnie)))",
        r"\b(grozi\w*|straszy\w*|mowi|powiedzial\w*) (\w+ )?(ze|iz) (zrobi|zrobie) krzywde (\w+ ){0,3}(i |a )?sobie\b",
    ),
}
