"""Parsing of the many time formats platforms use, and of durations like 12h or 7d. All results are UTC."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import parser as _dateutil_parser

REPORT_TZ = ZoneInfo("Europe/Berlin")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


MAX_DURATION = timedelta(days=36500)


def parse_duration(text: str) -> timedelta:
    """'90s', '15m', '12h', '7d', '2w' → timedelta. Raises ValueError with the accepted forms."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"not a duration: {text!r} (use e.g. 15m, 12h, 7d, 2w)")
    seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower()]
    if not seconds <= MAX_DURATION.total_seconds():
        raise ValueError(f"{text!r} is too long: at most {MAX_DURATION.days}d (100 years)")
    return timedelta(seconds=seconds)


def to_utc(value: datetime, default_tz: ZoneInfo | None = None) -> datetime:
    """Attach default_tz (UTC if not given) to a naive datetime and convert to UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_tz or UTC)
    return value.astimezone(UTC)


def parse_datetime(text: str, default_tz: ZoneInfo | None = None) -> datetime:
    """Parse ISO 8601 (2–9 fraction digits, Z or offset), X archive dates and common spreadsheet forms.

    Naive values are taken in default_tz (UTC unless given). Raises ValueError naming the text.
    """
    s = text.strip()
    if not s:
        raise ValueError("empty date")
    # Python's fromisoformat takes at most 6 fraction digits: cut longer ones.
    iso = re.sub(r"(\.\d{6})\d+", r"\1", s.replace("Z", "+00:00") if s.endswith("Z") else s)
    try:
        return to_utc(datetime.fromisoformat(iso), default_tz)
    except ValueError:
        pass
    try:
        return to_utc(datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y"), default_tz)
    except ValueError:
        pass
    try:
        dayfirst = bool(re.match(r"^\d{1,2}\.\d{1,2}\.\d{2,4}", s))
        return to_utc(_dateutil_parser.parse(s, dayfirst=dayfirst), default_tz)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a date/time: {text!r}") from exc


def parse_as_of(text: str, tz: ZoneInfo = REPORT_TZ) -> datetime:
    """A --at value. A bare date means the end of that day in the report's time zone."""
    s = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        d = date.fromisoformat(s)
        return datetime.combine(d, time.max, tzinfo=tz).astimezone(UTC)
    return parse_datetime(s, tz)


def utcnow() -> datetime:
    return datetime.now(UTC)
