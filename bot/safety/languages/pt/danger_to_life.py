"""The pt rules for danger to life: a medical emergency, suicide, self-harm."""
from __future__ import annotations

from bot.safety.languages.pt.vocabulary import _NOT_MATAR_IDIOM, _NOT_MORRER_IDIOM, _rules

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
