"""Three accounts at two dates through the store: the listing holds every number of the summary, the change and the
rates; two accounts give the same numbers as the pair comparison."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa

from reichweite.errors import UsageError
from reichweite.jobs.compare import compare
from reichweite.jobs.compare_series import compare_series
from tests.support.series_seed import BS, D1, D2, M, X, seed_three_accounts


@pytest.fixture
def seeded3(store: sa.Engine) -> sa.Engine:
    seed_three_accounts(store)
    return store


def recompute(listing: pd.DataFrame, keys: list[str]) -> dict:
    """Per date and account from the listing alone: groups, compared, wins, median, peak, median rate."""
    out = {}
    for as_of, rows in listing.groupby("as_of", sort=False):
        wide = rows.pivot(index="group", columns="key", values="interactions").astype("Float64")
        rates = rows.pivot(index="group", columns="key", values="per_1000_followers").astype(float)
        known = wide.notna().sum(axis=1) >= 2
        for key in keys:
            mine = wide[key] if key in wide else pd.Series(dtype="Float64")
            compared = mine[known & mine.notna()].astype(float)
            others = wide.drop(columns=[key])[known & mine.notna()]
            wins = int((compared > others.max(axis=1).astype(float)).sum())
            rate = rates[key][compared.index].dropna() if key in rates else pd.Series(dtype=float)
            out[(as_of, key)] = {
                "groups": int(rows[rows["key"] == key]["group"].nunique()), "compared": int(len(compared)),
                "wins": wins, "median": float(compared.median()) if len(compared) else None,
                "peak": int(compared.max()) if len(compared) else None,
                "median_per_1000": float(rate.median()) if len(rate) else None,
            }
    return out


def test_three_accounts_two_dates_listing_holds_every_number(seeded3: sa.Engine) -> None:
    result = compare_series(seeded3, [X, BS, M], ats=[D1, D2], out=None)
    listing = result.listing()
    assert list(listing.columns[:8]) == ["as_of", "age", "group", "account", "platform", "handle", "post_id",
                                         "created_at"]
    # 10 groups: days 0–1 X+Bluesky, 2–7 all three, 8–9 X+Mastodon; one row per post in a group and date
    assert len(result.dates[0].table.frame) == 10
    assert len(listing) == 2 * (10 + 8 + 8)
    assert list(listing["as_of"].unique()) == ["2026-11-06T22:59:59Z", "2026-11-21T22:59:59Z"]
    # replies of X are unknown at D1: left out for both dates (parts are chosen over all dates)
    assert result.dates[1].table.parts == ("reposts", "likes")
    made = recompute(listing, result.keys)
    for date in result.dates:
        stamp = listing["as_of"].unique()[result.dates.index(date)]
        for summary in date.summaries:
            expected = made[(stamp, summary.key)]
            assert summary.groups == expected["groups"] and summary.compared == expected["compared"]
            assert summary.wins == expected["wins"] and summary.median == expected["median"]
            assert (summary.peak.value if summary.peak else None) == expected["peak"]
            assert summary.median_per_1000 == pytest.approx(expected["median_per_1000"]) \
                if expected["median_per_1000"] is not None else summary.median_per_1000 is None
    x_rows = listing[(listing["account"] == "x:tagesfoto")]
    assert set(x_rows["followers"]) == {1200, 1260}
    assert (x_rows["per_1000_followers"] == x_rows["interactions"] / x_rows["followers"] * 1000).all()
    assert listing[listing["key"] == "c"]["followers"].isna().all()  # Mastodon's followers are unknown
    # the change of each account follows from the listing of the two dates
    for row in result.change_summary.itertuples(index=False):
        mine = listing[listing["key"] == row.account].pivot(index="group", columns="as_of",
                                                                values="interactions").dropna().astype(float)
        assert row.groups == len(mine)
        assert row.total_change == mine.iloc[:, 1].sum() - mine.iloc[:, 0].sum()
        assert row.median_from == mine.iloc[:, 0].median() and row.median_to == mine.iloc[:, 1].median()
    # each pair of accounts has its statistics
    assert [(p.first, p.second, p.stats.n) for p in result.dates[0].pairwise] == [("a", "b", 8), ("a", "c", 8),
                                                                                   ("b", "c", 6)]
    data = result.to_json()
    assert data["dates"][0]["accounts"]["a"]["followers"][0]["followers"] == 1200
    left_out = [{"part": "replies", "account": "a", "missing": 10, "total": 10, "at": "2026-11-06"}]
    assert data["dates"][0]["left_out"] == data["dates"][1]["left_out"] == left_out
    # the Mastodon post of day 9 was measured once
    once = result.curves.measured_once
    assert list(once["native_id"]) == ["https://mastodon.example/users/tagesfoto/statuses/9"]


def test_two_accounts_one_date_equal_the_pair_comparison(seeded3: sa.Engine) -> None:
    pair = compare(seeded3, X, BS, at=D2, out=None)
    series = compare_series(seeded3, [X, BS], ats=[D2], out=None)
    stats = series.dates[0].pairwise[0].stats
    assert stats.as_dict() == pair.stats.as_dict()
    assert pair.stats.n == 8 and pair.table.parts == ("replies", "reposts", "likes")
    assert [s.as_dict() for s in series.dates[0].summaries] == [s.as_dict() for s in pair.summaries]
    assert pair.to_json()["a"]["summary"]["median_per_1000_followers"] == pytest.approx(
        float(np.median(pair.table.compared["a_interactions"].astype(float) / 1260 * 1000)))


def test_dates_must_be_ordered_and_accounts_distinct(seeded3: sa.Engine) -> None:
    with pytest.raises(UsageError, match="earliest first"):
        compare_series(seeded3, [X, BS], ats=[D2, D1], out=None)
    with pytest.raises(UsageError, match="twice"):
        compare_series(seeded3, [X, X], ats=[D1], out=None)
    with pytest.raises(UsageError, match="either --at or --age"):
        compare_series(seeded3, [X, BS], ats=[D1], ages=[timedelta(days=7)], out=None)


def test_one_options_record_serves_the_pair_and_the_series(seeded3: sa.Engine) -> None:
    """The options given one by one or as one CompareOptions give the same comparison, for two accounts at one date
    and for three at two dates; the record is frozen and hashable (a cache key), and giving both ways is refused."""
    from reichweite import api
    from reichweite.results import Store

    store = Store(seeded3)
    options = api.compare_options(window="6h", fuzzy_threshold=100, parts="likes,reposts", quotes=True)
    assert options == api.CompareOptions(window=timedelta(hours=6), fuzzy_threshold=100.0, quotes=True,
                                         rule=options.rule) and options.rule.parts == ("likes", "reposts")
    assert hash(options) == hash(api.compare_options(window=timedelta(hours=6), fuzzy_threshold=100,
                                                     parts="likes,reposts", quotes=True))
    with pytest.raises(AttributeError):
        options.window = timedelta(hours=1)  # type: ignore[misc]
    pair = api.compare(store, X, BS, at=D2, options=options)
    single = api.compare(store, X, BS, at=D2, window="6h", fuzzy_threshold=100, parts="likes,reposts", quotes=True)
    assert pair.options is options and pair.window == timedelta(hours=6) and pair.table.parts == ("likes", "reposts")
    assert pair.to_json() == single.to_json()
    series = api.compare(store, X, BS, M, at=[D1, D2], options=options)
    assert series.options is options and series.to_json()["definitions"]["window"] == "6h"
    with pytest.raises(UsageError, match="either as options or one by one"):
        api.compare(store, X, BS, at=D2, options=options, window="6h")
    with pytest.raises(UsageError, match="--fuzzy-threshold 120"):
        api.compare_options(fuzzy_threshold=120)
