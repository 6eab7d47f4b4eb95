"""The so rules for harm by others or a care breakdown: a child or an adult at risk, domestic abuse, care that has broken down."""
from __future__ import annotations

from bot.safety.languages.so.vocabulary import _rules, _unless

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
