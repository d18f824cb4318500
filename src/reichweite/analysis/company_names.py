"""Matching company names as people write them to known companies: ISIN first, then names and aliases.

Two levels: the exact name after normalising case, umlauts and punctuation ("Deutsche Börse" = "DEUTSCHE BOERSE"),
then the core name without legal forms and share classes ("Merck KGaA" = "Merck", "BMW (St)" = "BMW").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from reichweite.model import Company
from reichweite.names import normalise

_SHARE_CLASSES = {"st", "vz", "stamm", "vorzug", "stammaktien", "vorzugsaktien", "pref", "inh"}
_LEGAL_FORMS = {
    "ag", "se", "kgaa", "co", "und", "and", "gmbh", "kg", "nv", "plc", "sa", "inc", "ltd", "group", "konzern", "mbh",
    "holding",
}
_PAREN = re.compile(r"\(([^)]*)\)")
_UNTIL = re.compile(r"\s+(until|bis)\b.*$", re.IGNORECASE)
def core_name(name: str) -> str:
    """The name without parentheses, legal forms and share classes: 'Henkel AG & Co. KGaA (Vz)' → 'henkel'."""
    words = normalise(_PAREN.sub(" ", name)).split()
    kept = [w for w in words if w not in _LEGAL_FORMS and w not in _SHARE_CLASSES]
    return " ".join(kept) or " ".join(words)


def split_listed_name(text: str) -> tuple[str, list[str]]:
    """'Mercedes-Benz Group (Daimler AG until 2022-02)' → ('Mercedes-Benz Group', ['Daimler AG', <the text>]).

    A parenthesis holding a share class ('BMW (St)') is dropped from the display name and kept as an alias.
    """
    text = " ".join(text.split())
    aliases: list[str] = []
    for inner in _PAREN.findall(text):
        inner = _UNTIL.sub("", inner).strip()
        if inner and normalise(inner) not in _SHARE_CLASSES:
            aliases.append(inner)
    name = " ".join(_PAREN.sub(" ", text).split()) or text
    if name != text:
        aliases.append(text)
    return name, aliases


def slug(name: str) -> str:
    """A stable key for a company without an ISIN: 'Muster & Söhne GmbH' → 'muster-und-soehne-gmbh'."""
    return normalise(name).replace(" ", "-")[:64] or "company"


@dataclass(slots=True)
class NameMatch:
    """The outcome of matching one name: a key, or the candidates when the name fits several companies."""

    key: str | None
    candidates: list[str] = field(default_factory=list)
    how: str = ""  # isin, name, core, membership


@dataclass
class CompanyIndex:
    """Every known company by ISIN, by normalised name/alias and by core name."""

    companies: dict[str, Company] = field(default_factory=dict)
    by_isin: dict[str, str] = field(default_factory=dict)
    exact: dict[str, set[str]] = field(default_factory=dict)
    core: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, companies: Iterable[Company]) -> CompanyIndex:
        index = cls()
        for company in companies:
            index.add(company)
        return index

    def add(self, company: Company) -> None:
        self.companies[company.key] = company
        if company.isin:
            self.by_isin[company.isin.upper()] = company.key
        for text in [company.name, *company.aliases]:
            if not text:
                continue
            self.exact.setdefault(normalise(text), set()).add(company.key)
            self.core.setdefault(core_name(text), set()).add(company.key)

    def match(self, name: str, isin: str | None = None, *, prefer: set[str] | None = None) -> NameMatch:
        """ISIN if known; else the exact normalised name; else the core name. Several candidates are narrowed
        to those in `prefer` (e.g. the panel members on the measurement date) when that leaves exactly one."""
        if isin and isin.strip().upper() in self.by_isin:
            return NameMatch(self.by_isin[isin.strip().upper()], how="isin")
        given = isin.strip().upper() if isin and isin.strip() else None
        for how, table, key in (("name", self.exact, normalise(name)), ("core", self.core, core_name(name))):
            found = set(table.get(key, set()))
            if how == "core" and given:  # 'Linde plc' (IE…) is not 'Linde AG' (DE…) just because both are 'Linde'
                found = {k for k in found if self.companies[k].isin in (None, given)}
            if len(found) == 1:
                return NameMatch(next(iter(found)), how=how)
            if len(found) > 1:
                narrowed = found & prefer if prefer else set()
                if len(narrowed) == 1:
                    return NameMatch(next(iter(narrowed)), how="membership")
                return NameMatch(None, sorted(found), how="ambiguous")
        return NameMatch(None)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The closest known company names (by name and alias), best first."""
        choices: dict[str, str] = {}
        for company in self.companies.values():
            for text in [company.name, *company.aliases]:
                choices.setdefault(core_name(text), company.key)
        if not choices or not name.strip():
            return []
        out: list[str] = []
        for _text, _score, norm in process.extract(
            core_name(name), {n: n for n in choices}, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70
        ):
            display = self.companies[choices[norm]].name
            if display not in out:
                out.append(display)
            if len(out) == limit:
                break
        return out
