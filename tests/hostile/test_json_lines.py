"""JSON lines under one rule in every reader: a line over the limit, not JSON, not an object, lacking did or kind,
with a time_us that is not a 64-bit integer, or holding a lone surrogate is malformed — counted, never fatal —
and `languages` (DuckDB, Spark) and `automation accounts` count the same lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reichweite import limits
from reichweite.engines.languages import count_languages
from reichweite.jobs.automation import automation_accounts
from reichweite.limits import Limits
from reichweite.platforms.bluesky.jetstream import ReadStats, iter_events

from .bombs import MIB, long_line_jsonl, run_measured

MALFORMED = Path(__file__).parent.parent / "fixtures" / "hostile" / "malformed_lines.jsonl"
PEAK = 1_000_000_000


def _python_malformed(*paths: Path) -> int:
    stats = ReadStats()
    for _ in iter_events(paths, stats):
        pass
    return stats.malformed


def test_the_fixture_is_malformed_the_same_way_for_duckdb_and_the_line_readers() -> None:
    tables = count_languages([MALFORMED], detect="none")
    # not JSON, a list, no did, time_us as a string / a fraction / past 64 bits / true, kind null, a lone
    # surrogate, nesting 100,000 deep, bytes that are not UTF-8
    assert tables.stats["malformed"] == _python_malformed(MALFORMED) == 11
    assert tables.stats["events"] == 7  # did 123, a negative time_us, 1e400 elsewhere: read
    result, stats = automation_accounts([MALFORMED], min_posts=1)
    # a commit that is a string is an event but no post; a record that is a list is a post without text
    assert stats.malformed == 11 and result.posted == 6 and len(result.scores) == 6


def test_a_line_over_the_limit_is_malformed_in_every_reader(tmp_path: Path) -> None:
    long = long_line_jsonl(tmp_path, 40 * MIB, name="long.jsonl")
    assert _python_malformed(long) == 1
    tables = count_languages([long], detect="none")  # DuckDB stopped at such a line before
    assert tables.stats["malformed"] == 1 and tables.stats["posts"] == 2
    with limits.use(Limits(line_size=64 * MIB)):
        assert _python_malformed(long) == 0
        assert count_languages([long], detect="none").stats["malformed"] == 0


@pytest.mark.spark
def test_spark_counts_the_same_lines_as_malformed(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("needs Java")
    # Spark's text reader replaces bytes that are not UTF-8 instead of refusing the line: left out here
    lines = [line for line in MALFORMED.read_bytes().split(b"\n") if b"\xff" not in line]
    fixture = tmp_path / "malformed.jsonl"
    fixture.write_bytes(b"\n".join(lines))
    long = long_line_jsonl(tmp_path, 40 * MIB, name="long.jsonl")  # DuckDB parses lines up to ~32 MB as usual
    spark = count_languages([fixture, long], engine="spark", detect="none")
    duck = count_languages([fixture, long], detect="none")
    assert spark.stats["malformed"] == duck.stats["malformed"] == _python_malformed(fixture, long) == 11
    assert spark.stats["posts"] == duck.stats["posts"]
    (tmp_path / "day[1].jsonl").write_bytes(lines[0] + b"\n")  # and a name with pattern characters is that file
    (tmp_path / "day1.jsonl").write_bytes(b"\n".join(lines))
    named = count_languages([tmp_path / "day[1].jsonl"], engine="spark", detect="none")
    assert named.stats["events"] == 1 and named.stats["malformed"] == 0


def test_automation_accounts_skips_a_200_mb_line_in_little_memory(tmp_path: Path) -> None:
    long = long_line_jsonl(tmp_path, 200 * MIB, fill=b"0,")  # a list of 100 million numbers, gzip: 200 KB
    run = run_measured("automation", "accounts", str(long), "--min-posts", "1", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "1 malformed lines skipped" in run.stderr and "longer than 16 MB" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.peak_rss < PEAK, f"peak {run.peak_rss / MIB:.0f} MiB"


def test_languages_reads_past_a_40_mb_line(tmp_path: Path) -> None:
    long = long_line_jsonl(tmp_path, 40 * MIB, name="long.jsonl")
    run = run_measured("languages", "--detect", "none", str(long), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "1 malformed line skipped" in run.stdout and "2 unique posts" in run.stdout
    assert run.peak_rss < PEAK


def test_a_file_name_with_pattern_characters_is_read_as_named(tmp_path: Path) -> None:
    lines = MALFORMED.read_bytes().split(b"\n")
    (tmp_path / "day[1].jsonl").write_bytes(lines[0] + b"\n")
    (tmp_path / "day1.jsonl").write_bytes(b"\n".join(lines))  # what the pattern day[1].jsonl would match
    tables = count_languages([tmp_path / "day[1].jsonl"], detect="none")
    assert tables.stats["events"] == 1 and tables.stats["malformed"] == 0
    assert list(tmp_path.iterdir()).__len__() == 2  # the temporary link is gone
