"""Polish crisis rules (issue 15): the seven kinds of bot/safety/families, read over folded
text (see fold() in __init__.py: lower case, no diacritics, "ł" as "l"), so "chcę się zabić"
and "chce sie zabic" read alike.

Polish inflects its verbs and nouns, so the rules use stems and alternations ("zabi(c|je|ja)")
and list the forms carers write: first person ("tnę się"), third person about the person cared
for ("tnie się"), past tense in both genders ("pocięłam", "pociął"). Many frequent phrases are
also idioms ("zabije mnie ta biurokracja", "umieram ze zmęczenia", "dostanę zawału"), so the
rules name the dangerous forms and leave the idioms out; LOOKALIKES keeps the idioms tested.

Patterns read one folded sentence with the next (two sentences are joined with several
spaces, so "(\\w+ ){0,2}" never crosses them, while ".{0,60}" does). A rule that starts with
"^(?!...)" first checks that the window does not hold words that make the phrase harmless
(eczema for scratching, a doctor's advice for a locked fridge...)."""
from __future__ import annotations

LANGUAGE = "pl"


def _unless(words: str) -> str:
    """A prefix: the window must not contain any of `words` (a regex alternation)."""
    return rf"^(?!.*\b({words})).*?"


def _near(first: str, second: str, gap: int = 60) -> str:
    """`first` and `second` in either order, at most `gap` characters apart."""
    return rf"\b({first})\b.{{0,{gap}}}\b({second})\b|\b({second})\b.{{0,{gap}}}\b({first})\b"


# --- shared vocabulary (folded) -----------------------------------------------------------

# People, as subject of a sentence (nominative).
_PARTNER = r"(maz|mezus|partner|partnerka|chlopak|narzeczony|narzeczona|konkubent|konkubina|zona|dziewczyna|byly|byla|ex)"
_RELATIVE = (r"(syn|synek|corka|brat|siostra|ojciec|tata|tato|tatus|matka|mama|mamusia|tesciowa|tesc|ziec|synowa|wnuk"
             r"|wnuczka|babcia|dziadek|wujek|ciocia|ojczym|macocha|kuzyn|kuzynka)")
_SOMEONE = rf"({_PARTNER}|{_RELATIVE}|on|ona|oni)"
# The person cared for, as object (accusative/genitive: "bije mame", "nie ma go").
_CARED_FOR_OBJ = (r"(go|ja|jego|jej|ich|mame|mamy|mamusie|tate|taty|babcie|babci|dziadka|meza|zone|zony|syna|corke|corki"
                  r"|brata|siostre|siostry|tesciowa|tesciowej|tescia|wujka|ciocie|cioci|mamie|tacie|dziadkowi)")
# Hitting, pushing, strangling... (third person, present and past, both genders, plural).
# ("uderza mnie", "atakuje mnie", "krzywdzi mnie" are also said of a thought, a migraine, words:
# they are read only with a person as subject, below.)
_HITS = (r"(bije|bija|bil|bila|bili|uderzyl|uderzyla|pobil|pobila|pobili|kopie|kopnal|kopnela|kopal"
         r"|kopala|dusil|dusila|szarpie|szarpal|szarpala|szarpnal|szarpnela|popycha|popchnal|popchnela|zepchnal|zepchnela"
         r"|zepchneli|spycha|spychal|spychala|spoliczkowal"
         r"|spoliczkowala|policzkuje|leje|lal|lala|tlucze|tlukl|tlukla|katuje|skatowal|skatowala|walnal|walnela"
         r"|zaatakowal|zaatakowala|skrzywdzil|skrzywdzila|rzuca sie na|rzucil sie na|rzucila sie na)")
# "bije mnie w szachy" (beats me at chess) and play are not violence.
_GAME = (r"(w (karty|szachy|warcaby|scrabble|remika|chinczyka|gry|grze|gre|tenisa|pilke|bierki|domino|monopoly|quizach|quiz)"
         r"|poduszka|poduszkami|zabawka|zabawkami|dla zabawy|w zartach|niechcacy|przypadkiem|na glowe|zeby|zebym|bym"
         r"|do (dzialania|tego|zmian|decyzji|szukania|pomocy|pracy|nauki)|na (boczny tor|margines|dalszy plan))")
_ME = r"(mnie|mie)"  # "mie" is a common colloquial spelling of "mnie"
# A child is writing, or a child is in the picture.
_CHILD = (r"(mam ([6-9]|1[0-7]|szesc|siedem|osiem|dziewiec|dziesiec|jedenascie|dwanascie|trzynascie|czternascie"
          r"|pietnascie|szesnascie|siedemnascie) (lat|lata|l)|jestem w (\d|\w+) klasie|chodze do (\d|\w+) klasy"
          r"|mlodsz\w* (brat|brata|bratem|siostr\w*)|rodzenstw\w*|szkol\w*|lekcj\w*)")
# Pills and medicines in their common cases.
_PILLS = (r"(tablet\w*|tabl|lek|leki|lekow|lekami|pigul\w*|proszek|proszk\w*|paracetamol\w*|morfin\w*|insulin\w*"
          r"|ibupr\w*|apap\w*|nasenn\w*|antydepresant\w*|opakowani\w*|blister\w*|plastr\w*)")
# Now, tonight, tomorrow: urgency for care that is about to stop.
_URGENT = (r"(dzis|dzisiaj|dzisiejsz\w*|w nocy|na noc|tej nocy|teraz|zaraz|jutro|od jutra|natychmiast|wieczorem"
           r"|za godzine|za \d+ (godzin\w*|minut\w*|min)|za pol godziny|od rana|na weekend|2nite|tonight)")
# Alone, or with nobody to take over.
_ALONE = r"(sam|sama|sami|samo|same|samego|samej|samych|samemu|bez opieki|bez nikogo)"
_NOBODY = (r"(nie ma kto|nie ma nikogo|nikogo (nie ma|przy (nim|niej))|nikt (\w+ ){0,3}(nie )?(zajmuje|zajmie|zaopiekuje"
           r"|opiekuje|przypilnuje|pilnuje|zostanie|przyjdzie|przyjedzie|bedzie))")
_CANNOT_BE_LEFT = (r"(nie (moze|moga|mozna|wolno|powinien|powinna|da sie) (\w+ ){0,2}(byc|zostac|zostawac|zostawic|zostawiac)"
                   r" (\w+ )?(sam|sama|sami|samo|same|samego|samej|samych|bez opieki)|nie mozna (go|jej|ich) zostawic"
                   r"|wymaga (stalej|calodobowej|ciaglej) opieki|ani na chwile sam\w*)")
# The carer suddenly out of action: in hospital, taken by ambulance, an operation.
_CARER_OUT = (r"((jestem|leze|bede|lezymy) (\w+ ){0,2}(w szpitalu|w hospitalu|w hospital|na sor\w*|na oddziale|na izbie"
              r"|na pogotowiu|w karetce|na a e|na ae)|(zabieraja|zabrali|zabrala|wioza|biora|zawoza|zawiezli|zabiora|odwoza)"
              r" mnie (\w+ ){0,2}(do szpitala|do hospitalu|na sor|na pogotowie|karetk\w*|ambulans\w*|na a e)"
              r"|(ratownicy|karetka|ambulans|paramedycy|paramedics|pogotowie) (\w+ ){0,2}(mnie|po mnie)"
              r"|(trafilam|trafilem|trafie|musze isc|musze jechac|ide|jade|pojde|pojade|wyladowalam|wyladowalem)"
              r" (\w+ ){0,3}(do szpitala|do hospitalu|na sor|na operacj\w*|na zabieg)"
              r"|(mam|czeka mnie|musze miec) (\w+ ){0,2}(operacj\w*|zabieg\w*)|(zaslablam|zaslablem|zlamalam|zlamalem|zemdlalam|zemdlalem)"
              r"|(mialam|mialem) (\w+ )?wypadek|jestem (\w+ )?(na|w) (king s|kings|st thomas\w*|guy s|guys|maudsley|sorze|izbie przyjec))")


