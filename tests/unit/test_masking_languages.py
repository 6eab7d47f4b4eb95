"""Masking personal data written in Portuguese, Spanish, Polish and Somali: names,
addresses, flats and floors, phone numbers, emails and dates of birth, in many ways of
writing them, and the everyday words in those languages that must stay readable."""
from __future__ import annotations

import pytest

from bot.directory.schema import read_directory
from bot.privacy.masking import masker_for, Masker


@pytest.fixture(scope="module")
def masker() -> Masker:
    return masker_for(read_directory())


def assert_masked(masker: Masker, text: str, secrets: str, label: str) -> str:
    masked = masker.mask(text)
    for secret in secrets.split("|"):
        assert secret.lower() not in masked.lower(), (text, masked)
    assert f"[{label}]" in masked, (text, masked)
    return masked


# --- names -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, secrets", [
    ("chamo-me Ana Souza", "Ana|Souza"),
    ("Chamo-me Benedita Carvalho e cuido do meu pai", "Benedita|Carvalho"),
    ("meu nome é João", "João"),
    ("o meu nome e joao pereira", "joao|pereira"),
    ("Olá, eu me chamo Gonçalo Ferreira", "Gonçalo|Ferreira"),
    ("Me chamo Goncalo", "Goncalo"),
    ("sou a Maria", "Maria"),
    ("Sou a Conceição e cuido do meu marido", "Conceição"),
    ("eu sou o Duarte, filho da dona Odete", "Duarte|Odete"),
    ("aqui é a Filipa Marques", "Filipa|Marques"),
    ("chamo-me João da Silva e cuido da minha mãe", "João|Silva"),
    ("o meu nome completo é Maria de Fátima dos Santos", "Maria|Fátima|Santos"),
    ("a minha mãe chama-se Deolinda", "Deolinda"),
    ("o nome dela é Zulmira", "Zulmira"),
    ("minha mãe Idalina tem Alzheimer", "Idalina"),
    ("o meu marido, Manuel, teve um AVC", "Manuel"),
    ("a Graça ajuda-me às vezes", "Graça"),
    ("Graça é a minha irmã", "Graça"),
    ("falei com a Sra. Almeida da câmara", "Almeida"),
    ("me llamo Carlos Pérez", "Carlos|Pérez"),
    ("Hola, me llamo Jesús García y cuido a mi madre", "Jesús|García"),
    ("mi nombre es Lucía", "Lucía"),
    ("mi nombre es lucia fernandez", "lucia|fernandez"),
    ("soy Ana", "Ana"),
    ("Buenas tardes, soy Guadalupe Ramírez", "Guadalupe|Ramírez"),
    ("yo soy Wilmer", "Wilmer"),
    ("le escribe Yesenia Torres", "Yesenia|Torres"),
    ("me llamo Carlos de la Cruz", "Carlos|Cruz"),
    ("mi madre se llama Remedios", "Remedios"),
    ("su nombre es Eusebio", "Eusebio"),
    ("mi esposo Jorge tiene Parkinson", "Jorge"),
    ("mi hija, Ximena, me ayuda", "Ximena"),
    ("el señor Quispe es mi vecino", "Quispe"),
    ("Rosa tiene demencia", "Rosa"),
    ("nazywam się Katarzyna Nowak", "Katarzyna|Nowak"),
    ("Nazywam sie Lukasz Kowalski", "Lukasz|Kowalski"),
    ("mam na imię Tomek", "Tomek"),
    ("Dzień dobry, na imię mam Bożena", "Bożena"),
    ("moje imię i nazwisko to Wojciech Zieliński", "Wojciech|Zieliński"),
    ("jestem Ola", "Ola"),
    ("Cześć, jestem Grzegorz", "Grzegorz"),
    ("tu Małgosia z Brixton", "Małgosia"),
    ("moja mama ma na imię Halina", "Halina"),
    ("moja mama Teodozja ma demencję", "Teodozja"),
    ("mój mąż Grzegorz miał udar", "Grzegorz"),
    ("opiekuję się mamą Haliną", "Haliną"),
    ("pracuję z Agnieszką", "Agnieszką"),
    ("dzwoniłam do Wojciecha wczoraj", "Wojciecha"),
    ("rozmawiałam z Łukaszem", "Łukaszem"),
    ("pani Kowalska mi czasem pomaga", "Kowalska"),
    ("Jan jest moim mężem", "Jan"),
    ("mam na imię Jan", "Jan"),
    ("Małgorzata i Agnieszka to moje siostry", "Małgorzata|Agnieszka"),
    ("magacaygu waa Faadumo", "Faadumo"),
    ("Magacaygu waa Maxamed Cali Warsame", "Maxamed|Cali|Warsame"),
    ("magaceygu waa Xaliimo", "Xaliimo"),
    ("waxaan ahay Sahra Jaamac", "Sahra|Jaamac"),
    ("hooyaday Faadumo waxay qabtaa dementia", "Faadumo"),
    ("magaceedu waa Hibaaq", "Hibaaq"),
])
def test_names_in_other_languages(masker, text, secrets):
    assert_masked(masker, text, secrets, "name")


