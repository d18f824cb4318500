"""The one local HTTP server of the tests (and of the demo): 127.0.0.1, a free port, a handler per platform.

`ReplayServer` answers each GET with its handler (`Request` → `Reply`) unless a reply is queued for the path
(`queue`/`fail`: 429 with reset headers, 5xx, slow answers, malformed bodies; with no handler only queued replies are
served). The handlers here replay real recorded API responses (tests/fixtures/mastodon, tests/fixtures/x,
tests/fixtures/bluesky); tests/support/appview.py serves paged AppView feeds and examples/appview_replay.py the demo's
recorded files. Standard library only, so the demo runs without the test dependencies.

What the platform handlers add beyond the recordings, and only that:
- Mastodon: a second page of account statuses assembled from the recorded status bodies (the cassette recorded only
  the first page; its `Link` header points at it), and `/api/v1/accounts/lookup`, answered with recorded accounts.
- X: the recorded search/lookup payloads are served as `/users/:id/tweets` and `/tweets` pages; a poll in the
  documented `includes.polls` layout where a test asks for one; `x-rate-limit-*` headers in X's documented form.
- `day`: on a simulated later day the counts rise (day × a fixed step) so that measurements differ between days.
- `shift`: created_at moved by a fixed offset, so recorded posts fall into a simulated week.
- faults queued per path: 429 with reset headers, 5xx, slow answers (timeouts), malformed bodies.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import FIXTURES

RECORDED_HOST = "http://localhost:3000"
SKIP_HEADERS = {"content-length", "transfer-encoding", "content-encoding", "connection"}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    target: str = ""  # the path with its query string, as sent

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


def json_reply(body: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Reply:
    return Reply(status, body, [("content-type", "application/json; charset=utf-8"), *(headers or [])])


def _nothing_queued(request: Request) -> Reply:
    return json_reply({"error": "NotQueued", "message": f"no reply queued for {request.path}"}, 500)


class ReplayServer:
    """A threaded HTTP server on 127.0.0.1 with a handler and queued faults per path prefix."""

    def __init__(self, handler: Callable[[Request], Reply] | None = None):
        self.handler = handler or _nothing_queued
        self.requests: list[Request] = []
        self.faults: deque[tuple[str, Reply]] = deque()
        self.delay = 0.0  # added to every answer (a slow server)
        self.hold: Callable[[Request], float] | None = None  # seconds to hold one request's answer (a stalled page)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = Request("GET", parts.path, parse_qs(parts.query), headers, self.path)
                server.requests.append(request)
                reply = server._fault_for(request.path) or server.handler(request)
                held = server.hold(request) if server.hold else 0.0
                if reply.delay or server.delay or held:
                    time.sleep(reply.delay + server.delay + held)
                body = reply.payload()
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _fault_for(self, path: str) -> Reply | None:
        for index, (prefix, reply) in enumerate(self.faults):
            if path.startswith(prefix):
                del self.faults[index]
                return reply
        return None

    def queue(self, prefix: str, *replies: Reply) -> None:
        """Answer the next requests under `prefix` with these replies, in order, before the handler's answers."""
        self.faults.extend((prefix, r) for r in replies)

    fail = queue  # a queued reply is mostly a fault

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _cassette(name: str) -> list[dict[str, Any]]:
    import yaml  # a test dependency: the demo, which serves no Mastodon, runs without it

    return yaml.safe_load((FIXTURES / "mastodon" / name).read_text(encoding="utf-8"))["interactions"]


def _headers(recorded: dict[str, list[str]], base: str) -> list[tuple[str, str]]:
    return [(k, v.replace(RECORDED_HOST, base)) for k, values in recorded.items() if k.lower() not in SKIP_HEADERS
            for v in values]


