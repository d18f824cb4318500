"""The per-pair table: interactions per side, parts known on both sides only, pairs lacking figures listed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pandas as pd

from reichweite.analysis.compare import build_pairs, pairs_for_json

T0 = datetime(2026, 8, 1, 5, 30, tzinfo=UTC)
OBSERVED = datetime(2026, 10, 20, 7, 12, tzinfo=UTC)


@dataclass
class Pairs:
    """Any object with these three attributes is a matching for build_pairs (see analysis.crosspost.Matching)."""

    pairs: pd.DataFrame
    unmatched_a: list[str]
    unmatched_b: list[str]


def _posts(prefix: str, n: int, first_id: int, minutes: int) -> pd.DataFrame:
    return pd.DataFrame({
        "id": range(first_id, first_id + n),
        "native_id": [f"{prefix}{i}" for i in range(n)],
        "created_at": [T0 + timedelta(days=i, minutes=minutes) for i in range(n)],
        "text": [f"Tag {i} #Tagesfoto <b>&amp;</b>" for i in range(n)],
        "kind": "post",
        "url": [f"https://example.org/{prefix}{i}" for i in range(n)],
    })


def _figures(ids: range, **columns: list[int | None]) -> pd.DataFrame:
    frame = pd.DataFrame({k: pd.array(v, dtype="Int64") for k, v in columns.items()}, index=list(ids))
    for col in ("likes", "replies", "reposts", "quotes", "views"):
        if col not in frame:
            frame[col] = pd.array([None] * len(frame), dtype="Int64")
    frame["observed_at"] = OBSERVED
    frame["source"] = "archive"
    return frame


def _matching(n: int, extra_a: int = 0, extra_b: int = 0) -> Pairs:
    pairs = pd.DataFrame({
        "a_native_id": [f"x{i}" for i in range(n)],
        "b_native_id": [f"bs{i}" for i in range(n)],
        "method": ["exact"] * (n - 1) + ["fuzzy"],
        "score": [100.0] * (n - 1) + [93.5],
        "delta_seconds": [240.0] * n,
    })
    return Pairs(pairs, [f"x{i}" for i in range(n, n + extra_a)], [f"bs{i}" for i in range(n, n + extra_b)])


def test_archive_without_replies_compares_on_parts_known_on_both_sides() -> None:
    a_posts, b_posts = _posts("x", 4, 1, 0), _posts("bs", 4, 101, 4)
    a_fig = _figures(range(1, 5), likes=[10, 0, 7, 30], reposts=[2, 0, 1, 5])  # archive: replies unknown
    b_fig = _figures(range(101, 105), likes=[20, 1, 7, 12], reposts=[3, 0, 1, 1], replies=[4, 0, 0, 2],
                     quotes=[1, 0, 0, 0])
    table = build_pairs(a_posts, b_posts, a_fig, b_fig, _matching(4), platform_a="x", platform_b="bluesky")
    assert table.requested_parts == ("replies", "reposts", "likes")
    assert table.parts == ("reposts", "likes")
    note = table.parts_note("X", "Bluesky")
    assert note is not None and note.startswith("compared on reposts + likes: replies unknown for 4 of 4 X posts")
    assert "X archive has no reply counts" in note
    compared = table.compared
    assert list(compared["a_interactions"]) == [12, 0, 8, 35]
    assert list(compared["b_interactions"]) == [23, 1, 8, 13]  # bluesky replies known but left out alike
    assert list(compared["difference"]) == [11, 1, 0, -22]
    assert list(compared["winner"]) == ["b", "b", "tie", "a"]
    assert list(compared["ratio"].round(4)) == [round(24 / 13, 4), 2.0, 1.0, round(14 / 36, 4)]
    assert list(compared["b_text"])[0] == "Tag 0 #Tagesfoto <b>&amp;</b>"


def test_replies_added_by_table_make_the_full_comparison() -> None:
    a_posts, b_posts = _posts("x", 3, 1, 0), _posts("bs", 3, 101, 4)
    a_fig = _figures(range(1, 4), likes=[10, 0, 7], reposts=[2, 0, 1], replies=[1, 0, 3])
    b_fig = _figures(range(101, 104), likes=[20, 1, 7], reposts=[3, 0, 1], replies=[4, 0, 0], quotes=[9, 9, 9])
    table = build_pairs(a_posts, b_posts, a_fig, b_fig, _matching(3), platform_a="x", platform_b="bluesky")
    assert table.parts == ("replies", "reposts", "likes") and table.parts_note("X", "Bluesky") is None
    assert list(table.compared["a_interactions"]) == [13, 0, 11]
    assert list(table.compared["b_interactions"]) == [27, 1, 8]


def test_quotes_on_request_are_left_out_when_x_lacks_them() -> None:
    a_posts, b_posts = _posts("x", 2, 1, 0), _posts("bs", 2, 101, 4)
    a_fig = _figures(range(1, 3), likes=[1, 2], reposts=[0, 0], replies=[0, 1])
    b_fig = _figures(range(101, 103), likes=[1, 2], reposts=[0, 0], replies=[0, 1], quotes=[5, 5])
    table = build_pairs(a_posts, b_posts, a_fig, b_fig, _matching(2), platform_a="x", platform_b="bluesky",
                        quotes=True)
    assert table.requested_parts == ("replies", "reposts", "likes", "quotes")
    assert table.parts == ("replies", "reposts", "likes")
    assert [(p.part, p.side, p.missing) for p in table.left_out] == [("quotes", "a", 2)]


def test_pairs_lacking_figures_are_listed_not_dropped() -> None:
    a_posts, b_posts = _posts("x", 4, 1, 0), _posts("bs", 4, 101, 4)
    a_fig = _figures([1, 2, 4], likes=[1, 2, 4], reposts=[0, 0, 0], replies=[0, 0, 0])  # type: ignore[arg-type]
    b_fig = _figures([101, 103], likes=[5, 6], reposts=[0, 0], replies=[0, 0])  # type: ignore[arg-type]
    table = build_pairs(a_posts, b_posts, a_fig, b_fig, _matching(4), platform_a="x", platform_b="bluesky")
    assert len(table.pairs) == 4
    assert list(table.compared["a_native_id"]) == ["x0"]
    lacking = table.lacking.set_index("a_native_id")["lacking"].to_dict()
    assert lacking == {"x1": "b", "x2": "a", "x3": "b"}
    # figures on the side that has them are kept for the listing
    assert table.lacking.set_index("a_native_id").loc["x1", "a_likes"] == 2
    rows = {r["a_native_id"]: r for r in pairs_for_json(table)}
    assert rows["x2"]["lacking"] == "a" and rows["x2"]["a_interactions"] is None
    assert rows["x0"]["winner"] == "b" and rows["x0"]["b_interactions"] == 5


def test_unmatched_posts_carry_their_figures() -> None:
    a_posts, b_posts = _posts("x", 3, 1, 0), _posts("bs", 4, 101, 4)
    a_fig = _figures(range(1, 4), likes=[1, 2, 3], reposts=[0, 0, 1], replies=[0, 0, 0])
    b_fig = _figures(range(101, 105), likes=[5, 6, 7, 8], reposts=[0, 0, 0, 0], replies=[0, 0, 0, 1])
    table = build_pairs(a_posts, b_posts, a_fig, b_fig, _matching(2, extra_a=1, extra_b=2),
                        platform_a="x", platform_b="bluesky")
    assert list(table.unmatched_a["native_id"]) == ["x2"]
    assert list(table.unmatched_a["interactions"]) == [4]
    assert list(table.unmatched_b["native_id"]) == ["bs2", "bs3"]
    assert list(table.unmatched_b["interactions"]) == [7, 9]
