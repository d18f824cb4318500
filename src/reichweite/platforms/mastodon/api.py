"""Mastodon's public REST API: account lookup, statuses with Link-header pagination, single statuses.

Returns records (Post, Snapshot, Account, AccountSnapshot); never writes the database. Handles are stored as
`@user@instance` (lower-case instance), the form `reichweite accounts mastodon:@user@instance` takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from reichweite import registry, visibility
from reichweite.errors import FetchError, Said, UsageError, shape_checked
from reichweite.model import Account, AccountSnapshot, Post, Snapshot, plausible_count
from reichweite.platforms.http import ApiClient
from reichweite.timeutil import parse_datetime

PAGE_LIMIT = 40  # the API's maximum for account statuses

_BLOCK_TAGS = {"p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?([^";]+)"?')


class _TextExtractor(HTMLParser):
    """Mastodon status HTML → plain text: <br> is a line break, paragraphs are separated by a blank line,
    the hidden parts of shortened links (class="invisible") are kept so URLs stay whole."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS and self.parts and not "".join(self.parts).endswith("\n\n"):
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Status content (HTML) → text with line breaks; entities decoded."""
    if not html:
        return ""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def content_warning(value: Any) -> str | None:
    """The warning shown before a post's text (API `spoiler_text`, ActivityPub `summary`); None when there is none.
    Mastodon sends it as plain text; some servers send HTML."""
    if not isinstance(value, str) or not value.strip():
        return None
    return html_to_text(value) if "<" in value else value.strip()


def normalise_handle(acct: str) -> str:
    """'user@Instance.social' or '@user@instance.social' → '@user@instance.social'."""
    try:
        return registry.normalise_handle("mastodon", acct)
    except ValueError:
        raise UsageError(Said(f"{acct!r}: a Mastodon account is written @user@instance (e.g. @alice@mastodon.social)",
                              "src.masto.handle", value=repr(acct))) from None


def instance_url(handle: str, override: str | None = None) -> str:
    """The instance's base URL: --instance-url if given, else https://<instance of the handle>."""
    if override:
        return override.rstrip("/")
    return "https://" + normalise_handle(handle).rsplit("@", 1)[1]


def next_link(link_header: str | None) -> str | None:
    """The rel="next" URL of a Link header, or None."""
    if not link_header:
        return None
    for url, rel in _LINK.findall(link_header):
        if "next" in rel.split():
            return url
    return None


def status_id_from_url(url: str) -> str | None:
    """'https://inst/@user/1130…' or '…/statuses/1130…' → '1130…' (the id the instance's API knows)."""
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return last if last.isdigit() else None


def lookup_account(client: ApiClient, handle: str) -> dict[str, Any]:
    """The account object of @user@instance (GET /api/v1/accounts/lookup)."""
    acct = normalise_handle(handle).lstrip("@")
    data, _ = client.get("/api/v1/accounts/lookup", {"acct": acct})
    if not isinstance(data, dict) or "id" not in data:
        raise FetchError(f"{client.base_url}/api/v1/accounts/lookup", Said("the answer holds no account",
                                                                              "src.api.no_account"))
    return data


@dataclass(slots=True)
class StatusPage:
    statuses: list[dict[str, Any]]
    url: str
    next: str | None = None  # path and query of the next page (the Link header's rel="next"), None at the end


def iter_status_pages(
    client: ApiClient, account_id: str, *, since_id: str | None = None, limit: int = PAGE_LIMIT,
    start: str | None = None,
) -> Iterator[StatusPage]:
    """Pages of an account's statuses, newest first, following the Link header's rel="next"; `start` is the `next`
    of an earlier page (path and query on the same instance) to read on from there."""
    path: str | None = start or f"/api/v1/accounts/{account_id}/statuses"
    params: dict[str, Any] | None = None if start else {"limit": limit, "since_id": since_id}
    while path:
        data, response = client.get(path, params)
        if not isinstance(data, list):
            raise FetchError(str(response.request.url), Said("expected a list of statuses", "src.masto.no_statuses"))
        link = next_link(response.headers.get("link"))
        following = None
        if link and data:
            parts = urlsplit(link)
            following = parts.path + (f"?{parts.query}" if parts.query else "")
        yield StatusPage(data, str(response.request.url), following)
        path = following
        params = None  # the next link carries every parameter


