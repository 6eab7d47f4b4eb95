"""Crisis rules in Portuguese (European and Brazilian), for bot/safety/languages.

The patterns read folded text (fold(): lower case, no accents, letters and digits only,
one space between words, a space at each end), so "não", "nao" and "NÃO" read alike and
"matar-me" reads "matar me". Text-speak is written into the patterns: "n"/"nn"/"naum" for
"não", "kero" for "quero", "to"/"tou" for "estou", "ngm" for "ninguém".

Portuguese and Spanish share many words ("suicidio", "violencia domestica", "comprimidos",
"hospital", "maltrata"), so every pattern needs at least one word only Portuguese has
(nao, quero, morrer, me matar, o meu, a minha, sozinha, ...): a crisis written in Spanish
must be seen by the Spanish rules and get its card in Spanish. Everyday idioms ("morta de
cansaço", "mata-me de rir", "matar-me a trabalhar", "dá cabo de mim") are kept out by
look-aheads written next to the pattern they would fool.

Words in angle brackets (<NAO>, <CRIANCA>, ...) are shared pieces of vocabulary, put in by
_rules() below."""
from __future__ import annotations

LANGUAGE = "pt"

_PIECES = {
    # "não" as carers type it.
    "<NAO>": r"(?:nao|n|nn|naum|nunca)",
    # Medicines by name or kind.
    "<COMPRIMIDOS>": r"(?:comprimidos|comprimido|pastilhas|remedios|medicamentos|pilulas|calmantes|soniferos|paracetamol|insulina)",
    # A child, as a parent, grandparent or neighbour writes about them.
    "<CRIANCA>": r"(?:crianca|criancas|filho|filha|filhos|filhas|miudo|miuda|miudos|miudas|menino|menina|meninos|meninas"
                 r"|bebe|bebes|neto|neta|netos|netas|sobrinho|sobrinha|sobrinhos|enteado|enteada|enteados|pequeno|pequena"
                 r"|pequenos|pequenas|irmaozinho|irmazinha|irmaozinhos)",
    # A partner or ex.
    "<PARCEIRO>": r"(?:marido|mulher|esposa|esposo|companheiro|companheira|namorado|namorada|parceiro|parceira|noivo|noiva|partner"
                  r"|homem|ex|ex marido|ex mulher|ex namorado|ex namorada|ex companheiro|ex companheira)",
    # Someone at home who may hurt the carer: partner, grown-up child, parent, in-laws, or "he"/"she".
    "<DA_CASA>": r"(?:marido|mulher|esposa|esposo|companheiro|companheira|namorado|namorada|parceiro|parceira|noivo|noiva|partner"
                 r"|homem|ex|filho|filha|enteado|enteada|genro|nora|sogro|sogra|irmao|irma|cunhado|cunhada|pai|mae|neto"
                 r"|neta|ele|ela)",
    # An older or disabled adult someone else is looking after.
    "<ADULTO>": r"(?:mae|pai|avo|avozinha|avozinho|tia|tio|sogra|sogro|madrinha|padrinho|senhora|senhor|idosa|idoso"
                r"|utente|doente|vizinha|vizinho|irma|irmao|mulher|marido)",
    # Words people put between "he" and what he does: "o meu marido quando bebe bate-me".
    "<ENTRE>": r"(?: (?:ja|sempre|tambem|tb|tbm|as|vezes|muitas|quando|qnd|qd|bebe|bebeu|esta|ta|fica|anda|bebado|bebada"
               r"|zangado|zangada|nervoso|nervosa|irritado|irritada|chateado|chateada|de|vez|em|todos|os|dias|outra|novo"
               r"|ontem|hoje|agora|a|noite|so|mesmo|ainda|depois|que|eu|lhe|e|chega|casa|voltou|volta|comecou|continua"
               r"|dele|dela|meu|minha|mais|velho|velha|novo|nova|com|doenca|demencia|alzheimer|confuso|confusa|ultimamente"
               r"|constantemente|frequentemente|diariamente|volta|meia|por|vezes|desde|entao)){0,4}",
    # A hit, push or hurt done to the writer ("bate-me", "me bate", "deu-me um murro").
    "<BATE_ME>": r"(?:bate me|me bate|bateu me|me bateu|batia me|me batia|espanca me|me espanca|espancou me|me espancou"
                 r"|agride me|me agride|agrediu me|me agrediu|agredia me|me agredia|empurra me|me empurra|empurrou me"
                 r"|me empurrou|esbofeteia me|esbofeteou me|me esbofeteou|estrangula me|me estrangula|estrangulou me"
                 r"|me estrangulou|sufocou me|me sufocou|esganou me|me esganou|pontapeia me|pontapeou me|chuta me|me chuta"
                 r"|chutou me|me chutou|morde me|me morde|mordeu me|me mordeu|arranha me|me arranha|arranhou me|me arranhou"
                 r"|belisca me|me belisca|beliscou me|me beliscou|cospe me|cuspiu me|me cuspiu|cospe em mim|cuspiu em mim"
                 r"|da me (?:murros|socos|estalos|chapadas|bofetadas|pontapes|porrada|tareia|tareias|sovas|pancada)"
                 r"|me da (?:murros|socos|tapas|tapoes|chutes|porrada|surras|pancada)"
                 r"|deu me (?:um |uma )?(?:murro|soco|estalo|chapada|bofetada|pontape|tabefe|cabecada|sova|tareia|porrada|pancada)"
                 r"|me deu (?:um |uma )?(?:murro|soco|tapa|tapao|chute|chapada|bofetada|surra|porrada|cabecada|pancada)"
                 r"|puxa me (?:pelo|pelos|o) cabelos?|me puxa (?:pelo|pelos|o) cabelos?|puxou me (?:pelo|pelos|o) cabelos?"
                 r"|me puxou (?:pelo|pelos|o) cabelos?|agarrou me pelo (?:pescoco|cabelo|braco)|me agarrou pelo (?:pescoco|cabelo|braco)"
                 r"|apertou me o pescoco|me apertou o pescoco|magoa me|me magoa|magoou me|me magoou|machuca me|me machuca"
                 r"|machucou me|me machucou|aleija me|aleijou me|me aleijou|maltrata me|me maltrata|maltratou me|me maltratou"
                 # "voltou a bater-me", "tenho medo que ele me bata".
                 r"|bater me|me bater|me bata|bata me|espancar me|me espancar|agredir me|me agredir|empurrar me|me empurrar)",
    # An accident or hurt feelings, not an attack: "bateu-me com a bola sem querer", "magoa-me com o que diz".
    "<SEM_QUERER>": r"(?!(?: \w+){0,4} (?:sem querer|por acidente|sem intencao|a brincar|na brincadeira|com a bola)\b)"
                    r"(?!(?: \w+){0,2} (?:com (?:as|o que|aquilo|isso|palavras)|ao dizer|quando (?:diz|fala|me ignora)))"
                    r"(?! (?:a|o) (?:cadeira|carrinho|porta|janela)\b)",
    # A person the writer lives with or looks after.
    "<PESSOA>": r"(?:filho|filha|bebe|crianca|menino|menina|miudo|miuda|pai|mae|avo|avozinha|avozinho|irmao|irma|marido|mulher"
                r"|esposa|esposo|companheiro|companheira|namorado|namorada|neto|neta|tio|tia|sogro|sogra|enteado|enteada|ele|ela)",
    # "quem vai cuidar dela?"
    "<CUIDA_QUEM>": r"(?:quem (?:vai |e que vai |pode |)(?:cuidar|cuida|ficar com|fica com|tomar conta|toma conta|olhar por"
                    r"|olha por|dar (?:a|o|os|as) (?:medicacao|comer|jantar|banho|comprimidos|remedios)|da (?:a|o) (?:medicacao"
                    r"|comer|jantar)))",
    # Not a new event but a date to plan for: "vou ser operada em março".
    "<PLANO>": r"(?:em (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
               r"|daqui a (?:\w+ )?(?:semanas|meses|mes|ano)|proxim[oa]s? (?:mes|semana|ano|semanas|meses)|mes que vem"
               r"|ano que vem|semana que vem|planear|planejar|planeio|planejo|planeamento|planejamento|plano de emergencia"
               r"|com antecedencia|no futuro|se um dia|caso um dia|caso eu|se eu (?:ficar|for|tiver))",
}

# Idioms: "matar-se a trabalhar", "mato-me a limpar", "me matando de trabalhar".
_NOT_MATAR_IDIOM = (r"(?! (?:a|de|com|no|na|pra|para|por|ao) (?:trabalhar|trabalho|estudar|rir|riso|tanto|tanta|limpar|correr"
                    r"|treinar|fazer|cozinhar|arrumar|cuidar|tratar|ginasio|academia|trabalhos|esforco|pagar)\b)")
# Idioms: "morrer de saudades/de rir/de fome", and wishes about a peaceful death ("morrer em casa").
_NOT_MORRER_IDIOM = (r"(?! (?:de|a|com|em|no|na|nos|nas|ao|pela|pelo|por) (?:rir|riso|vergonha|saudade|saudades|fome|sede|sono"
                     r"|calor|frio|susto|cansaco|tedio|inveja|medo|curiosidade|amor|amores|tanto|tanta|dor|dores|pena"
                     r"|ansiedade|nervos|preguica|casa|paz|hospital|cama|lar|bracos|idade|velh\w*|dignidade|sossego"
                     r"|tranquilidade|familia|pe|terra|patria|\d+|cem|noventa)\b)(?! (?:velh\w*|feliz|tranquil\w*|descansad\w*|sossegad\w*|rica|rico)\b)")


def _rules(*patterns: str) -> tuple[str, ...]:
    out = []
    for pattern in patterns:
        for name, piece in _PIECES.items():
            pattern = pattern.replace(name, piece)
        out.append(pattern)
    return tuple(out)


