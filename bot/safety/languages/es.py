"""Spanish crisis rules (Spain and Latin America), read over folded text (see fold() in
__init__.py): "¿Qué hago? Mi mamá no respira" is read as " que hago " and " mi mama no respira ".

Carers write informally: "q"/"k" for "que", "xq" for "porque", "m" for "me", "kiero",
dropped subjects ("me pega cuando bebe"). The building blocks below name those spellings
once. Idioms that use crisis words harmlessly ("estoy muerta de cansancio", "me mata la
espalda", "me mato a trabajar", "me pegó la gripe") are kept out by the patterns
themselves; NOT_NOW drops a sentence that denies a danger or puts it in the past, on TV
or in a course, and a sentence in Portuguese (read by pt.py).

Spanish words that are also English or Portuguese ("son", "come", "he", "pega" = picks up
in Portuguese, "no" = "in the" in Portuguese) are never enough on their own."""
from __future__ import annotations

LANGUAGE = "es"

# --- Building blocks -------------------------------------------------------------------

# A negation just before the phrase: "no me pega", "nunca me ha pegado".
NOT = r"(?<!\bno )(?<!\bnunca )(?<!\bjamas )(?<!\bni )(?<!\bno se )(?<!\bno me )"
# The person cared for or a relative ("mi viejo/vieja" is a parent or a spouse).
KIN = (r"(?:madre|padre|mama|papa|mami|papi|abuela|abuelo|abuelita|abuelito|suegra|suegro|hijo|hija|"
       r"hermano|hermana|tio|tia|nieto|nieta|cunado|cunada|yerno|nuera|padrastro|madrastra|hijastro|"
       r"hijastra|viejo|vieja|esposo|esposa|marido|mujer|pareja)")
PARTNER = (r"(?:marido|esposo|esposa|mujer|pareja|novio|novia|ex|exmarido|ex marido|expareja|ex pareja|"
           r"exnovio|ex novio|exnovia|companero|companera|chico|hombre|concubino)")
PARENT = r"(?:madre|padre|mama|papa|mami|papi|padrastro|madrastra|padres|papas|viejo|vieja)"
CHILD = (r"(?:los ninos|las ninas|el nino|la nina|mis hijos|mis hijas|mi hijo|mi hija|el bebe|la bebe|mi bebe|"
         r"los peques|los crios|las crias|mis nietos|mi nieto|mi nieta|mis hermanos|mi hermano|mi hermana|"
         r"mis hermanitos|mi hermanito|mi hermanita|mi sobrino|mi sobrina|los chiquitos|los chamacos|los nenes|"
         r"mis sobrinos|mis sobrinas|mis nietas|los nietos|sus nietos|nuestro hijo|nuestra hija|nuestros hijos|nuestras hijas|nuestro bebe|su hijo"
         r"|su hija|sus hijos|sus hijas|su bebe)")
# "a los niños", "al niño".
CHILD_OBJ = (rf"(?:(?:a )?{CHILD}|al (?:nino|bebe|peque|crio|chiquillo|nene|chamaco|chiquito)|a (?:la nina|la bebe|la peque|sus hijos|sus hijas"
             rf"|su hijo|su hija"
             r"|los peques|los nenes))")
# Someone other than family who should be helping: paid carers, staff, neighbours.
HELPER = (r"(?:cuidadora|cuidador|cuidadoras|cuidadores|auxiliar|auxiliares|asistenta|enfermera|enfermero|"
          r"personal|trabajadora|trabajador|vecina|vecino|inquilino|inquilina|sobrino|sobrina|residencia|"
          r"agencia|la chica|el chico|la senora que|el senor que|centro de dia|centro|el personal|la empresa)")

# Hitting, in the present, past and perfect; "da/dio" + the blow.
_BLOWS = (r"(?:golpes|patadas|punetazos|bofetadas|cachetadas|palizas|una paliza|manotazos|tortazos|hostias|"
          r"chingadazos|cachetes|cabezazos|un golpe|una patada|un punetazo|una bofetada|una cachetada|un manotazo|"
          r"un tortazo|una hostia|un cabezazo|un empujon|empujones)")
HIT = (r"(?:pega|pegan|pegaba|pegaban|pego|pegaron|ha pegado|han pegado|a pegado|esta pegando|vuelto a pegar|"
       r"volvio a pegar|vuelve a pegar|volvio a golpear|vuelve a golpear|ha vuelto a golpear|"
       r"golpea|golpean|golpeaba|golpeo|golpearon|ha golpeado|maltrata|maltrataba|maltrato|ha maltratado|"
       r"empuja|empujaba|empujo|ha empujado|patea|pateo|abofetea|abofeteo|ahorca|ahorco|estrangula|estrangulo|"
       r"agarra del cuello|agarro del cuello|zarandea|zarandeo|muerde|mordio|ha mordido|arana|arano|"
       rf"da {_BLOWS}|dio {_BLOWS}|ha dado {_BLOWS}|pega {_BLOWS}|pego {_BLOWS}|"
       r"tira cosas|tiro cosas|tira (?:platos|objetos|sillas)|tiro (?:un plato|una silla|un vaso))")
# Only the unmistakable blows, for a message with no one named ("me pega cuando bebe").
HIT_STRONG = (r"(?:pega|pegaba|pego|ha pegado|vuelto a pegar|volvio a pegar|vuelve a pegar|volvio a golpear|vuelve a golpear|"
              r"golpea|golpeaba|golpeo|ha golpeado|maltrata|"
              rf"maltrataba|ha maltratado|ahorca|ahorco|estrangula|estrangulo|abofetea|da {_BLOWS}|dio {_BLOWS}|"
              rf"ha dado {_BLOWS})")
# "me pegó la gripe", "me pega un grito", "me pega a pedir ayuda", "jugando" are not blows.
NOT_A_BLOW = (r"(?! (?:la |el |un |una |unos |unas |su |sus |los |las |mucho )?(?:gripe|resfriado|resfriao|catarro|covid|"
              r"virus|piojos|susto|sustos|sol|ducha|siesta|tos|mania|costumbre|grito|gritos|voces|bronca|broncas|rollo|"
              r"rollos|lata|chicle|pegatina|etiqueta|sello|sellos|parche|tirita|curita|sarna|pulgas|chapa|tostones|"
              r"sermon|sermones|color|bien|mal)\b)(?! (?:mucho|muy|bastante|fatal) (?:este|ese|esta|esa|el|la|con|bien)\b)(?! a \w+(?:ar|er"
              r"|ir)\b)(?! (?:sin querer|jugando|de broma|en broma))")
ME_HIT = rf"{NOT}(?<!\bse )\b(?:me|m|nos) {HIT}\b{NOT_A_BLOW}"
HIM_HIT = rf"{NOT}(?<!\bse )\b(?:le|la|lo|les|las|los) {HIT}\b{NOT_A_BLOW}"
# Plans for later, not now ("me operan el mes que viene").
LATER = (r"(?:el mes que viene|la semana que viene|el proximo mes|la proxima semana|el ano que viene|"
         r"dentro de (?:\w+ )?(?:semanas|meses)|por si (?:algun dia|alguna vez|acaso)|si algun dia|si alguna vez|"
         r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
         # A day named ahead ("me operan el martes") and a danger only supposed ("si me ingresan algún día").
         r"|\b(?:me (?:operan|ingresan|intervienen|van a (?:operar|ingresar|intervenir)|tienen que (?:operar|ingresar))|tengo (?:la )?(?:operacion"
         r"|cirugia|intervencion))\b(?: \w+){0,4} el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b(?! pasado\b)"
         r"|\bel (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:me (?:operan|ingresan|intervienen|van a (?:operar|ingresar))"
         r"|tengo (?:la )?(?:operacion|cirugia))\b"
         r"|\balgun dia\b|\bsi (?:me|yo) (?:ingresan|ingresaran|operan|operaran|pasa algo|pasara algo|ocurre algo|ocurriera algo"
         r"|pongo mal[oa]|pongo enferm[oa]|pusiera enferm[oa]|enfermo|enfermara|caigo|cayera|muero|muriera|falta|faltara)\b)")

# The carer suddenly out of action: in hospital, hurt, taken ill.
CARER_OUT = (r"(?:\b(?:estoy|toy|stoy|me (?:han|van a|tienen que|acaban de|quieren)|me quedo|me dejan|me llevan|me estan llevando|tengo que"
             r"|me llevaron|me han llevado|me acaban de llevar|me trajeron|me han traido|me ingresaron"
             r"|me tengo que)"
             r" (?:\w+ ){0,2}(?:ingresad[oa]|ingresar|ingresarme|hospitalizad[oa]|operar|operarme|en el hospital|en urgencias|al hospital"
             r"|a urgencias|en la uci"
             r"|en la ambulancia|en observacion|en el hosp|ir al hospital|ir a urgencias|operad[oa])\b(?! con (?:mi|el|la|mis|los|las|su)\b)"
             r"|\bme (?:operan|ingresan|intervienen|hospitalizan|ingresaron|operaron|hospitalizaron|han ingresado|han operado"
             r"|han hospitalizado)\b"
             r"|\b(?:he tenido|tuve|acabo de tener|hemos tenido) un accidente\b|\b(?:se me ha roto|me he roto|me rompi|me he caido|me cai"
             r"|me he desmayado|me desmaye) (?:\w+ )?(?:la |el )?(?:cadera|pierna|brazo|tobillo|muneca|espalda|pie|hombro)?\b)")
