"""`normalize_text` takes shortcuts (plain-ASCII path, rules skipped when their trigger character is absent, a
second pass only when one can change something, no trailing clean-up when the last character cannot be stripped).
Here every shortcut is checked against the rules applied in full on every pass, until nothing changes."""

from __future__ import annotations

import json
import random

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reichweite.analysis.matching import normalize as nz
from reichweite.analysis.matching.crosspost import match_crossposts, normalize_texts
from reichweite.analysis.matching.normalize import normalize_text
from tests import support

FIXTURES = support.FIXTURES / "analysis"


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


# --- the bulk path (Arrow/RE2 over many texts at once) -------------------------------------------------------------

_ASCII_PIECES = st.sampled_from(
    list("aZz_09 #.:/-|;,>\t\n&@\x0b\x0c\r\x1c\x7fé🔥")
    + ["#", "##", "http://", "https://t.co/Ab1", "HTTPS://X.org/p?q=1", "ftp://", "at://", "foo://", "www", "WWW.x"]
    + [".de", ".CoM", ".1", "...", "....", " ... ", "e.g", "word", "Good morning", " - ", " → ", "#_", "#!"]
)


def _check_bulk(texts: list[str | None]) -> int:
    """normalize_bulk gives normalize_text's result (and is_matchable) for every text it takes; returns how many."""
    result, taken, matchable = nz.normalize_bulk(pa.array(texts, type=pa.string()))
    values = result.to_pylist()
    for text, value, took, match in zip(texts, values, taken.tolist(), matchable.tolist(), strict=True):
        if took:
            assert text is not None
            assert value == normalize_text(text), text
            assert match == nz.is_matchable(value), text
    return int(taken.sum())


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.lists(_ASCII_PIECES, max_size=20).map("".join), min_size=1, max_size=30))
def test_bulk_path_equals_normalize_text_on_pieces(texts: list[str]) -> None:
    _check_bulk(texts)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127)), min_size=1, max_size=30))
def test_bulk_path_equals_normalize_text_on_ascii(texts: list[str]) -> None:
    _check_bulk(texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text()), max_size=30))
def test_bulk_path_equals_normalize_text_on_any_text(texts: list[str | None]) -> None:
    _check_bulk(texts)


def test_bulk_path_on_real_texts_and_what_it_takes() -> None:
    texts = _fixture_texts()
    variants = [v for t in texts for v in (t, t.upper(), t + " example.org/a-title...", t + " …", t + " →")]
    _check_bulk(variants)
    typical = [
        "Good morning #photo 12",
        "New blog post: kalo mise https://blog.example.net/17",
        "Daily prompt: seeber #art #DailyPrompt https://t.co/00000abc12",
        "Read more: https://t.co/a",
        "  Two\tlines\nand  spaces  ",
        "Weekly update #12: x and y ...",
        "Hash#tags##here",
    ]
    assert _check_bulk(typical) == len(typical)  # the common case takes the bulk path
    # and everything the path must leave to normalize_text
    left = ["Q&amp;A", "thanks @bob", "İstanbul", "see www.x.org", "example.com/x", "a #b #", "at://did", "x\x1cy"]
    left.append("# 1")
    assert _check_bulk(left) == 0
    result, taken, _ = nz.normalize_bulk(pa.array([None, "", "x"], type=pa.large_string()))
    assert taken.tolist() == [False, True, True] and result.to_pylist()[1:] == ["", "x"]


def test_bulk_path_in_pieces_on_several_threads_equals_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    pieces = ["Good", "morning", "#photo", "https://t.co/x", "@bob", "İstanbul", "🔥", "&amp;", "example.com/a", " ..."]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    monkeypatch.setattr(nz, "_BULK_THREADS", 1)
    monkeypatch.setattr(nz, "_BULK_CHUNK", 10**9)
    one_thread = nz.normalize_bulk(pa.array(texts))
    monkeypatch.setattr(nz, "_BULK_THREADS", 3)
    monkeypatch.setattr(nz, "_BULK_CHUNK", 700)
    three = nz.normalize_bulk(pa.array(texts))
    assert one_thread[0].equals(three[0])
    assert one_thread[1].tolist() == three[1].tolist() and one_thread[2].tolist() == three[2].tolist()
    assert _check_bulk(texts) > 300


def test_matching_normalises_like_normalize_text_with_the_bulk_path() -> None:
    """The normalised texts, keys and flags used by match_crossposts equal normalize_text / is_matchable."""
    from reichweite.analysis.matching.sides import _normalize_for_matching

    texts = _fixture_texts()
    texts = texts + [t.upper() for t in texts] + ["Good morning #photo 1", "good morning photo 1", "", "..."]
    uniques = pa.array(sorted(set(texts)), type=pa.large_string())
    normalized, codes, matchable = _normalize_for_matching(uniques)
    expected = [normalize_text(t) for t in uniques.to_pylist()]
    assert normalized[:-1].tolist() == expected and normalized[-1] == ""
    assert matchable.tolist() == [nz.is_matchable(t) for t in expected]
    # equal codes exactly for equal normalised texts
    assert len(set(zip(codes.tolist(), expected, strict=True))) == len(set(expected)) == len(set(codes.tolist()))
