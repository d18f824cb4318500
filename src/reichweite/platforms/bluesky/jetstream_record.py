"""Recording the live Jetstream firehose to rotating JSONL.zst files, resumable.

The cursor (the last `time_us` written to a closed file) is saved in `cursor.json`. After a disconnect the
recorder reconnects with `cursor = last time_us − overlap`; after a restart it resumes from the saved cursor the
same way. Jetstream delivers at least once anyway, so the few repeated events are removed by the counter's
deduplication (did + rkey).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import zstandard

from reichweite.errors import ConfigError, FetchError, Said
from reichweite.redact import redact

CURSOR_FILE = "cursor.json"
PART_SUFFIX = ".part"


@dataclass
class RecordResult:
    events: int = 0
    files: list[Path] = field(default_factory=list)
    cursor: int | None = None
    connections: int = 0


def subscribe_url(url: str, collections: list[str], cursor: int | None) -> str:
    """The subscribe URL with wantedCollections and, when resuming, cursor (microseconds)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("wantedCollections", "cursor")]
    query += [("wantedCollections", c) for c in collections]
    if cursor is not None:
        query.append(("cursor", str(cursor)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def load_cursor(out: Path) -> int | None:
    path = out / CURSOR_FILE
    if not path.exists():
        return None
    try:
        return int(json.loads(path.read_text(encoding="utf-8"))["time_us"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(Said(f"{path}: not a cursor file ({exc}); delete it to start from now", "src.jet.cursor",
                               path=str(path), detail=str(exc))) from None


def save_cursor(out: Path, time_us: int, url: str) -> None:
    tmp = out / (CURSOR_FILE + ".tmp")
    tmp.write_text(json.dumps({"time_us": time_us, "url": redact(url), "saved_at": time.time()}), encoding="utf-8")
    tmp.replace(out / CURSOR_FILE)


class _RotatingWriter:
    """Writes lines into `jetstream-<first time_us>.jsonl.zst.part`, renamed without .part when closed."""

    def __init__(self, out: Path, rotate_events: int, rotate_seconds: float):
        self.out, self.rotate_events, self.rotate_seconds = out, rotate_events, rotate_seconds
        self.file: Path | None = None
        self.sink: zstandard.ZstdCompressionWriter | None = None
        self.count = 0
        self.opened = 0.0
        self.last_time_us: int | None = None
        self.closed: list[Path] = []

    def write(self, line: bytes, time_us: int) -> Path | None:
        if self.sink is None:
            self.file = self.out / f"jetstream-{time_us}.jsonl.zst{PART_SUFFIX}"
            self.sink = zstandard.ZstdCompressor(level=3).stream_writer(self.file.open("wb"))
            self.count, self.opened = 0, time.monotonic()
        self.sink.write(line.rstrip(b"\n") + b"\n")
        self.count += 1
        self.last_time_us = time_us
        if self.count >= self.rotate_events or time.monotonic() - self.opened >= self.rotate_seconds:
            return self.close()
        return None

    def close(self) -> Path | None:
        if self.sink is None or self.file is None:
            return None
        self.sink.close()
        final = self.file.with_name(self.file.name.removesuffix(PART_SUFFIX))
        self.file.replace(final)
        self.sink, self.file = None, None
        self.closed.append(final)
        return final


async def record_async(url: str, out: Path, *, collections: list[str], rotate_events: int = 100_000,
                       rotate_seconds: float = 3600.0, overlap_s: float = 5.0, limit: int | None = None,
                       max_retries: int = 20, backoff: float = 1.0, max_backoff: float = 60.0,
                       log: Callable[[str], None] = lambda _: None) -> RecordResult:
    import websockets

    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f"*{PART_SUFFIX}"):  # an unfinished file from a killed run: re-fetched from the cursor
        stale.rename(stale.with_name(stale.name + ".incomplete"))
    result = RecordResult(cursor=load_cursor(out))
    writer = _RotatingWriter(out, rotate_events, rotate_seconds)
    overlap_us = int(overlap_s * 1_000_000)
    failures = 0
    try:
        while limit is None or result.events < limit:
            resume = None if result.cursor is None else max(0, result.cursor - overlap_us)
            target = subscribe_url(url, collections, resume)
            try:
                async with websockets.connect(target, max_size=2**24, open_timeout=20) as socket:
                    result.connections += 1
                    log(Said(f"connected: {redact(target)}", "src.jet.connected", url=redact(target)))
                    async for message in socket:
                        data = message.encode("utf-8") if isinstance(message, str) else message
                        try:
                            time_us = int(json.loads(data)["time_us"])
                        except (ValueError, KeyError, TypeError):
                            continue  # not an event; the archive keeps only events
                        closed = writer.write(data, time_us)
                        result.events += 1
                        result.cursor = time_us
                        failures = 0
                        if closed is not None:
                            save_cursor(out, time_us, url)
                        if limit is not None and result.events >= limit:
                            break
                    else:
                        raise ConnectionError(Said("server closed the stream", "src.jet.closed"))
            except (TimeoutError, OSError, ConnectionError, websockets.WebSocketException) as exc:
                failures += 1
                reason = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Said) else redact(str(exc))
                if failures > max_retries:
                    raise FetchError(target, Said(f"gave up after {max_retries} reconnects: {exc}. What was "
                                                  "recorded is saved; run the same command again to continue.",
                                                  "src.jet.gave_up", n=max_retries, reason=reason)) from None
                wait = min(max_backoff, backoff * 2 ** (failures - 1))
                log(Said(f"disconnected ({reason}); reconnecting in {wait:.1f} s from cursor {result.cursor}",
                         "src.jet.reconnect", reason=reason, seconds=f"{wait:.1f}", cursor=str(result.cursor)))
                await asyncio.sleep(wait)
    finally:
        writer.close()
        if writer.last_time_us is not None:
            save_cursor(out, writer.last_time_us, url)
        result.files = writer.closed
    return result


def record_jetstream(url: str, out: Path, **options: object) -> RecordResult:
    """Blocking wrapper: record until `limit` events (or forever; Ctrl-C closes the current file cleanly)."""
    return asyncio.run(record_async(url, out, **options))  # type: ignore[arg-type]
