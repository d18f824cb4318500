"""German and English texts. Each report area registers its own messages; `t` looks them up."""

from __future__ import annotations

import locale
import os

LANGS = ("de", "en")
_MESSAGES: dict[str, dict[str, str]] = {"de": {}, "en": {}}


def register(messages: dict[str, dict[str, str]]) -> None:
    """Add texts: {"key": {"de": "…", "en": "…"}}. Every key needs both languages."""
    for key, texts in messages.items():
        missing = [lang for lang in LANGS if lang not in texts]
        if missing:
            raise ValueError(f"text {key!r} lacks {', '.join(missing)}")
        for lang in LANGS:
            _MESSAGES[lang][key] = texts[lang]


def t(key: str, lang: str, **values: object) -> str:
    text = _MESSAGES.get(lang, _MESSAGES["en"]).get(key)
    if text is None:
        raise KeyError(f"no {lang} text for {key!r}")
    return text.format(**values) if values else text


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


def resolve_lang(lang: str | None) -> str:
    lang = (lang or default_lang()).lower()
    if lang not in LANGS:
        raise ValueError(f"--lang {lang!r}: use de or en")
    return lang


def format_number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """1234567.5 → '1.234.567,5' (de) or '1,234,567.5' (en); None → '–'."""
    if value is None or value != value:
        return "–"
    text = f"{value:,.{digits}f}"
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


register({
    "report.generated": {
        "de": "Erstellt am {when} mit reichweite {version}",
        "en": "Generated {when} by reichweite {version}",
    },
    "report.definitions": {"de": "Definitionen", "en": "Definitions"},
    "report.measured": {"de": "Messzeitpunkte", "en": "Measurement dates"},
    "report.timezone": {"de": "Zeitzone: {tz}", "en": "Time zone: {tz}"},
    "report.missing": {"de": "– = nicht bekannt (nie als 0 gezählt)", "en": "– = not known (never counted as 0)"},
})