@pytest.mark.parametrize("name", [
    "João", "Joao", "Conceição", "Conceicao", "Graça", "Gonçalo", "Goncalo", "Jesús", "Guadalupe",
    "Małgorzata", "Malgorzata", "Grzegorz", "Wojciech", "Agnieszka", "Łukasz", "Lukasz", "Faadumo",
])
def test_given_names_without_a_cue(masker, name):
    assert_masked(masker, f"hoje falei com {name} sobre a ajuda", name, "name")


# --- everyday words that must stay --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "sou a mãe dele",
    "sou a cuidadora principal da minha avó",
    "sou o filho mais velho",
    "sou portuguesa e tenho 60 anos",
    "estou cansada",
    "estou muito cansada e preocupada",
    "não tenho dinheiro para pagar a renda",
    "a consulta é de graça",
    "é de graça?",
    "quero uma rosa",
    "está ali em cima da mesa",
    "em marco vou ao médico",
    "aos domingos a minha filha ajuda",
    "Obrigada pela ajuda, Deus te abençoe",
    "Preciso de ajuda com o Universal Credit",
    "tenho 2 filhos, de 5 e 7 anos",
    "ligo amanhã às 10",
    "soy la cuidadora",
    "soy madre soltera",
    "soy de Colombia",
    "Soy Colombiana",
    "ella no puede caminar",
    "Ella está en el hospital",
    "Lee el mensaje por favor",
    "leo los mensajes cada noche",
    "tengo dolores de cabeza",
    "necesito ayuda, estoy agotada",
    "¿Me pueden ayudar con la Seguridad Social?",
    "pago 350 libras al mes de alquiler",
    "mi hijo tiene 12 años y es autista",
    "jestem zmęczona",
    "Jestem bardzo zmęczona",
    "jestem Polką i mieszkam w Londynie od 10 lat",
    "jestem opiekunką mojej mamy",
    "jestem w domu cały dzień",
    "Mam dość, jestem wykończona",
    "moja mama ma 85 lat i mieszka sama",
    "Czy mogę dostać Carers Allowance?",
    "Dziękuję bardzo za pomoc",
    "waxaan ahay hooyo",
    "waxaan ahay daryeelaha aabbahay",
    "Mahadsanid walaal",
    "hooyaday waa jiran tahay",
    "vivo en Brixton con mi madre",
    "moro em Stockwell há 10 anos",
    "the appointment is on 5 Jan",
    "estou em casa desde março",
    "o meu filho esta ali",
    "Ela tem 80 anos e vive sozinha",
    "Está ali em cima da mesa",
    "vivo en la calle desde hace un mes",
    "moro na rua, não tenho casa",
])
def test_everyday_sentences_in_other_languages_are_left_alone(masker, text):
    assert masker.mask(text) == text


# --- addresses ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, secrets", [
    ("moro na 12 Acre Lane", "12 Acre Lane"),
    ("Moro no número 12 da Acre Lane", "Acre"),
    ("moro na Railton Road", "Railton"),
    ("mudei-me para a Railton Road", "Railton"),
    ("moro na Rua Acre Lane, nº 12", "Acre|12"),
    ("vivo en el 45 de Brixton Road", "45|Brixton Road"),
    ("vivo en Stockwell Park Crescent", "Stockwell Park"),
    ("vivo en la calle Railton 5", "Railton"),
    ("me mudé a Coldharbour Lane el año pasado", "Coldharbour"),
    ("mieszkam przy 7 Coldharbour Lane", "7 Coldharbour"),
    ("mieszkam na Brixton Hill 23 m. 4", "Brixton Hill|23|4"),
    ("przeprowadziłam się na Stockwell Road", "Stockwell Road"),
    ("mieszkam przy ulicy Ferndale Road", "Ferndale"),
    ("mieszkanie 3, 10 Stockwell Road", "mieszkanie 3|10 Stockwell"),
    ("Acre Lane 14, Londyn", "Acre Lane 14"),
    ("waxaan degenahay 22 Railton Road", "22 Railton"),
])
def test_addresses_in_other_languages(masker, text, secrets):
    assert_masked(masker, text, secrets, "address")


@pytest.mark.parametrize("text, secrets", [
    ("apartamento 4", "apartamento 4"),
    ("apto. 12", "12"),
    ("flat 3, 2º andar", "flat 3|2º andar"),
    ("fico no 3º andar", "3º andar"),
    ("piso 2, puerta 4", "piso 2|puerta 4"),
    ("vivo en el 3er piso", "3er piso"),
    ("departamento 7B", "7B"),
    ("mieszkanie nr 5", "mieszkanie nr 5"),
    ("mieszkam na 2 piętrze", "2 piętrze"),
    ("casa número 21", "21"),
    ("guriga 9", "9"),
])
def test_flats_and_floors(masker, text, secrets):
    assert_masked(masker, text, secrets, "address")


