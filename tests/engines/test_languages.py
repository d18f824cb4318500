"""Counting rules on a hand-checked file of real Jetstream lines (DuckDB engine), shares and intervals."""

from __future__ import annotations

import json
import math
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from reichweite.analysis.languages import (
    agreement_matrix,
    agreement_summary,
    language_share,
    shares,
    wilson_interval,
)
from reichweite.engines.languages import count_languages
from reichweite.errors import UsageError


def _table(tables, rule: str) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    frame = tables.counts[tables.counts["rule"] == rule]
    return {(p, lang): int(n) for p, lang, n in zip(frame["period"], frame["lang"], frame["posts"], strict=True)}


def test_hand_checked_counts(jet: Path) -> None:
    """handcheck.jsonl by hand: 9 twitwi posts (1 on 2025-12-05 without langs; 8 on 2025-12-08: en-US, en ×5,
    de ×2), one of them delivered twice, 2 broken lines, 10 golden events with 1 post (en, 2026-05-25)."""
    tables = count_languages([jet / "handcheck.jsonl"], detect="all")
    assert tables.stats == {"events": 20, "malformed": 2, "post_creates": 11, "posts": 10, "duplicates": 1,
                            "deletes": 1, "updates": 2, "other_collections": 4, "identity": 1, "account": 1,
                            "files": 1}
    assert _table(tables, "first") == {("2025-12-05", "none"): 1, ("2025-12-08", "en"): 6,
                                       ("2025-12-08", "de"): 2, ("2026-05-25", "en"): 1}
    assert _table(tables, "any") == _table(tables, "first")  # no post here declares two languages
    # detected: the post declared "en" is Japanese, one declared "de" is English
    assert _table(tables, "detected") == {("2025-12-05", "en"): 1, ("2025-12-08", "en"): 6,
                                          ("2025-12-08", "de"): 1, ("2025-12-08", "ja"): 1,
                                          ("2026-05-25", "en"): 1}
    pairs = {(d, x): int(n) for d, x, n in tables.agreement.itertuples(index=False)}
    assert pairs == {("de", "de"): 1, ("de", "en"): 1, ("en", "en"): 6, ("en", "ja"): 1, ("none", "en"): 1}
    assert agreement_summary(tables) == {"checked": 9, "agree": 7, "share": 7 / 9}
    matrix = agreement_matrix(tables, normalize=True)
    assert matrix.loc["de", "de"] == 0.5 and matrix.loc["en", "ja"] == pytest.approx(1 / 7)


def test_missing_mode_detects_only_undeclared_posts(jet: Path) -> None:
    tables = count_languages([jet / "handcheck.jsonl"], detect="missing", by="month")
    assert list(tables.periods["period"]) == ["2025-12-01", "2026-05-01"]
    assert list(tables.periods["detected"]) == [1, 0]
    assert _table(tables, "detected") == {("2025-12-01", "en"): 1}
    assert set(tables.agreement["declared"]) == {"none"}