SUICIDAL = _rules(
    # "quero-me matar", "vou matar-me", "penso em me matar", "tentei suicidar-me".
    r"\b(?:quero|queria|kero|keria|qro|vou|ia|pens\w*(?: \w+)?(?: em)?|vontade (?:\w+ )?de|apetece me"
    r"|tentei|tentar|planeio|planear|planejo|planejando|decidi|preferia|prefiro|devia|deveria|so me resta|resta me)"
    r"(?: \w+){0,2} (?:me matar|matar me|me suicidar|suicidar me)\b" + _NOT_MATAR_IDIOM,
    r"\bme (?:quero|queria|vou|ia|tentei) (?:matar|suicidar)\b" + _NOT_MATAR_IDIOM,
    r"\b(?:qualquer dia|um dia destes|ainda|juro que) (?:eu )?(?:me mato|mato me)\b" + _NOT_MATAR_IDIOM,
    r"\bmato me\b" + _NOT_MATAR_IDIOM,
    # Someone else: "diz que se vai matar", "ameaçou matar-se", "tentou suicidar-se".
    r"\b(?:ameaca|ameacou|ameacava|ameacar|ameacando|fala|falou|falar|falando|diz que|disse que|dizendo que|quer|queria"
    r"|vai|ia|tentou|tenta|tentar|pensa|pensou|pensando|quis) (?:em |de )?(?:se matar|matar se|se suicidar|suicidar se)\b"
    + _NOT_MATAR_IDIOM,
    r"\bse (?:vai|quer|queria|ia|tentou|tenta|quis|anda a querer) (?:matar|suicidar)\b" + _NOT_MATAR_IDIOM,
    r"\b(?:que|q) se (?:mata|matava|suicida|suicidava)\b" + _NOT_MATAR_IDIOM,
    # The word suicide, only where the sentence around it is Portuguese.
    r"\b(?:tentativa|tentativas|tentou|tentou o|pensamentos|pensamento|ideias|ideacao|risco|falar|fala|falou|falando)"
    r" (?:de |em |no |sobre |o |sobre o )?suicid\w*",
    r"\bpens\w*(?: \w+){0,2} (?:em|no|sobre) (?:o )?suicid\w*",
    r"\b(?:estou|to|tou|esta|ta|anda|ando|sinto me|me sinto|sente se|se sente|fiquei|ficou) (?:muito |bastante |um pouco )?suicida\b",
    # Wanting to die: "quero morrer", "só queria estar morta", "quem me dera não acordar".
    r"(?<!\bnao )(?<!\bn )(?<!\bnunca )(?<!\bninguem )\b(?:quero|queria|kero|keria|qro|qero|quer|queres|so quero|vontade de"
    r"|apetece me|desejo|deseja|preferia|prefiro|gostava de|quem me dera|tomara|penso em|pensar em|pensando em|pensa em"
    r"|pede para|pede a deus para|peco a deus para|rezo para)(?: \w+)? (?:morrer|morer|estar mort[oa]|ta mort[oa]"
    r"|tar mort[oa]|nao existir|deixar de existir|nunca ter nascido|nao ter nascido|dormir e nao acordar"
    r"|adormecer e nao acordar|nao acordar mais|nao acordar amanha|nunca mais acordar|sumir para sempre"
    r"|desaparecer para sempre|desaparecer de vez|sumir de vez|desaparecer deste mundo|sumir deste mundo"
    r"|partir deste mundo|ir ter com (?:ele|ela|o meu|a minha)(?: \w+)? (?:ao ceu|la em cima))\b" + _NOT_MORRER_IDIOM,
    r"\b(?:dormir|adormecer|deitar me) e (?:nao|n|nunca mais) (?:mais )?acordar\b(?! (?:durante|a noite|de noite|ate|antes|com|cedo))",
    # Not wanting to live: "não quero viver mais", "não aguento viver assim".
    r"\b<NAO> (?:quero|queria|kero|qro|quer|queres|quis|aguento|consigo|tenho forcas para|tenho vontade de) (?:mais )?(?:viver|continuar a viver"
    r"|continuar vivendo|seguir vivendo|estar viv[oa]|ficar viv[oa]|existir|acordar (?:mais|amanha)|estar neste mundo"
    r"|continuar neste mundo)\b(?! (?:num|numa|no|na|em|com|longe|perto|fora|noutro|noutra|ao pe|la|ali|sem|de renda"
    r"|de favor|sozinh\w*|perto|assim (?:tao )?longe))",
    r"\b(?:a )?(?:minha )?vida (?:ja )?(?:nao|n) (?:vale a pena|tem sentido|faz sentido|vale nada)\b",
    r"\b<NAO> (?:vale|valia) a pena (?:viver|estar viv\w+|continuar a viver|acordar|existir)\b",
    r"\b(?:<NAO> (?:vejo|encontro|ha|tem|tenho)|sem) (?:nenhum |qualquer )?sentido (?:na|nesta|em) (?:minha |esta )?vida\b",
    # "Tenho os comprimidos aqui e vou tomar tudo."
    r"^(?=.*\b<COMPRIMIDOS>\b).*\b(?:vou|quero|queria|penso em|vontade (?:\w+ )?de|apetece me) (?:tomar|engolir) (?:tudo|todos|todas"
    r"|isto tudo|tudo de uma vez|todos de uma vez)\b(?! (?:os dias|as manhas|as noites|a horas|direitinho)\b)",
    r"\b(?:sem|<NAO> (?:tenho|ha|vejo|encontro|tem|temos)) (?:nenhum |nenhuma |mais )?(?:razao|razoes|motivo|motivos|sentido"
    r"|porque|vontade) (?:nenhum |nenhuma )?(?:para|pra|de|em|pa) (?:viver|continuar a viver|continuar vivendo|estar viv\w+"
    r"|acordar|existir|continuar(?! (?:com|a \w+|na|no|nesta|neste|nisto|o|os|a|as|este|esta)\b))",
    # "They would all be better off without me."
    r"\bmelhor(?:es)? sem mim\b",
    r"\bmelhor(?:es)?(?: \w+){0,2} se eu (?:morresse|morrer|nao existisse|desaparecesse|sumisse|partisse|nao estivesse (?:ca|aqui|viv\w+)"
    r"|estivesse mort[oa]|nao acordasse|me matasse|fosse embora para sempre)\b",
    r"\b(?:era|seria) melhor (?:eu )?(?:morrer|estar mort[oa]|nao existir|nao ter nascido|desaparecer de vez|nao acordar"
    r"|nunca mais acordar|ja nao estar ca|nao estar ca)\b",
    r"\b(?:ninguem|ngm) (?:ia|vai|iria|ira|havia de|sentiria|notaria|dava|daria|iam)(?: \w+){0,2} (?:a |pela |da )?(?:minha )?falta\b",
    r"\b(?:ninguem|ngm) (?:ia|iria|vai) (?:notar|reparar|dar por isso|se importar) se eu (?:morresse|desaparecesse|sumisse|partisse|me matasse)\b",
    # Means: jumping, hanging, the pills.
    r"\b(?:atirar|jogar|lancar|deitar|atiro|jogo) (?:me|se)(?: \w+){0,2}? (?:da|de|do|dum|duma|pela|pelo|para|pra|na|no|a|ao"
    r"|debaixo|em frente)(?: \w+){0,3} (?:ponte|janela|varanda|predio|comboio|trem|metro|autocarro|onibus|camiao|caminhao"
    r"|linha|linhas|falesia|penhasco|telhado|rio|precipicio|viaduto|terraco|carros)\b",
    r"\b(?:me|se)(?: (?:vai|quer|ia|queria|tentou|vou|quero|vais|ameaca|ameacou))? (?:atirar|jogar|lancar|atiro|jogo)(?: \w+){0,2}?"
    r" (?:da|de|do|pela|para|pra|na|no|a|ao|debaixo|em frente)"
    r"(?: \w+){0,3} (?:ponte|janela|varanda|predio|comboio|trem|metro|autocarro|onibus|camiao|caminhao|linha|linhas"
    r"|falesia|penhasco|telhado|rio|precipicio|viaduto|terraco|carros)\b",
    r"\bse (?:vai|quer|ia|queria|tentou|ameaca|ameacou|esta a querer) (?:atirar|jogar|lancar|enforcar)\b"
    r"(?! (?:a|ao|de|para|pra) (?:piscina|agua|mar|trabalho|cabeca|frente|comida|sofa|cama|projeto)\b)",
    r"\b(?:saltar|pular|salto|pulo|saltava|pulava) (?:da|de uma|de um|do|pela|para a frente do|na frente do|para debaixo do)"
    r"(?: \w+){0,2} (?:ponte|janela|varanda|predio|telhado|falesia|penhasco|viaduto|terraco|comboio|trem|metro|autocarro|onibus)\b",
    r"\b(?:enforcar me|me enforcar|enforcar se|se enforcar|enforco me|me enforco|corda ao pescoco|corda no pescoco)\b",
    r"\bcortar (?:os )?(?:meus |seus |proprios )?pulsos\b",
    r"\b(?:vou|quero|queria|penso em|pensei em|pensar em|vontade (?:\w+ )?de|apetece me|ia|vai|quer|ameaca|ameacou)(?: \w+){0,2}"
    r" (?:tomar|engolir)(?: \w+){0,2} (?:a caixa|uma caixa|o frasco|um frasco|as caixas|a embalagem)(?: \w+){0,3}"
    r" (?:toda|todo|inteira|inteiro|inteiras|todas)\b",
    r"\b(?:vou|quero|queria|penso em|pensei em|pensar em|vontade (?:\w+ )?de|apetece me|ia|vai|quer|ameaca|ameacou)(?: \w+){0,2}"
    r" (?:tomar|engolir) (?:todos os|todas as)(?: \w+){0,2} <COMPRIMIDOS>(?: \w+){0,2} (?:de uma vez|duma vez|de uma so vez"
    r"|que (?:tenho|ha|houver|encontrar|tiver))\b",
    r"\b<COMPRIMIDOS>(?: \w+){0,4} (?:para|pra) (?:acabar com tudo|morrer|me matar|nao acordar|acabar de vez|por fim a tudo"
    r"|acabar com a minha vida)\b",
    r"\bacabar com a (?:minha (?:propria )?|propria )vida\b(?! (?:social|profissional|amorosa|sexual|de (?:cuidador|cuidadora)))",
    r"\b(?:tomar|engolir|tomo|engulo)(?: \w+){0,3} <COMPRIMIDOS>(?: \w+){0,3} (?:para|pra|e) (?:morrer|acabar com tudo|nao acordar"
    r"|acabar de vez|nunca mais acordar)\b",
    r"\b(?:ando a|tenho andado a|estou a|to|tou|ando|tenho estado a) (?:juntar|juntando|guardar|guardando|acumular|acumulando)"
    r"(?: \w+){0,2} <COMPRIMIDOS>\b(?!(?: \w+){0,5} (?:fechad\w*|a chave|armario|fora do alcance))"
    r"(?!(?: \w+){0,2} (?:no|na|num|numa|em|fora|longe|dentro|debaixo|fechad\w*|a chave|por causa"
    r"|para (?:ela|ele) nao|da farmacia))",
    # Ending it: "apetece-me acabar com tudo", "tirar a própria vida".
    r"\b(?:quero|queria|kero|vou|ia|apetece me|vontade (?:\w+ )?de|pens\w*(?: \w+)?(?: em)?|so quero|decidi"
    r"|preciso de|devia|deveria|tentar|tentou|quer|ameaca|ameacou)(?: \w+){0,2} (?:acabar com|por fim a|por um fim a"
    r"|dar um fim a|dar um fim na|dar fim a|dar fim na|por termo a) (?:tudo|isto tudo|tudo isto|isso tudo|tudo isso"
    r"|a minha vida|minha vida|a vida|a minha propria vida|a propria vida|a sua vida|a sua propria vida|mim)\b"
    r"(?! (?:o|a|os|as|que|q|de|do|da|para|pra|em|no|na|nisto|isto|com|e (?:ir|mudar|comecar|recomecar|voltar)))",
    r"\btirar(?: me| se)? a (?:minha |sua )?(?:propria )?vida\b(?! (?:ao|aos|as|de|do|da|dos|das|dele|dela|a (?:alguem|outr)))",
    r"\b(?:tirar|tirou|tentou tirar|tira) a vida a si (?:propri|mesm)\w*",
    # Goodbyes: "escrevi uma carta de despedida", "adeus para sempre".
    r"\b(?:escrevi|deixei|escrever|deixar|estou a escrever|escrevendo|fiz|deixou|escreveu)(?: \w+){0,2} (?:carta|cartas"
    r"|bilhete|bilhetes|mensagem|mensagens)(?: \w+){0,3} (?:de despedida|para quando eu (?:morrer|partir|ja nao estiver)"
    r"|para depois de eu (?:morrer|partir))",
    r"\b(?:adeus|despedir me|me despedir|despeco me|me despeco)(?: \w+){0,4} (?:para sempre|pela ultima vez)\b",
    # Talking about it: "fala muito em morrer", "anda a falar em acabar com a vida".
    r"\b(?:fala|falou|falar|falando|anda a falar|esta sempre a falar|fica falando|vive a falar) (?:muito |sempre |tanto "
    r"|muitas vezes |outra vez |de novo )?(?:em|de|sobre) (?:morrer|se matar|acabar com a (?:propria |sua )?vida"
    r"|querer morrer|nao querer viver|a propria morte|suicidio|suicidar se|se suicidar)\b" + _NOT_MORRER_IDIOM,
    r"\b(?:desistir|desisti) (?:da vida|de viver)\b",
    r"\b<NAO> (?:consigo|aguento|posso) (?:mais )?(?:continuar a viver|continuar vivendo|seguir vivendo|viver assim|viver mais)\b",
    # "ando a pensar em tomar os comprimidos todos" (not a question about when to take them).
    r"\b(?:pens\w*(?: \w+)? em|vontade (?:\w+ )?de|apetece me|tentad[oa] a|tentacao de)(?: \w+)? (?:tomar|engolir)"
    r" (?:(?:os|as) (?:\w+ )?<COMPRIMIDOS>(?: \w+){0,3}? (?:todos|todas)|(?:todos os|todas as) (?:\w+ )?<COMPRIMIDOS>)\b"
    r"(?!(?: \w+){0,3} (?:os dias|as manhas|as noites|de manha|a noite|ao (?:pequeno almoco|almoco|jantar|deitar)"
    r"|a mesma hora|ao mesmo tempo|juntos|juntas|antes|depois|com (?:a )?(?:comida|agua|refeicao)|a horas|a tempo)\b)",
    # Crashing the car on purpose: "penso em atirar o carro contra um muro".
    r"\b(?:pens\w*(?: \w+)?(?: em)?|vontade (?:\w+ )?de|apetece me|quero|queria|vou|ia|tentad[oa] a)(?: \w+)?"
    r" (?:atirar|espetar|estampar|lancar|enfiar|bater com|despistar)(?: me| se)? (?:com )?o (?:meu |seu )?carro"
    r" (?:contra|num|numa|no|na|de|pela|por|para|pra|ao)\b",
    r"\b(?:despistar me|me despistar|despisto me) de proposito\b",
    # Goodbye letters and "I won't be here much longer".
    r"\b(?:escrevi|deixei|estou a escrever|to a escrever|ando a escrever|escrevendo)(?: \w+){0,2} (?:cartas|carta|bilhetes"
    r"|bilhete)\b.{0,80}\b(?:<NAO> (?:vou|irei) (?:estar|andar|ficar) (?:ca|aqui|por ca)|quando eu (?:ja )?<NAO> (?:estiver|estar)"
    r"|(?:quando|depois de) eu (?:partir|morrer|for)|para sempre|despedida|adeus)\b",
    r"^(?!.*\b(?:cancro|cancer|terminal|paliativ\w*|diagnostic\w*|medic[oa]s? (?:dizem|disseram|deram)|ferias|turno|viagem"
    r"|mudar|mudo|emigrar)\b).*\b<NAO> (?:vou|irei) (?:estar|andar|ficar) (?:ca|por ca|neste mundo)(?: por)? (?:muito )?mais tempo\b",
    # Voices telling someone to kill themselves.
    r"\b(?:ouve|ouvia|ouco|ouvi|ouviu|ouvindo|a ouvir|tem|ter) vozes\b(?: \w+){0,4} (?:a mandar|mandando|que (?:lhe |o |a |me )?"
    r"(?:mandam|manda|mandavam|dizem|diz|diziam) (?:para|pra|pa)?|a dizer (?:para|pra)|dizendo (?:para|pra))(?: \w+){0,2}"
    r" (?:(?:se|me) (?:matar|suicidar|atirar|enforcar)|(?:matar|suicidar|atirar|enforcar) (?:se|me)|morrer|acabar com)\b",
    # Gone, leaving a note.
    r"\b(?:desapareceu|sumiu|fugiu|<NAO> (?:voltou|volta|aparece|apareceu)|(?:esta|ta) desaparecid[oa])\b(?: \w+){0,4}"
    r" (?:deixou|deixando|e deixou) (?:um |uma )?(?:bilhete|carta|mensagem|nota)\b"
    r"(?! (?:a (?:dizer|avisar)|dizendo)(?: que)? (?:foi|vai|volta|ia|estava|esta) (?:as|ao|a|para|pra|trabalhar|em casa|bem)\b)",
)

