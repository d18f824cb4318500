"""Reading Jetstream archives: JSONL (plain, .gz, .zst) from files, globs and folders, one event dict at a time.

Malformed lines (not JSON, not an object, or lacking did/time_us/kind) are counted in `ReadStats`, never fatal.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reichweite.errors import InputError

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz", ".jsonl.zst", ".json.zst",
                  ".ndjson.zst", ".gz", ".zst")
PARQUET_SUFFIXES = (".parquet",)
EXAMPLES_KEPT = 5


@dataclass
class ReadStats:
    """What reading saw: lines read, events yielded, malformed lines (with a few examples for the message)."""

    lines: int = 0
    events: int = 0
    malformed: int = 0
    blank: int = 0
    examples: list[str] = field(default_factory=list)

    def note_malformed(self, path: Path, line_no: int, why: str) -> None:
        self.malformed += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(f"{path}, line {line_no}: {why}")


def _is_data_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files, globs (`archive/*.zst`, `**/*.jsonl`) and folders (searched recursively) → sorted list of files."""
    found: list[Path] = []
    for raw in paths:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and _is_data_file(p)))
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(text):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file() and _is_data_file(p)]
            if not files:
                raise InputError(text, "no Jetstream files match this pattern (.jsonl, .gz, .zst, .parquet)")
            found.extend(files)
        else:
            raise InputError(text, "no such file or folder")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(", ".join(map(str, paths)) or "(none)", "no Jetstream files found (.jsonl, .gz, .zst)")
    return unique


def split_by_format(files: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(JSONL files, Parquet files)."""
    jsonl, parquet = [], []
    for path in files:
        (parquet if path.name.lower().endswith(PARQUET_SUFFIXES) else jsonl).append(path)
    return jsonl, parquet


def open_lines(path: Path) -> IO[bytes]:
    """A binary stream of the decompressed file, chosen by suffix (.gz, .zst, else plain)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        import zstandard

        raw = path.open("rb")
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type]
    return path.open("rb", buffering=1 << 20)


def _check_event(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "not a JSON object"
    if not isinstance(value.get("did"), str) or not isinstance(value.get("kind"), str):
        return "lacks did or kind"
    time_us = value.get("time_us")
    if not isinstance(time_us, int) or isinstance(time_us, bool):
        return "lacks an integer time_us"
    return None


def iter_file_events(path: Path, stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """Events of one JSONL file; malformed lines are counted in `stats` and skipped."""
    stats = stats if stats is not None else ReadStats()
    try:
        stream = open_lines(path)
    except OSError as exc:
        raise InputError(path, f"cannot open: {exc}") from None
    with stream:
        line_no = 0
        try:
            for line_no, line in enumerate(stream, start=1):
                stats.lines += 1
                if not line.strip():
                    stats.blank += 1
                    continue
                try:
                    value = json.loads(line)
                except ValueError:
                    stats.note_malformed(path, line_no, "not valid JSON")
                    continue
                problem = _check_event(value)
                if problem:
                    stats.note_malformed(path, line_no, problem)
                    continue
                stats.events += 1
                yield value
        except (OSError, EOFError) as exc:  # truncated or corrupt compressed stream
            stats.note_malformed(path, line_no + 1, f"compressed stream ends early ({exc})")


def iter_events(paths: Iterable[str | Path], stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """Every Jetstream event in files, globs and folders (.jsonl, .gz, .zst), in file order.

    Pass a `ReadStats` to learn how many lines were malformed; they are skipped, never fatal. Duplicates are
    yielded as they come (Jetstream delivers at least once): deduplicate by (did, commit.rkey) where it matters.
    """
    stats = stats if stats is not None else ReadStats()
    jsonl, parquet = split_by_format(expand_paths(paths))
    if parquet:
        raise InputError(parquet[0], "Parquet is read by the engines (reichweite languages), not line by line")
    for path in jsonl:
        yield from iter_file_events(path, stats)


def post_key(event: dict[str, Any]) -> tuple[str, str] | None:
    """(did, rkey) of an app.bsky.feed.post create, else None: the key that deduplicates repeated deliveries."""
    commit = event.get("commit")
    if event.get("kind") != "commit" or not isinstance(commit, dict):
        return None
    if commit.get("operation") != "create" or commit.get("collection") != "app.bsky.feed.post":
        return None
    rkey = commit.get("rkey")
    return (event["did"], rkey) if isinstance(rkey, str) else None
