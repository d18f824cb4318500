"""The built-in table layouts: posts (figures of single posts) and accounts (followers, following, posts).

How a row names its post (the native id the store uses):
- bluesky: the at-uri. A bsky.app URL with a DID (bsky.app/profile/did:plc:…/post/RKEY) gives it directly; with a
  handle it gives `at://HANDLE/app.bsky.feed.post/RKEY`, which the import resolves to a stored post of that
  handle with that record key (the DID-based at-uri the collector stores). If none is stored yet, the post is
  created under the handle-based at-uri and the collector adopts it when it first collects that account
  (a post typed in by DID URL gets the DID as author until then).
- x: the tweet id (x.com/…/status/ID, twitter.com/…/status/ID, or the id itself).
- mastodon: the status URL (https://host/@user/ID; /users/user/statuses/ID is rewritten to that form).
- every other platform (LinkedIn, Xing and the table-only ones of the registry): the post URL without query string
  and fragment (or post_id as given, e.g. an urn); a URL on another site than the platform's is refused.
The URL forms are the registry's (reichweite.registry), shared with the overrides file of cross-post matching.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from reichweite import registry
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.tables.tabular import Column, Layout, Loaded, Row, Table, parse_figure, parse_when

POST_FIGURES = registry.POST_FIGURES
_BSKY_URL = re.compile(registry.get("bluesky").url_patterns[0])
_AT_URI = re.compile(registry.get("bluesky").id_pattern or "")
_X_URL = re.compile(registry.get("x").url_patterns[0])
_MASTODON_AT, _MASTODON_USERS = (re.compile(p) for p in registry.get("mastodon").url_patterns)


class RowError(ValueError):
    """A row names its post in a way that cannot be used; the message says how to fix it."""


def _strip_url(url: str) -> str:
    parts = urlsplit(url if "://" in url else "https://" + url)
    if not parts.netloc:
        raise RowError(f"{url!r} is not a URL")
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def post_identity(platform: str, url: str | None, post_id: str | None) -> tuple[str, str | None, str | None]:
    """(native id, author if the URL tells it, canonical URL) of a post named by URL and/or id."""
    if platform == "bluesky":
        for value in (url, post_id):
            if value and (m := _BSKY_URL.match(value)):
                actor, rkey = m.group(1), m.group(2)
                actor = actor if actor.startswith("did:") else actor.lower()
                native = f"at://{actor}/app.bsky.feed.post/{rkey}"
                break
            if value and (m := _AT_URI.match(value)):
                actor, rkey, native = m.group(1), m.group(2), value
                break
        else:
            raise RowError("for bluesky give post_url (https://bsky.app/profile/HANDLE/post/RKEY) or the at-uri "
                           "as post_id")
        if url and post_id and (m := _AT_URI.match(post_id)) and m.group(2) != rkey:
            raise RowError(f"post_url and post_id name different posts ({rkey} vs {m.group(2)})")
        # with a DID URL the DID stands in for the handle until the collector sees the account
        return native, actor, url or f"https://bsky.app/profile/{actor}/post/{rkey}"
    if platform == "x":
        from_url = _X_URL.match(url) if url else None
        if url and not from_url:
            raise RowError(f"{url!r} is not a post URL (expected https://x.com/USER/status/ID)")
        ident = post_id.strip() if post_id else None
        if ident and (m := _X_URL.match(ident)):
            from_url, ident = from_url or m, m.group(2)
        if ident and not ident.isdigit():
            raise RowError(f"post_id {ident!r} is not a tweet id (digits)")
        if from_url and ident and from_url.group(2) != ident:
            raise RowError(f"post_url and post_id name different posts ({from_url.group(2)} vs {ident})")
        tweet_id = ident or (from_url.group(2) if from_url else None)
        if not tweet_id:
            raise RowError("for x give post_url (https://x.com/USER/status/ID) or the tweet id as post_id")
        author = from_url.group(1) if from_url and from_url.group(1) not in (None, "i") else None
        return tweet_id, author, f"https://x.com/{author}/status/{tweet_id}" if author else url
    value = url or post_id
    if not value:
        raise RowError(f"for {platform} give post_url")
    if platform == "mastodon":
        if "/" not in value:
            raise RowError("for mastodon give the status URL (https://instance/@user/ID), not a bare id")
        clean = _strip_url(value)
        parts = urlsplit(clean)
        if m := _MASTODON_USERS.match(clean):
            clean = f"{m['base']}/@{m['author']}/{m['id']}"
        m = _MASTODON_AT.match(clean)
        author = None
        if m:
            author = f"@{m['author']}" if "@" in m["author"] else f"@{m['author']}@{parts.netloc}"
        if url and post_id and "/" in post_id and _strip_url(post_id) != clean:
            raise RowError("post_url and post_id name different posts")
        return clean, author, clean
    # every other platform: the URL is the id
    if url:
        if not registry.host_matches(platform, url):
            raise RowError(f"{url!r} is not a {registry.label(platform)} URL (expected e.g. "
                           f"{registry.get(platform).post_url_example})")
        return _strip_url(url), None, url
    return value.strip(), None, None  # type: ignore[union-attr]


def _platform(table: Table, row: Row, kind: str) -> str:
    value = (row.text("platform") or "").lower()
    known = registry.names_with(kind)
    if value not in known:
        raise table.error(row, "platform", f"{row.text('platform')!r} is not one of {', '.join(known)}")
    return value


def _handle(table: Table, row: Row, column: str, platform: str) -> str:
    """Like the CLI's PLATFORM:HANDLE: the registry's rule (a leading @ dropped; Mastodon's @user@instance)."""
    try:
        return registry.normalise_handle(platform, row.text(column) or "")
    except ValueError as exc:
        raise table.error(row, column, str(exc)) from None


def _once(table: Table, row: Row, seen: dict[tuple, int], key: tuple, what: str) -> None:
    """Two rows measuring the same thing at the same moment would silently drop one: say so instead."""
    if key in seen:
        raise table.error(row, None, f"{what} already has a row with this observed_at (row {seen[key]}); "
                                     "one measurement per post/account and moment")
    seen[key] = row.number


def load_posts(table: Table, tz: ZoneInfo) -> Loaded:
    loaded = Loaded("posts", table, {"posts": [], "snapshots": [], "rows": []})
    seen: dict[tuple, int] = {}
    for row in table.rows:
        platform = _platform(table, row, "posts")
        try:
            native, author, url = post_identity(platform, row.text("post_url"), table.id_text(row, "post_id"))
        except RowError as exc:
            raise table.error(row, "post_url/post_id", str(exc)) from None
        if row.text("author"):
            author = _handle(table, row, "author", platform)
        observed_at = parse_when(table, row, "observed_at", tz, required=True)
        created_at = parse_when(table, row, "created_at", tz)
        _once(table, row, seen, (platform, native, observed_at), f"{platform} post {native}")
        figures = {name: parse_figure(table, row, name)[0] for name in POST_FIGURES}
        loaded.records["posts"].append(Post(
            platform=platform, native_id=native, author=author or "", created_at=created_at,  # type: ignore[arg-type]
            text=row.text("text") or "", url=url,
        ))
        loaded.records["snapshots"].append(Snapshot(
            platform=platform, native_id=native, observed_at=observed_at, source="manual",  # type: ignore[arg-type]
            origin=table.where(row), **figures,
        ))
        loaded.records["rows"].append(row.number)
    return loaded


def load_accounts(table: Table, tz: ZoneInfo) -> Loaded:
    loaded = Loaded("accounts", table, {"account_snapshots": []})
    seen: dict[tuple, int] = {}
    for row in table.rows:
        platform = _platform(table, row, "accounts")
        if not row.text("handle"):
            raise table.error(row, "handle", "is empty")
        handle = _handle(table, row, "handle", platform)
        observed_at = parse_when(table, row, "observed_at", tz, required=True)
        _once(table, row, seen, (platform, handle.lower(), observed_at), f"{platform} account {handle}")
        followers, shown = parse_figure(table, row, "followers")
        loaded.records["account_snapshots"].append(AccountSnapshot(
            platform=platform, handle=handle, source="manual", origin=table.where(row),
            observed_at=observed_at,  # type: ignore[arg-type]
            followers=followers, followers_shown=shown,
            following=parse_figure(table, row, "following")[0], posts=parse_figure(table, row, "posts")[0],
        ))
    return loaded


_DATE_HELP = ("date and time, e.g. 2026-03-08 09:00 or 08.03.2026 09:00; without a time zone it is taken in "
              "Europe/Berlin (or --tz); a date alone means the end of that day")
_FIGURE_HELP = "whole number (12345, 12.345, 12,345 or as shown: 4.5K, 1,2 Mio.); empty = unknown, not 0"

POSTS_LAYOUT = Layout(
    name="posts",
    description="Figures of single posts, typed in or read off a screen (one row per post and measurement).",
    columns=(
        Column("platform", ", ".join(registry.names_with("posts")), "bluesky", required=True),
        Column("post_url", "link to the post (this or post_id identifies it)",
               "https://bsky.app/profile/alice.example.org/post/3lbq7xzdvks2c"),
        Column("post_id", "the platform's id instead of a URL: tweet id, at-uri, LinkedIn urn", ""),
        Column("created_at", f"when the post was published; {_DATE_HELP}", "2026-03-01 09:00"),
        Column("text", "the post's text (helps matching)", "Tagesfoto #fotoprompt"),
        Column("observed_at", f"when you read the figures; {_DATE_HELP}", "2026-03-08 09:00",
               required=True),
        Column("likes", f"likes/reactions: {_FIGURE_HELP}", "42"),
        Column("replies", f"replies/comments: {_FIGURE_HELP}", "3"),
        Column("reposts", f"reposts/retweets/boosts/shares: {_FIGURE_HELP}", "5"),
        Column("quotes", f"quote posts: {_FIGURE_HELP}", ""),
        Column("views", f"views/impressions: {_FIGURE_HELP}", "1.2K"),
        Column("author", "the account's handle, needed for a new post whose URL does not name it "
                         "(LinkedIn, Xing, x post_id only)", ""),
    ),
    loader=load_posts,
    one_of=("post_url", "post_id"),
)

ACCOUNTS_LAYOUT = Layout(
    name="accounts",
    description="Followers, following and post counts of accounts (one row per account and measurement).",
    columns=(
        Column("platform", ", ".join(registry.names_with("accounts")), "xing", required=True),
        Column("handle", "the account's handle (Mastodon: @user@instance)", "alice-example", required=True),
        Column("observed_at", f"when you read the figures; {_DATE_HELP}", "2026-03-08 09:00",
               required=True),
        Column("followers", f"followers: {_FIGURE_HELP}; the shown text is kept beside the number", "1,2 Mio."),
        Column("following", f"accounts followed: {_FIGURE_HELP}", "312"),
        Column("posts", f"number of posts: {_FIGURE_HELP}", "4.5K"),
    ),
    loader=load_accounts,
)
