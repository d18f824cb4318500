"""One date rule for every date the tool reads: command options (--at, --since, …), table cells and export cells.

Accepted spellings (docs/sources.md lists them for users):
- ISO 8601: 2023-11-21, 2023-11-21 09:15, 2023-11-21T09:15:30.123456789Z, offsets (+01:00), a trailing UTC/GMT;
- German: 21.11.2023, 21.11.23, 21.11.2023 09:15[:30] [Uhr], 21. November 2023, 21. Nov. 2023;
- month names (English or German): 9 Sep 2022, 09 Sep 2022, 18-Jun-24, 9-Sep-2022, Sep 9, 2022, June 18, 2024;
- slashes: 18/06/2024, 6/18/24, 9:15 AM — day or month first, decided per column (or by the export's known
  layout), refused when nothing tells;
- X archive (Thu Mar 05 16:07:50 +0000 2026) and HTTP dates (Thu, 05 Mar 2026 16:07:50 GMT).

A bare date (no time) is a whole day in the report's time zone: as a measurement date or an upper bound it means
the end of that day, as a lower bound (--since) its start — whatever its spelling. A time zone abbreviation is
used when it names one offset (UTC, CET, MESZ, PST, EDT, …) and refused when it names several (CST, IST, BST) or
none. A time without a date is refused. All results are UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reichweite.errors import Said

REPORT_TZ = ZoneInfo("Europe/Berlin")

Bare = Literal["end", "start"]
Order = Literal["dmy", "mdy"]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}

FORMS = "2023-11-21, 21.11.2023, 21.11.23, 9 Sep 2022 or 2023-11-21 09:15 (a time zone may follow: UTC, +01:00)"


class DateError(ValueError):
    """A text is not a date this tool reads; the message says what was expected."""


class AmbiguousDate(DateError):
    """A slash date whose day and month could be either way round (12/05/2026)."""


MAX_DURATION = timedelta(days=36500)


def parse_duration(text: str) -> timedelta:
    """'90s', '15m', '12h', '7d', '2w' → timedelta. Raises ValueError with the accepted forms."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(Said(f"not a duration: {text!r} (use e.g. 15m, 12h, 7d, 2w)", "error.not_a_duration",
                              value=repr(text)))
    seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower()]
    if not seconds <= MAX_DURATION.total_seconds():
        raise ValueError(Said(f"{text!r} is too long: at most {MAX_DURATION.days}d (100 years)", "anl.too_long",
                              value=repr(text), days=str(MAX_DURATION.days)))
    return timedelta(seconds=seconds)


def to_utc(value: datetime, default_tz: tzinfo | None = None) -> datetime:
    """Attach default_tz (UTC if not given) to a naive datetime and convert to UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_tz or UTC)
    return value.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    """A --tz value (Europe/Berlin, UTC) → its zone; DateError naming the value otherwise."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(Said(f"unknown time zone {name!r} (e.g. Europe/Berlin, UTC)", "error.unknown_zone",
                             value=repr(name))) from None


# ---------------------------------------------------------------- the spellings

_MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "jän": 1, "jänner": 1,
    "feb": 2, "february": 2, "februar": 2,
    "mar": 3, "march": 3, "mär": 3, "märz": 3, "maerz": 3, "mrz": 3,
    "apr": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6,
    "jul": 7, "july": 7, "juli": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}
_WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+")
# one offset per name; names meaning several offsets (CST, IST, BST, AST, …) are refused
_ZONES = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0, "wet": 0, "west": 60,
    "cet": 60, "mez": 60, "cest": 120, "mesz": 120, "eet": 120, "oez": 120, "eest": 180, "oesz": 180,
    "msk": 180, "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "akst": -540, "akdt": -480, "hst": -600, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "nzst": 720, "nzdt": 780,
}
_AMBIGUOUS_ZONES = {"cst": "US Central, China or Cuba", "ist": "India, Ireland or Israel",
                    "bst": "British Summer or Bangladesh", "ast": "Atlantic or Arabia", "sst": "Samoa or Singapore"}
