"""A paged Bluesky AppView for the replay server, built from real postView/feedViewPost items.

Faults (429, 502, malformed bodies) are queued per (method, cursor) and served before the real answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from . import FIXTURES as ALL_FIXTURES
from .replay import ReplayServer, Reply, Request

FIXTURES = ALL_FIXTURES / "bluesky"
POSTS = json.loads((FIXTURES / "bluesky-posts.json").read_text(encoding="utf-8"))
PROFILES = json.loads((FIXTURES / "bluesky-profiles.json").read_text(encoding="utf-8"))


@dataclass
class Fault:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class AppView:
    """pages: cursor (None = first page) → (feed items, next cursor). faults: (nsid, cursor) → queued faults."""

    profiles: dict[str, dict]
    pages: dict[str | None, tuple[list[dict], str | None]] = field(default_factory=dict)
    posts: dict[str, dict] = field(default_factory=dict)
    faults: dict[tuple[str, str | None], list[Fault]] = field(default_factory=dict)
    log: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)

    def fault(self, nsid: str, cursor: str | None, *faults: Fault) -> None:
        self.faults.setdefault((nsid, cursor), []).extend(faults)

    def feed_requests(self) -> list[str | None]:
        return [q.get("cursor", [None])[0] for nsid, q in self.log if nsid == "app.bsky.feed.getAuthorFeed"]

    def answer(self, nsid: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        self.log.append((nsid, query))
        cursor = query.get("cursor", [None])[0]
        queued = self.faults.get((nsid, cursor))
        if queued:
            f = queued.pop(0)
            return f.status, f.headers, f.body
        if nsid in ("app.bsky.actor.getProfile", "app.bsky.feed.getAuthorFeed"):
            profile = self.profiles.get(query.get("actor", [""])[0].lower())
            if profile is None:
                return 400, {}, json.dumps({"error": "InvalidRequest", "message": "Profile not found"}).encode()
            if nsid == "app.bsky.actor.getProfile":
                return 200, {}, json.dumps(profile).encode()
            if cursor not in self.pages:
                return 400, {}, json.dumps({"error": "InvalidRequest", "message": "Malformed cursor"}).encode()
            items, next_cursor = self.pages[cursor]
            body: dict[str, Any] = {"feed": items}
            if next_cursor:
                body["cursor"] = next_cursor
            return 200, {"ratelimit-limit": "3000", "ratelimit-remaining": "2999",
                         "ratelimit-policy": "3000;w=300"}, json.dumps(body).encode()
        if nsid == "app.bsky.feed.getPosts":
            uris = query.get("uris", [])
            if len(uris) > 25:
                return 400, {}, json.dumps({"error": "InvalidRequest", "message": "uris must not have more than 25 "
                                            "elements"}).encode()
            return 200, {}, json.dumps({"posts": [self.posts[u] for u in uris if u in self.posts]}).encode()
        return 501, {}, json.dumps({"error": "MethodNotImplemented", "message": "Method Not Implemented"}).encode()

    def __call__(self, request: Request) -> Reply:
        status, headers, body = self.answer(request.path.removeprefix("/xrpc/"), request.query)
        return Reply(status, body, [("Content-Type", "application/json; charset=utf-8"), *headers.items()])


@contextmanager
def serve(app: AppView) -> Iterator[str]:
    """Serve app on the replay server (127.0.0.1, a free port); yields the base URL."""
    with ReplayServer(app) as server:
        yield server.url


def sort_key(item: dict) -> str:
    """AppView order: newest first by sortAt (repost time for reposts, else min(createdAt, indexedAt))."""
    reason = item.get("reason") or {}
    if reason.get("indexedAt"):
        return reason["indexedAt"]
    post = item["post"]
    return min(post["record"]["createdAt"], post["indexedAt"])


def author_feed_items(did: str) -> list[dict]:
    """The real items of one account: its own posts (postViews wrapped as feedViewPost) and its reposts."""
    items = []
    for item in POSTS:
        if isinstance(item.get("post"), dict):
            by = (item.get("reason") or {}).get("by", {}).get("did")
            if item["post"]["author"]["did"] == did or by == did:
                items.append(item)
        elif item.get("author", {}).get("did") == did:
            items.append({"post": item})
    return sorted(items, key=sort_key, reverse=True)


def profiles_by_actor() -> dict[str, dict]:
    out = {}
    for p in PROFILES:
        out[p["did"]] = p
        out[p["handle"]] = p
    return out
