"""The es rules for harm by others or a care breakdown: a child or an adult at risk, domestic abuse, care that has broken down."""
from __future__ import annotations

from bot.safety.languages.es.vocabulary import (CARER_OUT, CHILD, CHILD_OBJ, HELPER, HIM_HIT, HIT_STRONG, KIN, LATER,
                                                LEFT_ALONE, ME_HIT, NOT, NOT_A_BLOW, NOT_IDIOM_KILL, PARENT, PARTNER)

HARM_BY_OTHERS = {
    "child_at_risk": (
        # A parent, step-parent or a parent's partner hitting a child or "me/nos" (the writer may be a child).
        rf"\b(?:mi|mis|su|el|la) (?:{PARENT}|novio de mi (?:madre|mama)|pareja de mi (?:madre|mama|padre|papa)|novia de mi (?:padre|papa)"
        rf"|tio)\b.{{0,80}}{ME_HIT}",
        rf"\b(?:mi|mis|su) (?:{PARENT}|novio de mi (?:madre|mama)|pareja de mi (?:madre|mama))\b.{{0,60}}{HIM_HIT}\b.{{0,40}}\ba (?:nosotros"
        rf"|mi y a mis hermanos|mis hermanos|todos)\b",
        rf"{HIM_HIT} {CHILD_OBJ}\b|\b(?:pega|golpea|maltrata|pegan|golpean|maltratan|zarandea|sacude|quema|quemo) {CHILD_OBJ}\b",
        rf"\b(?:le|les|me|nos) (?:pega|pegan|pego|pegaba|da|dan|dio) (?:\w+ )?con (?:el|la|un|una) (?:cinturon|correa|palo|zapatilla|chancla"
        rf"|chancleta|cable|cuchara de palo|vara|regla)\b",
        # Sexual abuse and grooming.
        rf"\babus\w* (?:sexualmente )?de {CHILD}\b|\b(?:abuso|abusos) (?:sexual|sexuales) (?:a|de|con) {CHILD}\b|\b(?:abuso|maltrato"
        rf"|negligencia) infantil\b|\babuso de menores\b",
        r"\b(?:me|la|lo|le|les) (?:toca|toco|tocaba|ha tocado|manosea|manoseo|ha manoseado) (?:sus |mis |las |los )?(?:partes|partes intimas"
        r"|donde no|por debajo de la ropa|el culo|los pechos)\b"
        r"|\b(?:me|la|lo|le) (?:manosea|manoseo|ha manoseado)\b",
        r"\bfotos (?:desnud\w*|intimas|sin ropa|en ropa interior|de sus partes|sexys|porno)\b|\b(?:hace|haciendo|hacen|sufre|sufriendo|victima de"
        r"|es|esta sufriendo) grooming\b|\bgrooming a (?:mi|su)\b"
        r"|\b(?:me|le) (?:dijo|dice|ha dicho) (?:que )?no se lo (?:diga|dijera|cuente|contara) a (?:mi|mis|su|sus) (?:madre|padre|padres|mama|papa"
        r"|papas)\b|\bes nuestro secreto\b",
        r"\b(?:le|lo|la|les|los|me|nos) (?:obligan|obliga|hacen|usan|mandan|utilizan) (?:a|para) (?:vender|llevar|mover|pasar|guardar) (?:droga"
        r"|drogas|paquetes|hierba|mercancia)\b",
        # Children left alone, without food, too frightened to go home.
        r"\b(?:nos|los|las|les|a los ninos|a mis hermanos|al bebe|a la nina|al nino|a mis hijos) (?:deja|dejan|dejo|dejaron|ha dejado|han dejado"
        r"|dejaba|dejaban)"
        r" (?:\w+ )?(?:sol[oa]s?|sin (?:comida|comer|nadie|un adulto))\b(?! con)",
        rf"\b(?:deja|dejan|dejo|dejaron|ha dejado|han dejado|dejaba|dejaban) {CHILD_OBJ} (?:\w+ )?sol[oa]s?\b(?! con)",
        rf"\b(?:mi|mis) {PARENT}\b.{{0,40}}\bme (?:deja|dejan|dejo|dejaron|dejaba) sol[oa] (?:\w+ )?(?:toda la noche|todo el fin|varios dias|dias"
        rf"|por las noches|por la noche|hasta)\b",
        rf"^(?=.*(?:\b(?:ninos|ninas|hijos|hijas|hermanos|hermanitos|bebe|peques|crios|chiquitos|nenes)\b|\btengo (?:1[0-7]|[5-9]|cinco|seis|siete"
        rf"|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete) anos\b))"
        r".*\bno (?:hay|tenemos) (?:nada de |nada |nada para )?(?:comida|comer|de comer) (?:en (?:casa|la casa|la nevera|el piso|el depa)|desde)\b",
        r"\b(?:miedo|panico|terror) (?:de |a )?(?:volver|ir|regresar|llegar) a (?:casa|mi casa)\b|\bno quiero (?:volver|regresar) a (?:casa|mi casa)\b",
        r"\b(?:demasiado |tan |muy |super )?(?:borrach[oa]s?|drogad[oa]s?|colocad[oa]s?|ciegos?|pedo|bolos?) (?:para|como para"
        r"|que no (?:puede|pueden|se puede)) (?:cuidar|cuidarnos|atender|hacer la comida|levantarse|despertarse|llevarnos|darnos de comer)",
        rf"\b(?:mi|mis) {PARENT}\b.{{0,60}}\b(?:borrach|drogad|colocad)\w*\b.{{0,60}}\b(?:sol[oa]s|no hay comida|dias|miedo|nos pega|me pega"
        rf"|hermanitos|hermanos pequenos)",
        # A child kept from school to care for the family.
        r"\bno (?:puedo ir|voy|he ido|he podido ir|fui|puede ir|va|ha ido|ha podido ir|vamos) (?:al|a la) (?:cole|colegio|instituto|insti|escuela"
        r"|prepa|secundaria)\b"
        r".{0,80}\b(?:cuidar|cuido|cuidando|cuidarl[oa]|mis hermanos|toda la noche)\b",
        r"\b(?:mi hermanito|mi hermanita|mi hermano pequeno|mi hermana pequena|mis hermanos|mis hermanitos) y yo (?:estamos|nos quedamos"
        r"|nos hemos quedado|llevamos) sol[oa]s\b"
        rf"|\b(?:mi|mis) {PARENT} no (?:ha vuelto|han vuelto|vuelve|vuelven|viene|vienen|ha venido|han venido) (?:a casa )?(?:desde"
        rf"|en (?:\w+ )?dias|hace)\b",
        r"\b(?:mis hermanos y yo|mi hermano y yo|mi hermana y yo|mis hermanitos y yo|los ninos|mis hijos|los peques|los crios) (?:llevamos|llevan"
        r"|estamos|estan) (?:\w+ ){0,2}(?:sin comer|sin comida|sol[oa]s (?:desde|hace|toda|todo|varios|dos|tres|\d))\b",
        r"\b(?:ninos|ninas|crios|peques|bebe|hijos|chiquitos|nenes)\b.{0,30}\b(?:estan|llevan|se quedan|se quedaron|pasan"
        r"|se han quedado) (?:\w+ )?sol[oa]s (?:desde|hace|toda la noche|todo el dia|todo el fin|varios dias|dias|por la noche|de noche)\b"
        r"|\blos padres no (?:han vuelto|vuelven|aparecen|han aparecido)\b",
        rf"\b(?:mi|mis|su|sus) {PARENT}\b.{{0,60}}\b(?:nos|me) (?:encierra|encierran|encerro|encerraba|tiene encerrad[oa]s?)\b|\bnos (?:encierra"
        rf"|encierran|encerro|encerraba)\b",
        r"\b(?:conocio|conoce|conocido|conoci|habla|hablando|chatea|chateando)\b.{0,30}\b(?:por|en) (?:internet|tiktok|instagram|snapchat|un juego"
        r"|roblox|fortnite|whatsapp|discord|redes|las redes|un chat)\b"
        r"(?=.{0,120}\b(?:hij[oa]|nin[oa]|niet[oa]|sobrin[oa]|(?:1[0-7]|[5-9]) anos)\b).{0,120}\b(?:quedar|regalos|le regala|le manda|dinero|fotos"
        r"|no se lo diga|secreto)\b"
        r"|\b(?:hij[oa]|nin[oa]|niet[oa]|sobrin[oa]|(?:1[0-7]|[5-9]) anos)\b.{0,120}\b(?:conocio|conoce|habla|chatea)\w*\b.{0,30}\b(?:por"
        r"|en) (?:internet|tiktok|instagram|snapchat|un juego|roblox|fortnite|discord|redes|un chat)\b.{0,80}\b(?:quedar|regalos|le regala|le manda"
        r"|dinero|fotos|secreto)\b",
        r"\b(?:me|le|la|lo) (?:hace|hacia|ha hecho|hizo|obliga a hacer|obligaba a hacer) cosas (?:sexuales|raras|malas|por la noche|de noche"
        r"|que no (?:quiere|quiero|le gustan|me gustan)|en la cama|cuando)"
        r"|\b(?:padrastro|tio|primo|abuelo|vecino|novio de|hombre|senor|entrenador|profesor|profe|monitor)\b.{0,40}\b(?:me|le|la|lo) (?:hace|hacia"
        r"|ha hecho|hizo) cosas\b",
        r"^(?=.*\b(?:hij[oa]s?|nin[oa]s?|sobrin[oa]s?|niet[oa]s?|bebe|peques?|crios?|nenes?|chiquit[oa]s?|hermanit[oa]s?)\b).*\b(?:l[oa]s?"
        r"|les) (?:deja|dejan|dejo|dejaron|dejaba|dejaban|ha dejado|han dejado)"
        r" sol[oa]s? (?:toda la noche|todo el dia|todo el fin de semana|varios dias|dias|por la noche|de noche|por las noches|hasta)\b",
        rf"\b(?:acosando|acosa|acoso|acosan|acosaba) (?:sexualmente )?{CHILD_OBJ}\b"
        r"|^(?=.*\b(?:hij[oa]|nin[oa]|niet[oa]|sobrin[oa]|(?:1[0-7]|[5-9]) anos)\b).*\b(?:le|les) (?:pide|piden|pidio|pidieron|exige"
        r"|exigen) fotos\b(?! de (?:el|la|los|las|mi|su|sus|tu|la familia|cuando)\b)",
        r"\bmarcas de (?:correa|cinturon|cable|palo|zapatilla|chancla)\b",
        r"\bcuido (?:a|de) mis hermanos (?:\w+ )?(?:toda la noche|sol[oa]|todas las noches|yo sol[oa])\b",
        # Marks on a child.
        rf"\b(?:moratones|moretones|cardenales|morados|marcas|quemaduras|hematomas)\b.{{0,60}}\b(?:{CHILD}|nino|nina|bebe)\b.{{0,60}}\b(?:cinturon|correa"
        rf"|no sabe explicar|no quiere decir|sin explicacion|le pegan|le pega)"
        rf"|\b(?:{CHILD}|nino|nina|bebe)\b.{{0,60}}\b(?:moratones|moretones|cardenales|morados|marcas|quemaduras|hematomas)\b.{{0,60}}\b(?:cinturon|correa"
        rf"|no sabe explicar|no quiere decir|sin explicacion|le pegan|le pega"
        r"|(?:se los|se las|se lo|le) (?:hace|hizo|ha hecho|hacen|dejo|deja))",
        rf"\btengo (?:1[0-7]|[5-9]|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis"
        rf"|diecisiete) anos\b.{{0,100}}(?:{ME_HIT}|\bmiedo de (?:mi|mis) {PARENT}\b"
        r"|\bno nos (?:da|dan|daba|hace|hacen) de comer\b|\bno hay (?:nada de )?comida\b|\b(?:me|nos) (?:deja|dejan) sol[oa]s?\b|\b(?:estoy|estamos"
        r"|me quedo|me he quedado|nos quedamos|nos hemos quedado|llevo|llevamos) sol[oa]s? (?:en casa )?(?:desde|hace|toda|todo|varios|dos|tres)\b"
        r"|\bme (?:toca|manosea|toco)\b(?! (?:\w+ar|\w+er|\w+ir|a mi)\b))",
        r"\bno nos (?:da|dan|daba|daban) de comer\b|\b(?:borrach|drogad|bebe mucho|toma mucho|se droga|se emborracha)\w*\b.{0,60}\b(?:no nos"
        r"|nos deja|solos|no hay comida|no comemos|no comen|pasan hambre|pasamos hambre|no tienen (?:que|q) comer|sin comer)\b",
        r"\b(?:novio de mi (?:madre|mama)|novio de su (?:madre|mama)|pareja de mi (?:madre|mama)|padrastro|tio|primo|vecino|hombre|senor|entrenador"
        r"|profesor|profe|monitor)\b.{0,40}"
        r"\b(?:(?:me|la|lo|le) (?:toca|toco|tocaba|ha tocado|manosea|manoseo)\b(?! (?:a mi|a el|a ella|la loteria|\w+ar|\w+er|\w+ir)\b)"
        rf"|(?:toca|toco|tocaba|ha tocado|manosea|manoseo) {CHILD_OBJ}\b(?! (?:\w+ar|\w+er|\w+ir)\b))",
        rf"\b{CHILD}\b.{{0,60}}\b(?:su|mi) {PARENT}\b.{{0,30}}{HIM_HIT}|\b(?:tiene|tienen) (?:mucho )?miedo (?:de|a) (?:su|sus) (?:padre|madre"
        rf"|padrastro|madrastra|papa|mama|padres)\b",
        rf"\ba {CHILD}\b.{{0,20}}(?:{HIM_HIT}|\b(?:la|lo|le|les) (?:estan|esta) (?:maltratando|pegando))",
        r"\b(?:cuidar|cuido|cuidando)\b.{0,60}\bno (?:puedo ir|voy|he ido|he podido ir|fui|puede ir|va|ha ido|ha podido ir|vamos) (?:al"
        r"|a la) (?:cole|colegio|instituto|insti|escuela|prepa|secundaria)\b",
        # A parent gone for days: "mi mamá lleva 3 días sin venir".
        rf"\b(?:mi|mis) {PARENT}\b(?: \w+){{0,2}} (?:lleva|llevan) (?:\w+ ){{0,2}}(?:dias|noches|semanas) sin (?:venir|volver|aparecer|regresar"
        r"|llegar|venir a casa|volver a casa|dormir en casa)\b",
        # No food and a parent who cannot get up, from a child: "tengo 11".
        r"^(?=.*\btengo (?:1[0-7]|[5-9]|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)(?: anos\b| anitos\b"
        r"|(?= (?:y|e|pero|porque|xq|pq|mi|mis|no|estoy|ya)\b| ?$)))"
        r".*\b(?:no (?:hay|tenemos) (?:nada de |nada |nada para )?(?:comida|comer|de comer)|no (?:se levanta|sale) de la cama"
        r"|no nos (?:da|dan|hace|hacen) de comer)\b",
        # Grooming: a man giving money and wanting to meet alone.
        r"\b(?:un|el|este|ese|otro) (?:senor|hombre|adulto|tipo|desconocido|chico mayor|muchacho mayor)\b.{0,80}\b(?:quiere (?:que|q) nos"
        r" (?:veamos|vemos|quedemos)|(?:me|le|nos) (?:quiere ver|pide vernos|pide quedar|pide que (?:vaya|me vea|se vea))|quiere quedar"
        r" conmigo)\b(?: \w+){0,2} (?:a solas|sol[oa]s|en secreto|sin que (?:nadie|mi|mis) \w+ (?:lo )?sep\w+)\b",
        r"\b(?:un|el|este|ese|otro) (?:senor|hombre|adulto|tipo|desconocido)\b(?: \w+){0,2} (?:me|le|nos) (?:da|regala|manda|compra|ofrece"
        r"|dio|regalo|mando|ha dado|ha regalado) (?:\w+ )?(?:plata|dinero|regalos|saldo|robux|pavos|vbucks)\b.{0,80}\b(?:a solas|en secreto"
        r"|que no (?:se lo )?(?:diga|cuente)|no se lo (?:diga|digas|cuente|cuentes)|quedar|vernos|veamos|su casa|su coche)\b",
    ),
    "adult_at_risk": (
        # The person cared for, or a relative, hitting the carer ("mi madre con demencia me pega").
        rf"\b(?:mi|mis|su) {KIN}\b(?!(?: \w+)? de (?:[1-9]|1[01]|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once) (?:anos|anitos|ano|meses)\b)(?!.{{0,30}}\bbebe\b).{{0,80}}{ME_HIT}",
        # A paid carer, staff or a neighbour harming the person cared for.
        rf"\b{HELPER}\b.{{0,60}}(?:{HIM_HIT}|\b(?:le|la|lo|les) (?:grita|gritan|insulta|insultan|humilla|humillan|amenaza|amenazan|trata mal"
        rf"|tratan mal"
        r"|roba|roban|robo|ha robado|han robado|ata|atan|encierra|encierran|deja sin|dejan sin|zarandea|zarandean|empuja|empujan|pellizca"
        r"|pellizcan)\b)",
        rf"\b{HELPER}\b.{{0,60}}\b(?:ata|atan|pega|pegan|grita|gritan|maltrata|maltratan|insulta|insultan|empuja|empujan|zarandea|zarandean|roba"
        rf"|roban|encierra|encierran|pellizca|pellizcan)"
        rf" a (?:mi|su|los|las) (?:{KIN}|residentes|abuel\w+|ancianos|mayores)\b"
        rf"|\b{HELPER}\b.{{0,40}}\b(?:le|la|lo|les) (?:esta|estan) (?:robando|pegando|maltratando|gritando|insultando|empujando|quitando"
        rf"|sacando dinero)\b",
        rf"\b(?:tienen|tiene|dejan|deja|dejo|dejaron|ha dejado|han dejado) a (?:mi|su) {KIN} (?:\w+ ){{0,2}}(?:sin (?:comer|comida|banar|duchar|asear"
        r"|lavar|cambiar|medicacion|medicinas|medicamentos|pastillas|sus pastillas|agua|beber|calefaccion)"
        rf"|sucia|sucio|mead[oa]|atad[oa]|encerrad[oa])\b",
        r"\b(?:le|les) (?:pide|piden|exige|exigen|saca|sacan|sonsaca) dinero\b.{0,80}\b(?:miedo|no sabe decir que no|no se atreve|amenaza|presiona"
        r"|obliga|se enfada)"
        r"|\ble tiene miedo (?:al|a la|a su) (?:vecino|vecina|hijo|hija|nieto|nieta|sobrino|sobrina|cuidador|cuidadora|inquilino|yerno|nuera)\b",
        r"\b(?:esta|estan|es|son|fue|ha sido) siendo (?:maltratad|estafad|explotad|abusad|enganad|robad|amenazad|descuidad|desatendid)\w*\b"
        r"|\b(?:han|ha|le han|le ha|les han) (?:vaciado|limpiado|dejado a cero|sacado todo de) (?:la|su|sus) (?:cuenta|cuentas|cartilla|libreta)\b",
        r"\b(?:le|la|lo|les) (?:maltratan|esta maltratando|estan maltratando|han maltratado|maltrataron)\b"
        rf"|\bmaltrat\w* a (?:mi|su|los|las) (?:{KIN}|residentes|ancianos|mayores|abuelos)\b|\bmaltrato (?:en la residencia"
        rf"|a (?:los )?(?:mayores|ancianos))\b",
        # Money taken: "le roban la pensión", "se queda con su paga" (not "yo le saco el dinero").
        r"(?<!\byo )\b(?:le|les) (?:roba|roban|robaba|robo|robaron|ha robado|han robado|esta robando|estan robando|quita|quitan|quitaron|ha quitado"
        r"|han quitado|esta quitando"
        r"|estan quitando|saca|sacan|ha sacado|han sacado|esta sacando|estan sacando|vacio|vaciaron|ha vaciado|han vaciado) (?:\w+ )?(?:el |la |su "
        r"|sus |todo el |toda la |todos los )?"
        r"(?:dinero|pension|paga|ahorros|tarjeta|cartilla|joyas|sueldo|cuenta|anillos|libreta|subsidio|prestacion)\b",
        r"\bse (?:queda|quedan|quedo|quedaron|ha quedado|han quedado|esta quedando"
        r"|estan quedando) con (?:(?:su|la|el|toda la|todo el|sus) (?:pension|dinero|paga|sueldo|ahorros|subsidio|prestacion)"
        r"|su tarjeta|la tarjeta (?:del banco|de credito|de debito|bancaria|de (?:mi|su) \w+))\b",
        r"\b(?:la|lo|le|les) (?:esta|estan) robando\b|\b(?:usa|usan|usando|uso|ha usado) (?:su|la) tarjeta (?:sin (?:permiso|que)|a escondidas)\b"
        r"|\babuso (?:economico|financiero|patrimonial)\b"
        r"|\bdesaparec\w* (?:el )?dinero (?:de|en) (?:su|la) (?:cuenta|cartera|monedero|bolso)\b|\ble falta dinero (?:de|en) (?:su|la) (?:cuenta"
        r"|cartera|monedero|bolso)\b",
        rf"\b(?:la|lo|le|les) (?:esta|estan|han|ha) (?:estafando|estafado|timando|timado|enganando|enganado|sacando dinero)\b|\bse (?:aprovecha"
        rf"|aprovechan|estan aprovechando|esta aprovechando|ha aprovechado|han aprovechado|aprovecho|aprovechaba) de (?:ella|el|mi {KIN}|su {KIN})\b",
        r"\b(?:la|lo|le) (?:obligo|obligaron|obliga|obligan|han obligado|ha obligado|presiona|presionan) (?:a )?(?:firmar|darle|sacar"
        r"|cambiar (?:el|su) testamento|poner la casa)\b",
        # Neglect: left without food, medicine, dirty, tied or locked in.
        r"\b(?:la|lo|les|los|las) (?:dejan|deja|tienen|tiene|han dejado|ha dejado|dejaron|dejo) (?:\w+ ){0,3}(?:sin comer|sin comida|sin agua"
        r"|sin beber|sin medicacion|sin (?:sus|las) pastillas"
        r"|sin cambiar|sin lavar|sin banar|sin duchar|sin asear|sucia|sucio|mead[oa]|cagad[oa]|en (?:su|sus) (?:orina|orines|heces|caca|pis)"
        r"|todo el dia en la cama|encerrad[oa]|atad[oa])\b",
        r"\bno (?:le|les) (?:dan|da|han dado|dieron|estan dando) (?:de comer|la comida|(?:la|su|sus) (?:medicacion|pastillas|medicinas|insulina)"
        r"|agua|de beber)\b"
        r"(?! (?:nada )?(?:salado|dulce|con azucar|solido|despues de|antes de))",
        r"\blleva (?:\w+ ){0,2}(?:dias|semanas) (?:sin comer(?! (?:bien|mucho|normal|igual|como antes|con ganas))(?!.{0,40}\b(?:quimio|gripe|virus"
        r"|apetito|resfriado|estomago|nauseas)\b)|sin beber|sin (?:su|la|sus) (?:medicacion|pastillas|insulina)|sin que nadie (?:la|lo"
        r"|le) (?:cambie|lave|vea|atienda)"
        r"|en la misma ropa|en el mismo panal|sin cambiar|sin lavar)\b",
        r"\b(?:lleva|llevan) (?:\w+ ){0,2}(?:dias|horas) sin (?:cambiarle|cambiarla|cambiarlo|lavarle|lavarla|lavarlo|darle de comer"
        r"|darle (?:la|su|sus) (?:medicacion|pastillas|insulina))\b"
        r"|\bno (?:le|la|lo) (?:cambian|lavan|cambiaron|han cambiado) (?:el panal|la ropa|las sabanas) (?:en|desde|hace) ",
        r"\b(?:moratones|moretones|cardenales|morados|hematomas|marcas|heridas|aranazos"
        r"|arañazos)\b.{0,80}\b(?:no (?:sabe|saben|supieron|pueden|quieren|me (?:saben|quieren|pueden)) (?:explicar|decir|de donde)"
        r"|sin explicacion|nadie (?:sabe|me explica|me dice|explica)|dicen que se (?:cayo|golpeo|lo hizo))",
        r"\bdesnutrid[oa]\b|\b(?:la|lo|le) (?:tienen|tiene|han) abandonad[oa]\b",
        # Pressure sores are a sign of neglect when no one is turning or treating the person.
        r"\b(?:ulceras por presion|escaras|llagas (?:en la espalda|en el culo|en los talones|en el trasero|de estar))\b.{0,80}\b(?:nadie"
        r"|no (?:la|lo|le) (?:cambian|mueven|curan|giran)|la dejan|lo dejan|abandon|sin (?:curar|cambiar|mover)|huele|infectad|hasta el hueso"
        r"|no hace nada|no hacen nada)"
        r"|\b(?:nadie|no (?:la|lo|le) (?:cambian|mueven|curan|giran)|la dejan|lo dejan)\b.{0,80}\b(?:ulceras por presion|escaras)\b",
        r"\b(?:atad[oa] a la (?:cama|silla)|(?:la|lo|le) atan (?:a|en) la (?:cama|silla))\b|\b(?:la|lo|le|me) (?:tienen|tiene) encerrad[oa]\b"
        r"|\b(?:la|lo|le|me) (?:encierran|encierra) (?:en|con llave)\b",
        r"\bno (?:me|nos) (?:dejan|deja) (?:verla|verlo|visitarla|visitarlo|hablar con (?:ella|el|mi \w+)|entrar)\b"
        r"(?!.{0,40}\b(?:gripe|covid|brote|virus|infeccion|cuarentena|aislamiento|normas|horario|protocolo|obras)\b)",
        # The carer afraid of hurting the person (not "al levantarla").
        r"\b(?:miedo|panico|temo|terror) (?:de|a)? ?(?:que )?(?:hacerle dano|le haga dano|hacerle algo|le haga algo|pegarle|zarandearl[oa]"
        r"|sacudirl[oa]|perder los nervios con (?:ella|el))\b"
        r"(?! (?:al|cuando|mientras|sin querer|si)\b)",
        r"(?<!\bque )(?<!\bq )\b(?:le|la|lo) (?:pegue|he pegado|e pegado|di una bofetada|di un tortazo|di una cachetada|zarandee|he zarandeado"
        r"|empuje|he empujado)\b"
        r"(?! (?:un grito|una voz|la bronca|gritos|voces|una pegatina|la etiqueta))",
        # Made to sign, locked in: "le hace firmar papeles", "encierra a mi mamá en su cuarto".
        r"(?<!\bnotario )(?<!\bbanco )(?<!\babogado )(?<!\bmedico )\b(?:le|la|lo|les) (?:hace|hacen|hizo|hicieron|ha hecho|han hecho"
        r"|obliga a|obligan a|obligo a|esta haciendo) firmar\b",
        rf"\b(?:encierra|encierran|encerro|encerraron|ha encerrado|han encerrado|tiene encerrad[oa]|tienen encerrad[oa]) a (?:mi|su) {KIN}\b",
    ),
    "domestic_abuse": (
        # A partner, ex or a grown child hitting the writer.
        rf"\b(?:mi|el|la) (?:{PARTNER}|hijo|hija|hermano|hermana|yerno|nuera|cunado|cunada|padre de mis hijos|madre de mis hijos)\b(?!(?: \w+)? de (?:[1-9]|1[01]|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once) (?:anos|anitos|ano|meses)\b).{{0,80}}{ME_HIT}",
        rf"\b(?:mi|su) (?:{PARENT}|{PARTNER}|hijo|hija|hermano|hermana)\b.{{0,40}}{HIM_HIT} a (?:mi|su) (?:madre|mama|mami|padre|papa|mujer|esposa"
        rf"|esposo|marido|pareja|abuela|abuelo)\b",
        # No one named: "me pega cuando bebe".
        # (not a small child's kick: "el niño me da patadas cuando le cambio el pañal")
        rf"^(?!.*\b(?:nino|nina|el bebe|mi bebe|la bebe|un bebe|nene|nena|peque|crio|cria|nieto|nieta|de (?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|1[01]"
        rf"|[1-9]) anos)\b).*?{NOT}(?<!\bse )\b(?:me|m) {HIT_STRONG}\b{NOT_A_BLOW}(?= (?:cuando|cada vez|siempre|todos los dias|a diario|mucho|y|si"
        rf"|porque|xq|pq|delante|otra vez|de nuevo|ayer|anoche|hoy|dos veces|varias veces|muchas veces|alguna vez|a veces|una vez|en la cara"
        rf"|sin motivo|por nada)\b| ?$)",
        rf"\b(?:mi|el|la) (?:{PARTNER}|hijo|hija|hermano|hermana|yerno|nuera)\b.{{0,80}}{NOT}\bme (?:amenaza|ha amenazado|amenazo|humilla|persigue"
        rf"|acosa|vigila|aisla|encierra|escupe|escupio)\b"
        r"(?! (?:la |el |los |las )?(?:tension|azucar|medicacion|pastillas|dieta|glucosa|peso|salud|comida|citas)\b)",
        r"\b(?:sufro|sufre|sufrimos|sufriendo|victima de) (?:\w+ )?(?:maltrato|malos tratos|violencia|abusos?)\b",
        r"\bviolencia (?:de genero|domestica|machista|intrafamiliar|familiar)\b|\bmalos tratos\b|\bmaltrato (?:en casa|domestico|psicologico|fisico"
        r"|de mi)\b"
        r"|(?<!\bno )(?<!\bnunca )\bme (?:maltrata|maltratan|maltrataba|maltrataban|ha maltratado|han maltratado|estan maltratando|humilla|viola|violo|ha violado|forzo|ha forzado"
        r"|obliga a tener relaciones|obligo a tener relaciones)\b",
        r"\b(?:abuso|abusos) (?:sexual|sexuales)\b|\babus(?:a|o|aba|aron|an) (?:sexualmente )?de mi\b|\bme (?:obliga|obligo|obligan|fuerza"
        r"|forzaba) a (?:acostarme|tener sexo|hacer cosas|desnudarme)\b",
        # Threats to kill, hurt or take the children (not "mi jefa me va a matar si llego tarde").
        rf"\b(?:mi|el|la) (?:{PARTNER}|hijo|hija|hermano|hermana)\b.{{0,60}}\b(?:me|nos) (?:va a|quiere|amenaza con|amenazo con|dice que va a"
        rf"|ha dicho que va a) (?:matar|pegar|rajar|apunalar|hacer dano|quemar)\b{NOT_IDIOM_KILL}",
        r"\b(?:amenaza|amenazo|amenazando|me amenaza|me ha amenazado) (?:con )?(?:matarme|matarnos|pegarme|quitarme a (?:los ninos|mis hijos)"
        r"|llevarse a (?:los ninos|mis hijos)"
        r"|denunciarme a inmigracion|que me deporten|echarme a la calle|quemar la casa|rajarme)\b|\bme (?:amenaza|ha amenazado|amenazo) de muerte\b"
        r"|\b(?:dice|dijo) que me va a matar\b",
        # Control: money, phone, going out.
        # (not a boss or a school: "mi jefe no me deja salir antes")
        r"(?<!\byo )(?<!\bjefe )(?<!\bjefa )(?<!\bencargado )(?<!\bencargada )(?<!\bempresa )(?<!\btrabajo )(?<!\bsupervisor )"
        r"(?<!\bsupervisora )\bno me (?:deja|dejan|dejaba) (?:salir(?! (?:antes|temprano|pronto|del trabajo|de la oficina|a las|a fumar"
        r"|a comer|a la hora)\b)|trabajar|ver a (?:mi|mis|nadie)|hablar con (?:nadie|mi|mis)"
        r"|tener (?:dinero|movil|celular|telefono|amigas|amigos)"
        r"|usar el (?:movil|celular|telefono)|ir a ningun|ir sola|ir solo)\b",
        r"(?<!\byo )\bme (?:quita|quito|ha quitado|controla|revisa|esconde|rompio|ha roto) (?:todo |todos |toda )?(?:el |la |mi |los "
        r"|mis )?(?:dinero|sueldo|paga|tarjeta|pasaporte|documentos|papeles|pension|subsidio)\b"
        r"|(?<!\byo )\bme (?:revisa|controla|rompio|ha roto|esconde) (?:el |la |mi |los |mis )?(?:movil|celular|telefono|mensajes|llaves|whatsapp"
        r"|correo)\b"
        r"|(?<!\byo )\bme (?:quita|quito|ha quitado) (?:el |mi |las )?(?:movil|celular|telefono"
        r"|llaves)\b(?! para (?:jugar|ver|usar))(?!.{0,30}\b(?:jaja\w*|jeje\w*|jiji\w*|xd)\b)",
        rf"\b(?:miedo|panico|terror) (?:de|a) (?:mi|su) (?:{PARTNER}|hijo|hija|hermano)\b(?! (?:se|le|no|tenga|caiga|pierda|muera|enferme)\b)"
        rf"|\ble tengo miedo a (?:mi|su) (?:{PARTNER}|hijo|hija|hermano)\b"
        r"|\bmiedo (?:de|a) que (?:me|nos) (?:pegue|mate|haga dano|encuentre)\b|\b(?:tengo miedo|no me siento segura?|no estoy segura?) en (?:mi"
        r"|mi propia) casa\b",
        r"\b(?:se pone|se vuelve|esta|se puso|se ha puesto) (?:muy )?violent[oa]\b",
        r"\bme (?:ha roto|rompio|ha partido|partio) (?:la|el|un|una|los|las) (?:nariz|brazo|labio|costilla|costillas|diente|dientes|muneca"
        r"|mandibula|ceja|dedo|cabeza|pierna)\b"
        r"|\bme (?:ha puesto|puso|dejo|ha dejado) (?:el|un) ojo morado\b",
        r"\bme tiene (?:muy )?(?:controlad[oa]|vigilad[oa]|amenazad[oa]|aislad[oa]|encerrad[oa]|atemorizad[oa]"
        r"|aterrorizad[oa])\b(?! (?:la|el|los|las)\b)"
        r"|\bno (?:puedo|me deja) (?:salir|ir a ningun (?:sitio|lado)|ver a nadie|hablar con nadie|gastar) sin (?:su|el) permiso\b"
        r"|\bvivo con miedo (?:a|de) (?:mi|su|el|ella)\b",
        # A weapon held up at home.
        r"\b(?:cuchillo|machete|navaja|pistola|arma|martillo|tijeras)\b.{0,60}\b(?:amenaz|matarme|me (?:quiere|va a) matar|me persigue|hacia mi"
        r"|contra mi|al cuello)"
        r"|\b(?:me|nos) (?:amenaza|amenazo|apunto|apunta|persiguio|persigue) (?:\w+ ){0,2}con (?:un|una|el|la) (?:cuchillo|machete|navaja|pistola"
        r"|arma|martillo|tijeras)\b",
        r"\bme (?:agarro|agarra|cogio|coge) (?:del|por el) (?:cuello|pelo)\b|\bme (?:intento|quiso) (?:ahorcar|estrangular|ahogar)\b",
        # Control: "mi pareja controla todo lo que hago".
        rf"\b(?:mi|el|la) (?:{PARTNER}|hijo|hija)\b.{{0,40}}\b(?:me )?(?:controla|vigila|revisa|controlaba|vigilaba) (?:todo lo que (?:hago"
        r"|gasto|digo|como|escribo)|con quien (?:hablo|salgo|estoy)|a donde voy|adonde voy|donde estoy|mis (?:mensajes|llamadas|gastos|salidas"
        r"|cuentas)|mi (?:movil|celular|telefono|dinero|ropa))\b",
        # Threats about papers and deportation: "amenaza con llamar a inmigración si lo dejo".
        r"\b(?:me )?(?:amenaza|amenazo|amenazando|ha amenazado|amenazaba) (?:con )?(?:\w+ ){0,3}(?:inmigracion|deportar\w*|que me deporten"
        r"|mis papeles|los papeles|el permiso de residencia|el visado|echarme del pais)\b",
    ),
    "care_breakdown": (
        # The carer in hospital, hurt or taken ill, and someone left alone: either order.
        rf"^(?!.*{LATER}).*(?:{CARER_OUT}.{{0,140}}{LEFT_ALONE}|{LEFT_ALONE}.{{0,140}}{CARER_OUT})",
        r"\bme (?:he|e)? ?(?:caido|roto|desmayado|lesionado|cai)\b.{0,80}\bno (?:puedo|me puedo) (?:cuidarl[oa]|cuidarle"
        r"|cuidar (?:a|de) (?:mi|su|el|ella)|levantarl[oa]|moverme|levantarme|atenderl[oa]|darle de comer|cambiarl[oa])\b",
        # The carer ill in bed, and no one to feed or look after the person.
        r"\b(?:estoy|me he puesto|me puse|toy) (?:muy )?(?:con covid|con gripe|con fiebre|enferm[oa]|malisim[oa]|en cama|en la cama|con neumonia"
        r"|muy mal)\b"
        r".{0,100}\b(?:no (?:tiene|hay|tengo|tenemos) (?:a )?(?:nadie|quien)|nadie (?:que|q|para)) (?:\w+ ){0,2}(?:cuide|cuidar|de de comer"
        r"|darle de comer|atienda|atender|cambie|levante|acueste)\b",
        r"\bno (?:puedo|me puedo) (?:ni )?(?:levantarme|moverme)(?: de la cama)?\b.{0,80}\b(?:quien (?:\w+ )?(?:cuida|cuidar|le da)"
        r"|nadie (?:que|para|q)|sol[oa] en casa|darle de comer|cambiarl[oa])",
        # Walking out: "lo dejo y me voy", "me largo y que se apañen".
        r"\b(?:la|lo|les|los) (?:dejo|voy a dejar|pienso dejar|dejare) (?:sol[oa]s? )?(?:y me (?:voy|largo|marcho|piro)|para siempre|tirad[oa]s?"
        r"|abandonad[oa]s?|en (?:urgencias|el hospital|la puerta))\b"
        r"|\b(?:voy a|pienso|quiero|me dan ganas de) (?:dejarl[oa]|dejarles|abandonarl[oa]) (?:sol[oa]s? )?(?:y me (?:voy|largo|marcho|piro)"
        r"|para siempre|tirad[oa]|y que se)\b"
        r"|\b(?:abandonarl[oa]|abandonarles|la abandono|lo abandono|voy a abandonar(?:l[oa])?|dejarl[oa] tirad[oa])\b"
        r"|\bme (?:voy|largo|marcho|piro) (?:de casa )?(?:y|,)? (?:que|q|k) se (?:apane|apanen|arregle|arreglen|las apane|las arregle|busque"
        r"|busquen)\b"
        r"|\bme voy (?:de casa )?y no (?:vuelvo|pienso volver|voy a volver)\b"
        r"|\bme voy (?:a ir )?y (?:l[oa]|les) dejo\b(?: sol[oa]s?)?(?! (?:un rato|unas horas|\w+ horas|un momento|media hora|mientras|con"
        r"|en casa mientras)\b)"
        r"|\bme voy a ir y (?:l[oa]|les) (?:voy a )?dej(?:o|ar)\b|\b(?:l[oa]"
        r"|les) voy a dejar sol[oa]s?\b(?! (?:un|una|unas|unos|el|este|esta|dos|tres|mientras|para|en casa mientras|con|media)\b)"
        r"|\b(?:que|q|k) (?:l[oa]|le|les) (?:cuide|cuiden) (?:otro|otra|otros|quien quiera|el ayuntamiento|los servicios sociales)\b",
        r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas )?(?:cuidarl[oa]|cuidar de (?:ella|el)|seguir cuidandol[oa]"
        r"|con (?:ella|el))\b.{0,80}\b(?:me voy|l[oa] dejo|l[oa] voy a dejar"
        r"|que se (?:la|lo) lleven|que venga alguien|ahora mismo|hoy mismo|esta noche|nadie)\b",
        # Paid care that did not come or was stopped.
        r"\b(?:la |el |los |las )?(?:cuidadora|cuidador|cuidadoras|cuidadores|auxiliar|auxiliares|asistenta|agencia"
        r"|ayuda a domicilio)\b.{0,20}\bno (?:ha venido|han venido|vino|vinieron"
        r"|aparecio|aparecieron|se presento|se presentaron|ha aparecido|han aparecido|va a venir (?:hoy|esta noche|manana)|van a venir (?:hoy"
        r"|esta noche|manana))\b"
        r"(?!.{0,80}\b(?:vacaciones|la sustituye|lo sustituye|l[oa]s sustituye|viene otra|vino otra|mandaron otra|mandan otra|solucionado"
        # Someone else covered: "mi hermana se quedó con mamá".
        r"|se (?:quedo|queda|ha quedado|quedara) con|cubri\w*|vino (?:mi|su)|(?:mi|su) (?:hermana|hermano|hija|hijo|vecina|vecino|prima|primo"
        r"|tia|tio|marido|esposo|esposa|pareja|cunada|cunado) (?:vino|viene|se quedo|se queda|la cuido|lo cuido)"
        r"|sustitut\w*)\b)",
        r"\b(?:la agencia|el ayuntamiento|el council|los servicios sociales|la empresa|la residencia) no (?:ha|han|nos ha|nos han) (?:mandado"
        r"|enviado) (?:a nadie|ninguna cuidadora|a ninguna|ningun cuidador)\b",
        r"\b(?:han|le han|nos han|les han|ha|me han) (?:cancelado|quitado|suspendido|retirado|cortado) (?:de golpe "
        r"|de repente )?(?:la ayuda a domicilio|la ayuda en casa|el servicio de ayuda"
        r"|las visitas de (?:la|las) cuidadoras?|los cuidados|la cuidadora|las cuidadoras|el cuidador|el paquete de cuidados"
        r"|la atencion domiciliaria)\b",
        # No one to look after the person tonight or today.
        r"\bno (?:hay|tengo|tenemos|queda) (?:a )?nadie (?:que|q|k|para|quien) (?:\w+ ){0,2}(?:cuide|cuidar|cuidarl[oa]|quede|quedarse|este|estar"
        r"|atienda|atender|acueste|levante"
        r"|de de comer|dar de comer|vigile)\b.{0,60}\b(?:esta noche|hoy|manana|ahora|ahorita|este fin de semana)\b"
        r"|\b(?:esta noche|hoy|ahora mismo)\b.{0,40}\bno (?:hay|tengo|tenemos) (?:a )?nadie (?:que|q|para|quien)\b",
        r"\b(?:que|q|k) alguien se haga cargo (?:de (?:el|ella|mi \w+) )?(?:ya|hoy|ahora|esta noche|hoy mismo|ahora mismo)\b",
        r"\b(?:hoy|esta noche|manana) no (?:viene|vendra|va a venir|hay) nadie (?:a|para|que) (?:cuidar|quedarse|ayudar|atender|cuide|se quede"
        r"|atienda)\b",
        # Sent home from hospital with no care.
        r"\b(?:le|la|lo|me|les) (?:dan|dieron|han dado|van a dar"
        r"|ha dado) (?:de )?(?:el )?alta\b.{0,80}\b(?:sin (?:ningun |ninguna )?(?:cuidado|cuidados|ayuda|cuidador|apoyo|plan)"
        r"|no hay nadie|nadie (?:en casa|que (?:la|lo|le) cuide)|sol[oa] en casa)",
        # Someone who cannot be left alone, and is.
        r"\bno (?:puede|debe|se puede) (?:estar|quedarse|quedar|dejar) sol[oa]\b.{0,80}\b(?:esta sol[oa]|se ha quedado sol[oa]|se quedo sol[oa]"
        r"|esta noche|hoy|ahora|ingres|hospital|urgencias)\b",
        rf"\b(?:mi|su) {KIN}\b.{{0,40}}\b(?:esta|se ha quedado|se quedo|se va a quedar|lleva) sol[oa]\b.{{0,100}}\b(?:hospital|urgencias|ingresad"
        rf"|ambulancia|me he caido|me cai|no puedo ir|no puedo volver)\b",
        # Paid carers not coming for days.
        r"\b(?:cuidadora|cuidadoras|cuidador|cuidadores|auxiliar|auxiliares|asistenta|agencia|ayuda a domicilio)\b.{0,20}\bno (?:viene|vienen"
        r"|aparece|aparecen) (?:desde|hace|en) (?:\w+ ){0,2}(?:dias|semanas|ayer|anteayer|el (?:lunes|martes|miercoles|jueves|viernes|sabado"
        r"|domingo)|\d+ dias)\b(?!.{0,60}\b(?:vacaciones|la sustituye|lo sustituye|viene otra|mandan otra|solucionado"
        r"|se (?:quedo|queda|ha quedado) con|cubri\w*)\b)",
    ),
}