def test_two_languages_count_for_both_and_shares_exceed_100(tmp_path: Path) -> None:
    lines = [
        '{"did":"did:plc:a","time_us":1767225600000000,"kind":"commit","commit":{"rev":"r","operation":"create",'
        '"collection":"app.bsky.feed.post","rkey":"1","record":{"text":"Hallo und hello","langs":["de-DE","EN"]},'
        '"cid":"c1"}}',
        '{"did":"did:plc:a","time_us":1767225601000000,"kind":"commit","commit":{"rev":"r","operation":"create",'
        '"collection":"app.bsky.feed.post","rkey":"2","record":{"text":"Nur Deutsch hier","langs":["de","de_AT"]},'
        '"cid":"c2"}}',
        '{"did":"did:plc:b","time_us":1767225602000000,"kind":"commit","commit":{"rev":"r","operation":"create",'
        '"collection":"app.bsky.feed.post","rkey":"1","record":{"text":"no tags","langs":[]},"cid":"c3"}}',
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables = count_languages([path], detect="none")
    assert _table(tables, "first") == {("2026-01-01", "de"): 2, ("2026-01-01", "none"): 1}
    assert _table(tables, "any") == {("2026-01-01", "de"): 2, ("2026-01-01", "en"): 1, ("2026-01-01", "none"): 1}
    assert shares(tables, "first")["share"].sum() == pytest.approx(1.0)
    assert shares(tables, "any")["share"].sum() == pytest.approx(4 / 3)


def test_wilson_interval_known_values() -> None:
    low, high = wilson_interval(5, 100)
    assert (round(low, 4), round(high, 4)) == (0.0215, 0.1118)  # standard Wilson 95 % for 5/100
    assert wilson_interval(0, 10)[0] == 0.0 and wilson_interval(10, 10)[1] == 1.0
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_language_share_per_period(jet: Path) -> None:
    tables = count_languages([jet / "handcheck.jsonl"], detect="all")
    share = language_share(tables, "de")
    row = share[(share["period"] == "2025-12-08") & (share["rule"] == "first")].iloc[0]
    assert (row["posts"], row["total"]) == (2, 8) and row["share"] == 0.25
    assert (row["low"], row["high"]) == pytest.approx(wilson_interval(2, 8))
    assert set(share["rule"]) == {"first", "any", "detected"}


def test_parquet_gives_the_same_tables(jet: Path, tmp_path: Path) -> None:
    from reichweite.engines.duckdb import JSON_COLUMNS

    target = tmp_path / "events.parquet"
    duckdb.execute(f"COPY (SELECT * FROM read_json(?, columns=?, format='newline_delimited', ignore_errors=true)) "
                   f"TO '{target}' (FORMAT parquet)", [str(jet / "handcheck.jsonl"), JSON_COLUMNS])
    from_json = count_languages([jet / "handcheck.jsonl"], detect="all")
    from_parquet = count_languages([target], detect="all")
    pd.testing.assert_frame_equal(from_json.counts, from_parquet.counts)
    pd.testing.assert_frame_equal(from_json.agreement, from_parquet.agreement)
    assert from_parquet.stats["malformed"] == 2 and from_parquet.stats["posts"] == 10


def test_compressed_folder_equals_plain_files(jet: Path) -> None:
    folder = count_languages([jet / "archive"], detect="all")
    plain = count_languages([jet / "twitwi_firehose_posts.jsonl", jet / "golden_v1.jsonl"], detect="all")
    pd.testing.assert_frame_equal(folder.counts, plain.counts)
    assert folder.stats["files"] == 2 and folder.stats["posts"] == 10


def test_bad_options_are_usage_errors(jet: Path) -> None:
    with pytest.raises(UsageError, match="--engine"):
        count_languages([jet / "golden_v1.jsonl"], engine="pandas")
    with pytest.raises(UsageError, match="--by"):
        count_languages([jet / "golden_v1.jsonl"], by="hour")


def test_blank_declarations_count_as_undeclared_and_are_detected(tmp_path: Path) -> None:
    line = ('{"did":"did:plc:a","time_us":1767225600000000,"kind":"commit","commit":{"rev":"r","operation":"create",'
            '"collection":"app.bsky.feed.post","rkey":"1","record":{"text":"Heute scheint in Berlin die Sonne",'
            '"langs":[" ", "-x"]},"cid":"c1"}}')
    path = tmp_path / "blank.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    tables = count_languages([path], detect="missing")
    assert _table(tables, "first") == {("2026-01-01", "none"): 1}
    assert _table(tables, "detected") == {("2026-01-01", "de"): 1}


def test_detection_in_worker_processes_gives_the_same_tables(jet: Path) -> None:
    inputs = [jet / "handcheck.jsonl", jet / "edge_cases.jsonl"]
    serial = count_languages(inputs, detect="all", detect_workers=1)
    parallel = count_languages(inputs, detect="all", detect_workers=2)
    pd.testing.assert_frame_equal(serial.counts, parallel.counts)
    pd.testing.assert_frame_equal(serial.agreement, parallel.agreement)
    assert int(parallel.periods["detected"].sum()) == 16


def test_identical_texts_each_counted(jet: Path, tmp_path: Path) -> None:
    """Posts sharing one text (and period and declaration) are detected once but each counted: weights, not rows."""
    import json

    base = json.loads((jet / "edge_cases.jsonl").read_text(encoding="utf-8").splitlines()[2])  # German text
    lines = []
    for i, langs in enumerate([None, None, ["de"], None]):
        event = json.loads(json.dumps(base))
        event["did"], event["commit"]["rkey"] = f"did:plc:same{i}", f"3same{i}"
        event["commit"]["record"].pop("langs", None)
        if langs:
            event["commit"]["record"]["langs"] = langs
        if i == 3:
            event["commit"]["record"]["text"] = "Good morning everyone, the sun is shining today"
        lines.append(json.dumps(event))
    (tmp_path / "same.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables = count_languages([tmp_path / "same.jsonl"], detect="all")
    assert _table(tables, "detected") == {("2026-01-01", "de"): 3, ("2026-01-01", "en"): 1}
    assert _table(tables, "first") == {("2026-01-01", "none"): 3, ("2026-01-01", "de"): 1}
    agreement = {(d, x): int(n) for d, x, n in tables.agreement[["declared", "detected", "posts"]].itertuples(
        index=False)}
    assert agreement == {("none", "de"): 2, ("none", "en"): 1, ("de", "de"): 1}
    assert tables.periods["detected"].tolist() == [4] and tables.stats["posts"] == 4


def _midnight_posts(path: Path) -> Path:
    """Posts just before and after midnight UTC on New Year's Eve (= after midnight in Berlin, UTC+1)."""
    times = {"a": 1767223800000000, "b": 1767225540000000, "c": 1767225660000000}  # 23:30, 23:59 UTC; 00:01 UTC
    events = [{"did": "did:plc:tz", "time_us": t, "kind": "commit",
               "commit": {"rev": "r", "operation": "create", "collection": "app.bsky.feed.post", "rkey": rkey,
                          "record": {"text": "Prosit Neujahr", "langs": ["de"]}, "cid": "c"}}
              for rkey, t in times.items()]
    path.write_text("".join(json.dumps(event) + "\n" for event in events), encoding="utf-8")
    return path


def test_periods_follow_the_chosen_time_zone(tmp_path: Path) -> None:
    path = _midnight_posts(tmp_path / "midnight.jsonl")
    utc = count_languages([path], detect="none")
    berlin = count_languages([path], detect="none", tz="Europe/Berlin")
    assert dict(zip(utc.periods["period"], utc.periods["posts"], strict=True)) == {"2025-12-31": 2, "2026-01-01": 1}
    assert dict(zip(berlin.periods["period"], berlin.periods["posts"], strict=True)) == {"2026-01-01": 3}
    assert list(count_languages([path], detect="none", by="month", tz="America/New_York").periods["period"]) == [
        "2025-12-01"]
    assert berlin.tz == "Europe/Berlin" and utc.tz == "UTC"


def test_unknown_time_zone_is_a_clear_error(tmp_path: Path) -> None:
    path = _midnight_posts(tmp_path / "midnight.jsonl")
    with pytest.raises(UsageError, match="--tz 'Europe/Bonn': not a time zone name"):
        count_languages([path], tz="Europe/Bonn")


def test_progress_reports_reading_then_detection(jet: Path) -> None:
    calls: list[tuple[str, int, int | None]] = []
    count_languages([jet / "handcheck.jsonl"], detect="all", progress=lambda *call: calls.append(call))
    reads = [call for call in calls if call[0] == "read"]
    assert reads[-1] == ("read", 100, 100)
    assert all(0 <= done <= 100 for _, done, total in reads if total == 100)
    assert calls[-1][0] == "detect" and calls[-1][1] == calls[-1][2] == 10  # the 10 distinct posts


def test_memory_limit_too_small_is_a_clear_error(jet: Path) -> None:
    from reichweite.errors import ReichweiteError

    with pytest.raises(ReichweiteError, match=r"--memory-limit '1MB': too small; DuckDB needs at least 64MB"):
        count_languages([jet / "handcheck.jsonl"], detect="all", memory_limit="1MB")
    with pytest.raises(UsageError, match="--memory-limit 'lots': use a size such as 4GB"):
        count_languages([jet / "handcheck.jsonl"], memory_limit="lots")
    assert count_languages([jet / "handcheck.jsonl"], detect="none", memory_limit="512MB").stats["posts"] == 10