class MastodonReplay:
    """The recorded Mastodon test server: accounts mastodonpy_test (10 statuses) and admin (6, one a poll)."""

    def __init__(self) -> None:
        self.base = ""
        self.day = 0
        self.statuses: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.list_page: dict[str, Any] | None = None
        self.rate_headers: dict[str, list[str]] = {}
        self.page_size: int | None = None  # a server may answer fewer statuses than `limit` asks for
        for name in ("test_get_pagination_info.yaml", "test_public_tl_anonymous.yaml", "test_status.yaml",
                     "test_status_context.yaml"):
            for item in _cassette(name):
                uri, response = item["request"]["uri"], item["response"]
                body = json.loads(response["body"]["string"]) if response["body"]["string"] else None
                if uri.endswith("/verify_credentials"):
                    self.accounts[body["acct"]] = {k: v for k, v in body.items() if k not in ("source", "role")}
                elif "/accounts/" in uri and "/statuses?limit=5" in uri:
                    self.list_page = {"body": body, "headers": response["headers"]}
                    self.rate_headers = {k: v for k, v in response["headers"].items() if k.startswith("x-ratelimit")}
                for status in body if isinstance(body, list) else [body] if isinstance(body, dict) else []:
                    if "content" in status and "account" in status:
                        self.statuses.setdefault(status["id"], status)
                        self.accounts.setdefault(status["account"]["acct"], status["account"])

    # the figures a later simulated day shows
    def _aged(self, status: dict[str, Any]) -> dict[str, Any]:
        status = copy.deepcopy(status)
        if self.day:
            status["favourites_count"] += 3 * self.day
            status["reblogs_count"] += self.day
            status["replies_count"] += self.day
            if status.get("poll"):
                status["poll"]["options"][0]["votes_count"] += self.day
                status["poll"]["votes_count"] += self.day
                status["poll"]["voters_count"] += self.day
        return status

    def account(self, acct: str) -> dict[str, Any] | None:
        account = self.accounts.get(acct.split("@")[0])
        if account is None:
            return None
        account = copy.deepcopy(account)
        account["followers_count"] += 5 * self.day
        return account

    def of_account(self, account_id: str) -> list[dict[str, Any]]:
        return sorted((s for s in self.statuses.values() if s["account"]["id"] == account_id),
                      key=lambda s: int(s["id"]), reverse=True)

    def headers(self) -> list[tuple[str, str]]:
        return [("content-type", "application/json; charset=utf-8"), *_headers(self.rate_headers, self.base)]

    def __call__(self, request: Request) -> Reply:
        path = request.path
        if path == "/api/v1/accounts/lookup":
            account = self.account(request.arg("acct", ""))
            if account is None:
                return json_reply({"error": "Record not found"}, 404)
            return Reply(200, account, self.headers())
        if path.startswith("/api/v1/accounts/") and path.endswith("/statuses"):
            account_id = path.split("/")[4]
            limit = int(request.arg("limit", "20"))
            max_id, since_id = request.arg("max_id"), request.arg("since_id")
            recorded = self.list_page
            if (recorded and limit == 5 and not max_id and not since_id
                    and recorded["body"] and recorded["body"][0]["account"]["id"] == account_id):
                # the recorded first page with its recorded Link and rate-limit headers
                return Reply(200, [self._aged(s) for s in recorded["body"]],
                             _headers(recorded["headers"], self.base))
            items = [s for s in self.of_account(account_id)
                     if (not max_id or int(s["id"]) < int(max_id)) and (not since_id or int(s["id"]) > int(since_id))]
            size = min(limit, self.page_size or limit)
            page, rest = items[:size], items[size:]
            headers = self.headers()
            if rest and page:
                url = f"{self.base}/api/v1/accounts/{account_id}/statuses?limit={limit}&max_id={page[-1]['id']}"
                headers.append(("link", f'<{url}>; rel="next", <{self.base}{path}?min_id={page[0]["id"]}>; rel="prev"'))
            return Reply(200, [self._aged(s) for s in page], headers)
        if path.startswith("/api/v1/statuses/"):
            status = self.statuses.get(path.rsplit("/", 1)[-1])
            if status is None:
                return json_reply({"error": "Record not found"}, 404)
            return Reply(200, self._aged(status), self.headers())
        return json_reply({"error": "Not implemented in the replay"}, 404)


def _x_payload(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / "x" / name).read_text(encoding="utf-8"))


