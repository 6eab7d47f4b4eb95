"""The shared pieces of vocabulary and helpers the pl rules are written with."""
from __future__ import annotations

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
