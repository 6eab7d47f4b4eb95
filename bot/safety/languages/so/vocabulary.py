"""The shared pieces of vocabulary and helpers the so rules are written with."""
from __future__ import annotations


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
