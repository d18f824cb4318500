"""The shared API client against a real HTTP server on 127.0.0.1: retries, rate limits, bad bodies."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from reichweite.errors import FetchError, NotFound, RateLimited
from reichweite.platforms.http import ApiClient
from tests.support.replay import ReplayServer, Reply


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    """A replay server that serves only what each test queues."""
    with ReplayServer() as s:
        yield s


def answer(server: ReplayServer, status: int, body: object = None, headers: dict[str, str] | None = None,
           delay: float = 0) -> None:
    """Queue the next answer: a JSON body unless `body` is bytes."""
    raw = body if isinstance(body, bytes) else json.dumps(body if body is not None else {}).encode()
    server.queue("/", Reply(status, raw, [("Content-Type", "application/json"), *(headers or {}).items()], delay))


def _client(server: ReplayServer, **kw) -> tuple[ApiClient, list[float]]:
    waits: list[float] = []
    return ApiClient(server.url, backoff=0.01, sleep=waits.append, **kw), waits


def test_retries_5xx_then_succeeds(server: ReplayServer) -> None:
    answer(server, 502, {"error": "UpstreamFailure"})
    answer(server, 503, b"Service Unavailable")
    answer(server, 200, {"ok": True})
    client, waits = _client(server)
    body, response = client.get("/xrpc/x", {"actor": "a", "cursor": None})
    assert body == {"ok": True} and response.status_code == 200
    assert waits == [0.01, 0.02]
    assert server.requests[-1].target == "/xrpc/x?actor=a"


def test_429_waits_until_ratelimit_reset(server: ReplayServer) -> None:
    reset = int(time.time()) + 3
    answer(server, 429, {"error": "RateLimitExceeded"}, {"ratelimit-reset": str(reset), "ratelimit-remaining": "0"})
    answer(server, 200, {"ok": 1})
    client, waits = _client(server)
    assert client.get("/p")[0] == {"ok": 1}
    assert len(waits) == 1 and 1.5 < waits[0] <= 4.5


def test_429_with_distant_reset_raises_with_resume_time(server: ReplayServer) -> None:
    answer(server, 429, {}, {"x-rate-limit-reset": str(int(time.time()) + 3600)})
    client, _ = _client(server, max_wait=60)
    with pytest.raises(RateLimited) as err:
        client.get("/2/users/1/tweets")
    assert "run the same command again after" in str(err.value)
    assert "/2/users/1/tweets" in str(err.value)


def test_mastodon_iso_reset_and_exhausted_window_pauses_before_next_request(server: ReplayServer) -> None:
    soon = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 2))
    answer(server, 200, [1, 2], {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": soon})
    client, waits = _client(server)
    assert client.get("/api/v1/accounts/1/statuses")[0] == [1, 2]
    assert len(waits) == 1 and 0 < waits[0] <= 3.5


def test_malformed_body_is_a_clear_error(server: ReplayServer) -> None:
    answer(server, 200, b'{"feed": [ {"post": ')
    client, _ = _client(server)
    with pytest.raises(FetchError, match="not valid JSON"):
        client.get("/xrpc/app.bsky.feed.getAuthorFeed")


def test_unknown_profile_is_not_found(server: ReplayServer) -> None:
    answer(server, 400, {"error": "InvalidRequest", "message": "Profile not found"})
    client, _ = _client(server)
    with pytest.raises(NotFound, match="Profile not found"):
        client.get("/xrpc/app.bsky.actor.getProfile", {"actor": "nobody.invalid"})


def test_timeouts_are_retried_then_reported(server: ReplayServer) -> None:
    for _ in range(3):
        answer(server, 200, {"late": True}, delay=0.5)
    client, waits = _client(server, timeout=0.1, retries=2)
    with pytest.raises(FetchError, match="timed out; gave up after 3 attempts"):
        client.get("/slow")
    assert len(waits) == 2


def test_authorization_header_never_appears_in_errors(server: ReplayServer) -> None:
    answer(server, 401, {"title": "Unauthorized", "detail": "Unauthorized"})
    client, _ = _client(server, headers={"Authorization": "Bearer s3cr3t-token"})
    with pytest.raises(FetchError) as err:
        client.get("/2/users/by/username/someone")
    assert "s3cr3t" not in str(err.value) and "401" in str(err.value)
