"""Groups of the same post across several accounts: with two accounts exactly the pairs; with more, each account's
post joins the group whose first post it matches within the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from reichweite.analysis.matching.crosspost import match_crossposts, prepare_texts
from reichweite.analysis.matching.groups import account_keys, match_groups

T0 = datetime(2026, 11, 6, 6, 30, tzinfo=UTC)


def _frame(prefix: str, rows: list[tuple[int, str, int]]) -> pd.DataFrame:
    """rows: (number, text, minutes after T0)."""
    return pd.DataFrame({
        "native_id": [f"{prefix}{n}" for n, _, _ in rows],
        "created_at": [T0 + timedelta(minutes=m) for _, _, m in rows],
        "text": [text for _, text, _ in rows],
    })


def _daily(day: int) -> str:
    return f"Tag {day} der #Fotochallenge: Thema {['Licht', 'Wasser', 'Stein', 'Glas', 'Holz', 'Wolken'][day]}"


def test_two_accounts_give_exactly_the_pairs() -> None:
    a = _frame("x", [(d, _daily(d), d * 1440) for d in range(6)] + [(9, "Nur auf X", 100)])
    b = _frame("bs", [(d, _daily(d) + " 📷", d * 1440 + 4) for d in (0, 1, 2, 4, 5)] + [(8, "Hallo Bluesky", 30)])
    grouping = match_groups([a, b])
    direct = match_crossposts(a, b)
    pairs = grouping.pair("a", "b")
    pd.testing.assert_frame_equal(pairs.pairs, direct.pairs)
    assert sorted(pairs.unmatched_a) == sorted(direct.unmatched_a)
    assert sorted(pairs.unmatched_b) == sorted(direct.unmatched_b) == ["bs8"]
    assert list(grouping.groups["a_method"].unique()) == ["anchor"]


def test_three_accounts_group_each_post_with_the_first_post_of_its_group() -> None:
    a = _frame("x", [(d, _daily(d), d * 1440) for d in (0, 1, 2, 3)])
    b = _frame("bs", [(d, _daily(d), d * 1440 + 4) for d in (0, 1, 4)])
    # Mastodon: day 0 and 1 (with A and B), day 2 (A only), day 4 (B only), day 3 but 13 hours late, day 5 alone
    c = _frame("m", [(0, _daily(0), 9), (1, _daily(1), 1440 + 2), (2, _daily(2), 2 * 1440 + 30),
                     (4, _daily(4), 4 * 1440 + 60), (3, _daily(3), 3 * 1440 + 13 * 60), (5, _daily(5), 5 * 1440)])
    grouping = match_groups([a, b, c])
    groups = grouping.groups
    found = {tuple(row) for row in groups[["a_native_id", "b_native_id", "c_native_id"]].astype(object)
             .where(groups[["a_native_id", "b_native_id", "c_native_id"]].notna(), None).itertuples(index=False)}
    assert found == {("x0", "bs0", "m0"), ("x1", "bs1", "m1"), ("x2", None, "m2"), (None, "bs4", "m4")}
    assert {k: sorted(v) for k, v in grouping.unmatched.items()} == {"a": ["x3"], "b": [], "c": ["m3", "m5"]}
    # groups in order of their first post; the B-only anchor of day 4 is last
    assert list(groups["c_native_id"]) == ["m0", "m1", "m2", "m4"]
    by_c = groups.set_index("c_native_id")
    assert by_c.loc["m4", "b_method"] == "anchor" and by_c.loc["m4", "c_delta_seconds"] == 56 * 60
    assert by_c.loc["m0", "c_delta_seconds"] == 9 * 60  # measured from the anchor (X), not from Bluesky
    # a pair of two later accounts: its delta is between their own posts, its unmatched counts the group
    bc = grouping.pair("b", "c")
    assert sorted(zip(bc.pairs["a_native_id"], bc.pairs["b_native_id"], strict=True)) == [
        ("bs0", "m0"), ("bs1", "m1"), ("bs4", "m4")]
    assert dict(zip(bc.pairs["a_native_id"], bc.pairs["delta_seconds"], strict=True))["bs0"] == 5 * 60
    assert sorted(bc.unmatched_b) == ["m2", "m3", "m5"]
    assert sorted(grouping.pair("a", "c").unmatched_a) == ["x3"]


def test_same_id_on_two_platforms_is_kept_apart() -> None:
    a = _frame("", [(1, _daily(1), 0)])
    b = _frame("", [(2, "anders", 5)])
    c = _frame("", [(1, "anders", 7), (3, _daily(1), 3)])
    grouping = match_groups([a, b, c])
    rows = grouping.groups[["a_native_id", "b_native_id", "c_native_id"]].astype(object)
    assert rows.where(rows.notna(), None).values.tolist() == [["1", None, "3"], [None, "2", "1"]]


def test_account_keys() -> None:
    assert account_keys(3) == ["a", "b", "c"]
    with pytest.raises(ValueError, match="at least two"):
        match_groups([_frame("x", [])])


def test_texts_normalised_once_match_as_the_raw_texts() -> None:
    rng = np.random.default_rng(5)
    words = ["Licht", "wasser", "#Tagesfoto", "Brücke", "https://t.co/abcdefghij", "@lena_knipst", "📷", "&amp;",
             "example.org/a", "Nebel", "www.foto.de", "ÄRGER", "Regen", "Stein", "Glas", "und", "der", "die"]
    texts = [" ".join(rng.choice(words, int(rng.integers(2, 9)))) for _ in range(400)] + [None, "", "📷 📷"]
    times = [T0 + timedelta(minutes=int(m)) for m in rng.integers(0, 60 * 24 * 20, len(texts))]
    a = pd.DataFrame({"native_id": [f"a{i}" for i in range(len(texts))], "created_at": times, "text": texts})
    b_texts = [t.upper() if t and i % 3 == 0 else (t + " 🙂" if t and i % 3 == 1 else t) for i, t in enumerate(texts)]
    b = pd.DataFrame({"native_id": [f"b{i}" for i in range(len(texts))],
                      "created_at": [t + timedelta(minutes=int(rng.integers(1, 30))) for t in times],
                      "text": b_texts})
    direct = match_crossposts(a, b)
    prepared = match_crossposts(prepare_texts(a), prepare_texts(b))
    pd.testing.assert_frame_equal(direct.pairs, prepared.pairs)
    assert direct.unmatched_a == prepared.unmatched_a and direct.unmatched_b == prepared.unmatched_b
    assert len(direct.pairs) > 300
