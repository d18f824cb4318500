"""Counts as people type them or read them off a screen: "12.345", "12,345", "1,2 Mio.", "4.5K", "1.2M".

Counts are whole numbers, which settles most German/English ambiguity:
- "1.234" and "1,234" are both 1234 (a separator followed by groups of exactly three digits is grouping);
- "1.234,5" / "1,234.5": the last separator is the decimal one; a count must then have a zero fraction;
- "1,5" or "12.5" without a suffix is not a whole number and is rejected rather than guessed;
- with a suffix the one separator is always decimal: "1,2 Mio." = "1.2M" = 1,200,000 and the shown text is kept;
  two separators must be grouping then decimal ("1.234,5 Tsd."): "1.5.3K" or "1,2,3 Mio" are refused.
German "Billion" (10^12) and English "billion" (10^9) collide, so the word is rejected; "Mrd." and "B"/"bn" are 10^9.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from reichweite.errors import Said
from reichweite.model import MAX_COUNT

_MULTIPLIERS = {
    "k": 10**3, "tsd": 10**3, "tausend": 10**3, "thousand": 10**3,
    "m": 10**6, "mio": 10**6, "mill": 10**6, "million": 10**6, "millionen": 10**6, "mn": 10**6,
    "b": 10**9, "bn": 10**9, "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9,
}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_FORM = re.compile(r"^(?P<num>\d[\d.,]*)(?P<suffix>[^\d.,][\w.]*)?$")
_GROUPED = {".": re.compile(r"^\d{1,3}(\.\d{3})+$"), ",": re.compile(r"^\d{1,3}(,\d{3})+$")}
_SHOWN = re.compile(r"\d+(?:[.,]\d+)?")  # 4.5, 4,5, 12
_SHOWN_GROUPED = re.compile(r"\d{1,3}(?P<g>[.,])\d{3}(?:(?P=g)\d{3})*(?P<dec>(?!(?P=g))[.,]\d+)?")  # 1.234,5
ACCEPTED = "a whole number like 12345, 12.345 or 12,345, or a shown figure like 4.5K, 1,2 Mio., 1.2M"


class CountError(ValueError):
    """The text is not a count; the message says what was expected."""


def _said(english: str, key: str, value: object, *, shown: str | None = None) -> Said:
    return Said(english, key, value=repr(value) if shown is None else shown)


def _plain(num: str, text: str) -> int:
    if num.isdigit():
        return int(num)
    seps = [c for c in num if c in ".,"]
    if len(set(seps)) == 1 and _GROUPED[seps[0]].match(num):
        return int(re.sub(r"[.,]", "", num))
    decimal_sep = max(num.rfind("."), num.rfind(","))
    whole, fraction = num[:decimal_sep], num[decimal_sep + 1 :]
    group_sep = "," if num[decimal_sep] == "." else "."
    if not fraction.isdigit() or (whole and not (whole.isdigit() or _GROUPED[group_sep].match(whole))):
        raise CountError(_said(f"{text!r} is not a number ({ACCEPTED})", "error.not_a_number", text))
    if set(fraction) != {"0"}:
        raise CountError(_said(f"{text!r} is not a whole number ({ACCEPTED})", "error.not_whole", text))
    return int(re.sub(r"[.,]", "", whole) or "0")


def parse_count(value: object) -> tuple[int | None, str | None]:
    """A cell → (count, shown text); see `_parse_count`. A count past 64 bits is refused: no real figure is."""
    count, shown = _parse_count(value)
    if count is not None and count > MAX_COUNT:
        raise CountError(_said(f"{str(value)[:40]!r} is beyond any real count", "tab.count.beyond", str(value)[:40]))
    return count, shown


def _parse_count(value: object) -> tuple[int | None, str | None]:
    """A cell → (count, shown text). Empty → (None, None): unknown, never 0.

    The shown text is returned only when the figure was abbreviated ("1,2 Mio."), i.e. rounded on screen.
    Raises CountError with the accepted forms.
    """
    if value is None:
        return None, None
    if isinstance(value, bool):
        raise CountError(_said(f"{value!r} is not a number ({ACCEPTED})", "error.not_a_number", value))
    if isinstance(value, int):
        if value < 0:
            raise CountError(_said(f"{value} is negative; a count is 0 or more", "error.negative", value,
                                   shown=str(value)))
        return value, None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise CountError(_said(f"{value!r} is not a whole number ({ACCEPTED})", "error.not_whole", value))
        if value < 0:
            raise CountError(_said(f"{value:g} is negative; a count is 0 or more", "error.negative", value,
                                   shown=f"{value:g}"))
        return int(value), None
    text = str(value).strip()
    if not text:
        return None, None
    compact = _SPACES.sub("", text).lstrip("~≈+")
    match = _FORM.match(compact)
    if not match:
        if compact.startswith("-"):
            raise CountError(_said(f"{text!r} is negative; a count is 0 or more", "error.negative", text,
                                   shown=repr(text)))
        raise CountError(_said(f"{text!r} is not a number ({ACCEPTED})", "error.not_a_number", text))
    num, suffix = match.group("num"), match.group("suffix")
    if not suffix:
        return _plain(num, text), None
    key = suffix.lower().rstrip(".")
    if key not in _MULTIPLIERS:
        raise CountError(Said(f"{text!r}: unknown unit {suffix!r} (use K/Tsd., M/Mio., B/Mrd.)", "tab.count.unit",
                              value=repr(text), unit=repr(suffix)))
    if _SHOWN.fullmatch(num):
        num = num.replace(",", ".")
    elif grouped := _SHOWN_GROUPED.fullmatch(num):
        whole = num[: grouped.start("dec")] if grouped["dec"] else num
        num = whole.replace(grouped["g"], "") + ("." + grouped["dec"][1:] if grouped["dec"] else "")
    else:  # 1.5.3K, 1,2,3 Mio: no figure a screen shows
        raise CountError(_said(f"{text!r} is not a shown figure ({ACCEPTED})", "tab.count.not_shown", text))
    try:
        amount = Decimal(num)
    except InvalidOperation:
        raise CountError(_said(f"{text!r} is not a number ({ACCEPTED})", "error.not_a_number", text)) from None
    return int((amount * _MULTIPLIERS[key]).to_integral_value()), text
