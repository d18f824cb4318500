"""Reading and writing companies, company snapshots, panels and memberships (SQLAlchemy Core, any backend)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa

from reichweite import __version__
from reichweite.model import Company, CompanySnapshot, Membership
from reichweite.store.queries import CHUNK, insert_ignore
from reichweite.store.schema_panels import companies, company_snapshots, memberships, panels
from reichweite.timeutil import utcnow

SNAPSHOT_COLUMNS = (
    "company_key", "platform", "observed_at", "source", "followers", "followers_shown", "employees",
    "employees_shown", "origin", "followers_state", "employees_state",
)


def load_companies(conn: sa.Connection) -> list[Company]:
    rows = conn.execute(sa.select(companies).order_by(companies.c.key)).mappings()
    return [Company(key=r["key"], name=r["name"], isin=r["isin"], aliases=list(r["aliases"] or [])) for r in rows]


def save_companies(conn: sa.Connection, items: Iterable[Company], *, source: str) -> int:
    """Store companies by key; a company already stored keeps its name and gains the new aliases.

    Returns how many were new.
    """
    given: dict[str, Company] = {}
    for c in items:
        if c.key in given:
            given[c.key].aliases = _union(given[c.key].aliases, c.aliases)
        else:
            given[c.key] = Company(c.key, c.name, c.isin, list(c.aliases))
    if not given:
        return 0
    stored = {
        r.key: r for r in conn.execute(sa.select(companies).where(companies.c.key.in_(list(given)))).all()
    }
    added = 0
    for key, c in given.items():
        if key in stored:
            old = stored[key]
            merged = _union(list(old.aliases or []), [a for a in [c.name, *c.aliases] if a != old.name])
            if merged != list(old.aliases or []) or (old.isin is None and c.isin):
                conn.execute(companies.update().where(companies.c.key == key)
                             .values(aliases=merged, isin=old.isin or c.isin))
        else:
            conn.execute(companies.insert().values(key=key, name=c.name, isin=c.isin, aliases=list(c.aliases),
                                                   first_source=source))
            added += 1
    return added


def _union(a: list[str], b: list[str]) -> list[str]:
    out = list(a)
    for item in b:
        if item not in out:
            out.append(item)
    return out


def panel_info(conn: sa.Connection, name: str) -> dict | None:
    row = conn.execute(sa.select(panels).where(panels.c.name == name)).mappings().first()
    return dict(row) if row else None


def list_panels(conn: sa.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(sa.select(panels).order_by(panels.c.name)).mappings()]


def save_panel(
    conn: sa.Connection, name: str, spells: Sequence[Membership], *, title: str | None, source: str,
    notes: str | None = None,
) -> None:
    """Define (or redefine) a panel: its membership spells replace any stored before, in the caller's transaction."""
    values = {"title": title or name, "source": source, "notes": notes, "loaded_at": utcnow()}
    if panel_info(conn, name) is None:
        conn.execute(panels.insert().values(name=name, **values))
    else:
        conn.execute(panels.update().where(panels.c.name == name).values(**values))
    conn.execute(memberships.delete().where(memberships.c.panel == name))
    rows = [{"panel": name, "company_key": s.company_key, "joined": s.joined, "left": s.left, "source": s.source}
            for s in spells]
    if rows:
        conn.execute(memberships.insert(), rows)


def memberships_frame(conn: sa.Connection, panel: str) -> pd.DataFrame:
    """The panel's spells with company names: company_key, name, isin, joined, left, source."""
    query = (
        sa.select(memberships.c.company_key, companies.c.name, companies.c.isin, memberships.c.joined,
                  memberships.c.left, memberships.c.source)
        .join(companies, companies.c.key == memberships.c.company_key)
        .where(memberships.c.panel == panel)
        .order_by(memberships.c.joined.is_not(None), memberships.c.joined, companies.c.name)
    )
    frame = pd.DataFrame(conn.execute(query).mappings().all(),
                         columns=["company_key", "name", "isin", "joined", "left", "source"])
    for col in ("joined", "left"):
        frame[col] = [_as_date(v) for v in frame[col]]
    return frame


def _as_date(value: object) -> date | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value  # type: ignore[return-value]


def save_company_snapshots(conn: sa.Connection, items: Iterable[CompanySnapshot]) -> int:
    """Append company-page figures; one (company, platform, observed_at, source) is stored once.

    Returns how many were new.
    """
    rows = []
    for s in items:
        row = asdict(s)
        row["tool_version"] = __version__
        rows.append(row)
    return insert_ignore(conn, company_snapshots, rows, ("company_key", "platform", "observed_at", "source"))


def stored_company_snapshots(
    conn: sa.Connection, keys: Iterable[tuple[str, str, datetime, str]]
) -> dict[tuple[str, str, datetime, str], dict]:
    """The stored rows for (company_key, platform, observed_at, source) keys, to compare with a new import."""
    wanted = set(keys)
    by_company: dict[str, set] = {}
    for key in wanted:
        by_company.setdefault(key[0], set()).add(key)
    out: dict[tuple[str, str, datetime, str], dict] = {}
    companies_list = sorted(by_company)
    for start in range(0, len(companies_list), CHUNK):
        chunk = companies_list[start : start + CHUNK]
        query = sa.select(*[company_snapshots.c[c] for c in SNAPSHOT_COLUMNS]).where(
            company_snapshots.c.company_key.in_(chunk)
        )
        for row in conn.execute(query).mappings():
            key = (row["company_key"], row["platform"], row["observed_at"], row["source"])
            if key in wanted:
                out[key] = dict(row)
    return out


def company_snapshots_frame(
    conn: sa.Connection, *, platforms: Sequence[str] | None = None, company_keys: Sequence[str] | None = None
) -> pd.DataFrame:
    """Stored company-page figures with company names, oldest first."""
    query = (
        sa.select(*[company_snapshots.c[c] for c in SNAPSHOT_COLUMNS], companies.c.name, companies.c.isin)
        .join(companies, companies.c.key == company_snapshots.c.company_key)
        .order_by(company_snapshots.c.observed_at, companies.c.name, company_snapshots.c.platform)
    )
    if platforms:
        query = query.where(company_snapshots.c.platform.in_(list(platforms)))
    if company_keys is not None:
        query = query.where(company_snapshots.c.company_key.in_(list(company_keys)))
    frame = pd.DataFrame(conn.execute(query).mappings().all(), columns=[*SNAPSHOT_COLUMNS, "name", "isin"])
    for fig in ("followers", "employees"):
        frame[fig] = frame[fig].astype("Int64")
    return frame
