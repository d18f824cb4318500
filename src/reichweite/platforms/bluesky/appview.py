"""Bluesky's public AppView: an account's own posts with their counts, its profile, and re-measuring known posts.

Reads only; the collection job stores what this returns. Each fetched post gives one Snapshot stamped with the
request URL and the time of the fetch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reichweite.errors import FetchError, NotFound, Said, shape_checked
from reichweite.model import Account, AccountSnapshot, Post, Snapshot, plausible_count
from reichweite.platforms.http import ApiClient
from reichweite.timeutil import parse_datetime, utcnow

PLATFORM = "bluesky"
DEFAULT_APPVIEW = "https://public.api.bsky.app"
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
REASON_PIN = "app.bsky.feed.defs#reasonPin"
POST_COLLECTION = "app.bsky.feed.post"
_QUOTE_EMBEDS = {"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"}
GET_POSTS_MAX = 25


@dataclass
class FeedPage:
    """One page of an author feed, reduced to the author's own posts."""

    url: str
    observed_at: datetime
    posts: list[Post] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    next_cursor: str | None = None
    items: int = 0
    reposts_skipped: int = 0
    older_skipped: int = 0
    last: bool = False


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return None  # e.g. year 0000, which real clients do send


def sort_time(post_view: dict) -> datetime | None:
    """The earlier of record.createdAt (client-set, can be anything) and indexedAt (the server's)."""
    record = post_view.get("record") if isinstance(post_view.get("record"), dict) else {}
    times = [t for t in (_time(record.get("createdAt")), _time(post_view.get("indexedAt"))) if t is not None]
    return min(times) if times else None


def _count(view: dict, key: str) -> int | None:
    value = view.get(key)
    return plausible_count(value) if isinstance(value, int) else None


def hashtags_of(record: dict) -> list[str]:
    """Tags from rich-text facets (features carrying a `tag`) and the record's `tags`, in order, no repeats."""
    tags: list[str] = []
    for facet in record.get("facets") or []:
        if not isinstance(facet, dict):
            continue
        for feature in facet.get("features") or []:
            # `app.bsky.richtext.facet#tag`; some clients write other $types (real data: "FACETTAG")
            if isinstance(feature, dict) and isinstance(feature.get("tag"), str):
                tags.append(feature["tag"])
    tags += [t for t in record.get("tags") or [] if isinstance(t, str)]
    return list(dict.fromkeys(tags))


def _quoted_uri(embed: Any) -> str | None:
    if not isinstance(embed, dict) or embed.get("$type") not in _QUOTE_EMBEDS:
        return None
    inner = embed.get("record")
    if embed.get("$type") == "app.bsky.embed.recordWithMedia" and isinstance(inner, dict):
        inner = inner.get("record")
    uri = inner.get("uri") if isinstance(inner, dict) else None
    return uri if isinstance(uri, str) and f"/{POST_COLLECTION}/" in uri else None


def post_url(handle_or_did: str, uri: str) -> str:
    return f"https://bsky.app/profile/{handle_or_did}/post/{uri.rsplit('/', 1)[-1]}"


@shape_checked("Bluesky post view")
def post_view_to_records(view: Any, observed_at: datetime, origin: str) -> tuple[Post, Snapshot]:
    """A postView → Post (kind post, reply or quote; raw kept) and a Snapshot of its counts (absent ≠ 0)."""
    if not isinstance(view, dict) or not isinstance(view.get("uri"), str):
        raise FetchError(origin, Said("unexpected response: a post without uri", "src.bsky.no_uri"))
    uri = view["uri"]
    author = view.get("author")
    if not isinstance(author, dict) or not isinstance(author.get("did"), str):
        raise FetchError(origin, Said(f"unexpected response: post {uri} has no author did", "src.bsky.no_author",
                                      uri=uri))
    handle = author.get("handle") if isinstance(author.get("handle"), str) else author["did"]
    record = view.get("record") if isinstance(view.get("record"), dict) else {}
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else None
    reply_to = reply.get("parent", {}).get("uri") if reply and isinstance(reply.get("parent"), dict) else None
    if reply is not None:
        kind = "reply"
    elif _quoted_uri(record.get("embed")):
        kind = "quote"
    else:
        kind = "post"
    langs = [x for x in record.get("langs") or [] if isinstance(x, str)] if isinstance(record.get("langs"), list) \
        else []
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    post = Post(
        platform=PLATFORM, native_id=uri, author=handle, author_id=author["did"], created_at=sort_time(view),
        text=text, langs=langs, hashtags=hashtags_of(record), kind=kind, url=post_url(handle, uri),
        reply_to=reply_to if isinstance(reply_to, str) else None, raw=view,
    )  # created_at is None when neither time parses (e.g. year 0000)
    snap = Snapshot(
        platform=PLATFORM, native_id=uri, observed_at=observed_at, source="api",
        likes=_count(view, "likeCount"), replies=_count(view, "replyCount"), reposts=_count(view, "repostCount"),
        quotes=_count(view, "quoteCount"), bookmarks=_count(view, "bookmarkCount"), origin=origin,
    )
    return post, snap


