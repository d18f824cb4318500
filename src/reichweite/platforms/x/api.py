"""X API v2 with a user's bearer token: user lookup, user timeline, tweets by id; polls and public metrics.

The token comes from $X_BEARER_TOKEN or the OS keyring (service "reichweite", name "x_bearer_token") and is
handed to httpx as an Auth object: it is never part of a URL, a repr, a message or a stored record.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from reichweite.errors import ConfigError, FetchError, Said, shape_checked
from reichweite.model import Account, AccountSnapshot, Post, Snapshot, plausible_count
from reichweite.platforms.http import ApiClient
from reichweite.platforms.x.codes import languages
from reichweite.redact import register_secret
from reichweite.timeutil import parse_datetime

DEFAULT_API_URL = "https://api.x.com/2"
TOKEN_ENV = "X_BEARER_TOKEN"
KEYRING_SERVICE = "reichweite"
KEYRING_NAME = "x_bearer_token"
TWEET_FIELDS = (
    "public_metrics,created_at,lang,entities,referenced_tweets,attachments,author_id,in_reply_to_user_id,note_tweet"
)
POLL_FIELDS = "options,voting_status,duration_minutes,end_datetime,id"
USER_FIELDS = "public_metrics,created_at,name,username"
LOOKUP_BATCH = 100

MISSING_TOKEN = (
    "No X API token found. Set it for this shell with `export X_BEARER_TOKEN=…`, or store it once in the "
    "OS keyring with `keyring set reichweite x_bearer_token` (the keyring command comes with reichweite)."
)


class BearerAuth(httpx.Auth):
    """Adds the bearer token to each request; its repr never shows the token."""

    def __init__(self, token: str) -> None:
        self._token = token
        register_secret(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def bearer_token() -> str:
    """$X_BEARER_TOKEN, else the keyring entry; a ConfigError saying how to set it when neither exists."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        return token
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            token = (keyring.get_password(KEYRING_SERVICE, KEYRING_NAME) or "").strip()
        except KeyringError:
            token = ""
    except ImportError:
        token = ""
    if not token:
        raise ConfigError(Said(MISSING_TOKEN, "error.x_token"))
    register_secret(token)
    return token


def x_client(api_url: str | None = None, token: str | None = None, **options: Any) -> ApiClient:
    return ApiClient(api_url or DEFAULT_API_URL, auth=BearerAuth(token or bearer_token()), **options)


def lookup_user(client: ApiClient, username: str) -> tuple[dict[str, Any], str]:
    data, response = client.get(f"/users/by/username/{username.lstrip('@')}", {"user.fields": USER_FIELDS})
    user = data.get("data") if isinstance(data, dict) else None
    if not isinstance(user, dict) or "id" not in user:
        raise FetchError(str(response.request.url), _api_errors(data) or Said("the answer holds no user",
                                                                              "src.x.no_user"))
    return user, str(response.request.url)


def _api_errors(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("errors"), list):
        return "; ".join(str(e.get("detail") or e.get("title") or e) for e in data["errors"] if isinstance(e, dict))
    return ""


@dataclass(slots=True)
class TweetPage:
    tweets: list[dict[str, Any]]
    polls: dict[str, dict[str, Any]]
    url: str
    next_token: str | None


@shape_checked("X API page")
def _page(data: Any, url: str) -> TweetPage:
    if not isinstance(data, dict):
        raise FetchError(url, Said("expected a JSON object with data[]", "src.x.page_object"))
    tweets = data.get("data") or []
    if isinstance(tweets, dict):
        tweets = [tweets]
    if not isinstance(tweets, list):
        raise FetchError(url, Said("data is not a list of tweets", "src.x.page_list"))
    includes = data.get("includes") or {}
    polls = {str(p["id"]): p for p in includes.get("polls") or [] if isinstance(p, dict) and "id" in p}
    meta = data.get("meta") or {}
    return TweetPage(tweets, polls, url, meta.get("next_token"))


def iter_timeline(
    client: ApiClient, user_id: str, *, since_id: str | None = None, start_time: datetime | None = None,
    max_results: int = 100, token: str | None = None,
) -> Iterator[TweetPage]:
    """Pages of /users/:id/tweets, newest first, following meta.next_token (from `token` when given)."""
    while True:
        params = {
            "max_results": max_results,
            "tweet.fields": TWEET_FIELDS,
            "expansions": "attachments.poll_ids",
            "poll.fields": POLL_FIELDS,
            "since_id": since_id,
            "start_time": start_time.strftime("%Y-%m-%dT%H:%M:%SZ") if start_time else None,
            "pagination_token": token,
        }
        data, response = client.get(f"/users/{user_id}/tweets", params)
        page = _page(data, str(response.request.url))
        if not page.tweets:
            page.next_token = None
        yield page
        token = page.next_token
        if not token:
            return


