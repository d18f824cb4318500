"""Lines every command may print, in German or English: errors (one line, redacted), and sentences raised or
passed up with a `Said` text (reichweite.errors), whose texts live in report/texts/messages.py and the tables
joined below. A sentence without a text of its own is shown as it was made (English)."""

from __future__ import annotations

from reichweite.errors import InputError, Said, os_reason, said_of
from reichweite.redact import redact
from reichweite.report.i18n import format_number
from reichweite.report.texts import (
    Texts,
    collect,
    common,
    errors_analysis,
    errors_options,
    errors_sources,
    errors_tables,
    imports,
    messages,
)
from reichweite.terminal import bare

T = Texts(common.TEXTS, messages.TEXTS, imports.TEXTS, collect.TEXTS, errors_sources.TEXTS, errors_tables.TEXTS,
          errors_options.TEXTS, errors_analysis.TEXTS)


def say(text: object, lang: str) -> str:
    """A `Said` sentence in the language (its values said too: counts as the language writes numbers); any other
    text as it is."""
    if not isinstance(text, Said) or text.key not in T:
        return str(text)
    values = {}
    for name, value in text.values.items():
        if isinstance(value, Said):
            value = say(value, lang)
        elif isinstance(value, tuple):  # texts in a row (the layouts of a table), or a table's column names
            value = ("; " if all(isinstance(v, Said) for v in value) else ", ").join(
                say(v, lang) if isinstance(v, Said) else _column(str(v), lang) for v in value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = format_number(value, lang)
        elif name == "job":
            key = f"error.job.{value}"
            value = T(key, lang) if key in T else value
        values[name] = value
    raw = T.raw(text.key, lang)
    if not isinstance(raw, str):
        return T.n(text.key, lang, int(text.values.get("n", 0)), **{k: v for k, v in values.items() if k != "n"})
    return T(text.key, lang, **values)


def _column(name: str, lang: str) -> str:
    """A table column by the header a German template writes for it ('observed_at' → 'Stichtag', 'post_url/post_id'
    → 'Link/ID'); in English its name."""
    if lang == "en":
        return name
    from reichweite.tables.headers import WORDS

    return "/".join(WORDS.get(part, (part,))[0] for part in name.split("/"))


def error_text(exc: BaseException, lang: str) -> str:
    """What went wrong, in the language: an input error's file, line or row and message; a `Said` error's text;
    another error's own message."""
    if isinstance(exc, InputError):
        return say(said_of(exc), lang)
    if exc.args and isinstance(exc.args[0], Said) and len(exc.args) == 1:
        return say(exc.args[0], lang)
    return str(exc)


def os_error(exc: OSError, lang: str) -> str:
    """'file: reason' of an operating-system error, the reason in the language where it is a common one."""
    where = f"{exc.filename}: " if exc.filename else ""
    return where + say(os_reason(exc), lang)


def error_line(message: object, lang: str) -> str:
    """'Error: …' (en) / 'Fehler: …' (de): one line, without control characters, every secret redacted — the
    translated line goes through the same redaction as the English one."""
    text = error_text(message, lang) if isinstance(message, BaseException) else say(message, lang)
    return T("error.line", lang, message=" ".join(redact(bare(text)).splitlines()))


def line(key: str, lang: str, **values: object) -> str:
    """A message of the tables above, redacted and one line."""
    return redact(T(key, lang, **values))


def counted(key: str, lang: str, n: float, **values: object) -> str:
    """A message with a count in it (Babel's plural rules of the language)."""
    return redact(T.n(key, lang, n, **values))
