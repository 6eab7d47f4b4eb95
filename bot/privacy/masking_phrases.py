"""Portuguese, Spanish, Polish and Somali words and phrases for bot/privacy/masking.py.

Carers write to the bot in these languages as well as English. The phrases that
introduce a name ("chamo-me", "me llamo", "nazywam się", "magacaygu waa"), an address
("moro na", "vivo en", "mieszkam przy") or a phone number ("meu número é", "mój numer
to"), and the everyday words that must not be taken for names ("sou a mãe dele",
"jestem zmęczona"), are long word lists that would bury the masking logic; they live
here, grouped by what they do, so that a speaker of the language can check and extend
them without reading the matcher. Phrases are written as people type them, with and
without diacritics (many phones and keyboards drop them). masking.py turns each
phrase into tokens with the same tokenizer it matches with.
"""
from __future__ import annotations

# --- names ------------------------------------------------------------------------------
# Phrases after which the next one to three words are a name, whatever their case.
STRONG_NAME_CUES = (
    # Portuguese
    "chamo-me", "me chamo", "eu me chamo", "chamo me", "meu nome é", "meu nome e", "meu nome :",
    "nome :", "o meu nome é", "o meu nome e", "o meu nome completo é", "meu nome completo é",
    "chama-se", "se chama", "chama se", "o nome dele é", "o nome dela é", "o nome dele e",
    "o nome dela e", "pode me chamar de", "podes chamar-me", "pode chamar-me",
    "conhecida como", "conhecido como", "conhecida por", "conhecido por",
    # Spanish
    "me llamo", "yo me llamo", "mi nombre es", "mi nombre completo es", "mi nombre :",
    "nombre :", "se llama", "su nombre es", "llámame", "llamame", "puedes llamarme",
    "me dicen", "conocida como", "conocido como",
    # Polish
    "nazywam się", "nazywam sie", "mam na imię", "mam na imie", "na imię mam", "na imie mam",
    "moje imię to", "moje imie to", "moje imię i nazwisko to", "moje imie i nazwisko to",
    "imię :", "imie :", "nazwisko :", "imię i nazwisko :", "imie i nazwisko :",
    "nazywa się", "nazywa sie", "ma na imię", "ma na imie", "mów mi", "mow mi",
    "mówią na mnie", "mowia na mnie",
    # Somali
    "magacaygu waa", "magaceygu waa", "magacayga waa", "magacaygu", "magaceygu",
    "magacayguna waa", "magac :", "magacu waa", "magaciisu waa", "magaceedu waa",
    "magaciisa waa", "magaceeda waa", "waxaa la i yiraahdaa", "waxaa la igu magacaabaa",
    "waxa la i yidhaahdaa",
)
# Words in those phrases that say a name may follow: a message holding one of them is
# always run through the name rules, even if nothing after its first word is capitalised.
STRONG_CUE_WORDS = frozenset({
    "chamo", "chama", "chamar", "chamar-me", "nome", "llamo", "llama", "llámame", "llamame",
    "llamarme", "nombre", "nazywam", "nazywa", "imię", "imie", "nazwisko", "mów", "mow", "mówią",
    "mowia", "magacaygu", "magaceygu", "magacayga", "magacayguna", "magac", "magacu", "magaciisu",
    "magaceedu", "magaciisa", "magaceeda", "yiraahdaa", "yidhaahdaa", "magacaabaa", "conhecida",
    "conhecido", "conocida", "conocido", "dicen",
})
# Phrases after which a capitalised word (and the one after it) is a name: "sou a Maria",
# "soy Ana", "jestem Ola", but not "sou a mãe dele" or "jestem zmęczona".
WEAK_NAME_CUES = (
    "sou", "sou a", "sou o", "eu sou", "eu sou a", "eu sou o", "aqui é", "aqui é a", "aqui é o",
    "aqui e a", "aqui e o", "fala a", "fala o",
    "soy", "yo soy", "aquí", "aqui", "le escribe", "te escribe", "les escribe", "habla",
    "jestem", "ja jestem", "tu", "z tej strony", "pisze",
    "waxaan ahay", "aniga waxaan ahay", "aniga", "waa",
)
# Titles before a family name: "a Dona Rosa", "el señor García", "pani Kowalska".
TITLES = (
    "dona", "d.", "sr", "sr.", "sra", "sra.", "srta", "srta.", "senhor", "senhora", "dr", "dra",
    "dra.", "don", "doña", "señor", "señora", "señorita", "senor", "senora", "pan",
    "pani", "panna", "mgr", "ina", "aw", "marwo",
)
# Words joining the parts of a full name: "João da Silva", "Carlos de la Cruz".
NAME_PARTICLES = frozenset({"da", "de", "do", "das", "dos", "del", "la", "las", "los", "van", "von", "di", "e", "y"})

