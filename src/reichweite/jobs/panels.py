"""Panels and company figures, wired: files → records → store. Each step is callable from Python and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.company_names import CompanyIndex, slug, split_listed_name
from reichweite.analysis.panel import members_at
from reichweite.errors import InputError, ReichweiteError, Said
from reichweite.model import Company, CompanySnapshot, Membership
from reichweite.store.panels import (
    list_panels,
    load_companies,
    memberships_frame,
    panel_info,
    save_companies,
    save_company_snapshots,
    save_panel,
    stored_company_snapshots,
)
from reichweite.store.schema_panels import memberships
from reichweite.tables.company_page import company_rows_from_page_export
from reichweite.tables.company_table import CompanyRow, read_company_table
from reichweite.tables.panel_table import (
    BUILTIN_PANELS,
    MembershipRow,
    builtin_aliases,
    check_overlaps,
    read_builtin_panel,
    read_membership_table,
)
from reichweite.tables.tabular import Loaded
from reichweite.timeutil import REPORT_TZ

TABLE_SOURCE = "manual"
PAGE_EXPORT_SOURCE = "archive"


class UnknownPanel(ReichweiteError):
    """No panel of that name is stored or built in."""


def _companies_for_spells(path: object, rows: Sequence[MembershipRow], index: CompanyIndex,
                          extra_aliases: dict[str, list[str]]) -> tuple[list[Company], list[tuple[str, MembershipRow]],
                                                                     list[str]]:
    """A key per spell: the known company (by ISIN, then name), else a new company keyed by ISIN or slug.
    Returns the companies to store, the keyed spells and the names of companies that were not known before."""
    new: dict[str, Company] = {}
    keyed: list[tuple[str, MembershipRow]] = []
    unknown: list[str] = []
    for row in rows:
        name, aliases = split_listed_name(row.company)
        aliases = aliases + extra_aliases.get(row.isin or "", [])
        found = index.match(row.company, row.isin)
        if found.key is None and not found.candidates:
            found = index.match(name, row.isin)
        if found.candidates:
            fits = ", ".join(index.companies[k].name for k in found.candidates)
            raise InputError(path, Said(f"{row.company!r} ({row.where}) fits several companies: {fits}; give the isin "
                                        "column", "anl.panel.several", name=repr(row.company), where=row.where,
                                        fits=fits))
        key = found.key or row.isin or slug(name)
        company = new.get(key) or Company(key, name, row.isin, [])
        company.aliases = company.aliases + [a for a in aliases if a not in company.aliases]
        new[key] = company
        if found.key is None:
            index.add(company)
            unknown.append(name)
        keyed.append((key, row))
    return list(new.values()), keyed, unknown


def _store_panel(conn: sa.Connection, name: str, rows: Sequence[MembershipRow], *, path: object, title: str | None,
                 source: str, notes: str | None, extra_aliases: dict[str, list[str]] | None = None
                 ) -> tuple[int, list[str]]:
    index = CompanyIndex.build(load_companies(conn))
    found, keyed, unknown = _companies_for_spells(path, rows, index, extra_aliases or {})
    check_overlaps(path, keyed)
    save_companies(conn, found, source=source)
    spells = [Membership(name, key, r.joined, r.left, r.source) for key, r in keyed]
    save_panel(conn, name, spells, title=title, source=source, notes=notes)
    return len(spells), unknown


def ensure_panel(conn: sa.Connection, name: str) -> dict:
    """The panel's stored description; a built-in panel (dax) is loaded into the store on first use."""
    info = panel_info(conn, name)
    if info is not None:
        return info
    if name not in BUILTIN_PANELS:
        known = ", ".join(sorted(set(BUILTIN_PANELS) | {p for p in _stored_names(conn)}))
        raise UnknownPanel(Said(f"no panel {name!r}; known panels: {known}. Add one with `reichweite panel import "
                                "NAME FILE`.", "anl.panel.unknown", name=repr(name), known=known))
    builtin, rows, notes = read_builtin_panel(name)
    _store_panel(conn, name, rows, path=builtin.file, title=builtin.title, source=f"builtin:{builtin.file}",
                 notes=notes, extra_aliases=builtin_aliases())
    return panel_info(conn, name) or {}


