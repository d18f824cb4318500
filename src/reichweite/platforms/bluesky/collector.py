"""The Bluesky collector on the AppView (getProfile, getAuthorFeed, getPosts): the account's own posts.

Snapshots are stamped with the collection moment the watch run uses, so a plan's ages line up across platforms.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW, GET_POSTS_MAX, BlueskyClient
from reichweite.platforms.collector import AccountFigures, Batch, KnownPost, Page
from reichweite.platforms.http import ApiClient


@dataclass
class BlueskyCollector:
    appview: str | None = None
    client_options: dict[str, Any] = field(default_factory=dict)
    platform: str = "bluesky"
    page_size: int = 100

    api: ApiClient | None = field(default=None, repr=False)  # a client of one's own (retries, waits)

    def __post_init__(self) -> None:
        base = (self.appview or DEFAULT_APPVIEW).rstrip("/")
        self._client = BlueskyClient(base, api=self.api or ApiClient(base, **self.client_options))

    def account(self, handle: str, now: datetime) -> AccountFigures:
        account, snap = self._client.profile(handle)
        snap.observed_at = now
        did = account.native_id or handle
        # posts typed in from bsky.app URLs carry at://HANDLE/…; the AppView names them at://DID/…
        adopt = [(f"at://{account.handle.lower()}/", f"at://{did}/")] if did.startswith("did:") else []
        if not handle.startswith("did:"):
            account.handle = snap.handle = handle  # the account as the user named it (a watch list, a command)
        return AccountFigures(account, snap, did, adopt)

    def timeline(
        self, figures: AccountFigures, now: datetime, *, since: datetime | None = None, cursor: str | None = None
    ) -> Iterator[Page]:
        for page in self._client.author_feed(figures.native_id, since=since, cursor=cursor, limit=self.page_size):
            for snap in page.snapshots:
                snap.observed_at = now
            for post in page.posts:
                post.author = figures.account.handle
            items: Batch = list(zip(page.posts, page.snapshots, strict=True))
            yield Page(items, None if page.last else page.next_cursor, page.url, skipped=page.reposts_skipped,
                       older=page.older_skipped)

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
