"""Crisis rules in Somali, for bot/safety/languages.

The patterns read folded text (fold(): lower case, no accents, letters and digits only, one
space between words, a space at each end), so an apostrophe is a space: "la'aan" reads
"la aan", "go'aan" reads "go aan".

Somali as carers text it in London is written many ways: long vowels doubled or not
("garaacay", "garacay"), "ay" as "ey" ("garaacey"), "dh" as "d" ("gabadh", "gabad"), "x" (the
pharyngeal h) as "h" ("xanuun", "hanuun"), "c" (the ayn) left out ("carruur", "aruur"), "kh" as
"k" or "x", "q" as "k", doubled consonants single ("carruur", "caruur"). The patterns are
written once in standard spelling; _soft() below rewrites every word of four letters or more
so that all those spellings match (shorter words, "i", "ku", "wuu", "way", are kept as
written). Text that must be read as written goes between « and ». Words in angle brackets
(<PILLS>, <CHILD>, ...) are shared pieces, put in by _rules().

Many words are also everyday idioms: "daal ayaa i dilay" (tiredness killed me), "gaajo ayaan u
dhimanayaa" (I'm dying of hunger), "shaqo ayaan isku dilay" (I killed myself working), "albaabka
ayuu garaacaa" (he knocks on the door): the rules name the dangerous forms and keep the idioms
out with the words next to them; LOOKALIKES keeps the idioms tested.

English words carers mix in ("GP", "hospital", "carer", "council") are read too, but every
pattern needs at least one Somali word, so English text is never read by these rules."""
from __future__ import annotations

import re

LANGUAGE = "so"

_VOWELS = "aeiou"


def _soft_word(word: str) -> str:
    """A regex for `word` (standard spelling) that also reads its common informal spellings."""
    if len(word) <= 3:
        return word
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if word.startswith("dh", i):
            out.append("dh?")
            i += 2
        elif word.startswith("kh", i):
            out.append("(?:kh|k|x)")
            i += 2
        elif word.startswith("sh", i):
            out.append("sh")
            i += 2
        elif ch in _VOWELS:
            j = i
            while j < len(word) and word[j] == ch:
                j += 1
            if ch in "ae" and j < len(word) and word[j] == "y":
                out.append("[ae]{1,3}")
            else:
                out.append(ch + "{1,3}")
            i = j
        elif ch == "x":
            out.append("[xh]")
            i += 1
        elif ch == "c":
            # The ayn is often left out at the start of a word ("carruur", "aruur").
            out.append("c?" if i == 0 else "c")
            i += 1
        elif ch == "q":
            out.append("[qk]")
            i += 1
        else:
            j = i
            while j < len(word) and word[j] == ch:
                j += 1
            out.append(ch + ("{1,2}" if j - i > 1 else ""))
            i = j
    return "".join(out)


