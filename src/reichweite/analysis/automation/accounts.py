"""Accounts in a post stream that post like machines: cadence regularity, posts at the same second of the minute,
repeated texts, links, replies and volume. Pure: takes Jetstream events (dicts) or Post records.

score = 1 / (1 + exp(-(ACCOUNT_BIAS + points))), flagged from 0.5; the points per signal are ACCOUNT_WEIGHTS.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from reichweite.analysis.automation.scoring import Signal
from reichweite.analysis.automation.templates import normalise
from reichweite.model import Post
from reichweite.timeutil import parse_datetime

POST_COLLECTION = "app.bsky.feed.post"
ACCOUNT_BIAS = -3.0
ACCOUNT_FLAG = 0.5
#: Cadence and second-of-minute signals need at least this many posts of an account.
MIN_POSTS = 5
#: createdAt further than this from the server's time_us is not trusted (clients set it freely).
CLOCK_TOLERANCE = timedelta(hours=1)
ACCOUNT_WEIGHTS: dict[str, float] = {
    "regular_cadence": 1.5,  # coefficient of variation of the gaps between posts < 0.25
    "same_second": 1.5,  # ≥ 50 % of posts at one second of the minute (by chance about 1/60)
    "duplicate_texts": 1.5,  # ≥ 30 % of posts repeat a text the account posted before
    "links": 0.5,  # ≥ 80 % of posts carry a link
    "replies": 0.5,  # ≥ 90 % of posts are replies
    "high_volume": 1.5,  # ≥ 50 posts per day
    "very_high_volume": 1.0,  # ≥ 200 posts per day (on top of high_volume)
}
REGULAR_CV = 0.25
SAME_SECOND_SHARE = 0.5
DUPLICATE_SHARE = 0.3
LINK_SHARE = 0.8
REPLY_SHARE = 0.9
HIGH_VOLUME = 50.0
VERY_HIGH_VOLUME = 200.0
#: Rates per day need the stream to span at least this long; a shorter capture gets none (and says so).
MIN_RATE_SPAN = timedelta(minutes=10)
#: Rates are counted over at least this window, so a short capture does not inflate them.
MIN_WINDOW = timedelta(hours=1)

_URL = re.compile(r"https?://\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StreamPost:
    account: str
    post_id: str
    created_at: datetime
    text: str
    is_reply: bool
    has_link: bool


@dataclass(slots=True)
class AccountScore:
    account: str
    posts: int
    first: datetime
    last: datetime
    posts_per_day: float | None  # None when the stream spans less than MIN_RATE_SPAN
    gap_cv: float | None
    same_second_share: float | None
    duplicate_share: float | None
    link_share: float
    reply_share: float
    score: float
    flagged: bool
    signals: list[Signal] = field(default_factory=list)

    @property
    def points(self) -> float:
        return round(sum(s.points for s in self.signals), 2)


def _event_time(record: dict, time_us: object) -> datetime | None:
    server = None
    if isinstance(time_us, int | float) and time_us > 0:
        try:
            server = datetime.fromtimestamp(time_us / 1_000_000, tz=UTC)
        except (ValueError, OverflowError, OSError):  # past year 9999
            server = None
    created = record.get("createdAt")
    if isinstance(created, str):
        try:
            client = parse_datetime(created)
        except (ValueError, OverflowError):
            client = None
        if client is not None and (server is None or abs(client - server) <= CLOCK_TOLERANCE):
            return client
    return server


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _has_link(record: dict) -> bool:
    for facet in _dicts(record.get("facets")):
        for feature in _dicts(facet.get("features")):
            if str(feature.get("$type", "")).endswith("#link"):
                return True
    embed = record.get("embed")
    embed = embed if isinstance(embed, dict) else {}
    media = embed.get("media")
    if "external" in str(embed.get("$type", "")) or "external" in str(
            media.get("$type", "") if isinstance(media, dict) else ""):
        return True
    text = record.get("text")
    return isinstance(text, str) and bool(_URL.search(text))


def posts_from_events(events: Iterable[dict]) -> Iterator[StreamPost]:
    """The post creations of a Jetstream event stream, each once (delivery is at-least-once). Parts of an event
    of an unexpected shape (a commit that is not an object, a record that is a list) count as absent."""
    seen: set[tuple[str, str]] = set()
    for event in events:
        if event.get("kind") != "commit":
            continue
        commit = event.get("commit")
        if not isinstance(commit, dict):
            continue
        if commit.get("operation") != "create" or commit.get("collection") != POST_COLLECTION:
            continue
        did, rkey = str(event.get("did", "")), str(commit.get("rkey", ""))
        if not did or (did, rkey) in seen:
            continue
        seen.add((did, rkey))
        record = commit.get("record")
        record = record if isinstance(record, dict) else {}
        when = _event_time(record, event.get("time_us"))
        if when is None:
            continue
        text = record.get("text")
        yield StreamPost(did, rkey, when, text if isinstance(text, str) else "", "reply" in record,
                         _has_link(record))


def posts_from_records(posts: Iterable[Post]) -> Iterator[StreamPost]:
    """Posts from an archive or another source (X archive, Mastodon outbox, ...)."""
    for post in posts:
        if post.kind == "repost":
            continue
        yield StreamPost(post.author, post.native_id, post.created_at, post.text or "",
                         post.kind == "reply" or post.reply_to is not None, bool(_URL.search(post.text or "")))


def logistic(points: float) -> float:
    return 1.0 / (1.0 + math.exp(-(ACCOUNT_BIAS + points)))


@dataclass(slots=True)
class StreamAccounts:
    """The scores of a stream and what they leave out: accounts that posted, those below `min_posts`, and whether
    the stream spans long enough for rates per day (`span` ≥ MIN_RATE_SPAN)."""

    scores: list[AccountScore]
    posted: int
    below_min_posts: int
    min_posts: int
    span: timedelta | None
    rated: bool


def score_stream(posts: Iterable[StreamPost], *, min_posts: int = 2) -> StreamAccounts:
    """One score per account with at least `min_posts` posts, highest first, with the counts of what was left out.

    Posts per day are counted over the whole stream's time window (at least one hour), so an account that posts
    ten times in a one-hour capture is rated at 240 a day; a stream spanning less than MIN_RATE_SPAN gets no rates
    at all (three posts within 2 ms are no evidence of 72 a day) and no volume signals.
    """
    by_account: dict[str, list[StreamPost]] = defaultdict(list)
    start: datetime | None = None
    end: datetime | None = None
    for post in posts:
        by_account[post.account].append(post)
        start = post.created_at if start is None or post.created_at < start else start
        end = post.created_at if end is None or post.created_at > end else end
    if start is None or end is None:
        return StreamAccounts([], 0, 0, min_posts, None, False)
    span = end - start
    rated = span >= MIN_RATE_SPAN
    window_days = max(span, MIN_WINDOW).total_seconds() / 86400 if rated else None
    results = [
        _score_account(account, sorted(items, key=lambda p: p.created_at), window_days)
        for account, items in by_account.items()
        if len(items) >= min_posts
    ]
    results.sort(key=lambda a: (-a.score, -a.posts, a.account))
    return StreamAccounts(results, len(by_account), len(by_account) - len(results), min_posts, span, rated)


def score_accounts(posts: Iterable[StreamPost], *, min_posts: int = 2) -> list[AccountScore]:
    """The scores of `score_stream` alone."""
    return score_stream(posts, min_posts=min_posts).scores


def _score_account(account: str, posts: list[StreamPost], window_days: float | None) -> AccountScore:
    n = len(posts)
    signals: list[Signal] = []
    per_day = None if window_days is None else n / window_days

    gap_cv = same_second = None
    if n >= MIN_POSTS:
        gaps = [(b.created_at - a.created_at).total_seconds() for a, b in zip(posts, posts[1:], strict=False)]
        mean = statistics.fmean(gaps)
        if mean > 0:
            gap_cv = statistics.pstdev(gaps) / mean
            if gap_cv < REGULAR_CV:
                signals.append(Signal("regular_cadence", ACCOUNT_WEIGHTS["regular_cadence"],
                                      [f"{gap_cv:.2f}", f"{mean / 60:.1f}"]))
        second, count = Counter(p.created_at.second for p in posts).most_common(1)[0]
        same_second = count / n
        if same_second >= SAME_SECOND_SHARE:
            evidence = [f"{same_second:.0%}", f":{second:02d}"]
            signals.append(Signal("same_second", ACCOUNT_WEIGHTS["same_second"], evidence))

    texts = [normalise(_URL.sub(" ", p.text)) for p in posts if p.text.strip()]
    duplicate = None
    if texts:
        seen: set[str] = set()
        repeats = 0
        for text in texts:
            repeats += text in seen
            seen.add(text)
        duplicate = repeats / len(texts)
        if duplicate >= DUPLICATE_SHARE and repeats >= 2:
            signals.append(Signal("duplicate_texts", ACCOUNT_WEIGHTS["duplicate_texts"], [f"{duplicate:.0%}"]))
    link_share = sum(p.has_link for p in posts) / n
    if link_share >= LINK_SHARE and n >= MIN_POSTS:
        signals.append(Signal("links", ACCOUNT_WEIGHTS["links"], [f"{link_share:.0%}"]))
    reply_share = sum(p.is_reply for p in posts) / n
    if reply_share >= REPLY_SHARE and n >= MIN_POSTS:
        signals.append(Signal("replies", ACCOUNT_WEIGHTS["replies"], [f"{reply_share:.0%}"]))
    if per_day is not None and per_day >= HIGH_VOLUME:
        signals.append(Signal("high_volume", ACCOUNT_WEIGHTS["high_volume"], [f"{per_day:.0f}"]))
    if per_day is not None and per_day >= VERY_HIGH_VOLUME:
        signals.append(Signal("very_high_volume", ACCOUNT_WEIGHTS["very_high_volume"], [f"{per_day:.0f}"]))

    points = sum(s.points for s in signals)
    score = round(logistic(points), 4)
    return AccountScore(
        account=account, posts=n, first=posts[0].created_at, last=posts[-1].created_at,
        posts_per_day=None if per_day is None else round(per_day, 2),
        gap_cv=None if gap_cv is None else round(gap_cv, 3),
        same_second_share=None if same_second is None else round(same_second, 3),
        duplicate_share=None if duplicate is None else round(duplicate, 3),
        link_share=round(link_share, 3), reply_share=round(reply_share, 3),
        score=score, flagged=score >= ACCOUNT_FLAG, signals=signals,
    )
