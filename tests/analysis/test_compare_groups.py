"""Tables of a comparison of three accounts at two dates: parts rules, rates per 1,000 followers, per-account
summaries, pairs of accounts and the change between the dates, against counts done by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from reichweite.analysis.compare import build_groups, pair_table
from reichweite.analysis.matching.groups import match_groups
from reichweite.analysis.over_time import account_changes, group_changes
from reichweite.analysis.parts import PartsRule, parse_parts
from reichweite.analysis.summary import account_summaries, pairwise

T0 = datetime(2026, 10, 1, 4, 30, tzinfo=UTC)
D1 = datetime(2026, 11, 6, 22, 59, tzinfo=UTC)
D2 = datetime(2026, 11, 21, 22, 59, tzinfo=UTC)
THEMES = {1: "Licht", 2: "Wasser", 3: "Stein", 4: "Holz"}


def _posts(prefix: str, rows: list[tuple[int, int, str]], first_id: int) -> pd.DataFrame:
    """rows: (number, minutes after T0, text)."""
    return pd.DataFrame({
        "id": range(first_id, first_id + len(rows)),
        "native_id": [f"{prefix}{n}" for n, _, _ in rows],
        "created_at": [T0 + timedelta(minutes=m) for _, m, _ in rows],
        "text": [t for _, _, t in rows],
        "kind": "post",
        "url": [f"https://example.org/{prefix}{n}" for n, _, _ in rows],
    })


def _daily(n: int) -> str:
    return f"Tag {n} der #Fotochallenge: Thema {THEMES[n]}"


X = _posts("x", [(1, 0, _daily(1)), (2, 1440, _daily(2)), (3, 2880, _daily(3)), (5, 5760, "Nur auf X")], 1)
B = _posts("b", [(1, 4, _daily(1)), (2, 1444, _daily(2)), (4, 4320, _daily(4))], 11)
M = _posts("m", [(1, 9, _daily(1)), (3, 2889, _daily(3)), (4, 4329, _daily(4)), (5, 7200, "Nur Mastodon")], 21)


def _figures(at: datetime, rows: dict[int, tuple[int, int, int | None]]) -> pd.DataFrame:
    """post id → (likes, reposts, replies)."""
    frame = pd.DataFrame(
        {"likes": [v[0] for v in rows.values()], "reposts": [v[1] for v in rows.values()],
         "replies": [v[2] for v in rows.values()], "quotes": [None] * len(rows), "views": [None] * len(rows)},
        index=list(rows),
    ).astype("Int64")
    frame["observed_at"] = at
    frame["source"] = "manual"
    return frame


FIGURES = [
    [_figures(D1, {1: (10, 2, None), 2: (4, 0, None), 3: (7, 1, None), 4: (3, 0, None)}),
     _figures(D1, {11: (20, 3, 4), 12: (1, 0, 0), 13: (8, 1, 1)}),
     _figures(D1, {21: (5, 1, 0), 23: (6, 2, 1), 24: (2, 0, 0)})],  # m3 (id 22) not measured yet
    [_figures(D2, {1: (12, 2, 1), 2: (5, 1, 0), 3: (9, 1, 2), 4: (3, 0, 0)}),
     _figures(D2, {11: (25, 4, 5), 12: (1, 0, 0), 13: (10, 1, 1)}),
     _figures(D2, {21: (6, 1, 0), 22: (3, 0, 1), 23: (8, 2, 1), 24: (2, 0, 0)})],
]
FOLLOWERS = [
    pd.DataFrame({"observed_at": [D1 - timedelta(days=1), D1 + timedelta(days=1)], "followers": [1000, 1100],
                  "source": ["manual", "manual"]}),
    pd.DataFrame({"observed_at": [D1 - timedelta(days=30)], "followers": [500], "source": ["api"]}),
    None,
]


def _tables(rule: PartsRule = PartsRule()) -> list:
    grouping = match_groups([X, B, M])
    return build_groups([X, B, M], FIGURES, grouping, ["x", "bluesky", "mastodon"], rule=rule,
                        followers=FOLLOWERS, as_of=[D1, D2], labels=["D1", "D2"])


def _by_group(table, key: str, column: str) -> list:
    values = table.frame[f"{key}_{column}"]
    return [None if pd.isna(v) else v for v in values]


def test_groups_and_common_parts_over_both_dates() -> None:
    d1, d2 = _tables()
    assert list(d1.frame["a_native_id"].fillna("–")) == ["x1", "x2", "x3", "–"]
    assert list(d1.frame["c_native_id"].fillna("–")) == ["m1", "–", "m3", "m4"]
    # replies of X unknown at D1 in the two groups compared there: left out at both dates, for every account
    assert d1.parts == d2.parts == ("reposts", "likes")
    assert [(p.part, p.side, p.missing, p.total, p.as_of) for p in d1.left_out] == [("replies", "a", 2, 2, "D1")]
    assert _by_group(d1, "a", "interactions") == [12, 4, 8, None]
    assert _by_group(d1, "c", "interactions") == [6, None, None, 8]
    assert _by_group(d2, "b", "interactions") == [29, 1, None, 11]
    assert d1.coverage == {"replies": 0, "reposts": 3, "likes": 3}  # G3 is not compared at D1 (m3 unmeasured)


def test_rates_use_the_followers_count_as_of_each_date() -> None:
    d1, d2 = _tables()
    assert _by_group(d1, "a", "followers") == [1000, 1000, 1000, None]
    assert _by_group(d2, "a", "followers") == [1100, 1100, 1100, None]
    assert _by_group(d1, "a", "per_1000_followers") == [12.0, 4.0, 8.0, None]
    assert _by_group(d2, "a", "per_1000_followers")[0] == pytest.approx(14 / 1100 * 1000)
    assert _by_group(d1, "b", "per_1000_followers") == [46.0, 2.0, None, 18.0]
    assert _by_group(d1, "c", "per_1000_followers") == [None, None, None, None]  # Mastodon's followers unknown


def test_account_summaries_count_groups_wins_medians_and_rates() -> None:
    d1, d2 = _tables()
    a, b, c = account_summaries(d1)
    assert (a.groups, a.compared, a.wins, a.median, a.peak.native_id, a.unmatched) == (3, 2, 1, 8.0, "x1", 1)
    assert (b.groups, b.compared, b.wins, b.median, b.unmatched) == (3, 3, 2, 9.0, 0)
    assert (c.groups, c.compared, c.wins, c.median, c.unmatched) == (3, 2, 0, 7.0, 1)
    assert (a.median_per_1000, b.median_per_1000, c.median_per_1000) == (8.0, 18.0, None)
    assert [(f.followers, f.observed_at, f.posts) for f in a.followers] == [(1000, D1 - timedelta(days=1), 2)]
    a2 = account_summaries(d2)[0]
    assert a2.compared == 3 and a2.median_per_1000 == pytest.approx(10 / 1100 * 1000)


def test_every_pair_of_accounts_gets_its_statistics() -> None:
    d1, _ = _tables()
    results = pairwise(d1, resamples=199)
    assert [(r.first, r.second, r.stats.n) for r in results] == [("a", "b", 2), ("a", "c", 1), ("b", "c", 2)]
    ac = results[1].table
    assert list(ac.lacking["lacking"]) == ["b"]  # m3 has no figures at D1
    assert sorted(ac.unmatched_a["native_id"]) == ["x2", "x5"] and sorted(ac.unmatched_b["native_id"]) == ["m4", "m5"]
    bc = results[2]
    assert list(bc.table.compared["ratio"]) == [7 / 24, 9 / 10]
    assert bc.stats.ratio.median_ratio == pytest.approx((7 / 24 + 9 / 10) / 2)


def test_known_rule_counts_per_group_what_its_posts_know() -> None:
    d1, d2 = _tables(parse_parts("known"))
    assert list(d1.frame["parts"]) == ["reposts + likes"] * 3 + ["replies + reposts + likes"]
    assert _by_group(d1, "b", "interactions") == [23, 1, None, 10]
    assert _by_group(d1, "c", "interactions") == [6, None, None, 9]
    assert d1.coverage == {"replies": 1, "reposts": 3, "likes": 3}
    assert d1.left_out == []
    unmatched = d1.unmatched("c")
    assert list(unmatched["parts"]) == ["replies + reposts + likes"] and list(unmatched["interactions"]) == [2]
    table = pair_table(d1, "b", "c")
    assert list(table.compared["parts"]) == ["reposts + likes", "replies + reposts + likes"]


def test_explicit_parts_count_exactly_those() -> None:
    d1, _ = _tables(parse_parts("likes"))
    assert d1.parts == ("likes",) and _by_group(d1, "a", "interactions") == [10, 4, 7, None]
    with pytest.raises(ValueError, match="expected common, known or a list"):
        parse_parts("likes,shares")


def test_change_between_the_dates_per_group_and_account() -> None:
    d1, d2 = _tables()
    changes = group_changes([d1, d2], ["D1", "D2"])
    first = changes[(changes["group"] == 1) & (changes["account"] == "a")].iloc[0]
    assert (first["interactions_from"], first["interactions_to"], first["change"]) == (12, 14, 2)
    assert first["change_pct"] == pytest.approx(2 / 12 * 100)
    assert first["per_1000_change"] == pytest.approx(14 / 1.1 - 12)
    m3 = changes[(changes["native_id"] == "m3")].iloc[0]
    assert pd.isna(m3["interactions_from"]) and m3["interactions_to"] == 3 and pd.isna(m3["change"])
    assert len(changes) == 9  # one row per post in a group
    summary = account_changes(changes).set_index("account")
    assert summary.loc["a", "groups"] == 3 and summary.loc["a", "total_change"] == (14 + 6 + 10) - (12 + 4 + 8)
    assert summary.loc["c", "median_from"] == 7.0 and summary.loc["c", "median_to"] == 8.5
    assert summary.loc["b", "median_change_pct"] == pytest.approx((11 - 9) / 9 * 100)
