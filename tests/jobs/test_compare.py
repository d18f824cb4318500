"""The comparison job on a real store (SQLite and PostgreSQL): as-of and at-age figures, honesty about parts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
import sqlalchemy as sa

from reichweite.analysis.compare_results import CompareOptions
from reichweite.errors import ReichweiteError, UsageError
from reichweite.jobs.compare import compare, posts
from tests.support.compare_seed import (
    ARCHIVE_AT,
    BS_LIKES_1,
    BS_LIKES_2,
    BS_REPLIES,
    BS_REPOSTS,
    FETCH_1,
    FETCH_2,
    X_LIKES,
    X_REPOSTS,
    Seeded,
    seed_store,
)

X = ("x", "tagesfoto")
BS = ("bluesky", "tagesfoto.bsky.social")


def test_compare_as_of_after_all_measurements(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, data = seeded
    result = compare(engine, X, BS, at=FETCH_2 + timedelta(hours=1), out=None)
    pairs = result.table.pairs
    assert list(pairs["a_native_id"]) == data.x_ids
    assert list(pairs["b_native_id"]) == data.bs_ids
    assert result.table.parts == ("reposts", "likes")
    assert result.parts_note is not None and "replies unknown for 8 of 8 X posts" in result.parts_note
    assert list(pairs["a_interactions"]) == [lk + rp for lk, rp in zip(X_LIKES, X_REPOSTS, strict=True)]
    assert list(pairs["b_interactions"]) == [lk + rp for lk, rp in zip(BS_LIKES_2, BS_REPOSTS, strict=True)]
    assert list(result.table.unmatched_a["native_id"]) == [data.x_only]
    assert list(result.table.unmatched_b["native_id"]) == [data.bs_only]
    assert result.measured_a.excluded == {"repost": 1}
    assert [(s.source, s.posts, s.first_observed) for s in result.measured_a.sources] == [("archive", 9, ARCHIVE_AT)]
    assert [(s.source, s.first_observed) for s in result.measured_b.sources] == [("api", FETCH_2)]
    stats = result.stats
    assert stats.n == 8
    a = [lk + rp for lk, rp in zip(X_LIKES, X_REPOSTS, strict=True)]
    b = [lk + rp for lk, rp in zip(BS_LIKES_2, BS_REPOSTS, strict=True)]
    assert stats.wins_a == sum(x > y for x, y in zip(a, b, strict=True))
    assert stats.wins_b == sum(y > x for x, y in zip(a, b, strict=True))
    payload = result.to_json()
    assert payload["summary"]["n"] == 8 and payload["unmatched_b"] == [data.bs_only]
    assert payload["pairs"][0]["a_native_id"] == data.x_ids[0]
    assert payload["definitions"]["interactions"] == "reposts + likes"


def test_as_of_before_the_archive_lists_every_pair_as_lacking(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, _ = seeded
    result = compare(engine, X, BS, at=datetime(2026, 8, 25, tzinfo=UTC), out=None)
    assert len(result.table.pairs) == 8
    assert set(result.table.lacking["lacking"]) == {"a"}
    assert result.stats.n == 0
    assert result.stats.wilcoxon.reason == "no pairs with figures on both sides"
    # the Bluesky figures are those of the first fetch
    assert list(result.table.pairs["b_likes"]) == BS_LIKES_1


def test_posts_created_after_the_date_are_not_there_yet(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, data = seeded
    at = datetime(2026, 8, 6, 12, tzinfo=UTC)  # posts of days 0..3 exist
    result = compare(engine, X, BS, at=at, out=None)
    assert list(result.table.pairs["a_native_id"]) == data.x_ids[:4]
    assert set(result.table.pairs["lacking"]) == {"both"}


def test_replies_from_a_table_complete_the_comparison(store: sa.Engine) -> None:
    seed_store(store, with_replies=True)
    result = compare(store, X, BS, at=FETCH_2 + timedelta(hours=1), out=None)
    assert result.table.parts == ("replies", "reposts", "likes") and result.parts_note is None
    pairs = result.table.pairs
    assert list(pairs["a_interactions"]) == [lk + rp + i % 3 for i, (lk, rp) in enumerate(zip(X_LIKES, X_REPOSTS,
                                                                                                strict=True))]
    assert list(pairs["b_interactions"]) == [
        lk + rp + rr for lk, rp, rr in zip(BS_LIKES_2, BS_REPOSTS, BS_REPLIES, strict=True)
    ]
    assert {s.source for s in result.measured_a.sources} == {"archive", "manual"}


def test_at_age_lists_posts_without_a_snapshot_in_the_tolerance(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, data = seeded
    # only the Bluesky post of day 7 (created Aug 10 05:34) has a fetch (Aug 20 12:00) within 10 d … 10 d 12 h
    result = compare(engine, X, BS, age=timedelta(days=10), options=CompareOptions(tolerance=timedelta(hours=12)),
                     out=None)
    lacking = result.table.lacking.set_index("a_native_id")["lacking"].to_dict()
    assert len(lacking) == 8
    assert lacking[data.x_ids[7]] == "a"
    assert all(lacking[i] == "both" for i in data.x_ids[:7])
    assert result.table.lacking.set_index("a_native_id").loc[data.x_ids[7], "b_likes"] == BS_LIKES_1[7]
    assert result.stats.n == 0


def test_unknown_account_and_conflicting_options(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, _ = seeded
    with pytest.raises(ReichweiteError, match="No posts of bluesky:nobody.bsky.social"):
        compare(engine, X, ("bluesky", "nobody.bsky.social"), out=None)
    with pytest.raises(UsageError, match="either --at or --age"):
        compare(engine, X, BS, at=FETCH_2, age=timedelta(days=7), out=None)


def test_posts_lists_kind_and_figures_as_of(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, data = seeded
    frame = posts(engine, "x", "TAGESFOTO", FETCH_2).set_index("native_id")
    assert len(frame) == 10
    assert frame.loc[data.x_retweet, "kind"] == "repost"
    assert frame.loc[data.x_ids[3], "likes"] == X_LIKES[3]
    assert frame.loc[data.x_ids[3], "observed_at"] == ARCHIVE_AT
    assert frame["replies"].isna().all()
    early = posts(engine, "bluesky", "tagesfoto.bsky.social", FETCH_1).set_index("native_id")
    assert list(early.loc[data.bs_ids, "likes"]) == BS_LIKES_1
    # posted before the first fetch but measured only by the second: listed, its figures unknown (never 0)
    assert early["likes"].isna().sum() == 1 and early.loc[data.bs_only, "likes"] is pd.NA
