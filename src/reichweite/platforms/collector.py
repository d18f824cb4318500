"""What every platform's collector answers: the account's figures, its timeline (newest first, page by page) and a
fresh measurement of known posts. Collectors read; the store-writing side is in jobs/collect_account.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from reichweite.model import Account, AccountSnapshot, Post, Snapshot

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