# Family, friends and professionals, as in "my mum Margaret": "minha mãe Rosa", "mi madre
# Carmen", "moja mama Halina". They are never names themselves.
PERSON_WORDS = frozenset({
    # Portuguese
    "mãe", "mae", "mamã", "mamãe", "mama", "pai", "papá", "papai", "marido", "esposa", "esposo",
    "mulher", "companheiro", "companheira", "filho", "filha", "irmão", "irmao", "irmã", "irma",
    "avó", "avô", "avo", "neto", "neta", "tio", "tia", "primo", "prima", "amigo", "amiga",
    "vizinho", "vizinha", "namorado", "namorada", "sogra", "sogro", "cunhado", "cunhada",
    "enteado", "enteada", "bebé", "bebê", "cuidador", "cuidadora", "médico", "médica", "medico",
    "medica", "enfermeira", "enfermeiro", "assistente", "senhora", "senhor", "menino", "menina",
    # Spanish
    "madre", "mamá", "padre", "papa", "hijo", "hija", "hermano", "hermana", "abuela", "abuelo",
    "nieto", "nieta", "tío", "tía", "vecino", "vecina", "novio", "novia", "suegra", "suegro",
    "cuñado", "cuñada", "pareja", "doctora", "doctor", "enfermera", "enfermero", "trabajadora",
    "niño", "niña", "nino", "nina",
    # Polish (with the case forms that follow "moja", "mojej", "moim"...)
    "matka", "matki", "matce", "matką", "mamy", "mamie", "mamą", "mamę", "tata", "taty", "tacie",
    "tatą", "tatę", "ojciec", "ojca", "ojcu", "ojcem", "mąż", "maz", "męża", "meza", "mężem",
    "mężowi", "żona", "zona", "żony", "żoną", "żonie", "partner", "partnerka", "syn", "syna",
    "synem", "synowi", "córka", "corka", "córki", "córką", "córce", "brat", "brata", "bratem",
    "siostra", "siostry", "siostrą", "siostrze", "babcia", "babci", "babcią", "dziadek", "dziadka",
    "dziadkiem", "wnuk", "wnuczka", "ciocia", "cioci", "wujek", "wujka", "kuzyn", "kuzynka",
    "przyjaciel", "przyjaciółka", "sąsiad", "sąsiadka", "chłopak", "dziewczyna", "teściowa",
    "teść", "opiekunka", "opiekun", "opiekunką", "opiekunem", "lekarz", "lekarka", "pielęgniarka",
    "dziecko", "dziecka",
    # Somali (the possessive is part of the word: "hooyaday" is "my mother")
    "hooyo", "hooyada", "aabe", "aabbe", "walaal", "walaashay", "walaalkay", "ninkayga", "xaaskayga",
    "wiil", "wiilkayga", "gabar", "gabadhayda", "ayeeyo", "awoowe", "adeer", "habaryar", "eeddo",
    "daryeele", "daryeelaha", "dhakhtar", "saaxiib",
})
POSSESSIVES = frozenset({
    "minha", "meu", "minhas", "meus", "sua", "seu", "nossa", "nosso", "dela", "dele",
    "mi", "mis", "su", "sus", "nuestra", "nuestro", "tu",
    "moja", "mój", "moj", "mojej", "mojego", "moim", "moją", "mojemu", "nasza", "nasz",
    "naszej", "naszego", "jej", "jego", "twoja", "twój",
})
# Somali relation words that already say "my ...": "hooyaday Faadumo".
RELATION_WORDS_WITH_POSSESSIVE = frozenset({
    "hooyaday", "hooyadey", "hooyadeey", "aabbahay", "aabahay", "aabbihay", "walaashay", "walaalkay",
    "walaashey", "ninkayga", "ninkeyga", "xaaskayga", "xaaskeyga", "wiilkayga", "wiilkeyga",
    "gabadhayda", "gabadheyda", "ayeeyaday", "awoowahay", "saaxiibkay", "saaxiibtay", "deriskayga",
})

