"""What makes a pl sentence about danger not a crisis now: denied, past, or about someone else."""
from __future__ import annotations

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
