"""Language counting with Apache Spark: the same job as engines/duckdb.py, for archives beyond one machine.

Local mode by default; under `spark-submit` the session given there is used, so paths may be folders on a
cluster file system or object storage (s3a://bucket/jetstream/). Detection runs in a pandas UDF with the same
detector as the DuckDB engine, so both engines give identical tables.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable
from typing import Any

import pandas as pd

from reichweite import limits
from reichweite.analysis.langdetect import Detector
from reichweite.analysis.languages import NONE, LanguageTables, normalize_tables
from reichweite.platforms.bluesky.jetstream import expand_paths, split_by_format

JSON_SCHEMA = ("did string, time_us bigint, kind string, commit struct<operation:string, collection:string, "
               "rkey:string, record:struct<text:string, langs:array<string>>>")
Progress = Callable[[str, int, int | None], None]
# a \\uD800-\\uDBFF escape without a low one after it, or a \\uDC00-\\uDFFF escape without a high one before it: not
# text, malformed for every reader (Spark's parser alone would take it)
LONE_SURROGATE = (r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
                  r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_DETECTORS: dict[tuple[float, bool], Detector] = {}


def session(master: str | None = None) -> Any:
    """The active SparkSession (spark-submit) or a local one, with UTC as session time zone."""
    from pyspark.sql import SparkSession

    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        active.conf.set("spark.sql.session.timeZone", "UTC")
        return active
    builder = (SparkSession.builder.appName("reichweite-languages")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true"))
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # under spark-submit the master comes from there
        # local workers must run this interpreter (it has the detector's packages), not whatever `python3` is
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.master(master or "local[*]")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.sql.shuffle.partitions", "4"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _literal(path: object) -> str:
    """A file found on disk, escaped so Hadoop does not take `day[1].jsonl` as a pattern for day1.jsonl."""
    return re.sub(r"([\\\[\]{}*?])", r"\\\1", str(path))


def _split_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    remote = [p for p in paths if "://" in p]
    local = [p for p in paths if "://" not in p]
    jsonl: list[str] = [p for p in remote if not p.lower().endswith(".parquet")]
    parquet: list[str] = [p for p in remote if p.lower().endswith(".parquet")]
    if local:
        files_json, files_parquet = split_by_format(expand_paths(local))
        jsonl += [_literal(p) for p in files_json]
        parquet += [_literal(p) for p in files_parquet]
    return jsonl, parquet


def _text_column(detect: str) -> Any:
    """The text only where it will be detected (as in the DuckDB engine)."""
    from pyspark.sql import functions as F

    if detect == "none":
        return F.lit(None).cast("string")
    if detect == "all":
        return F.col("commit.record.text")
    return F.when(F.expr("size(filter(coalesce(commit.record.langs, cast(array() as array<string>)), "
                         "l -> trim(split(replace(l, '_', '-'), '-')[0]) <> '')) = 0"), F.col("commit.record.text"))


def _detect_udf(threshold: float, second_stage: bool) -> Any:
    from pyspark.sql.functions import pandas_udf

    @pandas_udf("string")  # type: ignore[call-overload]
    def detect_language(texts: pd.Series) -> pd.Series:
        key = (threshold, second_stage)
        detector = _DETECTORS.get(key)
        if detector is None:
            detector = _DETECTORS[key] = Detector(threshold=threshold, second_stage=second_stage)
        return pd.Series([detector.detect(text).lang for text in texts], dtype="object")

    return detect_language


def count_languages_spark(paths: list[str], *, by: str = "day", tz: str = "UTC", detect: str = "missing",
                          threshold: float = 0.3, second_stage: bool = True, master: str | None = None,
                          progress: Progress | None = None) -> LanguageTables:
    """Count declared (and optionally detected) languages of unique post creates, like the DuckDB engine."""
    from pyspark.sql import functions as F

    spark = session(master)
    jsonl, parquet = _split_paths(paths)
    columns = [F.col("did"), F.col("time_us"), F.col("kind"), F.col("commit.operation").alias("op"),
               F.col("commit.collection").alias("collection"), F.col("commit.rkey").alias("rkey"),
               F.col("commit.record.langs").alias("langs"),
               _text_column(detect).alias("text")]
    frames = []
    if jsonl:
        # line by line, as the other readers: a blank line is skipped, a line over the limit is malformed unparsed
        lines = spark.read.option("recursiveFileLookup", "true").text(jsonl)
        fits = (F.octet_length("value") <= limits.current().line_size) & ~F.col("value").rlike(LONE_SURROGATE)
        events_json = (lines.where(F.trim("value") != "")
                       .select(F.when(fits, F.from_json("value", JSON_SCHEMA, {"mode": "PERMISSIVE"})).alias("e")))
        frames.append(events_json.select("e.*").select(*columns))
    if parquet:
        frames.append(spark.read.parquet(*parquet).select(*columns))
    events = frames[0] if len(frames) == 1 else frames[0].unionByName(frames[1])
    if progress:
        progress("read", 0, None)
    category = (F.when(F.col("did").isNull() | F.col("time_us").isNull() | F.col("kind").isNull(), "malformed")
                .when(F.col("kind") == "identity", "identity")
                .when(F.col("kind") == "account", "account")
                .when(F.col("kind") != "commit", "other_kinds")
                .when(F.col("op") == "delete", "deletes")
                .when(F.col("op") == "update", "updates")
                .when((F.col("op") == "create") & (F.col("collection") == "app.bsky.feed.post")
                      & F.col("rkey").isNotNull(), "post")
                .otherwise("other_collections"))
    is_post = F.col("category") == "post"
    grouped = (events.withColumn("category", category)
               .groupBy("category", F.when(is_post, F.col("did")).alias("did"),
                        F.when(is_post, F.col("rkey")).alias("rkey"))
               .agg(F.count(F.lit(1)).alias("n"),
                    F.min_by(F.struct("time_us", "langs", "text"), F.col("time_us")).alias("first"))
               .cache())
    stats = {row["category"]: int(row["total"])
             for row in grouped.groupBy("category").agg(F.sum("n").alias("total")).collect()}
    posts = (grouped.where(is_post)
             .select(F.date_format(F.date_trunc(by, F.from_utc_timestamp(
                         F.timestamp_micros(F.col("first.time_us")), tz)), "yyyy-MM-dd").alias("period"),
                     F.expr("coalesce(filter(transform(first.langs, l -> lower(trim(split(replace(l, '_', '-'), "
                            "'-')[0]))), l -> l <> ''), cast(array() as array<string>))").alias("langs"),
                     F.col("first.text").alias("text"))
             .cache())
    if progress:
        progress("count", 0, None)
    first = posts.select("period", F.coalesce(F.try_element_at("langs", F.lit(1)), F.lit(NONE)).alias("lang"))
    first = first.groupBy("period", "lang").count().withColumn("rule", F.lit("first"))
    any_langs = F.when(F.size("langs") == 0, F.array(F.lit(NONE))).otherwise(F.array_distinct("langs"))
    anyrule = (posts.select("period", F.explode(any_langs).alias("lang")).groupBy("period", "lang").count()
               .withColumn("rule", F.lit("any")))
    periods = posts.groupBy("period").agg(
        F.count(F.lit(1)).alias("posts"),
        F.sum(F.when(F.size("langs") > 0, 1).otherwise(0)).alias("declared"),
        F.sum(F.when(F.size("langs") == 0, 1).otherwise(0)).alias("undeclared")).toPandas()
    parts = [first.toPandas(), anyrule.toPandas()]
    agreement = pd.DataFrame(columns=["declared", "detected", "posts"])
    detected_per_period: dict[str, int] = {}
    if detect != "none":
        if progress:
            progress("detect", 0, None)
        todo = posts.where(F.size("langs") == 0) if detect == "missing" else posts
        detected = (todo.select("period",
                                F.coalesce(F.try_element_at("langs", F.lit(1)), F.lit(NONE)).alias("declared"),
                                _detect_udf(threshold, second_stage)(F.col("text")).alias("detected"))
                    .groupBy("period", "declared", "detected").count().toPandas())
        by_period = detected.groupby(["period", "detected"], as_index=False)["count"].sum()
        parts.append(by_period.rename(columns={"detected": "lang"}).assign(rule="detected"))
        agreement = (detected.groupby(["declared", "detected"], as_index=False)["count"].sum()
                     .rename(columns={"count": "posts"}))
        detected_per_period = detected.groupby("period")["count"].sum().to_dict()
    counts = pd.concat(parts, ignore_index=True).rename(columns={"count": "posts"})[["period", "rule", "lang",
                                                                                      "posts"]]
    periods["detected"] = periods["period"].map(detected_per_period).fillna(0).astype("int64")
    unique = int(periods["posts"].sum())
    grouped.unpersist()
    posts.unpersist()
    counts, periods, agreement = normalize_tables(counts, periods, agreement)
    malformed = stats.get("malformed", 0)
    post_creates = stats.get("post", 0)
    stats_out = {
        "events": sum(stats.values()) - malformed, "malformed": malformed, "post_creates": post_creates,
        "posts": unique, "duplicates": post_creates - unique, "deletes": stats.get("deletes", 0),
        "updates": stats.get("updates", 0), "other_collections": stats.get("other_collections", 0),
        "identity": stats.get("identity", 0), "account": stats.get("account", 0) + stats.get("other_kinds", 0),
        "files": len(jsonl) + len(parquet),
    }
    return LanguageTables(counts, periods, agreement, stats_out, by=by, detect=detect, engine="spark", tz=tz)
