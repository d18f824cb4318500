"""What every platform's collector answers: the account's figures, its timeline (newest first, page by page, from a
saved cursor if given) and a fresh measurement of known posts. Collectors read; the one runner that writes the store
is reichweite.jobs.collect.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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
    # (old, new) native-id prefixes: posts typed in under an id form the API does not use, to move to its form
    adopt: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Page:
    """One page of a timeline: the account's own posts with their figures, and where reading goes on."""

    items: Batch = field(default_factory=list)
    next_cursor: str | None = None  # what `timeline(cursor=…)` takes to read on after this page; None: the end
    url: str | None = None  # the request that answered it (without credentials)
    skipped: int = 0  # items that are not the account's own posts (Bluesky: its reposts)
    older: int = 0  # posts older than `since`, left out


class Collector(Protocol):
    platform: str

    def account(self, handle: str, now: datetime) -> AccountFigures: ...

    def timeline(
        self, figures: AccountFigures, now: datetime, *, since: datetime | None = None, cursor: str | None = None
    ) -> Iterator[Page]: ...

    def remeasure(self, handle: str, posts: Sequence[KnownPost], now: datetime) -> Iterator[Batch]: ...

    def close(self) -> None: ...


def older_than(items: Batch, since: datetime | None) -> tuple[Batch, int, bool]:
    """(the items from `since` on, how many were older, whether reading can stop) for platforms whose API has no
    lower time bound: a timeline is newest first, so a page with an older post is the last one needed."""
    if since is None:
        return items, 0, False
    kept = [(p, s) for p, s in items if p.created_at is None or p.created_at >= since]
    return kept, len(items) - len(kept), len(kept) < len(items)