PATTERNS = {
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
    "child_at_risk": (
        # A child writing, or a child in the picture, with violence or neglect.
        _near(_CHILD, rf"{_ME} {_HITS}|{_HITS} {_ME}|nas {_HITS}|{_HITS} nas|krzywdzi|boje sie (taty|mamy|ojca|ojczyma|matki)"
                      r"|dotyka mnie|dotykal mnie|molest(owa|uj)\w*", 80),
        _near(_CHILD, r"(pijan\w*|nacpan\w*|na haju|pod wplywem|napruty|naprut\w*|zalany|zalana|nawalony|nawalona|chleje|cpa|pije od"
                      r"|pije caly|znowu pije)", 80),
        _near(_CHILD, r"nie ma (nic )?(do )?(jedzenia|co jesc)|nie jedli\w*|nie jadl\w*|nie jedlismy|glodn\w*|sam\w* w domu od"
                      r"|sam\w* (\w+ ){0,3}od (\w+ )?(dni|dnia|wczoraj|nocy|rana)|zostawia (mnie|nas) sam\w*|nie chodze do szkoly"
                      r"|(mama|tata|rodzice|mamy|taty) (\w+ )?nie (wrocil\w*|wraca|ma od)", 80),
        # A parent or a partner of a parent hurting a child, or a named child being hit.
        rf"\b(tata|tato|tatus|ojciec|ojczym|mama|mamusia|matka|macocha|rodzice|{_PARTNER} (mamy|taty)|facet mamy|wujek)"
        rf" (\w+ ){{0,4}}({_HITS} (nas|mojego (\w+ )?brata|moja (\w+ )?siostre|dzieci|brata|siostre|rodzenstwo|corke|syna|wnuczke|wnuka)"
        rf"|(nas|mojego (\w+ )?brata|moja (\w+ )?siostre|dzieci|brata|siostre|rodzenstwo|corke|syna|wnuczke|wnuka) (\w+ )?{_HITS})\b"
        rf"(?! {_GAME})",
        rf"\b(ojczym|macocha|{_PARTNER} (mamy|taty)|facet mamy)\b.{{0,30}}\b({_ME} {_HITS}|{_HITS} {_ME}|dotyka|dotykal|maca|macal)\b",
        r"\b(pasem|paskiem|kablem|kijem|rozga)\b.{0,30}\b(bije|bil|bila|lal|lala|leje|dostal\w*|dostaje)\b"
        r"|\b(bije|bil|bila|lal|lala|leje) (\w+ ){0,3}(pasem|paskiem|kablem|kijem|rozga)\b",
        # Sexual abuse, touching, grooming ("mama dotyka mnie za rękę" is not).
        r"\b(molest(owa|uj)\w*|pedofil(em)?\b|zl(y|ego|ym) dotyk\w*|wykorzyst\w* seksualn\w*|seksualn\w* wykorzyst\w*)",
        r"\b(dotyka|dotykal|dotykala|dotknal|maca|macal|obmacuj\w*|obmacywal\w*) (mnie|moja corke|mojego syna|corke|syna|dziecko"
        r"|dzieci|wnuczke|wnuka)\b(?! (za|po|reki|dlon|ramie|ramienia|w reke)\b)",
        r"\b(pisze|pisal|wysyla|wysylal|prosi|prosil|kaze|kazal|namawia)\b.{0,40}\b(nagie|nagich|nago|rozbier\w*|zdjecia (bez|intymn\w*)"
        r"|nudes|nudesy|w tajemnicy przed)",
        # Exploitation: carrying packages or drugs for older boys.
        r"\b(kaze|kazal|kazala|kaza|kazali|placi|placa|daje|daja|dal|dali) (mi|nam|mojemu synowi|mojej corce|synowi|corce|jej|mu)"
        r" (\w+ ){0,3}(za )?(nosic|noszenie|przenosic|przenoszenie|przewozic|zawozic|wozic|dostarczac|sprzedawac|trzymac|chowac)"
        r" (\w+ ){0,2}(paczk\w*|torb\w*|narkotyk\w*|towar\w*|dragi|prochy|plecak\w*)",
        r"\b(gang\w*|dilerz\w*|diler\w*)\b.{0,40}\b(syn|syna|corka|corke|mnie|brat|brata|wciagn\w*|werbuj\w*|wykorzyst\w*)\b",
        # Left alone for days, scared to go home.
        r"\b(zostawi\w*|zostawil\w*) (mnie|nas|dzieci|je|brata|siostre|malego|mala|male) (\w+ )?(sam\w*|bez opieki|bez jedzenia)"
        r" (\w+ )?(na (cale |caly |cala |kilka |pare |dwa |trzy )?(dni|noc|noce|weekend\w*|tydzien)|od \w+ dni|na \d+ dni)",
        r"\b(dzieci|dziecko|maluchy|niemowl\w*)\b.{0,40}\b(sam\w*|bez opieki)\b.{0,20}\b(od (\w+ )?(dni|dnia|doby|wczoraj)|cala noc"
        r"|na noc)\b",
        r"\bboje sie (wracac|wrocic|isc) do domu\b|\bnie chce (wracac|wrocic|isc) do domu (dzis|dzisiaj|na noc|wieczorem)\b",
        # Bruises on a child (a bike fall or sport is not).
        _unless(r"rower\w*|pilk\w*|trening\w*|wf|boisk\w*|spadl\w*|przewrocil\w*|hemofili\w*|bialaczk\w*") +
        r"\b(dziecko|corka|syn|synek|coreczka|wnuczka|wnuk|siostrzeniec|bratanek|bratanica|mala|maly)\b.{0,60}"
        r"\b(siniak\w*|slady bicia|sladami bicia|pregi|przypalen\w*)",
        # Secrets and fear of hurting one's own child.
        r"\b(kaze|kazal|kazala|mowi|powiedzial\w*) (mi|nam|jej|mu|corce|synowi) (zebym|zeby|zebysmy) (nikomu|nic) nie"
        r" (mowic|mowil\w*|powiedzial\w*)\b(?!.*\b(niespodziank\w*|prezent\w*|urodzin\w*|imienin\w*))",
        r"\bboje sie ze (\w+ ){0,2}(zrobie (krzywde|cos) (\w+ )?(dziecku|dzieciom|synkowi|coreczce|malemu|malej|niemowlakowi"
        r"|synowi|corce)|skrzywdze (dziecko|dzieci|synka|coreczke|syna|corke|malego|mala))\b",
        # A young carer missing school for weeks to care.
        r"\bnie (chodze|chodzilem|chodzilam|bylem|bylam|poszedlem|poszlam) (do|w) szkol\w*\b.{0,40}\b(od|przez) (\w+ )?"
        r"(tygodni\w*|tygodnia|miesiac\w*|miesiecy)\b",
        # "od dwóch dni jestem sama w domu", "wujek mnie dotyka", "zbyt pijany, żeby zająć się dziećmi".
        _near(_CHILD, r"od (\w+ )?(dni|dnia|doby|wczoraj|nocy) (\w+ ){0,2}sam\w*", 80),
        r"\b(wujek|ojczym|dziadek|kuzyn|sasiad|trener|nauczyciel|ksiadz|brat|tata|ojciec|facet mamy|chlopak mamy|pan|mezczyzna|ktos"
        r"|obcy|kolega taty) (\w+ ){0,2}(mnie|mie|ja|go|moja corke|mojego syna) (dotyka|dotykal|dotknal|maca|macal|obmacuje"
        r"|obmacywal)\b(?! (za|po|reki|dlon|ramie|ramienia|w reke|czolo|czola)\b)",
        r"\b(zbyt|za bardzo|tak|za) (pijan\w*|nacpan\w*|naprut\w*|zalan\w*|nawalon\w*|otumanion\w*) (\w+ ){0,2}(zeby|by|aby)"
        r" (\w+ ){0,2}(zajac sie|zajmowac sie|opiekowac sie|zaopiekowac sie|pilnowac|przypilnowac) (\w+ )?(dziec\w*|dzieci|malym|mala"
        r"|malymi|nami|mna|rodzenstwem|bratem|siostra|niemowl\w*|wnuk\w*)",
    ),
    "adult_at_risk": (
        # Money taken, stolen, scammed.
        # ("mama z demencją twierdzi, że ją okradamy" is a common delusion, not a theft).
        _unless(r"twierdzi|wydaje (mu|jej) sie|mysli ze|urojeni\w*|oskarza|ze (ja|my) (\w+ )?(kradn|okrad)\w*|okradamy|kradniemy"
                r"|nikt (go|jej|ich) nie okrada|rower\w*") +
        r"(?<!nie )\b(kradnie|ukradl|ukradla|ukradli|okrada|okradl\w*|okradaj\w*|wyludz\w*|przywlaszcz\w*|podbiera|podbieral\w*"
        r"|podkrada|podkradal\w*)\b",
        r"\b(zabiera|zabral|zabrala|zabieraja|zabrali|bierze|wzial|wziela|(wydaje|przepuszcza|przepil\w*)(?=.*\b(jej|jego|ich|mamy"
        r"|taty|babci|dziadka|matki|ojca|rodzicow|cioci|wujka|tesciowej|tescia)\b)) (?!mi\b)(\w+ ){0,2}"
        r"(cala|calego|caly|wszystkie|wszystko|cale)\b.{0,20}\b(emerytur\w*|rent\w*|pieniadze|pieniedzy|oszczednosci|zasilek"
        r"|zasilku|swiadczeni\w*|pension|pensj\w*|wyplat\w*)"
        r"|\b(zabiera|zabral|zabrala|bierze|wzial|wziela) (\w+ ){0,3}(emerytur\w*|rent\w*|pieniadze|oszczednosci|zasilek|karte)"
        r" (\w+ )?(bez (pytania|zgody|wiedzy)|dla siebie|na siebie|na (wodke|alkohol|picie|narkotyki|hazard|automaty|zaklady))\b",
        r"\b(ciagle|stale|wciaz|regularnie|znowu|caly czas|co miesiac) (\w+ )?(zabiera|bierze|wyciaga|wydaje) (\w+ ){0,2}"
        r"(emerytur\w*|rent\w*|pieniadze|oszczednosci|zasilek|kase)\b|\bwyciaga (\w+ )?od (niej|niego|nich|babci|mamy|taty|dziadka"
        r"|cioci|wujka) (\w+ )?(pieniadze|kase|emeryture|rente)\b",
        r"\bmetod\w* na (wnuczka|wnuczke|policjanta|funkcjonariusza|pracownika banku)\b|\bna wnuczka\b"
        r"|\b(oszukal\w*|oszukuj\w*|naciag\w*|nabral\w*) (\w+ )?(mame|tate|babcie|dziadka|tesciowa|tescia|sasiadke|ciocie|wujka|ja|go|ich)\b"
        r"(?! (na (\w+ )?(zakupach|cenie)))",
        r"\b(finansowo )?wykorzyst\w* (\w+ )?(babcie|mame|tate|dziadka|ja|go|ich|ciocie|wujka|brata|siostre)\b(?! (do|przy|jako)\b)"
        r"|\bwykorzyst\w* finansowo\b|\bprzemoc\w* (finansow\w*|ekonomiczn\w*)",
        r"\b(zmusza|zmusil\w*|namowil\w*|namawia|naciska|kaze|kazal\w*|przekonal\w*|przekonuje) (\w+ ){0,2}(do )?"
        r"(podpis\w*|przepis\w*)\b.{0,30}\b(mieszkani\w*|dom\w*|testament\w*|pelnomocnictw\w*|umow\w*|oszczednosci|kredyt\w*|pozyczk\w*)",
        r"\b(znajomy|kolega|koledzy|kumple|obcy|jakis|jacys|mezczyzna|facet|ludzie|kobieta|sasiad)\b.{0,40}\b(wprowadzil(a|i|y)? sie do"
        r" (jego|jej|ich|mieszkania|domu)|(przejal\w*|zajal\w*|zajeli) (jego|jej|ich) (mieszkanie|dom))\b",
        # Bruises nobody can explain.
        r"\b(siniak\w*|sine plamy|slady|zadrapania|otarcia)\b.{0,60}\b(nie wiadomo skad|nie wiem skad|nie wiemy skad|nikt nie"
        r" (wie|umie|potrafi|chce) (wyjasnic|powiedziec|wytlumaczyc)|nie (umie|potrafi|chce|chca|umieja|potrafia)"
        r" (wyjasnic|powiedziec|wytlumaczyc)|nieznanego pochodzenia|niewyjasnion\w*)",
        # Paid carers, staff, neighbours hurting, neglecting or robbing.
        # ("pielęgniarka mówi, że serce mu bije nierówno" is a heartbeat.)
        _unless(r"serce|serduszko|puls\w*|tetn\w*|dzwon\w*|zegar\w*") +
        r"\b(opiekunk\w*|opiekun|opiekunowie|opiekuna|pielegniark\w*|personel\w*|salow\w*|pracownic\w*|pracownik\w*|sasiad\w*"
        r"|carer\w*|agencj\w*|w domu opieki|w osrodku|w domu spokojnej starosci)\b.{0,60}"
        r"\b(bije|bil|bila|uderza|uderzyl\w*|szarpie|szarpal\w*|popycha|popchnal\w*|popchnela|ponizaj\w*|kradnie|ukradl\w*|okrada"
        r"|zaniedbuj\w*|zaniedbal\w*|przywiazuj\w*|przywiazal\w*|glodzi|nie karmi|nie myje|znecaj\w*|zneca|molest(owa|uj)\w*|szczypie"
        r"|targa|ciagnie za wlosy|szarpie za|wykreca|popchnela|spoliczkowal\w*)\b"
        r"(?! (\w+ )?(sprawe|sprawy|wniosek|wniosku|papiery|dokumenty|formularz\w*|termin\w*|obowiazk\w*|zgloszeni\w*))",
        # Carer hurt by the person cared for: a relative hits me (dementia, illness, drink).
        rf"(?<!nie )\b{_RELATIVE} (\w+ ){{0,3}}({_ME} (\w+ )?{_HITS}|{_HITS} {_ME})\b(?! {_GAME})",
        rf"(?<!nie )\b({_HITS}|drapie|podrapal\w*|gryzie|ugryzl\w*|szczypie) {_ME}\b.{{0,40}}\b(demencj\w*|alzheimer\w*|zdezorientowan\w*"
        r"|splatan\w*|zdenerwuje|zdenerwowan\w*|zly|zla|agresywn\w*|chory|chora|schizofreni\w*|psychoz\w*|nie poznaje)",
        rf"(?<!nie )\b(demencj\w*|alzheimer\w*|schizofreni\w*|psychoz\w*|parkinson\w*|otepieni\w*)\b.{{0,40}}"
        rf"\b({_ME} (\w+ )?({_HITS}|drapie|podrapal\w*|gryzie|ugryzl\w*|szczypie)|({_HITS}|drapie|gryzie|szczypie) {_ME})\b",
        # Left without food, drink or medicines; lying soiled; pressure sores.
        r"\b(zostawi\w*|zostawil\w*|zostaje|zostal\w*|lezy|lezala|lezal|siedzi)\b.{0,30}\bbez (jedzenia|picia|wody|lekow|ogrzewania"
        r"|jedzenia i picia)\b",
        r"\b(nie (dostal\w*|dostaje|mial\w*|jadl\w*|pil\w*)|nikt (mu|jej) nie (dal|dala|podal\w*|da|daje)) (\w+ ){0,2}"
        r"(jedzenia|lekow|picia|wody|insuliny|obiadu|posilku|niczego)\b.{0,20}\b(od (\w+ )?(dni|doby|wczoraj|dwoch|trzech"
        r"|kilku|\d+)|przez (\w+ )?(dni|cala dobe|caly dzien))",
        r"\b(lezy|lezala|lezal|zostawi\w*|siedzi|trzymaj\w*)\b.{0,30}\bw (mokr|brudn|zabrudzon|zasikan|obsikan|zafajdan|zabrudzon)"
        r"\w* (pieluch\w*|pieluszce|poscieli|lozku|ubraniu|ubraniach|pampers\w*|majtkach)",
        _unless(r"zapobieg\w*|profilakty\w*|zeby nie|materac\w*|jak (leczyc|dbac|unikac)|krem\w*|masc\w*|opatrun\w*") +
        r"(?<!przeciw)\bodlezyn\w*",
        # Neglected ("czuję się zaniedbana" is about the carer's own feelings).
        r"(?<!ja )(?<!mieszkanie )(?<!ogrod )(?<!dom )\b(jest|sa|byl|byla|byli|wyglada na|wygladaja na) (bardzo |strasznie"
        r" |totalnie |kompletnie |calkiem )?zaniedban\w*|\bzaniedbuj\w* (ja|go|ich|mame|tate|babcie|dziadka|pacjent\w*"
        r"|mieszkanc\w*|podopieczn\w*)\b",
        # Locked in, tied, kept away from family.
        r"\b(zamyka|zamknal|zamknela|zamykaja|zamkneli|zamykal\w*|trzyma|trzymaja) (\w+ )?(ja|go|ich|mame|tate|babcie|dziadka|brata"
        r"|siostre|ciocie|wujka) (na klucz|w pokoju|w mieszkaniu|w piwnicy|w lazience|w domu na klucz)\b"
        r"|\b(przywiazuj\w*|przywiazal\w*|przywiazali) (\w+ )?(ja|go|ich|mame|tate|babcie|dziadka|pacjent\w*) (do )?",
        r"\bzneca\w* sie nad (mama|tata|babcia|dziadkiem|nim|nia|nimi|bratem|siostra|ciocia|wujkiem|tesciowa|tesciem)\b",
        _near(r"glodn\w*|brudn\w*|zaniedban\w*|wychudzon\w*|zapuszczon\w*",
              r"nikt sie (nim|nia) nie (zajmuje|opiekuje)|nikt (go|jej) nie (karmi|myje|przebiera)", 40),
        r"\b(boi sie|boja sie|przeraza (ja|go)) (?!(ze|o|za|przed) )(\w+ )?(opiekunk\w*|opiekun\w*|syna|corki|wnuka|wnuczki|pielegniar\w*|personelu"
        r"|sasiad\w*|konkubent\w*|partnera)\b(?! (bo|poniewaz) (jej|go) nie zna)"
        r"(?<!nowej opiekunki)(?<!nowego opiekuna)",
        r"\b(nie (wpuszcza|wpuscil\w*|pozwala|pozwolil\w*) (mi|nam) (\w+ ){0,2}(widziec|zobaczyc|odwiedzac|odwiedzic) (sie z )?"
        r"(mama|tata|babcia|dziadkiem|mame|tate|babcie|dziadka|nia|nim|ja|go))\b(?!.*\b(godzin\w*|odwiedzin|covid\w*|grypa|po \d+))",
        r"\b(zabiera|zabral|zabrala|chowa|schowal\w*|sprzedaje|sprzedal\w*) (\w+ )?(jej|mu|mamie|tacie|babci|dziadkowi) (\w+ )?"
        r"(leki|tabletki|lekarstwa|telefon)\b(?! (zeby|bo|na noc|na wieczor|zeby nie|bo zapomina))",
        # "ktoś zabiera mamie pieniądze" (not to the bank for her).
        r"\b(ktos|on|ona|syn|corka|brat|siostra|wnuk|wnuczka|sasiad\w*|opiekun\w*|ziec|synowa|oni) (\w+ )?(zabiera|zabral|zabrala"
        r"|zabieraja|zabrali|bierze|podbiera|wyciaga) (\w+ )?(mamie|tacie|babci|dziadkowi|jej|mu|im|cioci|wujkowi|tesciowej|tesciowi)"
        r" (\w+ ){0,2}(pieniadze|pieniedzy|emeryture|rente|oszczednosci|zasilek|karte|kase)\b(?! (\w+ ){0,2}(do banku|na zakupy"
        r"|zeby (wplacic|zaplacic|kupic)|na rachunki|na oplaty|za (jej|jego) zgoda|z (jej|jego) zgoda))",
        # The carer afraid of hurting the person ("przy przenoszeniu" is lifting).
        r"\bboje sie ze (\w+ ){0,2}(zrobie (krzywde|cos) (\w+ )?(mamie|tacie|mu|jej|babci|dziadkowi|mezowi|zonie|bratu|siostrze"
        r"|tesciowej|tesciowi)|skrzywdze (mame|tate|go|ja|babcie|dziadka|meza|zone|brata|siostre|tesciowa))\b"
        r"(?! (\w+ ){0,2}(przy|podczas|w trakcie|przenosz\w*|podnosz\w*|kapiel\w*|myci\w*|niechcacy|przypadkiem)\b)"
        r"|\btrace (nad soba )?(panowanie|kontrole) (nad soba )?(\w+ ){0,3}(i )?(krzycze|szarpie|uderz\w*|popycham|boje sie)\b",
    ),
    "domestic_abuse": (
        # "bije mnie", "mąż mnie uderzył", "on mnie dusił" ("bije mnie w szachy", "dziecko kopie mnie w brzuchu" are not).
        _unless(r"dziecko (\w+ )?kopie|w brzuchu|brzuch|w ciazy|ciaza|pies|piesek|kot|szczeniak|konik|kon") +
        rf"(?<!nie )\b({_HITS} {_ME}|{_ME} (\w+ )?{_HITS}|{_HITS} (\w+ )?nas)\b(?! {_GAME})",
        rf"\b{_SOMEONE} (\w+ ){{0,2}}({_ME}|nas) (zgwalcil|gwalci|zastrasza|zastraszal\w*|terroryzuje|ponizaj\w*|ponizyl\w*"
        rf"|upokarza|sledzi|nagrywa|szpieguje|uderza|krzywdzi|atakuje)\b|\b{_SOMEONE} (\w+ ){{0,2}}(uderza|krzywdzi|atakuje)"
        rf" ({_ME}|nas)\b(?! {_GAME})|\b(zastrasza|terroryzuje|upokarza|ponizaj\w*) (mnie|mie|nas)\b",
        rf"\b{_SOMEONE} (\w+ ){{0,2}}(mnie|mie|nas) dusi\b|\bdusi (mnie|mie) (\w+ )?(rekami|za szyje|za gardlo|poduszka)\b",
        r"\b(zlapal\w*|chwycil\w*|trzymal\w*|scisnal\w*|scisk\w*) (\w+ )?(mnie|mie) (mocno )?za (gardlo|szyje|wlosy|kark)\b"
        r"|\b(rzuca|rzucil\w*|cisnal\w*|rzucal\w*) (\w+ ){0,3}(we mnie|w nas|w moja strone)\b(?!.*\b(klock\w*|zabawk\w*|pilk\w*))",
        # Sexual violence ("gwałtownie", suddenly, is not rape).
        r"\b(zmusza|zmusil\w*|zmuszal\w*|naciska|wymusza|wymusil\w*) (\w+ )?(mnie |mie )?(do )?(seksu|sex\w*|wspolzycia|stosunku"
        r"|zblizen\w*|lozka)\b|\bzgwalc\w*|\bgwalt(u|em|y|ow)?\b|\bgwalci(l|la|c)?\b",
        r"(?<! o )(?<!przeciw )(?<!temat )\bprzemoc\w* (domow\w*|w domu|w rodzinie|fizyczn\w*|psychiczn\w*|seksualn\w*)"
        r"|\bniebiesk\w* kart\w*",
        # Fear at home; fear of a partner or relative ("boję się go zostawić" is about leaving him alone).
        r"\bboj\w* sie (mojego |swojego |wlasnego |mojej |swojej |wlasnej )?(meza|partnera|partnerki|zony|chlopaka|narzeczonego"
        r"|bylego|bylej|syna|corki|ojca|taty|brata|konkubenta|tescia|tesciowej|wnuka|zieca|ojczyma)\b"
        r"(?! (o|reakcji|zdania|opinii|zapytac|powiedziec|prosic|poprosic|martwic|zostawic|\w*c)\b)",
        r"\bboje sie (go|jej)\b(?! (\w*c|reakcj\w*|zdani\w*|opini\w*|stanu|zdrowi\w*|choroby|diagnoz\w*|przyszlosc\w*|o|samopoczuci\w*"
        r"|upad\w*|smierci|odejscia|bolu|cierpieni\w*|samotnosci|operacj\w*|pogorszeni\w*|wypisu|napad\w*|atak\w*)\b)",
        _unless(r"schod\w*|wann\w*|prysznic\w*|upad\w*|porecz\w*|przewrocen\w*|kapiel\w*|lazienk\w*|chodz\w*|wilgo\w*|grzyb\w*"
                r"|plesn\w*|okolic\w*|dzielnic\w*") +
        r"\b(nie czuje sie bezpieczn\w*|boje sie|boi sie|strach) (w|we) (wlasnym |swoim |moim |naszym )?(domu|mieszkaniu)\b",
        r"\bboj\w* sie o (swoje |moje |nasze |wlasne )(zycie|bezpieczenstwo)\b|\bboje sie o zycie (moje|swoje|dzieci)\b",
        # Control: not allowed out, money or phone taken, messages checked.
        r"\b(nie pozwala|zabrania|zabronil\w*|nie pozwolil\w*) mi (\w+ ){0,2}(wychodzic|wyjsc|wychodzenia|z domu|spotykac|widywac"
        r"|dzwonic|rozmawiac|miec (pieniedzy|konta|telefonu|przyjaciol)|pracowac|do pracy|kontaktu|sie (widywac|spotykac))\b",
        _unless(r"bank\w*|urzad\w*|panstwo|zus|hmrc|council|podat\w*|rachun\w*|oplat\w*|czynsz\w*|dwp|rzad\w*|inflacj\w*|komornik\w*") +
        r"\b(zabiera|zabral|zabrala|odbiera|odebral\w*|kontroluje|trzyma|zatrzymuje|chowa) mi (\w+ ){0,2}(pieniadze|pieniedzy"
        r"|wyplate|karte|telefon|dokumenty|paszport|klucze|zasilek|kase|konto)\b",
        r"\b(sprawdza|przeglada|czyta|kontroluje) (mi |moj\w* )?(telefon|wiadomosci|smsy|esemesy|maile|konto|messengera)\b"
        r"|\bkontroluje (mnie|kazdy moj|kazdy krok|wszystko co robie|moje wydatki|moje pieniadze)\b|\bsledzi mnie\b",
        # Threats to kill or hurt ("grozi mi eksmisja" is a housing threat, not violence).
        r"\b(grozi|grozil\w*|odgraza\w*|straszy|straszyl\w*|krzyczy|krzyczal\w*|wrzeszczy|powiedzial\w*|mowi)\b.{0,30}"
        r"\b(ze|iz) (\w+ )?(mnie|mie|nas|ja|go|dzieci|ciebie|cie|mame|tate|ojca|matke|syna|corke|wszystkich|(\w+ )?(mnie|nas))"
        r" (\w+ )?(zabije|zatluke|pobije|udusi|zamorduje"
        r"|skrzywdzi|zrobi krzywde|spali|pozabija|zaszlachtuje|odbierze dzieci|zabierze dzieci|mi zabierze dzieci)\b"
        r"(?! (jak|jesli|jezeli|gdy|gdyby|za|ze smiechu) (\w+ )?(zapomne|sie spoznie|nie zadzwonie|nie przyjde)\b)",
        r"\b(grozi|grozil\w*|straszy|straszyl\w*) (mi |mnie |nam )?(\w+ )?(zabiciem|smiercia|pobiciem|nozem|bronia|spaleniem)\b",
        _near(r"noz|nozem|noza|siekier\w*|bronia|pistolet\w*",
              r"grozi\w*|wymachuje|wymachiwal\w*|machal\w*|macha|straszy\w*|goni\w*|rzucil\w* sie", 40),
        r"\bzneca\w* sie (nade mna|nad nami|nad dziecmi|nad mama|nad zona)\b",
        # A father or partner hitting the mother (often told by a child or a grown-up child).
        rf"\b(tata|tato|ojciec|ojczym|maz|partner|chlopak mamy|brat|syn|dziadek) (\w+ ){{0,2}}({_HITS} (mame|mamusie|matke|zone|babcie)"
        rf"|(mame|matke|zone|babcie) (\w+ )?{_HITS})\b(?! {_GAME})",
        # Aggression and fear together ("boję się, że tata stanie się agresywny" is a worry for later).
        _near(r"(jest|robi sie|zrobil sie|zrobila sie|staje sie|bywa) (\w+ )?(agresywn\w*|niebezpieczn\w*|brutaln\w*)",
              r"boje sie|boimy sie|przerazon\w*|strach mi", 40),
        # "grozi, że zrobi krzywdę nam", "mówi, że kogoś zabije" (the verb before its object).
        r"\b(grozi|grozil\w*|odgraza\w*|straszy|straszyl\w*|krzyczy|wrzeszczy|powiedzial\w*|mowi)\b.{0,30}\b(ze|iz) (\w+ )?"
        r"(zabije|zatluke|pobije|udusi|zamorduje|skrzywdzi|zrobi krzywde|pozabija) (mnie|mie|nas|nam|mi|dzieci|dzieciom|kogos"
        r"|wszystkich|mame|tate|mamie|tacie)\b(?! (jak|jesli|jezeli|gdy|gdyby|za|ze smiechu) (\w+ )?(zapomne|sie spoznie|nie zadzwonie|nie przyjde)\b)",
    ),
    "care_breakdown": (
        # The carer in hospital or having an operation, and someone left alone or with nobody.
        _near(_CARER_OUT, rf"{_ALONE}|{_NOBODY}|{_CANNOT_BE_LEFT}|kto sie (nim|nia|nimi) zajmie|kto (zostanie|przypilnuje)", 80),
        # Nobody to look after someone tonight or tomorrow.
        # ("jutro nie ma kto zostać z tatą, bo idę do dentysty" is a planned appointment.)
        r"^(?!.*\bbo (ide|jade|mam|musze isc|musze jechac|idziemy|jedziemy) (\w+ )?(do|na) (\w+ )?(dentyst\w*|fryzjer\w*|wizyt\w*"
        r"|wesel\w*|urodzin\w*|kurs\w*|zajeci\w*|spotkani\w*|rozmow\w*|okulist\w*|kosmetyczk\w*|egzamin\w*)).*?(" +
        _near(r"nie ma kto (\w+ ){0,2}(zostac|zajac sie|zaopiekowac sie|przypilnowac|popilnowac|posiedziec|pilnowac|opiekowac sie"
              r"|przyjsc|przyjechac|dac|podac|nakarmic|umyc|przebrac|polozyc|zmienic)|nie ma nikogo (kto|do) (\w+ ){0,2}(zostac|zostanie|zajmie|zaopiekuje|opieki|przypilnuje)"
              r"|nikt (\w+ ){0,2}nie (zajmie|zaopiekuje|zostanie|przyjdzie|przyjedzie|przypilnuje)|nikt (nie )?(pilnuje|zajmuje)"
              r" (sie )?(\w+ )?(mamy|taty|mama|tata|nim|nia|babci|dziadka|babcia|dziadkiem|synem|corka|mezem|zona)",
              _URGENT, 60) + ")",
        # Someone who cannot be left alone is alone now.
        _near(_CANNOT_BE_LEFT, rf"{_URGENT}|zostal\w* (\w+ )?{_ALONE}|(jest|sa|siedzi|lezy) (\w+ ){{0,2}}{_ALONE}|{_NOBODY}", 80),
        _near(r"demencj\w*|alzheimer\w*|lezac\w*|nie chodzi|nie moze (wstac|chodzic)",
              rf"(teraz|juz|od rana|od wczoraj|wlasnie) (\w+ ){{0,3}}{_ALONE}\b|(zostal|zostala|zostali) (\w+ ){{0,2}}{_ALONE}"
              rf"|nikt (sie )?(do )?(niej|niego|nich) nie przyjdzie|{_ALONE} (w domu )?(na noc|od rana|od wczoraj)", 60),
        # Walking out: "pakuję się i wychodzę", "zostawiam go, nie wrócę", "niech ktoś inny się nim zajmie".
        r"\bniech (sie )?(ktos|ktos inny|inni|panstwo|opieka spoleczna|socjal|social|council|oni sami|kto chce) (sie )?"
        r"(nim|nia|nimi|mama|tata|babcia|dziadkiem|mezem|zona|synem|corka) (sie )?(zajmie|zajma|martwi|martwia|zaopiekuje"
        r"|opiekuje|opiekuja)\b",
        _near(r"(pakuje|spakuje) (sie|walizke|torbe|rzeczy)|wychodze i|wyprowadzam sie|odchodze|wyjezdzam|uciekam|uciekne|porzuce"
              r"|nie wroce|mam (tego )?dosc|nie dam (juz )?rady",
              rf"(zostawiam|zostawie|porzucam|porzuce) {_CARED_FOR_OBJ}\b(?! (\w+ ){{0,2}}(na|z|ze|u|w|pod|przy)\b)|nie wroce"
              r"|niech (sie )?(ktos|ktos inny|inni|panstwo|opieka spoleczna|socjal|social|council|oni) (sie )?"
              r"(nim|nia|nimi|mama|tata|babcia|dziadkiem|mezem|zona|synem|corka) (sie )?(zajmie|zajma|martwi|martwia|zaopiekuje"
              r"|opiekuje)", 60),
        rf"\b(zostawiam|zostawie|porzucam|porzuce) {_CARED_FOR_OBJ}\b(?! (\w+ ){{0,2}}(na|z|ze|u|w|pod|przy)\b)"
        r".{0,40}\b(nie wroce|mam dosc|nie dam rady|koniec|na zawsze|i wychodze|i odchodze)\b",
        # Paid care cancelled or not turning up, and someone stuck or without food or medicines.
        _near(r"(agencj\w*|opiekunk\w*|opiekun|opiekunowie|carer\w*|pielegniark\w*)\b.{0,40}\b(odwolal\w*|nie przyszl\w*"
              r"|nie przyszedl|nie przyjdzie|nie przyjda|nie przyjechal\w*|zrezygnowal\w*|anulowal\w*|odwoluje|odwoluja)",
              r"nie (moze|da rady|potrafi) (wstac|sie ruszyc|zejsc|sam\w*)|lezy|sam\w* w domu|bez (jedzenia|lekow|opieki|pomocy"
              r"|picia)|nikogo nie ma|nie ma kto|od rana", 60),
        # Young people left on their own when the parent is taken to hospital.
        _near(r"(zabrali|zabrala|zabrac|zawiezli|wzieli) (\w+ ){0,2}(do szpitala|karetk\w*|ambulans\w*)|(mama|tata|mame|tate)"
              r" (\w+ )?(w szpitalu|do szpitala)",
              r"(zostalismy|zostalysmy|jestesmy) (\w+ )?sam\w*|sam\w* z (bratem|siostra|rodzenstwem)|tylko (ja|my) i (brat|siostra)",
              60),
    ),
}


