"""The Bluesky adapter for scheduled collection, on sources/bluesky.py (getProfile, getAuthorFeed, getPosts).

Snapshots are stamped with the collection moment the watch run uses, so a plan's ages line up across platforms.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW, GET_POSTS_MAX, BlueskyClient
from reichweite.platforms.collector import AccountFigures, Batch, KnownPost
from reichweite.platforms.http import ApiClient


@dataclass
class BlueskyCollector:
    appview: str | None = None
    client_options: dict[str, Any] = field(default_factory=dict)
    platform: str = "bluesky"

    def __post_init__(self) -> None:
        base = (self.appview or DEFAULT_APPVIEW).rstrip("/")
        self._client = BlueskyClient(base, api=ApiClient(base, **self.client_options))

    def account(self, handle: str, now: datetime) -> AccountFigures:
        account, snap = self._client.profile(handle)
        snap.observed_at = now
        # the watch list names the account by the handle the user wrote
        account.handle = snap.handle = handle
        return AccountFigures(account, snap, account.native_id or handle)

    def timeline(self, figures: AccountFigures, now: datetime) -> Iterator[Batch]:
        for page in self._client.author_feed(figures.native_id):
            for snap in page.snapshots:
                snap.observed_at = now
            for post in page.posts:
                post.author = figures.account.handle
            yield list(zip(page.posts, page.snapshots, strict=True))

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]:
        uris = [p.native_id for p in posts]
        for start in range(0, len(uris), GET_POSTS_MAX):
            batch = []
            for post, snap in self._client.posts(uris[start : start + GET_POSTS_MAX]):
                snap.observed_at = now
                post.author = handle
                batch.append((post, snap))
            yield batch

    def close(self) -> None:
        self._client.close()
