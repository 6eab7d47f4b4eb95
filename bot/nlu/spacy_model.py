"""Builds the spaCy pipeline the Rasa pipeline loads: blank English + lookup lemmas.

No pretrained model can be downloaded here, so `SpacyNLP` gets a blank English
pipeline (rule-based tokeniser) with a lookup lemmatiser whose tables come from the
`spacy-lookups-data` package and are saved into the pipeline folder. The folder
carries spaCy's version in meta.json, which Rasa's SpacyNLP checks.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from bot.settings import PROJECT_ROOT

SPACY_MODEL_DIR = PROJECT_ROOT / "models" / "spacy-en-lookups"


def build(target: Path = SPACY_MODEL_DIR) -> Path:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma tables from spacy-lookups-data
    nlp.meta["name"] = "en_lookups"
    nlp.meta["description"] = "Blank English tokenizer with lookup lemmas (no trained weights)"
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    shutil.rmtree(temporary, ignore_errors=True)
    nlp.to_disk(temporary)
    shutil.rmtree(target, ignore_errors=True)
    temporary.rename(target)
    return target


def ensure_built(target: Path = SPACY_MODEL_DIR) -> Path:
    if not (target / "meta.json").exists():
        build(target)
    return target
