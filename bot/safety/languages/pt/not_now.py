"""What makes a pt sentence about danger not a crisis now: denied, past, or about someone else."""
from __future__ import annotations

# A sentence is set aside when it denies the danger or puts it in the past, unless
# something after the denial brings it back ("não quero morrer, mas ..."; "foi há anos e
# agora voltou").
_UNLESS_LATER = (r"(?!.*\b(?:mas|porem|so que|contudo|no entanto|entretanto|outra vez|de novo|novamente|voltou a|voltei a"
                 r"|volta a|volto a|recomecou|recomecei|hoje|esta noite|neste momento|ontem a noite|desde entao|desde ai"
                 r"|continua|ainda (?:nao|n|esta|ta|anda|tem)"
                 # "agora" brings it back ("... e agora corta-se"), unless it says things are better now
                 # or just how life is now ("agora cuido dele").
                 r"|agora(?! (?:ja )?(?:esta|ta|estou|to|tou|estamos|fica|sinto me|se sente) (?:bem|melhor|otim\w*|recuperad\w*"
                 r"|a recuperar|em casa|estavel|tranquil\w*|calm\w*)\b|(?: \w+)? (?:cuido|cuida|cuidamos|trato|trata|vivo|vive"
                 r"|vivemos|moro|mora|moramos|sou|somos)\b))\b)")
# "eu", "meu", "minha": a story about the writer's own home, not a programme.
_ABOUT_ME = r"(?!.*\b(?:eu|meu|minha|meus|minhas|mim|comigo|tambem|tb|tbm|lembrei|lembra me|ca em casa|aqui em casa)\b)"