_MONTH = r"(?P<mon>[a-zäA-ZÄ]{3,9})\.?"
_YEAR = r"(?P<y>\d{4}|\d{2})"
_DATE_FORMS = (
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("iso", re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})")),
    ("dot", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})")),
    ("slash", re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")),
    ("name", re.compile(rf"(?P<d>\d{{1,2}})\.?(?:\s+|-){_MONTH}(?:\s+|-|,\s*){_YEAR}")),
    ("name", re.compile(rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})")),
)
_TIME = re.compile(
    r"(?:^|(?<=\d)T|\s*,\s*|\s+)(?:um\s+|at\s+)?(?P<h>\d{1,2}):(?P<min>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\.?)?(?:\s*uhr)?",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\s*(?:(?P<off>[+-]\d{2}(?::?\d{2})?)|(?P<utc>utc|gmt)(?P<utcoff>[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\(?(?P<name>[a-z]{1,5})\)?)$",
    re.IGNORECASE,
)
_TIME_ONLY = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
                        r"(?:\s*[ap]\.?\s?m\.?)?(?:\s*uhr)?(?:\s+\S+)?$", re.IGNORECASE)
_BARE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_FAST = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _offset(text: str) -> timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        raise DateError(Said(f"{text!r} is not a time zone offset", "anl.date.offset", value=repr(text)))
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _zone_of(m: re.Match[str], original: str) -> tzinfo:
    if m.group("off"):
        return _offset(m.group("off"))
    if m.group("utc"):
        return _offset(m.group("utcoff")) if m.group("utcoff") else UTC
    name = m.group("name").lower()
    if name in _AMBIGUOUS_ZONES:
        means = Said(_AMBIGUOUS_ZONES[name], f"anl.zone.{name}")
        raise DateError(Said(f"{original!r}: the time zone {m.group('name')} can mean {means}; write the offset "
                             "instead (e.g. -06:00)", "anl.date.zone_ambiguous", value=repr(original),
                             zone=m.group("name"), means=means))
    if name not in _ZONES:
        raise DateError(Said(f"{original!r}: unknown time zone {m.group('name')!r} (write an offset like +01:00, "
                             "or UTC, CET, MESZ, PST, EST …)", "anl.date.zone_unknown", value=repr(original),
                             zone=repr(m.group("name"))))
    return timezone(timedelta(minutes=_ZONES[name]))


def _time_alone(shown: str, clock: str) -> Said:
    """'09:15 is a time without a date (write the day too, e.g. 21.11.2023 09:15)'."""
    return Said(f"{shown} is a time without a date (write the day too, e.g. 21.11.2023 {clock})",
                "anl.date.time_without_date", value=shown, time=clock)


def _number(value: object) -> Said:
    return Said(f"{value!r} is a number, not a date (use {FORMS})", "anl.date.number", value=repr(value), forms=FORMS)


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _slash_order(a: int, b: int, order: Order | None, original: str) -> tuple[int, int]:
    """(day, month) of a slash date a/b/y."""
    if order == "dmy" or (order is None and a > 12 >= b):
        return a, b
    if order == "mdy" or (order is None and b > 12 >= a):
        return b, a
    if a == b:
        return a, b
    raise AmbiguousDate(Said(f"{original!r}: day or month first? Write 2026-05-12 or 12.05.2026",
                             "anl.date.day_or_month", value=repr(original)))


def _date_part(text: str, order: Order | None, original: str) -> date:
    for kind, pattern in _DATE_FORMS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        if kind == "slash":
            day, month = _slash_order(int(m["a"]), int(m["b"]), order, original)
        elif kind == "name":
            month_name = m["mon"].lower()
            if month_name not in _MONTHS:
                break
            day, month = int(m["d"]), _MONTHS[month_name]
        else:
            day, month = int(m["d"]), int(m["m"])
        try:
            return date(_year(m["y"]), month, day)
        except ValueError:
            raise DateError(Said(f"{original!r} is not a date of the calendar", "anl.date.calendar",
                                 value=repr(original))) from None
    raise DateError(Said(f"{original!r} is not a date (use {FORMS})", "error.not_a_date", value=repr(original),
                         forms=FORMS))


def _time_part(m: re.Match[str], original: str) -> time:
    hour, minute = int(m["h"]), int(m["min"])
    second = int(m["s"] or 0)
    micro = int((m["f"] or "0")[:6].ljust(6, "0"))
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise DateError(Said(f"{original!r}: {hour} is not an hour on a 12-hour clock", "anl.date.hour12",
                                 value=repr(original), hour=str(hour)))
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    try:
        return time(hour, minute, second, micro)
    except ValueError:
        raise DateError(Said(f"{original!r} is not a time of day", "anl.date.time", value=repr(original))) from None


def _fast_iso(s: str) -> datetime | None:
    """Machine-written ISO times (APIs, archives): Python's parser, fraction cut to 6 digits."""
    if not _ISO_FAST.match(s):
        return None
    iso = re.sub(r"(\.\d{6})\d+", r"\1", s)
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def read_moment(text: str, *, order: Order | None = None) -> tuple[date, time | None, tzinfo | None]:
    """A date/time text → (date, time or None for a bare date, zone or None when none was written)."""
    original = text
    s = " ".join(str(text).split())
    if not s:
        raise DateError(Said("empty date", "anl.date.empty"))
    if _BARE_ISO.fullmatch(s):
        try:
            return date.fromisoformat(s), None, None
        except ValueError:
            raise DateError(Said(f"{original!r} is not a date of the calendar", "anl.date.calendar",
                                 value=repr(original))) from None
    fast = _fast_iso(s)
    if fast is not None:
        return fast.date(), fast.timetz().replace(tzinfo=None), fast.tzinfo
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%a, %d %b %Y %H:%M:%S %z"):
        try:
            parsed = datetime.strptime(s, fmt)
            return parsed.date(), parsed.time(), parsed.tzinfo
        except ValueError:
            pass
    if _TIME_ONLY.match(s):
        raise DateError(_time_alone(repr(original), s))
    s = re.sub(rf"^{_WEEKDAY}", "", s, flags=re.IGNORECASE)
    tz: tzinfo | None = None
    clock: time | None = None
    times = list(_TIME.finditer(s))
    if times:
        m = times[-1]
        rest = s[m.end():]
        if rest.strip():
            zm = _ZONE.fullmatch(rest)
            if zm is None:
                raise DateError(Said(f"{original!r}: {rest.strip()!r} after the time is not a time zone",
                                     "anl.date.not_a_zone", value=repr(original), rest=repr(rest.strip())))
            tz = _zone_of(zm, original)
        clock = _time_part(m, original)
        s = s[: m.start()].rstrip(" ,")
    else:
        zm = re.search(r"\s+(?:utc|gmt)$", s, re.IGNORECASE)
        if zm:
            tz, s = UTC, s[: zm.start()]
    return _date_part(s, order, original), clock, tz


def parse_moment(text: str, tz: tzinfo = REPORT_TZ, *, bare: Bare = "end", order: Order | None = None) -> datetime:
    """A date/time text → UTC. A time without a zone is taken in tz; a bare date is the end (or start) of that day
    in tz. Raises DateError naming the text."""
    day, clock, written = read_moment(text, order=order)
    if clock is None:
        clock = time.max if bare == "end" else time.min
    try:
        return to_utc(datetime.combine(day, clock), written or tz)
    except OverflowError:  # 9999-12-31T23:59:59-05:00 is past the last moment a datetime holds in UTC
        raise DateError(Said(f"{text!r} is out of range (before year 1 or after 9999 in UTC)", "anl.date.range",
                             value=repr(text))) from None


def parse_day(text: str, *, order: Order | None = None) -> date:
    """A date without a time (panel dates, `fixed:DATE`) in any accepted spelling."""
    day, clock, _ = read_moment(text, order=order)
    if clock is not None:
        raise DateError(Said(f"{text!r}: expected a date without a time (e.g. 2023-11-21 or 21.11.2023)",
                             "anl.date.with_time", value=repr(text)))
    return day


def parse_datetime(text: str, default_tz: tzinfo | None = None) -> datetime:
    """Machine-written times (APIs, archives): any accepted spelling; naive values in default_tz (UTC if not
    given); a bare date is the start of its day."""
    return parse_moment(text, default_tz or UTC, bare="start")


def parse_as_of(text: str, tz: tzinfo = REPORT_TZ) -> datetime:
    """A --at value: a bare date means the end of that day in tz, whatever its spelling."""
    return parse_moment(text, tz, bare="end")


def cell_moment(value: object, tz: tzinfo = REPORT_TZ, *, bare: Bare = "end", order: Order | None = None
                ) -> datetime | None:
    """A spreadsheet cell → UTC (None when empty). A datetime without zone is taken in tz; a date (or a datetime
    cell formatted without a time, which the readers turn into a date) is a bare date; a time alone is refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return to_utc(value, tz)
    if isinstance(value, date):
        return to_utc(datetime.combine(value, time.max if bare == "end" else time.min), tz)
    if isinstance(value, time | timedelta):
        raise DateError(_time_alone(str(value), str(value)))
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise DateError(_number(value))
    return parse_moment(str(value), tz, bare=bare, order=order)


_SLASH_CELL = re.compile(r"\s*(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")


def slash_order(cells: Iterable[tuple[str, object]], what: str = "column") -> Order | None:
    """Day or month first, decided once for a column of slash dates by its unambiguous values.

    cells: (place, value) pairs, e.g. ("row 5", "12/05/2026"). None when the column holds no slash date or
    only ones that read the same either way. Raises AmbiguousDate naming the rows when the values disagree or
    none of them decides.
    """
    day_first: list[str] = []
    month_first: list[str] = []
    undecided: list[str] = []
    for place, value in cells:
        if not isinstance(value, str):
            continue
        m = _SLASH_CELL.match(value)
        if not m:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            day_first.append(place)
        elif b > 12 >= a:
            month_first.append(place)
        elif a != b:
            undecided.append(place)
    if day_first and month_first:
        days, months = _places(day_first), _places(month_first)
        raise AmbiguousDate(Said(f"{what} mixes day-first dates ({days}) and month-first dates ({months}); write them "
                                 "as 2026-05-13 or 13.05.2026", "anl.date.mixed", what=what, days=days,
                                 months=months))
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    if undecided:
        places = _places(undecided)
        raise AmbiguousDate(Said(f"{what}: slash dates that could be day or month first ({places}) and none that "
                                 "tells; write them as 2026-05-12 or 12.05.2026", "anl.date.undecided", what=what,
                                 places=places))
    return None


def _places(places: list[str]) -> Said:
    """The first five places, and how many more."""
    shown = ", ".join(places[:5])
    more = Said(f" and {len(places) - 5} more", "anl.date.more", n=len(places) - 5) if len(places) > 5 else ""
    return Said(f"{shown}{more}", "anl.date.places", places=shown, more=more)


def utcnow() -> datetime:
    return datetime.now(UTC)


def cell_day(value: object, *, order: Order | None = None) -> date | None:
    """A spreadsheet cell naming a day (membership dates, sheet names) → the date (None when empty); a time
    written with it is ignored, a time alone refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time | timedelta):
        raise DateError(Said(f"{value} is a time without a date", "anl.date.time_alone", value=str(value)))
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise DateError(_number(value))
    return read_moment(str(value), order=order)[0]


def iso_utc(value: datetime) -> str:
    """A time as ISO 8601 in UTC ending in `Z`, as machine output writes every time (naive times are UTC, as the store
    keeps them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
