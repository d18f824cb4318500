"""Posts typed in without a URL or id: a stable stand-in id from account and day (and text), and the rule by which
such a post is the same as a post with a real id — same account, same day, same text.

A stand-in id reads `table:HANDLE:YYYY-MM-DD` or, when the row has a text, `table:HANDLE:YYYY-MM-DD:HASH` (the
first 8 hex digits of the text's SHA-1 after `text_key`). The post keeps the day and the time zone it was typed in
(`raw`), so the store can tell which posts of the account were published that day. Imports nothing of reichweite.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from difflib import SequenceMatcher
from typing import Any
from zoneinfo import ZoneInfo

PREFIX = "table:"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")
SIMILAR = 0.9  # texts this similar (after text_key) are the same post: a typo mended, an emoji lost on the way
PREFIX_CHARS = 20  # a text cut short (as a screen shows it) is the same post when this much of it is left


def text_key(text: str | None) -> str:
    """A text as compared: case, links, punctuation, emoji and spacing do not count; a trailing '…' neither."""
    if not text:
        return ""
    value = unicodedata.normalize("NFKC", text).casefold()
    value = _URL.sub(" ", value).rstrip().removesuffix("…").removesuffix("...")
    return " ".join(_NOT_WORD.sub(" ", value).split())


def same_text(a: str | None, b: str | None) -> bool:
    """True when two texts are the same post's: equal after text_key, one cut short of the other (at least
    PREFIX_CHARS left), or nearly equal (SIMILAR)."""
    ka, kb = text_key(a), text_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short) >= PREFIX_CHARS and long.startswith(short):
        return True
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= SIMILAR


def typed_id(handle: str, day: date, text: str | None) -> str:
    """The stand-in id of a post of `handle` published on `day` with `text` (the text only when there is one)."""
    key = text_key(text)
    base = f"{PREFIX}{handle}:{day.isoformat()}"
    return f"{base}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}" if key else base


def is_typed_id(native_id: str | None) -> bool:
    return bool(native_id) and native_id.startswith(PREFIX)  # type: ignore[union-attr]


def typed_raw(day: date, tz: ZoneInfo) -> dict[str, Any]:
    """What a typed-in post keeps of its day: the day and the zone it was typed in."""
    return {"typed_in": {"day": day.isoformat(), "tz": tz.key}}


def day_window(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end] of a calendar day in tz, in UTC."""
    start = datetime.combine(day, time.min, tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tz).astimezone(UTC) - timedelta(microseconds=1)
    return start, end


def typed_window(raw: Any) -> tuple[datetime, datetime] | None:
    """The day window a typed-in post keeps in `raw` (None when it keeps none or an unreadable one)."""
    info = raw.get("typed_in") if isinstance(raw, dict) else None
    if not isinstance(info, dict):
        return None
    try:
        return day_window(date.fromisoformat(str(info["day"])), ZoneInfo(str(info["tz"])))
    except (KeyError, ValueError, LookupError):
        return None