class XReplay:
    """Recorded X API v2 payloads served as user lookup, user timeline (with next_token) and tweets lookup."""

    def __init__(self, token: str, *, shift: timedelta = timedelta(0)) -> None:
        self.token = token
        self.shift = shift
        self.day = 0
        self.users: dict[str, dict[str, Any]] = {}
        self.tweets: dict[str, dict[str, Any]] = {}
        self.timelines: dict[str, list[list[str]]] = {}
        self.polls: dict[str, dict[str, Any]] = {}  # tweet id → poll (added by a test, documented layout)
        self.dates: dict[str, datetime] = {}  # tweet id → created_at set by a test (instead of shift)
        self.reset_in = 900
        for name in ("payload-v2.json", "payload-v2-tweet-retweet.json", "payload-v2-singletweet.json"):
            payload = _x_payload(name)
            for user in payload.get("includes", {}).get("users", []):
                self.users.setdefault(user["username"].lower(), user)
            data = payload["data"] if isinstance(payload["data"], list) else [payload["data"]]
            for tweet in data:
                self.tweets[tweet["id"]] = tweet

    def timeline(self, username: str, pages: list[list[str]]) -> None:
        self.timelines[self.users[username.lower()]["id"]] = pages

    def add_poll(self, tweet_id: str, options: list[tuple[str, int]]) -> None:
        self.polls[tweet_id] = {
            "id": f"poll{tweet_id[-6:]}", "voting_status": "closed", "duration_minutes": 1440,
            "end_datetime": "2026-08-02T13:50:00.000Z",
            "options": [{"position": i + 1, "label": label, "votes": votes}
                        for i, (label, votes) in enumerate(options)],
        }

    def _tweet(self, tweet_id: str) -> dict[str, Any]:
        tweet = copy.deepcopy(self.tweets[tweet_id])
        recorded = datetime.fromisoformat(tweet["created_at"].replace("Z", "+00:00"))
        created = self.dates.get(tweet_id) or recorded + self.shift
        tweet["created_at"] = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        metrics = tweet.setdefault("public_metrics", {})
        if self.day:
            metrics["like_count"] = metrics.get("like_count", 0) + 4 * self.day
            metrics["reply_count"] = metrics.get("reply_count", 0) + self.day
            if "impression_count" in metrics:
                metrics["impression_count"] += 100 * self.day
        if tweet_id in self.polls:
            tweet.setdefault("attachments", {})["poll_ids"] = [self.polls[tweet_id]["id"]]
        return tweet

    def _poll(self, tweet_id: str) -> dict[str, Any]:
        poll = copy.deepcopy(self.polls[tweet_id])
        if self.day:
            poll["options"][0]["votes"] += 2 * self.day
        return poll

    def _page(self, ids: list[str], meta: dict[str, Any] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"data": [self._tweet(i) for i in ids]}
        polls = [self._poll(i) for i in ids if i in self.polls]
        if polls:
            body["includes"] = {"polls": polls}
        if meta is not None:
            body["meta"] = meta
        return body

    def headers(self) -> list[tuple[str, str]]:
        return [("content-type", "application/json; charset=utf-8"), ("x-rate-limit-limit", "900"),
                ("x-rate-limit-remaining", "899"), ("x-rate-limit-reset", str(int(time.time()) + self.reset_in))]

    def __call__(self, request: Request) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return json_reply({"title": "Unauthorized", "type": "about:blank", "status": 401,
                               "detail": "Unauthorized"}, 401)
        path = request.path.removeprefix("/2")
        if path.startswith("/users/by/username/"):
            name = path.rsplit("/", 1)[-1]
            user = self.users.get(name.lower())
            if user is None:
                return Reply(200, {"errors": [{"value": name, "detail": f"Could not find user with username: [{name}].",
                                               "title": "Not Found Error", "resource_type": "user",
                                               "parameter": "username"}]}, self.headers())
            user = copy.deepcopy(user)
            user["public_metrics"]["followers_count"] += 7 * self.day
            return Reply(200, {"data": user}, self.headers())
        if path.startswith("/users/") and path.endswith("/tweets"):
            pages = self.timelines.get(path.split("/")[2], [[]])
            token = request.arg("pagination_token")
            index = int(token.removeprefix("page-")) if token else 0
            since_id = request.arg("since_id")
            ids = [i for i in pages[index] if not since_id or int(i) > int(since_id)]
            meta: dict[str, Any] = {"result_count": len(ids)}
            if ids:
                meta.update(newest_id=ids[0], oldest_id=ids[-1])
            if index + 1 < len(pages):
                meta["next_token"] = f"page-{index + 1}"
            return Reply(200, self._page(ids, meta), self.headers())
        if path == "/tweets":
            ids = [i for i in (request.arg("ids") or "").split(",") if i in self.tweets]
            return Reply(200, self._page(ids), self.headers())
        return json_reply({"title": "Not Found"}, 404)