def _stored_names(conn: sa.Connection) -> list[str]:
    return [p["name"] for p in list_panels(conn)]


def ensure_builtin_companies(conn: sa.Connection) -> None:
    """Load the built-in panels (and so their companies and aliases) if they are not in the store yet."""
    for name in BUILTIN_PANELS:
        ensure_panel(conn, name)


def import_panel(engine: sa.Engine, name: str, path: Path, *, title: str | None = None) -> dict:
    """Define a panel from a CSV/XLSX of spells (company, isin, joined, left, source); replaces a panel of that
    name. One transaction."""
    rows = read_membership_table(path)
    if not rows:
        raise InputError(path, Said("the membership table has no rows", "anl.panel.no_rows"))
    with engine.begin() as conn:
        ensure_builtin_companies(conn)
        count, unknown = _store_panel(conn, name, rows, path=path, title=title, source=str(Path(path).name),
                                      notes=None)
        companies = conn.execute(
            sa.select(sa.func.count(sa.distinct(memberships.c.company_key))).where(memberships.c.panel == name)
        ).scalar_one()
    return {"panel": name, "spells": count, "companies": companies, "new_companies": unknown, "file": str(path)}


def panel_members(engine: sa.Engine, name: str, at: date | None = None) -> tuple[dict, pd.DataFrame]:
    """The panel's spells, or its members on a date (half-open: a company that left on D is not a member on D)."""
    with engine.begin() as conn:
        info = ensure_panel(conn, name)
        spells = memberships_frame(conn, name)
    if at is None:
        return info, spells
    current = spells[[members_at(spells.iloc[[i]], at) != [] for i in range(len(spells))]]
    return info, current.sort_values("name", key=lambda s: s.str.casefold()).reset_index(drop=True)


@dataclass
class UnknownName:
    name: str
    isin: str | None
    places: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # when the name fits several companies


def measurement_date(observed_at: datetime) -> date:
    return observed_at.astimezone(REPORT_TZ).date()


def resolve_companies(conn: sa.Connection, rows: Sequence[CompanyRow], *, add_unknown: bool
                      ) -> tuple[list[str | None], list[Company], list[UnknownName]]:
    """A company key per row. Unknown names come back with the closest known names (and are new companies
    when add_unknown); a name that fits several companies is narrowed by panel membership on its date."""
    index = CompanyIndex.build(load_companies(conn))
    spells = pd.DataFrame(conn.execute(sa.select(memberships.c.company_key, memberships.c.joined,
                                                 memberships.c.left)).mappings().all(),
                          columns=["company_key", "joined", "left"])
    keys: list[str | None] = []
    new: dict[str, Company] = {}
    unknown: dict[str, UnknownName] = {}
    members_on: dict[date, set[str]] = {}
    for row in rows:
        day = measurement_date(row.observed_at)
        if day not in members_on:
            members_on[day] = set(members_at(spells, day)) if len(spells) else set()
        prefer = members_on[day]
        found = index.match(row.company, row.isin, prefer=prefer)
        if found.key is None and add_unknown and not found.candidates:
            key = row.isin.upper() if row.isin else slug(row.company)
            company = new.get(key) or Company(key, row.company, row.isin.upper() if row.isin else None, [])
            new[key] = company
            index.add(company)
            found.key = key
        if found.key is None:
            entry = unknown.setdefault(row.company, UnknownName(row.company, row.isin))
            if row.where not in entry.places:
                entry.places.append(row.where)
            entry.candidates = [index.companies[k].name for k in found.candidates]
            if not entry.suggestions and not entry.candidates:
                entry.suggestions = index.suggest(row.company)
        keys.append(found.key)
    return keys, list(new.values()), list(unknown.values())


