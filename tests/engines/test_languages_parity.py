"""DuckDB and Spark (local mode) give identical tables on the same files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from reichweite.engines.languages import count_languages

pytestmark = pytest.mark.spark


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java (make test installs it)")
def test_duckdb_and_spark_identical(jet: Path) -> None:
    pytest.importorskip("pyspark")
    inputs = [str(jet / "handcheck.jsonl"), str(jet / "archive"), str(jet / "edge_cases.jsonl")]
    duck = count_languages(inputs, detect="all", by="week")
    spark = count_languages(inputs, detect="all", by="week", engine="spark", spark_master="local[2]")
    pd.testing.assert_frame_equal(duck.counts, spark.counts)
    pd.testing.assert_frame_equal(duck.periods, spark.periods)
    pd.testing.assert_frame_equal(duck.agreement, spark.agreement)
    assert duck.stats == spark.stats
    assert duck.stats["posts"] == 16 and duck.stats["malformed"] == 3  # the tables are not empty
    assert set(duck.periods["period"]) == {"2025-12-01", "2025-12-08", "2025-12-29", "2026-01-05", "2026-05-25"}
    # periods in another time zone's calendar: a post of 2026-01-04 UTC falls on 2026-01-05 in Tokyo
    missing_duck = count_languages(inputs, detect="missing", by="day", tz="Asia/Tokyo")
    missing_spark = count_languages(inputs, detect="missing", by="day", tz="Asia/Tokyo", engine="spark",
                                    spark_master="local[2]")
    assert "2026-01-04" not in set(missing_duck.periods["period"])
    pd.testing.assert_frame_equal(missing_duck.periods, missing_spark.periods)
    pd.testing.assert_frame_equal(missing_duck.counts, missing_spark.counts)
    pd.testing.assert_frame_equal(missing_duck.agreement, missing_spark.agreement)