def day_time(day: int, hour: int = 15) -> datetime:
    """A moment of the simulated week that starts on 2026-08-01 (the day the Mastodon recordings were made)."""
    return datetime(2026, 8, 1, hour, tzinfo=UTC) + timedelta(days=day)


class BlueskyReplay:
    """Real AppView items (tests/fixtures/bluesky, from twitwi) served as getProfile, getAuthorFeed, getPosts for
    one account; `shift` moves createdAt/indexedAt, `day` raises likeCount/repostCount on later days."""

    def __init__(self, handle: str, *, shift: timedelta = timedelta(0)) -> None:
        folder = FIXTURES / "bluesky"
        profiles = json.loads((folder / "bluesky-profiles.json").read_text(encoding="utf-8"))
        self.profile = next(p for p in profiles if p["handle"] == handle)
        self.shift = shift
        self.day = 0
        items = json.loads((folder / "bluesky-posts.json").read_text(encoding="utf-8"))
        views = [i.get("post", i) for i in items]
        mine = {v["uri"]: v for v in views if v["author"]["did"] == self.profile["did"]}
        self.posts = sorted(mine.values(), key=lambda v: v["indexedAt"], reverse=True)
        self.feed_limit: int | None = None  # show only the newest N posts in the feed (getPosts knows all)
        self.retext: dict[str, str] = {}  # uri → text, to make a cross-post of a recorded status (said by the test)

    def _moved(self, value: str) -> str:
        when = datetime.fromisoformat(value.replace("Z", "+00:00")) + self.shift
        return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def _view(self, view: dict[str, Any]) -> dict[str, Any]:
        view = copy.deepcopy(view)
        view["indexedAt"] = self._moved(view["indexedAt"])
        view["record"]["createdAt"] = self._moved(view["record"]["createdAt"])
        if view["uri"] in self.retext:
            view["record"]["text"] = self.retext[view["uri"]]
            view["record"].pop("facets", None)
        if self.day:
            view["likeCount"] = view.get("likeCount", 0) + 2 * self.day
            view["repostCount"] = view.get("repostCount", 0) + self.day
        return view

    def __call__(self, request: Request) -> Reply:
        nsid = request.path.removeprefix("/xrpc/")
        headers = [("content-type", "application/json; charset=utf-8"), ("ratelimit-limit", "3000"),
                   ("ratelimit-remaining", "2999"), ("ratelimit-policy", "3000;w=300")]
        if nsid in ("app.bsky.actor.getProfile", "app.bsky.feed.getAuthorFeed"):
            if request.arg("actor") not in (self.profile["handle"], self.profile["did"]):
                return json_reply({"error": "InvalidRequest", "message": "Profile not found"}, 400)
            if nsid == "app.bsky.actor.getProfile":
                profile = copy.deepcopy(self.profile)
                profile["followersCount"] += 10 * self.day
                return Reply(200, profile, headers)
            return Reply(200, {"feed": [{"post": self._view(v)} for v in self.posts[: self.feed_limit]]}, headers)
        if nsid == "app.bsky.feed.getPosts":
            wanted = request.query.get("uris", [])
            return Reply(200, {"posts": [self._view(v) for v in self.posts if v["uri"] in wanted]}, headers)
        return json_reply({"error": "MethodNotImplemented"}, 501)
