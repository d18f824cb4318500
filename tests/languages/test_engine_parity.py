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
    inputs = [str(jet / "handcheck.jsonl"), str(jet / "archive")]
    duck = count_languages(inputs, detect="all", by="day")
    spark = count_languages(inputs, detect="all", by="day", engine="spark", spark_master="local[2]")
    pd.testing.assert_frame_equal(duck.counts, spark.counts)
    pd.testing.assert_frame_equal(duck.periods, spark.periods)
    pd.testing.assert_frame_equal(duck.agreement, spark.agreement)
    assert duck.stats == spark.stats
    assert duck.stats["posts"] == 10 and duck.stats["malformed"] == 2  # the tables are not empty
    assert len(duck.counts) == 13
