"""The texts users read, in German and English — one convention for every report area.

Each area has a module here holding a plain dict, `TEXTS = {"key": {"de": "…", "en": "…"}}`. A text with a count
in it has a form per CLDR plural category instead of a string: `{"de": {"one": "{n} gleiches Paar", "other": "{n}
gleiche Paare"}, "en": {…}}`; Babel's plural rules of the language choose the form (`Texts.n`). Code that shows texts
imports the tables it needs and joins them explicitly:

    from reichweite.report.texts import Texts, common, comparison
    T = Texts(common.TEXTS, comparison.TEXTS)
    T("cmp.title", "de", a="X", b="Bluesky")
    T.n("cmp.tied_pairs", "de", 1)  # '1 gleiches Paar'

Nothing is registered by importing a module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reichweite.report.i18n import LANGS, format_number, plural_category

Text = str | Mapping[str, str]
Table = Mapping[str, Mapping[str, Text]]


class Texts:
    """Look-up over one or more text tables, checked when made: every key has de and en, no key twice, plural
    texts have an 'other' form."""

    def __init__(self, *tables: Table) -> None:
        self._texts: dict[str, Mapping[str, Text]] = {}
        for table in tables:
            for key, texts in table.items():
                if key in self._texts:
                    raise ValueError(f"text {key!r} is defined twice")
                missing = [lang for lang in LANGS if lang not in texts]
                if missing:
                    raise ValueError(f"text {key!r} lacks {', '.join(missing)}")
                for lang in LANGS:
                    text = texts[lang]
                    if not isinstance(text, str) and "other" not in text:
                        raise ValueError(f"plural text {key!r} ({lang}) lacks the 'other' form")
                self._texts[key] = texts

    def __contains__(self, key: str) -> bool:
        return key in self._texts

    def keys(self) -> list[str]:
        return list(self._texts)

    def raw(self, key: str, lang: str) -> Text:
        try:
            return self._texts[key][lang if lang in LANGS else "en"]
        except KeyError:
            raise KeyError(f"no {lang} text for {key!r}") from None

    def __call__(self, key: str, lang: str, **values: object) -> str:
        text = self.raw(key, lang)
        if not isinstance(text, str):
            raise TypeError(f"text {key!r} has plural forms: use Texts.n")
        return text.format(**values) if values else text

    def n(self, key: str, lang: str, count: float, digits: int = 0, **values: object) -> str:
        """The plural form for `count` (Babel's CLDR rules), with `{n}` the count written for the language."""
        forms = self.raw(key, lang)
        text = forms if isinstance(forms, str) else forms.get(plural_category(count, lang), forms["other"])
        return text.format(n=format_number(count, lang, digits), **values)

    def bind(self, lang: str) -> Callable[..., str]:
        """`t(key, **values)` for one language, for templates and long functions."""

        def t(key: str, **values: object) -> str:
            return self(key, lang, **values)

        return t
