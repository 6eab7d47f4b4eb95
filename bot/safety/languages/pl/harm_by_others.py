"""The pl rules for harm by others or a care breakdown: a child or an adult at risk, domestic abuse, care that has broken down."""
from __future__ import annotations

from bot.safety.languages.pl.vocabulary import (_ALONE, _CANNOT_BE_LEFT, _CARED_FOR_OBJ, _CARER_OUT, _CHILD, _GAME,
                                                _HITS, _ME, _NOBODY, _PARTNER, _RELATIVE, _SOMEONE, _URGENT, _near,
                                                _unless)

HARM_BY_OTHERS = {
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
