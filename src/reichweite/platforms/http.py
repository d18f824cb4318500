"""One HTTP client for every platform API: retries 5xx and timeouts with back-off, honours rate limits.

Rate-limit headers differ per platform: Bluesky sends `ratelimit-reset` (unix seconds), X
`x-rate-limit-reset` (unix seconds), Mastodon `X-RateLimit-Reset` (ISO 8601); many send `Retry-After`.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from reichweite import __version__
from reichweite.errors import FetchError, NotFound, RateLimited, Said
from reichweite.redact import known_secrets, redact, register_secret, scrub
from reichweite.timeutil import parse_datetime, utcnow

USER_AGENT = f"reichweite/{__version__} (+https://github.com/reichweite/reichweite)"
RETRY_STATUSES = {500, 502, 503, 504}
FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)


def _moment(seconds: float) -> datetime | None:
    """A unix time as a datetime; None when it is beyond any calendar (a broken or hostile header)."""
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def rate_limit_reset(headers: httpx.Headers, now: datetime | None = None) -> datetime | None:
    """When the current rate-limit window ends, from whichever header the platform sends. A value no calendar holds
    (`99999999999999999999`) counts as FAR_FUTURE: longer than anyone would wait."""
    now = now or utcnow()
    for name in ("ratelimit-reset", "x-rate-limit-reset", "x-ratelimit-reset"):
        value = headers.get(name)
        if not value:
            continue
        value = value.strip()
        if value.isdigit():
            number = int(value)
            # a unix time, or (some servers) seconds from now
            moment = _moment(number if number > 1_000_000_000 else now.timestamp() + number)
            return moment or FAR_FUTURE
        try:
            return parse_datetime(value)
        except (ValueError, OverflowError):
            continue
    retry_after = headers.get("retry-after")
    if retry_after:
        if retry_after.strip().isdigit():
            return _moment(now.timestamp() + int(retry_after)) or FAR_FUTURE
        try:
            return parsedate_to_datetime(retry_after).astimezone(UTC)
        except (TypeError, ValueError, OverflowError):
            return None
    return None


def _remaining(headers: httpx.Headers) -> int | None:
    for name in ("ratelimit-remaining", "x-rate-limit-remaining", "x-ratelimit-remaining"):
        value = headers.get(name)
        if value is not None and value.strip().lstrip("-").isdigit():
            return int(value)
    return None


@dataclass
class ApiClient:
    """A JSON API client. `max_wait` is how long it may sleep for a rate limit before giving up."""

    base_url: str
    headers: dict[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    retries: int = 5
    backoff: float = 1.0
    max_wait: float = 900.0
    sleep: Callable[[float], None] = time.sleep
    on_wait: Callable[[str, float], None] | None = None
    # credentials go here, not in headers: kept out of repr() and so out of logs and tracebacks
    auth: httpx.Auth | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        url = httpx.URL(self.base_url)
        if url.username or url.password:  # credentials inside --api-url / --instance-url (http://user:pass@host)
            register_secret(url.password if url.password else url.username)
            register_secret(base64.b64encode(f"{url.username}:{url.password}".encode()).decode())  # as sent
        for name, value in self.headers.items():
            if name.lower() in ("authorization", "x-api-key", "cookie"):
                register_secret(value.split(" ", 1)[-1])
        self._client = httpx.Client(
            base_url=self.base_url.rstrip("/"),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **self.headers},
            timeout=self.timeout,
            follow_redirects=True,
            auth=self.auth,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait(self, seconds: float, why: str) -> None:
        if self.on_wait:
            self.on_wait(why, seconds)
        self.sleep(max(seconds, 0.0))

    def get(self, path: str, params: dict[str, Any] | None = None) -> tuple[Any, httpx.Response]:
        """GET path → (parsed JSON, response). Raises FetchError, NotFound or RateLimited with the URL."""
        attempt = 0
        while True:
            request = self._client.build_request("GET", path, params=_clean(params))
            shown = redact(str(request.url))
            problem: Said | None
            try:
                response = self._client.send(request)
            except httpx.TimeoutException:
                problem = Said("timed out", "col.problem.timeout")
            except httpx.TransportError as exc:
                problem = Said(f"connection failed ({type(exc).__name__})", "col.problem.connection",
                               kind=type(exc).__name__)
            else:
                problem = None
                if response.status_code == 429:
                    reset = rate_limit_reset(response.headers)
                    wait = (reset - utcnow()).total_seconds() + 1 if reset else self.backoff * 2**attempt
                    if wait > self.max_wait or attempt >= self.retries:
                        raise RateLimited(shown, reset)
                    self._wait(wait, Said(f"rate limit of {request.url.host} reached (HTTP 429)", "col.why.429",
                                          host=request.url.host))
                    attempt += 1
                    continue
                if response.status_code in RETRY_STATUSES or _upstream_failure(response):
                    problem = Said(f"HTTP {response.status_code}", "col.problem.status", status=response.status_code)
                elif response.status_code >= 400:
                    raise _client_error(shown, response)
                else:
                    self._respect_remaining(response)
                    try:
                        return _without_secrets(response.json(), response), response
                    except (json.JSONDecodeError, UnicodeDecodeError):
                        snippet = response.text[:80].replace("\n", " ")
                        raise FetchError(shown, Said(f"the response is not valid JSON (starts with {snippet!r})",
                                                     "src.http.not_json", start=repr(snippet)),
                                         status=response.status_code) from None
            if attempt >= self.retries:
                raise FetchError(shown, Said(f"{problem}; gave up after {attempt + 1} attempts", "col.gave_up",
                                             problem=problem, n=attempt + 1))
            said = (Said(f"answered {problem}", "col.problem.http", status=problem.values["status"])
                    if problem is not None and problem.key == "col.problem.status" else problem)
            self._wait(self.backoff * 2**attempt,
                       Said(f"{request.url.host} {said} (attempt {attempt + 1} of {self.retries + 1})",
                            "col.why.retry", host=request.url.host, problem=said, attempt=attempt + 1,
                            attempts=self.retries + 1))
            attempt += 1

    def _respect_remaining(self, response: httpx.Response) -> None:
        """When the window is used up, wait for its end before the next request (or stop if too long)."""
        if _remaining(response.headers) != 0:
            return
        reset = rate_limit_reset(response.headers)
        if reset is None:
            return
        wait = (reset - utcnow()).total_seconds() + 1
        if wait > self.max_wait:
            raise RateLimited(redact(str(response.request.url)), reset)
        if wait > 0:
            self._wait(wait, Said(f"rate limit of {response.request.url.host} used up until {reset:%H:%M:%S} UTC",
                                  "col.why.used_up", host=response.request.url.host, until=f"{reset:%H:%M:%S}"))


def _without_secrets(data: Any, response: httpx.Response) -> Any:
    """A body that echoes a secret of ours (a token, a password) keeps none: it would be stored as sent."""
    secrets = [s for s in known_secrets() if s in response.text]
    return scrub(data, secrets) if secrets else data


def _clean(params: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if params is None else {k: v for k, v in params.items() if v is not None}


def _upstream_failure(response: httpx.Response) -> bool:
    """Bluesky's AppView answers a failing backend with 400 + error UpstreamFailure: worth a retry."""
    if response.status_code != 400:
        return False
    try:
        return response.json().get("error") == "UpstreamFailure"
    except (ValueError, AttributeError):
        return False


def _client_error(url: str, response: httpx.Response) -> FetchError:
    detail = ""
    try:
        body = response.json()
        if isinstance(body, dict):
            detail = str(body.get("message") or body.get("error") or body.get("detail") or body.get("title") or "")
    except ValueError:
        detail = response.text[:120]
    status = response.status_code
    text = (Said(f"HTTP {status}: {detail}", "src.http.status_detail", status=str(status), detail=detail) if detail
            else Said(f"HTTP {status}", "src.http.status", status=str(status)))
    if response.status_code in (400, 404) and any(
        w in detail.lower() for w in ("not found", "unable to resolve", "could not find", "record not found")
    ) or response.status_code == 404:
        return NotFound(url, text, status=response.status_code)
    return FetchError(url, text, status=response.status_code)