# Capitalised words that follow "sou", "soy", "jestem" or "waxaan ahay" without being a
# name: articles and other small words, nationalities (capitalised in Polish), feelings,
# roles, places and greetings.
NOT_NAMES = frozenset({
    # small words (Portuguese, Spanish, Polish, Somali; a word the languages share is listed once)
    "a", "o", "as", "os", "um", "uma", "uns", "umas", "de", "da", "do", "das", "dos", "e", "eu",
    "ele", "ela", "eles", "elas", "você", "voce", "nós", "nos", "que", "não", "nao", "sim", "muito",
    "muita", "mais", "também", "tambem", "só", "so", "já", "ja", "aqui", "ali", "lá", "la", "em",
    "na", "no", "num", "numa", "para", "pra", "por", "com", "sem", "mas", "porque", "quando", "onde",
    "como", "quem", "qual", "isto", "isso", "este", "esta", "esse", "essa", "obrigado", "obrigada",
    "olá", "oi", "bom", "boa", "dia", "tarde", "noite", "sou", "estou", "está", "tenho",
    "el", "los", "las", "un", "una", "unos", "unas", "del", "al", "y", "yo", "tú", "usted", "ella",
    "él", "ellos", "nosotros", "sí", "si", "muy", "también", "tambien", "aquí", "ahí", "allí",
    "en", "con", "sin", "pero", "cuando", "donde", "quien", "gracias", "hola", "buenos",
    "buenas", "días", "dias", "tardes", "noches", "soy", "estoy", "tengo", "nuevo", "nueva",
    "ty", "on", "ona", "ono", "my", "wy", "oni", "one", "nie", "tak", "i", "w", "we", "z",
    "ze", "od", "po", "przy", "dla", "bez", "ale", "bo", "że", "kiedy", "gdzie",
    "jak", "kto", "co", "tutaj", "tam", "już", "juz", "też", "tez", "bardzo", "dziękuję",
    "dziekuje", "dzień", "dzien", "dobry", "dobra", "cześć", "czesc", "witam", "jestem", "mam",
    "sama", "samotna", "samotny", "nowa", "nowy",
    "waa", "waan", "waxaan", "aniga", "iyo", "oo", "ee", "ka", "ku", "haa", "maya", "mahadsanid",
    "salaan", "salaam", "nabad", "galab", "subax", "fiican", "halkan", "hadda",
    # nationalities and languages
    "portuguesa", "português", "portugues", "portugueses", "brasileira", "brasileiro", "angolana",
    "angolano", "cabo-verdiana", "cabo-verdiano", "moçambicana", "madeirense", "espanhola",
    "inglesa", "inglês", "ingles", "inglés", "española", "espanola", "español", "espanol", "colombiana",
    "colombiano", "ecuatoriana", "ecuatoriano", "venezolana", "venezolano", "boliviana",
    "boliviano", "peruana", "peruano", "mexicana", "mexicano", "argentina", "argentino", "chilena",
    "chileno", "dominicana", "dominicano", "cubana", "cubano", "hondureña", "latina", "latino",
    "hispana", "hispano", "británica", "britanica", "británico", "europea", "europeia", "londres",
    "polka", "polką", "polak", "polakiem", "polski", "polska", "polsce", "londyn",
    "londynie", "anglii", "anglia", "angielski", "somali", "somalí", "soomaali", "soomaaliya",
    "somalijka", "somalijczyk", "ingiriis", "ingiriisi", "london-ka",
    # feelings and states
    "cansada", "cansado", "exausta", "exausto", "esgotada", "esgotado", "preocupada", "preocupado",
    "triste", "sozinha", "sozinho", "doente", "desesperada", "desesperado", "agotada", "agotado",
    "sola", "solo", "enferma", "enfermo", "estresada", "estresado", "deprimida", "deprimido",
    "zmęczona", "zmęczony", "zmeczona", "zmeczony", "smutna", "smutny", "chora", "chory",
    "przemęczona", "wyczerpana", "zmartwiona", "załamana", "daallan", "daalan", "xanuunsan",
    "murugeysan", "walwalsan", "kaligay", "keligay",
    # carers and roles
    "cuidadora", "cuidador", "cuidadoras", "opiekunką", "opiekunem", "opiekunka", "opiekun",
    "daryeele", "daryeelaha", "mãe", "madre", "mamą", "matką", "hooyo", "aabe", "estudante",
    "estudiante", "studentką", "studentem", "enfermeira", "enfermera", "pielęgniarką",
    # organisations and places that follow "aqui é" or "habla"
    "segurança", "seguridad", "social", "consejo", "conselho", "câmara", "camara", "hospital",
    "centro", "urgencias", "urgência", "urgencia", "farmácia", "farmacia", "szpital", "przychodnia",
    "rada", "gminy", "isbitaal", "dowladda", "deus", "dios", "bóg", "bog", "jezus",
})

