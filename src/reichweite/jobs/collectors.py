"""One adapter per platform API with the same three questions: the account's figures, its timeline (newest
first, page by page) and a fresh measurement of known posts. The store-writing side is in jobs/collect_account.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from reichweite.model import Account, AccountSnapshot, Post, Snapshot
from reichweite.sources import mastodon, x_api
from reichweite.sources.http import ApiClient

Batch = list[tuple[Post, Snapshot | None]]


@dataclass(slots=True)
class KnownPost:
    """A stored post to re-measure: its native id and what the platform needs to fetch it again."""

    native_id: str
    url: str | None = None


@dataclass(slots=True)
class AccountFigures:
    account: Account
    snapshot: AccountSnapshot
    native_id: str


class Collector(Protocol):
    platform: str

    def account(self, handle: str, now: datetime) -> AccountFigures: ...

    def timeline(self, figures: AccountFigures, now: datetime) -> Iterator[Batch]: ...

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]: ...

    def close(self) -> None: ...


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

    def timeline(self, figures: AccountFigures, now: datetime) -> Iterator[Batch]:
        handle = figures.account.handle
        host = mastodon.host_of(handle)
        for page in mastodon.iter_status_pages(self._client(handle), figures.native_id, limit=self.page_limit):
            yield [(mastodon.status_post(s, host), mastodon.status_snapshot(s, now, page.url)) for s in page.statuses]

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


@dataclass
class XCollector:
    """X API v2 with the user's bearer token."""

    api_url: str | None = None
    token: str | None = field(default=None, repr=False)
    client_options: dict[str, Any] = field(default_factory=dict)
    platform: str = "x"

    def __post_init__(self) -> None:
        self._api: ApiClient | None = None

    @property
    def client(self) -> ApiClient:
        if self._api is None:
            self._api = x_api.x_client(self.api_url, self.token, **self.client_options)
        return self._api

    def account(self, handle: str, now: datetime) -> AccountFigures:
        user, url = x_api.lookup_user(self.client, handle)
        account, snap = x_api.user_records(user, now, url)
        return AccountFigures(account, snap, str(user["id"]))

    def timeline(self, figures: AccountFigures, now: datetime) -> Iterator[Batch]:
        for page in x_api.iter_timeline(self.client, figures.native_id):
            yield [
                (x_api.tweet_post(t, figures.account.handle), x_api.tweet_snapshot(t, page.polls, now, page.url))
                for t in page.tweets
            ]

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]:
        for page in x_api.lookup_tweets(self.client, [p.native_id for p in posts]):
            yield [(x_api.tweet_post(t, handle), x_api.tweet_snapshot(t, page.polls, now, page.url))
                   for t in page.tweets]

    def close(self) -> None:
        if self._api is not None:
            self._api.close()
