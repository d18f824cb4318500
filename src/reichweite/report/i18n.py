"""The report's language and locale: which of de/en to use, and numbers, shares and dates written the Babel way.

Texts themselves live in report/texts/; this module only formats values for a language.
"""

from __future__ import annotations

import locale
import os
from contextvars import ContextVar
from datetime import UTC, date, datetime
from functools import cache

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_decimal, format_scientific

from reichweite.timeutil import REPORT_TZ

LANGS = ("de", "en")
# the Babel locale of each report language (en_GB: day before month, 24-hour clock, as readers in Europe expect)
LOCALES = {"de": "de_DE", "en": "en_GB"}
# the same for Vega's d3 number and time formats
VEGA_LOCALES = {"de": "de-DE", "en": "en-GB"}
MISSING = "–"


def default_lang() -> str:
    """de when the user's locale is German, else en."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return "de" if current.lower().startswith("de") else "en"


_MESSAGES: ContextVar[str | None] = ContextVar("reichweite_messages", default=None)


def use_message_lang(lang: str | None) -> None:
    """The language of the messages a running command prints (its --lang); None: from the locale."""
    _MESSAGES.set(lang.strip().lower() if lang else None)


def message_lang() -> str:
    """The language messages are said in: the command's --lang, else de when the user's locale is German."""
    chosen = _MESSAGES.get()
    return chosen if chosen in LANGS else default_lang()


def resolve_lang(lang: str | None) -> str:
    lang = (lang or default_lang()).lower()
    if lang not in LANGS:
        raise ValueError(f"--lang {lang!r}: use de or en")
    return lang


@cache
def babel_locale(lang: str) -> Locale:
    return Locale.parse(LOCALES.get(lang, LOCALES["en"]))


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, pandas NA
    except (TypeError, ValueError):
        return True


def format_number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """1234567.5 → '1.234.567,5' (de) or '1,234,567.5' (en); missing → '–'."""
    if _missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(float(value), pattern, locale=babel_locale(lang))  # type: ignore[arg-type]


def format_percent(share: float | None, lang: str, digits: int = 0) -> str:
    """0.1234 → '12 %' (de, with a no-break space) or '12%' (en); `digits` decimals; missing → '–'."""
    if _missing(share):
        return MISSING
    loc = babel_locale(lang)
    pattern = loc.percent_formats[None].pattern
    if digits > 0:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * digits, 1)
    return format_decimal(float(share), pattern, locale=loc)  # type: ignore[arg-type]


def format_p_value(p: float | None, lang: str) -> str:
    """A p-value: four decimals, scientific only below 0.001 ('3,2E-05' in German)."""
    if _missing(p):
        return MISSING
    if 0 < float(p) < 0.001:  # type: ignore[arg-type]
        return format_scientific(float(p), "0.0E00", locale=babel_locale(lang))  # type: ignore[arg-type]
    return format_number(p, lang, 4)


def format_day(value: date | datetime | None, lang: str) -> str:
    """A calendar day: '21.10.2026' (de) or '21 Oct 2026' (en)."""
    if _missing(value):
        return MISSING
    if isinstance(value, datetime):
        value = value.astimezone(REPORT_TZ).date() if value.tzinfo else value.date()
    return format_date(value, "medium", locale=babel_locale(lang))  # type: ignore[arg-type]


def format_moment(value: datetime | None, lang: str) -> str:
    """A point in time (naive = UTC) in the report's time zone: '21.10.2026, 09:12' (de), '21 Oct 2026, 09:12' (en)."""
    if _missing(value):
        return MISSING
    assert isinstance(value, datetime)
    local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(REPORT_TZ)
    loc = babel_locale(lang)
    return get_datetime_format("medium", locale=loc).format(
        format_time(local, "short", locale=loc), format_date(local, "medium", locale=loc)
    )


def plural_category(count: float, lang: str) -> str:
    """CLDR plural category of a count in the language ('one', 'other', …)."""
    return babel_locale(lang).plural_form(abs(count))


def language_name(code: str, lang: str) -> str:
    """'de' → 'Deutsch (de)' in German, 'German (de)' in English; an unknown code stays as it is."""
    name = babel_locale(lang).languages.get(code.replace("-", "_")) or babel_locale(lang).languages.get(
        code.split("-")[0])
    return f"{name} ({code})" if name else code


def format_month(value: str | date, lang: str) -> str:
    """'2026-07' or a day in it → 'Juli 2026' (de), 'July 2026' (en)."""
    if _missing(value):
        return MISSING
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:7] + "-01")
    return format_date(day, "LLLL y", locale=babel_locale(lang))
