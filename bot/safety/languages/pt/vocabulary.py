"""The shared pieces of vocabulary and helpers the pt rules are written with."""
from __future__ import annotations

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
