"""The platforms reichweite knows: one entry per platform, read by every part of the house.

Name, label, colour, how a handle is written, how a post URL names a post, what a mention in a text looks like,
which figures the platform shows, which figures can be typed in, and the API collector (named by import path and
loaded only when a collection runs). Data and small pure rules only: this module imports nothing of reichweite.

Adding a table-only platform is one entry below (docs/adding-a-platform.md).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

POST_FIGURES = ("likes", "replies", "reposts", "quotes", "views")
ACCOUNT_FIGURES = ("followers", "following", "posts")
COMPANY_FIGURES = ("followers", "employees")
TYPED_IN = ("posts", "accounts", "companies")  # the tables a platform's figures can be typed into


@dataclass(frozen=True, slots=True)
class Platform:
    name: str  # as typed on the command line and stored: "bluesky"
    label: str  # as shown in reports: "Bluesky"
    colour: str  # in every chart
    handle_example: str
    handle_pattern: str | None = None  # a handle (normalised) matches this; None: any text without line breaks
    fediverse: bool = False  # handles are @user@instance (the instance lower-cased), not a bare name
    handle_lower: bool = False  # handles are case-insensitive and stored lower-case
    hosts: tuple[str, ...] = ()  # the web hosts of its post URLs (a post_url on another host is refused)
    post_id: str = "url"  # what names a post in the store: "at-uri", "tweet-id", "status-url" or "url" (the URL)
    post_url_example: str = ""
    # post URLs the platform shows, as regular expressions with the groups `id` and (where the URL tells it)
    # `author` and `base`; the first is the canonical form. A URL of another form is stored as the URL itself.
    url_patterns: tuple[str, ...] = ()
    id_pattern: str | None = None  # the native id itself (an at-uri, a tweet id), with the same groups
    mention: str | None = None  # what follows '@' in a mention in a post's text (removed before texts are compared)
    figures: tuple[str, ...] = ()  # post figures the platform shows (a subset of POST_FIGURES)
    account_figures: tuple[str, ...] = ("followers", "following", "posts")
    typed_in: tuple[str, ...] = TYPED_IN  # which tables accept it
    collector: str | None = None  # "module:Class" of its API collector; None: figures come from files only
    watch_options: tuple[str, ...] = ()  # options of its section in a watch list


PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "bluesky", "Bluesky", "#1185fe", "alice.bsky.social",
        handle_pattern=r"[a-z0-9][a-z0-9.-]*|did:[a-z]+:[A-Za-z0-9._:%-]+", handle_lower=True,
        hosts=("bsky.app",), post_id="at-uri",
        post_url_example="https://bsky.app/profile/alice.bsky.social/post/3kaheyt6vpc22",
        url_patterns=(r"^(?:https?://)?(?:www\.)?bsky\.app/profile/(?P<author>[^/?#]+)/post/(?P<id>[A-Za-z0-9._:~-]+)"
                      r"/?(?:[?#].*)?$",),
        id_pattern=r"^at://(?P<author>[^/]+)/app\.bsky\.feed\.post/(?P<id>[A-Za-z0-9._:~-]+)$",
        mention=r"[\w][\w.-]*", figures=("likes", "replies", "reposts", "quotes"),
        typed_in=("posts", "accounts"),
        collector="reichweite.platforms.bluesky.collector:BlueskyCollector", watch_options=("appview",),
    ),
    Platform(
        "x", "X", "#14171a", "tagesfoto",
        handle_pattern=r"[A-Za-z0-9_]{1,15}", hosts=("x.com", "twitter.com", "mobile.x.com", "mobile.twitter.com"),
        post_id="tweet-id", post_url_example="https://x.com/tagesfoto/status/2079070923125941070",
        url_patterns=(r"^(?:https?://)?(?:www\.|mobile\.)?(?:x|twitter)\.com/(?:i/web/|(?P<author>[A-Za-z0-9_]{1,15})/)"
                      r"status(?:es)?/(?P<id>\d+)",),
        id_pattern=r"^(?P<id>\d+)$",
        mention=r"\w+", figures=("likes", "replies", "reposts", "quotes", "views"),
        typed_in=("posts", "accounts"),
        collector="reichweite.platforms.x.collector:XCollector", watch_options=("api_url",),
    ),
    Platform(
        "mastodon", "Mastodon", "#6364ff", "@alice@mastodon.social",
        handle_pattern=r"@[A-Za-z0-9_.-]+@[a-z0-9.-]+(?::\d+)?", fediverse=True, post_id="status-url",
        post_url_example="https://mastodon.social/@alice/113012345678901234",
        url_patterns=(r"^(?P<base>https?://[^/]+)/@(?P<author>[^/]+)/(?P<id>\d+)$",
                      r"^(?P<base>https?://[^/]+)/users/(?P<author>[^/]+)/statuses/(?P<id>\d+)$"),
        mention=r"[\w][\w.-]*@[\w-]+(?:\.[\w-]+)+", figures=("likes", "replies", "reposts"),
        typed_in=("posts", "accounts"),
        collector="reichweite.platforms.mastodon.collector:MastodonCollector", watch_options=("instance_url",),
    ),
    Platform(
        "linkedin", "LinkedIn", "#0a66c2", "beispiel-ag", hosts=("linkedin.com", "www.linkedin.com"),
        post_url_example="https://www.linkedin.com/posts/beispiel-ag_activity-7200000000000000000",
        figures=("likes", "replies", "reposts", "views"),
    ),
    Platform(
        "xing", "Xing", "#026466", "beispiel-ag", hosts=("xing.com", "www.xing.com"),
        post_url_example="https://www.xing.com/news/pages/beispiel-ag/posts/12345",
        figures=("likes", "replies", "reposts"),
    ),
    Platform(
        "facebook", "Facebook", "#4267b2", "beispielag",
        hosts=("facebook.com", "www.facebook.com", "m.facebook.com", "fb.com"),
        post_url_example="https://www.facebook.com/beispielag/posts/pfbid02abc",
        figures=("likes", "replies", "reposts", "views"),
    ),
    Platform(
        "instagram", "Instagram", "#c13584", "beispiel.ag", handle_pattern=r"[A-Za-z0-9._]{1,30}",
        hosts=("instagram.com", "www.instagram.com"), post_url_example="https://www.instagram.com/p/C8abcDEFghi",
        mention=r"[\w][\w.]*", figures=("likes", "replies", "views"),
    ),
    Platform(
        "threads", "Threads", "#707070", "beispiel.ag", handle_pattern=r"[A-Za-z0-9._]{1,30}",
        hosts=("threads.net", "www.threads.net", "threads.com", "www.threads.com"),
        post_url_example="https://www.threads.net/@beispiel.ag/post/C8abcDEFghi",
        mention=r"[\w][\w.]*", figures=("likes", "replies", "reposts", "quotes", "views"),
    ),
    Platform(
        "youtube", "YouTube", "#ff0000", "beispielag", handle_pattern=r"[A-Za-z0-9._-]{1,100}",
        hosts=("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"),
        post_url_example="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        mention=r"[\w][\w.-]*", figures=("likes", "replies", "views"), account_figures=("followers", "posts"),
    ),
    Platform(
        "tiktok", "TikTok", "#25b8c4", "beispiel.ag", handle_pattern=r"[A-Za-z0-9._]{1,24}",
        hosts=("tiktok.com", "www.tiktok.com", "vm.tiktok.com"),
        post_url_example="https://www.tiktok.com/@beispiel.ag/video/7300000000000000000",
        mention=r"[\w][\w.]*", figures=("likes", "replies", "reposts", "views"),
    ),
)

BY_NAME: dict[str, Platform] = {p.name: p for p in PLATFORMS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
UNKNOWN_COLOUR = "#444444"


class Refused(ValueError, LookupError):
    """A platform name or handle the registry does not take. Its English sentence is the message; `key` and
    `values` name its text, from which `errors.said_in` makes the sentence users read in their language (the registry
    imports nothing, not even reichweite.errors)."""

    def __init__(self, english: str, key: str, **values: str):
        super().__init__(english)
        self.key = key
        self.values = values


def get(name: str) -> Platform:
    """The entry of a platform; ValueError names the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise Refused(f"{name!r} is not one of {', '.join(NAMES)}", "error.not_one_of", value=repr(name),
                      choices=", ".join(NAMES)) from None


