"""Knowing a carer's language (bot/languages.py, bot/nlu/language_detector.py): named,
greeted, or detected offline by lingua only on confident, longer text."""
from __future__ import annotations

import glob
import shutil
import subprocess
import sys

import pytest
import yaml

from bot import languages
from bot.language_detection import detect, language_of, MIN_CONFIDENCE
from bot.settings import PROJECT_ROOT


@pytest.mark.parametrize("text, code", [
    ("Czy ktoś mówi po polsku?", "pl"), ("po polsku prosze", "pl"), ("Polski", "pl"), ("can we speak polish", "pl"),
    ("em português por favor", "pt"), ("Alguém fala portugues?", "pt"), ("Portuguese please", "pt"),
    ("¿Alguien habla español?", "es"), ("en espanol porfa", "es"), ("Do you speak Spanish?", "es"),
    ("English please", "en"), ("in english pls", "en"), ("po angielsku", "en"), ("I speak English", "en"),
    ("Soomaali", "so"), ("af soomaali ma ku hadashaa", "so"),
    ("français?", "fr"), ("Do you speak Arabic", "ar"),
])
def test_a_short_request_for_a_language_names_it(text, code):
    assert languages.named_language(text) == code


@pytest.mark.parametrize("text", [
    "my mum is Polish and has dementia", "she only speaks Portuguese", "my dad is spanish",
    "I look after my mum, she doesn't speak English well and I translate for her at the GP",
    "hello", "I need a break", "",
])
def test_a_language_mentioned_in_passing_is_not_a_request(text):
    assert languages.named_language(text) is None


@pytest.mark.parametrize("text, code", [("hola", "es"), ("Olá!", "pt"), ("dziękuję", "pl"), ("Dzien dobry", "pl"),
                                        ("obrigada", "pt"), ("gracias!!", "es")])
def test_a_greeting_alone_tells_its_language(text, code):
    assert languages.greeting_language(text) == code


@pytest.mark.parametrize("text", ["hi", "ok", "yes", "no", "thanks", "sim", "si", "tak", "1", "MORE", "👍", "help"])
def test_short_messages_are_never_detected(text):
    assert language_of(text) == (None, "")


@pytest.mark.parametrize("text, code", [
    ("A minha mãe tem demência e eu já não aguento, preciso de uma pausa", "pt"),
    ("tô cuidando do meu pai sozinha e o dinheiro nao da pra nada", "pt"),
    ("Mi esposo tuvo un derrame y necesito ayuda con los papeles del council", "es"),
    ("cuido a mi hijo autista y estoy agotada, hay algun grupo de apoyo", "es"),
    ("Opiekuję się mamą po udarze i nie wiem gdzie szukać pomocy", "pl"),
    ("mam syna z autyzmem i potrzebuje jakiegos wsparcia dla siebie", "pl"),
    ("Hooyaday waa jirran tahay, caawimaad ayaan u baahanahay", "so"),
    ("Je m'occupe de ma mère malade et je suis épuisée", "fr"),
    ("I look after my mum and I really need a break", "en"),
])
def test_longer_messages_are_detected_with_confidence(text, code):
    assert language_of(text)[0] == code


def test_no_english_training_example_is_taken_for_another_language():
    """Every English example the bot trains on: none is confidently another language."""
    wrong = []
    for path in glob.glob(str(PROJECT_ROOT / "data" / "nlu" / "*.yml")):
        for block in yaml.safe_load(open(path, encoding="utf-8")).get("nlu", []):
            for line in (block.get("examples") or "").splitlines():
                text = line[2:].strip() if line.startswith("- ") else ""
                if block.get("intent") in ("choose_language", "other_language") or not text:
                    continue
                code, confidence = detect(text)
                if code and code != "en" and confidence >= MIN_CONFIDENCE:
                    wrong.append((text, code, confidence))
    assert not wrong, wrong[:10]


def test_the_crisis_rules_language_counts_as_evidence():
    assert language_of("pomocy", crisis_language="pl") == ("pl", "crisis rules")


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare (util-linux) is not installed")
def test_lingua_loads_and_detects_with_the_network_unreachable():
    probe = ("import socket\n"
             "try:\n    socket.create_connection(('pypi.org', 443), timeout=3); raise SystemExit('network reachable')\n"
             "except OSError:\n    pass\n"
             "from bot.language_detection import detect\n"
             "print(detect('Opiekuję się mamą po udarze i nie wiem gdzie szukać pomocy')[0])")
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", probe], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 and "unshare failed" in done.stderr:
        pytest.skip("this machine does not allow a network namespace")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "pl"