# Someone left alone, or no one to look after them (not "estoy sola", the carer's loneliness).
LEFT_ALONE = (r"(?:(?<!\bestoy )(?<!\bsiento )(?<!\byo )(?<!\bme quedo )\bsol[oa]s?\b(?! (?:yo|estoy|estaba|quiero|queria|necesito|es|son|era|fue|un|una|unos|unas|le|lo|me|te|nos|les|para|por|que|q"
              r"|tengo|puedo|pido|pregunto|si|cuando|ayudo|cuido|hago|eso|esto|algo|pasa|tiene|hay|voy|va|falta|faltan|digo|sirve"
              r"|puede|podemos|necesita|quiere|un poco"
              r"|con (?:mi|mis|su|sus) (?:hermana|hermano|hija|hijo|hijas|hijos|padre|madre|tia|tio|vecina|vecino|marido|esposo|esposa|pareja"
              r"|prima|primo|cunada|cunado|abuela|abuelo|familia|sobrina|sobrino|nuera|yerno))\b)|\bnadie\b(?! (?:nos|me) (?:dice|dicen|atiende"
              r"|atienden|hace caso|explica|informa|llama|contesta))|\bcon quien dejar(?:l[oa])?\b|\bdonde dejarl[oa]\b"
              r"|\bdepende (?:totalmente |completamente |en todo )?de mi\b|\bquien (?:\w+ ){0,3}(?:cuid(?!aria\b|arian\b)\w*|se queda|se quedara|atiende|atendera"
              r"|le da|la levanta|lo levanta)\b"
              r"|\bno (?:viene|vienen|ha venido|vino|puede venir) nadie\b|\b(?:cuidadora|cuidador|cuidadores"
              r"|agencia)(?: de (?:mi|su) \w+)? no (?:viene|vienen|ha venido|vino|puede venir)\b"
              r"|\bsin (?:nadie|cuidador|cuidadora|ayuda)\b|\bno (?:puede|debe|se puede) (?:quedarse|estar|quedar) sol[oa]\b)")

# Ways of killing oneself, infinitive with its pronoun (matarme, matarse).
_SELF = r"(?:me|se|te)"
_END_LIFE = (r"(?:matar|suicidar|quitar la vida|ahorcar|envenenar|pegar un tiro|dar un tiro|volar la cabeza|"
             r"cortar las venas)")
# Where someone jumps from or throws themselves under.
_DROP = (r"(?:ventana|balcon|puente|tren|metro|vias|via del tren|tejado|azotea|edificio|coche|camion|autobus|"
         r"rio|mar|acantilado|terraza|precipicio|barranco|trenes|cuarto piso|quinto piso|\w+ piso)")
# "me mato a trabajar", "matarme de risa", "se mata por ellos" are not about dying.
NOT_IDIOM_KILL = (r"(?! (?:a (?:trabajar|estudiar|limpiar|currar|hacer|correr|entrenar|disgustos|sustos)|a \w+ar\b|"
                  r"de (?:risa|hambre|trabajo|cansancio|asco|un susto|un disgusto)|del (?:susto|disgusto)|trabajando|"
                  r"estudiando|currando|limpiando|por (?:ellos|ella|el|mis hijos|mi familia|todos|los demas))\b)")
# "quiero morir en casa" (end of life wishes) and "me quiero morir de vergüenza" are not suicidal.
NOT_IDIOM_DIE = (r"(?! (?:de (?:la )?(?:verguenza|risa|pena|envidia|ganas|calor|frio|sueno|hambre|asco|aburrimiento|"
                 r"miedo|cansancio|amor|celos|lo|la|el|los|las|tanto|tanta|gusto|alegria|felicidad|ternura|emocion|placer)|en (?:casa|su casa"
                 r"|mi casa|paz|su cama|mi cama|el hospital|la residencia)|"
                 r"tranquil|con dignidad|sin dolor|rodead)\b)")

# --- Patterns, per kind ----------------------------------------------------------------

