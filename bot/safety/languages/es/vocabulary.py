"""The shared pieces of vocabulary and helpers the es rules are written with."""
from __future__ import annotations

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