# A sentence that denies the danger or puts it in the past is not read, unless it turns
# ("ale", "jednak"), says it is happening again, or also tells of violence to someone.
_TURN = r"(?!.*\b(ale|lecz|jednak|tylko ze|choc|chociaz|natomiast|znowu|znow|nadal|wciaz|ponownie|od nowa|dalej|teraz)\b)"
_AGAIN = (r"(?!.*\b(znowu|znow|nadal|wciaz|ponownie|od nowa|dalej(?! (\w+ )?(sie |mnie )?(denerwuj|martwi|boj|przejmuj|stresuj"
          r"|mysl|pamieta|wspomina|placz)\w*)|jeszcze|ciagle|wraca\w*|wrocil\w*|wrocily|zaczal\w*)\b)")
_NO_VIOLENCE = (r"(?!.*\b(bije|bija|bil|bila|bili|uderzyl\w*|pobil\w*|kopie|kopnal\w*|kopnela|dusil\w*|szarp\w*|grozi\w*"
                r"|zgwalc\w*|molest(owa|uj)\w*|nozem|popycha|popchn\w*|zastrasz\w*|zabije|zabil)\b)")
NOT_NOW = (
    # Denials: "nie chcę się zabić", "nie myślę o samobójstwie", "nigdy bym sobie nic nie zrobiła".
    "^" + _TURN + _NO_VIOLENCE + r".*\bnie (chce|chcialabym|chcialbym|mam zamiaru|zamierzam|planuje|mysle|myslalam|myslalem"
    r"|bede|zrobie|zrobilabym|zrobilbym|jestem) (sie |o |sobie |tego |nic )?(\w+ ){0,2}(zabic|zabijac|samobojstw\w*"
    r"|samobojcz\w*|umierac|umrzec|krzywd\w*|ciac|nic|tego|odebrac)",
    "^" + _TURN + _NO_VIOLENCE + r".*\bnigdy (bym )?(w zyciu )?(sie |sobie )?(nie )?(\w+ ){0,2}(zabil\w*|zrobil\w*"
    r"|skrzywdzil\w*|targnel\w*|ciel\w*)",
    "^" + _TURN + _NO_VIOLENCE + r".*\bnie (mam|miewam|mialam|mialem) (\w+ )?(mysli|zamiarow|planow|tendencji) samob",
    "^" + _TURN + _NO_VIOLENCE + r".*\bjestem (calkiem |zupelnie )?bezpieczn\w*\b",
    # The past: years ago, as a teenager, it has passed.
    "^" + _AGAIN + r".*\b((\d+|kilka|kilkanascie|pare|wiele|dwa|trzy|cztery|piec|dziesiec) (lat|lata|roku) temu|rok temu"
    r"|dawno temu|przed laty|w przeszlosci|jako (nastolat\w*|dziecko|mloda|mlody|nastolatka)|kiedy bylam (mloda|dzieckiem"
    r"|nastolatka)|kiedy bylem (mlody|dzieckiem|nastolatkiem)|w zeszlym roku|w ubieglym roku|w poprzednim (zwiazku|malzenstwie))\b",
    "^" + _AGAIN + r".*\b((to )?(juz )?(dawno )?minel\w*|to (juz )?przeszlosc|to (bylo )?(juz )?dawno|kiedys (mialam|mialem"
    r"|mial|miala|bylo)|juz (tego )?nie (mam|miewam|robie|tne))\b",
    # Recent past that is over, and a return home (not for violence, which may come back).
    "^" + _AGAIN + _NO_VIOLENCE + r".*\b((w zeszlym|w ubieglym|w poprzednim) (tygodniu|miesiacu)|(tydzien|miesiac|kilka dni"
    r"|pare dni|dwa tygodnie) temu)\b",
    "^" + _TURN + _NO_VIOLENCE + r".*\b(juz (wrocil\w*|jest|sa) (\w+ )?(w domu|z powrotem|bezpieczn\w*|w porzadku)|juz (sie )?"
    r"(znalazl\w*|odnalazl\w*|obudzil\w*|ocknal\w*)|(doszedl|doszla) do siebie)\b",
    # Next month, in March: planning, not now.
    "^" + _NO_VIOLENCE + r".*\b((w przyszlym|w nastepnym) (tygodniu|miesiacu|roku)|za (miesiac|tydzien|dwa tygodnie|kilka"
    r" tygodni|pare tygodni|kilka miesiecy)|w (styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu"
    r"|pazdzierniku|listopadzie|grudniu))\b",
    # On Friday mum will be alone for a few hours: planning a week ahead ("w piątek mama będzie sama").
    "^" + _NO_VIOLENCE + r"(?=.*\b((ide|jade|pojde|pojade|mam|bede|musze (isc|jechac)) (\w+ ){0,3}(w|we) (poniedzialek|wtorek|srode"
    r"|czwartek|piatek|sobote|niedziele)|(w|we) (poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele) (\w+ ){0,2}(ide|jade"
    r"|pojde|pojade|mam|bede|musze))\b).*\b(bedzie|beda|zostanie|zostana) (\w+ )?(sam|sama|sami|same|bez opieki)\b",
    # Television, films, the news, books ("nagrałam filmik" is evidence, not a film).
    "^" + _NO_VIOLENCE + r".*\b((w|we) (serialu|filmie|telewizji|tv|wiadomosciach|dzienniku|radiu|gazecie|ksiazce|artykule"
    r"|reportazu|podcascie)|ogladal\w* (\w+ )?(serial|film|program|wiadomosci|dokument|reportaz|telewizj|tv|netflix)\w*"
    r"|serial\w*|netflix\w*|(film|dokument|reportaz|ksiazk)\w* o)\b",
    # Planning for "if it ever happens", learning the signs, asking in general.
    "^" + _NO_VIOLENCE + r".*\b(co (bedzie|sie stanie) (z \w+ )?(jesli|jezeli|gdyby|jak|kiedy|w razie)|na wypadek (gdyby|gdybym"
    r"|jesli|jakby|mojej|nagl\w*)|w razie (gdyby|gdybym|mojej|nagl\w*)|plan\w* (awaryjn\w*|na wypadek|b)|jak (sie )?przygotowac"
    r"|(jak|po czym) (rozpoznac|poznac|zauwazyc|zapobiec|zapobiegac|unikac|uniknac)|(kurs\w*|szkoleni\w*) (z )?pierwszej pomocy"
    r"|(ulotk\w*|broszur\w*|informacj\w*|materialy) (o|na temat)|co (robic|zrobic|nalezy zrobic|trzeba zrobic) (gdy|kiedy|jesli"
    r"|jezeli|w razie|w przypadku) (ktos|osoba|czlowiek|chory|chora|pacjent|senior|starsza osoba)|kiedy (dzwonic|wzywac|wezwac)"
    r"|na przyszlosc)\b",
)


