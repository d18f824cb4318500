"""The one redaction step for everything that leaves the process or is stored: messages, log lines, stored origins
and run messages, report cells.

What it removes: the values of secrets the process knows (tokens from the environment or the keyring, passwords of
database URLs), `user:password@` in URLs, credential query parameters (`password=`, `token=`, `access_token=` …),
`Authorization` values and `Bearer …` tokens (as an API error body may echo them), and `"token": "…"`-style pairs.
Stored origins keep scheme, host and path only (`origin`).
"""

from __future__ import annotations

import logging
import os
import re
import traceback
from functools import lru_cache
from urllib.parse import unquote, urlsplit

HIDDEN = "***"
_MIN_SECRET = 6  # shorter values are not searched for (they would hide ordinary words and numbers)
_SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH", re.I)
_NOT_A_SECRET_NAME = re.compile(r"(_DIR|_FILE|_PATH|_HOME|_BACKEND|_PROVIDER|_TYPE|_METHOD)$", re.I)
_PAIR_WORDS = (
    r"password|passwd|passphrase|token|access_token|refresh_token|id_token|auth_token|oauth_token|bearer_token|"
    r"api_key|apikey|secret|client_secret|app_secret|consumer_secret"
)
_QUERY_WORDS = _PAIR_WORDS + r"|pwd|pass|key|sig|signature|session|sessionid|auth|code"

_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^\s/?#@:\"'<>]*)(?P<pw>:[^\s/?#@\"'<>]*)?@")
_QUERY = re.compile(rf"(?i)([?&;](?:{_QUERY_WORDS})=)[^&#\s\"'<>]*")
_HEADER = re.compile(
    r"(?i)\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|cookie|set-cookie)"
    r"([\"']?\s*[:=]\s*[\"']?)([^\"'\r\n,;}\]]+)"
)
_BEARER = re.compile(r"(?i)\b(bearer)(\s+|%20|\+)([A-Za-z0-9\-._~+/%]+=*)")
_PAIR = re.compile(
    rf"(?i)([\"']?\b(?:{_PAIR_WORDS})[\"']?\s*[:=]\s*)([\"']?)"
    rf"(?!{re.escape(HIDDEN)}|null\b|true\b|false\b|none\b)([^\"'\s,&}}\]<>]+)"
)

_registered: set[str] = set()
_environment: tuple[frozenset[tuple[str, str]], frozenset[str]] | None = None


def register_secret(value: str | None) -> None:
    """A secret this process holds (a token, a password): its value is hidden wherever it would appear."""
    if value and len(value.strip()) >= _MIN_SECRET:
        _registered.add(value.strip())
        if unquote(value.strip()) != value.strip():
            _registered.add(unquote(value.strip()))


def _from_environment() -> frozenset[str]:
    """Values of environment variables named like secrets, and passwords inside URLs the environment holds."""
    global _environment
    items = frozenset(os.environ.items())
    if _environment is not None and _environment[0] == items:
        return _environment[1]
    found: set[str] = set()
    for name, value in items:
        value = value.strip()
        if "://" in value:
            match = _USERINFO.search(value)
            if match and match.group("pw") and len(match.group("pw")) > _MIN_SECRET:
                found.add(unquote(match.group("pw")[1:]))
                found.add(match.group("pw")[1:])
        elif (_SECRET_NAME.search(name) and not _NOT_A_SECRET_NAME.search(name) and len(value) >= _MIN_SECRET
              and not value.startswith(("/", "~"))):  # a path (XAUTHORITY, SSH_AUTH_SOCK) is no secret
            found.add(value)
    _environment = (items, frozenset(found))
    return _environment[1]


def known_secrets() -> list[str]:
    """Every secret value to hide, longest first (so a secret containing another is hidden whole)."""
    return sorted(_registered | _from_environment(), key=len, reverse=True)


def _userinfo(match: re.Match[str]) -> str:
    scheme = match.group("scheme")
    if match.group("pw") is not None:
        return f"{scheme}{match.group('user')}:{HIDDEN}@"
    if scheme.lower().startswith(("http", "ws")):
        return f"{scheme}{HIDDEN}@"  # a lone user part of a web URL is often a token (https://TOKEN@host)
    return match.group(0)  # a database user name without a password


def redact(text: str) -> str:
    """The text with every secret it shows replaced by ***."""
    if not text:
        return text
    for secret in known_secrets():
        if secret in text:
            text = text.replace(secret, HIDDEN)
    if "://" in text and "@" in text:
        text = _USERINFO.sub(_userinfo, text)
    if "=" in text:
        text = _QUERY.sub(rf"\1{HIDDEN}", text)
    lowered = text.lower()
    if any(word in lowered for word in ("auth", "api-key", "cookie")):
        text = _HEADER.sub(rf"\1\2{HIDDEN}", text)
    if "bearer" in lowered:
        text = _BEARER.sub(rf"\1\2{HIDDEN}", text)
    if ":" in text or "=" in text:
        text = _PAIR.sub(rf"\1\2{HIDDEN}", text)
    return text


class RedactingFilter(logging.Filter):
    """A log filter passing every record with its message and traceback redacted (attach it to a logger)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        return True


def redact_value(value: object) -> object:
    """redact() for strings; other values pass unchanged."""
    return redact(value) if isinstance(value, str) else value


@lru_cache(maxsize=4096)
def _origin(text: str, secrets: tuple[str, ...]) -> str:
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.\-]*://", text):
        try:
            parts = urlsplit(text)
            host = parts.hostname or ""
            port = parts.port
        except ValueError:
            return redact(text)
        if ":" in host:
            host = f"[{host}]"
        text = f"{parts.scheme}://{host}{f':{port}' if port else ''}{parts.path}"
    return redact(text)


def origin(text: str | None) -> str | None:
    """A stored origin: a URL keeps scheme, host and path only (no credentials, no query, no fragment); a file name
    or any other text is redacted."""
    if not text:
        return text
    return _origin(text, tuple(known_secrets()))


def scrub(value: object, secrets: list[str] | None = None) -> object:
    """A JSON value (as an API sent it) with every known secret value replaced by *** in its strings."""
    secrets = known_secrets() if secrets is None else secrets
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, HIDDEN)
        return value
    if isinstance(value, list):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, dict):
        return {k: scrub(v, secrets) for k, v in value.items()}
    return value