def fetch_status(client: ApiClient, status_id: str) -> tuple[dict[str, Any], str]:
    data, response = client.get(f"/api/v1/statuses/{status_id}")
    if not isinstance(data, dict) or "id" not in data:
        raise FetchError(str(response.request.url), Said("the answer holds no status", "src.masto.no_status"))
    return data, str(response.request.url)


def _handle_of(account: dict[str, Any], instance_host: str) -> str:
    acct = str(account.get("acct") or account.get("username") or "")
    return normalise_handle(acct if "@" in acct else f"{acct}@{instance_host}")


def status_native_id(status: dict[str, Any]) -> str:
    """A boost is identified by its activity URI; an own status by its public URL (as in the archive)."""
    if status.get("reblog"):
        return str(status.get("uri") or status["id"])
    return str(status.get("url") or status.get("uri") or status["id"])


@shape_checked("Mastodon status")
def status_post(status: dict[str, Any], instance_host: str) -> Post:
    """The flat Post of a status; boosts (reblog != null) are kind repost."""
    reblog = status.get("reblog")
    poll = status.get("poll")
    if reblog:
        kind = "repost"
    elif poll:
        kind = "poll"
    elif status.get("in_reply_to_id"):
        kind = "reply"
    else:
        kind = "post"
    shown = reblog or status
    language = shown.get("language")
    level = visibility.mastodon_level(status.get("visibility"))
    return Post(
        platform="mastodon",
        native_id=status_native_id(status),
        author=_handle_of(status.get("account") or {}, instance_host),
        author_id=str((status.get("account") or {}).get("id") or "") or None,
        created_at=parse_datetime(status["created_at"]),
        text=html_to_text(shown.get("content")),
        langs=[language] if language else [],
        hashtags=[str(t.get("name", "")).lower() for t in shown.get("tags") or [] if t.get("name")],
        kind=kind,
        url=status.get("url") or (reblog or {}).get("url"),
        reply_to=status.get("in_reply_to_id"),
        raw=status,
        visibility=level,
        content_warning=content_warning(shown.get("spoiler_text")),
    )


_count = plausible_count


@shape_checked("Mastodon status")
def status_snapshot(status: dict[str, Any], observed_at: datetime, origin: str) -> Snapshot | None:
    """The figures of a status. None for boosts: their counts belong to the boosted status."""
    if status.get("reblog"):
        return None
    poll = status.get("poll") or None
    return Snapshot(
        platform="mastodon",
        native_id=status_native_id(status),
        observed_at=observed_at,
        source="api",
        likes=_count(status.get("favourites_count")),
        replies=_count(status.get("replies_count")),
        reposts=_count(status.get("reblogs_count")),
        quotes=_count(status.get("quotes_count")),  # Mastodon 4.5+; absent before
        poll_votes=_count(poll.get("votes_count")) if poll else None,
        poll_voters=_count(poll.get("voters_count")) if poll else None,
        poll_options=[
            {"title": o.get("title"), "votes": _count(o.get("votes_count"))} for o in poll.get("options") or []
        ] if poll else None,
        origin=origin,
    )


def account_records(
    account: dict[str, Any], handle: str, observed_at: datetime, origin: str
) -> tuple[Account, AccountSnapshot]:
    handle = normalise_handle(handle)
    return (
        Account("mastodon", handle, native_id=str(account.get("id")), display_name=account.get("display_name") or None,
                raw=account),
        AccountSnapshot(
            "mastodon", handle, observed_at, "api",
            followers=_count(account.get("followers_count")),
            following=_count(account.get("following_count")),
            posts=_count(account.get("statuses_count")),
            origin=origin,
        ),
    )


def host_of(handle: str) -> str:
    return normalise_handle(handle).rsplit("@", 1)[1]