def unknown_message(path: object, unknown: Sequence[UnknownName]) -> Said:
    parts = []
    for u in unknown:
        more = Said(f" and {len(u.places) - 1} more", "anl.date.more", n=len(u.places) - 1) if len(u.places) > 1 \
            else ""
        where = Said(f"{u.places[0]}{more}", "anl.date.places", places=u.places[0], more=more)
        if u.candidates:
            names = ", ".join(u.candidates)
            parts.append(Said(f"{u.name!r} ({where}) fits several companies: {names} — give the isin",
                              "anl.panel.unknown_several", name=repr(u.name), where=where, names=names))
        elif u.suggestions:
            names = ", ".join(u.suggestions)
            parts.append(Said(f"{u.name!r} ({where}); closest known: {names}", "anl.panel.unknown_closest",
                              name=repr(u.name), where=where, names=names))
        else:
            parts.append(Said(f"{u.name!r} ({where}); no similar name known", "anl.panel.unknown_none",
                              name=repr(u.name), where=where))
    companies = "company" if len(unknown) == 1 else "companies"
    return Said(f"{len(unknown)} unknown {companies}: {'; '.join(parts)}. Fix the names, or add them as new "
                f"companies: reichweite import companies {path} --add-unknown", "anl.panel.unknown_names",
                n=len(unknown), names=tuple(parts), path=str(path))


def check_duplicates(path: object, rows: Sequence[CompanyRow], keys: Sequence[str | None],
                     seen: dict[tuple[str, str, date], CompanyRow] | None = None) -> None:
    """Two rows for the same company, platform and measurement date are an error naming both rows. `seen` carries
    the rows of earlier sheets of the same import."""
    seen = {} if seen is None else seen
    for row, key in zip(rows, keys, strict=True):
        if key is None:
            continue
        slot = (key, row.platform, measurement_date(row.observed_at))
        if slot in seen:
            first = seen[slot]
            raise InputError(path, Said(f"duplicate measurement of {row.company} on {row.platform} for {slot[2]}: "
                                        f"{first.where} ({first.company}) and {row.where} ({row.company})",
                                        "anl.panel.duplicate", company=row.company, platform=row.platform,
                                        day=str(slot[2]), first=first.where, first_company=first.company,
                                        second=row.where, second_company=row.company))
        seen[slot] = row


def _rows_of_this_transaction(conn: sa.Connection) -> dict[tuple[str, str, date], CompanyRow]:
    """The company rows stored earlier in the same transaction (the other sheets of one `import table`)."""
    transaction = conn.get_transaction()
    held = conn.info.get("reichweite.company_rows")
    if held is None or held[0] is not transaction:
        held = (transaction, {})
        conn.info["reichweite.company_rows"] = held
    return held[1]


def _check_against_store(conn: sa.Connection, path: object, items: Sequence[CompanySnapshot],
                         rows: Sequence[CompanyRow]) -> int:
    """Re-importing the same figures is fine (skipped); different figures for a stored measurement are an error."""
    stored = stored_company_snapshots(conn, [(s.company_key, s.platform, s.observed_at, s.source) for s in items])
    same = 0
    for s, row in zip(items, rows, strict=True):
        old = stored.get((s.company_key, s.platform, s.observed_at, s.source))
        if old is None:
            continue
        if (old["followers"], old["employees"], old["followers_state"], old["employees_state"]) != (
                s.followers, s.employees, s.followers_state, s.employees_state):
            day = measurement_date(s.observed_at)
            raise InputError(path, Said(f"{row.where}: {row.company} on {s.platform} for {day} is already stored with "
                                        f"other figures (from {old['origin']}): followers {old['followers']} vs "
                                        f"{s.followers}, employees {old['employees']} vs {s.employees}",
                                        "anl.panel.stored_other", where=row.where, company=row.company,
                                        platform=s.platform, day=str(day), origin=str(old["origin"]),
                                        followers_then=_figure(old["followers"]), followers=_figure(s.followers),
                                        employees_then=_figure(old["employees"]), employees=_figure(s.employees)))
        same += 1
    return same


