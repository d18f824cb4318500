"""Which post a row of a long table (posts, polls) names, whose it is and when it was read.

A row names its post by link or id; without either, by account and day of publication: the post gets a stand-in id
from account, day and text (reichweite.post_keys), which the import joins with the post once its real id is known.
The account comes from the row (`author`, `Konto`) or from --accounts (the one account given for the row's
platform); the measurement date from the row (`observed_at`, `Stichtag`) or from --at.

How a link or id names a post (the native id the store uses):
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
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from reichweite import registry
from reichweite.errors import Said, said_of
from reichweite.post_keys import typed_id, typed_raw
from reichweite.tables.tabular import ReadOptions, Row, Table, parse_when, published_at, typed_day

_BSKY_URL = re.compile(registry.get("bluesky").url_patterns[0])
_AT_URI = re.compile(registry.get("bluesky").id_pattern or "")
_X_URL = re.compile(registry.get("x").url_patterns[0])
_MASTODON_AT, _MASTODON_USERS = (re.compile(p) for p in registry.get("mastodon").url_patterns)


class RowError(ValueError):
    """A row names its post in a way that cannot be used; the message says how to fix it."""


def _different(which: str) -> Said:
    return Said(f"post_url and post_id name different posts{which}", "row.different_posts", which=which)


def _strip_url(url: str) -> str:
    parts = urlsplit(url if "://" in url else "https://" + url)
    if not parts.netloc:
        raise RowError(Said(f"{url!r} is not a URL", "row.not_a_url", url=repr(url)))
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
            raise RowError(Said("for bluesky give post_url (https://bsky.app/profile/HANDLE/post/RKEY) or the at-uri "
                                "as post_id", "row.bluesky_id"))
        if url and post_id and (m := _AT_URI.match(post_id)) and m.group(2) != rkey:
            raise RowError(_different(f" ({rkey} vs {m.group(2)})"))
        # with a DID URL the DID stands in for the handle until the collector sees the account
        return native, actor, url or f"https://bsky.app/profile/{actor}/post/{rkey}"
    if platform == "x":
        from_url = _X_URL.match(url) if url else None
        if url and not from_url:
            raise RowError(Said(f"{url!r} is not a post URL (expected https://x.com/USER/status/ID)", "row.x_url",
                                 url=repr(url)))
        ident = post_id.strip() if post_id else None
        if ident and (m := _X_URL.match(ident)):
            from_url, ident = from_url or m, m.group(2)
        if ident and not ident.isdigit():
            raise RowError(Said(f"post_id {ident!r} is not a tweet id (digits)", "row.tweet_id", ident=repr(ident)))
        if from_url and ident and from_url.group(2) != ident:
            raise RowError(_different(f" ({from_url.group(2)} vs {ident})"))
        tweet_id = ident or (from_url.group(2) if from_url else None)
        if not tweet_id:
            raise RowError(Said("for x give post_url (https://x.com/USER/status/ID) or the tweet id as post_id",
                                "row.x_id"))
        author = from_url.group(1) if from_url and from_url.group(1) not in (None, "i") else None
        return tweet_id, author, f"https://x.com/{author}/status/{tweet_id}" if author else url
    value = url or post_id
    if not value:
        raise RowError(Said(f"for {platform} give post_url", "row.give_url", platform=platform))
    if platform == "mastodon":
        if "/" not in value:
            raise RowError(Said("for mastodon give the status URL (https://instance/@user/ID), not a bare id",
                                 "row.mastodon_id"))
        clean = _strip_url(value)
        parts = urlsplit(clean)
        if m := _MASTODON_USERS.match(clean):
            clean = f"{m['base']}/@{m['author']}/{m['id']}"
        m = _MASTODON_AT.match(clean)
        author = None
        if m:
            author = f"@{m['author']}" if "@" in m["author"] else f"@{m['author']}@{parts.netloc}"
        if url and post_id and "/" in post_id and _strip_url(post_id) != clean:
            raise RowError(_different(""))
        return clean, author, clean
    # every other platform: the URL is the id
    if url:
        if not registry.host_matches(platform, url):
            raise RowError(Said(f"{url!r} is not a {registry.label(platform)} URL (expected e.g. "
                                f"{registry.get(platform).post_url_example})", "row.platform_url", url=repr(url),
                                platform=registry.label(platform), example=registry.get(platform).post_url_example))
        return _strip_url(url), None, url
    return value.strip(), None, None  # type: ignore[union-attr]


@dataclass(slots=True)
class RowPost:
    native_id: str
    author: str | None
    url: str | None
    created_at: datetime | None
    raw: Any = None  # a typed-in post's day and zone


def account_of(table: Table, row: Row, platform: str, options: ReadOptions, column: str = "author") -> str | None:
    """The row's account: its own column, else the one account --accounts gives for the platform."""
    if row.text(column):
        try:
            return registry.normalise_handle(platform, row.text(column) or "")
        except ValueError as exc:
            raise table.error(row, column, said_of(exc)) from None
    given = [h for p, h in options.accounts if p == platform]
    return given[0] if len(given) == 1 else None


def observed_at(table: Table, row: Row, options: ReadOptions) -> datetime:
    """The row's measurement date, else --at."""
    when = parse_when(table, row, "observed_at", options.tz) or options.at
    if when is None:
        raise table.error(row, "observed_at", Said("is empty and no --at was given; every row needs the date (and "
                                                   "time) the figures were read", "tab.no_observed_at"))
    return when


def row_post(table: Table, row: Row, platform: str, options: ReadOptions, text: str | None) -> RowPost:
    """The post a row names (see the module's docstring). Raises the row's error when it names none."""
    url = row.text("post_url")
    ident = table.id_text(row, "post_id")
    created_at = published_at(table, row, "created_at", options.tz)
    author = account_of(table, row, platform, options)
    if url or ident:
        try:
            native, from_url, canonical = post_identity(platform, url, ident)
        except RowError as exc:
            raise table.error(row, "post_url/post_id", exc.args[0]) from None
        return RowPost(native, author or from_url, canonical, created_at)
    label = registry.label(platform)
    if created_at is None:
        raise table.error(row, "post_url/post_id", Said(
            f"is empty; name the {label} post by its link, its id or the day it was published (created_at, Datum) "
            "with the account", "tab.no_post", label=label))
    if author is None:
        several = [h for p, h in options.accounts if p == platform]
        shown = ", ".join(several)
        raise table.error(row, "author", Said(f"is empty and --accounts names several {label} accounts ({shown})",
                                              "tab.author_several", label=label, accounts=shown) if several else
                          Said(f"is empty; whose {label} post is it? Add an author (Konto) column or give --accounts "
                               f"{platform}:NAME", "tab.author_whose", label=label, platform=platform))
    day = typed_day(table, row, "created_at", options.tz)
    return RowPost(typed_id(author, day, text), author, None, created_at, typed_raw(day, options.tz))
