"""The Mastodon collector: account figures, statuses page by page, and known statuses re-measured."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reichweite.platforms.collector import AccountFigures, Batch, KnownPost, Page, older_than
from reichweite.platforms.http import ApiClient
from reichweite.platforms.mastodon import api as mastodon


@dataclass
class MastodonCollector:
    """Mastodon REST API of one instance (from the handle, or --instance-url)."""

    instance_url: str | None = None
    client_options: dict[str, Any] = field(default_factory=dict)
    platform: str = "mastodon"
    page_limit: int = mastodon.PAGE_LIMIT

    def __post_init__(self) -> None:
        self._clients: dict[str, ApiClient] = {}

    def _client(self, handle: str) -> ApiClient:
        base = mastodon.instance_url(handle, self.instance_url)
        if base not in self._clients:
            self._clients[base] = ApiClient(base, **self.client_options)
        return self._clients[base]

    def account(self, handle: str, now: datetime) -> AccountFigures:
        client = self._client(handle)
        data = mastodon.lookup_account(client, handle)
        origin = f"{client.base_url.rstrip('/')}/api/v1/accounts/lookup?acct={mastodon.normalise_handle(handle)[1:]}"
        account, snap = mastodon.account_records(data, handle, now, origin)
        return AccountFigures(account, snap, str(data["id"]))

    def timeline(
        self, figures: AccountFigures, now: datetime, *, since: datetime | None = None, cursor: str | None = None
    ) -> Iterator[Page]:
        handle = figures.account.handle
        host = mastodon.host_of(handle)
        pages = mastodon.iter_status_pages(self._client(handle), figures.native_id, limit=self.page_limit, start=cursor)
        for page in pages:
            items: Batch = [(mastodon.status_post(s, host), mastodon.status_snapshot(s, now, page.url))
                            for s in page.statuses]
            items, older, done = older_than(items, since)
            yield Page(items, None if done else page.next, page.url, older=older)
            if done:
                return

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]:
        client = self._client(handle)
        host = mastodon.host_of(handle)
        for known in posts:
            status_id = mastodon.status_id_from_url(known.url or known.native_id)
            if status_id is None:
                continue
            status, url = mastodon.fetch_status(client, status_id)
            yield [(mastodon.status_post(status, host), mastodon.status_snapshot(status, now, url))]

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
