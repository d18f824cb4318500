"""Reading Jetstream archives: real lines, malformed lines counted, .gz/.zst, folders and globs."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
import zstandard

from reichweite.errors import InputError
from reichweite.platforms.bluesky.jetstream import ReadStats, expand_paths, iter_events, post_key


def test_golden_events_are_read_in_order(jet: Path) -> None:
    stats = ReadStats()
    events = list(iter_events([jet / "golden_v1.jsonl"], stats))
    assert len(events) == 10 and stats.malformed == 0
    assert [e["kind"] for e in events].count("commit") == 8
    assert {e["kind"] for e in events} == {"commit", "identity", "account"}
    assert events[1]["commit"]["record"]["text"] == "Try RSV for a good time !!"
    assert [post_key(e) for e in events if post_key(e)] == [("did:plc:q235v55g5unth4zjjdpacfdr", "3mmoojp4cd223")]


def test_malformed_lines_are_counted_not_fatal(jet: Path) -> None:
    stats = ReadStats()
    events = list(iter_events([jet / "handcheck.jsonl"], stats))
    assert len(events) == 20
    assert stats.malformed == 2 and stats.lines == 22
    assert stats.examples[0].endswith("handcheck.jsonl, line 11: not valid JSON")
    assert "line 12" in stats.examples[1]


def test_objects_without_event_fields_are_malformed(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n{"kind": "commit"}\n\n{"did": "d", "time_us": "soon", "kind": "commit"}\n'
                    '{"did": "d", "time_us": 5, "kind": "identity"}\n', encoding="utf-8")
    stats = ReadStats()
    events = list(iter_events([path], stats))
    assert [e["time_us"] for e in events] == [5]
    assert stats.malformed == 3 and stats.blank == 1


def test_compressed_files_folders_and_globs(jet: Path, tmp_path: Path) -> None:
    plain = list(iter_events([jet / "twitwi_firehose_posts.jsonl", jet / "golden_v1.jsonl"]))
    from_folder = list(iter_events([jet / "archive"]))  # 2025-12/posts.jsonl.gz, golden_v1.jsonl.zst
    assert sorted(e["time_us"] for e in from_folder) == sorted(e["time_us"] for e in plain)
    assert [p.name for p in expand_paths([str(jet / "archive" / "**" / "*.gz")])] == ["posts.jsonl.gz"]
    # a zstd file of several frames (how the recorder's files look after rotation) reads across frames
    multi = tmp_path / "multi.jsonl.zst"
    with multi.open("wb") as sink:
        for name in ("golden_v1.jsonl", "twitwi_firehose_posts.jsonl"):
            sink.write(zstandard.ZstdCompressor().compress((jet / name).read_bytes()))
    assert len(list(iter_events([multi]))) == 19


def test_truncated_gzip_counts_as_malformed_tail(jet: Path, tmp_path: Path) -> None:
    data = gzip.compress((jet / "golden_v1.jsonl").read_bytes())
    broken = tmp_path / "cut.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    stats = ReadStats()
    events = list(iter_events([broken], stats))
    assert 0 < len(events) < 10
    assert stats.malformed >= 1 and "ends early" in stats.examples[-1]


def test_missing_inputs_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_events([tmp_path / "nope.jsonl"]))
    with pytest.raises(InputError, match="no Jetstream files match"):
        expand_paths([str(tmp_path / "*.zst")])
    shutil.rmtree(tmp_path)
    tmp_path.mkdir()
    with pytest.raises(InputError, match="no Jetstream files found"):
        expand_paths([tmp_path])