CATCHES = {
    "medical_emergency": (
        "Tata upadł i nie oddycha, co mam robić?!",
        "mama sie nie budzi, lezy na podlodze i nie reaguje",
        "Mąż ma bardzo silny ból w klatce piersiowej i jest cały spocony.",
        "pomocy babcia zemdlała w łazience",
        "Syn ma atak padaczki i nie przestaje od 10 minut",
        "mama połknęła całe opakowanie tabletek nasennych",
        "chyba przedawkowal morfine, ma sine usta i ledwo oddycha",
        "tata ma opadnięty kącik ust i bełkocze, chyba udar",
        "Żona z demencją wyszła z domu rano i nadal nie wróciła, robi się ciemno.",
        "Mama upadła w ogrodzie, noga dziwnie wygięta i krzyczy z bólu",
        "kuchnia sie pali a tata jest w srodku",
        "Dziadek się dusi, zrobił się siny na twarzy!!",
        "mama ma cukrzyce, jest cala spocona i zupelnie splatana",
        "nie moge dobudzic meza, wzial za duzo lekow na sen",
        "Tata stracił przytomność przy stole.",
        "Dzień dobry, piszę w sprawie zasiłku dla opiekuna, bo nie wiem czy mi przysługuje. Mieszkam z mamą w Brixton. "
        "Ale teraz mama leży w łazience i nie mogę jej docucić, krew leci z głowy.",
        "tata krwawi mocno z glowy i nie moge zatamowac",
        "chyba ma zawal, trzyma sie za klatke i jest szary na twarzy",
        "Syn z autyzmem zaginął, nie ma go od rana",
        "brat wypil wybielacz, co robic",
        "syn ma nóż i grozi, że zabije ojca",
        "Mama z Alzheimerem zgubiła się w parku, szukamy jej od godziny",
        "mama ma teraz ostry kryzys psychiczny",
        "mama z demencją wyszła w nocy i nie możemy jej znaleźć",
        "tata chwycił nóż i krzyczy na nas",
        "syn słyszy głosy i mówi, że podpali sąsiada",
    ),
    "suicidal": (
        "Chcę się zabić, nie daję już rady.",
        "nie chce mi sie zyc, wszystko mnie przerasta",
        "mysle o samobojstwie coraz czesciej",
        "Wszystkim byłoby lepiej beze mnie.",
        "mam mysli samobojcze od kilku tygodni",
        "Mąż grozi, że się zabije, jeśli oddam go do domu opieki.",
        "chcialabym zasnac i sie nie obudzic",
        "Nie widzę sensu życia, opiekuję się mamą cały czas i nic mi nie zostało",
        "zbieram tabletki mamy dla siebie, juz mam sporo",
        "Syn mówi, że chce umrzeć, i dziś napisał list pożegnalny.",
        "Czasem myślę, żeby skoczyć z mostu i mieć wreszcie spokój",
        "nie mam juz po co zyc od kiedy zmarl maz",
        "chce juz to wszystko skonczyc, mam tabletki w szafce",
        "Moja mama ciągle powtarza, że odbierze sobie życie.",
        "Hej, szukam info o carers allowance i o tym jak dostać przerwę (respite). Nie spałam od tygodni. "
        "Szczerze mówiąc czasem myślę, że najlepiej by było, gdyby mnie nie było. Mama ma demencję i nikt nie pomaga.",
        "ile tabletek trzeba wziac zeby sie nie obudzic",
        "tata powiedział ze sie powiesi w garazu",
        "nie moge juz tak zyc, chce umrzec",
        "Czuję, że zaraz coś sobie zrobię.",
        "odechciało mi się żyć po tym wszystkim",
        "zabije sie jak tak dalej pojdzie",
        "mam tabletki i chcę je wszystkie łyknąć",
        "wszyscy odetchną, jak mnie zabraknie",
        "chciałabym ze sobą skończyć, nie mam siły",
        "nie chcę się już nigdy obudzić",
        "żona mówi, że chce ze swoim życiem skończyć",
        "córka słyszy głosy, które każą jej się zabić",
    ),
    "self_harm": (
        "Znowu się tnę, nie umiem przestać.",
        "corka sie tnie, widzialam rany na udach",
        "Robię sobie krzywdę, kiedy jest za dużo.",
        "syn z autyzmem wali glowa w sciane az do krwi",
        "przypalam sie papierosem zeby cos poczuc",
        "Moja córka się samookalecza, znalazłam żyletki w jej pokoju.",
        "drapie sie do krwi jak sie denerwuje, celowo",
        "pocięłam sobie ręce wczoraj w nocy",
        "mąż celowo uderza się pięściami po głowie",
        "krzywdze sama siebie, nikt o tym nie wie",
        "syn gryzie sobie rece do krwi gdy jest zdenerwowany",
        "tne sie od miesiaca i nikt nie wie",
        "nastolatka okalecza się, ma nacięcia na rękach",
        "Dzień dobry, opiekuję się bratem z niepełnosprawnością. Chciałabym zapytać o zasiłek i o pomoc w domu. "
        "Dodam tylko, że od jakiegoś czasu znów się tnę, jak brat zaśnie.",
        "Czasem specjalnie się ranię żyletką w nogi",
        "zrobiłam sobie nacięcia na nogach, żeby nikt nie widział",
        "myślę, żeby zrobić sobie krzywdę",
        "syn grozi, że zrobi krzywdę sobie",
    ),
    "child_at_risk": (
        "Mam 13 lat i tata mnie bije.",
        "mam 12 lat mama jest pijana od 3 dni i nie ma nic do jedzenia",
        "Boję się wracać do domu.",
        "mama zostawia nas samych na cale weekendy, mam 10 lat",
        "chłopak mamy mnie dotyka jak ona śpi",
        "starszy chlopak kaze mi nosic paczki, daje mi za to kase, mam 14 lat",
        "Sąsiadka zostawia swoje dzieci same w domu od dwóch dni.",
        "nie chodzę do szkoły od miesiąca bo muszę pilnować mamy, mam 13 lat",
        "ojczym bije mojego mlodszego brata pasem",
        "Mój synek ma siniaki na plecach i mówi, że to tata.",
        "wujek molestował moją córkę",
        "mam 11 lat, mama znowu śpi pijana i nie jedliśmy obiadu",
        "Boję się, że zrobię krzywdę dziecku, jestem na skraju.",
        "ktoś w necie każe mojej córce wysyłać nagie zdjęcia",
        "Cześć, jestem w 8 klasie. Pomagam mamie, bo ma stwardnienie rozsiane. Tata jak pije to nas bije, mnie i siostrę. "
        "Nie wiem do kogo pisać.",
        "mama kazała mi nikomu nie mówić, że tata nas bije",
        "tata zostawia nas samych na całą noc",
        "mam 12 lat, jestem sam z młodszym bratem od wczoraj, mama nie wróciła",
        "mam 12 lat i od wczoraj jestem sam z bratem",
        "sąsiad mnie dotyka, jak nikt nie widzi",
        "ojciec jest za pijany, żeby zająć się małym",
    ),
    "adult_at_risk": (
        "Opiekunka z agencji szarpie mamę i krzyczy na nią.",
        "brat zabiera mamie cala emeryture i nic jej nie zostaje",
        "tata z demencją mnie bije, kiedy jest zdezorientowany",
        "Babcia ma siniaki na rękach i nikt nie potrafi wyjaśnić skąd.",
        "ktoś oszukał dziadka metodą na wnuczka",
        "W domu opieki zostawiają tatę w mokrej pieluszce na całą noc.",
        "sąsiad podbiera pieniądze z portfela babci",
        "syn mnie uderzył, jak próbowałam dać mu leki, on ma schizofrenię",
        "mama nie dostała leków od trzech dni, nikt jej nie pilnuje",
        "siostra zamyka mamę na klucz w pokoju, jak wychodzi",
        "Podejrzewam, że wujek finansowo wykorzystuje babcię.",
        "mama z alzheimerem mnie drapie i gryzie, mam cale rece w ranach",
        "Opiekun w ośrodku przywiązuje tatę do wózka.",
        "Dzień dobry, chciałabym zapytać o Blue Badge dla taty. Przy okazji: zauważyłam, że nowa opiekunka podkrada mu "
        "pieniądze z portfela, a tata boi się coś powiedzieć.",
        "ciocia jest bardzo zaniedbana, brudna i głodna, a kuzyn niby się nią opiekuje",
        "jacyś kumple wprowadzili się do jego mieszkania i wydają jego pieniądze",
        "mama bije mnie jak sie zdenerwuje, ma demencje",
        "wnuk zabiera babci emeryturę",
        "syn wydaje całą emeryturę mamy na wódkę",
        "boję się, że skrzywdzę mamę, nie panuję nad sobą",
    ),
    "domestic_abuse": (
        "Mąż mnie bije.",
        "partner nie pozwala mi wychodzic z domu ani rozmawiac z rodzina",
        "Boję się męża, jak wypije to rzuca we mnie czym popadnie",
        "on zabiera mi cala wyplate i sprawdza mi telefon",
        "chlopak grozi ze mnie zabije jak odejde",
        "Mąż zmusza mnie do seksu, kiedy nie chcę.",
        "złapał mnie za gardło wczoraj wieczorem",
        "przemoc domowa, nie wiem co robic",
        "syn mnie popycha na ścianę jak jest pijany",
        "żona mnie upokarza i zastrasza, boję się we własnym domu",
        "mam niebieska karte ale on dalej mnie bije",
        "Wczoraj wymachiwał nożem w kuchni i krzyczał, że mnie zabije.",
        "nie czuje sie bezpiecznie we wlasnym domu, tesc mnie szarpie",
        "Hej. Opiekuję się teściową, która ma Parkinsona, i potrzebuję info o przerwie wytchnieniowej. "
        "Problem jest też taki, że mąż jak pije, to mnie szarpie i grozi, że mi zabierze dzieci. Boję się.",
        "Partnerka zabrała mi telefon i dokumenty i nie pozwala mi dzwonić do mamy",
        "boje sie o swoje zycie, on jest coraz bardziej agresywny",
        "on mnie dusil w nocy",
        "Co mam zrobić, jak mąż mnie uderza w twarz?",
        "tata zepchnął mnie ze schodów",
        "brat mówi, że zrobi krzywdę nam wszystkim",
    ),
    "care_breakdown": (
        "Jestem w szpitalu, a mama z demencją została sama w domu.",
        "nie ma kto zostac z tata dzis w nocy",
        "Zabierają mnie karetką do szpitala, mąż leży w łóżku i nie może być sam.",
        "jutro mam operację i nie ma kto zająć się synem, on nie może zostać sam",
        "Nie dam rady, pakuję się i wychodzę, niech ktoś inny się nim zajmie.",
        "agencja odwolala wszystkie wizyty w tym tygodniu, a tata nie moze wstac z lozka",
        "Siostra jednak nie przyjedzie do mamy. Mama z demencją jest teraz sama w domu. Mój lot jest za godzinę.",
        "jestem na SORze, dziadek sam w domu, nikt się nim nie zajmie",
        "trafilam do szpitala, kto sie zajmie mama? jest sama",
        "Zostawiam go, mam dość, nie wrócę.",
        "mamę zabrali do szpitala karetką i zostaliśmy sami z bratem",
        "ratownicy mnie zabierają, tata siedzi w fotelu i nie można go zostawić",
        "opiekunka nie przyszła, mama leży od rana bez opieki",
        "Dzień dobry, mam kilka pytań o council tax. Ale najpierw: złamałam rękę i jestem w szpitalu, "
        "a moja córka z niepełnosprawnością jest teraz sama i nikt do niej nie przyjdzie.",
        "w hospitalu jestem od rana i nikt nie pilnuje mamy",
        "nie dam juz rady sie nim opiekowac, dzis wychodze i go zostawiam, nie wroce",
        "zemdlałem w pracy i nikt nie zajmie się dzisiaj mamą",
        "miałam wypadek i mama jest sama w domu",
    ),
}