class BlueskyClient:
    """getAuthorFeed, getProfile and getPosts on a public AppView."""

    def __init__(self, appview: str = DEFAULT_APPVIEW, *, api: ApiClient | None = None, now: datetime | None = None):
        """`now` pins the time stamped on every snapshot (default: the clock at each request)."""
        self.appview = appview.rstrip("/")
        self.api = api or ApiClient(self.appview)
        self._now = now

    def observed_now(self) -> datetime:
        return self._now or utcnow()

    def close(self) -> None:
        self.api.close()

    def __enter__(self) -> BlueskyClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get(self, nsid: str, params: dict[str, Any], actor: str | None = None) -> tuple[Any, str]:
        try:
            body, response = self.api.get(f"/xrpc/{nsid}", params)
        except NotFound as exc:
            if actor is None:
                raise
            raise NotFound(exc.url, self._no_account(actor, exc), status=exc.status) from None
        except FetchError as exc:
            if actor is not None and exc.status == 400 and "must be a valid did or a handle" in str(exc):
                raise NotFound(exc.url, self._no_account(actor, exc), status=exc.status) from None
            raise
        url = str(response.request.url)
        if not isinstance(body, dict):
            raise FetchError(url, Said("unexpected response: not a JSON object", "src.bsky.not_object"))
        return body, url

    def _no_account(self, actor: str, exc: FetchError) -> Said:
        return Said(f"no Bluesky account {actor!r} on {self.appview} ({exc.detail})", "src.bsky.no_account",
                    actor=repr(actor), appview=self.appview, detail=exc.detail)

    def profile(self, actor: str) -> tuple[Account, AccountSnapshot]:
        """getProfile → the account (did, display name, raw) and its followers/following/posts now."""
        body, url = self._get("app.bsky.actor.getProfile", {"actor": actor}, actor=actor)
        observed_at = self.observed_now()
        if not isinstance(body.get("did"), str) or not isinstance(body.get("handle"), str):
            raise FetchError(url, Said("unexpected response: a profile without did and handle", "src.bsky.no_profile"))
        account = Account(platform=PLATFORM, handle=body["handle"], native_id=body["did"],
                          display_name=body.get("displayName") if isinstance(body.get("displayName"), str) else None,
                          raw=body)
        snap = AccountSnapshot(
            platform=PLATFORM, handle=body["handle"], observed_at=observed_at, source="api",
            followers=_count(body, "followersCount"), following=_count(body, "followsCount"),
            posts=_count(body, "postsCount"), origin=url,
        )
        return account, snap

    def author_feed(
        self, actor: str, *, since: datetime | None = None, cursor: str | None = None, limit: int = 100,
        filter: str = "posts_with_replies",
    ) -> Iterator[FeedPage]:
        """The author's own posts, page by page, until the feed has no cursor (or posts are older than since).

        Reposts by the author are skipped (not the author's posts); a pinned post is taken once.
        """
        seen: set[str] = set()
        while True:
            params = {"actor": actor, "limit": limit, "filter": filter, "cursor": cursor}
            body, url = self._get("app.bsky.feed.getAuthorFeed", params, actor=actor)
            page = FeedPage(url=url, observed_at=self.observed_now())
            feed = body.get("feed")
            if not isinstance(feed, list):
                raise FetchError(url, Said("unexpected response: no 'feed' list", "src.bsky.no_feed"))
            oldest: datetime | None = None
            for item in feed:
                if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
                    raise FetchError(url, Said("unexpected response: a feed item without post", "src.bsky.no_post"))
                page.items += 1
                reason = item.get("reason") if isinstance(item.get("reason"), dict) else {}
                rtype = reason.get("$type")
                if rtype == REASON_REPOST:
                    page.reposts_skipped += 1
                    when = _time(reason.get("indexedAt"))
                    oldest = when if oldest is None or (when and when < oldest) else oldest
                    continue
                post, snap = post_view_to_records(item["post"], page.observed_at, url)
                if rtype != REASON_PIN and post.created_at is not None:
                    oldest = post.created_at if oldest is None else min(oldest, post.created_at)
                if since is not None and post.created_at is not None and post.created_at < since:
                    page.older_skipped += 1
                    continue
                if post.native_id in seen:
                    continue
                seen.add(post.native_id)
                page.posts.append(post)
                page.snapshots.append(snap)
            next_cursor = body.get("cursor")
            page.next_cursor = next_cursor if isinstance(next_cursor, str) and next_cursor else None
            # only a missing cursor ends the feed; a short page does not
            page.last = page.next_cursor is None or (since is not None and oldest is not None and oldest < since)
            yield page
            if page.last:
                return
            cursor = page.next_cursor

    def posts(self, uris: list[str]) -> list[tuple[Post, Snapshot]]:
        """getPosts in batches of 25: current counts of known posts (to re-measure them at chosen ages)."""
        out: list[tuple[Post, Snapshot]] = []
        for start in range(0, len(uris), GET_POSTS_MAX):
            batch = uris[start : start + GET_POSTS_MAX]
            body, url = self._get("app.bsky.feed.getPosts", {"uris": batch})
            observed_at = self.observed_now()
            views = body.get("posts")
            if not isinstance(views, list):
                raise FetchError(url, Said("unexpected response: no 'posts' list", "src.bsky.no_posts"))
            out += [post_view_to_records(view, observed_at, url) for view in views]
        return out