SELF_HARM = _rules(
    r"\b(?:automutilacao|automutilacoes|auto mutilacao|automutilar (?:se|me)|se automutilar|me automutilar|automutila se"
    r"|se automutila|automutilou se|autolesao|autolesoes|auto lesao|auto lesoes|autoagressao|auto agressao"
    r"|comportamentos? autolesiv\w+|condutas? autolesiv\w+|autoflagelacao)\b",
    # Cutting, with a sign that it is on purpose: "anda a cortar-se", "voltei a me cortar", "corto-me nos braços".
    r"\b(?:vontade (?:\w+ )?de|apetece me|quero|queria|kero|preciso de|penso em|pensar em|pensando em|a pensar em|voltei a|volto a"
    r"|voltou a|volta a|comecei a|comecou a|continuo a|continua a|ando a|anda a|tenho andado a|tem andado a|tentou|tentei"
    r"|ameaca|ameacou|vou|esta|estou|to|tou|ta|anda|ando|tava|estava)(?: (?:outra vez|de novo|novamente|sempre|ainda))?(?: a)?"
    r" (?:(?:me|se) (?:cortar|cortando)|(?:cortar|cortando) (?:me|se))\b"
    r"(?! (?:o|a|as|os) (?:cabelo|unhas|barba|franja|pao|carne|relva|legumes)\b)(?!(?: \w+)? (?:a|ao) (?:cozinhar|descascar|fazer|barbear|cortar)\b)"
    r"(?!(?: \w+){0,4} (?:sem querer|por acidente|sem dar conta)\b)",
    r"\b(?:me|se) cortando\b(?! (?:o|a|as|os) (?:cabelo|unhas|barba|franja)\b)",
    r"\b(?:tenho|tem) (?:me|se) cortado\b(?!(?: \w+){0,2} (?:a|ao) (?:cozinhar|descascar|fazer|barbear|cortar)\b)",
    r"\b(?:corto me|corta se|cortam se|me corto|se corta|se cortam|cortava me|cortava se|me cortava|se cortava|cortei me"
    r"|me cortei|cortou se|se cortou)\b(?=(?: \w+){0,3} (?:nos|nas|os|as) (?:bracos|braco|pernas|perna|pulsos|pulso|coxas|coxa"
    r"|barriga)\b|(?: \w+){0,2} (?:de proposito|propositadamente|outra vez|de novo|quando (?:fica|estou|esta|me sinto|se sente|ninguem)"
    r"|todos os dias|todas as noites|as escondidas|com (?:uma|a|um|o|as) (?:lamina|laminas|gilete|navalha|x acto|estilete"
    r"|vidro|tesoura|afia|afiador)\b))",
    r"^(?=.*\b(?:proposito|esconde|escondid\w*|mangas|ela mesma|ele mesmo|si mesm\w*|si propri\w*|novos|frescos|fundos|faz"
    r"|fez|fazer|lamina|gilete|outra vez|de novo|sempre)\b)"
    r".*\bcortes? (?:\w+ ){0,2}(?:nos|nas|no|na) (?:bracos|braco|pernas|perna|pulsos|pulso|coxas|coxa|barriga)\b",
    r"\b(?:cortar|corta|cortou|cortava|corto|cortei|cortando|a cortar) (?:os |as )?(?:seus |suas |meus |minhas |proprios |proprias )?"
    r"(?:pulsos|coxas)\b",
    # Hurting oneself on purpose: "magoa-se de propósito", "vontade de me magoar", "fazer mal a mim mesma".
    r"\b(?:(?:magoa|magoou|magoava|machuca|machucou|machucava|fere|feriu|aleija|aleijou|bate|bateu|batia|queima|queimou"
    r"|queimava|morde|mordeu|arranha|arranhou|belisca|beliscou) se|se (?:magoa|magoar|magoou|machuca|machucar|machucou|fere"
    r"|ferir|feriu|aleija|aleijou|bate|bater|queima|queimar|queimou|morde|morder|mordeu|arranha|arranhar|arranhou|belisca"
    r"|beliscar)|(?:magoar|machucar|ferir|queimar|morder|arranhar|bater|beliscar) (?:me|em mim)|me (?:magoar|magoo|magoei"
    r"|machucar|machuco|machuquei|ferir|firo|feri|queimar|queimo|queimei|arranhar|arranho|arranhei|morder|mordo|mordi"
    r"|beliscar|belisco)|(?:magoo|magoei|machuco|machuquei|firo|queimo|queimei|arranho|arranhei|mordo|mordi|belisco|bato) me"
    r"|(?:tenho|tem|temos|tenho andado a|anda a|ando a) (?:me|se) (?:magoado|machucado|ferido|queimado|cortado|arranhado|mordido"
    r"|magoar|machucar|ferir|queimar|arranhar|morder))"
    r"(?: \w+){0,3} (?:de proposito|propositadamente|propositalmente|por querer|intencionalmente|ate sangrar|ate fazer sangue"
    r"|ate deitar sangue|ate ficar em sangue|ate ficar em carne viva|ate fazer ferida|ate ficar (?:rox|negr)\w+)\b",
    r"\b(?:vontade (?:\w+ )?de|apetece me|quero|queria|kero|preciso de|penso em|pensar em|pensando em|a pensar em|voltei a|volto a"
    r"|voltou a|comecei a|comecou a|continuo a|ando a|tenho andado a)"
    r" (?:me (?:magoar|machucar|ferir|queimar|arranhar|morder|mutilar)|(?:magoar|machucar|ferir|queimar|arranhar|morder"
    r"|mutilar) me)\b(?! (?:a|ao|nas|na|no|nos|com|se) (?:costas|coluna|joelho|joelhos|ombro|ombros|pe|pes|tornozelo|levantar"
    r"|levanta la|levanta lo|carregar|pegar|cuidar|trabalhar|fazer|cozinhar|descascar|limpar|mudar|dar|cama|porta|peso|mala"
    r"|cair|escorregar)\b)",
    r"\b(?:fazer|faco|fiz|faz|fez) (?:mal|dano|feridas) a (?:si|mim) (?:mesm|propri)\w*",
    r"\b(?:(?:bate|bateu|batia|magoa|magoou|fere|feriu|morde|mordeu|arranha|arranhou|esbofeteia|esmurra|belisca) se"
    r"|(?:bater|bate|bateu|bato|bati) em (?:si|mim)) (?:a si |em si )?(?:propri|mesm)\w*",
    r"\b(?:vontade (?:\w+ )?de|apetece me|quero|queria|penso em|pensar em|medo de) me fazer mal\b",
    # Banging the head, in someone cared for (first person is the idiom "bater com a cabeça nas paredes").
    r"\b(?:bate|batia|anda a bater|esta a bater|esta sempre a bater|fica a bater|fica batendo|ta batendo|esta batendo"
    r"|comecou a bater|comeca a bater) (?:com )?a (?:propria |sua )?cabeca (?:\w+ ){0,2}(?:na|nas|contra a"
    r"|contra as|contra o|contra os|no|nos) (?:parede|paredes|chao|porta|portas|moveis|mesa|vidro|janela)\b",
    # Hair pulling, burning, blades.
    r"\b(?:arranca|arrancar|arrancando|arranca se|puxa|puxar|arrancou)(?: \w+){0,2} (?:o )?(?:proprio |seu )?(?:cabelo|cabelos|pestanas"
    r"|sobrancelhas)\b(?: \w+){0,4} (?:ate|tufos|falhas|careca|sangrar|ferida|feridas)\b",
    r"\b(?:queima|queimar|queimou|queimando|apaga|apagar|apagou|apagando)(?: \w+){0,2} (?:cigarros?|beatas?|isqueiro)"
    r"(?: \w+){0,3} (?:no|na|nos|nas|em) (?:proprio |propria |seu |sua |meu |minha )?(?:braco|bracos|pele|mao|maos|perna"
    r"|pernas|corpo|pulso|pulsos)\b",
    r"\b(?:queima se|se queima|queimar me|me queimar|queimo me|me queimo|queimou se|se queimou)(?: \w+){0,2} (?:com )?(?:o |a |um |uma )?"
    r"(?:isqueiro|cigarro|cigarros|ferro|fosforos|vela)\b",
    r"\b(?:lamina|laminas|gilete|giletes|navalha|x acto|estilete|lamina de barbear)\b(?: \w+){0,6} (?:bracos|braco|pulso|pulsos"
    r"|pernas|coxas|pele|cortar se|cortar me|se cortar|me cortar|cortes|escondid\w+|na gaveta|na mochila|no quarto dela"
    r"|no quarto dele|debaixo do colchao)\b",
    r"\b(?:arranha|arranhar|arranhando|arranca|morde|morder|mordendo|belisca|beliscar|bate|bater|aperta|espeta|espetar)"
    r"(?: se| me)?(?: \w+){0,4} (?:ate) (?:sangrar|fazer sangue|deitar sangue|ficar em sangue|ficar em carne viva|fazer ferida"
    r"|fazer feridas|abrir feridas)\b",
    # Voices telling someone to hurt themselves: "ouve vozes a mandar ele se machucar".
    r"\b(?:ouve|ouvia|ouco|ouvi|ouviu|ouvindo|a ouvir|tem|ter) vozes\b(?: \w+){0,4} (?:a mandar|mandando|que (?:lhe |o |a |me )?"
    r"(?:mandam|manda|mandavam|dizem|diz|diziam) (?:para|pra|pa)?|a dizer (?:para|pra)|dizendo (?:para|pra))(?: \w+){0,2}"
    r" (?:(?:se|me) (?:machucar|magoar|cortar|ferir|queimar|mutilar)|(?:machucar|magoar|cortar|ferir|queimar|mutilar) (?:se|me)"
    r"|fazer mal a si|se fazer mal|fazer se mal)\b",
    # "ameaça fazer mal a nós e a ele próprio".
    r"\b(?:ameac\w+|quer|queria|vai|ia|tentou|tenta|vontade de|medo de|medo que) (?:de |que )?(?:(?:se|me|nos|lhe) )?fazer"
    r" (?:(?:se|me|nos) )?mal a\b(?: \w+){0,4} (?:si|ele|ela|mim) (?:propri|mesm)\w*",
)

MEDICAL_EMERGENCY = _rules(
    # Breathing.
    r"\b<NAO> (?:esta a |ta a |esta |ta |consegue |conseguia |consigo |)(?:respirar|respira|respirando)\b(?! (?:pelo nariz|fundo|bem pelo))"
    r"(?! (?:bem )?(?:a noite|de noite|durante a noite|quando dorme|a dormir|enquanto dorme)\b)(?!(?: \w+){0,6} (?:apneia|cpap)\b)",
    r"\b(?:parou|deixou) de respirar\b|\bsem respirar\b|\bmal (?:consegue )?respira\b|\bquase (?:nao|n) respira\b",
    r"\b(?:muita|imensa|grande) falta de ar\b|\bfalta de ar (?:muito )?(?:forte|grave|terrivel|horrivel)\b",
    r"\b(?:esta|ta|estou|to|tou) (?:a sufocar|sufocando|a asfixiar|asfixiando|a engasgar|engasgando|engasgad[oa])\b",
    r"\b(?:engasgou se|se engasgou|ficou engasgad[oa])\b",
    # Unconscious, not waking.
    r"(?<!\bquase )\b(?:desmaiou|desmaiada|desmaiado|sem sentidos|perdeu os sentidos|perdeu a consciencia"
    r"|perdeu o conhecimento|desacordad[oa])\b",
    # "inconsciente" is Spanish too: only after a Portuguese word.
    r"\b(?:ele|ela|mae|pai|avo|marido|mulher|esposa|filho|filha|irmao|irma|sogra|sogro|tio|tia|ficou|ta|encontrei|encontramos"
    r"|parece|continua)(?: \w+){0,2} inconsciente\b",
    r"\b<NAO> (?:consigo|conseguimos|consegui) (?:acorda la|acorda lo|acordar (?:a|o|ela|ele)|acorda\w*|despertar)\b",
    r"\b<NAO> (?:acorda|acordou|reage|reagiu|esta a reagir|ta reagindo|abre os olhos)\b(?! (?:cedo|antes|a horas|ate|com o|com a|durante"
    r"|de manha|sozinh\w*|logo|facilmente|bem|ainda|para|pra|a tempo|muito|as)\b)",
    r"\b(?:caiu|chao|desmai\w+|inconsciente|deitad[oa]|caid[oa]|abanei|abano|chamo por (?:ela|ele)|chamei por (?:ela|ele))\b"
    r"(?: \w+){0,10} <NAO> (?:responde|reage|acorda|se mexe|mexe|fala|abre os olhos)\b",
    r"\b<NAO> (?:responde|reage|acorda|se mexe|abre os olhos)\b(?: \w+){0,10} (?:caiu|chao|desmai\w+|inconsciente|caid[oa])\b",
    r"\b(?:sem|<NAO> (?:tem|sinto|sente|encontro)) (?:o )?pulso\b|\bcoracao (?:parou|deixou de bater)\b",
    # Chest pain, heart attack, stroke.
    r"(?<!\bas vezes )(?<!\bde vez em quando )\b(?:tem|ta com|esta com|estou com|to com|tou com|sinto|sente|a sentir|sentindo"
    r"|queixa se|se queixa|queixando se"
    r"|com uma|com)(?: de| com)?(?: \w+){0,2} (?:dor|dores|aperto|pressao|pontada)(?: \w+){0,2} (?:no|do) peito\b"
    r"(?!(?: \w+){0,3} (?:quando (?:sobe|anda|faz|corre|caminha|se esforca)|ao (?:subir|andar|fazer esforco|caminhar)"
    r"|com o esforco|de vez em quando|as vezes)\b)",
    r"\b(?:dor|dores|aperto) (?:\w+ ){0,2}(?:no|do) peito\b(?: \w+){0,6} (?:suor|suar|a suar|suando|braco|falta de ar"
    r"|<NAO> consegue respirar|palid\w+|vomit\w+|tont\w+|desmai\w+)",
    r"\b(?:esta a ter|ta tendo|esta tendo|estar a ter|teve agora|acabou de ter|acho que (?:e|esta a ter|ta tendo|teve|foi)"
    r"|parece (?:um|uma|que (?:esta a ter|ta tendo|e|teve))|sintomas de) (?:um |uma )?(?:avc|derrame|ataque cardiaco|enfarte"
    r"|infarto|ataque de coracao|paragem cardiaca|parada cardiaca|trombose)\b",
    r"\b(?:cara|boca|face|rosto) (?:\w+ ){0,2}(?:torta|descaida|descaiu|caida para o lado|a cair para o lado|paralisada)\b",
    r"\b(?:de repente|derrepente|do nada|subitamente|agora mesmo|comecou a|ficou com a)(?: \w+){0,4} (?:fala|voz) (?:\w+ ){0,1}"
    r"(?:arrastada|enrolada|esquisita|estranha|a enrolar)\b|\b(?:fala|voz) (?:ficou )?(?:arrastada|enrolada)(?: \w+){0,2} de repente\b",
    r"\b<NAO> (?:consegue|consigo) (?:mexer|levantar) (?:o|um|a) (?:lado|braco|perna)\b(?: \w+){0,4} (?:de repente|derrepente|agora)\b",
    # Fits that will not stop.
    r"\b(?:esta a ter|ta tendo|esta tendo|esta com|ta com|teve agora|acabou de ter|comecou a ter|comecou com|entrou em|em)"
    r" (?:uma |umas )?(?:convulsao|convulsoes|crise epileptica|crise convulsiva|ataque epileptico|ataque de epilepsia)\b",
    r"\b(?:convulsao|convulsoes|crise epileptica|ataque epileptico)\b(?: \w+){0,3} (?:que )?(?:<NAO> (?:para|passa|acaba|pára)"
    r"|ha mais de|ja (?:vai|leva) (?:em )?(?:\d+|cinco|dez)|e <NAO> (?:acorda|responde|respira|volta a si))",
    r"\b(?:a convulsionar|ta convulsionando|a convulsar)\b",
    # Bleeding.
    r"\b(?:muito sangue|sangra muito|sangrar muito|a sangrar muito|sangrando muito|sangra sem parar|hemorragia|poca de sangue"
    r"|a deitar sangue|perdeu muito sangue|cheio de sangue|cheia de sangue|a vomitar sangue|vomita sangue|vomitou sangue"
    r"|vomitando sangue|tosse com sangue|a cuspir sangue)\b",
    r"\b<NAO> (?:para|pára|parou|consigo parar|conseguimos parar|consegue parar) de sangrar\b",
    r"\b(?:esta a sangrar|ta sangrando)\b(?! (?:um )?(?:pouco|bocado|bocadinho|pouquinho|nada|do nariz)\b)",
    # Too many tablets, poison.
    r"\b(?:uma|de|teve|fez|tomou) overdose\b",
    r"\b(?:tomou|tomei|engoliu|engoli|tomaram|ingeriu|tomou se|bebeu)(?: \w+){0,4} <COMPRIMIDOS>(?: \w+){0,3}"
    r" (?:a mais|demais|de mais|de uma vez|duma vez|de uma so vez)\b",
    r"\b(?:tomou|tomei|engoliu|engoli|tomaram|ingeriu)(?: \w+){0,3} (?:a caixa|uma caixa|o frasco|um frasco|a embalagem"
    r"|uma embalagem|as caixas|o blister|a cartela|uma cartela|caixas)\b",
    r"\b(?:tomou|tomei|engoliu|engoli|tomaram|ingeriu)(?: \w+){0,2} (?:muitos|muitas|montes de|uma data de|imensos|demasiados"
    r"|demasiadas|\d\d+|dez|doze|quinze|vinte|trinta|quarenta|cinquenta) (?:\w+ )?<COMPRIMIDOS>\b(?! (?:por|ao) (?:dia|semana))",
    r"\b(?:tomou|tomei|dei lhe|deram lhe|dei|deu|tomaram)(?: \w+){0,4} (?:o dobro|o triplo|dose a mais|doses a mais|dose dupla"
    r"|a dose duas vezes|duas doses)\b",
    r"\b(?:bebeu|engoliu|tomou|comeu|ingeriu)(?: \w+){0,2} (?:lixivia|lexivia|agua sanitaria|detergente|veneno|produto de limpeza"
    r"|creolina|soda caustica|anticongelante|pilha|pilhas|raticida|mata ratos)\b",
    # A vulnerable person missing.
    r"(?<!\bcao )(?<!\bgato )(?<!\bgata )(?<!\bcadela )(?<!\bcachorro )(?<!\bpassaro )(?<!\bdor )(?<!\bfebre )"
    r"(?<!\bcarteira )(?<!\btelemovel )(?<!\bcelular )(?<!\bchaves )(?<!\bdinheiro )"
    r"\b(?:desapareceu|(?:esta|ta|anda) desaparecid[oa] (?:ha|desde)|sumiu|fugiu|saiu de casa sozinh[oa]|saiu sozinh[oa]|<NAO> (?:a|o) (?:encontro|encontramos"
    r"|consigo encontrar|acho)|<NAO> sei onde (?:ela|ele|o meu|a minha)(?: \w+)? (?:esta|anda|foi|para))\b.{0,100}"
    r"\b(?:demencia|alzheimer|confus[oa]|horas|noite|escuro|frio|policia|pijama|chinelos|sem casaco|desde (?:as|a|ontem|manha|hoje))\b",
    r"\b(?:demencia|alzheimer|confus[oa])\b.{0,100}\b(?:desapareceu|sumiu|(?:esta|ta) desaparecid[oa] (?:ha|desde)|fugiu de casa|saiu de casa sozinh[oa]"
    r"|<NAO> (?:a|o) (?:encontro|encontramos|consigo encontrar))\b",
    # Calling for help now.
    r"\b(?:chamar|chamo|chamei|chama|chamem|chamaste|chamou|ligar (?:para|pro|pra|ao)|liguei (?:para|pro|pra|ao)|ligo (?:para|pro|pra|ao)"
    r"|ligue (?:para|pro|pra|ao)|preciso de|precisa de|precisamos de|mandem|mandar|enviem|enviar)(?: o| a| uma| um)?"
    r" (?:ambulancia|inem|samu|999|112|emergencia medica)\b(?!(?: \w+){0,2} (?:para|pra) (?:a|as|o|os|levar)(?: \w+){0,5}"
    r" (?:consulta|consultas|tratamento|tratamentos|exame|exames|dialise|hemodialise|fisioterapia|hospital de dia|transporte))",
    r"\b(?:ambulancia|inem|samu)\b(?: \w+){0,2} (?:vem a caminho|esta a caminho|ta chegando|ja vem|a chegar|<NAO> chega"
    r"|nunca mais chega|esta a demorar|ta demorando)\b",
    # Falls and head injuries with harm.
    # Not a fall already seen to: "partiu o pulso e já foi engessada".
    r"^(?!.*\b(?:engessad\w*|gesso|ja (?:foi|esta) (?:vist|tratad|operad|engessad)\w*|enquanto recupera|ja recuperou)\b).*"
    r"\b(?:caiu|levou uma queda|deu uma queda|teve uma queda|esta caid[oa]|ta caid[oa]|esta no chao|ta no chao"
    r"|esta estendid[oa] no chao)\b.{0,80}\b(?:<NAO> (?:se )?(?:consegue|consigo|conseguimos|pode) (?:levantar|levanta la|levanta lo"
    r"|mexer|por de pe|erguer)|bateu com a cabeca|bateu a cabeca|sangr\w+|sangue|(?:partiu|fraturou|quebrou) (?:o |a )?"
    r"(?:braco|perna|anca|pulso|costela|costelas|bacia|femur|ombro|tornozelo|nariz)|<NAO> (?:responde|reage|acorda|se mexe|fala)"
    r"|inconsciente|desmaiad\w*|grita de dor|a gritar de dor|gritando de dor|aos gritos|com muitas dores|com dores fortes"
    r"|perna torta|osso)",
    r"\bbateu (?:com )?a cabeca\b.{0,60}\b(?:sangr\w*|sangue|vomit\w*|desmai\w*|confus\w*|inconsciente|<NAO> (?:responde|acorda|reage)"
    r"|sonolent\w*|galo enorme)",
    # Colour, sugar, allergy, asthma, burns, fire.
    r"\b(?:labios|boca|cara|rosto) (?:\w+ ){0,2}(?:roxos|roxas|roxo|roxa|azuis|azul|azulados|azuladas|azulado|azulada"
    r"|cinzent\w+)\b(?! (?:de|do|da) (?:frio|raiva|vergonha|rir|tanto|batom|tinta|sumo|mirtilo|amora))",
    r"\b(?:hipoglicemia|hiperglicemia|(?:acucar|glicemia|diabetes|diabete) (?:\w+ ){0,2}(?:baixo|baixa|alto|alta))\b(?: \w+){0,5}"
    r" (?:<NAO> (?:responde|reage|acorda)|confus\w+|desmai\w*|inconsciente|a tremer|tremendo|suad\w+|a suar)",
    r"\b(?:choque anafilatico|anafilaxia|reacao alergica (?:grave|forte|seria|muito forte))\b",
    r"\b(?:garganta|lingua|labios|cara) (?:\w+ ){0,2}(?:a fechar|fechando|a inchar|inchando|inchad[oa]s?)\b(?: \w+){0,6}"
    r" (?:respira\w*|engolir|falar|alergi\w+|antibiotico|picada|amendoim)",
    r"\b(?:ataque|crise) de asma\b(?: \w+){0,4} (?:forte|grave|<NAO> passa|<NAO> para|bomba <NAO>)",
    r"\b(?:queimadura|queimaduras) (?:grave|graves|grande|grandes|feia|feias|de terceiro grau)\b",
    r"^(?!.*\b(?:noticias|telejornal|jornal|televisao|tv|filme|serie|novela|reportagem)\b).*(?:\b(?:um|ha um|houve um|temos um"
    r"|tenho um) incendio\b|\bincendio (?:na|no|em) (?:minha|nossa|casa|cozinha|predio|quarto|sala)\b)",
    r"\b(?:casa|cozinha|quarto|predio|sala|apartamento) (?:\w+ ){0,2}(?:a arder|em chamas|pegando fogo|a pegar fogo)\b|\bpegou fogo\b",
    r"\b(?:ha|tem|houve|esta a haver) (?:um )?fogo (?:em|na|no|dentro de|dentro da) (?:casa|cozinha|quarto|sala|predio|apartamento"
    r"|minha casa|nossa casa)\b",
    # Turning blue: "o meu filho está a ficar roxo".
    r"\b<PESSOA>\b(?: \w+){0,2} (?:esta|ta|estao|ficou|esta a ficar|ta ficando|a ficar|ficando|comecou a ficar) (?:todo |toda )?"
    r"(?:roxo|roxa|azul|azulad[oa]|cinzent[oa])\b(?! (?:de|do|da|das|dos|com|nas|nos) (?:frio|raiva|vergonha|rir|tanto|birra"
    r"|chorar|choro|ciume\w*|inveja|nodoas?|pancadas?|tinta|camisola|casaco)\b)",
    # A fall with a broken bone or no getting up: "caiu e não se levanta, a perna parece partida".
    r"\b(?:caiu|levou uma queda|deu uma queda|teve uma queda|esta caid[oa]|ta caid[oa]|esta no chao|ta no chao)\b.{0,80}"
    r"\b(?:<NAO> se (?:levanta|mexe|consegue mexer)|(?:perna|braco|anca|pulso|osso|tornozelo|ombro|bacia)(?: \w+){0,2}"
    r" (?:parece|esta|ta|ficou) (?:partid\w*|quebrad\w*|tort\w*|deslocad\w*|fraturad\w*))\b",
    # Not eating or drinking for days.
    r"\b(?:deixou de|deixaram de|<NAO>|nem) (?:come|comer|comeu) (?:e|nem|ou) (?:de )?(?:bebe|beber|bebeu)\b(?: \w+){0,3}"
    r" (?:ha (?:\w+ )?(?:dias|\d+ dias)|desde (?:ontem|anteontem|\w+ feira|sexta|sabado|domingo)|(?:dois|tres|varios|\d+) dias)\b",
    r"\b(?:deixou de|deixaram de|<NAO>|nem) (?:bebe|beber|bebeu) (?:nada|agua|nem agua)\b(?: \w+){0,3} (?:ha (?:\w+ )?(?:dias|\d+ dias)"
    r"|desde (?:ontem|anteontem))\b",
    # Someone vulnerable gone: "desapareceu e está muito doente", "o meu filho autista fugiu e não sabe voltar".
    r"\b<PESSOA>\b(?: \w+){0,3} (?:desapareceu|sumiu|fugiu|saiu (?:de casa )?sozinh[oa]|(?:esta|ta|anda) desaparecid[oa])\b.{0,80}"
    r"\b(?:doente|autis\w+|deficien\w*|epilep\w*|diabet\w*|sem (?:a )?(?:medicacao|insulina|remedios|comprimidos)"
    r"|<NAO> sabe (?:voltar|o caminho|onde (?:mora|vive|esta))|perdid[oa]|<NAO> (?:atende|responde)|ninguem sabe)\b",
    r"\b(?:autis\w+|deficien\w+|demente|esquizofreni\w+|psicotic\w+)\b(?: \w+){0,3} (?:desapareceu|sumiu|fugiu|saiu (?:de casa )?sozinh[oa])\b",
    # A mental health crisis now: "está em crise de saúde mental", "está psicótica".
    r"(?<!\bquando )(?<!\bqnd )(?<!\bqdo )(?<!\bse )\b(?:esta|ta|estao|anda|entrou|esta a ter|ta tendo|teve agora)"
    r" (?:numa |uma |em |num |a ter uma )?(?:crise|surto) (?:de saude mental|psicotic\w*|psiquiatric\w*|mental)\b",
    r"(?<!\bquando )(?<!\bqnd )(?<!\bqdo )(?<!\bse )\b(?:esta|ta|anda|ficou) (?:muito |completamente |outra vez )?"
    r"(?:psicotic[oa]|em surto|delirante)\b(?! (?:as vezes|quando|de vez em quando|muitas vezes)\b)",
)

