"""One public API over both engines: `count_languages(paths, engine="duckdb"|"spark", ...)`.

The engines run the same job (same rules, same deduplication, same detector) and return identical
`LanguageTables`; DuckDB is for one machine, Spark for a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reichweite.analysis.langdetect import DEFAULT_THRESHOLD, Detector
from reichweite.analysis.languages import DETECT_MODES, PERIODS, LanguageTables
from reichweite.engines.duckdb import Progress, count_languages_duckdb
from reichweite.errors import Said, UsageError, one_of
from reichweite.platforms.bluesky.jetstream import expand_paths, split_by_format

ENGINES = ("duckdb", "spark")



def count_languages(paths: Iterable[str | Path], *, engine: str = "duckdb", detect: str = "missing",
                    by: str = "day", tz: str = "UTC", threshold: float = DEFAULT_THRESHOLD, second_stage: bool = True,
                    progress: Progress | None = None, spark_master: str | None = None,
                    detect_workers: int | None = None, memory_limit: str | None = None) -> LanguageTables:
    """Count the languages of the unique `app.bsky.feed.post` creates in Jetstream files (JSONL, .gz, .zst,
    Parquet; files, globs, folders). Spark also takes object-store paths (s3a://…) unchanged.
    detect_workers: processes detecting languages with DuckDB (default 1, the main process; more workers each
    load their own models and were slower on a busy 2-core machine, see bench/results/languages.md).
    tz: the time zone whose calendar the periods follow (IANA name, e.g. Europe/Berlin; default UTC).
    memory_limit: DuckDB's memory limit (e.g. "8GB"; default 80 % of the RAM, beyond which it spills to disk)."""
    if engine not in ENGINES:
        raise UsageError(one_of("--engine", engine, ENGINES))
    if detect not in DETECT_MODES:
        raise UsageError(one_of("--detect", detect, DETECT_MODES))
    if by not in PERIODS:
        raise UsageError(one_of("--by", by, PERIODS))
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(Said(f"--tz {tz!r}: not a time zone name (e.g. UTC, Europe/Berlin)", "use.tz",
                              value=repr(tz))) from None
    paths = [str(p) for p in paths]
    if engine == "spark":
        from reichweite.engines.spark import count_languages_spark  # pyspark is an extra

        return count_languages_spark(paths, by=by, tz=tz, detect=detect, threshold=threshold, second_stage=second_stage,
                                     master=spark_master, progress=progress)
    files = expand_paths(paths)
    jsonl, parquet = split_by_format(files)
    tables = count_languages_duckdb(jsonl, parquet, by=by, tz=tz, detect=detect,
                                    detector=Detector(threshold=threshold, second_stage=second_stage),
                                    workers=detect_workers, progress=progress, memory_limit=memory_limit)
    tables.stats["files"] = len(files)
    return tables
