"""The pt rules for harm by others or a care breakdown: a child or an adult at risk, domestic abuse, care that has broken down."""
from __future__ import annotations

from bot.safety.languages.pt.vocabulary import _rules

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