def _figure(value: object) -> str:
    """A stored or read figure in a message (None: not given)."""
    return Said("None", "anl.no_figure") if value is None else str(value)


def store_company_rows(conn: sa.Connection, path: object, rows: Sequence[CompanyRow], *, add_unknown: bool = False,
                       source: str = TABLE_SOURCE) -> dict:
    """Store company-page figures in the caller's transaction: names matched to companies (unknown ones are an
    error listing the closest known names, unless add_unknown), duplicates refused, a re-import adds nothing."""
    ensure_builtin_companies(conn)
    keys, new, unknown = resolve_companies(conn, rows, add_unknown=add_unknown)
    if unknown:
        raise InputError(path, unknown_message(path, unknown))
    check_duplicates(path, rows, keys, _rows_of_this_transaction(conn))
    items = [
        CompanySnapshot(platform=r.platform, company_key=key, observed_at=r.observed_at, source=source,
                        followers=r.followers, followers_shown=r.followers_shown, employees=r.employees,
                        employees_shown=r.employees_shown, origin=r.origin, followers_state=r.followers_state,
                        employees_state=r.employees_state)
        for r, key in zip(rows, keys, strict=True) if key is not None
    ]
    already = _check_against_store(conn, path, items, rows)
    added_companies = save_companies(conn, new, source=str(path))
    added = save_company_snapshots(conn, items)
    dates = sorted({measurement_date(r.observed_at) for r in rows})
    return {
        "file": str(path), "rows": len(rows), "added": added, "already_stored": already,
        "new_companies": added_companies, "companies": len(set(keys)),
        "platforms": sorted({r.platform for r in rows}), "dates": [d.isoformat() for d in dates],
    }


def import_company_rows(engine: sa.Engine, path: object, rows: Sequence[CompanyRow], *, add_unknown: bool = False,
                        source: str = TABLE_SOURCE) -> dict:
    """store_company_rows in one transaction of its own: nothing is written when anything is wrong."""
    with engine.begin() as conn:
        return store_company_rows(conn, path, rows, add_unknown=add_unknown, source=source)


def import_company_table(engine: sa.Engine, path: Path, *, add_unknown: bool = False,
                         tz: ZoneInfo = REPORT_TZ) -> dict:
    """Company figures in the long or the wide layout (any sheets of other shapes are skipped)."""
    return import_company_rows(engine, path, read_company_table(Path(path), tz=tz), add_unknown=add_unknown)


def company_import_line(summary: dict, lang: str = "en") -> str:
    """The one-line summary of a company-figures import."""
    from reichweite.report.import_summary import companies

    return companies(summary, lang)


def import_company_page(engine: sa.Engine, path: Path, *, company: str | None = None,
                        followers_on_last_day: int | None = None, all_days: bool = False,
                        add_unknown: bool = False) -> dict:
    """A LinkedIn page followers export of one's own page as the company's LinkedIn followers (source 'archive')."""
    rows = company_rows_from_page_export(Path(path), company=company, followers_on_last_day=followers_on_last_day,
                                         all_days=all_days)
    return import_company_rows(engine, path, rows, add_unknown=add_unknown, source=PAGE_EXPORT_SOURCE)


def save_company_table(conn: sa.Connection, loaded: Loaded) -> dict[str, int]:
    """The saver of the company layouts for `reichweite import table` (one sheet at a time, one transaction)."""
    summary = store_company_rows(conn, loaded.table.path, loaded.records["company_rows"])
    return {"company_snapshots_added": summary["added"], "already_stored": summary["already_stored"]}