# Given names that are also everyday words in these languages (or in English): masked,
# like "Grace" or "Will", only when capitalised and not the first word of a sentence.
# "de graça" (free), "rosa" (pink), "dolores" (pains), "ella" (she), "ali" (there), "lee"
# (reads), "leo" (I read), "maja" (Polish "mają", typed without the hook: they have),
# "jan" (January), "ola" (Portuguese hello), "marco" (March, typed without the cedilla);
# Somali "mahad" (thanks), "ayaan" (luck; also "it is I who"), "sahal" (easy), "ladan" (well).
EVERYDAY_WORD_NAMES = frozenset({
    "graça", "graca", "rosa", "dolores", "pilar", "mercedes", "esperanza", "soledad", "consuelo",
    "amparo", "milagros", "socorro", "luz", "paz", "sol", "flor", "reina", "blanca", "gloria",
    "glória", "celeste", "julio", "angel", "ángel", "cruz", "alegria", "alegría", "clara", "ella",
    "ali", "lee", "leo", "mia", "norma", "maja", "ela", "ida", "asia", "jan", "ola", "jesus",
    "domingos", "cesar", "róża", "roza", "fe", "dora", "marina", "marco", "mahad", "farax", "ayaan",
    "nimco", "sahal", "idil", "ubah", "ubax", "ladan",
})

# Words after a name that say it names someone, so that a name that is also a word is
# masked even first in a sentence: "Graça é a minha irmã", "Rosa tiene demencia".
NAMES_SOMEONE = frozenset({
    # ("i", Polish "and", is left out: it is also the English "I", as in "May I ask")
    "é", "e", "está", "esta", "tem", "mora", "vive", "disse", "diz", "cuida", "es", "y", "tiene", "dijo",
    "dice", "jest", "ma", "oraz", "mieszka", "powiedziała", "powiedział", "mówi", "waa", "iyo",
    "wuxuu", "waxay", "ayaa",
})

# Everyday-word names that are pronouns or adverbs ("Ella está en el hospital": she is in
# hospital; "Ali é perto": it is near there): first in a sentence, NAMES_SOMEONE does not
# make them names.
PRONOUN_NAMES = frozenset({"ella", "ela", "ali", "lee", "leo", "mia", "ola", "ida", "maja", "fe", "sol", "paz", "luz"})