def _soft(pattern: str) -> str:
    """Rewrites the words of a pattern with _soft_word(), leaving regex syntax, character
    classes and text between « » as they are."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif ch == "«":
            end = pattern.index("»", i)
            out.append(pattern[i + 1:end])
            i = end + 1
        elif ch == "[":
            end = pattern.index("]", i + 1)
            out.append(pattern[i:end + 1])
            i = end + 1
        elif ch == "(" and pattern.startswith("(?", i):
            # "(?:", "(?!", "(?=", "(?<!", "(?<=": copied as they are.
            k = i + 2
            while k < n and pattern[k] in "<:!=":
                k += 1
            out.append(pattern[i:k])
            i = k
        elif "a" <= ch <= "z":
            j = i
            while j < n and "a" <= pattern[j] <= "z":
                j += 1
            word = pattern[i:j]
            if j < n and pattern[j] in "?*+{":
                # A quantifier belongs to the last letter: keep that letter as it is.
                out.append(_soft_word(word[:-1]) + word[-1] if len(word) > 4 else word)
            else:
                out.append(_soft_word(word))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _unless(words: str, then: str = "") -> str:
    """A prefix: the window must not hold any of `words` (an alternation), and must match the
    look-ahead `then` (read once, from the start of the window)."""
    return rf"^(?!.*\b(?:{words})\b){then}.*?"


_PIECES = {
    # "I" as carers write the focus markers: "waxaan", "wxn", "waan", "ayaan", "baan".
    "<I>": r"(?:waxaan|«wxaan|wxan|wxn|wax aan»|waan|ayaan|baan)",
    # "that I ...".
    "<THAT_I>": r"(?:inaan|«in aan|inan»)",
    # Wanting, wishing, thinking of, planning, trying.
    "<WANT>": r"(?:rabaa|rabaya|doonayaa|doonaya|jeclaan lahaa|jeclahaa|jeclaan lahaayeen|ka fekerayaa|ka fikirayaa"
              r"|ka fakarayaa|ku fekerayaa|ka fekeraa|ka fikiraa|isku dayay|isku dayi doonaa|isku dayayaa|go aansaday"
              r"|goaansaday|qorsheynayaa|qorshaynayaa|damacsanahay|u baahanahay|rabay|doonayay)",
    # Medicines.
    "<PILLS>": r"(?:kiniin\w*|kaniin\w*|«kiniin\w*|kaniin\w*»|daawo\w*|dawo\w*|daawad\w*|daawooyin\w*|tablet\w*|«pills?»"
               r"|paracetamol\w*|panadol\w*|insulin\w*|morphine|morfiin\w*|sleeping)",
    # Swallowed, took, ate, drank (past).
    "<SWALLOWED>": r"(?:liqay|liqday|liqeen|liqdey|liqey|cunay|cuntay|cuney|cuntey|qaatay|qaadatay|qaatey|qaadatey"
                   r"|cabay|cabtay|cabbay|cabbtay|cabey|cabtey)",
    # A child, as a parent, grandparent or neighbour writes about them.
    "<CHILD>": r"(?:ilmo|ilmaha|ilmihii|ilmih\w*|ilmuhu|ilmah\w*|ilmo yar|carruur\w*|caruur\w*|wiil\w*|gabadh\w*|gabar\w*|gabdh\w*"
               r"|inan\w*|canug\w*|cunug\w*|ubad\w*|hablo\w*|hablah\w*|awlaad\w*|«kids?|child\w*|baby»)",
    # A child's age: "waxaan ahay 13 jir", "12 sano jir".
    "<CHILD_AGE>": r"(?:«(?:[4-9]|1[0-7])» (?:sano |sanadood )?(?:jir|jirsaday|jira|jirka)"
                   r"|toban jir|«(?:kow|laba|saddex|sadex|afar|shan|lix|todoba|toddoba) iyo toban» (?:sano )?jir)",
    # An older or disabled adult someone looks after.
    "<ADULT>": r"(?:hooy\w*|«aab\w*|abo\w*»|ayeey\w*|awoow\w*|eedo\w*|eeda\w*|habaryar\w*|adeer\w*|abti\w*|waayeel\w*|oday\w*"
               r"|islaan\w*|«mum|mom|dad|nana|granny|grandma»)",
    # A partner or ex.
    "<PARTNER>": r"(?:ninkayg\w*|ninkeyg\w*|ninkay|seygayg\w*|seyg\w*|odaygayg\w*|xaaskayg\w*|xaaskeyg\w*|naagtayd\w*"
                 r"|afadayd\w*|saaxiibkay\w*|saaxiibkey\w*|ninkii hore|ninkaygii hore|odaygii hore|xaaskii hore"
                 r"|aabbaha carruurt\w*|aabaha caruurt\w*|«husband|hubby|boyfriend|partner|ex|wife|bf»)",
    # Alone, nobody there, who will look after them?
    "<ALONE>": r"(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|keligii|kaligood|keligood|«kali|keli|kaliya»"
               r"|kelidiis|kelideed|cid la aan|cidna|qofna|cid ma jirto|qof ma jiro|cid \w+ ma jirto|qof \w+ ma jiro"
               r"|«yaa» (?:\w+ )?(?:daryeeli|eegi|ilaalin|la joogi|siin|u fiirin|quudin|kaxayn|kaxeyn)\w*)",
    # A hospital, A&E, an ambulance.
    "<HOSP>": r"(?:isbitaal\w*|cisbitaal\w*|«hospital\w*|a e|a and e|emergency» |ambalaas\w*|ambulaas\w*|«ambulance»"
              r"|qalliin\w*|qaliin\w*|qalitaan\w*|«operation|surgery»)",
    # Not something happening now but a date to plan for.
    "<PLAN>": r"(?:qorshe\w*|qorsh\w*|mustaqbal\w*|bisha dambe|bisha danbe|bisha soo socota|toddobaadka dambe"
              r"|toddobaadka soo socda|usbuuca dambe|usbuuca soo socda|sanadka dambe|sannadka dambe|sanadka soo socda"
              r"|«haddii|hadii» (?:aan|ay|uu) (?:\w+ ){0,2}(?:isbitaal\w*|«hospital\w*»|dhinto|dhimato|dhaco|xanuunsado)"
              r"|janaayo|febraayo|maarso|abriil|maajo|«juun»|luulyo|agoosto|sebtembar|oktoobar|nofembar|desembar|diseembar)",
    # "ma" (not), also "mana" (and not), "maba".
    "<MA>": r"(?:ma|mana|«maba»)",
    # Urgent: tonight, now, today, tomorrow.
    "<NOW>": r"(?:caawa|habeenkan|«hadda|hada»|imika|haatan|maanta|berri|saaka|isla markiiba|degdeg\w*)",
}


def _rules(*patterns: str) -> tuple[str, ...]:
    out = []
    for pattern in patterns:
        for name, piece in _PIECES.items():
            pattern = pattern.replace(name, piece)
        out.append(_soft(pattern))
    return tuple(out)


SUICIDAL = _rules(
    # "is dil": kill oneself ("waxaan rabaa inaan is dilo", "wuxuu isku dayay inuu is dilo", "is-dilid").
    # "isku dil" (fight each other, work oneself to death) is not read.
    _unless(r"shaqo\w*|shaqeyn\w*|shaqayn\w*|kaftan\w*|cayaar\w*|ciyaar\w*|jimicsi\w*")
    + r"\b(?:is|isa|«iska») ?(?:dilo|dili|dilay|dilayaa|dilaa|dilaya|dilayo|dilid|dilidda|dilis|disho|dishay|dilaysaa"
      r"|dileysaa|dilaysa|dileyn|dilin|dili doonaa|dili doono|dili doonta|dilaan|dileen)\b",
    r"\bis ?miidaam\w*",
    # Wanting to die: "waxaan rabaa inaan dhinto", "inaan dhinto ayaan rabaa", "dhimasho ayaan rabaa".
    r"\b<WANT>(?: \w+){0,3} <THAT_I> (?:dhinto|dhimto|dhimo|dhinto)\b",
    r"\b<THAT_I> (?:dhinto|dhimto|dhimo)\b(?: \w+){0,2} <WANT>",
    r"\bdhimasho\w* (?:ayaan|baan|waan|waxaan) (?:rabaa|doonayaa|jeclaan|u baahanahay|sugayaa)",
    r"\b<I> (?:rabaa|doonayaa|jeclaan lahaa|sugayaa) dhimasho\w*",
    r"\bdhiman (?:rabaa|doonayaa|jeclaan)\b",
    r"\bmaxaan u dhiman (?:waayay|waayey|waayo)\b",
    # "Ilaahay ha i qaado": may God take me.
    r"\b(?:ilaahay|ilaah|«alle|allah|eebe»|rabbi|«rabi») (?:«ha i|hai|ha ii|ii») (?:qaado|qaad)\b",
    # Not wanting to live: "ma rabo inaan noolaado", "noloshan ma rabo", "noloshu macno ma leh".
    r"\b(?:<MA> (?:rabo|doonayo|rabto|doonayso|jecli)|rabin|doonaynin|<MA> awoodo|<MA> karo)\b(?: \w+){0,2}"
    r" (?:noolaado|noolaan|noolaanshe|noolaansho|nool ahaado|nool ahaan|sii noolaado|noloshan)\b",
    r"\bnoloshan (?:\w+ )?(?:<MA> (?:rabo|doonayo|rabto)|rabin)\b",
    r"\bnolosh\w* (?:\w+ ){0,2}(?:macno|micno|macne|faa ?iido|qiimo|ujeeddo|ujeedo) (?:«ma|ku ma|kuma|uma») (?:leh|laha|lahan"
    r"|lahayn|yeelan|yeesho)\b",
    r"\b(?:ka )?(?:daalay|daashay|daalnahay|quustay|quusatay|quustey) (?:\w+ )?nolosh\w*",
    r"\bnolosh\w* (?:\w+ ){0,2}(?:ka )?(?:daalay|quustay|quusatay)\b",
    r"\b(?:<MA> (?:arko|hayo|haysto)|<MA> jirto|<MA> jiro)\b(?: \w+){0,3} (?:noolaado|noolaan)\b",
    r"\b(?:sabab|sababo|ujeeddo|ujeedo)\w* (?:\w+ ){0,3}(?:noolaado|noolaan)\b(?: \w+){0,2} (?:<MA> (?:arko|hayo|haysto"
    r"|jirto|jiro))\b",
    # "Better off without me": "aniga la'aantay way fiicnaan lahaayeen", "way fiicnaan lahayd haddii aan dhinto".
    r"\b(?:«iga|aniga|ani|anigoo») ?la ?aan\w*(?: \w+){0,4} (?:fiican|fiicn|roon|wanaagsan|farax|farxi|nabad|raaxo)\w*",
    r"\b(?:fiican|fiicn|roonaan|wanaagsanaan|farxi|farax)\w*(?: \w+){0,4} (?:«iga|aniga») ?la ?aan\w*",
    r"\b«(?:haddii|hadii)» (?:aan|«an») (?:dhinto|dhimo|maqnaado|baaba o|baabo|lumo|tago weligay)\b(?: \w+){0,4}"
    r" (?:fiican|fiicn|roon|wanaagsan|farax|farxi|raaxo|nabad)\w*",
    r"\b(?:fiican|fiicn|roonaan|wanaagsanaan|farxi|raaxeysan|raaxaysan)\w*(?: \w+){0,4} «(?:haddii|hadii)» (?:aan|«an»)"
    r" (?:dhinto|dhimo|maqnaado|joogin|jirin|noolaan)\b",
    r"\b(?:cidna|qofna|ninna|dadka)\b(?: \w+){0,2} (?:«ima|iima») (?:seegi|xusuusan|u ooyi|dareemi|dan)\w*",
    # Means: jumping, hanging, the pills.
    r"\b(?:buund\w*|«bundo\w*|bunda\w*»|dhism\w*|daaqad\w*|tareen\w*|«train\w*|bridge|balcony» |baalkoon\w*|saqaf\w*"
    r"|webi\w*|«tube»)\b(?: \w+){0,4} (?:«iska|isku|is») ?(?:tuur|tuuro|tuuri|tuuray|tuurto|tuuraa|tuurayaa"
    r"|tuuri doonaa)\b",
    r"\b(?:«iska|isku|is») ?(?:tuur|tuuro|tuuri|tuuray|tuurto|tuuraa|tuurayaa)\b(?: \w+){0,3} (?:buund\w*|dhism\w*|daaqad\w*|tareen\w*|baalkoon\w*|webi\w*)",
    r"\b(?:buund\w*|dhism\w*|daaqad\w*|baalkoon\w*|saqaf\w*)\b(?: \w+){0,3} (?:ka )?(?:boodo|boodi|boodayaa|booddo"
    r"|boodi doonaa|boodaa)\b",
    r"\b(?:«is|isku|iska») ?(?:deldel|dheldhel|deldhel|deldelo|deldelay|deldeli|deldelaa)\w*",
    r"\b(?:xadhig\w*|xarig\w*)\b(?: \w+){0,4} (?:qoort\w*|qoor\w*|deldel\w*)",
    r"^(?=.*\b<PILLS>)(?=.*\b(?:«oo» dhan|dhammaan|dhamaan|wada|«hal mar|mar qura|mar keliya|mar kaliya»|kartoon\w*"
    r"|baakad\w*)\b).*\b(?:<THAT_I>|<I>) (?:\w+ ){0,3}(?:liqo|liqi doonaa|liqayaa|wada liqo|cuno|cuni doonaa|cunayaa"
    r"|cabbo|cabo|cabi doonaa|cabayaa)\b",
    r"^(?!.*\b(?:armaajo\w*|khaanad\w*|sanduuq\w*|qaboojiye\w*|«fridge»|furah\w*|«meel sare»)\b).*\b<PILLS>(?: \w+){0,3}"
    r" (?:ayaan|baan|waan|waxaan) (?:\w+ )?(?:kaydinayaa|uruurinayaa|urursanayaa|ururinayaa|kaydsanayaa|kaydiyay"
    r"|ururiyay|uruuriyay|soo ururiyay|keydsaday|kaydsaday)\b",
    # "Naftayda qaado", "noloshayda soo afjar", "wax walba soo afjar".
    r"\bnaft(?:ayda|eyda|ayd|iisa|eeda|ooda|ay|ey) (?:(?:ayaan|waan|baan|ayuu|ayay|wuu|way|soo|«iska|u») ){0,2}"
    r"(?:qaado|qaadi|qaadan|qaaday|qaadatay|qaatay|qaadato|qaadaa|qaadataa|qaadayaa|afjar\w*|dhammee\w*)\b",
    r"\bnolosh(?:ayda|eyda|iisa|eeda|ay) (?:\w+ ){0,2}(?:soo )?(?:afjar|dhammee|joojiy)\w*",
    r"\bwax ?walba (?:\w+ ){0,2}(?:soo )?afjar\w*",
    # Goodbyes: "warqad sagootin ah ayaan u qoray carruurta".
    r"^(?=.*\b(?:carruur\w*|caruur\w*|ilmah\w*|qoys\w*|reer\w*|hooy\w*|«ugu» dambeys\w*|weligeed|weligay|dhinto)\b)"
    r".*\b(?:warqad\w*|waraaq\w*|fariin\w*|farriin\w*|qoraal\w*)(?: \w+){0,3} (?:macsalaam\w*|nabadgelyo\w*"
    r"|«nabad» gelyo\w*|sagootin\w*|sagootis\w*)",
    # Someone else: "wuxuu ka hadlaa inuu dhinto".
    r"\b(?:rabaa|rabtaa|doonayaa|doonaysaa|ka hadlaa|ka hadashaa|sheegaa|sheegtaa|yiri|tiri|yidhi|tidhi|leeyahay"
    r"|leedahay)(?: \w+){0,2} (?:inuu|inay|«in uu|in ay») (?:dhinto|dhimato|dhimo)\b",
)

SELF_HARM = _rules(
    # "is jar": cut oneself ("way is jartaa", "inaan is jaro", "is-jarid"); hair, nails, cooking left out.
    _unless(r"tim\w*|«timo»|ciddi\w*|cidi\w*|gadh\w*|basal\w*|khudaar\w*|hilib\w*|cunto\w*|jikad\w*|«kama a|kama ah»"
            r"|«si» kama\w*|warqad\w*|waraaq\w*")
    + r"\b(?:is|isa) ?(?:jar|jaro|jaray|jartay|jartaa|jaraa|jarayaa|jaraysaa|jareysaa|jarto|jarid|jaridda|jarjar\w*"
      r"|jeexjeex\w*|jeexaa|jeexdaa|jeexay|jeexday)\b",
    # "iska jar" is also "just cut": only with a body part, a blade or a sign it is on purpose.
    _unless(r"tim\w*|«timo»|ciddi\w*|cidi\w*|gadh\w*|basal\w*|khudaar\w*|hilib\w*|jikad\w*|«kama a|kama ah»|«si» kama\w*",
            r"(?=.*\b(?:gacm\w*|gacan\w*|curcur\w*|bowd\w*|lugah\w*|jidhk\w*|calool\w*|cudud\w*|«ula» kac\w*"
            r"|«mar» kale|«maalin» walba|«mar» walba|qarsoodi\w*|shafrad\w*|mindi\w*|sakiin\w*|mandiil\w*"
            r"|«razor|blade»)\b)")
    + r"\biska (?:jar|jaro|jaray|jartay|jartaa|jaraa|jarayaa|jaraysaa|jareysaa|jarjar\w*)\b",
    r"\b(?:gacm|gacan|bowd|curcur|cudud)\w* (?:\w+ ){0,2}(?:jartaa|jaraa|jartay|jaray|jarjartay|jarjaray|jeexdaa|jeexday"
    r"|jeexaa)\b(?: \w+){0,4} (?:«ula» kac\w*|«mar» kale|«maalin» walba|«mar» walba|qarsoodi\w*|shafrad\w*)",
    # Harming oneself: "is waxyeelee", "naftayda waxyeello u geysto", "is dhaawac" (not a fall).
    r"\b(?:is|isa|«iska») ?waxyeel\w*",
    r"\bnaft(?:ayda|eyda|iisa|eeda|ooda) (?:\w+ ){0,2}(?:waxyeel\w*|dhib u geys\w*|dhaawac\w*)",
    _unless(r"dhacay|dhacday|dhacey|dhacdey|dhacaa|dhacdaa|kufay|kufta|kufatay|shil\w*|siibat\w*|simbiriix\w*|«kama a|kama ah»|«si» kama\w*|jikad\w*|foorn\w*"
            r"|ciyaar\w*|kubad\w*")
    + r"\b(?:is|isa) ?(?:dhaawac|dhaawaco|dhaawacay|dhaawacday|dhaawacaa|dhaawacdaa|dhaawacid|dhaawacayaa"
      r"|dhaawacaysaa)\b",
    r"\b(?:is|isa|«iska») ?(?:gub|gubo|gubay|gubtay|gubaa|gubtaa|gubid|gubayaa)\b(?: \w+){0,4} (?:sigaar\w*|laydh\w*"
    r"|«lighter»|«ula» kac\w*|«mar» walba|«maalin» walba|gacm\w*|cudud\w*)",
    r"\bsigaar\w*(?: \w+){0,4} (?:ku )?(?:gub|dami|demi)\w*(?: \w+){0,3} (?:gacm|gacan|jidh|cudud|bowd|lug)\w*",
    # Banging the head, in someone cared for ("madaxa ayaan darbiga ku garaacayaa" is the idiom).
    r"\bmadax(?:iisa|eeda|iis|eed|ooda|a)?\b(?: \w+){0,4} (?:darbi|gidaar|derbi|dhulk|sagxad|albaab)\w*(?: \w+){0,2}"
    r" (?:ku )?(?:garaac|dhufa|dhuft|tum)\w*(?: \w+){0,4} ilaa (?:\w+ ){0,2}(?:dhiig|nabar|boog|dhaawac)\w*",
    r"\bmadax(?:iisa|eeda|iis|eed|ooda)\b(?: \w+){0,4} (?:darbi|gidaar|derbi|dhulk|sagxad)\w*(?: \w+){0,2}"
    r" (?:ku )?(?:garaac|dhufa|dhuft|tum)\w*",
    # Hair pulling, scratching or biting until it bleeds.
    r"\btim(?:aha|ihiisa|iheeda|ahiisa|aheeda|o)\b(?: \w+){0,3} (?:«iska|ka» )?(?:rif|siib|jiid)\w*(?: \w+){0,4}"
    r" (?:ilaa|bidaar\w*|dhiig\w*|boog\w*)",
    _unless(r"eczema|ekseema|cambaar\w*|cuncun\w*|finan\w*|xasaasiyad\w*|«allergy»")
    + r"\b(?:«iska|is» )?(?:xoq|qaniin|qanjiid)\w*(?: \w+){0,4} ilaa (?:\w+ ){0,2}(?:dhiig|boog|nabar)\w*",
    # Blades hidden, long sleeves.
    r"^(?=.*\b(?:gabadh\w*|gabar\w*|wiil\w*|inan\w*|ilm\w*)\b).*\b(?:shafrad\w*|«razor\w*|blade\w*»|mindiyo)\b"
    r"(?: \w+){0,6} (?:qarsoon\w*|qaris\w*|qariy\w*|khaanad\w*|boorsad\w*)",
)

MEDICAL_EMERGENCY = _rules(
    # Breathing.
    _unless(r"orod\w*|jimicsi\w*|mararka|marmar\w*|sanka|«san»|jaranjar\w*|habeenkii|«sometimes»")
    + r"\b(?:«ma|mana|kama|kamana|uma») (?:neefsanayo|neefsanayso|neefsaneyso|neefsanaysa|neefsanaya|neefsado|neefsato|neefsan karo"
      r"|neefsan karto|neefsan kari|neefsan karin)\b",
    r"\bneefsan (?:kari )?(?:waayay|waysay|waayey|wayday|waayday|waayeen|waayo)\b",
    r"\bneef\w* (?:\w+ ){0,2}(?:ka )?(?:istaagtay|joogsatay|«go» day|«go» aday|goosay|dhammaatay)\b",
    r"\bneef (?:\w+ )?(?:qaadan|qaadi|qaato) (?:kari )?(?:waayay|waysay|waayday|<MA> karo|<MA> karto)\b",
    # Unconscious, not waking.
    r"\bmiyir(?:ka|kii|kiisa|keeda|ku|kiis|keed)?\b (?:\w+ ){0,2}(?:beel\w*|waay\w*|«ka» tag\w*|«ka» lumay|«ka» dhacay"
    r"|«la» aan|<MA> leh|<MA> laha|<MA> lihi)",
    r"\bmiyir ?(?:beel|daboolm)\w*",
    _unless(r"«ku» (?:dhowaad|dhawaad|dhow|sigtay|sigay)|sigtay|sigay|suuxdin\w*|«almost|nearly»")
    + r"\b(?:suuxay|suuxday|suuxdey|suuxey|suuxsan|suuxeen)\b",
    r"\b(?:«wuu|way|ayuu|ayay|buu|bay|oo» (?:ku )?(?:dhacay|dhacday|dhacey|dhacdey)|dhulk\w*|sagxad\w*|suux\w*|miyir\w*"
    r"|sonkor\w*|«musqul\w*»)\b(?: \w+){0,10} (?:«kama» jawaabayo|«kama» jawaabayso|«kama» jawaabeyso|«ka» jawaabi waayay"
    r"|<MA> jawaabayo|<MA> dhaqaaqayo|<MA> dhaqaaqayso|<MA> dhaqdhaqaaqayo|<MA> toosayo|<MA> toosayso|<MA> soo toosayo"
    r"|<MA> hadlayo|<MA> hadlayso)\b",
    r"\b(?:«kama» jawaabayo|«kama» jawaabayso|<MA> dhaqaaqayo|<MA> dhaqaaqayso|<MA> toosayo|<MA> toosayso)\b(?: \w+){0,10}"
    r" (?:dhulk\w*|sagxad\w*|suux\w*|miyir\w*)",
    _unless(r"subax\w*|aroor\w*|dugsi\w*|iskuul\w*|«school»|«goor» hore|salaad\w*")
    + r"\b(?:«ma|kama») (?:«soo» )?(?:toosin|kicin|soo toosin|soo kicin) (?:karo|karno|karin|karayo)\b",
    _unless(r"biil\w*|warqad\w*|foom\w*|cabsi\w*|argagax\w*|qosol\w*")
    + r"\bwadna\w* (?:\w+ ){0,2}(?:istaag|joogsad|joogsa)\w*",
    # Chest pain, heart attack, stroke.
    r"^(?=.*\b(?:dhidid\w*|gacant\w*|neef\w*|suux\w*|midab\w*|<NOW>|«si» lama filaan|kadis|«aad u»|daran|culus|badan"
    r"|ambalaas\w*|«999»)\b).*\b(?:laab|xabad)\w* (?:\w+ ){0,3}(?:xanuun(?:aysa|eysa|aya|ayaa|aysaa|eysaa|ayso|ayo)"
    r"|xanuun daran|xanuun badan|«cadaadis\w*»)\b",
    r"^(?=.*\b(?:dhidid\w*|gacant\w*|neef\w*|suux\w*|midab\w*|<NOW>|«si» lama filaan|kadis)\b).*\bxanuun\w*"
    r" (?:\w+ ){0,2}(?:daran |badan |culus )?(?:laab|xabad)\w*",
    r"\b(?:wadne ?qabad\w*|«heart attack»|istaroog\w*|istarook\w*|«stroke»|faalig\w*|xinjir\w*)\b(?: \w+){0,4}"
    r" (?:«ku» dhacay|«ku» dhacday|«ku» dhacaya|«ku» dhacayo|haya|hayo|haysa|qabtay|qabanaya|qabsaday|yeeshay"
    r"|yeelanaya|«la» kulmay|«u» malaynayo|«u» malaynayaa|«u» egyahay|«u» eg tahay|«u» muuqda|«u» muuqata)\b",
    r"\b(?:«u» malaynayaa|«u» malaynayo|«u» egyahay|«u» muuqda)\b(?: \w+){0,3} (?:wadne ?qabad\w*|istaroog\w*"
    r"|istarook\w*|«stroke»|faalig\w*)",
    r"^(?=.*\b(?:«si» lama filaan|kadis|<NOW>|«isla» markaas)\b).*\b(?:afk\w*|wajig\w*|wejig\w*|weji\w*|waji\w*)"
    r" (?:\w+ ){0,3}(?:qallooc|qaloc|qalooc|«dhinac» «u» dhac|«dhinac» «u» janjeer|dabool)\w*",
    # Fits that will not stop.
    r"\b(?:suuxdin|qallal|qalal|gariir|«seizure|fit»)\w*(?: \w+){0,6} (?:<MA> joogsan\w*|<MA> istaag\w*"
    r"|«kama» joogsan\w*|joogsan waayay|istaagi waayay|«ka» badan «(?:\d+)» daqiiq\w*|«ka» badan (?:shan|toban) daqiiq\w*)",
    r"\b(?:«hadda|hada»|imika|haatan)\b(?: \w+){0,3} (?:suuxdin|qallal|qalal)\w* (?:\w+ ){0,2}(?:«ku» dhacday|«ku» dhacay"
    r"|haysa|haya|qabtay|qabtey)\b",
    # Bleeding.
    r"\bdhiig (?:badan|«fara» badan|«aad u» badan|xad dhaaf)\b(?: \w+){0,4} (?:«ka» (?:imaanaya|imanaya|baxaya|socda"
    r"|daadanaya|qulqulaya|yimid|soo baxay|soo baxaya)|daadanaya|qulqulaya)",
    r"\bdhiig(?:ga|gu|gii)?\b (?:\w+ )?(?:«ma|kama») (?:joogsanayo|joogsanayn|istaagayo|istaagin|xirmayo|xidhmayo)\b",
    r"\bdhiig\w* (?:\w+ ){0,2}(?:matag|mantag|hunqaac)\w*|\b(?:matag|mantag|hunqaac)\w* (?:\w+ ){0,2}dhiig\b",
    # Too many tablets, poison.
    r"^(?=.*\b<PILLS>)(?=.*\b(?:badan|xad ?dhaaf\w*|«xad» «ka» badan|«\d\d+»|toban|labaatan|soddon|afartan|kartoon\w*"
    r"|baakad\w*|«hal mar|mar qura|mar keliya|mar kaliya»)\b)(?!.*\b(?:«maalin» walba|maalintii|«subax» walba"
    r"|«habeen» walba|dhakhtar\w*|«gp»)\b).*\b<SWALLOWED>\b",
    r"\b<SWALLOWED>(?: \w+){0,3} (?:clorox|kloroks|«bleach»|biliij\w*|«sun»|kiimiko\w*|batari\w*|«battery»|baytari\w*"
    r"|«dawada nadiifinta|daawada nadiifinta»)\b",
    # A vulnerable person missing.
    _unless(r"furah\w*|«fure»|taleefan\w*|telefoon\w*|boorsad\w*|bisad\w*|«eey\w*»|kaarka|lacag\w*|shandad\w*"
            r"|baasaboor\w*|warqad\w*")
    + r"\b(?:lumay|luntay|lumeen|«maqan» (?:yahay|tahay)|«la» waayay|waynay|waayney|waaynay|«ka» baxay guriga"
      r"|guriga «ka» baxay|«ka» baxday guriga|guriga «ka» baxday|baxsaday|baxsatay)\b.{0,100}\b(?:dementia|xusuus\w*"
      r"|waalli\w*|maskax\w*|alzheimer\w*|saacad\w*|habeen\w*|mugdi\w*|qabow\w*|boolis\w*|booliis\w*|«police»"
      r"|bijaamad\w*|«pyjama\w*|pajama\w*»)",
    _unless(r"furah\w*|taleefan\w*|telefoon\w*|boorsad\w*|bisad\w*|«eey\w*»|kaarka|lacag\w*|shandad\w*")
    + r"\b(?:dementia|xusuus\w*|waalli\w*|alzheimer\w*)\b.{0,100}\b(?:lumay|luntay|«maqan» (?:yahay|tahay)|«la» waayay"
      r"|waynay|waayney|waaynay|guriga «ka» baxay|guriga «ka» baxday)\b",
    # An ambulance that does not come.
    r"\b(?:ambalaas\w*|ambulaas\w*|«ambulance»|gurmad\w*|«999»)\b(?: \w+){0,6} (?:weli|wali) (?:«ma|kuma|ma soo») "
    r"(?:iman|imaan|imanin|gaadhin|gaarin|yimaadin)\b",
    # Choking, swelling.
    r"\b(?:cunto|«wax»|lafo|«laf»|hilib)\w* (?:\w+ ){0,2}(?:«ku» )?(?:margatay|mergatay|margaday|mergaday|mirgaday"
    r"|«ku» dhegtay)\b",
    r"^(?=.*\b(?:neef\w*|cunah\w*)\b).*\b(?:weji|waji|wejig|wajig|cunah|bushim|bushin|carrab|afk)\w* (?:\w+ ){0,3}"
    r"(?:bararay|barartay|bararaya|bararaysa|bararsan|bararey|barartey)\b",
)

CHILD_AT_RISK = _rules(
    # A child hit: "aabahood ayaa garaaca carruurta", "carruurta ayuu suun ku garaacaa".
    _unless(r"albaab\w*|durbaan\w*|sacab\w*|kubad\w*|gambaleel\w*|ciyaar\w*|jaras\w*|«kama a|kama ah»")
    + r"\b<CHILD>(?: (?!«i\b|iga\b|igu\b|na\b»)\w+){0,5} (?:«ku» )?(?:garaac(?:aa|daa|ay|day|ayaa|aysaa|eysaa|o|do|ey"
      r"|dey|a|da)|dharbaax\w*|laad(?:aa|daa|ay|day|ayaa)|jirdil\w*|tum(?:aa|ay|taa|tay)|ciqaab\w*|xadgudub\w*"
      r"|faraxumee\w*|faraxumay\w*|kufsa\w*|«ku» dhuft\w*)\b",
    _unless(r"albaab\w*|durbaan\w*|sacab\w*|kubad\w*|gambaleel\w*|ciyaar\w*|jaras\w*|«kama a|kama ah»")
    + r"\b(?:garaac(?:aa|daa|ay|day|ayaa|aysaa|eysaa|a|da)|dharbaax\w*|jirdil\w*|xadgudub\w*|faraxumee\w*|faraxumay\w*"
      r"|kufsa\w*)(?: \w+){0,2} <CHILD>\b",
    r"\bsuun\w* (?:\w+ ){0,3}(?:«ku» )?(?:garaac|dhuft|tum)\w*",
    # A child writing: "waxaan ahay 13 jir, aabahay wuu i garaacaa".
    r"\b<CHILD_AGE>\b.{0,120}\b(?:«i|na») (?:garaac|dharbaax|laad|tum|jirdil|«ku» garaac|«ku» dhuft)\w*",
    r"\b(?:«i|na») (?:garaac|dharbaax|laad|tum|jirdil)\w*.{0,120}\b<CHILD_AGE>\b",
    # Left alone, hungry, with a drunk or drugged parent.
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b)(?=.*\b(?:kaligood|keligood|kaligiis|kaligii|kaligeed|keligeed|kaligeen"
    r"|keligeen|kaligay|keligay)\b)(?=.*\b(?:habeen\w*|maalmo|«maalin dhan|maalin oo dhan»|dhowr maalmood"
    r"|dhawr maalmood|toddobaad\w*|usbuuc\w*)\b).*\b(?:«ka» tag|«uga» tag|«ku» dhaaf|«uga» dhaaf|«naga» tag"
    r"|nagaga tag|«ka» bax|«ku» reeb|«uga» bax|«ka» maqan|«ka» maqnaa|<MA> yimaado|<MA> timaado|<MA> soo laabto"
    r"|<MA> soo noqoto)\w*",
    r"^(?=.*\b<CHILD>\b)(?=.*\b(?:sakhraan\w*|khamri\w*|daroogo\w*|mukhaadaraad\w*|maandooriye\w*|«qaad» cun\w*)\b)"
    r".*\b(?:gaajo\w*|gaajoon\w*|«cunto la aan»|«wax ma» cunin|«wax ma» cunaan|<MA> quudiso|<MA> quudiyo|dayac\w*"
    r"|wasakh\w*)",
    _unless(r"dareem\w*|«waan» dayac\w*|«waxaan» dayac\w*|«inaan» dayac\w*|anigu|aniga|«ayaan» dayac\w*", r"(?=.*\b<CHILD>\b)")
    + r"\bdayac(?:daa|day|aysaa|eysaa|an|mayaan|an yihiin|naa|naan|ay)\b",
    # Sexual abuse, grooming, FGM, forced marriage.
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b).*\b(?:faraxumee\w*|faraxumay\w*|«fara» xumee\w*|«fara» xumay\w*|kufsa\w*"
    r"|kufsi\w*|taab\w*(?: \w+){0,4} (?:xubn|meel|jidh)\w* (?:\w+ )?(?:qarsoon|gaar|galmo|hoose)\w*)",
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b).*\bsawir\w* (?:\w+ ){0,3}(?:qaawan\w*|«bilaa» dhar|dhar «la» aan"
    r"|«aan» dhar lahayn)",
    r"^(?=.*\b(?:gabadh\w*|gabar\w*|gabdh\w*|inant\w*|hablo\w*|hablah\w*|ilmo|ilmah\w*|carruur\w*|caruur\w*"
    r"|<CHILD_AGE>)\b)(?!.*\b(?:wiil\w*|inank\w*|ragga)\b).*\b(?:gudniin\w*|gudin\w*|gudid\w*|«fgm»|fircooni\w*"
    r"|«la» gudo|«la» gudayo|«la» guday|«la» gudi|gudaan|gudayaan|«gudi» doonaan|gudeen)\b",
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b).*\b(?:guur|«meher»|«nikax»|nikaax)\w* (?:\w+ )?(?:qasab\w*|khasab\w*)",
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b).*\b(?:qasb|khasb)\w* (?:\w+ )?(?:guur|«meher»|«nikax»|nikaax)\w*",
    # Not safe, drugs, marks.
    r"\b<CHILD>(?: \w+){0,3} (?:ammaan|«nabad») (?:«kuma|ku ma|ma») (?:aha|jiro|jirto|jiraan|joogo|jooga|ihi)\b",
    r"^(?=.*\b(?:<CHILD>|<CHILD_AGE>)\b)(?=.*\b(?:daroogo\w*|mukhaadaraad\w*|maandooriye\w*|«drugs»)\b)"
    r".*\b(?:«u» qaad\w*|«u» sid\w*|iibi\w*|«iib»\w*|qaybi\w*|burcad\w*|burcadd\w*)",
    r"^(?=.*\b<CHILD>\b).*\b(?:nabar\w*|calaamad\w*|dhaawac\w*|baras\w*)\b(?: \w+){0,4} (?:suun\w*|faraha"
    r"|farta|qoor\w*|dhabar\w*|gub\w*|sigaar\w*)",
    r"^(?=.*\b<CHILD>\b)(?=.*\b(?:«ka» baq\w*|«ka» cabsi\w*|cabsi\w*)\b).*\b(?:nabar\w*|calaamad\w*|baras\w*)\b",
    # A child carer out of school for weeks.
    _unless(r"hargab\w*|xanuun\w*|jiran\w*|qandho\w*|«sick»|fasax\w*|«holiday\w*»")
    + r"\b(?:dugsi|iskuul|skuul|«school»|fasal)\w*(?: \w+){0,4} (?:<MA> aadin|<MA> tagin|<MA> tegin|<MA> aado|aadi waayay"
      r"|tagi waayay|«ka» maqnaa|«ka» maqnaaday|«ka» maqan)\w*.{0,100}\b(?:toddobaad\w*|usbuuc\w*|bilo|bilood|muddo)",
)

ADULT_AT_RISK = _rules(
    # Money taken: "walaalkay lacagta hooyo ayuu ka xadaa", "lacagta hawlgabka way lunta bil walba".
    r"^(?=.*\b<ADULT>\b).*\b(?:lacag\w*|kaar\w*|bangi\w*|«bank\w*»|«pension\w*»|penshan\w*|hawlgab\w*|«benefit\w*»"
    r"|gunno\w*|mushahar\w*|keyd\w*|kayd\w*)\b(?: \w+){0,5} (?:«ka|kaga|uga» )?(?:xad(?:aa|day|ay|daa|ayaa|aysaa|eysaa|anayaa"
    r"|o|ey|dey|een|aan|a|da))\b",
    r"^(?=.*\b<ADULT>\b).*\b(?:«ku|ugu» )?(?:qasb|khasb)\w*(?: \w+){0,4} (?:lacag|bangi|«bank»|kaar)\w*",
    r"^(?=.*\b<ADULT>\b).*\b(?:daroogo|mukhaadaraad|maandooriye|«drugs»)\w* (?:\w+ ){0,3}(?:«ka» iibi|«ka» gad|iibiy|iibis)\w*",
    r"^(?=.*\b<ADULT>\b)(?=.*\b(?:daryee\w*|«carer\w*»|kalkaalis\w*|shaqaal\w*)\b).*\b(?:daawo|dawo|kiniin)\w*"
    r" (?:\w+ ){0,2}(?:«ka» reeb\w*|<MA> siiso|<MA> siiyo|«siin» waayay|«ka» qaris\w*|«ka» joojis\w*)",
    r"^(?=.*\b<ADULT>\b).*\b(?:nabar|baras|calaamad)\w*\b.{0,80}\b(?:cidna|qofna) (?:\w+ )?(?:sharx|sheeg|garan)\w*",
    r"^(?=.*\b<ADULT>\b).*\b(?:lacag|kaar|bangi|«bank»|pension|penshan|hawlgab)\w*(?: \w+){0,6} (?:iyad|isag)\w*"
    r" (?:«oo» )?(?:«aan|an») (?:ogeyn|ogayn|ogaan|ogeen|oggolaan|ogolaan)\w*",
    r"^(?=.*\b<ADULT>\b).*\b(?:lacag|«pension»|penshan|hawlgab|mushahar)\w*(?: \w+){0,5} (?:lumaysaa|lunta|luntaa"
    r"|«ka» lunta|lumeysaa|«la» waayaa|baaba a|baabta)\b",
    r"^(?=.*\b<ADULT>\b)(?=.*\b(?:lacag|keyd|kayd|bangi)\w*).*\b(?:khiyaam|khayaan|dhagar|dabin"
    r"|khatal)\w*",
    # Hit, pushed, slapped: "walaalkay wuxuu garaacaa hooyo marka uu sakhraamo".
    _unless(r"albaab\w*|durbaan\w*|sacab\w*|kubad\w*|gambaleel\w*|ciyaar\w*|jaras\w*|daaqad\w*|«kama a|kama ah»")
    + r"\b<ADULT>(?: (?!«i\b|iga\b|igu\b|na\b»|<CHILD>)\w+){0,3} (?:garaac(?:aa|daa|ay|day|ayaa|aysaa|eysaa|o|do|ey|dey)"
      r"|dharbaax\w*|laad(?:aa|daa|ay|day)|riix(?:aa|daa|ay|day)|jirdil\w*|tumaa|tumay|ceejiy\w*)\b",
    _unless(r"albaab\w*|durbaan\w*|sacab\w*|kubad\w*|gambaleel\w*|ciyaar\w*|jaras\w*|daaqad\w*|«kama a|kama ah»")
    + r"\b(?:garaac(?:aa|daa|ay|day|ayaa|aysaa|eysaa|a|da)|dharbaax\w*|jirdil\w*|ceejiy\w*)(?: \w+){0,1} <ADULT>\b",
    # Care home or carer: dirty, neglected, abused.
    r"^(?=.*\b<ADULT>\b)(?=.*\b(?:«care home»|xarun\w*|«guriga» waayeel\w*|«nursing»|daryeel\w*|«carer\w*»|kalkaalis\w*|daryee\w*"
    r"|«nurse\w*»|shaqaal\w*|«agency»|ajaans\w*)\b).*\b(?:wasakh\w*|dayac(?:aa|daa|ay|day|aan|een|ayaan|ma|an|mayaan|mayso)"
    r"|«si» xun (?:«ula|u|loola|lala|lagula») dhaqm\w*|aflagaad\w*|dharbaax\w*|garaac(?:aa|daa|ay|day|aan|een)|riix(?:aa|daa|ay|day|een"
    r"|aan)|jirdil\w*|xadgudub\w*)\b",
    r"^(?=.*\b<ADULT>\b).*\b(?:«cunto iyo biyo»|cunto|biyo|daawo)\w* (?:«la» aan|«la» aanteed|«la» aantiis)\b.{0,60}"
    r"\b(?:«tan iyo»|«since»|«laga» bilaabo) (?:shalay|xalay|subax\w*|«laba» maalmood)",
    r"^(?=.*\b<ADULT>\b).*\b(?:qol|musqul)\w* (?:\w+ ){0,2}(?:«ku» )?(?:xidheen|xireen|xiray|xidhay|xirtay|xidhatay|xiraan"
    r"|xidhaan)\b",
)

DOMESTIC_ABUSE = _rules(
    # Hit, slapped, kicked, pushed, strangled: "ninkaygu wuu i garaacaa", "i dharbaaxay".
    _unless(r"daal\w*|gaajo\w*|qabow\w*|kulayl\w*|dabayl\w*|roob\w*|baabuur\w*|gaari\w*|kubad\w*|ciyaar\w*"
            r"|«kama a|kama ah»|«si» kama\w*|shax\w*|turub\w*|calool\w*|«uur»|uurka|«baby»")
    + r"\b(?:«i|na») (?:garaac(?:aa|daa|ay|day|ayaa|aysaa|eysaa|o|do|ey|dey|a|da|ayay|ayey|i doonaa)|dharbaax\w*"
      r"|laad(?:aa|daa|ay|day|ayaa|o|do)|riix(?:aa|daa|ay|day|ayaa|o|do)|ceejiy\w*|ceejis\w*|tum(?:aa|ay|tay|taa|o)"
      r"|jirdil\w*|kufsad\w*|kufsa\w*|jugeey\w*)\b",
    # Threats to kill: "wuxuu igu hanjabay inuu i dilo", "wuu i dili doonaa".
    _unless(r"daal\w*|gaajo\w*|qosol\w*|xanuun\w*|madax\w*|shaqo\w*|warqad\w*|foom\w*|kharash\w*|biil\w*|sugid\w*"
            r"|qabow\w*|kulayl\w*|buuq\w*|hurdo\w*|dhabar\w*|canug\w*|«baby»|ilmah\w*|kaftan\w*|«stress»|walwal\w*")
    + r"\b(?:«i|na») (?:dili|dilayo|dilo|disho|dilaa|dilayaa|dileysaa|dilaysaa|dili doonaa|dili doono)\b",
    r"^(?=.*\b(?:dil|garaac|gub|mindi|sakiin|toorey|«qori»|bastoolad|carruur|caruur|ilmah|jab)\w*)"
    r".*\b(?:«igu|nagu|ii») hanjab\w*",
    r"^(?=.*\b(?:mindi|sakiin|toorey|«qori»|bastoolad|billaawe)\w*)(?!.*\b(?:jikad|cunto|basal|khudaar|hilib|karin)\w*)"
    r".*\b(?:«igu|ii|i|nagu») (?:\w+ )?(?:qaaday|«soo» qaaday|taagay|taagtay|hanjab\w*|dhuftay|muday|mudday|weeraray"
    r"|gooyay)\b",
    # Control: "ma ii oggola inaan guriga ka baxo", money, phone, passport.
    _unless(r"dhakhtar\w*|«gp»|«doctor»|baabuur\w*|«wadi»|kalkaalis\w*|«nurse»|isbitaal\w*|xanuun\w*|hooy\w*|«aab\w*»")
    + r"\b(?:«ma ii|ii ma|iima|ima») (?:oggola|ogola|oggolaado|ogolaado|oggolaanayo|ogolaanayo|fasaxo)\w*\b(?: \w+){0,5}"
      r" (?:bax|hadl|arag|booqo|shaqee|shaqo|lacag|telefoon|taleefan|qoys|saaxiib|walaal|masjid|dugsi|iskuul)\w*",
    r"^(?=.*\b<PARTNER>\b).*\b(?:lacag|mushahar|«benefit»|kaar)\w*(?: \w+){0,4} (?:«oo» dhan|dhammaan|dhamaan)\b"
    r"(?: \w+){0,3} (?:qaataa|qaadataa|«ka» qaataa|«iga» qaataa|«gacanta» «ku» hayaa|«gacanta» «ku» haysaa"
    r"|xakameeyaa|xakamaysaa|qaataa|«iga» qaadaa)\b",
    r"^(?=.*\b<PARTNER>\b).*\b(?:telefoon|taleefan|moobayl|«mobile|phone»|baasaboor|«passport»|dukumiinti|fariimah"
    r"|farriimah)\w*(?: \w+){0,3} (?:«iga» qaaday|«iga» qaatay|«iga» qaadatay|«iga» qariyay|«iga» qarisay|«iga» xaday"
    r"|«iga» jabiyay|baaraa|baartaa|eegaa|eegtaa|akhriyaa|akhrisaa|«iga» haystaa)\b",
    # Afraid or unsafe at home: "ninkayga ayaan ka baqayaa", "guriga ammaan kuma ihi".
    r"^(?=.*\b<PARTNER>\b)(?!.*\b(?:dhaco|dhacdo|lumo|lunto|xanuunsado|dhinto|dhimato|jirado|isbitaal\w*"
    r"|«hospital\w*»)\b).*\b(?:«ka» baq(?:ayaa|anayaa|aa)|«ka» cabsad\w*|«ka» cabsanayaa|cabsi (?:ayaan|baan)"
    r"|ammaan (?:«kuma|ku ma») (?:ihi|ahi|ahay|dareemo|dareemayo)|«nabad» (?:«kuma|ku ma») (?:ihi|haysto|dareemo))\b",
    r"\b(?:rabshad|tacadi|tacaddi|xadgudub|«xad» gudub)\w* (?:\w+ )?(?:qoys|«guri»|gudaha guriga|«reer»)\w*",
    # Broken bones, black eye, things thrown at me, locked in.
    r"\b(?:gacan|gacm|lug|lugt|sank|ilk|ilig|feer|dhabar|weji|wej|indh|ish)\w* (?:\w+ ){0,2}(?:«iga|ii») (?:jabiy|jebiy"
    r"|jabis|jebis|madoobee|madoobay|bararsiiy)\w*",
    r"\b(?:gacant|lugt|sank|ilk)(?:ayda|eyda|ayd)\b (?:\w+ ){0,2}(?:«ayuu|wuu|buu|ayay|way») (?:jabiy|jebiy|jabis)\w*",
    r"\b(?:alaab|waxyaabo|saxan|saxam|koob|kursi|dhalo|weel)\w* (?:\w+ ){0,2}«igu» (?:tuur|gan)\w*",
    r"\b(?:guri|qol|musqul)\w* (?:\w+ ){0,2}«igu» (?:xidh|xir)(?:ay|tay|aa|taa|ey|tey)\b",
    # Sexual violence.
    r"\bgalmo (?:\w+ ){0,3}(?:«igu|ku») (?:qasb|khasb)\w*|\b«igu» (?:qasb|khasb)\w*(?: \w+){0,3} galmo\b",
    # The ex: following, threatening, taking the children.
    r"^(?=.*\b(?:«ninkii hore|ninkaygii hore|xaaskii hore|odaygii hore|ex\w*»)\b)(?=.*\b(?:hanjab|dil|garaac|boolis"
    r"|booliis|«police»|cabsi|«baq»)\w*).*\b(?:«i» daba (?:soco|socda|socdaa)|«i» raadi\w*|«i» daba ord\w*"
    r"|«i» daba jooga|«i» sugaa|«i» dabo soco\w*)",
    r"\b(?:carruur|caruur|ilmah)\w* (?:\w+ ){0,3}«iga» (?:qaadi|qaadayaa|kaxayn|kaxeyn|qaadan|kaxaysan|kaxeysan)\w*"
    r"(?: \w+){0,5} «(?:haddii|hadii)» (?:aan|«an») (?:«ka» tago|«ka» tegayo|«ka» baxo|furo|furto|booli\w*|boolis\w*"
    r"|booliis\w*|«police»|«u» sheego)",
)

CARE_BREAKDOWN = _rules(
    # The carer in hospital and the person alone: "isbitaalka ayaan ku jiraa, hooyo kaligeed ayay joogtaa".
    r"^(?!.*\b<PLAN>\b)(?!.*\b(?:ballan\w*|«appointment»)\b)(?=.*\b(?:<I>|«hadda|hada»|imika|haatan|aniga)\b(?: \w+){0,2}"
    r" (?:«ku» jiraa|jiraa|joogaa|«la» dhigay|dhigay)\b|.*\b(?:«la i|lay|la ii») (?:dhigay|qaaday|qalay|qalayaa"
    r"|«qali» doonaa|geeyay|seexiyay)\b|.*\b«i» (?:qaadayaan|qaaday|qaadaya|geynaya|geeyeen|qaadeen)\b)"
    r".*\b<HOSP>.{0,160}\b<ALONE>",
    r"^(?!.*\b<PLAN>\b)(?!.*\b(?:ballan\w*|«appointment»)\b)(?=.*\b(?:<I>|«hadda|hada»|imika|haatan|aniga)\b(?: \w+){0,2}"
    r" (?:«ku» jiraa|jiraa|joogaa|«la» dhigay|dhigay)\b|.*\b(?:«la i|lay|la ii») (?:dhigay|qaaday|qalay|qalayaa"
    r"|«qali» doonaa|geeyay|seexiyay)\b|.*\b«i» (?:qaadayaan|qaaday|qaadaya|geynaya|geeyeen|qaadeen)\b)"
    r".*\b<ALONE>.{0,160}\b<HOSP>",
    # A parent taken to hospital and a child left alone.
    r"\b(?:hooy|«aab»|ayeey|awoow)\w*(?: \w+){0,4} <HOSP>(?: \w+){0,4} (?:«la» geeyay|«la» qaaday|«la» dhigay|geeyeen"
    r"|qaadeen|«ku» jirtaa|«ku» jiraa|«loo» qaaday)\b.{0,100}\b(?:kaligay|keligay|«aniga iyo»|cidna|qofna"
    r"|walaalahay yar\w*|«kaligeen|keligeen»)",
    r"\b<HOSP>(?: \w+){0,3} (?:hooy|«aab»|ayeey|awoow)\w*(?: \w+){0,3} (?:«la» geeyay|«la» qaaday|«la» dhigay|«loo» qaaday"
    r"|«loo» geeyay)\b.{0,100}\b(?:kaligay|keligay|«aniga iyo»|cidna|qofna|walaalahay yar\w*|«kaligeen|keligeen»)",
    r"\b(?:hooy|«aab»|ayeey|awoow)\w*(?: \w+){0,3} (?:«la» geeyay|«la» qaaday|«la» dhigay|«loo» qaaday|«loo» geeyay)"
    r"(?: \w+){0,2} <HOSP>.{0,100}\b(?:kaligay|keligay|«aniga iyo»|cidna|qofna|walaalahay yar\w*|«kaligeen|keligeen»)",
    # Someone who cannot be left alone, and the carer has to go now.
    r"^(?!.*\b<PLAN>\b).*\b(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|«kali|keli»)\b (?:\w+ )?(?:«ma|uma|kuma»)"
    r" (?:joogi|jiri|noolaan|reebmi|dhaafi) (?:karo|karto|karaan)\b.{0,120}\b(?:<HOSP>|<NOW>)",
    r"^(?!.*\b<PLAN>\b).*\b(?:<HOSP>|<NOW>)\b.{0,120}\b(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|«kali|keli»)\b"
    r" (?:\w+ )?(?:«ma|uma|kuma») (?:joogi|jiri|noolaan|reebmi|dhaafi) (?:karo|karto|karaan)\b",
    # Walking out: "waan ka tagayaa oo kaligiis ayaan uga tagayaa".
    _unless(r"saacad\w*|daqiiqo\w*|«nus» saac|dukaan\w*|suuq\w*|shaqad\w*|masjid\w*|salaad\w*|ballan\w*|fasax\w*"
            r"|«holiday»|dalxiis\w*|«shop\w*»")
    + r"\b(?:<I>|«aniga»)(?: \w+){0,3} (?:«ka» tagayaa|«ka» tegayaa|«uga» tagayaa|«uga» tegayaa|«ka» tagi doonaa"
      r"|«uga» tagi doonaa|«iska» tagayaa|«iska» tegayaa|«ka» baxayaa|«ka» cararayaa|«ka» qaxayaa|«ka» dhaqaaqayaa"
      r"|tagayaa|tegayaa)\b.{0,80}\b(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|«kali|keli»|weligay|weligeed"
      r"|gabi ahaanba|isbitaal\w*|«hospital\w*|a e» |waddada)",
    _unless(r"saacad\w*|daqiiqo\w*|«nus» saac|dukaan\w*|suuq\w*|shaqad\w*|masjid\w*|salaad\w*|ballan\w*|fasax\w*"
            r"|«holiday»|dalxiis\w*")
    + r"\b(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|«kali|keli»|isbitaal\w*|«hospital\w*»)\b(?: \w+){0,3}"
      r" (?:«ayaan|baan|waan») (?:«uga|ka» )?(?:tagayaa|tegayaa|tagi doonaa|dhaafayaa|dhaafi doonaa)\b",
    r"\b(?:<MA> awoodo|<MA> karo|«waan» «ka» daalay|<MA> qaadi karo|<MA> adkaysan karo|<MA> adkeysan karo)\b.{0,60}"
    r"\b(?:«waan» tagayaa|«waan» tegayaa|«waan» «iska» tagayaa|«waan» «ka» tagayaa|«waan» baxayaa|«waan» cararayaa)\b",
    # Cannot care another day: "ma daryeeli karo hal maalin oo kale".
    r"\b(?:«ma|kama|uma») (?:daryeeli|eegi|ilaalin|hayn|«sii» daryeeli) (?:karo|karayo|kari)\b(?: \w+){0,4}"
    r" (?:«hal» maalin (?:«oo» )?kale|«maalin» kale|«mar» dambe|«mar» danbe|<NOW>|xitaa hal)",
    r"\b(?:<NOW>|«hal» maalin «oo» kale|«mar» dambe|«mar» danbe)\b(?: \w+){0,4} (?:«ma|kama») (?:daryeeli|eegi|ilaalin)"
    r" (?:karo|karayo)\b",
    # Nobody to look after them, now.
    r"^(?!.*\b<PLAN>\b)(?=.*\b<NOW>\b).*\b(?:«cid|qof»)(?:na)? (?:\w+ ){0,3}(?:daryeel|«eeg»|«la» joog|ilaali|quudi"
    r"|siiya|siiso|dhaq|seexi|kiciy|kicis)\w*(?: \w+){0,3} (?:<MA> jiro|<MA> jirto|<MA> hayo|<MA> haysto|<MA> leh"
    r"|maleh|<MA> jiraan)\b",
    r"^(?!.*\b<PLAN>\b)(?=.*\b<NOW>\b).*\b(?:<MA> hayo|<MA> haysto|<MA> lihi) (?:«cid|qof»)(?:na)? (?:\w+ ){0,2}"
    r"(?:daryeel|«eeg»|«la» joog|ilaali|quudi|siiya|siiso)\w*",
    # Paid care that did not come or was stopped.
    r"^(?=.*\b(?:kaligiis|kaligii|kaligeed|keligeed|keligiis|«kali|keli»|sariirt\w*|<MA> kici karo|<MA> kacdo"
    r"|<MA> kici karto|«cunto la aan»|«daawo la aan»|«wax ma» cunin|caawa|cidna|qofna|musqul\w*)\b)"
    r".*\b(?:daryeel\w*|daryee\w*|«carer\w*»|kalkaalis\w*|shaqaal\w*|«agency»"
    r"|ajaans\w*|«home care|homecare»)(?:\w+)?\b(?: \w+){0,4} (?:(?:«ma|kama|ma soo|wali ma|weli ma») (?:iman|imaan"
    r"|imanin|imaanin|yimaadin|soo iman|soo imaan)|iman waayay|imaan waayay|«la» joojiyay|joojiyeen|«la» jaray"
    r"|jareen|«la» kansalay|kansal\w*|«cancel\w*»)\b",
    # Sent home from hospital with no care.
    r"\b(?:isbitaal\w* (?:\w+ ){0,2}(?:«ka» soo baxay|«ka» soo baxday|«laga» soo saaray|«ka» saareen|fasaxeen|fasaxay)"
    r"|«discharg\w*»|«la» soo fasaxay|«guriga» «loo» soo diray|«guriga» «u» soo direen)\b.{0,100}\b(?:taageero|caawimo"
    r"|caawimaad|daryeel|«cid|qof|wax») ?(?:«la» aan|«la» aanteed|«la» aantiis|<MA> jiro|<MA> jirto|<MA> leh)\b",
    # The carer ill and unable to get up.
    r"\b(?:«waan|aad baan|ayaan|baan») (?:\w+ ){0,2}(?:xanuunsanahay|jiranahay|bukaa|«buka»|qabaa)\b.{0,80}"
    r"\b(?:<MA> kicin karo|<MA> kici karo|<MA> awoodo|<MA> daryeeli karo|cidna|qofna|kaligeed|kaligiis)\b",
)

PATTERNS = {
    "medical_emergency": MEDICAL_EMERGENCY,
    "suicidal": SUICIDAL,
    "self_harm": SELF_HARM,
    "child_at_risk": CHILD_AT_RISK,
    "adult_at_risk": ADULT_AT_RISK,
    "domestic_abuse": DOMESTIC_ABUSE,
    "care_breakdown": CARE_BREAKDOWN,
}

# A sentence is set aside when it denies the danger or puts it in the past, unless something
# after the denial brings it back ("laakiin", "mar kale", "caawa", "weli"; "hadda" unless it
# says things are fine now).
_UNLESS_LATER = (
    r"(?!.*\b(?:laakiin|«lakin|lkn»|balse|«hase» yeeshee|«hase» ahaatee|«mar» kale|haddana|«hadana»|«dib» (?:\w+ )?«u»"
    r"|caawa|xalay|maanta|«weli|wali»|«ilaa» hadda|«tan iyo» markaas|«(?:hadda|hada)»(?! (?:\w+ ){0,2}(?:fiican|fiicn"
    r"|ladan|ladnaa|caafimaad|«roon»|wanaagsan|bogsad|bogsat|bogsoo|«nabad»|xasil|degan|guriga|daryeel)\w*))\b)")
# Possessives and "I": the writer's own home, not a programme or the news.
_ABOUT_ME = (r"(?!.*\b(?:inaan|«in aan»|aniga|naftayda|kaligay|«\w+(?:kayga|kaygu|tayda|taydu"
             r"|dayda|daydu|hayga|haygu|gayga|gaygu|kaygii|taydii)»)\b)")

NOT_NOW = _rules(
    # Denied: "ma rabo inaan is dilo", "kama fekerayo is dilid", "is dili maayo".
    r"\b(?:«ma|kama|uma|maan»|«weligay ma»|«marnaba ma»)\b (?:\w+ )?(?:rabo|doonayo|fekerayo|fikirayo|fakarayo"
    r"|qorsheynayo|qorshaynayo|jecli|«samayn doono|sameyn doono»|sameynayo|samaynayo)\b(?: \w+){0,3}"
    r" (?:«is ?dil|is ?jar|iska jar|is ?waxyeel|is ?dhaawac|isdil|is ?miidaam»|«dhint|dhimt|dhimo|dhimash»|naft)\w*"
    + _UNLESS_LATER,
    r"\b(?:«is ?dili|is ?jari|is ?waxyeeli|is ?dhaawici|dhiman») (?:maayo|«mayo»|maayee)\b" + _UNLESS_LATER,
    r"\bkhatar (?:«kuma|ku ma|ma») (?:jiro|jirto|jiraan|ihi|ahi|aha)\b" + _UNLESS_LATER,
    r"\b(?:fikir|fikrad|fekrad|fikrado)\w*(?: \w+){0,3} (?:«is ?dil|dhim|is ?waxyeel»)\w*(?: \w+){0,2}"
    r" (?:<MA> qabo|<MA> hayo|<MA> lihi|<MA> leh|«kuma» jiro)\b" + _UNLESS_LATER,
    # Past: "sanado ka hor", "markii aan yaraa", "sanadkii hore", "waa ka bogsaday".
    r"\b(?:sano|sanad|sannad|sanado|sanadood|sannado|sannadood|sanooyin|bilo|bilood|toddobaadyo|todobaadyo"
    r"|«muddo» dheer|waqti dheer)\b(?: \w+)? (?:«ka hor|kahor»)\b" + _UNLESS_LATER,
    r"\b«waa» hore\b" + _UNLESS_LATER,
    r"\b(?:sanadkii|sannadkii|bishii|toddobaadkii|todobaadkii|usbuucii|xagaagii|jiilaalkii|ciidii) (?:hore|«la» soo"
    r" dhaafay|tagay)\b" + _UNLESS_LATER,
    r"\bmarkii (?:aan|«an») (?:yaraa|yaryaraa|«yar» ahaa|dhallinyaro|dhalinyaro|carruur|caruur|ilmo|«gabadh» yar"
    r"|«wiil» yar|ardayad|arday)\w*" + _UNLESS_LATER,
    r"\b(?:«waan|wuu|way|waa») (?:«ka» )?(?:gudbay|gudubtay|bogsaday|bogsatay|ladnaaday|ladnaatay|dhammaaday"
    r"|dhammaatay|«iska» daayay|«iska» daaday|«iska» daynay)\b" + _UNLESS_LATER,
    # Better now, found.
    r"\b(?:«hadda|hada»|imika|haatan|alxamdulillaah|alhamdulillah|alxamdulilah|«mahad» ilaah|«ilaah» mahadi"
    r"|«nasiib» wanaag)\b(?: \w+){0,3} (?:fiican|fiicn|ladan|ladnaa|caafimaad|bogsad|bogsat|«roon»|wanaagsan"
    r"|«nabad»|xasil|degan)\w*" + _UNLESS_LATER,
    r"\b(?:«waa» «la» (?:«soo» )?helay|«wuu» «soo» noqday|«way» «soo» noqotay|boolis\w* (?:\w+ )?(?:«soo» )?(?:celiyeen"
    r"|keeneen|heleen))\b" + _UNLESS_LATER,
    # Only a way of speaking.
    r"\b(?:kaftan\w*|«ciyaar» ahaan|«hadal» ahaan|«sida» «la» yiraahdo|«maah» maah\w*|odhaah\w*)\b",
    # A programme or the news, not the writer's home.
    r"^" + _ABOUT_ME + r".*\b(?:filim\w*|«film\w*»|musalsal\w*|taxane\w*|wararka|«warka»|«tv»|telefishan\w*|idaacad\w*"
    r"|«youtube|tiktok|facebook»|buug\w*|sheeko\w*|«bbc»|barnaamij\w*|«documentary»|dokumentari\w*|«news»)\b",
)

CATCHES = {
    "medical_emergency": (
        "Fadlan i caawiya, hooyaday way dhacday mana neefsanayso!",
        "aabbahay wuu suuxay oo kama jawaabayo, maxaan sameeyaa??",
        "Ninkayga laabta ayaa aad u xanuunaysa oo dhidid badan ayaa ka socda",
        "waxaan u malaynayaa in ayeeyo istaroog ku dhacay, afkeeda ayaa si lama filaan u qalloocday",
        "wiilkayga suuxdin ayaa ku dhacday oo ma joogsanayso, 10 daqiiqo ayay socotay",
        "hooyo kiniinadeedii oo dhan ayay liqday hal mar",
        "Aabbahay dementia ayuu qabaa, 4 saacadood ayuu maqan yahay, waa habeen oo qabow",
        "madaxa ayuu ku dhuftay, dhiig badan ayaa ka imanaya, maxaan sameeyaa",
        "999 waan soo wacay laakiin ambalaasku weli ma iman, wuu miyir beelay",
        "hooyo sonkorta ayaa hoos ugu dhacday, kama jawaabayso",
        "cunto ayaa ku mergatay, ma neefsan karo",
        "wejigeeda iyo cunaheeda ayaa bararaya kadib antibiotic-ga, neefta way ku adag tahay",
        "gabadhayda yar waxay cabtay clorox anigoo aan arkin",
        "walaal aabbahay dhulka ayuu yaallaa mana dhaqaaqayo, waan u yeeray magaciisa",
        "Asc, waxaan rabay inaan wax ka weydiiyo carer's allowance. Sorry, hadda aabbahay suuxdin ayaa ku dhacday "
        "oo ma joogsanayso, maxaan sameeyaa?",
        "hooyo laabta ayaa xanuunaysa oo gacanta bidix ayaa kabuubyoonaysa, A&E ma geeyaa?",
        "aabbahay wuu lumay, dementia ayuu qabaa, bijaamadiisa ayuu ku baxay habeenkii",
        "awoowe neeftiisa way istaagtay, fadlan maxaan sameeyaa",
        "ninkayga wadne qabad ayaa ku dhacay hadda",
    ),
    "suicidal": (
        "Waan daalay, mararka qaar waxaan ka fekerayaa inaan is dilo.",
        "wllh waxaan rabaa inaan dhinto, hooyo kaligay ayaan daryeelaa mar dambe ma awoodo",
        "waxaan dareemayaa in qoyskaygu ay iga la'aantay fiicnaan lahaayeen",
        "hooyaday maalin walba waxay leedahay waxaan rabaa inaan is dilo, ma garanayo waxaan sameeyo",
        "aabbahay wuxuu igu yiri xalay inuu is dili doono, maanta qolkiisa kama soo baxayo",
        "Ilaahay ha i qaado, ma awoodo mar dambe",
        "noloshu macno ma leh tan iyo markii ninkaygu jiranaaday",
        "kiniinada hooyo oo dhan ayaan liqi doonaa caawa",
        "ma rabo inaan sii noolaado sidan",
        "waxaan u qoray carruurtayda warqad sagootin ah",
        "mararka qaar waxaan doonayaa inaan iska tuuro buundada",
        "wiilkayga 19 jir ah wuxuu sheegay inuu is dilayo, wuxuu yiri buundada ayaan ka boodayaa",
        "waan ka daalay noloshan, waxaan jeclaan lahaa inaan dhinto",
        "cidna ima seegi doonto haddii aan maqnaado",
        "Asc, waxaan u baahanahay caawimo xagga lacagta carer-ka. Run ahaantii, dhawaan waxaan ka fekerayay inaan "
        "naftayda qaado.",
        "walaashay waxay isku dayday inay is disho bishii hore, maanta mar kale ayay ka hadashay",
        "kiniino ayaan kaydinayaa, waxaan haystaa kuwo badan",
        "sxb i'm done, ma rabo inaan noolaado",
        "wxn rabaa inan is dilo, qof iga caawiya",
        "waxay ka wanaagsanaan lahaayeen haddii aan dhinto",
    ),
    "self_harm": (
        "Gabadhayda 15 jir ah gacmaheeda ayay iska jartaa, ma garanayo waxaan sameeyo.",
        "mar kale ayaan is jaray xalay, joojin kari maayo",
        "wiilkayga autism-ka qaba madaxiisa ayuu darbiga ku garaacaa ilaa uu dhiig ka yimaado",
        "waxaan rabaa inaan is waxyeeleeyo markaan kaligay la joogo",
        "shafrado ayaan ka helay khaanadda gabadhayda, had iyo jeer gacmo dhaadheer ayay xirataa",
        "walaalkay sigaar ayuu ku gubaa gacmihiisa ula kac",
        "Is-waxyeelayn... gabadha ninkayga ayaa samaysa tan iyo xagaagii",
        "aabbahay dementia qaba gacmihiisa ayuu qaniinaa ilaa ay dhiig ka yimaado",
        "waxaan u baahanahay inaan is jaro si aan u dareemo wax fiican",
        "Waxaan ahay 16 jir, hooyaday ayaan daryeelaa, mararka qaar waan is jaraa",
        "wiilka walaashay timihiisa ayuu iska rifaa ilaa meel bidaar ah ka samaysmo",
        "Gabadhaydu way iska xoqdaa ilaa dhiig ka yimaado markay walwasho",
        "Waxaan u jeedaa inay nafteeda waxyeello u geysato ula kac",
        "saaxiibtay waxay isku daysay inay is jarto",
        "hooyo dementia ayay qabtaa, madaxeeda ayay dhulka ku dhufataa",
        "Gabadhayda 13 jir ah ayaa is jarjartay, bowdada ayay ku leedahay nabarro cusub",
        "I'm 17, aabahay ayaan daryeelaa... mar walba waan is jaraa marka uu xanaaqo",
        "wiilkaygu wuu is dhaawacaa ula kac markuu cadhoodo",
    ),
    "child_at_risk": (
        "Aabbaha carruurtu wuxuu ku garaacaa suunka markaan guriga joogin.",
        "waxaan ahay 13 jir, hooyo waxay naga tagtaa kaligeen guriga maalmo",
        "deriskayga ayaa canugga kaligiis uga taga habeenkii oo dhan",
        "ina-adeerkay ayaa garaaca ilmihiisa, waxaan maqlaa iyagoo qaylinaya",
        "hooyada carruurtu mar walba way sakhraansan tahay, carruurtuna gaajo ayay u dhimanayaan",
        "nin ay ku barteen ciyaar online ah ayaa gabadhayda 12 jir ah ka codsanaya sawiro qaawan",
        "adeerkeed ayaa faraxumeeyay gabadhayda yar",
        "waxay rabaan inay gabadhayda 8 jir ah gudaan xagaagan Soomaaliya",
        "saaxiibka hooyo ayaa wiilkeeda yar garaaca",
        "dugsiga ma aadin 3 toddobaad sababtoo ah hooyaday iyo walaalahay ayaan daryeelaa, 12 jir baan ahay",
        "inanka deriska 14 jir ah waxaa daroogo u qaada rag waaweyn",
        "wiilkayga yar wuxuu leeyahay calaamado suun dhabarka ah",
        "gabadha walaashay waxaa lagu qasbayaa guur, waa 15 jir",
        "ilmuhu guriga ammaan kuma aha",
        "The school ayaa i soo wacay, wiilkayga waxaa dhabarka ka muuqda nabarro suunka",
        "Waxaan ahay 14 jir, aabahay wuu na garaacaa markuu khamri cabbo",
        "ayeeyo ayaan ahay, gabadhayda wiilkeeda 6 jir ah ninkeedu wuu jirdilaa",
    ),
    "adult_at_risk": (
        "Waxaan u malaynayaa in daryeelaha hooyo uu lacag ka xado.",
        "ayeeyaday nabarro ayay ku leedahay oo cidna ma sharxi karto, xarunta waayeelka ayaan ka shakisanahay",
        "care home-ka aabbahay waxay ku dhaafaan wasakh maalinta oo dhan",
        "walaalkay wuxuu ka qaadaa lacagta hooyo bangiga iyadoo aan ogeyn",
        "haweeneyda daryeesha eedaday way ku qayliyaa oo way dharbaaxdaa",
        "Deriska ayaa u soo guuray guriga adeerkay oo halkaas daroogo ka iibiya, wuu ka baqaa",
        "ayeeyo cunto iyo biyo la'aan ayay ku dhaafeen tan iyo shalay",
        "aabbahay telefoonka ayaa lagu khiyaameeyay, lacagtii uu kaydsaday oo dhan way qaateen",
        "Waxaan u malaynayaa in aabbahay si xun loola dhaqmo xarunta",
        "adeerkay ayaa hooyo ku qasba inay lacag kala soo baxdo bangiga toddobaad walba",
        "gabadha hooyo daryeesha ayaa daawooyinkeeda ka reebta",
        "lacagta hawlgabka hooyo way lunta bil walba",
        "awoowe qolka ayay ku xireen oo furaha ayay qaateen",
        "ayeeyaday nursing home-ka way dayacaan, maalin dhan ayay wasakh ku jirtaa",
        "Asc, hooyo 82 jir ah ayaan daryeelaa, waxaan rabay inaan ka warsado Attendance Allowance. Sidoo kale ninka "
        "walaashay ayaa garaaca hooyo markuu khamri cabbo.",
        "carer-ka ayeeyo ayaa lacag kaga xada boorsadeeda",
        "kalkaalisada xarunta ayaa aabbahay riixday oo dhulka ku tuurtay",
    ),
    "domestic_abuse": (
        "Ninkaygu wuu i garaacaa markuu cabbo, aad baan uga baqaa.",
        "xaaskaygu ima oggola inaan guriga ka baxo ama qoyskayga la hadlo",
        "ninkaygu lacagtayda oo dhan ayuu qaataa oo fariimahayga ayuu akhriyaa",
        "wiilkayga ayaa igu hanjabay inuu i dilo haddii aanan lacag siin",
        "xalay mindi ayuu ii qaaday wuxuuna yiri waan ku dilayaa",
        "odaygaygu wuu i dharbaaxay carruurta hortooda",
        "waxaan la kulmaa rabshad qoys sanado badan mana garanayo cid aan u tago",
        "ninkii hore ayaa i daba socda wuxuuna leeyahay haddii aad booliiska u yeerto waan ku dilayaa",
        "gacanta ayuu iga jabiyay saaxiibkay",
        "ninkaygu galmo ayuu igu qasbaa markaan diido",
        "guriga ammaan kuma ihi markuu ninkaygu joogo",
        "ninkaygu saxamo ayuu igu tuuraa markuu xanaaqo",
        "aabbaha carruurtu wuxuu sheegay inuu carruurta iga qaadi doono haddii aan ka tago",
        "baasaboorkayga iyo telefoonkayga ayuu iga qariyay ninkaygu",
        "Hooyo ayaan daryeelaa, waxaan u baahanahay gaadiid. Ninkaygu dhawaan wuu i riixaa oo igu qayliyaa, "
        "waan ka baqayaa.",
        "xaaskaygu way i garaacdaa, qofna ma rumaysanayo maxaa yeelay nin baan ahay",
        "wuu i ceejiyay xalay, hadda qoorta ayaa i xanuunaysa",
        "my husband ayaa i garaaca, please help",
    ),
    "care_breakdown": (
        "Isbitaalka ayaan ku jiraa, hooyo oo dementia qabta kaligeed ayay guriga ku jirtaa.",
        "degdeg ayaa la ii dhigay isbitaalka, wiilkayga naafada ah cid daryeesha ma jirto",
        "Ma awoodo mar dambe, waan tagayaa oo kaligiis ayaan uga tagayaa",
        "carer-kii ma iman maanta, aabbahay sariirta kama kici karo kaligiis",
        "caawa cid la joogta hooyo ma jirto, waana inaan isbitaalka aado",
        "berri subax waa la i qalayaa, ninkayga kaligiis ma joogi karo",
        "hooyo ma daryeeli karo hal maalin oo kale, qof ii imaada ayaan u baahanahay hadda",
        "Ambalaaska ayaa i qaadaya hadda, walaalkay autism qaba kali ma joogi karo",
        "shil ayaa igu dhacay, A&E ayaan joogaa, yaa hooyo siin doona daawadeeda?",
        "daryeelkii guriga waa la joojiyay maanta, hooyona sariirta ayay kaligeed ku jirtaa",
        "hooyo maanta ayaa isbitaalka laga soo saaray, taageero la'aan",
        "Covid ayaan qabaa, aad baan u xanuunsanahay, hooyo sariirta ka ma kici karo",
        "hooyo isbitaalka ayaa la geeyay, aniga iyo walaalahay yaryar kaligeen ayaan guriga joognaa",
        "ma awoodo mar dambe, aabbahay isbitaalka ayaan uga tagayaa weligay",
        "tan iyo shalay ayaan isbitaalka ku jiraa, aabbahay dementia qaba kaligiis ayuu guriga joogaa, cidna ma oga",
        "Hospital ayaan joogaa hadda, mum-kay dementia ayay qabtaa oo kaligeed ayay joogtaa",
        "cidna ma jirto oo caawa hooyo la joogta, shaqaalihii agency-ga ma iman",
    ),
}

LOOKALIKES = (
    # Idioms.
    "Daal ayaa i dilay, hooyo xalay ma seexan.",
    "Gaajo ayaan u dhimanayaa, weli qado ma cunin.",
    "Qosol ayaan u dhintay markuu aabbahay kaftankiisa sheegay.",
    "Shaqada ayaan isku dilayaa si aan biilasha u bixiyo.",
    "Foomamkan PIP ayaa i dilaya!",
    "Madax xanuun ayaa i haya maalintii oo dhan.",
    "Madaxa ayaan darbiga ku garaacayaa warqadahan council-ka darteed.",
    "Wiilkaygu albaabka ayuu garaacaa subax walba si uu ii toosiyo.",
    "Gabadhayda yar sacab ayay tumtaa markay heeso maqasho.",
    "Wiilkayga ayaa kubadda igu garaacay si kama' ah.",
    "Wadnaha ayaa istaagay markaan arkay biilka korontada!",
    "Waxaan rabaa inaan baxsado oo jasiirad aan kaligay joogo u tago.",
    "Waxaan jeclaan lahaa inaan dhowr maalmood meel fog u baxo si aan u nasto.",
    # Tired, stressed, asking for help.
    "Aad baan u daalay, waxaan u baahanahay nasasho.",
    "Kaligay ma daryeeli karo hooyo, caawimaad noocee ah ayaa jirta?",
    "Waan ka daalay foomamkan, qof ma iga caawin karaa?",
    "Waxaan dareemaa inaan kaligay ahay tan iyo markii aan bilaabay daryeelka ninkayga.",
    "Waxaan dareemaa inaan dayacayo carruurtayda maxaa yeelay hooyo ayaan daryeelaa.",
    # Denied or over.
    "Ma rabo inaan is dilo, aad baan u daalay oo kaliya.",
    "Ma rabo inaan dhinto, waxaan rabaa caawimaad xagga warqadaha ah.",
    "Laba sano ka hor ayaan is jari jiray, hadda waan fiicanahay.",
    "Kama fekerayo inaan is waxyeeleeyo, nasasho ayaan u baahanahay.",
    "Hooyo way dhacday toddobaadkii hore, hadda way fiican tahay.",
    "Aabbahay istaroog ayuu qabay saddex sano ka hor, aniga ayaa daryeela.",
    "Markii aan yaraa aabbahay wuu i garaaci jiray, hadda aniga ayaa daryeela oo way adag tahay.",
    "Aabbahay cunto ayaa ku margatay qadada, hadda wuu fiican yahay.",
    "Mararka qaar wuu xanaaqaa, laakiin weligiis wax dhib ah iima geysan.",
    # TV and news.
    "Waxaan ku arkay musalsal nin isku dayay inuu is dilo, aad ayaan u xumaaday.",
    "Wararka ayaan ka maqlay in haweeney ninkeedu garaacay, waa wax laga naxo.",
    "Filim ku saabsan gudniinka gabdhaha ayaan BBC Somali ka daawaday.",
    "Barnaamijka Casualty xalay nin ayaa neefsan waayay, aad ayuu u xiiso badnaa.",
    # Medicines asked about normally.
    "Immisa kiniin oo paracetamol ah ayaan hooyo siin karaa maalintii?",
    "Aabbahay maanta kiniinadiisa oo dhan wuu qaatay isagoo aan cabanayn, alxamdulillaah!",
    "Daawada hooyo waxaan ku kaydiyaa armaajo sare oo xiran, ma ku filan tahay?",
    "Waxaan ilaaway inaan aabbahay siiyo kiniinka dhiig-karka, hadda ma siiyaa?",
    "Ambalaas ayaan u baahanahay si aabbahay loogu qaado ballanta kelyaha.",
    # Everyday care.
    "Hooyo waxay rabtaa inay guriga ku dhimato ee aanay isbitaal ku dhiman, sideen u qorsheeyaa daryeelka "
    "dhammaadka nolosha?",
    "Wuxuu qabaa suuxdin, sideen PIP ugu codsadaa?",
    "Hooyo way ka baqdaa inay kaligeed qubeysato.",
    "Waxaan ka baqayaa inuu aabbahay waddada ku dhaco.",
    "Habeenkii ma seexdo, shan jeer ayuu toosaa.",
    "Albaabka ayaan habeenkii xiraa si uusan aabbahay u bixin, ma caadi baa?",
    "Lacagta hooyo waxaan kala soo baxaa bangiga iyadoo ogolaansho i siisay.",
    "Walaashay ayaa maamusha lacagta hooyo, awood sharci ah ayaan haysannaa.",
    "Hooyo kaligeed ayay guriga joogtaa galabta inta aan shaqada joogo.",
    "Waxaan aadayaa aroosa walaashay bisha Juun, yaa hooyo la joogi kara?",
    "Qalliin ayaa la ii samaynayaa bisha Maarso, sideen u qorsheeyaa cidda aabbahay daryeeli doonta?",
    "Markii aan isbitaalka ku jiray sanadkii hore, walaashay ayaa hooyo daryeeshay.",
    "Daryeelihii maanta mar kale ma iman, ma cabasho gudbin karaa?",
    "Aabbahay shalay ayuu isbitaalka ka soo baxay, kooxda reablement-ku maalin walba way yimaadaan.",
    "Farta ayaan iska jaray markii aan basal jarayay, wax weyn maaha.",
    "Wiilkaygu telefoonkayga ayuu jabiyay si kama' ah.",
    "Gabadhaydu telefoonkayga ayay eegtaa si ay iiga caawiso fariimaha.",
    "Ninkaygu sonkorowga wuxuu ku xakameeyaa cunto oo kaliya.",
    "Naftayda waqti u qaado ayuu dhakhtarku igu yiri.",
    "Waxaan rabaa inaan foomamkan oo dhan maanta soo afjaro.",
    "Ku dhowaad waan suuxay daal markaan dukaanka joogay.",
    "Haddii aan dhinto, yaa hooyo daryeeli doona? Qorshe ayaan rabaa inaan sameeyo.",
    "Dhakhtarku wuxuu yiri neefta aabbahay waa COPD.",
    "Hooyo waxay qabtaa neef, mararka qaar si fiican uma neefsan karto habeenkii.",
    "Hooyo lugaha ayaa ka bararsan, GP-ga ayaan la hadlay.",
    "Aabbahay kursiga ayuu ka dhacay laakiin wax dhaawac ah kama gaarin.",
    "Hooyo dementia ayay qabtaa, mararka qaar galabtii way wareertaa.",
    "Timahayga ayaan iska jaray maanta, aad ayay u gaaban yihiin.",
    # Children helping and growing up normally.
    "Wiilkayga 12 jir ah ayaa iga caawiya miiska diyaarinta iyo jikada.",
    "Carruurtu nus saac ayay kaligood joogaan ka dib dugsiga ilaa aan imaado.",
    "Wiilkaygu wuxuu ka dhacay lulida, jilibka ayaa ka dhaawacmay.",
    "Wiilkayga waxaa la gudayaa bisha dambe, ma jiraa caawimo?",
    "Lacag ayaan u kaydinayaa fasax aan carruurta la aadno.",
    "Gabadhayda 10 jir ah waxay jeceshahay inay ayeeyadeed la fadhiisato dugsiga kadib.",
    "Wiilkaygu wuxuu garaacaa durbaanka kooxda dugsiga.",
)
