"""`normalize_text` takes shortcuts (plain-ASCII path, rules skipped when their trigger character is absent, a
second pass only when one can change something, no trailing clean-up when the last character cannot be stripped).
Here every shortcut is checked against the rules applied in full on every pass, until nothing changes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reichweite.analysis import normalize as nz
from reichweite.analysis.crosspost import match_crossposts, normalize_texts
from reichweite.analysis.normalize import normalize_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "analysis"


def _full_pass(text: str) -> str:
    """Rules 1–9 of the module docstring, each applied unconditionally."""
    text = nz._unescape(text)
    text = nz._fold(text)
    text = nz._SCHEME_LINK.sub(" ", text)
    text = nz._OTHER_LINK.sub(" ", text)
    # the domain rule acts on the words that contain a dot followed by two letters (documented rule)
    text = " ".join(nz._DOMAIN.sub(" ", word) if nz._DOMAIN_HINT.search(word) else word for word in text.split())
    text = nz._MENTION.sub(" ", text)
    text = nz._HASH.sub("", text)
    text = text.translate(nz._DROP)
    text = " ".join(text.split())
    while True:
        stripped = text.rstrip(nz._SEPARATORS)
        if stripped.endswith("..."):
            stripped = stripped.rstrip(".")
        if stripped == text:
            break
        text = stripped
    return text


def _reference(text: str) -> str:
    if not text:
        return ""
    result = _full_pass(text)
    for _ in range(8):
        again = _full_pass(result)
        if again == result:
            break
        result = again
    return result


def _fixture_texts() -> list[str]:
    items = json.loads((FIXTURES / "bluesky-posts-with-facets.json").read_text(encoding="utf-8"))
    texts = [item.get("post", item)["record"]["text"] for item in items]
    raw = (FIXTURES / "tweets-selection.js").read_text(encoding="utf-8")
    texts += [item["tweet"]["full_text"] for item in json.loads(raw[raw.index("[") :])]
    return texts


def test_real_texts_equal_the_full_rules() -> None:
    texts = _fixture_texts()
    assert len(texts) >= 24
    for text in texts:
        assert normalize_text(text) == _reference(text), text
        # the same text as it would arrive upper-cased, with a trailing link card or ellipsis
        for variant in (text.upper(), text + " example.org/a-title...", text + " …", text + " →"):
            assert normalize_text(variant) == _reference(variant), variant


@pytest.mark.parametrize(
    "text",
    ["Plain words", "plain words ...", "ends with a dot.", "a.1...", "see x.y", "Read more: ", "- -", "x#", "İI"],
)
def test_shortcut_cases_equal_the_full_rules(text: str) -> None:
    assert normalize_text(text) == _reference(text)


_PIECES = st.sampled_from(
    list("aAZz09 İıIi#@&;./:-…ßẞ\u0307\u200b😀☕\ufe0f\u00a0\t\n\x1c→|>·")
    + ["&amp;", "&#35;", "https://", "http://t.co/x", "www.", ".com", ".de", ".1", "@x.bsky.social", "...", "word"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_pieces_equal_the_full_rules(text: str) -> None:
    assert normalize_text(text) == _reference(text)


@settings(max_examples=1500, deadline=None)
@given(st.text())
def test_any_text_equals_the_full_rules(text: str) -> None:
    assert normalize_text(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_equals_the_full_rules(text: str) -> None:
    assert normalize_text(text) == _reference(text)


def test_bulk_normalisation_equals_one_by_one() -> None:
    texts = _fixture_texts()
    texts = texts + [t.upper() for t in texts] + [None, "", texts[0]]  # type: ignore[list-item]
    expected = [normalize_text(t) if isinstance(t, str) else "" for t in texts]
    assert normalize_texts(texts, workers=1).tolist() == expected


def _frames(dtype: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    texts = _fixture_texts()
    n = len(texts)
    start = pd.Timestamp("2025-03-01T08:00:00Z")
    a_texts = [*texts, None, "only in a"]
    b_texts = [t.upper() + " https://t.co/abc" for t in reversed(texts)] + [None, "ONLY IN A!"]
    a = pd.DataFrame(
        {
            "native_id": [f"a{i}" for i in range(n + 2)],
            "created_at": [start + pd.Timedelta(minutes=30 * i) for i in range(n + 2)],
            "text": pd.Series(a_texts, dtype=dtype),
        }
    )
    b = pd.DataFrame(
        {
            "native_id": [f"b{i}" for i in range(n + 2)],
            "created_at": [start + pd.Timedelta(minutes=30 * (n - 1 - i) + 3) for i in range(n)]
            + [start, start + pd.Timedelta(minutes=30 * (n + 1) + 1)],
            "text": pd.Series(b_texts, dtype=dtype),
        }
    )
    return a, b


def test_text_columns_of_any_dtype_give_the_same_pairs() -> None:
    results = {}
    for dtype in ("object", "str", "category"):
        a, b = _frames(dtype)
        matching = match_crossposts(a, b)
        results[dtype] = (matching.pairs.to_dict("list"), matching.unmatched_a, matching.unmatched_b)
    pairs = results["object"][0]
    assert len(pairs["a_native_id"]) >= 20  # the upper-cased copies with a t.co link pair with their originals
    assert results["str"] == results["object"] == results["category"]