def label(name: str) -> str:
    """'linkedin' → 'LinkedIn'; an unknown name stays as it is."""
    entry = BY_NAME.get(name)
    return entry.label if entry else name


def colour(name: str, default: str = UNKNOWN_COLOUR) -> str:
    entry = BY_NAME.get(name)
    return entry.colour if entry else default


def names_with(table: str) -> tuple[str, ...]:
    """The platforms whose figures can be typed into `table` ('posts', 'accounts' or 'companies')."""
    return tuple(p.name for p in PLATFORMS if table in p.typed_in)


def api_platforms() -> tuple[str, ...]:
    """The platforms with an API collector (collect, watch list)."""
    return tuple(p.name for p in PLATFORMS if p.collector)


def load_collector(name: str) -> type[Any]:
    """The collector class of a platform, imported only now (a collection needs it, nothing else does)."""
    path = get(name).collector
    if path is None:
        raise Refused(f"{name} has no API to collect from; import its figures instead", "src.no_api", platform=name)
    module, _, attr = path.partition(":")
    return getattr(importlib.import_module(module), attr)


def normalise_handle(name: str, text: str) -> str:
    """A handle as the store keeps it: without a leading '@' (Mastodon: '@user@instance', the instance
    lower-cased); lower-case where the platform ignores case. ValueError says how the platform writes handles."""
    entry = get(name)
    value = " ".join(str(text).split())
    if entry.fediverse:
        user, sep, instance = value.lstrip("@").partition("@")
        value = f"@{user}@{instance.lower()}" if sep and user and instance and "@" not in instance else ""
    else:
        value = value.lstrip("@")
        if entry.handle_lower and not value.startswith("did:"):
            value = value.lower()
    if not value or "\n" in text or (entry.handle_pattern and not re.fullmatch(entry.handle_pattern, value)):
        raise Refused(f"{text!r} is not a {entry.label} handle (written like {entry.handle_example})", "src.handle",
                      value=repr(text), label=entry.label, example=entry.handle_example)
    return value


def mention_pattern() -> str:
    """One regular expression for a mention on any platform: '@' followed by one of the platforms' forms, the
    longer forms first (so '@user@instance' is removed whole)."""
    forms = sorted({p.mention for p in PLATFORMS if p.mention}, key=len, reverse=True)
    return "@(?<![\\w@/]@)(?:" + "|".join(forms) + ")"


def host_matches(name: str, url: str) -> bool:
    """True when the URL's host is one of the platform's (any host when the registry names none)."""
    hosts = get(name).hosts
    if not hosts:
        return True
    host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
    return host.lower() in hosts or any(host.lower().endswith("." + h) for h in hosts)
