"""Reading Jetstream archives: JSONL (plain, .gz, .zst) from files, globs and folders, one event dict at a time.

Malformed lines (not JSON, not an object, or lacking did/time_us/kind) are counted in `ReadStats`, never fatal.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reichweite import limits
from reichweite.archives import capped_lines
from reichweite.errors import InputError, Said, os_reason
from reichweite.limits import shown_size

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
    examples: list[str] = field(default_factory=list)  # each a `Said`: "FILE, line N: why"

    def note_malformed(self, path: Path, line_no: int, why: Said) -> None:
        self.malformed += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(Said(f"{path}, line {line_no}: {why}", "src.jet.malformed", path=str(path),
                                      line=str(line_no), why=why))


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
                raise InputError(text, Said("no Jetstream files match this pattern (.jsonl, .gz, .zst, .parquet)",
                                            "src.jet.no_match"))
            found.extend(files)
        else:
            raise InputError(text, Said("no such file or folder", "error.no_such_file"))
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(", ".join(map(str, paths)) or "(none)", Said("no Jetstream files found (.jsonl, .gz, .zst)",
                                                                      "src.jet.none_found"))
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


INT64 = (-(2**63), 2**63 - 1)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def has_lone_surrogate(value: Any) -> bool:
    """Whether a parsed JSON value holds a lone surrogate (`\\ud800` alone: not text; the engines refuse it)."""
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return False


def as_int64(value: Any) -> int | None:
    """A time_us as every reader takes it: a JSON integer within the 64-bit range (not a string, a fraction or a
    boolean); else None."""
    if isinstance(value, int) and not isinstance(value, bool) and INT64[0] <= value <= INT64[1]:
        return value
    return None


def _check_event(value: Any) -> Said | None:
    """Why an event is malformed, by the rule both engines of `languages` apply: an object whose did and kind are
    present (not null) and whose time_us is a 64-bit integer."""
    if not isinstance(value, dict):
        return Said("not a JSON object", "src.jet.not_object")
    if value.get("did") is None or value.get("kind") is None:
        return Said("lacks did or kind", "src.jet.no_did")
    if as_int64(value.get("time_us")) is None:
        return Said("lacks an integer time_us (64-bit)", "src.jet.no_time")
    return None


def iter_file_events(path: Path, stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """Events of one JSONL file; malformed lines are counted in `stats` and skipped."""
    stats = stats if stats is not None else ReadStats()
    max_line = limits.current().line_size
    try:
        stream = open_lines(path)
    except OSError as exc:
        raise InputError(path, Said(f"cannot open: {exc}", "src.jet.cannot_open", detail=str(exc),
                                    reason=os_reason(exc))) from None
    with stream:
        line_no = 0
        try:
            for line_no, line in enumerate(capped_lines(stream, max_line), start=1):
                stats.lines += 1
                if line is None:
                    stats.note_malformed(path, line_no, Said(f"longer than {shown_size(max_line)} (raise the limit "
                                                             "with --max-line-size)", "src.jet.too_long",
                                                             size=shown_size(max_line)))
                    continue
                if not line.strip():
                    stats.blank += 1
                    continue
                try:
                    value = json.loads(line.decode("utf-8"))  # strictly: no encoded surrogates
                    if _SURROGATE_ESCAPE.search(line) and has_lone_surrogate(value):
                        raise ValueError("a lone surrogate is not text")
                except (ValueError, RecursionError):
                    stats.note_malformed(path, line_no, Said("not valid JSON", "src.jet.not_json"))
                    continue
                problem = _check_event(value)
                if problem:
                    stats.note_malformed(path, line_no, problem)
                    continue
                stats.events += 1
                yield value
        except (OSError, EOFError) as exc:  # truncated or corrupt compressed stream
            stats.note_malformed(path, line_no + 1, Said(f"compressed stream ends early ({exc})", "src.jet.cut_off",
                                                         detail=str(exc)))


def iter_events(paths: Iterable[str | Path], stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """Every Jetstream event in files, globs and folders (.jsonl, .gz, .zst), in file order.

    Pass a `ReadStats` to learn how many lines were malformed; they are skipped, never fatal. Duplicates are
    yielded as they come (Jetstream delivers at least once): deduplicate by (did, commit.rkey) where it matters.
    """
    stats = stats if stats is not None else ReadStats()
    jsonl, parquet = split_by_format(expand_paths(paths))
    if parquet:
        raise InputError(parquet[0], Said("Parquet is read by the engines (reichweite languages), not line by line",
                                          "src.jet.parquet"))
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
