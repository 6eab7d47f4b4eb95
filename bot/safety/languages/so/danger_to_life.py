"""The so rules for danger to life: a medical emergency, suicide, self-harm."""
from __future__ import annotations

from bot.safety.languages.so.vocabulary import _rules, _unless

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
