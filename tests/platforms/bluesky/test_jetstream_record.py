"""The live recorder against a real WebSocket server on 127.0.0.1 that replays real Jetstream events and drops
the connection mid-stream."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import websockets

from reichweite.platforms.bluesky.jetstream import iter_events, post_key
from reichweite.platforms.bluesky.jetstream_record import load_cursor, record_async, subscribe_url
from tests import support

FIXTURES = support.FIXTURES / "languages"


def _events() -> list[dict]:
    """The real twitwi posts, re-timed to strictly increasing time_us (the server replays from a cursor)."""
    events = [json.loads(line) for line in (FIXTURES / "twitwi_firehose_posts.jsonl").read_text().splitlines()]
    for i, event in enumerate(events):
        event["time_us"] = 1_765_196_888_000_000 + i * 1_000_000
    return events


class ReplayServer:
    """Serves events from the requested cursor; the first connection is cut after `drop_after` events."""

    def __init__(self, events: list[dict], drop_after: int | None):
        self.events, self.drop_after = events, drop_after
        self.requests: list[str] = []

    async def handler(self, socket) -> None:  # type: ignore[no-untyped-def]
        path = socket.request.path
        self.requests.append(path)
        query = parse_qs(urlsplit(path).query)
        cursor = int(query["cursor"][0]) if "cursor" in query else None
        todo = [e for e in self.events if cursor is None or e["time_us"] >= cursor]
        for sent, event in enumerate(todo):
            if len(self.requests) == 1 and self.drop_after is not None and sent == self.drop_after:
                socket.transport.abort()  # the connection drops without a close frame
                return
            await socket.send(json.dumps(event))
        await asyncio.sleep(30)  # keep the stream open like the live firehose

    async def __aenter__(self) -> str:
        self.server = await websockets.serve(self.handler, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/subscribe"

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()


def test_subscribe_url_carries_collections_and_cursor() -> None:
    url = subscribe_url("wss://jetstream1.us-east.bsky.network/subscribe?compress=false",
                        ["app.bsky.feed.post", "app.bsky.feed.like"], 1_765_196_888_000_000)
    query = parse_qs(urlsplit(url).query)
    assert query == {"compress": ["false"], "wantedCollections": ["app.bsky.feed.post", "app.bsky.feed.like"],
                     "cursor": ["1765196888000000"]}


def test_reconnects_after_drop_with_cursor_and_overlap(tmp_path: Path) -> None:
    events = _events()

    async def scenario() -> tuple[object, ReplayServer]:
        server = ReplayServer(events, drop_after=4)
        async with server as url:
            result = await record_async(url, tmp_path, collections=["app.bsky.feed.post"], rotate_events=3,
                                        overlap_s=1.5, limit=11, backoff=0.05)
        return result, server

    result, server = asyncio.run(scenario())
    assert len(server.requests) == 2
    assert "cursor" not in parse_qs(urlsplit(server.requests[0]).query)
    resumed = parse_qs(urlsplit(server.requests[1]).query)
    last_before_drop = events[3]["time_us"]
    assert resumed["cursor"] == [str(last_before_drop - 1_500_000)]
    assert resumed["wantedCollections"] == ["app.bsky.feed.post"]
    # 4 events, then the overlap replays events 3 and 4 (time_us >= cursor) and the remaining 5 follow
    assert result.events == 11 and result.connections == 2
    files = sorted(tmp_path.glob("*.jsonl.zst"))
    assert len(files) == 4 and not list(tmp_path.glob("*.part"))
    recorded = list(iter_events([tmp_path]))
    assert len(recorded) == 11
    assert len({post_key(e) for e in recorded}) == 9  # deduplication absorbs the overlap
    assert load_cursor(tmp_path) == events[-1]["time_us"]


def test_restart_resumes_from_saved_cursor(tmp_path: Path) -> None:
    events = _events()

    async def run(limit: int) -> ReplayServer:
        server = ReplayServer(events, drop_after=None)
        async with server as url:
            await record_async(url, tmp_path, collections=["app.bsky.feed.post"], rotate_events=100,
                               overlap_s=0.5, limit=limit, backoff=0.05)
        return server

    first = asyncio.run(run(5))
    assert load_cursor(tmp_path) == events[4]["time_us"]
    second = asyncio.run(run(5))
    assert "cursor" not in first.requests[0]
    assert parse_qs(urlsplit(second.requests[0]).query)["cursor"] == [str(events[4]["time_us"] - 500_000)]
    recorded = list(iter_events([tmp_path]))
    assert [e["time_us"] for e in recorded] == [e["time_us"] for e in events[:5]] + [
        e["time_us"] for e in events[4:9]]
    assert len({post_key(e) for e in recorded}) == 9