# --- phone numbers ------------------------------------------------------------------------
@pytest.mark.parametrize("text, secrets", [
    ("+351 912 345 678", "912 345 678"),
    ("o meu número é +351912345678", "912345678"),
    ("liga para 00351 21 123 4567", "123 4567"),
    ("+34 612 34 56 78", "34 56 78"),
    ("(+34) 612-345-678", "345-678"),
    ("+48 512-345-678", "345-678"),
    ("0048 22 123 45 67", "123 45 67"),
    ("meu número é 07700 900123", "900123"),
    ("meu telemóvel: 912 345 678", "345 678"),
    ("o meu celular é 912345678", "912345678"),
    ("mi número es 612345678", "612345678"),
    ("mi móvil es el 612 34 56 78", "34 56 78"),
    ("mi número de teléfono es el 7700 900123", "900123"),
    ("mój numer to 512 345 678", "345 678"),
    ("mój telefon: 600 700 800", "700 800"),
    ("tel. 22 123 45 67", "123 45 67"),
    ("numer komórki 512345678", "512345678"),
    ("lambarkaygu waa 07700 900123", "900123"),
    ("taleefankeygu waa 07700900123", "07700900123"),
    ("zadzwoń na 698 765 432", "765 432"),
    ("zero sete sete zero zero nove zero zero um dois três", "nove zero zero"),
    ("cero siete siete cero cero nueve cero cero uno dos tres", "nueve cero cero"),
    ("zero siedem siedem zero zero dziewięć zero zero jeden dwa trzy", "dziewięć zero zero"),
    ("eber toddoba toddoba eber eber sagaal eber eber kow laba saddex", "sagaal eber eber"),
    ("meu número é zero sete sete 0 0 9 0 0 um dois três", "9 0 0"),
])
def test_phone_numbers_in_other_languages(masker, text, secrets):
    assert_masked(masker, text, secrets, "phone number")


@pytest.mark.parametrize("text", [
    "pago 120 euros por mes",
    "o número do autocarro é o 159",
    "mi número de cliente es 12",
    "tengo 1 2 3 hijos",
    "moja mama ma 3 lata demencji",
    "kosztuje 1.500.000 zł",
    "uno dos tres, vamos",
])
def test_numbers_that_are_not_phone_numbers(masker, text):
    assert masker.mask(text) == text


def test_an_nhs_number_after_a_foreign_word_for_number_stays_an_nhs_number(masker):
    assert masker.mask("o número do NHS dela é 943 476 5919") == "o número do NHS dela é [NHS number]"


def test_public_numbers_stay_readable_after_foreign_words(masker):
    text = "o número do Carers' Hub é 020 7501 8970"
    assert masker.mask(text) == text


# --- emails and dates ---------------------------------------------------------------------
@pytest.mark.parametrize("text, secrets", [
    ("o meu email é ana arroba gmail ponto com", "ana arroba gmail"),
    ("mi correo es carlos punto perez arroba hotmail punto es", "perez arroba hotmail"),
    ("mój email to kasia.nowak małpa wp kropka pl", "kasia.nowak"),
    ("escreve para joao.souza@sapo.pt", "joao.souza@sapo.pt"),
])
def test_emails_in_other_languages(masker, text, secrets):
    assert_masked(masker, text, secrets, "email address")


@pytest.mark.parametrize("text, secrets", [
    ("nasci em 3 de março de 1958", "1958"),
    ("nací el 12 de marzo de 1960", "1960"),
    ("urodziłam się 5 maja 1970", "1970"),
    ("data de nascimento: 03/04/1955", "03/04/1955"),
    ("fecha de nacimiento 7/8/1949", "7/8/1949"),
])
def test_dates_of_birth_in_other_languages(masker, text, secrets):
    assert_masked(masker, text, secrets, "date of birth")


def test_several_kinds_in_one_portuguese_message(masker):
    text = ("Olá, chamo-me Gonçalo Ferreira, moro na 22 Railton Road SE24 0JN, "
            "o meu telemóvel é 912 345 678 e o email goncalo.f@example.com")
    masked = masker.mask(text)
    for secret in ("Gonçalo", "Ferreira", "22 Railton", "SE24 0JN", "345 678", "goncalo.f@"):
        assert secret not in masked, (secret, masked)
    assert masked.startswith("Olá, chamo-me [name], moro na [address]")


def test_several_kinds_in_one_polish_message(masker):
    text = "Nazywam się Agnieszka Wójcik, mieszkanie 4, 10 Stockwell Road, mój numer to +48 512 345 678"
    assert masker.mask(text) == "Nazywam się [name], [address], [address], mój numer to [phone number]"