PATTERNS = {
    "medical_emergency": (
        # Breathing: "no respira", "apenas respira", "se está ahogando" (not "se ahoga con los líquidos").
        r"\b(?:no|ya no|casi no|apenas) (?:respira|esta respirando|puede respirar|consigue respirar|le entra (?:el )?aire)\b"
        r"(?! (?:bien|por la nariz|por la boca|cuando duerme|al dormir|tumbad))",
        r"\bse (?:esta )?ahogando\b(?! en (?:deudas|papeles|trabajo|problemas|facturas|un vaso))"
        r"|\bse ahoga\b(?= (?:y|ahora|no puede|se esta poniendo|se pone (?:morad|azul))\b| ?$)|\ble falta (?:mucho |muchisimo )?el aire\b",
        r"\bno respira\b.{0,30}\b(?:gris|morad[oa]|azul|azulad[oa]|palid[oa])\b|\b(?:gris|morad[oa]|azul|azulad[oa]"
        r"|palid[oa])\b.{0,30}\bno respira\b",
        r"\b(?:labios|cara|piel|dedos|unas) (?:\w+ )?(?:morad[oa]s?|azul(?:es)?|gris(?:es)?|azulad[oa]s?)\b"
        r"|\bse (?:esta poniendo|ha puesto|puso|pone) (?:tod[oa] |muy )?(?:morad[oa]|azul|gris)\b",
        # Unconscious or not waking (not "es un inconsciente", a reckless person).
        r"\bdesvaneci\w*\b|\b(?:palid[oa]|gris|blanc[oa]) y (?:sudando|sudoros[oa]|con sudor frio|frio)\b"
        r"|\b(?:sudor frio|sudando frio)\b.{0,60}\b(?:pecho|mareo|maread[oa]|desmay\w*|palid[oa]|no puede)|\b(?:pecho|maread[oa]"
        r"|palid[oa])\b.{0,60}\b(?:sudor frio|sudando frio)\b"
        r"|\b(?:se (?:ha |a )?desmayado|se desmayo|se acaba de desmayar|desmayad[oa]|se (?:ha )?desplomado|se desplomo"
        r"|perdio el conocimiento|ha perdido el conocimiento|sin conocimiento|no reacciona|ya no reacciona|no abre los ojos"
        r"|no hay (?:forma|manera) de despertarl[oa]|no (?:puedo|consigo|logro|podemos) despertarl[oa])\b",
        r"(?<!\bes )(?<!\bmuy )(?<!\bun )(?<!\buna )(?<!\bunos )(?<!\bunas )(?<!\btan )(?<!\bser )(?<!\bel )(?<!\bforma )(?<!\bmanera )\binconsciente\b",
        r"\bno se mueve\b.{0,40}\b(?:esta fri[oa]|no respira|no (?:me )?contesta|no reacciona|no responde|no despierta)\b"
        r"|\b(?:esta fri[oa]|no (?:me )?contesta)\b.{0,60}\bno (?:se mueve|respira|despierta|reacciona)\b",
        r"\ble acaba de dar (?:un|una) (?:ictus|infarto|derrame|ataque al corazon|ataque cardiaco|paro cardiaco|embolia)\b"
        r"|\ble (?:ha dado|dio) (?:un|una) (?:ictus|infarto|derrame|ataque al corazon|ataque cardiaco|paro cardiaco"
        r"|embolia)\b.{0,30}\b(?:ahora mismo|ahorita|justo ahora|en este momento)\b",
        r"\bno (?:se )?despierta (?:y|ni|aunque|por mas|por mucho)\b|\bno responde ni\b|\bno se mueve ni (?:respira|habla|reacciona)\b",
        # A fall with an injury or no movement.
        r"\bse (?:ha |a )?ca(?:ido|yo)\b.{0,80}\b(?:no (?:se mueve|reacciona|responde|respira|habla|(?:se )?puede levantar"
        r"|puedo levantarl[oa]|consigo levantarl[oa])|sangr\w*|golpe\w* (?:en|con|contra) la cabeza|se abrio la cabeza"
        r"|hueso|pierna torcida|no siente)",
        r"\b(?:en el (?:suelo|piso)|tirad[oa])\b.{0,40}\bno (?:se mueve|reacciona|responde|respira|contesta|habla|se puede (?:levantar|mover)"
        r"|puede (?:levantarse|moverse))\b"
        r"|\bno (?:se mueve|reacciona|respira|responde) (?:y|ni) (?:no )?(?:se mueve|reacciona|respira|responde|habla|abre los ojos)\b",
        # Chest pain, heart attack, stroke, now.
        r"\b(?:dolor|presion|opresion) (?:muy )?(?:fuerte )?(?:en el|del|de) pecho\b|\ble duele (?:mucho |muchisimo )?el pecho\b"
        r"|\bse (?:agarra|esta agarrando|agarro) el pecho\b",
        r"\b(?:le esta dando|esta teniendo|creo (?:que|q|k) (?:le )?(?:esta dando|esta teniendo|es|tiene|le ha dado|le dio|ha tenido)|parece) (?:un"
        r"|una) (?:ictus|infarto|derrame"
        r"|embolia|apoplejia|ataque al corazon|ataque cardiaco|paro cardiaco)\b",
        r"\b(?:boca|cara) (?:torcida|caida|ladeada)\b|\bse le ha (?:torcido|caido|dormido) (?:la boca|la cara|media cara|medio cuerpo)\b"
        r"|\bno (?:puede|puedo) mover (?:un lado|la mitad|medio cuerpo|el brazo ni)\b|\bde repente no (?:puede hablar|habla|se le entiende)\b",
        # Seizures that go on, not "tiene epilepsia".
        r"\b(?:esta|sigue|lleva(?: \w+){1,3}) convulsionando\b"
        r"|\b(?:convulsion|convulsiones|crisis|ataque)(?: epileptic[oa]s?)? (?:que |y )?(?:no (?:para|paran|se le pasa)"
        r"|(?:de|desde hace) (?:mas de )?(?:\d+|cinco|diez|varios) minutos)\b"
        r"|\bconvulsi\w*\b.{0,60}\b(?:no (?:reacciona|respira|despierta|vuelve)|azul|morad)",
        # Bleeding.
        r"\bno (?:para|deja) de sangrar\b|\bsangr\w* (?:mucho|muchisimo|sin parar|a chorros|un monton)\b|\bcharco de sangre\b"
        r"|(?<!\bsacaron )(?<!\bsacado )(?<!\bsacar )\b(?:mucha|muchisima|un monton de) sangre\b(?! (?:para|en el analisis))"
        r"|\b(?:vomit\w*|escup\w*|tose|tosiendo|echando|sale|saliendo|pierde|perdiendo) (?:\w+ )?(?:mucha |muchisima )?sangre\b|\bhemorragia\b",
        # Overdose or poison.
        r"\bsobredosis\b",
        r"\b(?:se (?:ha |a )?tomado|se tomo|se (?:ha )?tragado|se trago) (?:\w+ ){0,2}(?:muchas|muchisimas|un monton de) (?:pastillas|pildoras"
        r"|comprimidos|capsulas)\b"
        r"|\b(?:tomo|se tomo|ha tomado|se ha tomado|trago|se trago) (?:\w+ ){0,3}(?:pastillas|pildoras|comprimidos|medicamentos|medicinas"
        r"|paracetamol|ibuprofeno)\b.{0,30}\b(?:a proposito|aposta|adrede|para (?:morir|morirse|matarse|no despertar))\b",
        r"\b(?:se (?:ha |a )?tomado|se tomo|tomo|se (?:ha )?tragado|se trago|ha tomado|ingirio|se (?:ha )?bebido|se bebio)"
        r" (?:\w+ ){0,3}(?:todas|toda la caja|un bote|una caja|un blister|todo el bote|demasiadas|demasiados|un monton|un punado|de golpe"
        r"|cajas)\b(?! (?:al dia|cada dia|diarias|para la tension))",
        r"\b(?:se )?(?:ha |a )?(?:tragado|bebido|tomado|comido|trago|bebio|tomo|comio) (?:\w+ ){0,3}(?:lejia|amoniaco|detergente|veneno|lavavajillas"
        r"|anticongelante|matarratas|pila|pilas|imanes|capsulas? de (?:lavadora|detergente)|liquido de fregar|productos? de limpieza|salfuman"
        r"|desatascador|aguarras)\b",
        # Fire, choking, allergy, sugar, head injury.
        r"\bhay (?:un )?(?:incendio|fuego)\b|\bse (?:esta |ha )?(?:incendiando|incendiado|quemando) (?:la|el|mi) (?:casa|cocina|piso|cuarto"
        r"|habitacion|edificio)\b"
        r"|\b(?:esta|estan) ardiendo\b|\bfuego en (?:la|el|mi) (?:cocina|casa|piso|habitacion|cuarto|edificio)\b|\bla casa (?:esta )?llena de humo\b"
        r"|\b(?:sale|hay|sale mucho|esta saliendo) humo (?:de|en|por) (?:la|el|mi|su) (?:cocina|habitacion|cuarto|piso|casa|salon|enchufe"
        r"|dormitorio)\b",
        r"\bse (?:esta )?atragantando\b|\batragantad[oa]\b|\bse atraganto\b.{0,40}\bno (?:puede|respira|le sale)\b",
        r"\bse le (?:esta hinchando|hincha|ha hinchado|hincho) (?:toda )?(?:la cara|la garganta|la lengua|la boca|los labios)\b"
        r"|\breaccion alergica (?:muy )?(?:fuerte|grave|severa)\b|\b(?:choque|shock) anafilactico\b",
        r"\b(?:azucar|glucosa) (?:muy |super |bajisim[oa] )?baj[oa]\b.{0,60}\b(?:no reacciona|confus|no responde|no contesta|no se despierta)"
        r"|\b(?:hipoglucemia|hipo) (?:muy )?(?:fuerte|grave|severa)\b|\bcoma diabetico\b",
        r"\b(?:golpe|golpeo|golpeado|se dio) (?:\w+ )?(?:en|con|contra) la cabeza\b.{0,60}\b(?:vomit|sangr|no reacciona|confus|no habla"
        r"|inconsciente|no se despierta)"
        r"|\bse (?:abrio|ha abierto) la cabeza\b|\bbrecha en la cabeza\b",
        # Ambulance called or waited for, now.
        r"\b(?:llamo|llame|he llamado|e llamado|estoy llamando|llamamos|hemos llamado|voy a llamar|llamen|llamad|llama) (?:ya )?"
        r"(?:a )?(?:una |la )?(?:ambulancia|al 999|al 112|al 911|a emergencias)\b"
        r"|\b(?:necesito|necesitamos|necesita|manden|mandad|mandenme|envien|enviad|pidan|pedid) (?:ya )?(?:una )?ambulancia\b"
        r"|\b(?:esperando|espero|esperamos) (?:a )?la ambulancia\b|\bla ambulancia (?:esta |viene |no )?(?:en camino|de camino|viniendo|tarda"
        r"|llega)\b",
        # Missing at risk: someone with dementia gone, at night, for hours.
        r"\b(?:ha desaparecido|desaparecid[oa]|se (?:ha )?(?:escapado|perdido|ido|salido|marchado|fugado)|se (?:escapo|perdio|fue|salio|marcho)"
        r"|no (?:lo|la) (?:encuentro|encontramos|encuentran))\b.{0,100}\b(?:demencia|alzheimer|no sabe (?:volver|donde)|en pijama|en bata"
        r"|de noche|horas|descalz|desorientad|sin (?:abrigo|zapatos|medicacion|la medicacion|sus pastillas)|la policia)",
        r"\b(?:demencia|alzheimer)\b.{0,100}\b(?:ha desaparecido|desaparecid[oa]|se (?:ha )?(?:escapado|perdido)|se (?:escapo|perdio)"
        r"|no (?:lo|la) (?:encuentro|encontramos)|no ha vuelto)\b",
        # Someone attacking with a weapon, now.
        r"\b(?:me|nos|lo|la|le) (?:esta|estan) (?:atacando|agrediendo|estrangulando|ahorcando|apunalando)\b",
        r"\b(?:cuchillo|machete|navaja|pistola|arma|escopeta)\b.{0,60}\b(?:amenaz|matarme|matarnos|me (?:quiere|va a) matar|me persigue|hacia mi"
        r"|contra mi|encerrad)"
        r"|\b(?:amenaz\w*|persigue|persiguiendo|vino|viene|se me echo) (?:\w+ ){0,3}con (?:un|una|el|la) (?:cuchillo|machete|navaja|pistola|arma"
        r"|escopeta)\b",
        # Collapsed and not waking: "está desplomada en la silla, respira raro y no se despierta".
        r"\bdesplomad[oa]\b.{0,80}\b(?:no (?:se )?despierta|no reacciona|no responde|no contesta|respira (?:raro|mal|fatal|con dificultad"
        r"|muy rapido|muy lento|muy despacio))\b|\b(?:no (?:se )?despierta|no reacciona|no responde|respira (?:raro|mal|fatal))\b.{0,80}"
        r"\bdesplomad[oa]\b",
        # "mi mamá no se despierta" (not "hasta las diez", not "por la noche").
        rf"\b(?:mi|su|el|la) (?:{KIN}|bebe|nino|nina|nene|nena)\b(?: \w+){{0,3}} no (?:se )?(?:despierta|ha despertado|se ha despertado"
        r"|reacciona|responde)\b(?! (?:hasta|antes|temprano|pronto|por (?:la|las|el|los|mas|mucho)|en toda|durante|a (?:las|la|tiempo|su hora)"
        r"|con (?:el|la|los|las)|facilmente|nunca|tan|bien|de (?:buen|mal|la siesta)|al (?:telefono|movil|whatsapp|mensaje)|a (?:mis|los)"
        r" (?:mensajes|llamadas)|cuando (?:le|la|lo) llamo|a la medicacion|al tratamiento)\b)",
        # A diabetic sweating or shaking and confused: a low sugar.
        r"^(?=.*\b(?:diabetic[oa]|diabetes|insulina|azucar|glucosa|hipoglucemia)\b)"
        r"(?=.*\b(?:sudando|sudoros[oa]|sudor|temblando|tembloros[oa]|tiembla)\b)"
        r"(?=.*\b(?:confus[oa]|sin sentido|desorientad[oa]|no reacciona|no responde|no contesta|maread[oa]|palid[oa]|raro|rara"
        r"|no se le entiende|incoherente|no sabe donde esta)\b).*\b(?:sudando|sudoros[oa]|sudor|temblando|tembloros[oa]|tiembla)\b",
        # Someone holding a weapon, said on its own: "tiene un cuchillo".
        r"\b(?:tiene|ha cogido|cogio|agarro|ha agarrado|saco|ha sacado|esta con|lleva) (?:un|una|el|la) (?:cuchillo|machete|navaja|pistola"
        r"|arma|escopeta|hacha)\b(?: en la mano)?(?: ?$| y (?:me|nos|esta|dice|grita|amenaza|no)\b| (?:contra|hacia|apuntando)\b)",
        # Someone at risk gone: "desapareció y está muy mal", "nadie la ve desde el mediodía".
        rf"\b(?:mi|su) (?:{KIN}|{PARTNER}|nino|nina|bebe)\b(?: \w+){{0,3}} (?:desaparecio|ha desaparecido|se escapo|se ha escapado|se fugo"
        r"|se ha fugado|esta desaparecid[oa])\b.{0,60}\b(?:esta (?:muy )?mal|enferm[oa]|muy mal|sin (?:su |la |sus )?(?:medicacion|pastillas"
        r"|insulina)|deprimid[oa]|no (?:contesta|coge|responde|sabe volver)|autis\w+|discapacidad|esquizofreni\w*|psicosis|confus[oa])\b",
        r"\b(?:demencia|alzheimer|confus[oa]|desorientad[oa])\b.{0,100}\b(?:nadie (?:la|lo|le) (?:ve|ha visto|vio)|no (?:sabemos|se|sabe nadie)"
        r" donde (?:esta|anda)|no (?:ha vuelto|vuelve|aparece))\b",
        r"\b(?:salio|se fue|se ha ido|se marcho|se escapo|ha salido)\b(?: \w+){0,4} (?:en (?:pantuflas|zapatillas de casa|chanclas"
        r"|pijama|bata|camison)|descalz[oa]|sin (?:abrigo|zapatos|chaqueta))\b.{0,60}\b(?:no (?:ha vuelto|vuelve|aparece|l[oa] encontramos"
        r"|l[oa] encuentro)|nadie|demencia|alzheimer|confus[oa]|desde)\b"
        r"|\b(?:demencia|alzheimer)\b.{0,100}\b(?:salio|se fue|se ha ido|se marcho)\b(?: \w+){0,4} (?:en (?:pantuflas|zapatillas de casa"
        r"|chanclas|pijama|bata|camison)|descalz[oa]|sin (?:abrigo|zapatos|chaqueta))\b",
    ),
    "suicidal": (
        # "matarme", "me voy a matar", "se quiere suicidar", "tirarme del puente".
        rf"{NOT}\b(?:(?:matar|suicidar|ahorcar|envenenar){_SELF}"
        rf"|(?:quitar|pegar|dar|volar|cortar){_SELF} (?:la vida|un tiro|la cabeza|las venas))\b{NOT_IDIOM_KILL}",
        # Only the self forms: "me voy a matar", "se va a matar" (not "me va a matar", a threat).
        rf"{NOT}\b(?:(?:me|m) (?:quiero|kiero|voy a|pienso|puedo|podria|dan ganas de|da ganas de)|se (?:quiere|va a|piensa|puede|podria)"
        rf"|te (?:quieres|vas a)) (?:\w+ )?{_END_LIFE}\b{NOT_IDIOM_KILL}",
        r"(?<!\bse )(?<!\bno )(?<!\bcasi )(?<!\bpor poco )\bme (?:mato|suicido)\b(?! (?:a|de|del|por|con|la|el|los|las|un|una|esta|este|tanto"
        r"|trabajando|estudiando|\w+ando|\w+iendo)\b)",
        rf"\b(?:tirar|tirarme|tirarse|lanzar|lanzarme|lanzarse|arrojar|arrojarme|arrojarse|saltar) (?:por|desde|de|del|al|a la|a las|a los|bajo"
        rf"|debajo de|delante de|frente a|en) (?:la |el |un |una |los |las |mi )?{_DROP}\b",
        r"\b(?:colgarme|colgarse|ahorcarme|ahorcarse) (?:de|con|en) (?:una|un|la|el) (?:cuerda|soga|viga|arbol|cinturon|sabana|lampara|barandilla)\b",
        # Wanting to die or not to exist (not "de vergüenza", not "morir en casa").
        rf"(?<!\bno )(?<!\bno me )(?<!\bno se )(?<!\bnunca )\b(?:quiero|kiero|qiero|quisiera|me gustaria|ganas de|deseo|necesito|prefiero"
        rf"|preferiria|quiere|queria|solo pido)"
        rf" (?:\w+ )?(?:morir|morirme|morirse|morirm|estar muert[oa]|estar bajo tierra|dejar de (?:existir|vivir|respirar)"
        rf"|desaparecer (?:para siempre|del mapa|de este mundo|del mundo|y no volver)|irme de este mundo|irme para siempre|dormir(?:me)? para siempre"
        rf"|dormir(?:me)? y no despertar(?:me)?|no despertar(?:me)?(?: mas| nunca)?|no existir|no estar aqui|no seguir aqui"
        rf"|no seguir viviendo)\b{NOT_IDIOM_DIE}",
        r"\bojala (?:me muriera|me muera|me muriese|estuviera muert[oa]|no despertara|no me despertara|no despertar|no me despierte"
        r"|no hubiera nacido|no existiera|me pillara un (?:coche|tren|autobus)|me atropellara|se acabara todo|dios me (?:llevara|lleve|llevase)"
        r"|me (?:llevara|lleve) dios|me diera algo y me muriera)\b",
        r"\bmejor (?:estaria |estar |seria estar )?muert[oa]\b(?! que)|\bseria mejor (?:morirme|estar muert[oa]|que me muriera|que no estuviera)\b",
        r"\b(?:estarian|estaria|estarias|vivirian|serian|seria) (?:\w+ )?(?:mejor|mas felices|mas tranquil[oa]s) (?:sin mi|si (?:yo )?(?:no estuviera"
        r"|me muriera|desapareciera|no existiera|me fuera para siempre|me muero|no estoy))\b",
        r"\bnadie me (?:echaria|echara|va a echar) de menos\b|\b(?:no|ya no) (?:quiero|voy a) ser una carga (?:mas tiempo|mucho mas|por mucho)\b",
        # Not wanting to live: "ya no quiero vivir" (not "no quiero vivir con mi suegra").
        r"\bno (?:quiero|kiero|aguanto|puedo|soporto|deseo|quiere|puede) (?:seguir )?(?:vivir|viviendo)\b"
        r"(?! (?:con|de|en|sin|del|solo|sola|lejos|cerca|aqui|alli|alla|juntos|al|a|mas (?:con|en|de)|mas tiempo en)\b)",
        r"\b(?:no me quedan|sin|perdi las|he perdido las|no tengo) ganas de vivir\b|\bno (?:encuentro|tengo|veo|hay|le encuentro|queda) (?:ningun "
        r"|ninguna |ni un |ni una )?(?:motivo|razon|motivos|razones|sentido|ganas) (?:para|de|por el que|por la que) (?:vivir|seguir viviendo"
        r"|seguir aqui|seguir viv[oa])\b",
        r"\bno (?:quiero|kiero) (?:estar|seguir) (?:vivo|viva|en este mundo)\b"
        r"|\bno (?:quiero|kiero) (?:estar|seguir) aqui\b(?! (?:en|con|sin|sol[oa]|esperando|mas tiempo en|trabajando|de)\b)",
        r"\b(?:ir(?:me|se)?|marchar(?:me|se)?) de este mundo\b|\b(?:me|se) (?:quiero|quiere|voy a|va a) (?:ir|marchar) (?:de este mundo"
        r"|para siempre|al cielo)\b"
        r"|\bdesaparecer (?:para siempre|de este mundo|del mundo|y no volver nunca)\b"
        r"|\b(?:lo mejor|mejor) seria (?:morirme|morirse|desaparecer|no estar|no existir|que me muriera"
        r"|que me fuera)\b(?! (?:unos|unas|un|una|dos|tres|el fin|de vacaciones|de aqui|de casa|de este barrio)\b)|\bmejor me muero\b"
        r"|\bprefiero morirme\b",
        r"\b(?:harta|harto|cansad[oa]|agotad[oa]) de (?:vivir|estar viv[oa]|seguir viv[oa])\b"
        r"|\b(?:quiero|kiero|ojala|solo quiero) (?:que )?se (?:acabe|termine) todo\b(?! (?:este|esto|el|la|lo|esta)\b)"
        r"|\b(?:que|q|k) (?:todo|esto|esta vida|mi vida) (?:se )?(?:acabe|termine) (?:para siempre|ya|de una vez)\b"
        r"|\b(?:mejor|lo mejor) (?:para todos |para (?:mi|mis) \w+ )?(?:es|seria|sera) que (?:yo )?(?:me muera|me muriera|desaparezca|desapareciera"
        r"|no este|no estuviera|me vaya para siempre|me fuera para siempre)\b"
        r"|\bme (?:ire|voy a ir|marchare|marcho|voy) para siempre\b(?! (?:de|a|al|del)\b)"
        r"|\b(?:que|q|k) sentido tiene (?:vivir|la vida|seguir viviendo|mi vida|seguir aqui)\b",
        r"\bno (?:le )?(?:veo|encuentro|tiene) (?:ningun |ningún )?sentido (?:a )?(?:la vida|vivir|seguir viviendo|mi vida|seguir aqui"
        r"|estar viv[oa])\b"
        r"|\bno (?:le )?(?:veo|encuentro) (?:ningun )?sentido a nada\b(?! (?:de|del|en|con)\b)|\bno tiene sentido (?:vivir|seguir viviendo|mi vida"
        r"|la vida)\b|\bmi vida no (?:tiene sentido|vale (?:la pena|nada))\b"
        r"|\bno vale la pena (?:vivir|seguir viviendo|la vida)\b|\bno hay razon (?:para|por la que) (?:vivir|seguir viviendo)\b|\bpara que (?:vivir"
        r"|seguir viviendo)\b",
        # Wanting to join someone who has died.
        r"\b(?:quiero|me quiero|kiero|me gustaria) (?:ir(?:me)?|estar) con (?:mi|el|ella) (?:marido|esposo|esposa|mujer|madre|padre|mama|papa|hijo"
        r"|hija)?\b.{0,40}\b(?:murio|fallecio|muert[oa]|cielo|ya no esta)\b"
        r"|\b(?:murio|fallecio|se fue)\b.{0,60}\b(?:quiero|me quiero|kiero) (?:ir(?:me)?|estar) con (?:el|ella)\b",
        # "No puedo seguir así" is read like the English "I can't go on like this"; "no puedo más" alone is not.
        r"\bno (?:puedo|aguanto|soporto|quiero) (?:seguir|continuar) (?:asi|viviendo asi|adelante con mi vida)\b(?! (?:con|de|que|sin) )",
        r"\b(?:acabar|terminar|ponerle fin|poner fin) (?:de una vez )?(?:con|a) (?:todo|mi vida|mi existencia"
        r"|esto de una vez)\b(?! (?:el|la|los|las|lo|esto de|este|eso)\b| esta (?!noche|tarde|manana|misma|vez))"
        r"|\bquitarme de en medio\b",
        r"\b(?:miedo de|ganas de|voy a|a punto de|pienso en|pensando en|tentad[oa] de) hacer (?:una|alguna) (?:tonteria|locura)\b",
        r"\b(?:pensamientos|ideas) (?:suicidas|de muerte|de matarme|de morir|de quitarme la vida|de acabar con todo)\b"
        r"|\b(?:pienso|pensando|penso|piensa) (?:mucho |todo el rato |a veces )?en (?:morir|morirme|matarme|quitarme la vida|la muerte)\b(?! de)",
        # Someone else: "dice que se quiere morir", "habla de matarse", "amenaza con tirarse".
        rf"\b(?:dice|dijo|repite|me escribio|me escribe|ha dicho) (?:\w+ )?(?:que )?(?:se )?(?:quiere|va a) (?:morir|morirse|matar|matarse|suicidar"
        rf"|acabar con todo)\b{NOT_IDIOM_DIE}",
        r"\b(?:habla|hablando|hablo|amenaza|amenazando|amenazo|ha amenazado) (?:mucho |todo el rato |otra vez )?(?:de|con) (?:matarse|suicidarse"
        r"|morirse|quitarse la vida"
        r"|que se quiere morir|acabar con todo|tirarse|ahorcarse|tomarse todas|cortarse|hacerse dano)\b",
        r"\b(?:intento|ha intentado|intentaba|trato de|ha tratado de|intento de) (?:matarse|quitarse la vida|suicidarse|ahorcarse|tirarse)\b",
        # Means and plans.
        r"\b(?:tomarme|tomarse|tragarme|tragarse|me tomo|me trago|me voy a tomar|me voy a tragar) (?:todas|toda la caja|todo el bote|el bote"
        r"|un bote|una caja|las cajas)\b",
        r"\b(?:guardando|juntando|acumulando|ahorrando|escondiendo|guardado|juntado|acumulado)\b.{0,30}\b(?:pastillas|pildoras|medicamentos"
        r"|comprimidos|morfina|insulina)\b"
        r".{0,40}\b(?:para (?:mi|el final|cuando|acabar|matarme|el dia|hacerlo|no despertar)|por si acaso|a escondidas|sin que nadie)",
        r"\bcuant[oa]s? (?:\w+ ){0,2}(?:hacen falta|necesito|harian falta|tendria que tomar|hay que tomar|son|serian) (?:para )?(?:no despertar"
        r"|morir|matar|acabar|dormir para siempre|mortales|letales|una dosis letal)\b"
        r"|\bdosis (?:letal|mortal)\b",
        r"\b(?:lo voy a hacer|voy a hacerlo|lo hare|lo hago|pienso hacerlo)(?: \w+){0,2} (?:esta noche|hoy|manana|ya|pronto"
        r"|de una vez)\b.{0,60}\b(?:pastillas|cuerda|soga|puente|vias|cuchilla|todo (?:preparado|listo|planeado|decidido)|despedi\w*)\b"
        r"|\b(?:ya tengo (?:las pastillas|la cuerda|la soga|todo preparado|todo listo)"
        r"|lo tengo (?:todo )?(?:decidido|planeado))\b.{0,60}\b(?:esta noche|hoy|manana|morir|acabar|hacerlo|lo voy a hacer)\b",
        # Goodbyes, and standing at a drop.
        r"\b(?:despidiendose|despidiendome|se despidio|se ha despedido|me despedi|mensaje de despedida"
        r"|carta de despedida)\b.{0,80}\b(?:no (?:contesta|responde|lo coge|la coge|coge|atiende)|apagado|no se donde esta)\b",
        r"\b(?:carta|cartas|nota|notas) (?:a|para) (?:mis hijos|mi familia|todos|mi marido|mi mujer|mis padres)\b.{0,60}\b(?:para siempre|adios"
        r"|despedida|perdon|me ire|me voy)\b"
        r"|\bcartas? de despedida\b|\b(?:me he|me estoy|quiero|voy a) (?:despedido|despidiendo|despedirme) de (?:todos|todo el mundo|mis hijos"
        r"|mi familia)\b"
        r"|\besto es una despedida\b|\badios para siempre\b|\bcuid(?:en|ad|a) (?:a|de) mis hijos cuando (?:yo )?(?:no este|me vaya|ya no este)\b"
        r"|\bperdon(?:adme|enme|ame)? por todo\b.{0,40}\b(?:adios|os quiero|los quiero|te quiero)\b",
        r"\b(?:estoy|toy|estamos) (?:en|encima de|al borde de) (?:el|la|un|una) (?:puente|azotea|tejado|borde|cornisa|balcon|terraza|anden|vias)\b"
        r".{0,80}\b(?:saltar|tirarme|adios|acabar|no puedo mas|se acabo|no aguanto)",
        # Crashing the car on purpose: "cuando manejo pienso en estrellarme contra un muro".
        r"\b(?:pienso en|pensando en|pense en|penso en|piensa en|ganas de|me dan ganas de|quiero|tentad[oa] de|tentacion de|voy a)"
        r" (?:\w+ )?(?:estrellarme|estrellarse|estamparme|estamparse|chocarme|tirarme con el coche|tirarse con el coche"
        r"|estrellar el coche|estampar el coche|meterme debajo de un|meterse debajo de un)\b(?: \w+){0,3} (?:contra|de frente|con el coche"
        r"|con el carro|camion|tren|coche|autobus)\b",
        # "no quiero despertar mañana" (not "tan temprano").
        r"\bno (?:quiero|kiero|quisiera) (?:despertar|despertarme|volver a despertar(?:me)?) (?:manana|mas|nunca mas|nunca|otra vez|mas nunca)\b"
        r"(?! (?:temprano|tan temprano|pronto|a las|para|antes|sin)\b)",
        # At a drop, now: "estoy en el puente ahora mismo".
        r"\b(?:estoy|toy|stoy) (?:en|encima de|al borde de|subid[oa] (?:a|en)) (?:el|la|un|una) (?:puente|azotea|tejado|cornisa|acantilado"
        r"|vias del tren|vias)\b(?: \w+)?? (?:ahora mismo|ahorita|en este momento|ya)\b(?!(?: \w+){0,3} (?:\w+ando|\w+iendo|con|de|del"
        r"|para|esperando|porque)\b)",
        # The means at hand: "tengo las pastillas delante" (not "¿cuál le doy?").
        r"^(?!.*\b(?:cual|cuales|cuanto|cuantas|dosis|pastillero|receta|farmacia|le doy|darle|darselas|se las doy|caducad\w*)\b)"
        r".*\b(?:tengo|ya tengo) (?:aqui )?(?:las|todas las|muchas|un monton de|la caja de|el bote de|una caja de|un bote de) (?:\w+ )?"
        r"(?:pastillas|pildoras|comprimidos|medicinas|pastis)(?: \w+){0,3} (?:delante|aqui delante|en la mano|encima de la mesa|preparadas"
        r" para (?:hacerlo|acabar|tomarmelas)|contadas)\b",
        # Voices telling someone to kill themselves.
        r"\b(?:oye|escucha|oigo|escucho|oia|escuchaba|oyendo|escuchando) voces\b(?: \w+){0,3} (?:que|q|k) (?:le|me) (?:dicen|mandan|ordenan"
        r"|piden|decian|mandaban) (?:que )?(?:se|me) (?:mate|suicide|tire|muera|ahorque|quite la vida)\b",
        # Gone, leaving a note: "desapareció y dejó una nota".
        r"\b(?:desaparecio|ha desaparecido|no ha vuelto|no aparece|no vuelve|se ha ido sin decir nada|se fue sin decir nada)\b(?: \w+){0,4}"
        r" (?:dejo|ha dejado|dejando) (?:una|un) (?:nota|notita|carta|mensaje)\b(?! (?:diciendo|que dice|de que) (?:que )?(?:se fue|volvia"
        r"|vuelve|volvera|iba|estaba|esta) (?:a|al|de|en|bien)\b)",
    ),
    "self_harm": (
        r"\bauto ?lesi\w*|\bauto ?agre\w*",
        # Cutting oneself: "me corto los brazos", "me he vuelto a cortar" (not the hair, the
        # light, a call, or a kitchen accident).
        r"(?<!\bse )\b(?:me|m) (?:corto|estoy cortando|sigo cortando"
        r"|vuelvo a cortar)\b(?! (?:el|la|los|las|un|una|mi|mis|su|sus|con|cocinando|sin|pelando|afeitandome|al|de|en|yo|solo|sola|un poco|por|a)\b)"
        r"(?= (?:cuando|y|porque|xq|desde|hace|otra|de nuevo|todos|cada|para|si|a veces|mucho)\b| ?$)",
        r"(?<!\bse )\b(?:me|m) (?:corto|corte|he cortado|e cortado|estoy cortando|vuelvo a cortar|volvi a cortar|he vuelto a cortar|sigo cortando"
        r"|hago cortes|he hecho cortes|hice cortes|hago heridas)\b(?= (?:los |las |mis )?(?:brazos?|munecas?|piernas?|muslos?|venas|piel|barriga"
        r"|tripa)"
        r"| (?:a proposito|aposta|adrede|otra vez|de nuevo|para|cuando|con (?:una |la )?(?:cuchilla|navaja|hoja|cuter|cutter|cristal))| ?$)",
        r"\b(?:(?:ganas|necesidad|impulsos?|tentacion) de|necesito|quiero|volver a|vuelto a|volvi a|vuelvo a|empezado a|empece a|empiezo a"
        r"|pienso en|dejar de) cortarme\b"
        r"(?! (?:el|la|los|las|un|una|mi|mis) (?:pelo|unas|barba|flequillo|puntas|melena|cabello))",
        r"^(?!.*\b(?:llamada|luz|linea|conexion|internet|wifi|video|agua|gas|senal|leche|mayonesa|salsa|imagen|sonido|digestion)\b).*\bse (?:corta"
        r"|esta cortando|sigue cortando)\b"
        r"(?! (?:el|la|los|las|un|una|su|sus|mi|con|cocinando|sin|pelando|afeitandose|al|de|en|solo|sola|por|a)\b)(?= (?:cuando|y|porque|xq|desde"
        r"|hace|otra|de nuevo|todos|cada|para|si|a veces|mucho|a menudo)\b| ?$)",
        r"\bse (?:corta|esta cortando|ha cortado|corto|hace cortes|ha hecho cortes|ha vuelto a cortar|vuelve a cortar)\b"
        r"(?= (?:los |las |sus )?(?:brazos?|munecas?|piernas?|muslos?|venas|piel|barriga)"
        r"| (?:a proposito|aposta|adrede|otra vez|de nuevo|con (?:una )?(?:cuchilla|navaja|cuter|cutter)))",
        r"\bcortes (?:en|por) (?:los|las|sus|mis|el|la) (?:brazos|munecas|piernas|muslos|barriga|tripa)\b|\bmarcas de cortes\b"
        r"|\bcuchillas?\b.{0,50}\b(?:brazo|brazos|muneca|munecas|piel|pierna|piernas|muslo|muslos)\b",
        # Hurting oneself on purpose (not "me hago daño en la espalda al levantarla").
        r"\b(?:hacerme|me hago|me hice|me he hecho|me estoy haciendo|hacerse|se hace|se hizo|se ha hecho|se esta haciendo|lastimarme|me lastimo"
        r"|lastimarse|se lastima|herirme|me hiero|herirse|se hiere|castigarme|se castiga) (?:dano |heridas |cortes |quemaduras )?"
        r"(?:a (?:mi|si) mism[oa]|a proposito|aposta|adrede|queriendo|otra vez|de nuevo"
        r"|para (?:sentir|no sentir|calmar|castigarme|castigarse|desahogarme)"
        r"|con (?:una |un |el |la |unas |unos )?(?:cuchillas?|navajas?|cigarr\w*|mechero|encendedor|tijeras|cuter|cutter))\b",
        # Anything done to oneself "a propósito".
        r"\b(?:me|se) (?:he |ha |e |estoy |esta )?(?:quem|cort|golpe|aran|pinch|pellizc|mord|muerd|rasc|hier|lastim)\w*\b.{0,50}\b(?:a proposito"
        r"|aposta|adrede|queriendo|para sentir|para no sentir|para castigar\w*)\b",
        r"(?<!\bno tengo )(?<!\bsin )\b(?:ganas|impulso|impulsos|necesidad|tentacion) de (?:hacerme dano|lastimarme|herirme|castigarme|quemarme)\b"
        r"|(?<!\bno )(?<!\bnunca )\b(?:quiero|kiero|necesito) (?:hacerme dano|lastimarme|herirme)\b(?! (?:al|cuando|con la grua))",
        r"\b(?:pega|golpea|pego|golpeo|lastima|hace dano|muerde|arana|quema|corta|castiga)\w* (?:a )?(?:si|mi) mism[oa]\b",
        r"\b(?:me|se) (?:arano|arana|rasguno|rasguna|pellizco|pellizca|muerdo|muerde|quemo|quema|corto|corta|golpeo|golpea) (?:los|las|mis"
        r"|sus) (?:brazos|munecas|piernas|muslos|manos)\b"
        r"(?! (?:cocinando|con el horno|con la plancha|con el aceite|sin querer|al cocinar|con la sarten))",
        # Burning, head-banging, biting, pulling hair out.
        r"\b(?:me|se) (?:quemo|quema|he quemado|ha quemado|esta quemando|apago|apaga) (?:los brazos|la piel|las manos|los cigarr\w*"
        r"|con (?:cigarr\w*|el mechero|un mechero|encendedor|un encendedor|un cigarr\w*))\b"
        r"(?! (?:cocinando|con el horno|con la plancha|con el aceite|sin querer|al cocinar|con la sarten))"
        r"|\bse apaga (?:los )?cigarr\w* en (?:el|la|los|las) (?:brazo|mano|piel|pierna)",
        r"\b(?:me|se) (?:golpea|golpeo|golpe[oa]|da golpes|doy golpes|da cabezazos|doy cabezazos|pega cabezazos|pego cabezazos|pega golpes|estrella"
        r"|da con) "
        r"(?:la cabeza )?(?:contra|en) (?:la pared|las paredes|el suelo|la puerta|los muebles|la mesa|el cristal)\b",
        r"\bse (?:muerde|arana|pellizca|rasca|arranca"
        r"|hiere) (?:\w+ ){0,3}(?:hasta (?:sangrar|hacerse sangre|que sangra|que le sangra|hacerse heridas|dejarse marcas|quedarse calv[oa])"
        r"|a mechones)",
        r"\b(?:se (?:da|dan|pega)|me (?:doy|pego)) (?:golpes|punetazos|cabezazos|bofetadas|tortazos) (?:a si mism[oa]|a mi mism[oa]|en la cabeza"
        r"|en la cara|contra)\b",
        r"\b(?:me|se) \w+\b.{0,40}\bhasta (?:sangrar|hacerse sangre|hacerme sangre|que (?:le |me )?sangr\w+|hacerse heridas|hacerme heridas"
        r"|dejarse marcas|dejarme marcas)\b",
        r"\b(?:hacerme|hacerse|me hago|se hace|me hice|se hizo) (?:cortes|heridas|quemaduras)\b|\bllen[oa]s? de cortes\b"
        r"|\b(?:cortes|heridas|quemaduras|marcas|aranazos)\b.{0,30}\bque se (?:hace|hizo|ha hecho|hacia)\b",
        r"\bme (?:hago|he hecho|hice|estoy haciendo) dano en (?:los|las|mis) (?:brazos|piernas|munecas|muslos)\b|\bme (?:hago|he hecho"
        r"|hice) dano en la piel\b"
        r"|\bme (?:hago|he hecho|hice) dano cuando (?:me siento|estoy|me pongo|me agobio|me enfado|me desespero|me da|no puedo)\b",
        # "me corto por todo lo que pasa en casa".
        r"(?<!\bse )\b(?:me|m) (?:corto|estoy cortando|he cortado|corte|vuelvo a cortar) por (?:todo|lo que|como me siento|la ansiedad|ansiedad"
        r"|el estres|estres|la tristeza|tristeza|la rabia|rabia|culpa de|lo mal|los problemas|las cosas de casa)\b",
        # "me hago daño cuando todo me supera" (not "cuando la levanto").
        r"\bme (?:hago|he hecho|hice|estoy haciendo) dano (?:cuando|si|porque|xq|para)\b(?!(?: \w+){0,3} (?:levant\w*|carg\w*|muev\w*|mov\w*"
        r"|cog\w*|agach\w*|empuj\w*|ayud\w*|ban\w*|duch\w*|vist\w*|acuest\w*|camin\w*|corr\w*|fuerza|gir\w*|tir\w*|entren\w*|jueg\w*"
        r"|trabaj\w*|cocin\w*|limpi\w*|subo|bajo|escaleras|gimnasio|deporte)\b)",
        # Voices telling someone to hurt themselves.
        r"\b(?:oye|escucha|oigo|escucho|oia|escuchaba|oyendo|escuchando) voces\b(?: \w+){0,3} (?:que|q|k) (?:le|me) (?:dicen|mandan|ordenan"
        r"|piden|decian|mandaban) (?:que )?(?:se|me) (?:haga dano|hagan dano|lastime|corte|queme|hiera|golpee|castigue)\b",
    ),
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

# Sentences that deny the danger or put it in the past, on screen or in a course; such a
# sentence is not read. A sentence that also says "ahora", "otra vez", "hoy" is kept.
_NOW = (r"(?:ahora(?! (?:\w+ )?(?:esta|estamos|estan|es|cuido|cuidamos|vive|vivimos|tiene|se encuentra|le va|va bien|le cuido|la cuido|lo cuido)\b)"
        r"|ahorita|hoy|esta noche|esta manana|esta tarde|otra vez|de nuevo|volvio a|vuelve a|ha vuelto a|sigue|todavia|aun|anoche)")
NOT_NOW = (
    # Denials: "no estoy pensando en matarme", "no quiero morirme", "nunca me haría daño"
    # (not when the sentence goes on: "no quiero morirme, pero mi marido me pega").
    r"^(?!.*\b(?:pero|aunque|sin embargo)\b).*\b(?:no|nunca|jamas) (?:me |se )?(?:voy a|va a|pienso|piensa|quiero|quiere|estoy pensando en"
    r"|esta pensando en|he pensado en|ha pensado en"
    r"|pienso en|tengo (?:ninguna )?(?:intencion|ganas) de|tiene (?:ninguna )?intencion de|haria|haria nada para|seria capaz de|es que quiera"
    r"|me atreveria a|tengo pensado)"
    r" (?:\w+ )?(?:matarme|matarse|matar|suicidarme|suicidarse|suicidar|quitarme la vida|quitarse la vida|quitar la vida|morir|morirme|morirse"
    r"|hacerme dano|hacerse dano"
    r"|hacer dano|cortarme|cortarse|lastimarme|lastimarse|hacer (?:ninguna |una )?(?:locura|tonteria))\b",
    r"^(?!.*\b(?:pero|aunque|sin embargo)\b).*\b(?:no|nunca|jamas) (?:me|se) (?:haria|he hecho|hago|ha hecho|hace) dano\b"
    r"|^(?!.*\b(?:pero|aunque|sin embargo)\b).*\bno (?:tengo|tiene) (?:ideas|pensamientos) (?:de|suicidas)\b"
    r"|^(?!.*\b(?:pero|aunque|sin embargo)\b).*\b(?:no|nadie) (?:estoy|esta|estamos) en peligro\b",
    # Long ago ("hace años intentó...", not "hace años que me pega", which is still going on).
    rf"^(?!.*\b{_NOW}\b).*(?:(?<!\bdesde )\bhace (?:mas de |unos |muchos |\w+ )?(?:anos|ano|meses|mucho tiempo|decadas)\b(?! (?:que|q|k)\b)"
    r"|\bel (?:ano|mes) pasado\b|\bcuando (?:yo )?era (?:nin[oa]|pequen[oa]|joven|adolescente|chic[oa]|chiquit[oa]|chaval|chavala|cria|crio)\b"
    r"|\bde (?:pequen[oa]|nin[oa]|joven|adolescente|chiquit[oa])\b|\ben (?:19|20)\d\d\b|\ben los (?:anos )?(?:60|70|80|90|sesenta|setenta|ochenta"
    r"|noventa)\b)",
    # Over and fine: "ya pasó", "fue solo un susto", "ya está bien".
    r"^(?!.*\b(?:otra vez|de nuevo|volvio a|vuelve a|ha vuelto a)\b).*(?:\bya (?:paso|se le paso|se me paso|se recupero|esta (?:bien|mejor|estable"
    r"|fuera de peligro|recuperad[oa])"
    r"|estamos (?:bien|mejor|tranquil[oa]s)|esta en casa y (?:bien|estable))\b|\b(?:fue|era|resulto ser|al final fue) (?:solo |nada mas que "
    r"|solamente )?(?:un susto|una falsa alarma|ansiedad|un virus|gases|nada grave)\b"
    r"|\bse quedo en (?:un )?susto\b|\bfalsa alarma\b|\bgracias a dios (?:no fue nada|esta bien|ya esta)\b)",
    # On screen, in the news, in a book or a course; or asking what to do "if one day".
    r"^(?!.*\b(?:ahora mismo|ahorita|otra vez|de nuevo|volvio a|vuelve a|ha vuelto a|me esta|nos esta)\b).*\b(?:serie|series|telenovela|novela"
    r"|pelicula|peli|documental|telediario|noticiero|noticias|capitulo|episodio|temporada|netflix|reality"
    r"|la tele|la television|la radio|el periodico|un articulo|un libro|folleto|curso|cursillo|formacion|taller|charla|primeros auxilios"
    r"|voluntari[oa]|examen|trabajo de clase)\b",
    # Portuguese, read by pt.py: many crisis words are spelt alike once folded
    # ("violência doméstica", "inconsciente"), so a sentence with words only Portuguese has
    # is not read by these rules.
    r"\b(?:nao|minha|minhas|meu|meus|voce|estou|estava|tenho|muito|muita|uma|ele|ela|eles|elas|isso|entao|tambem|hoje|agora|mae|pai|avo|ninguem"
    r"|sozinha|sozinho|comprimidos|chao|obrigad[oa])\b",
    # Planning ahead: "¿qué hago si algún día se cae?", "¿cuándo tengo que llamar?".
    r"\b(?:que|q) (?:hago|hacer|hacemos|deberia hacer|debo hacer|tengo que hacer|se hace|hay que hacer) (?:\w+ )?si (?:algun dia|alguna vez"
    r"|en algun momento|un dia|llegara a|pasara)\b"
    r"|\ben caso de que\b|\bpor si (?:algun dia|alguna vez)\b|\bsi (?:algun dia|alguna vez)\b|\bcuando (?:debo|tengo que|hay que|se debe) (?:llamar"
    r"|ir)\b",
)

# --- Messages each kind must catch, and look-alikes no kind may catch ------------------

CATCHES = {
    "medical_emergency": (
        "Mi madre se ha desmayado en la cocina y no reacciona, ¿qué hago?",
        "mi papa no respira bien, se esta poniendo morado, ayuda",
        "Por favor!! mi marido se cayó en el baño, se golpeó la cabeza y está sangrando mucho",
        "creo q a mi abuela le esta dando un ictus, tiene la boca torcida y no se le entiende",
        "mi hijo lleva 5 minutos convulsionando y no para",
        "Mi padre se ha tomado todas las pastillas de la caja, está muy dormido",
        "le duele mucho el pecho y esta sudando frio",
        "no consigo despertarla, está fría",
        "Mi suegro con alzheimer se ha escapado esta noche en pijama y no lo encuentro",
        "mi mama esta inconsciente en el suelo",
        "se esta ahogando!! se atraganto con la comida y no puede respirar",
        "Estoy esperando la ambulancia, mi esposo tiene los labios azules",
        "hay fuego en la cocina y mi abuelo no puede salir de la cama",
        "el niño se ha tragado una pila de botón",
        "Hola, soy cuidadora de mi tía. Llevo meses pidiendo ayuda con el papeleo del ayuntamiento y nadie me contesta. "
        "Ahora mismo se ha caído en el pasillo y no se mueve, no sé si llamar a alguien primero o qué.",
        "mi hermano es diabetico, tiene el azucar muy baja y no reacciona",
        "mi hijo tiene un cuchillo y dice que me va a matar",
        "mi viejo esta en el piso y no se mueve, creo que le dio algo",
        "mi papá no se despierta y está frío",
        "mi abuelo está desplomado en el sofá y no reacciona",
        "mi madre es diabética, está temblando y muy confusa, sudando mucho",
        "mi hermano sacó un cuchillo y nos amenaza",
        "mi marido ha desaparecido y está sin su medicación",
        "mi madre tiene alzheimer y no sabemos dónde está desde esta mañana",
    ),
    "suicidal": (
        "Ya no quiero vivir, estoy cansada de todo",
        "a veces pienso en quitarme la vida",
        "me quiero morir, no aguanto mas esta vida",
        "kiero matarme",
        "mis hijos estarían mejor sin mí",
        "Ojalá me muriera mientras duermo y no despertar nunca",
        "mi padre dice que se quiere morir y ha guardado pastillas para cuando pueda",
        "tengo pensamientos suicidas desde hace semanas",
        "Estoy en el puente y no puedo más, adiós",
        "mi hija adolescente habla de matarse, que hago",
        "voy a acabar con todo esta noche",
        "no le veo sentido a la vida desde que murio mi marido",
        "me voy a tirar por la ventana, ya no puedo seguir así",
        "he escrito cartas de despedida para mis hijos",
        "Buenas, quería preguntar por el Carer's Allowance porque no llego a fin de mes. Tb necesito ayuda con las noches "
        "porq mi madre no duerme. La verdad es que a veces pienso en matarme, no sé cuánto más aguanto.",
        "cuantas pastillas hacen falta para no despertar",
        "mi esposo amenaza con suicidarse si lo llevo a una residencia",
        "no puedo seguir asi, xq sigo viva",
        "toy pensando en matarme, ya no kiero estar aqui",
        "cuando voy en el coche me dan ganas de estrellarme contra un camión",
        "no quiero despertarme nunca más",
        "estoy en la azotea ahora mismo",
        "ya tengo las pastillas en la mano",
        "mi hijo escucha voces que le dicen que se mate",
        "mi novio no ha vuelto y ha dejado una carta",
    ),
    "self_harm": (
        "me corto los brazos cuando no puedo más",
        "he vuelto a cortarme, no se lo he dicho a nadie",
        "mi hija se autolesiona, le he visto cortes en los brazos",
        "mi hijo autista se golpea la cabeza contra la pared hasta sangrar",
        "Me hago daño a propósito para sentir algo",
        "tengo ganas de hacerme daño otra vez",
        "se muerde las manos hasta sangrar cuando se agobia",
        "mi nieta se hace cortes en las piernas con una cuchilla",
        "me quemo con cigarrillos, no se como parar",
        "Mi pareja se quema los brazos con el mechero",
        "necesito cortarme para calmarme",
        "mi hijo tiene autolesiones y ahora está peor",
        "Hola, necesito info sobre respiro para cuidadores. También quería decir que mi hijo de 14 se corta las muñecas "
        "y no sé a quién acudir.",
        "me pego a mi misma cuando me desespero",
        "mi hermana se arranca el pelo hasta quedarse calva",
        "se da cabezazos contra la pared todo el dia",
        "me corto por la ansiedad, nadie lo sabe",
        "me hago daño cuando las cosas me superan",
        "mi hija oye voces que le dicen que se corte",
    ),
    "child_at_risk": (
        "Mi padrastro me pega con el cinturón cuando llega borracho",
        "tengo 13 años y mi papá me pega mucho",
        "el novio de mi hija le pega al niño",
        "mis padres nos dejan solos en casa toda la noche y no hay comida para mis hermanos",
        "tengo miedo de volver a casa",
        "mi mamá está tan borracha que no puede cuidarnos",
        "no voy al colegio porque tengo que cuidar a mi madre y a mis hermanos toda la noche",
        "un hombre mayor le pide fotos desnuda a mi hija de 12 años",
        "creo que alguien abusa sexualmente de mi nieta",
        "el tio de mi sobrino le toca sus partes",
        "a mi hijo lo obligan a vender droga unos chavales mayores",
        "mi hermana deja al bebé solo todo el día",
        "tengo 10 anos y mi madre me deja sola varios dias",
        "el niño de la vecina tiene moratones y dice que le pega su padre con la correa",
        "Soy cuidadora de mi madre y busco información sobre ayudas. Otra cosa: mi cuñado les pega a los niños "
        "cuando bebe y mi hermana no hace nada.",
        "no quiero volver a casa, mi padre me pega",
        "mis papás se drogan y nos dejan solos sin comer",
        "me da pánico volver a casa",
        "mi papá lleva dos noches sin volver a casa",
        "tengo 9 y no tenemos nada de comer, mi mamá no sale de la cama",
        "un hombre de internet me regala robux y me dice que no se lo cuente a mi mamá",
    ),
    "adult_at_risk": (
        "Mi madre con demencia me pega cuando la intento duchar",
        "la cuidadora le grita y le pega a mi abuela",
        "mi sobrino le está robando la pensión a mi tía",
        "en la residencia la dejan sin comer y sucia todo el día",
        "mi padre tiene moratones que nadie sabe explicar",
        "creo que están estafando a mi madre, le han sacado todo el dinero de la cuenta",
        "el vecino se queda con la paga de mi tío",
        "no le dan la medicación a mi abuelo en el centro",
        "lleva tres dias sin comer y nadie la atiende",
        "mi abuela tiene escaras y la tienen atada a la cama",
        "tengo miedo de perder los nervios con ella y pegarle",
        "ayer le pegué a mi madre, no me reconozco",
        "mi suegro me muerde y me araña cuando lo cambio",
        "Hola, quería saber si hay centros de día en Brixton. Además me preocupa que el inquilino de mi padre "
        "le quita el dinero y no le deja ver a nadie.",
        "mi hermano se aprovecha de mi madre y le obliga a firmar papeles",
        "mi marido tiene alzheimer y ayer me dio una bofetada",
        "mi tía tiene cardenales que nadie sabe explicar",
        "mi abuela tiene moretones y no sabe decir de dónde",
        "el sobrino se ha aprovechado de mi tía y le hace firmar cosas",
        "la cuidadora dejó a mi abuela sin comida todo el día",
        "mi hijo encerró a mi padre en el garaje",
    ),
    "domestic_abuse": (
        "Mi marido me pega y no sé qué hacer",
        "me pega cuando bebe",
        "mi pareja no me deja salir de casa ni tener dinero",
        "mi ex me ha amenazado de muerte",
        "mi hijo me ha empujado contra la pared y me da miedo",
        "le tengo miedo a mi esposo",
        "mi novio me quita el móvil y me revisa los mensajes",
        "sufro violencia de género",
        "Mi marido dice que me va a matar si lo dejo",
        "mi esposo me obliga a tener relaciones cuando no quiero",
        "mi hijo se pone violento y me tira cosas",
        "me amenazó con un cuchillo anoche",
        "mi pareja amenaza con quitarme a los niños",
        "tengo miedo en mi propia casa",
        "Buenos días, soy cuidadora de mi marido que tuvo un ictus. Necesito información sobre ayudas económicas. "
        "Desde que está enfermo me insulta y me ha dado un tortazo dos veces.",
        "mi hermano me agarró del cuello",
        "mi esposo me golpea cuando toma",
        "mi marido controla con quién hablo y mis mensajes",
        "me maltratan en mi propia casa",
        "mi novio me volvió a pegar",
        "mi novio me amenaza con que me deporten si lo denuncio",
    ),
    "care_breakdown": (
        "Estoy ingresada en el hospital y mi madre está sola en casa, tiene demencia",
        "me operan mañana y no hay nadie que cuide a mi padre",
        "me llevan en ambulancia al hospital, ¿quién cuida a mi hijo discapacitado?",
        "ya no puedo cuidarla, me voy y que se apañen",
        "la cuidadora no ha venido y mi padre no puede levantarse solo",
        "me he caído y me he roto el brazo, no puedo cuidarlo",
        "han cancelado la ayuda a domicilio de golpe y mi madre no se vale",
        "no hay nadie que se quede con mi abuelo esta noche",
        "le dan el alta hoy sin ningún cuidado y vive sola",
        "lo dejo y me voy, no aguanto más",
        "no puedo ni levantarme de la cama con fiebre y nadie para darle de comer a mi madre",
        "mi madre no puede quedarse sola y estoy en urgencias",
        "Hola, llevo 10 años cuidando a mi hermano. Ahora estoy en urgencias esperando, me van a ingresar "
        "y mi hermano se ha quedado solo, no sabe ni usar el teléfono.",
        "voy a abandonarlo, ya no puedo más con él",
        "Me tienen que ingresar y no sé quien va a cuidar a mi mujer",
        "las cuidadoras no vinieron anoche y mi tía pasó la noche en el sillón",
        "me largo, que lo cuide otro",
        "me trajeron al hospital y mi madre con demencia está sola en casa",
        "la agencia no viene desde el lunes y mi madre no puede levantarse",
    ),
}

LOOKALIKES = (
    # Idioms and hyperbole.
    "estoy muerta de cansancio",
    "me muero de ganas de ver a mis nietos",
    "mi nieto me mata de risa",
    "casi me muero del susto cuando sonó el teléfono",
    "este papeleo me está matando",
    "me mata la espalda de tanto levantarla",
    "me mato a trabajar y nadie lo valora",
    "me quiero morir de la vergüenza, me equivoqué de cita",
    "me da un ataque de nervios cada vez que llama el banco",
    "estoy que me subo por las paredes con tanto formulario",
    "mi jefa me va a matar si llego tarde otra vez",
    "mi madre me va a matar a disgustos",
    "mi marido me pegó la gripe y ahora estamos los dos malos",
    "me pego una ducha y me acuesto",
    "mi hija me empuja a pedir ayuda, dice que hago demasiado",
    "Estoy hasta arriba de trabajo",
    "mejor muerta que sencilla, como dice la canción jaja",
    # Exhaustion without danger.
    "estoy agotada, no puedo más, necesito un respiro",
    "no aguanto más el cansancio, ¿hay ayudas para respiro?",
    "no duermo nada, mi madre se despierta cada hora",
    "me siento muy sola cuidando a mi padre",
    "estoy quemada y necesito hablar con alguien",
    "ya no puedo cuidarla yo sola, quiero informarme sobre residencias",
    # Denials and the past.
    "no estoy pensando en matarme, solo estoy muy cansada",
    "no quiero morirme, solo quiero dormir una noche entera",
    "Tranquila, nunca me haría daño, es solo cansancio",
    "hace años mi padre intentó quitarse la vida, ahora está bien y le cuido yo",
    "el año pasado mi madre se desmayó, pero ya está bien",
    "fue solo un susto, ya pasó",
    "cuando era pequeña mi padre nos pegaba, ahora cuido de él y es difícil",
    "mi madre tuvo un ictus hace dos años y necesita ayuda para ducharse",
    # On screen and in the news.
    "en la serie que veo el protagonista se quiere matar, qué fuerte",
    "vi en las noticias un caso de violencia de género",
    "en el curso de primeros auxilios aprendimos qué hacer si alguien no respira",
    # Medication and health questions asked normally.
    "¿cuántas pastillas de paracetamol puede tomar mi madre al día?",
    "mi padre toma muchas pastillas, ¿hay pastilleros con alarma?",
    "se atraganta a veces con el agua, ¿qué espesante es mejor?",
    "no respira bien por la nariz cuando duerme, ¿le compro un humidificador?",
    "tiene epilepsia, ¿hay ayudas para pagar la medicación?",
    "mi madre se cae mucho, ¿hay alarmas para caídas?",
    "¿cómo prevenir las escaras si está mucho en la cama?",
    # Everyday life.
    "mi hijo de 15 años me ayuda en casa con su abuela",
    "me toca a mí cuidarla los fines de semana",
    "mi hija me ayuda a bañar a su abuelo, es un sol",
    "se cortó la luz y la grúa no funciona, ¿a quién llamo?",
    "me corté el pelo y mi madre no me reconoció",
    "me hago daño en la espalda al levantarla de la cama",
    "tengo miedo de hacerle daño al levantarlo",
    "la cuidadora no viene los domingos, ¿hay alguna ayuda para el fin de semana?",
    "me operan el mes que viene, ¿quién puede cuidar a mi madre esas semanas?",
    "mi madre está sola por las tardes mientras trabajo, ¿hay centros de día?",
    "no quiero vivir con mi suegra, ¿hay pisos adaptados?",
    "mi nieto de dos años me muerde cuando le salen los dientes",
    "le saco yo el dinero del banco porque ella no puede ir",
    "No hay comida en casa hasta que cobre, ¿hay bancos de alimentos?",
    "quiero acabar con todo el papeleo antes del viernes",
    "mi madre dice que quiere morir en casa, no en el hospital",
    "Mi padre se pone agresivo por las tardes, ¿qué puedo hacer?",
    "no puedo vivir con 400 libras al mes",
    "mi hijo me quita el móvil para jugar jaja",
    "el niño me da patadas cuando le cambio el pañal",
    "mi padre se ahoga un poco al subir escaleras por la EPOC",
    "la residencia no me deja visitarla por la gripe",
    "me quiero morir de lo bonita que está mi nieta",
    "estoy en urgencias con mi padre y nadie nos atiende desde hace 5 horas",
    "me voy a trabajar y la dejo sola un rato, ¿hay teleasistencia?",
    "a mi hijo le está dando una rabieta porque no quiere ir al cole",
    "mi mamá no se despierta hasta las diez, ¿es normal con la medicación nueva?",
    "mi bebé no se despierta por la noche para comer, ¿está bien?",
    "no quiero despertarme mañana tan temprano para la cita",
    "estoy en el tejado ahora mismo arreglando una teja",
    "tengo las pastillas de mi madre delante, ¿cuál le doy primero?",
    "me hago daño cuando la levanto de la cama, ¿hay grúas?",
    "mi padre es diabético y suda mucho en verano",
    "tiene un cuchillo nuevo de cocina y le encanta cocinar",
    "el notario le hizo firmar la escritura de la casa",
    "mi marido controla su diabetes muy bien",
    "la cuidadora no viene los domingos, ¿quién la sustituye?",
    "mi madre oye voces a veces, pero está con tratamiento y tranquila",
    "mi madre tiene demencia y salió al jardín a regar",
    "mi hijo se fue a trabajar y dejó una nota en la nevera",
    "yo dejo a mi madre sin sal por la tensión",
    # Round 2: ordinary messages the rules once flagged.
    "casi me mato corriendo a la farmacia, me pidieron prueba de que soy cuidadora",
    "me operan de la rodilla el martes y mi madre se queda sola dos días, mi hermana viene el jueves, ¿alguien puede pasar a verla?",
    "ayer tuve un accidente con el coche, nada grave, pero me hizo pensar quién cuidaría a mi padre si me pasa algo",
    "me he caído en la calle y me duele la muñeca, pero puedo seguir cuidando a mi padre, solo estoy cansada",
    "si me ingresan algún día, mi hijo discapacitado se queda sin nadie, quiero dejar un plan hecho",
    "llamamos a la ambulancia el mes pasado por la tensión de mi madre, ahora está en casa",
    "mi padre con demencia dice que yo le robo la pensión, pero yo le gestiono el dinero con poder notarial",
    "la cuidadora no vino ayer porque estaba enferma y mi hermana se quedó con mamá",
    "mi hijo autista de 7 años me pega cuando le corto el pelo, ¿hay peluqueros que sepan de autismo?",
    "lloro en el coche para que mi madre no me vea, estoy muy triste pero no quiero hacerme daño",
    "mi jefe no me deja salir antes para llevar a mi papá al médico",
    "me operaron hace un año y mi madre se quedó sola con mi hermana, quiero un plan de emergencia",
    "no tengo ganas de hacerme daño, solo de dormir",
    "por poco me mato con la bici yendo a casa de mi madre, ya estoy bien",
)