# --- addresses --------------------------------------------------------------------------
# Words for living or moving somewhere, each with the small words that come before a street
# name: "moro na Railton Road", "vivo en la Acre Lane", "mieszkam przy Coldharbour Lane".
LIVING_WORDS = frozenset({
    "moro", "mora", "moramos", "moram", "morar", "morava", "vivo", "vive", "vivemos", "vivimos",
    "viven", "vivía", "resido", "reside", "mudei", "mudamos", "mudámos", "mudou", "mudé", "mudó",
    "mieszkam", "mieszka", "mieszkamy", "mieszkają", "mieszkaja", "mieszkałam", "mieszkałem",
    "przeprowadziłam", "przeprowadziłem", "przeprowadziliśmy", "degan", "deggan", "degenahay",
    "deganahay", "noolahay", "nool",
})
LIVING_PREPOSITIONS = (
    "na", "no", "em", "numa", "num", "para", "para a", "para o", "na rua", "em frente à",
    "en", "en el", "en la", "a", "a la", "al", "por",
    "przy", "w", "na ulicy", "przy ulicy", "ul", "ul .", "do", "se na", "się na", "się do",
    "ku", "xaafadda",
)
# Words before a street's name: "rua Acre, 12", "calle Railton 5", "ul. Brixton Hill 7".
STREET_PREFIXES = (
    "rua", "avenida", "av", "av.", "travessa", "praça", "largo", "estrada", "calle", "c /",
    "plaza", "paseo", "camino", "ulica", "ulicy", "ul", "ul.", "aleja", "al.", "plac", "osiedle",
    "jidka", "waddada",
)
# Flats, floors and doors: "apartamento 4", "piso 3", "mieszkanie nr 3", "3º andar".
FLAT_WORDS = (
    "apartamento", "apto", "apt.", "ap", "piso", "departamento", "depto", "puerta", "porta",
    "mieszkanie", "mieszkania", "mieszkaniu", "lokal", "lokalu", "m.", "piętro", "pietro", "blok",
    "bloco", "bloque", "fracção", "fração", "guriga", "guri", "aqalka", "dabaqa",
)
FLOOR_WORDS = ("andar", "piso", "planta", "piętro", "pietro", "piętrze", "pietrze", "dabaq", "dabaqa")
HOUSE_WORDS = ("casa", "dom", "domu", "número", "numero")
# "moro no número 12", "mieszkam pod numerem 5"
HOUSE_NUMBER_WORDS = ("nº", "n.º", "número", "numero", "nr", "nr.", "numer", "numerem")
NUMBER_WORDS = ("nº", "n.º", "n", "n.", "no", "no.", "number", "número", "numero", "num", "num.", "nr",
                "nr.", "numer", "numeru", "lambar", "lambarka", "#")

# --- phone numbers ----------------------------------------------------------------------
# Words that say a phone number follows ("meu número é 07...", "mój numer to ...").
PHONE_CUE = (
    r"(?:n[úu]mero|numer|numeru|lambar\w*|telefone|telem[óo]vel|celular|m[óo]vel|tel[ée]fono"
    r"|m[óo]vil|telefon\w*|kom[óo]rk\w*|taleefan\w*|telefoon\w*|whats\s?app|tlm|tel|contacto|contato"
    r"|phone|mobile)"
)
# Small words allowed between the cue and the digits: "mi número de teléfono es el ...".
PHONE_CUE_LINKS = (
    r"(?:é|e|es|el|o|a|de|do|da|del|to|jest|waa|waxa|is|my|meu|mi|mój|moj|móvil|"
    r"kontaktowy|komórkowy|komorkowy|personal|pessoal|contacto|contato|telefone|teléfono|telefono)"
)
# Digits said as words, to find numbers written out: "zero sete sete zero zero ...".
DIGIT_WORDS = (
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double",
    "um", "uma", "dois", "duas", "três", "tres", "quatro", "cinco", "seis", "meia", "sete", "oito",
    "nove", "cero", "uno", "dos", "cuatro", "siete", "ocho", "nueve", "jeden", "jedna", "dwa",
    "dwie", "trzy", "cztery", "pięć", "piec", "sześć", "szesc", "siedem", "osiem", "dziewięć",
    "dziewiec", "eber", "kow", "laba", "saddex", "afar", "shan", "lix", "toddoba", "siddeed",
    "sagaal",
)

# --- emails -----------------------------------------------------------------------------
EMAIL_AT_WORDS = ("at", "arroba", "małpa", "malpa", "małpka", "malpka")
EMAIL_DOT_WORDS = ("dot", "ponto", "punto", "kropka")
EMAIL_ENDINGS = ("com", "org", "net", "uk", "gov", "nhs", "io", "me", "info", "ac", "pt", "es", "pl",
                 "br", "eu", "so")

# --- dates ------------------------------------------------------------------------------
MONTH_PATTERN = (
    r"(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre"
    r"|diciembre|stycznia|styczeń|lutego|luty|marca|marzec|kwietnia|kwiecień|maja|czerwca|lipca"
    r"|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia)"
)
BIRTH_CUE = (
    r"(?:nasci(?:do|da)?|nascimento|nací|naci|nacido|nacida|nacimiento|cumpleaños|aniversário"
    r"|urodzi(?:łam|łem|lam|lem|ła|ł|la|l)(?:\s+się|\s+sie)?|urodzenia|urodziny|dhashay|dhalasho\w*)"
)