CHILD_AT_RISK = _rules(
    # An adult hitting a child: "bate nos miúdos", "o padrasto espanca o filho".
    r"\b(?:bate|bateu|batia|batem|espanca|espancou|espancava|agride|agrediu|agredia|maltrata|maltratou|maltratava|esbofeteia"
    r"|esbofeteou) (?:n[oa]s?|em|a|o|as|os|aos)? ?(?:meu |minha |meus |minhas |seus |suas |pobre )?<CRIANCA>\b(?! almoco)",
    r"\b(?:pai|mae|padrasto|madrasta|tio|tia|namorado da (?:minha )?mae|companheiro da (?:minha )?mae|namorada do (?:meu )?pai"
    r"|companheira do (?:meu )?pai|mamae|papai)<ENTRE>(?: e)? (?:<BATE_ME>|(?:bate|bateu|batia|espanca|espancou|agride)"
    r"(?: \w+){0,4} (?:em nos|n[oa]s? (?:meus? |minhas? )?(?:irmao|irma|irmaos|irmas|<CRIANCA>))|(?:bate|bateu|batia|espanca"
    r"|espancou) nos|nos (?:bate|bateu|batia|espanca|espancou)|da nos (?:porrada|tareia|pancada))\b"
    r"(?! (?:a|na|as|nas) (?:porta|janela|portas)\b)",
    r"\b(?:bate|bater|bateu|batia|batem|levou|leva|levam|apanha|apanhou|apanham|apanhava)(?: \w+){0,3}"
    r" (?:com|de) (?:o |um |a |uma )?(?:cinto|cinta|chinelo|chinela|pau|vara|cabo da vassoura|colher de pau|fio|mangueira)\b",
    # Left alone for days or nights.
    r"^(?=.*\b(?:<CRIANCA>|eu e (?:o meu|a minha) (?:irmao|irma)|os meus irmaos|meus irmaos|as minhas irmas|tenho (?:[5-9]|1[0-7]"
    r"|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete) anos)\b)"
    r".*\b(?:deixa|deixam|deixou|deixaram|deixava|ficamos|fico|ficam|ficaram|ficou|estamos|estao|esta|ta|tao|passamos|passam"
    r"|passou|sao deixad\w+|e deixad\w+)\b(?: \w+){0,4} (?:sozinh[oa]s?|sos)\b(?: \w+){0,4} (?:dias|noites|a noite toda"
    r"|toda a noite|noite inteira|o fim de semana|fim de semana|varios dias|desde ontem|desde sexta|ha (?:\w+ )?dias|\d+ dias)\b",
    # No food for children.
    r"^(?=.*\b(?:<CRIANCA>|irmaos|meus irmaos|tenho (?:[5-9]|1[0-7]) anos)\b).*\b(?:<NAO> (?:ha|tem|temos) (?:nada para comer"
    r"|nada pra comer|comida)|sem comida|passam fome|passamos fome|passa fome|com fome ha|<NAO> comem ha|<NAO> comemos ha"
    r"|<NAO> come ha)\b",
    # Scared to go home.
    r"\b(?:tenho|tem|temos|tenho muito|estou com|to com|tou com|fico com|sinto) (?:medo|pavor) de (?:ir|voltar|chegar) (?:para|pra|a|pa) casa\b",
    r"^(?=.*\b(?:<CRIANCA>|tenho (?:[5-9]|1[0-7]) anos|escola)\b).*\b<NAO> (?:quero|queremos|quer) (?:ir|voltar) (?:para|pra|a) casa\b",
    # Parents too drunk or high to look after them.
    r"^(?=.*\b(?:<CRIANCA>|irmaos|irmao|irma|escola|de nos|a nos|deixa nos|nos deixa|tenho (?:[5-9]|1[0-7]) anos)\b)"
    r".*\b(?:pai|mae|pais|padrasto|madrasta|mamae|papai)\b(?: \w+){0,5} (?:bebad[oa]s?|embriagad[oa]s?|drogad[oa]s?|pedrad[oa]s?"
    r"|chapad[oa]s?|ganzad[oa]s?|alcoolizad[oa]s?|a beber|bebendo|a drogar se|se drogando)\b.{0,80}\b(?:sozinh\w*|comida|fome"
    r"|medo|escola|irmaos|bebe|<NAO> (?:acorda|cuida|consegue cuidar|toma conta)|cuidar de (?:nos|mim)|tomar conta de (?:nos|mim)"
    r"|dias)\b",
    r"\b(?:demasiado|muito|tao|bue|mt) (?:bebad[oa]s?|drogad[oa]s?|pedrad[oa]s?|chapad[oa]s?) (?:para|pra|pa) (?:cuidar|tomar conta|olhar)\b",
    # Sexual abuse and grooming.
    r"\b(?:padrasto|tio|vizinho|primo|avo|namorado da (?:minha )?mae|companheiro da (?:minha )?mae|treinador|professor|explicador"
    r"|homem|senhor|adulto|rapaz mais velho|pai|irmao mais velho)\b(?: \w+){0,4} (?:toca me|me toca|tocou me|me tocou|mexe me"
    r"|mexeu me|mexe em mim|mexeu em mim|apalpa me|me apalpa|apalpou me|me apalpou|abusa de mim|abusou de mim|tocou lhe|toca lhe"
    r"|lhe tocou|apalpou a|apalpa a|abusou dela|abusa dela|abusou dele|abusa dele)\b"
    r"(?! (?:muito|imenso|profundamente|bastante|o coracao|a alma|na alma|no coracao)\b)",
    r"\b(?:foi|e|esta a ser|anda a ser|ta sendo|sendo|tem sido|foram|estao a ser) (?:\w+ )?(?:abusad[oa]s? sexualmente|aliciad[oa]s?)\b",
    r"\b(?:sofreu|sofre|sofri|vitima de) abuso sexual\b|\baliciamento\b",
    r"\b(?:pede|pediu|pedir|pedem|pediram|manda|mandou|envia|enviou|quer|queria)(?: me| lhe)?(?: \w+){0,2} (?:fotos|fotografias|videos"
    r"|nudes|imagens)(?: \w+){0,3} (?:nu|nua|nus|nuas|sem roupa|despid\w+|em roupa interior|de cuecas|intimas|intimos|sexy)\b",
    r"\b(?:disse|diz|pediu|mandou)(?: me| lhe)? (?:para|pra|pa) (?:nao|n) (?:contar|dizer) (?:a ninguem|nada (?:a|aos) (?:pais|mae|pai)"
    r"|a (?:minha|tua|sua) (?:mae|pai)|aos (?:meus|teus|seus) pais)\b(?! (?:sobre )?(?:a|o|da|do) (?:surpresa|festa|presente|prenda))",
    r"^(?=.*\b(?:<CRIANCA>|tenho (?:[5-9]|1[0-7]) anos|escola)\b).*\b(?:homem|adulto|senhor|rapaz mais velho|tipo|gajo)\b(?: \w+){0,6}"
    r" (?:internet|online|jogo|instagram|tiktok|snap|snapchat|whatsapp|roblox|fortnite|discord)\b.{0,80}\b(?:segredo|<NAO> contar"
    r"|encontrar se com|conhecer pessoalmente|ir ter com|fotos|presentes|dinheiro|telemovel novo)",
    # Bruises or marks on a child, with something that makes them worrying.
    r"\b<CRIANCA>\b.{0,80}\b(?:nodoas negras|nodoa negra|hematomas|hematoma|marcas|queimaduras? de cigarro|manchas roxas|olho negro"
    r"|olho roxo)\b.{0,80}\b(?:sem explicacao|<NAO> (?:sabe|quer|consegue) (?:explicar|dizer|contar)|ninguem (?:sabe )?explica"
    r"|esconde|tem medo|de cinto|de dedos|de pancada|de mordida|estranh\w+|outra vez|sempre|cigarro|diz que caiu)",
    r"\bmarcas de (?:cinto|pancada)\b|\bmarcas de dedos (?:no|nos|na|nas) (?:pescoco|braco|bracos|cara|pernas|costas)\b",
    # A young carer kept from school or left in charge at night.
    r"\b(?:falto|faltei|faltar|<NAO> vou|<NAO> fui|<NAO> posso ir|<NAO> consigo ir|deixei de ir|<NAO> tenho ido|tenho faltado)"
    r" (?:a |as )?(?:escola|aulas)\b.{0,80}\b(?:cuidar|tomar conta|olhar|ficar com) (?:d[ao]s? )?(?:minha |meu |meus |minhas )?"
    r"(?:mae|pai|irmao|irma|irmaos|irmas|avo|bebe|pequenos)\b",
    r"\b(?:cuidar|tomar conta|tomo conta|cuido|olhar|olho) (?:d[ao]s? )?(?:minha |meu |meus |minhas )?(?:mae|pai|irmao|irma|irmaos"
    r"|irmas|avo|bebe|pequenos)\b.{0,60}\b(?:<NAO> vou|falto|faltei|<NAO> fui|deixei de ir|<NAO> posso ir|<NAO> consigo ir)"
    r" (?:a |as )?(?:escola|aulas)\b",
    r"^(?=.*\b(?:tenho (?:[5-9]|1[0-7]|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dezasseis|dezesseis"
    r"|dezassete|dezessete) anos|escola|aulas)\b).*\b(?:tomo|tomar|cuido|cuidar|olho) (?:conta )?(?:d[oa]s? )?(?:meus |minhas )?"
    r"(?:irmaos|irmas|irmao|irma|irmaozinhos|irmaozinho|irmazinha|bebe)\b.{0,60}\b(?:sozinh\w*|a noite toda|toda a noite"
    r"|noite inteira|nenhum adulto|sem adultos|ninguem)\b",
    # A child said to be unsafe, abused or exploited.
    r"\b<CRIANCA>\b(?: \w+){0,6} (?:esta|estao|ta|tao|anda|andam) (?:em perigo|a ser (?:maltratad|abusad|negligenciad|espancad"
    r"|agredid|aliciad|explorad|ameacad)\w*|sendo (?:maltratad|abusad|negligenciad|espancad|agredid|aliciad|explorad)\w*)",
    r"\b<CRIANCA>\b(?: \w+){0,6} <NAO> (?:esta|estao|ta) segur[oa]s?\b",
    r"\bmaus tratos (?:a|de|na|no|nas|nos|aos|as) (?:\w+ )?<CRIANCA>\b|\bnegligencia (?:infantil|de menores|da crianca)\b",
    # Drug running ("county lines").
    r"^(?=.*\b(?:<CRIANCA>|menor|tenho (?:1[0-7]) anos|escola)\b).*\b(?:vender|traficar|passar|levar|entregar|guardar|esconder"
    r"|transportar|vende|trafica|passa|leva|entrega|guarda|esconde|transporta|a vender|vendendo|traficando|obrigam (?:no|na|o|a|me)"
    r" a (?:vender|levar|traficar))\b(?: \w+){0,2} (?:droga|drogas|erva|haxixe|cocaina|crack)\b",
    r"\btenho medo (?:do meu|da minha|do|da) (?:pai|mae|padrasto|madrasta|namorado da (?:minha )?mae)\b(?=.*\b(?:tenho (?:[5-9]|1[0-7]) anos|escola)\b)",
    # A parent gone for days, a child left with the little ones.
    r"\b(?:mae|pai|pais|mamae|papai)\b(?: \w+){0,2} (?:foi embora|foram embora|saiu|sairam|desapareceu|<NAO> (?:voltou|volta|veio"
    r"|vem|aparece|apareceu))\b.{0,80}\b(?:sozinh[oa]s?|so eu|ninguem)\b(?: \w+){0,2} (?:com )?(?:o meu |a minha |os meus"
    r" |as minhas )?(?:irmao|irma|irmaos|irmas|irmaozinho|irmazinha|<CRIANCA>)\b",
    r"^(?=.*\b(?:irmao pequeno|irma pequena|irmaos pequenos|irmaozinho|irmazinha|bebe|tenho (?:[5-9]|1[0-7]) anos)\b).*"
    r"\b(?:mae|pai|pais|mamae|papai)\b(?: \w+){0,2} (?:foi embora|foram embora|saiu|sairam|desapareceu|<NAO> (?:voltou|volta"
    r"|aparece|apareceu))\b(?: \w+){0,3} (?:ha (?:\w+ )?(?:dias|noites|semanas)|desde (?:ontem|anteontem|sexta|sabado|domingo))\b",
    # "o namorado da minha mãe faz-me coisas que eu não quero".
    r"\b(?:padrasto|tio|vizinho|primo|avo|namorado da (?:minha )?mae|companheiro da (?:minha )?mae|marido da (?:minha )?mae"
    r"|treinador|professor|explicador|homem|senhor|adulto|rapaz mais velho|irmao mais velho)\b(?: \w+){0,3}"
    r" (?:faz me|me faz|fez me|me fez|obriga me a fazer|me obriga a fazer|obrigou me a fazer|me obrigou a fazer) (?:coisas|coisa)"
    r"(?: \w+){0,2} (?:que|q) (?:eu )?<NAO> (?:quero|gosto|queria)\b(?! (?:comer|fazer|vestir|ouvir|ver|estudar|arrumar)\b)",
)