def lookup_tweets(client: ApiClient, ids: Sequence[str]) -> Iterator[TweetPage]:
    """Tweets by id (100 per request): the way to re-measure known tweets."""
    for start in range(0, len(ids), LOOKUP_BATCH):
        chunk = ids[start : start + LOOKUP_BATCH]
        data, response = client.get("/tweets", {
            "ids": ",".join(chunk), "tweet.fields": TWEET_FIELDS, "expansions": "attachments.poll_ids",
            "poll.fields": POLL_FIELDS,
        })
        yield _page(data, str(response.request.url))


def _kind(tweet: dict[str, Any]) -> str:
    types = {r.get("type") for r in tweet.get("referenced_tweets") or [] if isinstance(r, dict)}
    if "retweeted" in types:
        return "repost"
    if (tweet.get("attachments") or {}).get("poll_ids"):
        return "poll"
    if "replied_to" in types:
        return "reply"
    if "quoted" in types:
        return "quote"
    return "post"


@shape_checked("X tweet")
def tweet_post(tweet: dict[str, Any], username: str) -> Post:
    lang = tweet.get("lang")
    reply_to = next((str(r.get("id")) for r in tweet.get("referenced_tweets") or []
                     if isinstance(r, dict) and r.get("type") == "replied_to"), None)
    return Post(
        platform="x",
        native_id=str(tweet["id"]),
        author=username.lstrip("@"),
        author_id=str(tweet.get("author_id")) if tweet.get("author_id") else None,
        created_at=parse_datetime(str(tweet["created_at"])),
        text=str((tweet.get("note_tweet") or {}).get("text") or tweet.get("text") or ""),  # a long post's full text
        langs=languages(lang),
        hashtags=[str(h.get("tag", "")).lower() for h in (tweet.get("entities") or {}).get("hashtags") or []
                  if h.get("tag")],
        kind=_kind(tweet),
        url=f"https://x.com/{username.lstrip('@')}/status/{tweet['id']}",
        reply_to=reply_to,
        raw=tweet,
    )


_int = plausible_count


@shape_checked("X tweet")
def tweet_snapshot(
    tweet: dict[str, Any], polls: dict[str, dict[str, Any]], observed_at: datetime, origin: str
) -> Snapshot | None:
    """public_metrics → figures (impression_count → views, bookmark_count → bookmarks); polls from includes.
    None for retweets: their metrics are the retweeted tweet's."""
    if _kind(tweet) == "repost":
        return None
    metrics = tweet.get("public_metrics") or {}
    poll_ids = (tweet.get("attachments") or {}).get("poll_ids") or []
    poll = polls.get(str(poll_ids[0])) if poll_ids else None
    options = None
    votes = None
    if poll:
        options = [{"title": o.get("label"), "votes": _int(o.get("votes"))}
                    for o in sorted(poll.get("options") or [], key=lambda o: o.get("position", 0))]
        counts = [o["votes"] for o in options]
        votes = sum(counts) if counts and all(c is not None for c in counts) else None
    return Snapshot(
        platform="x",
        native_id=str(tweet["id"]),
        observed_at=observed_at,
        source="api",
        likes=_int(metrics.get("like_count")),
        replies=_int(metrics.get("reply_count")),
        reposts=_int(metrics.get("retweet_count")),
        quotes=_int(metrics.get("quote_count")),
        views=_int(metrics.get("impression_count")),
        bookmarks=_int(metrics.get("bookmark_count")),
        poll_votes=votes,
        poll_options=options,
        origin=origin,
    )


def user_records(user: dict[str, Any], observed_at: datetime, origin: str) -> tuple[Account, AccountSnapshot]:
    metrics = user.get("public_metrics") or {}
    handle = str(user["username"])
    return (
        Account("x", handle, native_id=str(user["id"]), display_name=user.get("name") or None, raw=user),
        AccountSnapshot(
            "x", handle, observed_at, "api",
            followers=_int(metrics.get("followers_count")),
            following=_int(metrics.get("following_count")),
            posts=_int(metrics.get("tweet_count")),
            origin=origin,
        ),
    )
