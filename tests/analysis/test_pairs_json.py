"""The pairs as JSON values, read column by column, equal the row-by-row reading they replace (on a real store)."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from reichweite.analysis.compare import pairs_for_json, plain
from reichweite.jobs.compare import compare
from tests.support.compare_seed import ARCHIVE_AT, FETCH_2, Seeded

KEYS = ("a_native_id", "b_native_id", "a_url", "b_url", "method", "score", "delta_seconds",
        "a_interactions", "b_interactions", "difference", "ratio", "winner", "lacking",
        "a_created_at", "b_created_at", "a_observed_at", "b_observed_at", "parts",
        "a_followers", "b_followers", "a_per_1000_followers", "b_per_1000_followers")


def test_pairs_for_json_equals_the_row_by_row_reading(seeded: tuple[sa.Engine, Seeded]) -> None:
    engine, _ = seeded
    # after every measurement (figures on both sides) and before the archive (pairs lacking figures, nulls)
    for at in (FETCH_2 + timedelta(hours=1), ARCHIVE_AT - timedelta(hours=1)):
        table = compare(engine, ("x", "tagesfoto"), ("bluesky", "tagesfoto.bsky.social"), at=at, out=None).table
        by_rows = [{key: plain(row.get(key)) for key in KEYS} for row in table.pairs.to_dict("records")]
        assert len(by_rows) == 8
        assert pairs_for_json(table) == by_rows
        assert [{k: type(v) for k, v in r.items()} for r in pairs_for_json(table)] == \
            [{k: type(v) for k, v in r.items()} for r in by_rows]