ADULT_AT_RISK = _rules(
    # Money taken: "está a roubar dinheiro à minha mãe", "tira dinheiro da conta dela sem ela saber".
    r"\b(?:rouba|roubou|roubam|roubaram|roubava|roubar|roubando|a roubar|tem roubado)(?: lhe\b(?: \w+){0,3}| \w+){0,3}"
    r" (?:dinheiro|reforma|pensao|aposentadoria|poupancas|economias|beneficio|beneficios|subsidio|salario|cartao|joias|ouro"
    r"|heranca|notas)\b(?=(?: \w+){0,3}? (?:dela|dele|da minha|do meu|a minha|ao meu|a (?:mae|avo|tia|sogra|senhora)"
    r"|ao (?:pai|avo|tio|sogro|senhor)|d[ao] (?:mae|pai|avo|tia|tio|sogra|sogro|senhora|senhor))\b)"
    r"|\b(?:rouba|roubou|roubam|roubaram|roubava|roubar|roubando) lhe\b(?: \w+){0,3} (?:dinheiro|reforma|pensao|aposentadoria"
    r"|poupancas|economias|beneficio|subsidio|cartao|joias|ouro|heranca|notas)\b",
    r"\b(?:tira|tirou|tiram|tiraram|tirando|anda a tirar|esta a tirar|gasta|gastou|gastam|gastando|fica com|ficou com|ficam com"
    r"|levanta|levantou|levantam|usa|usou)\b(?: \w+){0,3} (?:dinheiro|reforma|pensao|aposentadoria|poupancas|economias|beneficio"
    r"|subsidio|cartao)\b(?: \w+){0,2} (?:toda|todo|inteira|inteiro|todinha|todinho)\b|\b(?:tira|tirou|tiram|tiraram|tirando|anda a tirar"
    r"|esta a tirar|gasta|gastou|gastam|gastando|fica com|ficou com|ficam com|levanta|levantou|levantam|usa|usou)\b(?: \w+){0,3}"
    r" (?:dinheiro|reforma|pensao|aposentadoria|poupancas|economias|beneficio|subsidio|cartao)\b.{0,60}\b(?:sem (?:ela|ele"
    r"|a (?:minha )?\w+|o (?:meu )?\w+) saber|sem autorizacao|sem (?:lhe )?pedir|as escondidas|para (?:ele|ela) propri\w*"
    r"|e <NAO> (?:lhe )?(?:da|deixa))\b",
    r"\b(?:desaparece|desapareceu|desaparecem|desapareceram|falta|faltam|sumiu|sumiram|some|somem)\b(?: \w+){0,2} (?:dinheiro|notas"
    r"|joias|ouro)\b(?: \w+){0,4} (?:dela|dele|da carteira|da conta|da mala|da casa|do mealheiro|da bolsa|da reforma)\b",
    r"\b(?:dinheiro|notas|joias|reforma|pensao) (?:\w+ ){0,3}(?:desaparece|desapareceu|desaparecem|some|sumiu|somem|sumiram)\b",
    r"\b(?:obriga|obrigam|obrigou|obrigaram|forca|forcam|forcou|pressiona|pressionam|pressionou|convenceu|convenceram)"
    r"(?: a| o| na| no| lo| la| ela| ele)?(?: \w+){0,2} a (?:levantar|dar|passar|assinar|transferir|emprestar|entregar|mudar)"
    r"(?: \w+){0,2} (?:dinheiro|a casa|os papeis|o testamento|procuracao|cheque|cheques|cartao|poupancas|pin|codigo)\b",
    r"\b(?:mudou|mudar|alterar|alterou|alteraram|mudaram) o testamento\b",
    r"\b(?:burlaram|enganaram|burlou|enganou|explorou|exploram|exploraram|aproveitou se|aproveita se|aproveitam se"
    r"|se aproveitou|se aproveita|se aproveitam|se aproveitando|aproveitando se|esta a aproveitar se)(?: \w+){0,2}"
    r" (?:dela|dele|da minha|do meu|a minha|o meu|da (?:mae|avo|tia|sogra|senhora)|do (?:pai|avo|tio|sogro|senhor))\b",
    r"\b(?:foi|foram) (?:burlad|enganad|explorad)[oa]s? (?:por|pelo|pela|ao|num|numa)\b",
    r"\babuso financeiro\b|\bmaus tratos (?:a|de|contra|aos|ao) (?:idos\w+|minha|meu|pessoas idosas)\b",
    # Staff, relatives or neighbours hurting or neglecting the person: "a cuidadora grita com ela e dá-lhe estalos".
    r"\b(?:a|o|as|os|uma|um|da|do|das|dos|na|no|pela|pelo|essa|esse|aquela|aquele) (?:cuidadora|cuidador|cuidadoras|cuidadores|carer|carers"
    r"|auxiliar|auxiliares|funcionaria|funcionario|funcionarias|funcionarios|enfermeira|enfermeiro|empregada|pessoal do lar"
    r"|senhora (?:que|q) (?:cuida|vem)|rapariga (?:que|q) (?:cuida|vem)|moca (?:que|q) (?:cuida|vem)|agencia|lar|vizinho|vizinha"
    r"|sobrinho|sobrinha|neto|neta|genro|nora|inquilino|filho dela|filha dela|filho dele|filha dele)\b(?: \w+){0,4}"
    r" (?:bate|bateu|batem|bateram|batia|espanca|espancou|empurra|empurrou|empurram|belisca|beliscou|beliscam|maltrata"
    r"|maltratou|maltratam|maltratava|grita com (?:ela|ele|a minha|o meu)|gritam com (?:ela|ele|a minha|o meu)|humilha|humilhou"
    r"|amarra|amarrou|amarram|rouba|roubou|roubam|abusa|abusou|abusam|agride|agrediu|agridem|trata (?:mal|muito mal)"
    r"|tratam (?:mal|muito mal)|da lhe (?:estalos|chapadas|bofetadas|murros|pancada|palmadas)|deu lhe (?:um |uma )?(?:estalo"
    r"|chapada|bofetada|murro|pancada|palmada)|e (?:muito )?(?:brut[oa]|agressiv[oa]|violent[oa]) com)\b",
    r"\b(?:bate|bateu|batia|batem|empurra|empurrou|agride|agrediu|espanca|espancou|maltrata|maltratou|belisca|beliscou"
    r"|abana|abanou|sacode|sacudiu) (?:na|no|nas|nos|em|a|o|as|os) (?:minha |meu |sua |seu |pobre )?<ADULTO>\b",
    r"\b(?:bate lhe|bateu lhe|batia lhe|batem lhe|da lhe (?:estalos|chapadas|bofetadas|murros|pancada|palmadas|porrada))\b"
    r"(?! (?:a|na|as|nas) (?:porta|janela)\b)",
    # The carer hurt by the person cared for when confused or angry.
    r"\b<BATE_ME>(?: \w+){0,4} (?:quando|sempre que|qnd|qd|qdo|se) (?:esta|fica|ta|anda|tem|se sente|se irrita|se enerva|se zanga"
    r"|nao|n|lhe|eu|o|a)\b",
    r"\b(?:meu|minha|o|a) (?:filho|filha|pai|mae|marido|mulher|irmao|irma|avo|sogra|sogro|neto|neta|enteado|enteada)(?: \w+)?<ENTRE>"
    r" <BATE_ME>\b<SEM_QUERER>"
    r"(?! (?:a|na|as|nas) (?:porta|janela)\b)(?! ver\b)",
    r"\b(?:fica|esta|ta|anda|e) (?:muito )?(?:agressiv[oa]|violent[oa]) (?:comigo|contra mim|para comigo)\b",
    # Neglect: left dirty, without food or medicine.
    r"\b(?:deixa|deixam|deixou|deixaram|deixava|deixavam|esta a deixar|anda a deixar|estao a deixar)(?: a| o| na| no| la| lo| ela"
    r"| ele)?(?: minha| meu)?(?: <ADULTO>)? (?:sem (?:a |o |os |as )?(?:comer|comida|agua|beber|medicacao|medicamentos|remedios"
    r"|comprimidos|banho|aquecimento|higiene|ajuda|cuidados)|sujo|suja|molhado|molhada|em fezes|com a fralda suja|nas fezes"
    r"|na urina|deitad[oa] (?:\w+ ){0,2}(?:dias|o dia todo|horas))\b",
    r"\b<NAO> (?:lhe )?(?:dao|da|deram|deu|davam|dava|estao a dar|tem dado)(?: \w+){0,1} (?:de comer|comida|agua|de beber|a medicacao"
    r"|os medicamentos|os comprimidos|os remedios|banho)(?: \w+){0,3} (?:ha|a|desde|por|durante|dias|horas|o dia todo)\b",
    r"\b(?:esta|estao|anda|andam|esta a ser|estao a ser|a ser|ta sendo|sendo|foi|foram|tem sido)"
    r" (?:negligenciad|maltratad|abandonad|explorad|abusad)[oa]s?\b",
    # Bruises nobody explains.
    r"\b(?:nodoas negras|nodoa negra|hematomas|hematoma|marcas|manchas roxas|roxos|feridas|arranhoes)\b(?: \w+){0,6}"
    r" (?:sem explicacao|que ninguem (?:sabe )?explica|que (?:ninguem|ngm) (?:sabe|consegue) explicar|(?:que|e|mas) (?:ela |ele )?<NAO>"
    r" (?:sabe|consegue|quer) (?:explicar|dizer (?:como|de onde|o que))|estranh\w+|inexplicav\w+|que <NAO> sei (?:de onde|como)|sem saber (?:de onde|como))\b",
    r"\bapareceu com(?: \w+){0,2} (?:nodoas negras|hematomas|marcas|um olho negro|um olho roxo|feridas|uma queimadura)\b"
    r"(?: \w+){0,6} (?:lar|centro de dia|cuidadora|cuidador|visita|depois d\w+)\b",
    # Locked in, kept in a room.
    r"\b(?:fecha|fecham|fechou|fecharam|tranca|trancam|trancou|trancaram)(?: a| o| na| no| la| lo) (?:a chave|no quarto"
    r"|na casa de banho|no sotao|na cave|em casa sozinh\w+)\b",
    r"\b(?:fechad|trancad)[oa]s? (?:a chave )?(?:no|num|na) (?:quarto|casa de banho|sotao|cave|arrecadacao)\b",
    # Afraid of someone who comes in.
    r"\b(?:tem|fica com|esta com|ta com) (?:muito )?medo (?:da|do|das|dos) (?:cuidadora|cuidador|cuidadoras|auxiliar|enfermeira"
    r"|enfermeiro|vizinho|vizinha|sobrinho|neto|genro|nora|filho|filha|inquilino)\b(?! (?:\w+(?:ar|er|ir))\b)",
    r"\b(?:fica|esta|ta|parece) (?:assustad\w+|aterrorizad\w+|com medo|a tremer) (?:quando|sempre que) (?:a|o) (?:cuidadora|cuidador"
    r"|\w+ (?:dela|dele)) (?:chega|vem|entra|aparece)\b",
    # Someone moving in and using the home ("cuckooing").
    r"\b(?:mudou se|se mudou|mudaram se|se mudaram|meteu se|meteram se|instalou se|instalaram se|se instalou|se instalaram)"
    r"(?: \w+){0,2} (?:casa|apartamento) (?:dela|dele|da minha|do meu|d[oa] (?:mae|pai|avo|tio|tia))\b.{0,100}"
    r"\b(?:droga|drogas|traficar|vender|<NAO> sai|<NAO> querem? sair|<NAO> (?:a|o) deixa|medo)\b",
    r"\busam a casa (?:dela|dele|da minha \w+|do meu \w+) para (?:vender|traficar|guardar|esconder)\b",
    # Kept from food, or shut in with nobody let in: "não a deixa comer", "o filho não deixa ninguém entrar".
    r"\b<NAO> (?:a|o|lhe|os|as) (?:deixa|deixam|deixou|deixaram) (?:comer|beber|tomar (?:a medicacao|os comprimidos|os remedios)"
    r"|ver (?:ninguem|a familia|os netos|os filhos)|falar com (?:ninguem|a familia))\b(?! (?:doces|sal|acucar|chocolate|bolos"
    r"|fritos|sozinh\w*|antes|depois|a noite|na cama|no quarto|nada antes)\b)",
    r"^(?=.*\b(?:idos[oa]s?|velhinh[oa]|vizinh[oa]|mae|pai|avo|tia|tio|sogr[oa]|demencia|alzheimer)\b).*\b(?:filho|filha|sobrinho"
    r"|sobrinha|neto|neta|genro|nora|cuidador|cuidadora|namorado|companheiro|inquilino|irmao|irma)\b(?: \w+){0,4}"
    r" <NAO> (?:deixa|deixam) (?:ninguem|ngm|a familia|os vizinhos|ninguem da familia) (?:entrar|(?:ir |vir )?(?:ve la|ve lo"
    r"|visita la|visita lo|visitar|ver (?:a|o) \w+)|falar com (?:ela|ele))\b(?! (?:no|na) (?:quarto|casa de banho|escritorio|carro)\b)",
)