NOT_NOW = (
    r"\b(?:nao|n|nunca|jamais) (?:estou|to|tou|esta|ta|estava|estive|estamos) (?:a pensar|pensando|a planear|planejando"
    r"|com (?:ideias|intencao|vontade)) (?:em |de )?(?:me |se )?(?:matar|suicidar|magoar|machucar|cortar|fazer mal|fazer nada"
    r"|acabar com)" + _UNLESS_LATER,
    r"\b(?:nao|n|nunca|jamais) (?:me |se )?(?:quero|queria|vou|ia|quer|queremos|penso|pensei|pensaria|pensou|pensa|faria|fazia"
    r"|fiz|fez|farei|faco|tenho vontade de|tive vontade de|tenho intencao de|tenciono|iria)(?: (?:me|se|nada|nunca|isso|mais"
    r"|em|de))* (?:morrer|matar|suicidar|suicidio|magoar|machucar|cortar|fazer mal|mal|nada (?:disso|de mal|contra)"
    r"|acabar com|fazer isso|uma coisa dessas|fazer uma coisa dessas|fazer tal coisa)" + _UNLESS_LATER,
    r"\b(?:nao|n) (?:sou|estou|to|tou|estava|me sinto) (?:suicida|em perigo|em risco)\b" + _UNLESS_LATER,
    r"\b(?:nao|n) (?:tenho|tive|ha|houve)(?: \w+){0,2} (?:pensamentos|ideias|ideacao|intencao|intencoes|vontade|planos?|risco|perigo)"
    r"(?: \w+){0,2} (?:suicidas?|de (?:me |se )?(?:matar|suicid\w*|morrer|magoar|cortar|fazer mal))" + _UNLESS_LATER,
    r"\b(?:nao|n) (?:ha|existe|corre|corremos|corro|esta em|estamos em) (?:nenhum )?(?:perigo|risco)\b" + _UNLESS_LATER,
    r"\bfora de perigo\b" + _UNLESS_LATER,
    # Over, in the past.
    r"\b(?:ja|isso ja|tudo ja|a crise ja|o pior ja) (?:passou|acabou|la vai)\b(?! (?:das|da|do|dos|uma|um|o prazo|a hora|a data"
    r"|muito|mais|duas|tres|\d+|horas|meia)\b)" + _UNLESS_LATER,
    r"\b(?:foi|aconteceu|isso foi|passou se|tudo isso foi|isto foi) ha (?:\w+ )?(?:anos|meses|muito tempo|decadas)\b" + _UNLESS_LATER,
    r"\b(?:(?:no|o|na|a) (?:verao|inverno|outono|primavera|ano|mes|natal|semana) passad[oa]|em (?:19|20)\d\d"
    r"|ha (?:\w+ )?(?:anos|meses) atras)\b" + _UNLESS_LATER,
    r"\b(?:quando|qdo|qnd) (?:eu )?(?:era|eramos|tinha) (?:nova|novo|jovem|jovens|adolescente|adolescentes|pequena|pequeno"
    r"|crianca|criancas|miuda|miudo|mais nova|mais novo|\d+ anos)\b" + _UNLESS_LATER,
    r"\b(?:(?:na|em) (?:minha |sua )?(?:adolescencia|juventude|infancia)|antigamente|em tempos|no passado|costumava)\b"
    + _UNLESS_LATER,
    r"\b(?:ja nao|ja n|nao \w+ mais) (?:me corto|me magoo|me machuco|penso (?:nisso|em (?:me )?matar|em morrer|em suicidio)"
    r"|tenho (?:esses|estes|esse|este) (?:pensamentos|ideias)|me bate|faz isso|faco isso|o faco|se corta|se magoa)\b" + _UNLESS_LATER,
    r"\bnao (?:me corto|me machuco|me magoo|penso nisso|se corta|me bate) mais\b" + _UNLESS_LATER,
    r"\b(?:deixei|parei|deixou|parou|larguei) de (?:me |se )?(?:cortar|magoar|machucar|pensar (?:nisso|em (?:me )?matar|em morrer)"
    r"|beber|bater)\b" + _UNLESS_LATER,
    # Better now.
    r"\b(?:ja|agora|felizmente|gracas a deus) (?:ja )?(?:esta|ta|estou|to|tou|estamos|fica|ficou|se sente|sente se)"
    r" (?:bem|melhor|otim[oa]|estavel|em casa|recuperad[oa]|a recuperar|tudo bem)\b" + _UNLESS_LATER,
    r"\b(?:ja|entretanto|felizmente) (?:apareceu|voltou para casa|foi encontrad[oa]|encontramos|encontraram|chegou a casa"
    r"|acordou|respira|esta a respirar|voltou a si)\b" + _UNLESS_LATER,
    r"\b(?:policia|vizinho|vizinha|alguem|taxista|seguranca) (?:\w+ )?(?:trouxe|trouxeram|encontrou|encontraram)(?: o| a| lo| la)?\b"
    + _UNLESS_LATER,
    # Only a way of speaking.
    r"\b(?:e|foi|era) (?:so |apenas )?(?:uma )?(?:maneira|forma|modo) de (?:falar|dizer)\b|\b(?:estou|to|tou|tava|estava|e|era)"
    r" (?:a brincar|brincando|a gozar|zoando)\b",
    # A programme or the news, not the writer's home.
    r"^" + _ABOUT_ME + r".*\b(?:(?:na|numa|da|desta|nessa|nesta) (?:serie|novela|telenovela|minisserie)|(?:no|num|do|neste|nesse)"
    r" (?:filme|episodio|telejornal|noticiario|jornal|livro|documentario|programa)|(?:um|o) episodio|(?:um|o) (?:filme|livro|documentario)"
    r" (?:sobre|era sobre|e sobre)|uma (?:serie|novela|reportagem) sobre|(?:a|uma) (?:serie|novela|telenovela)(?: (?:das|de|do|da) \w+)?"
    r" (?:tem|teve|mostrou|mostra|fala|falou|era sobre|e sobre)|uma cena (?:de|em que|onde)|(?:nas|das) noticias|(?:a|o) personagem|a reportagem)\b",
)