LOOKALIKES = (
    # Idioms of tiredness and exasperation.
    "Jestem padnięta po nocy z mamą.",
    "umieram ze zmęczenia, mama znowu nie spała",
    "Zabije mnie ta biurokracja z council tax.",
    "o mało nie umarłam ze strachu, jak mama zniknęła z pokoju, ale była w kuchni",
    "brat mnie zabije, jak zapomnę o wizycie mamy u lekarza",
    "mam dość wszystkiego, potrzebuję przerwy",
    "nie mam siły, jestem wykończona, gdzie mogę dostać respite?",
    "o mało nie dostałam zawału, jak zobaczyłam rachunek za gaz",
    "Zabiłabym za kawę i godzinę ciszy.",
    "Umrę ze śmiechu, mama dzisiaj tańczyła z opiekunką.",
    "walę głową w mur z tym urzędem",
    "Ta sytuacja mnie dusi, potrzebuję wsparcia.",
    "dusze sie w tym malym mieszkaniu, potrzebujemy wiekszego",
    "nie moge zlapac oddechu od rana, tyle spraw do zalatwienia",
    "przedawkowałam dziś kawę, ręce mi się trzęsą haha",
    "nic się nie pali, mogę zadzwonić jutro",
    "Nie chce mi się nic robić, jestem zmęczona.",
    "nie chce mi sie dzis gotowac",
    "Skoczę do apteki po leki dla taty i zaraz wracam.",
    # Denials and things that are over.
    "Nie chcę się zabić, jestem po prostu bardzo zmęczona.",
    "nie mysle o samobojstwie, potrzebuje tylko z kims pogadac",
    "Kiedyś miałam myśli samobójcze, ale to już minęło i teraz jest dobrze.",
    "Nie mam siły na nic, ale jestem bezpieczna i nie zrobię sobie krzywdy.",
    "Tata upadł rok temu i złamał biodro, teraz chodzi z balkonikiem.",
    "Zabrali mamę do szpitala w zeszłym tygodniu, teraz jest już w domu.",
    "Mąż był w szpitalu przez dwa tygodnie, teraz jest w domu i dochodzi do siebie.",
    "Agencja odwołała wizyty w zeszłym miesiącu i tata był sam, czy mogę dostać ocenę opiekuna?",
    "Wczoraj było ciężko, ale dziś lepiej, mama spokojna.",
    # Television and the news.
    "Oglądałam serial, w którym ktoś popełnił samobójstwo, smutne to było.",
    "w wiadomosciach mowili o przemocy domowej w Londynie",
    "Ten serial o szpitalu mnie wykańcza, ciągle ktoś tam umiera.",
    # Ordinary care questions.
    "Ile tabletek paracetamolu dziennie może brać mama?",
    "Jak przechowywać leki taty, żeby nie przedawkował przez pomyłkę?",
    "Mój syn (14 lat) pomaga mi w domu, robi zakupy i zmywa.",
    "Mam 13 lat i pomagam mamie, czy są grupy dla młodych opiekunów?",
    "Mama ma padaczkę od dziecka, czy należy się jej Blue Badge?",
    "Mój syn ma ataki padaczki raz w miesiącu, czy dostanie PIP?",
    "Opiekunka jest super, mama ją uwielbia.",
    "biorę mamie emeryturę z poczty, bo ona nie może chodzić",
    "Boję się, że zrobię jej krzywdę przy przenoszeniu z łóżka, jest ciężka.",
    "Uważam, żeby mama nie zrobiła sobie krzywdy przy kuchence, jak zabezpieczyć gaz?",
    "jak zapobiegać odleżynom u leżącego taty?",
    "Mama ma siniaki po zastrzykach z heparyny, pielęgniarka mówi, że to normalne.",
    "Córka drapie się do krwi przez egzemę, jaki krem polecacie?",
    "Tnę mamie paznokcie, bo sama nie może, jakie nożyczki kupić?",
    "Pociąłem sobie palec, krojąc chleb, nic poważnego lol",
    "Mama dławi się przy jedzeniu, jak ją karmić bezpiecznie?",
    "Pali się światło w łazience cały dzień, tata zapomina gasić.",
    "Nie wiem, gdzie jest formularz do carers assessment.",
    "Mama krzyczy na opiekunkę, bo ma demencję, jak ją uspokoić?",
    "mama ciągle mówi, że chce umrzeć w domu, a nie w szpitalu",
    "myślę o śmierci mamy, jak się przygotować do opieki paliatywnej?",
    "Jak rozpoznać objawy udaru? Chcę być przygotowana.",
    "Co robić, gdy ktoś ma atak padaczki? Pytam na przyszłość.",
    "Kiedy dzwonić po karetkę, a kiedy na 111?",
    "Tata nie reaguje na nowe leki, lekarz zmienia dawkę.",
    "Zrobię sobie coś do jedzenia i wracam do formularza.",
    "Czuję się zaniedbana przez rodzinę, nikt mi nie pomaga.",
    "Zaniedbałam swoje zdrowie przez opiekę nad tatą.",
    "Mama boi się nowej opiekunki, bo jej nie zna.",
    "Boję się go zostawić samego w nocy, więc śpię na kanapie.",
    "Grozi mi eksmisja, co mam zrobić?",
    "Urząd zabiera mi część zasiłku, czy to legalne?",
    # Games, pets, pregnancy.
    "Tata bije mnie w szachy za każdym razem haha",
    "syn uderzył mnie poduszką dla zabawy",
    "Mój pies rzuca się na mnie z radości, jak wracam.",
    "Dziecko kopie mnie w brzuchu, jestem w 7 miesiącu i opiekuję się tatą.",
    # Leaving someone safely, planning ahead, the carer at hospital for an appointment.
    "Zostawiam mamę z siostrą na weekend, bo jadę na wesele.",
    "Czy mogę zostawić tatę samego na godzinę, jak idę na zakupy?",
    "Nie ma kto zająć się mamą, kiedy jestem w pracy, szukam opieki dziennej.",
    "co będzie z mamą, jeśli trafię do szpitala? chcę mieć plan awaryjny",
    "Mama mieszka sama od śmierci taty i codziennie do niej chodzę.",
    "Tata po operacji jest sam w domu i nie może daleko chodzić, kto może pomóc?",
    "Jestem w szpitalu z mamą na wizycie kontrolnej, czy mogę dostać zwrot za parking?",
    "Zgubiłam się w tych wszystkich formularzach.",
    "Tata nie żyje od roku, jak zamknąć jego konto w banku?",
    "Mama z demencją twierdzi, że ją okradamy, jak sobie z tym radzić?",
    "Zabiłabym się ze śmiechu, jak to zobaczyłam.",
    "Wolałabym umrzeć, niż znowu dzwonić do HMRC, haha.",
    "Chcę skończyć ten formularz do piątku.",
    "Jestem na SORze z mamą, czekamy na wyniki, czy mogę zaparkować za darmo?",
    "Mama ma demencję i jest sama w domu rano, czy jest jakaś opieka dzienna?",
    "Synek mnie kopnął niechcący, boli mnie noga.",
    "Mąż wraca z pracy i pada na twarz, oboje jesteśmy wykończeni.",
    "Mama popchnęła mnie do tego, żebym poprosiła o pomoc.",
    "Uderza mnie, jak mało jest pomocy dla opiekunów.",
    "Migrena mnie atakuje od rana.",
    "Mąż wyszedł do pracy i jeszcze nie wrócił.",
    "Mamy nie ma od rana, jest w ośrodku dziennym.",
    "Boję się jej upadków w nocy.",
    "Brat nic nie pomaga, mam dość, niech sam sobie radzi.",
    "Nie dam rady dziś, zostawiam go na noc u siostry.",
    "Mam operację w marcu i mama zostanie sama, jak to zaplanować?",
    "Nagrałam filmik, jak mama tańczy z wnuczką.",
    "Pielęgniarka mówi, że serce mu bije nierówno, mamy wizytę u kardiologa.",
    "Mama ma cukrzycę i demencję, wieczorem bywa zdezorientowana.",
    "Czuję się bez życia po tych wszystkich nocach.",
    "Zgłosiłam zepsuty bojler, niech ktoś się tym w końcu zajmie.",
    "Mam dość, zostawiam go dziś samego na dwie godziny, bo muszę do lekarza.",
    "Pracownik socjalny zaniedbał naszą sprawę, jak złożyć skargę?",
    "Tata nie może powiedzieć, co go boli, bo ma demencję.",
    "Mama ma chorobę dwubiegunową i wydaje wszystkie pieniądze w manii.",
    "Syn wydaje wszystkie pieniądze na gry.",
    "Nie chce mi się jutro obudzić o piątej, ale muszę.",
    "Boję się, że mama zrobi sobie krzywdę na schodach.",
    "Boję się, że zrobię krzywdę mamie przy przenoszeniu z łóżka.",
    "Córka zabiera babci pieniądze do banku, żeby wpłacić.",
    "Szef zepchnął mnie na boczny tor w pracy.",
    "Tata ma nóż do chleba w szufladzie, czy to bezpieczne?",
    "Syn ma schizofrenię i czasem słyszy głosy, bierze leki.",
    "Mama zniknęła na chwilę w sklepie, ale zaraz ją znalazłam.",
    "Lekarz dotyka mnie za rękę, kiedy mówi o wynikach.",
    "Miałam wypadek rok temu i od tego czasu boli mnie kręgosłup.",
    # Round 2: ordinary messages that the rules once read as a crisis.
    "Mąż zemdlał w zeszłym miesiącu, lekarze sprawdzili serce i wszystko jest dobrze, tylko ja dalej się denerwuję.",
    "Mama zgubiła się raz w supermarkecie, ale ochrona szybko ją znalazła, czy to już demencja?",
    "Czasem myślę, co by było, gdyby mnie nie było, kto by się zajął mamą? Chcę mieć jakiś plan.",
    "Boję się, że mama kiedyś zapomni wyłączyć gaz i będzie pożar.",
    "Idę na zabieg w piątek, a mama będzie sama przez kilka godzin, czy ktoś może przyjść?",
    "Syn powiedział, że mnie zabije, jak znowu zapomnę o jego meczu, haha.",
    "Mam dość życia na walizkach między moim mieszkaniem a domem mamy.",
    "Nie mam już siły żyć w takim tempie, potrzebuję przerwy.",
    "Tata z demencją wyszedł rano do sklepu z opiekunką i jeszcze nie wrócili, zawsze długo chodzą.",
    "Mama z alzheimerem poszła z sąsiadką do kościoła i nie ma jej od rana, ale wiem, gdzie są.",
    "Zaginął mi list z DWP, nie wiem, co teraz z zasiłkiem.",
    "Karta opiekuna zaginęła na poczcie, jak zamówić nową?",
    "Jutro nie ma kto zostać z tatą, bo idę do dentysty, jest jakaś opieka na kilka godzin?",
    "Gdyby mnie nie było, kto by przypilnował taty? Chcę to zaplanować.",
    "zaginela mi gdzies paczka z lekami taty z apteki",
    "w sobote jade na wesele i mama zostanie sama na pare godzin, kto moze do niej zajrzec",
    "Tata z alzheimerem poszedł z wolontariuszem na spacer i jeszcze nie wrócili.",
    "W radiu mówili, że w Croydon był pożar bloku, a tam mieszka moja mama.",
    "Mama upadła dziś na dywan, ale pomogłam jej wstać i nic ją nie boli.",
    "Tata wziął dziś dwa razy tabletkę na ciśnienie przez pomyłkę, lekarz mówi, że nic mu nie będzie.",
    "Dwa lata temu syn przedawkował, teraz jest czysty i chodzi na terapię.",
)
