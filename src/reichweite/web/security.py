"""Safe by default: a signed session cookie, CSRF tokens, login when a password is set, a bearer token for
scripts, host and origin checks, security headers (CSP without inline scripts), the upload size limit.

One pure ASGI middleware does it all, so streaming responses and the worker threads are not in its way."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeTimedSerializer

from reichweite.errors import Said
from reichweite.web.settings import WebSettings

COOKIE = "reichweite_session"
SESSION_DAYS = 14
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
OPEN_PATHS = ("/login", "/static/", "/favicon.ico")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


@dataclass(slots=True)
class Session:
    sid: str
    auth: bool = False
    lang: str | None = None
    changed: bool = False

    def csrf_token(self, settings: WebSettings) -> str:
        return hmac.new(settings.secret, f"csrf:{self.sid}".encode(), hashlib.sha256).hexdigest()


class UploadTooLarge(Exception):
    """The request body passed the configured upload limit."""


def _serializer(settings: WebSettings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret, salt="reichweite-session")


def load_session(settings: WebSettings, cookie_value: str | None) -> Session | None:
    if not cookie_value:
        return None
    try:
        data = _serializer(settings).loads(cookie_value, max_age=SESSION_DAYS * 86400)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sid"), str):
        return None
    return Session(sid=data["sid"], auth=bool(data.get("auth")), lang=data.get("lang"))


def session_cookie(settings: WebSettings, session: Session) -> str:
    value = _serializer(settings).dumps({"sid": session.sid, "auth": session.auth, "lang": session.lang})
    return f"{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={SESSION_DAYS * 86400}"


def new_session() -> Session:
    return Session(sid=secrets.token_urlsafe(24), changed=True)


def check_password(settings: WebSettings, given: str) -> bool:
    if settings.password is None:
        return False
    return hmac.compare_digest(given.encode(), settings.password.encode())


def bearer_ok(settings: WebSettings, headers: dict[str, str]) -> bool:
    value = headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), settings.token.encode())


def csrf_ok(settings: WebSettings, session: Session, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), session.csrf_token(settings).encode())  # type: ignore[union-attr]


def _host_only(value: str) -> str:
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def host_ok(settings: WebSettings, host: str) -> bool:
    """Bound to the loopback, answer only requests naming the loopback (DNS rebinding finds a closed door)."""
    if not settings.local:
        return True
    return _host_only(host.lower()) in ("127.0.0.1", "localhost", "::1")


def origin_ok(headers: dict[str, str]) -> bool:
    """An unsafe request from a browser must come from this app's own pages."""
    origin = headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()


class SecurityMiddleware:
    def __init__(self, app: Any, settings: WebSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings = self.settings
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path: str = scope["path"]
        method: str = scope["method"]
        api = path == "/api" or path.startswith("/api/")
        if not host_ok(settings, headers.get("host", "")):
            await _plain(send, 400, _told(Said("Unknown host: open the address `reichweite serve` printed.",
                                               "opt.web_host"), None if api else _page_lang(settings, None)))
            return
        if method in UNSAFE and not origin_ok(headers):
            await _plain(send, 403, _told(Said("Cross-site request refused.", "opt.web_cross_site"),
                                          None if api else _page_lang(settings, None)))
            return
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is treated as no cookie
            cookies = SimpleCookie()
        session = load_session(settings, cookies[COOKIE].value if COOKIE in cookies else None) or new_session()
        bearer = bearer_ok(settings, headers)
        state = scope.setdefault("state", {})
        state["session"] = session
        state["bearer"] = bearer
        told = None if api else _page_lang(settings, session)  # pages in their language, the API in English
        if settings.login_required and not (session.auth or bearer) and not path.startswith(OPEN_PATHS):
            if api:
                await _json(send, 401, {"detail": "Log in or send the bearer token printed at start."})
            else:
                await _redirect(send, "/login", session, settings)
            return
        # forms always carry the token; the API too when called from a browser page or on a session's cookie,
        # while a script on this computer (no Origin, no password set) or with the bearer token needs none
        script = api and not settings.login_required and "origin" not in headers
        if method in UNSAFE and not bearer and not script:
            given = headers.get("x-csrf-token")
            if given is None and not api:
                state["csrf_from_form"] = True  # checked by the route after it read the form
            elif not csrf_ok(settings, session, given):
                csrf = Said("Missing or wrong CSRF token: reload the page and try again.", "opt.web_csrf")
                await _json(send, 403, {"detail": _told(csrf, told)})
                return
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > settings.upload_limit:
            await _too_large(send, settings, told)
            return
        received = 0
        too_large = False

        async def limited_receive() -> dict:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > settings.upload_limit:
                    too_large = True
                    raise UploadTooLarge
            return message

        started = False

        async def secured_send(message: dict) -> None:
            nonlocal started
            if too_large:  # whatever the app made of the cut body (its parser says 400), the answer is 413
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _too_large(send, settings, told)
                return
            if message["type"] == "http.response.start":
                started = True
                extra = list(HEADERS)
                if session.changed:
                    extra.append((b"set-cookie", session_cookie(settings, session).encode("latin-1")))
                if not path.startswith("/static/"):
                    extra.append((b"cache-control", b"no-store"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except UploadTooLarge:
            if not started:
                await _too_large(send, settings, told)


def _page_lang(settings: WebSettings, session: Session | None) -> str:
    """The language of a page's answer: the session's choice, else the app's --lang, else the locale's."""
    from reichweite.report.i18n import LANGS, resolve_lang

    if session is not None and session.lang in LANGS:
        return session.lang
    try:
        return resolve_lang(settings.lang)
    except ValueError:
        return "en"


def _told(said: Said, lang: str | None) -> str:
    """A sentence in the page's language; for the API (lang None) in English."""
    from reichweite.report.messages import say

    return str(said) if lang is None else say(said, lang)


async def _too_large(send: Any, settings: WebSettings, lang: str | None = None) -> None:
    mib = f"{settings.upload_limit / 1024 / 1024:,.0f}"
    if lang is not None:
        from reichweite.report.i18n import format_number

        mib = format_number(round(settings.upload_limit / 1024 / 1024), lang)
    said = Said(f"The upload is larger than the limit of {mib} MiB (reichweite serve --upload-limit).",
                "opt.web_too_large_mib", mib=mib)
    await _json(send, 413, {"detail": _told(said, lang)})


async def _start(send: Any, status: int, content_type: bytes, body: bytes, extra: list | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                            *HEADERS, *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


async def _plain(send: Any, status: int, text: str) -> None:
    await _start(send, status, b"text/plain; charset=utf-8", text.encode())


async def _json(send: Any, status: int, data: Any) -> None:
    await _start(send, status, b"application/json", json.dumps(data).encode())


async def _redirect(send: Any, location: str, session: Session, settings: WebSettings) -> None:
    extra = [(b"location", location.encode())]
    if session.changed:
        extra.append((b"set-cookie", session_cookie(settings, session).encode("latin-1")))
    await _start(send, 303, b"text/plain; charset=utf-8", b"", extra)