DOMESTIC_ABUSE = _rules(
    # Someone at home hits, pushes or hurts the writer.
    r"\b(?:meu|minha|o|a) <DA_CASA>(?: \w+)?<ENTRE> <BATE_ME>\b<SEM_QUERER>(?! (?:a|na|as|nas) (?:porta|janela)\b)(?! (?:ver|saber|ouvir|pensar)\b)",
    r"\b(?:ele|ela)<ENTRE> <BATE_ME>\b<SEM_QUERER>(?! (?:a|na|as|nas) (?:porta|janela)\b)(?! (?:ver|saber|ouvir|pensar)\b)",
    # Afraid of him or her.
    r"\b(?:tenho|temos|sinto|estou com|to com|tou com|ando com|vivo com|vivo cheia de|vivo cheio de) (?:muito |tanto )?(?:medo|pavor)"
    r" (?:do (?:meu )?<PARCEIRO>|da (?:minha )?<PARCEIRO>|do (?:meu )?(?:filho|enteado|genro|sogro|irmao|cunhado|pai)"
    r"|da (?:minha )?(?:filha|enteada|nora|sogra|irma|cunhada|mae)|dele|dela)\b(?! (?:\w+(?:ar|er|ir)|se|nao|n)\b)",
    r"\b(?:tenho|sinto) medo (?:de|por) (?:a )?minha (?:propria )?vida\b|\bmedo de morrer (?:nas|as) maos dele\b",
    r"\b(?:tenho|tem|temos|sinto|estou com|to com|tou com) (?:muito )?(?:medo|pavor) de (?:estar|ficar|ir|voltar|chegar) (?:em|a|para|pra|pa) casa\b",
    r"\b(?:<NAO> me sinto|<NAO> (?:estou|to|tou|estamos)) (?:segur[ao]s?|a salvo) (?:em casa|na minha (?:propria )?casa|com (?:ele|ela)"
    r"|ao pe dele|ao pe dela|perto dele|perto dela)\b",
    # Control: not allowed out, money and phone taken, watched.
    r"\b(?:<PARCEIRO>|ele|ela|filho|filha)\b(?: \w+){0,2} (?:nao|n) me deix\w* (?:sair|ver (?:a minha familia|os meus amigos"
    r"|as minhas amigas|ninguem|os meus filhos|a minha mae|o meu pai|a familia)|falar com|trabalhar|ter (?:dinheiro|telemovel"
    r"|celular|amigos|amigas)|usar o (?:telemovel|celular|telefone)|ir (?:a rua|trabalhar|a lado nenhum|ter com)|estar com"
    r"|conviver|telefonar|ligar a|ligar para|mexer no dinheiro)\b",
    r"\b(?:controla|controlava|vigia|vigiava|espia|espiava|revista|vasculha)(?: me)? (?:sempre |tudo )?(?:todo o meu |toda a minha "
    r"|todos os meus |todas as minhas |o meu |a minha |os meus |as minhas |o que (?:eu )?|com quem (?:eu )?|onde (?:eu )?)"
    r"(?:dinheiro|telemovel|celular|telefone|mensagens|conversas|contas|cartao|saidas|passos|emails|localizacao|gastos|compras"
    r"|recibos|vida|faco|falo|vou|estou|gasto)\b",
    r"\b(?:controla me|me controla|controlava me|me controlava|vigia me|me vigia)\b(?! (?:a|o) (?:diabetes|tensao|peso|dieta)\b)",
    r"\b(?:tira me|tirou me|me tira|me tirou|fica com todo o meu|ficou com todo o meu|fica com o meu|ficou com o meu|esconde me"
    r"|escondeu me|me esconde|me escondeu|rasgou me|partiu me|me partiu|me quebrou|quebrou me)(?: o| a| os| as)?"
    r" (?:dinheiro|ordenado|salario|passaporte|telemovel|celular|documentos|cartao|chaves|subsidio|reforma)\b"
    r"(?! (?:sem querer|por acidente|a brincar)\b)",
    r"\b<NAO> me (?:deixa ter|deixa mexer no|deixa ver o|deixa usar o) (?:dinheiro|cartao|telemovel|celular|meu dinheiro)\b",
    # Threats: "ameaçou matar-me", "disse que me matava", "se eu o deixar mata-me".
    # Not a character on TV: "na novela o vilão ameaçou matar a mulher".
    r"(?<!\bvilao )(?<!\bvila )(?<!\bpersonagem )(?<!\bprotagonista )(?<!\bator )(?<!\batriz )"
    r"\b(?:ameaca|ameacou|ameacava|ameacar|ameacando|a ameacar)(?: me| nos)? (?:de |que |com )?(?:me |nos )?(?:(?:matar|mata|matava)(?! se\b)"
    r"|bater|magoar|machucar|partir me|pegar fogo|deitar fogo|queimar|expulsar|por na rua|por me na rua|deportar|denunciar me"
    r"|mandar me|me mandar|(?:tirar|levar) (?:me )?(?:os|as) (?:filhos|criancas|miudos|meninos|meus filhos|minhas filhas))\b",
    # Not the boss's way of speaking: "o meu patrão diz que me mata se voltar a faltar".
    r"(?<!\bpatrao )(?<!\bpatroa )(?<!\bchefe )(?<!\bchefa )(?<!\bgerente )(?<!\bmanager )(?<!\bboss )"
    r"\b(?:disse|diz|jurou|jura|garante|garantiu|gritou|grita)(?: me)? que (?:me |nos )?(?:mata|matava|vai matar|ia matar"
    r"|dava cabo de mim|da cabo de mim|parte me|partia me|me parte|me partia)(?: me| nos)?\b(?! de rir\b)",
    r"\bse eu (?:o |a )?(?:deixar|deixasse|sair|saisse|for embora|fosse embora|contar|contasse|chamar a policia|ligar a policia"
    r"|ligar para a policia|denunciar|denunciasse|separar|separasse|pedir o divorcio)\b.{0,40}\b(?:mata me|me mata|matava me"
    r"|me matava|mata nos|me vai matar|vai me matar|vai matar me|da cabo de mim|me vai bater|bate me|me bate|tira me os filhos"
    r"|me tira os filhos|fico sem os filhos|nunca mais vejo os (?:filhos|miudos|criancas))",
    r"\b(?:mata me|me mata|matava me|me matava|vai me matar|vai matar me) se eu (?:o |a )?(?:deixar|sair|for embora|contar"
    r"|chamar|denunciar|separar|pedir)\b",
    # Weapons.
    r"\b(?:faca|facas|navalha|canivete|martelo|arma|pistola|tesoura|machado|taco)\b(?: \w+){0,6} (?:atras de mim|contra mim"
    r"|para mim|ao meu pescoco|no meu pescoco|a minha garganta|encostad\w*|apontad\w*|a ameacar|ameacando|ameacou)\b",
    r"\b(?:apontou|aponta|apontava|encostou|encosta)(?: me)?(?: \w+){0,2} (?:faca|navalha|martelo|arma|pistola|tesoura)\b",
    r"\b(?:veio|vem|correu|corre|investiu|foi) (?:atras de mim|contra mim|para mim|pra mim|para cima de mim|pra cima de mim)"
    r"(?: \w+){0,2} (?:com )?(?:uma |a |um |o )?(?:faca|navalha|martelo|arma|pistola|tesoura|machado|taco|garrafa|pau)\b",
    r"\b(?:pegou|pega|agarrou|agarra)(?: \w+){0,2} (?:numa|na|uma|a|num|no) (?:faca|navalha|martelo|tesoura|machado)\b"
    r"(?: \w+){0,6} (?:ameac\w+|a gritar|gritando|aos gritos|disse que|contra|para mim|atras de mim|matar)\b",
    # Sexual violence.
    r"\b(?:violou me|me violou|viola me|me viola|estuprou me|me estuprou|abusou sexualmente de mim|abusa sexualmente de mim"
    r"|obriga me a ter (?:relacoes|sexo)|me obriga a (?:ter relacoes|transar|fazer sexo|ter sexo)|obrigou me a ter (?:relacoes|sexo)"
    r"|me obrigou a (?:ter relacoes|transar|fazer sexo)|forca me a ter|me forca a ter|forcou me a ter|me forcou a (?:ter relacoes"
    r"|transar))\b",
    r"\b(?:fui|foi) (?:violad|estuprad)[oa]\b|\b(?:um|o|sofri|sofreu) estupro\b",
    r"\b(?:sexo|relacoes)(?: \w+){0,3} (?:sem eu querer|contra a minha vontade|a forca|quando eu <NAO> quero|mesmo quando (?:eu )?<NAO> quero)\b",
    # Named as such: "sofro violência doméstica".
    r"\b(?:sofro|sofri|sofre|sofreu|sofrer|sofrendo|a sofrer|vitima|vitimas|situacao|sou vitima|vivo|vivi|vive|passo por|passei por"
    r"|passando por|estou a passar por)(?: de)? violencia domestica\b",
    # Things thrown, bones broken, bruises left.
    r"\b(?:atira me|me atira|atirou me|me atirou|joga me|jogou me|me jogou|me joga|atirava me|me atirava)(?: com)?(?: \w+){0,2}"
    r" (?:coisas|pratos|objetos|copos|cadeiras|sapatos|garrafas|o prato|um prato|um copo|uma cadeira|uma garrafa|o comando"
    r"|o telemovel|tudo o que|a comida|o que (?:tem|tiver|apanha))\b",
    r"\b(?:atira|atirou|atirava|joga|jogou|arremessa|arremessou)(?: \w+){0,2} (?:coisas|pratos|objetos|copos|cadeiras|garrafas)"
    r" (?:a mim|contra mim|para cima de mim|pra cima de mim|na minha direcao|em mim|a minha cara|na minha cara)\b",
    r"\b(?:partiu me|me partiu|quebrou me|me quebrou|fraturou me|me fraturou)(?: o| a| os| as| um| uma)? (?:braco|pulso|nariz|costela"
    r"|costelas|maxilar|queixo|dente|dentes|dedo|dedos|perna|olho|labio|cabeca)\b",
    r"\b(?:<PARCEIRO>|ele|ela)\b(?: \w+){0,2} (?:partiu|quebrou|fraturou) (?:o |a )?(?:meu|minha) (?:braco|pulso|nariz|costela"
    r"|costelas|maxilar|queixo|dente|dentes|dedo|dedos|perna)\b",
    r"\b(?:deixou me|me deixou|fiquei|estou|to|tou|ando) (?:com |cheia de |cheio de )?(?:nodoas negras|hematomas|marcas|roxos"
    r"|o olho negro|o olho roxo|um olho negro|um olho roxo)(?: \w+){0,3} (?:dele|dela|por causa dele|por causa dela|que ele me"
    r"|que ela me|do meu \w+|da minha \w+|da pancada|dos murros|dos socos)\b",
    r"\b(?:fecha me|me fecha|tranca me|me tranca|fechou me|trancou me|me trancou|me fechou)(?: \w+){0,2} (?:em casa|no quarto|a chave"
    r"|fora de casa|na rua|na varanda|na casa de banho)\b",
    # Threats to hurt the household: "ameaça fazer mal a nós".
    r"\b(?:ameaca|ameacou|ameacava|ameacar|ameacando|a ameacar)(?: me| nos)? (?:de |que |com )?(?:(?:me|nos|lhe) )?fazer"
    r" (?:(?:me|nos) )?mal\b(?! a (?:si|ele|ela) (?:propri|mesm)\w*$)",
)

