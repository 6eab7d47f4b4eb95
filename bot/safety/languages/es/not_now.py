"""What makes a es sentence about danger not a crisis now: denied, past, or about someone else."""
from __future__ import annotations

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
