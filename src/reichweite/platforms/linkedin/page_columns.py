"""Column names of LinkedIn's page analytics exports in English and German (they follow the UI language).

Names are matched after folding case, spaces and a trailing variant such as "(total)"/"(gesamt)". The English
names are those of real exports; the German ones follow LinkedIn's German interface wording (not yet checked
against a real German export). LinkedIn renames columns now and then: add a new name here, next to the field it
means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

Aliases = dict[str, dict[str, tuple[str, ...]]]  # field → language → names

FOLLOWER_FIELDS: Aliases = {
    "date": {"en": ("date",), "de": ("datum",)},
    "sponsored": {"en": ("sponsored followers",), "de": ("gesponserte follower", "gesponserte follower:innen")},
    "organic": {"en": ("organic followers",), "de": ("organische follower", "organische follower:innen")},
    "auto_invited": {
        "en": ("auto-invited followers", "auto invited followers"),
        "de": ("automatisch eingeladene follower", "automatisch eingeladene follower:innen"),
    },
    "total": {
        "en": ("total followers", "total new followers"),
        "de": ("follower insgesamt", "follower gesamt", "gesamtzahl follower", "follower:innen insgesamt",
               "neue follower insgesamt"),
    },
}

METRIC_FIELDS: Aliases = {
    "date": {"en": ("date",), "de": ("datum",)},
    "impressions": {"en": ("impressions",), "de": ("impressionen",)},
    "unique_impressions": {
        "en": ("unique impressions",),
        "de": ("eindeutige impressionen", "unique impressionen", "einzelne impressionen"),
    },
    "clicks": {"en": ("clicks",), "de": ("klicks",)},
    "reactions": {"en": ("reactions",), "de": ("reaktionen",)},
    "comments": {"en": ("comments",), "de": ("kommentare",)},
    "reposts": {"en": ("reposts", "shares"), "de": ("geteilte inhalte", "direkt geteilte inhalte")},
    "engagement_rate": {"en": ("engagement rate",), "de": ("interaktionsrate", "engagement-rate")},
}

POST_FIELDS: Aliases = {
    "title": {"en": ("post title", "update title"), "de": ("beitragstitel", "titel des beitrags", "update-titel")},
    "link": {"en": ("post link", "update link"), "de": ("beitragslink", "link zum beitrag", "update-link")},
    "post_type": {"en": ("post type", "update type"), "de": ("beitragstyp", "update-typ")},
    "posted_by": {"en": ("posted by",), "de": ("gepostet von", "veröffentlicht von")},
    "created": {"en": ("created date",), "de": ("erstellungsdatum", "erstellt am")},
    "content_type": {"en": ("content type",), "de": ("inhaltstyp", "content-typ")},
    "impressions": {"en": ("impressions",), "de": ("impressionen",)},
    "video_views": {
        "en": ("views (excluding off-site video views)", "views", "video views"),
        "de": ("aufrufe (ohne externe videoaufrufe)", "aufrufe", "videoaufrufe"),
    },
    "clicks": {"en": ("clicks",), "de": ("klicks",)},
    "likes": {"en": ("likes",), "de": ("gefällt mir", "gefällt mir-angaben")},
    "reactions": {"en": ("reactions",), "de": ("reaktionen",)},
    "comments": {"en": ("comments",), "de": ("kommentare",)},
    "reposts": {"en": ("reposts", "shares"), "de": ("geteilte inhalte", "direkt geteilte inhalte")},
    "follows": {"en": ("follows",), "de": ("neue follower", "follows")},
    "engagement_rate": {"en": ("engagement rate",), "de": ("interaktionsrate", "engagement-rate")},
    "poll_votes": {"en": ("poll votes", "votes"), "de": ("umfragestimmen", "stimmen", "abstimmungen")},
}

VARIANTS = {
    "total": "total", "gesamt": "total", "insgesamt": "total",
    "organic": "organic", "organisch": "organic",
    "sponsored": "sponsored", "gesponsert": "sponsored",
}
_VARIANT = re.compile(r"^(?P<base>.+?)\s*\((?P<variant>[^()]+)\)$")


def normalize(name: str) -> str:
    """'  Impressions\u00a0(Total) ' → 'impressions (total)'."""
    text = unicodedata.normalize("NFC", name).replace("\u00a0", " ").casefold()
    return re.sub(r"\s+", " ", text).strip().rstrip("*").strip()


def split_variant(name: str) -> tuple[str, str]:
    """'impressions (total)' → ('impressions', 'total'); names without a known variant keep it all."""
    match = _VARIANT.match(name)
    if match and match.group("variant") in VARIANTS:
        return match.group("base"), VARIANTS[match.group("variant")]
    return name, ""


def _lookup(fields: Aliases) -> dict[str, str]:
    return {alias: field for field, langs in fields.items() for names in langs.values() for alias in names}


def map_header(names: Iterable[str], fields: Aliases) -> dict[str, int]:
    """field (with ':variant' where the header has one, e.g. 'impressions:total') → column index."""
    lookup = _lookup(fields)
    out: dict[str, int] = {}
    for index, raw in enumerate(names):
        name = normalize(raw)
        if name in lookup:
            key = lookup[name]
        else:
            base, variant = split_variant(name)
            if base not in lookup or not variant:
                continue
            key = f"{lookup[base]}:{variant}"
        out.setdefault(key, index)
    return out


def column_language(names: Iterable[str]) -> str:
    """'de' when German column names outnumber English ones, else 'en'."""
    score = {"en": 0, "de": 0}
    by_lang: dict[str, set[str]] = {"en": set(), "de": set()}
    for fields in (FOLLOWER_FIELDS, METRIC_FIELDS, POST_FIELDS):
        for langs in fields.values():
            for lang, aliases in langs.items():
                by_lang[lang].update(aliases)
    only = {"en": by_lang["en"] - by_lang["de"], "de": by_lang["de"] - by_lang["en"]}
    for raw in names:
        base, _ = split_variant(normalize(raw))
        for lang in score:
            if base in only[lang] or normalize(raw) in only[lang]:
                score[lang] += 1
    return "de" if score["de"] > score["en"] else "en"