CARE_BREAKDOWN = _rules(
    # The carer in hospital, and the person alone: "estou no hospital e a minha mãe está sozinha".
    r"^(?!.*\b<PLANO>\b).*\b(?:estou|to|tou|fui|fiquei|vou ficar|vou ser|vao me|vao me deixar|estou a ser|acabei de ser|me)\b"
    r"(?: \w+){0,2} (?:internad[oa]|hospitalizad[oa]|operad[oa])\b.{0,120}\b(?:sozinh[oa]s?|so em casa|ninguem (?:para|pra|que"
    r"|pode|em casa|a cuidar|esta com|com (?:ele|ela))|ngm (?:para|pra|que|pode)|sem ninguem|sem mim|<CUIDA_QUEM>"
    r"|<NAO> (?:pode|consegue|deve) ficar)\b",
    r"^(?!.*\b<PLANO>\b).*\b(?:estou|to|tou|fui|fiquei|vou ficar|acabei de ser|me levaram|levaram me)\b(?: \w+){0,2}"
    r" (?:no hospital|nas urgencias|na urgencia|no pronto socorro|na emergencia|na ambulancia|de ambulancia|para o hospital"
    r"|n[oa] a e|n[oa] a and e)\b"
    r".{0,120}\b(?:sozinh[oa]s? em casa|em casa sozinh[oa]s?|ninguem (?:em casa|para cuidar|para ficar|pra ficar|para tomar conta"
    r"|que cuide|com (?:ele|ela))|<CUIDA_QUEM>|<NAO> (?:pode|consegue|deve) ficar sozinh[oa])\b",
    r"^(?!.*\b<PLANO>\b).*\b(?:sozinh[oa]s? em casa|em casa sozinh[oa]s?|ninguem (?:em casa|para cuidar|para ficar|pra ficar"
    r"|para tomar conta|que cuide))\b.{0,120}\b(?:estou|to|tou|fui|fiquei|vou ficar)(?: \w+){0,2} (?:internad[oa]|no hospital"
    r"|nas urgencias|na urgencia|no pronto socorro)\b",
    # Someone who cannot be left alone, and the carer has to go now.
    r"^(?!.*\b<PLANO>\b).*\b<NAO> (?:pode|podem|consegue|deve|devia) (?:ficar|estar) (?:sozinh[oa]s?|so)\b.{0,120}"
    r"\b(?:hospital|internad\w*|operad\w*|urgencias|urgencia|ambulancia|hoje|esta noite|logo a noite|amanha)\b",
    r"^(?!.*\b<PLANO>\b).*\b(?:hospital|internad\w*|operad\w*|urgencias|urgencia|ambulancia)\b.{0,120}\b<NAO> (?:pode|podem"
    r"|consegue|deve) (?:ficar|estar) (?:sozinh[oa]s?|so)\b",
    # Walking out, abandoning.
    r"\b(?:vou|vou me|vou mesmo|estou quase a|to quase|tou quase|estou prestes a|apetece me|vontade (?:\w+ )?de|penso em|estou a pensar em"
    r"|tou a pensar em|quero)(?: \w+){0,1} (?:embora e deix\w+|abandonar (?:a|o|ele|ela|tudo|a minha|o meu)|abandona la|abandona lo"
    r"|deixa la sozinh\w+|deixa lo sozinh\w+|deixar (?:a|o|ele|ela|a minha \w+|o meu \w+) (?:sozinh\w+|no hospital|nas urgencias"
    r"|na rua|a porta|a sua sorte)|sair porta fora|desaparecer e deix\w+|ir embora de vez|ir embora para sempre"
    r"|por (?:a|o) (?:mae|pai|ele|ela) na rua|largar tudo e (?:ir|desaparecer|fugir)"
    r"(?!(?: \w+){0,5} (?:uns dias|umas horas|uma semana|um fim de semana|uns tempos|de ferias|ferias|descansar|passear)\b))\b"
    r"(?! (?:uma|umas|meia|um bocado|um bocadinho|duas|por (?:uma|umas|meia|um)|enquanto|so (?:uma|um)|para ir|pra ir"
    r"|durante|de tarde|de manha)\b)",
    r"\b(?:vou me embora|me vou embora|vou embora|vou bazar|vou sair de casa)\b(?: \w+){0,3} (?:de vez|para sempre|e <NAO> volto"
    r"|e nunca mais volto|e deixo (?:a|o|ele|ela|tudo)|e (?:ele|ela) que se (?:amanhe|vire|desenrasque))\b",
    r"\b<NAO> aguento mais\b.{0,40}\b(?:vou me embora|vou embora|vou sair porta fora|vou abandon\w+|vou deixa\w* (?:a|o|ele|ela))\b",
    r"\b<NAO> (?:aguento|consigo|posso)(?: fazer isto| com isto| continuar)? (?:nem )?mais (?:um|1) (?:dia|so dia)\b",
    # Cannot care any more, from now: "não consigo cuidar dela nem mais um dia".
    r"\b<NAO> (?:consigo|posso|aguento|sou capaz de|dou conta de) (?:mais )?(?:cuidar|tomar conta|olhar|dar conta) (?:dele|dela"
    r"|deles|delas|d[ao]s? (?:minha |meu |minhas |meus )?\w+)\b(?: \w+){0,3} (?:nem mais um dia|nem mais uma noite|mais um dia"
    r"|esta noite|hoje a noite|logo a noite|a partir de hoje|a partir de agora|nem hoje)\b",
    r"\b<NAO> (?:consigo|posso|aguento) (?:mais )?(?:cuidar|tomar conta|olhar) (?:dele|dela|d[ao] \w+)\b.{0,80}"
    r"\b(?:ninguem (?:para|pra|que) (?:ficar|cuidar|tomar conta|olhar|vir) (?:\w+ ){0,3}(?:hoje|esta noite|agora)|vou (?:me )?embora"
    r"|vou deixa\w*|abandon\w+)",
    # Nobody to look after them tonight.
    r"\b(?:ninguem|ngm|<NAO> (?:ha|tenho|temos|tem) ninguem|sem ninguem)\b(?: \w+){0,2} (?:para|pra|pa|que (?:possa|pode))?"
    r" ?(?:ficar com|cuidar|tomar conta|olhar|dar de comer|deitar|levantar|vir|ir ver|dar a medicacao)\b.{0,60}"
    r"\b(?:hoje a noite|esta noite|logo a noite|agora mesmo|neste momento|este fim de semana)\b",
    r"\b(?:hoje a noite|esta noite|logo a noite|agora mesmo|neste momento)\b.{0,60}\b(?:ninguem|<NAO> (?:ha|tenho|temos) ninguem)"
    r" (?:para|pra|que possa) (?:ficar|cuidar|tomar conta|olhar)\b",
    r"\bninguem (?:veio|vem|apareceu)(?: \w+){0,2} (?:levantar|deitar|lavar|vestir|dar de comer|dar a medicacao|dar banho"
    r"|mudar a fralda|tratar d\w+)\b",
    r"\b(?:preciso|precisamos|precisa) (?:urgentemente )?de (?:alguem|uma pessoa|um cuidador|uma cuidadora|cuidados de (?:emergencia"
    r"|substituicao))\b.{0,60}\b(?:ficar com|cuidar|tomar conta|olhar por)\b.{0,40}\b(?:hoje|esta noite|hoje a noite|logo a noite"
    r"|agora mesmo|ja|urgente|urgentemente)\b",
    # Paid care that did not come or was stopped.
    r"\b(?:cuidadora|cuidador|cuidadoras|carer|carers|agencia|apoio domiciliario|apoio domiciliar|servico|cuidados|visitas|centro de dia"
    r"|baba|ama)\b"
    r"(?: \w+){0,3} (?:<NAO> veio|<NAO> apareceu|faltou|cancelou|cancelaram|foi cancelad\w+"
    r"|foram cancelad\w+|cortaram|foi cortad\w+|suspend\w+|retirad\w+|deixou de vir|deixaram de vir)\b.{0,100}"
    r"\b(?:sozinh\w*|ninguem|ngm|<NAO> (?:pode|consegue|sabe) (?:ficar|levantar|comer|ir a casa de banho|tomar|sair da cama)"
    r"|esta noite|ainda na cama|sem comer|sem medicacao|acamad\w+)\b",
    r"\b(?:cancelaram|cancelou|cortaram|cortou|acabaram com|suspenderam|retiraram)(?: \w+){0,2} (?:apoio|cuidados|visitas|cuidadora"
    r"|servico)\b.{0,100}\b(?:sozinh\w*|ninguem|<NAO> (?:pode|consegue)|esta noite|acamad\w+)\b",
    # Sent home from hospital with no care.
    r"\b(?:teve alta|tiveram alta|deram (?:lhe )?alta|mandaram (?:\w+ )?para casa|saiu do hospital|vem para casa)\b.{0,100}"
    r"\b(?:sem (?:apoio|cuidados|ajuda|ninguem|nenhum apoio|plano)|ninguem (?:em casa|para (?:cuidar|ajudar|ficar))"
    r"|eu (?:estou|to|tou) (?:internad\w*|no hospital|doente|de cama|acamad\w*))\b",
    # The carer ill and unable to get up.
    r"\b(?:estou|to|tou|fiquei) (?:muito )?(?:doente|de cama|com febre|com covid|com gripe|acamad[oa])\b.{0,80}"
    r"\b(?:<NAO> (?:me )?(?:consigo|posso|aguento) (?:me )?(?:levantar|tratar|cuidar|tomar conta|dar banho)|ninguem (?:para|pra|me pode|pode)"
    r" (?:cuidar|tomar conta|ficar|ajudar)|(?:ele|ela) (?:esta|ta|fica) sozinh\w*|sem comer)\b",
    # A parent taken to hospital and a child left alone.
    r"\b(?:mae|pai|avo)\b(?: \w+){0,2} (?:foi|esta|ta|ficou) (?:levad[oa] )?(?:internad[oa]|para o hospital|pro hospital"
    r"|no hospital|de ambulancia)\b.{0,100}\b(?:sozinh\w+|so eu|ninguem(?! (?:me|nos|lhe) (?:explica|explicou|diz|disse|informa"
    r"|informou|liga|ligou|responde|respondeu))|eu e (?:o meu|a minha) (?:irmao|irma))\b",
    # About to be admitted: "vão internar-me agora", "tenho de ficar internada hoje".
    r"^(?!.*\b<PLANO>\b).*\b(?:(?:vao|vai|querem|tem de|tem que|tenho de|tenho que|preciso de|mandaram me) (?:me )?(?:internar"
    r"|operar|ficar internad[oa]|ser internad[oa]|ser operad[oa]|ir para o hospital)|internar me|operar me|internam me)\b.{0,120}"
    r"\b(?:(?:esta|ta|fica|ficou|estao|ficaram) sozinh[oa]s?|sozinh[oa]s? em casa|<NAO> (?:ha|tenho|temos) ninguem|ninguem (?:para"
    r"|pra|pa|que (?:possa|pode|fique|cuide)|em casa|com (?:ele|ela))|sem ninguem|<CUIDA_QUEM>|<NAO> (?:pode|consegue|deve) ficar)\b",
    # The carer suddenly hurt or fainting: "caí e parti o braço", "desmaiei duas vezes hoje".
    r"^(?!.*\b<PLANO>\b).*\b(?:desmaiei|(?:cai|escorreguei) e (?:parti|fraturei|torci|bati|magoei)|parti (?:o|a) (?:braco|perna"
    r"|pulso|anca|pe|tornozelo|clavicula|ombro|costela)|fraturei|tive um acidente|fui atropelad[oa]|tive um (?:avc|enfarte|ataque))\b"
    r".{0,120}\b(?:(?:esta|ta|fica|ficou|estao|ficaram) sozinh[oa]s?|sozinh[oa]s? em casa|<NAO> (?:ha|tenho|temos) ninguem"
    r"|ninguem (?:para|pra|pa|que (?:possa|pode|fique|cuide))|sem ninguem|<CUIDA_QUEM>|<NAO> (?:pode|consegue|deve) ficar sozinh\w*)",
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

CATCHES = {
    "medical_emergency": (
        "Socorro, a minha mãe caiu e não está a respirar!",
        "meu pai desmaiou e nao acorda, o q faço??",
        "Ele está com uma dor forte no peito e a suar muito",
        "acho que a minha avó está a ter um AVC, a boca ficou torta de repente",
        "ela ta tendo uma convulsão que nao para ja vai em 10 minutos",
        "O meu marido tomou a caixa toda dos comprimidos para dormir",
        "O meu pai tem Alzheimer e desapareceu há 4 horas, já procurámos por todo o lado e está frio",
        "ele está a sangrar muito da cabeça, não sei o que fazer",
        "devo chamar a ambulância? ela está com os lábios roxos e mal respira",
        "minha mae diabetica ta com o açucar muito baixo e nao responde",
        "Engasgou-se com a comida e não consegue respirar",
        "ela caiu no banho e bateu com a cabeça, está a deitar sangue e muito confusa",
        "Liguei para o 999 mas ainda não chegaram, ele está inconsciente",
        "Olá, sou cuidadora do meu pai e queria informações sobre o cartão de cuidador. Desculpem, agora mesmo ele "
        "começou a ter uma convulsão e não pára, o que faço?",
        "A cara dela está a inchar e a garganta a fechar, mal consegue respirar depois do antibiótico",
        "o meu filho bebeu lixívia sem eu ver",
        "vo te contar, meu avo ta no chao e n se mexe, chamo por ele e nada",
        "A minha mãe tomou comprimidos a mais, acho que foram uns 20 de uma vez",
        "a minha mum caiu e não está a respirar, please help",
        "há fogo na cozinha e a minha avó está lá dentro",
        "o bebé está a ficar azul, o que faço",
        "a minha mãe caiu e o braço parece partido, não se consegue mexer",
        "o meu pai não come nem bebe há dois dias",
        "o meu irmão com autismo fugiu de casa e está perdido",
        "a minha irmã está em surto psicótico neste momento",
        "o meu marido sumiu e está muito doente, sem a medicação",
    ),
    "suicidal": (
        "Não aguento mais, às vezes penso em matar-me.",
        "quero morrer, n aguento mais cuidar dela sozinha",
        "Tenho pensado que ficavam todos melhor sem mim",
        "vc acha q alguem ia sentir minha falta? as vezes penso em me matar",
        "A minha mãe diz todos os dias que se quer matar, já não sei o que fazer",
        "meu pai ameaçou se matar ontem a noite e hoje nao sai do quarto",
        "Sinceramente não vejo razão para continuar a viver, desde que o meu marido adoeceu tudo piorou",
        "Queria dormir e não acordar mais",
        "penso em tomar a caixa toda dos comprimidos da minha mae",
        "Ando a juntar comprimidos, já tenho muitos guardados",
        "Boa tarde. Preciso de ajuda com o subsídio de cuidador e também queria saber de grupos de apoio perto de "
        "Brixton. Para ser sincera, ultimamente tenho pensado em acabar com tudo.",
        "meu filho de 19 anos fala em se matar e disse que vai pular da ponte",
        "a vida nao vale a pena, so quero desaparecer para sempre",
        "Escrevi uma carta de despedida para os meus filhos",
        "Às vezes tenho vontade de me atirar para a frente do comboio",
        "nao kero viver mais assim, kero morrer",
        "seria melhor para todos se eu morresse",
        "Ela tentou suicidar-se no mês passado e hoje falou outra vez em tirar a própria vida",
        "Estou tão cansada que só penso em morrer",
        "ngm ia dar pela minha falta se eu desaparecesse... tou farta de viver",
        "sinceramente ja nao vejo razao para viver, I'm done",
        "tenho pensado em engolir todas as pastilhas que a minha mulher tem",
        "quando vou na autoestrada dá-me vontade de espetar o carro contra uma árvore",
        "deixei uma carta aos meus filhos, já não vou estar cá por muito mais tempo",
        "o meu marido fala muitas vezes em suicídio",
        "o meu filho ouve vozes que lhe dizem para se matar",
        "o meu pai sumiu e deixou uma carta em cima da mesa",
    ),
    "self_harm": (
        "A minha filha anda a cortar-se nos braços e eu não sei o que fazer.",
        "voltei a me cortar ontem, n consigo parar",
        "O meu filho autista bate com a cabeça na parede até fazer sangue",
        "tenho vontade de me magoar quando fico sozinha com ele",
        "Encontrei lâminas escondidas na gaveta da minha neta e ela anda sempre de mangas compridas",
        "ela se queima com o isqueiro de propósito",
        "meu irmao se machuca de proposito quando fica nervoso",
        "Cuido do meu marido e da minha filha de 15 anos. Ela tem andado muito em baixo e descobri que se corta às "
        "escondidas. Também queria saber se tenho direito a algum apoio.",
        "Ela arranha-se até sangrar quando está ansiosa",
        "automutilação... a minha enteada faz isso desde o verão",
        "o meu pai com demência morde as mãos até fazer ferida",
        "apetece-me fazer mal a mim mesma",
        "Tô me cortando de novo, ninguém sabe",
        "ela tem a pele toda marcada, queima-se com cigarros nos braços",
        "O meu neto arranca o cabelo até ficar com falhas",
        "preciso de me cortar para me sentir melhor",
        "Tenho 16 anos, cuido da minha mãe e às vezes corto-me nos pulsos",
        "Quando era pequena era uma criança feliz, e agora corta-se todos os dias.",
        "a minha filha ouve vozes que lhe dizem para se cortar",
        "a minha mãe ameaça fazer mal a ela própria quando fica agitada",
    ),
    "child_at_risk": (
        "O meu padrasto bate-me e à minha irmã quando a mãe não está.",
        "tenho 13 anos e a minha mae deixa-nos sozinhos em casa dias seguidos",
        "A vizinha deixa o bebé sozinho em casa a noite toda",
        "meu neto aparece sempre com nodoas negras e diz que caiu, tenho medo que o pai lhe bata",
        "o namorado da minha filha bate nos meus netos",
        "A mãe das crianças está sempre bêbada e eles passam fome",
        "Tenho medo de ir para casa, o meu pai fica muito violento quando bebe",
        "Um homem que ela conheceu num jogo online pede-lhe fotos sem roupa, ela tem 12 anos",
        "Não vou à escola há semanas porque tenho de cuidar da minha mãe e dos meus irmãos",
        "O tio dela tocou-lhe nas partes íntimas",
        "o meu sobrinho de 14 anos anda a levar droga para uns rapazes mais velhos",
        "A minha vizinha bate nos filhos com o cinto, ouço-os a gritar",
        "sou a mais velha e tomo conta dos meus irmaos sozinha a noite toda pq a mae nao volta, tenho 12 anos",
        "O meu enteado chegou com marcas de dedos no pescoço e não quer dizer o que aconteceu",
        "a crianca nao esta segura naquela casa",
        "Sou avó e cuido do meu marido com Parkinson. Preciso de ajuda com as consultas dele, e também estou "
        "preocupada porque a minha neta disse que o namorado da mãe lhe bate com o chinelo.",
        "o marido da minha prima espanca o filho dela de 6 anos",
        "the school ligou porque o meu neto tem marcas de cinto nas costas",
        "o meu pai foi embora há uma semana e estou sozinho com a minha irmã pequena",
        "o padrasto obriga-me a fazer coisas que eu não quero",
    ),
    "adult_at_risk": (
        "Acho que a cuidadora está a roubar dinheiro à minha mãe.",
        "a minha avó aparece com nódoas negras que ninguém explica, desde que foi para o lar",
        "O meu filho bate-me quando fica confuso",
        "no lar deixam o meu pai sujo o dia todo",
        "o meu irmão anda a tirar dinheiro da conta da mãe sem ela saber",
        "A senhora que cuida da minha tia grita com ela e dá-lhe estalos",
        "Os vizinhos mudaram-se para casa do meu tio e vendem droga lá, ele tem medo",
        "a enfermeira do lar é muito bruta com a minha mãe",
        "Deixaram a minha avó sem comer nem beber desde ontem",
        "Burlaram o meu pai ao telefone e levaram-lhe as poupanças",
        "Acho que o meu pai está a ser maltratado no lar",
        "o sobrinho obriga a minha tia a levantar dinheiro todas as semanas",
        "a moça que cuida dela deixa ela sem os remedios",
        "Reparei que o dinheiro da reforma da minha mãe desaparece todos os meses",
        "O neto fechou-a no quarto à chave",
        "Olá, cuido da minha mãe de 82 anos. Queria saber do Attendance Allowance e também contar que o marido "
        "da minha irmã bate na minha mãe quando bebe.",
        "meu pai tem alzheimer e ele me morde e arranha qnd ta agitado",
        "acho que a carer da minha avó lhe rouba dinheiro da carteira",
        "o genro dela fica com a reforma toda e não a deixa comer",
        "o sobrinho da vizinha idosa não deixa ninguém ir ver a tia",
    ),
    "domestic_abuse": (
        "O meu marido bate-me quando bebe e tenho medo dele.",
        "meu companheiro nao me deixa sair de casa nem falar com a minha familia",
        "ele controla todo o meu dinheiro e vê as minhas mensagens",
        "Tenho medo do meu filho, ameaçou matar-me se eu não lhe der dinheiro",
        "Ontem ele pegou numa faca e disse que me matava",
        "minha esposa me bate e ninguém acredita porque sou homem",
        "ele obriga-me a ter relações quando eu não quero",
        "Sofro violência doméstica há anos e não sei a quem pedir ajuda",
        "O meu ex anda atrás de mim e diz que se eu chamar a polícia me mata",
        "ele deu-me um murro na cara à frente dos miúdos",
        "Não me sinto segura em casa com o meu marido",
        "meu namorado quebrou meu braço",
        "o meu marido atira-me coisas quando se irrita",
        "ele tirou-me o telemóvel e o passaporte",
        "O pai dos meus filhos ameaça levar as crianças se eu o deixar",
        "foi há anos e agora ele voltou a bater-me",
        "o meu partner controla o meu telemóvel e não me deixa ver os meus amigos",
        "Cuido do meu sogro com Parkinson e preciso de ajuda com transportes. O meu marido ultimamente empurra-me e "
        "grita comigo, tenho medo.",
        "tenho medo de voltar pra casa, ele tá muito agressivo",
        "o meu filho ameaçou fazer-nos mal a todos",
    ),
    "care_breakdown": (
        "Estou no hospital e a minha mãe está sozinha em casa, ela tem demência.",
        "fui internada de urgência e não há ninguém para cuidar do meu filho deficiente",
        "Não aguento mais, vou-me embora e deixo-o sozinho",
        "a cuidadora não veio e o meu pai não consegue sair da cama sozinho",
        "Não tenho ninguém para ficar com ela esta noite e tenho de ir para o hospital",
        "Vou ser operada amanhã de manhã e o meu marido não pode ficar sozinho",
        "n consigo mais cuidar dela nem mais um dia, preciso de alguém já",
        "A ambulância vai levar-me agora e o meu irmão com autismo não pode ficar sozinho",
        "Tive um acidente e estou nas urgências, quem vai dar a medicação à minha mãe?",
        "cancelaram o apoio domiciliário de hoje e ela está acamada sozinha",
        "A minha mãe teve alta hoje mas mandaram-na para casa sem apoio nenhum",
        "Estou com covid, muito doente, e não consigo levantar a minha mãe da cama, ninguém me pode ajudar",
        "A mãe foi levada para o hospital e eu fiquei sozinha com os meus irmãos pequenos",
        "não dá mais, vou deixar o meu pai nas urgências e ir embora",
        "Sou a única cuidadora da minha avó, caí e parti a perna, estou no hospital. Quem cuida dela agora?",
        "ninguém veio levantar a minha mãe hoje e eu estou presa no trabalho",
        "tou internado desde ontem e o meu pai com demencia ta sozinho em casa, ngm sabe",
        "Estou no A&E e o meu dad com dementia está sozinho em casa",
        "a carer não veio hoje e a minha mãe está sozinha na cama sem comer",
        "querem internar-me hoje e não tenho ninguém para ficar com a minha mãe",
        "parti a perna e a minha mãe acamada está sozinha em casa",
        "desmaiei no trabalho e não há ninguém que possa ir ver o meu pai",
        "estou de cama com gripe, não me consigo levantar e o meu marido está sozinho",
    ),
}

LOOKALIKES = (
    # Idioms.
    "Estou morta de cansaço, a minha mãe não dormiu a noite toda.",
    "Morro de saudades do tempo em que tinha uma folga.",
    "O meu marido mata-me de rir com as piadas dele.",
    "Quase morri de susto quando o alarme tocou.",
    "ando a matar-me a trabalhar para pagar as contas",
    "Mato-me a limpar a casa e ninguém agradece.",
    "Esta papelada dá cabo de mim.",
    "Estou a morrer de fome, ainda não almocei.",
    "Quero morrer de vergonha, esqueci-me da consulta da minha mãe.",
    "Ela está morta por ir de férias.",
    "Esta dor de costas mata-me.",
    "Bato com a cabeça nas paredes com tanta burocracia.",
    "ando a bater com a cabeça nas paredes com os formulários do PIP",
    "A história daquela família tocou-me muito.",
    "Magoa-me ver o meu pai assim tão confuso.",
    "me bate uma tristeza quando vejo minha mae assim",
    "tô morrendo de sono, o bebê acordou 5 vezes",
    "Queria desaparecer uns dias para descansar.",
    "Estou farta, apetece-me fugir para uma ilha deserta.",
    # Tired, stressed, asking for help.
    "Estou exausta, preciso de uma pausa.",
    "Não consigo cuidar dela sozinha, que apoios existem?",
    "não aguento mais esta papelada, alguém me ajuda com o formulário?",
    "Sinto-me muito sozinha desde que comecei a cuidar do meu marido.",
    "tô cansada demais, preciso de um descanso urgente",
    # Denied or over.
    "Não estou a pensar em me matar, só estou muito cansada.",
    "não quero morrer, quero é ajuda com a papelada",
    "Há dois anos cortava-me, mas já passou e agora estou bem.",
    "Nunca pensei em fazer mal a mim mesma, só preciso de descansar.",
    "Tenho andado em baixo, mas não estou em perigo.",
    "A minha mãe caiu a semana passada, mas já está bem.",
    "O meu pai teve um AVC há três anos e eu cuido dele.",
    "Quando era adolescente o meu pai batia-me, agora cuido dele e é difícil.",
    "o meu pai engasgou-se ao almoço mas já está bem",
    "Ele tem dias maus em que fica muito irritado, mas nunca me fez mal.",
    # TV and news.
    "Vi na série uma personagem a tentar matar-se, fiquei impressionada.",
    "Na novela de ontem a personagem desmaiou no casamento, ri-me imenso.",
    "Li no jornal sobre uma senhora agredida pelo marido aqui na rua, que horror.",
    "Ontem vi um episódio de Casualty em que um doente parava de respirar.",
    "Vi nas notícias que um idoso morreu sozinho em casa, fiquei a pensar na minha mãe.",
    # Medicines asked about normally.
    "Quantos comprimidos de paracetamol posso dar à minha mãe por dia?",
    "Qual é a dose máxima de paracetamol para uma pessoa de 80 anos?",
    "O meu pai tomou os comprimidos todos hoje sem reclamar, que alívio!",
    "Esqueci-me de dar o comprimido da tensão ao meu pai, dou agora ou espero?",
    "Ela toma os comprimidos todos de manhã, posso passar alguns para a noite?",
    "Preciso de uma ambulância para levar o meu pai à consulta de hemodiálise.",
    "guardo os remédios dela fechados num armário alto, é suficiente?",
    # Everyday care.
    "A minha mãe quer morrer em casa e não no hospital, como organizo os cuidados paliativos?",
    "Ela tem epilepsia e às vezes tem convulsões, como peço o PIP?",
    "Ela engasga-se às vezes a comer, o terapeuta da fala vem cá na terça.",
    "O médico disse que a falta de ar dele é da DPOC.",
    "A minha mãe tem medo de tomar banho sozinha.",
    "Tenho medo de ela cair quando vai à casa de banho sozinha.",
    "Tenho medo dele cair na rua.",
    "Ele não me deixa dormir, acorda cinco vezes por noite.",
    "A minha mãe tem demência e às vezes fica agitada ao fim da tarde.",
    "Tranco a porta à noite para o meu pai não sair, é normal?",
    "Levo a reforma do meu pai aos correios todos os meses.",
    "Fico com o cartão da minha mãe para fazer as compras dela, ela autorizou.",
    "A minha irmã trata das finanças da minha mãe, temos procuração.",
    "A minha mãe fica sozinha à tarde enquanto trabalho.",
    "Vou ao casamento da minha irmã em junho, quem pode ficar com a minha mãe?",
    "Vou ser operada em março, como planeio quem cuida do meu pai?",
    "Quando estive internada no ano passado, a minha irmã cuidou da mãe.",
    "A cuidadora não veio hoje outra vez, posso fazer queixa?",
    "O meu pai saiu do hospital ontem e a equipa de reabilitação vem cá todos os dias.",
    "Quero acabar com esta papelada toda hoje.",
    "Cortei-me a descascar batatas, nada de grave.",
    "Quase desmaiei de cansaço no supermercado.",
    "O meu filho partiu o meu telemóvel sem querer.",
    "O meu marido controla a diabetes só com a dieta.",
    "a minha filha mexe no meu telemovel para me ajudar a responder as mensagens",
    # Children helping and growing up normally.
    "O meu filho de 12 anos ajuda-me a pôr a mesa e a arrumar a cozinha.",
    "A minha neta de 10 anos adora fazer companhia à avó depois da escola.",
    "Os miúdos ficam sozinhos meia hora depois da escola até eu chegar.",
    "O meu filho caiu do baloiço e ficou com uma nódoa negra no joelho.",
    "O meu filho leva as encomendas à vizinha idosa todas as semanas.",
    "O pai dela bate palmas sempre que ela aprende uma palavra nova.",
    "O meu filho bate à porta do quarto todas as manhãs para me acordar.",
    "Ando a juntar dinheiro para umas férias com os miúdos.",
    "Queria tomar os comprimidos todos à mesma hora, é possível?",
    "Penso em tomar os comprimidos todos de manhã, é melhor assim?",
    "Não vou estar cá muito mais tempo hoje, vou de férias amanhã.",
    "Tenho cancro e não vou estar cá muito mais tempo, quem vai cuidar do meu filho?",
    "O meu pai ficou roxo de raiva com a carta do council.",
    "O joelho dela ficou todo roxo da queda da semana passada, mas já está melhor.",
    "O meu pai deixou de beber há dois meses, estou orgulhosa dele.",
    "O meu cão fugiu e está doente, estou preocupada.",
    "O meu filho autista não deixa ninguém entrar no quarto dele.",
    "Quando ela está em crise, quem devo chamar?",
    "O meu pai tem esquizofrenia e às vezes fica psicótico, como peço ajuda ao CMHT?",
    "O médico não a deixa comer doces por causa da diabetes.",
    "Vou ser operada em março e não tenho ninguém para ficar com o meu pai, o que faço?",
    "O meu marido foi embora há anos e fiquei sozinha com os miúdos.",
    "Escrevi uma carta ao council sobre o PIP da minha mãe.",
    "A minha mãe ouve vozes às vezes, mas está medicada e estável.",
    # Round 2: ordinary messages that fooled the rules once.
    "Sou filha única e vivo longe. O meu pai está internado e o hospital quer mandá-lo para casa. Ninguém me explica o plano de alta.",
    "Na novela de ontem o vilão ameaçou matar a mulher, e a minha mãe com demência ficou muito assustada a ver.",
    "Às vezes tenho vontade de largar tudo e ir para a Madeira uns dias. Preciso de um descanso, quem fica com a minha mãe?",
    "O meu avô sempre disse que queria morrer na terra dele, em Trás-os-Montes. Tem 93 anos, que apoio há para idosos?",
    "O meu marido não respira bem à noite por causa da apneia, tem uma máquina CPAP.",
    "A minha avó viu nas notícias um incêndio num prédio e agora tem medo de ficar sozinha.",
    "Ando a guardar os comprimidos do meu pai num armário fechado à chave por causa da demência.",
    "A minha sogra levou uma queda no jardim, partiu o pulso e já foi engessada. Vem ficar connosco enquanto recupera.",
    "O meu pai tem o coração fraco e às vezes sente dor no peito quando sobe escadas, o cardiologista já sabe.",
    "Fui ver a minha mãe ao hospital e ela estava a dormir, não acordou durante a visita, mas as enfermeiras dizem que é normal.",
    "O meu patrão diz que me mata se voltar a faltar, a brincar claro, mas queria saber se tenho direito a carer's leave.",
)
