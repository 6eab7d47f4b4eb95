"""The es rules for danger to life: a medical emergency, suicide, self-harm."""
from __future__ import annotations

from bot.safety.languages.es.vocabulary import (KIN, NOT, NOT_IDIOM_DIE, NOT_IDIOM_KILL, PARTNER, _DROP, _END_LIFE,
                                                _SELF)

DANGER_TO_LIFE = {
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
}
