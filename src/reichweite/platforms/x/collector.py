"""The X API v2 collector: user metrics, the timeline page by page, and known tweets re-measured."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reichweite.platforms.collector import AccountFigures, Batch, KnownPost, Page, older_than
from reichweite.platforms.http import ApiClient
from reichweite.platforms.x import api as x_api


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

    def timeline(
        self, figures: AccountFigures, now: datetime, *, since: datetime | None = None, cursor: str | None = None
    ) -> Iterator[Page]:
        for page in x_api.iter_timeline(self.client, figures.native_id, start_time=since, token=cursor):
            items: Batch = [
                (x_api.tweet_post(t, figures.account.handle), x_api.tweet_snapshot(t, page.polls, now, page.url))
                for t in page.tweets
            ]
            items, older, done = older_than(items, since)  # start_time asks the API for the same
            yield Page(items, None if done else page.next_token, page.url, older=older)
            if done:
                return

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]:
        for page in x_api.lookup_tweets(self.client, [p.native_id for p in posts]):
            yield [(x_api.tweet_post(t, handle), x_api.tweet_snapshot(t, page.polls, now, page.url))
                   for t in page.tweets]

    def close(self) -> None:
        if self._api is not None:
            self._api.close()
