"""Writing and reading the LinkedIn tables. Re-importing an export adds nothing: every row has a fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa

from reichweite.model import MemberExport, PageDay
from reichweite.store.queries import _insert, insert_ignore
from reichweite.store.schema import account_snapshots, accounts
from reichweite.store.schema_linkedin import (
    PAGE_DAY_FIGURES,
    linkedin_connections,
    linkedin_creator_windows,
    linkedin_invitations,
    linkedin_messages,
    linkedin_page_days,
    linkedin_reactions,
    linkedin_votes,
)
from reichweite.timeutil import utcnow


def fingerprint(*parts: object) -> str:
    """A stable hash of what identifies a row (times as ISO text, names case-folded by the caller)."""
    text = "\x1f".join(
        "" if p is None else (p.isoformat() if isinstance(p, date | datetime) else str(p)) for p in parts
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _flat(record: object) -> dict:
    """A record's fields as a dict (shallow: dataclasses.asdict deep-copies, too slow for 100,000s of rows)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


def _hidden_numbers(export: MemberExport) -> list[int]:
    """Connections whose profile is hidden or closed come as date-only rows (`,,,,,07 Jun 2022`): number them per
    day, so that two of them are two rows and the same export imported again gives the same numbers."""
    seen: dict[object, int] = {}
    out = []
    for c in export.connections:
        if c.first_name or c.last_name or c.url:
            out.append(0)
        else:
            seen[c.connected_on] = seen.get(c.connected_on, 0) + 1
            out.append(seen[c.connected_on])
    return out


def _identities(export: MemberExport, part: str) -> list[tuple[object, ...]]:
    """What identifies each row of a part, apart from whose export it is."""
    if part == "messages":  # the content as exported: the same rows as imports that kept the HTML in `text`
        return [(m.conversation_id, m.sender, m.sent_at, m.content_raw if m.content_raw is not None else m.text)
                for m in export.messages]
    if part == "invitations":
        return [(i.sender, i.recipient, i.sent_at, i.direction) for i in export.invitations]
    if part == "connections":
        # not by URL: the 2022 layout has none, and a later export must not add the person again
        return [(c.first_name, c.last_name, c.connected_on, hidden)
                for c, hidden in zip(export.connections, _hidden_numbers(export), strict=True)]
    if part == "votes":
        return [(v.date, v.link, v.option) for v in export.votes]
    return [(r.date, r.type, r.link) for r in export.reactions]


def _values(export: MemberExport, part: str) -> list[dict]:
    if part == "messages":
        return [_flat(m) for m in export.messages]
    if part == "invitations":
        return [_flat(i) for i in export.invitations]
    if part == "connections":
        return [_flat(c) for c in export.connections]
    if part == "votes":
        return [{"voted_at": v.date, "link": v.link, "option": v.option} for v in export.votes]
    return [{"reacted_at": r.date, "type": r.type, "link": r.link} for r in export.reactions]


TABLES = {
    "messages": linkedin_messages, "invitations": linkedin_invitations, "connections": linkedin_connections,
    "votes": linkedin_votes, "reactions": linkedin_reactions,
}


def _stored(conn: sa.Connection, table: sa.Table, fingerprints: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(fingerprints), 500):
        chunk = fingerprints[start : start + 500]
        found.update(conn.execute(sa.select(table.c.fingerprint).where(table.c.fingerprint.in_(chunk))).scalars())
    return found


def _adopt_ownerless(conn: sa.Connection, table: sa.Table, rows: list[dict], identities: list[tuple]) -> int:
    """Rows an import without an owner stored (one file given alone) become this owner's rows instead of being
    stored again; returns how many. A row already stored under the owner drops its ownerless twin."""
    ownerless = {fingerprint("", *identity): row for row, identity in zip(rows, identities, strict=True)}
    found = _stored(conn, table, list(ownerless))
    if not found:
        return 0
    already = _stored(conn, table, [ownerless[fp]["fingerprint"] for fp in found])
    for fp in found:
        row = ownerless[fp]
        if row["fingerprint"] in already:
            conn.execute(table.delete().where(table.c.fingerprint == fp))
            continue
        values = {"fingerprint": row["fingerprint"], "owner": row["owner"]}
        if "direction" in row and table is linkedin_messages:
            values["direction"] = row["direction"]
        conn.execute(table.update().where(table.c.fingerprint == fp).values(**values))
    return len(found)


def _owned_elsewhere(conn: sa.Connection, table: sa.Table, identities: list[tuple]) -> set[int]:
    """For an import without an owner: the rows already stored under some owner (from the whole export)."""
    owners = conn.execute(sa.select(table.c.owner).where(table.c.owner.is_not(None)).distinct()).scalars().all()
    known: set[int] = set()
    for owner in owners:
        by_fp = {fingerprint(owner.casefold(), *identity): i for i, identity in enumerate(identities)}
        known.update(by_fp[fp] for fp in _stored(conn, table, list(by_fp)))
    return known


def save_member_part(conn: sa.Connection, export: MemberExport, part: str) -> int:
    """Store one part of an export (messages, invitations, connections, votes or reactions); returns new rows.

    A row is stored once whatever the order of imports: a file imported alone, whose owner could not be told, and
    the whole export later (or the other way round) give one row, under the owner."""
    owner = export.owner
    key = (owner or "").casefold()
    now = utcnow()
    table = TABLES[part]
    identities = _identities(export, part)
    rows = [
        {"fingerprint": fingerprint(key, *identity), "owner": owner, "origin": export.files.get(part),
         "imported_at": now, **values}
        for identity, values in zip(identities, _values(export, part), strict=True)
    ]
    if owner:
        _adopt_ownerless(conn, table, rows, identities)
    else:
        skip = _owned_elsewhere(conn, table, identities)
        rows = [row for i, row in enumerate(rows) if i not in skip]
    added = insert_ignore(conn, table, rows, ("fingerprint",))
    if part == "connections":
        with_url = [{"fp": r["fingerprint"], "u": r["url"]} for r in rows if r["url"]]
        if with_url:  # a 2024 export gives the profile URL a 2022 one lacked
            conn.execute(
                linkedin_connections.update()
                .where(linkedin_connections.c.fingerprint == sa.bindparam("fp"),
                       linkedin_connections.c.url.is_(None))
                .values(url=sa.bindparam("u")),
                with_url,
            )
    return added


def save_member_export(conn: sa.Connection, export: MemberExport) -> dict[str, int]:
    """Store messages, invitations, connections, votes and reactions of an export; returns new rows per part."""
    return {part: save_member_part(conn, export, part) for part in TABLES}


def save_page_days(conn: sa.Connection, page: str, days: list[PageDay], *, origin: str) -> int:
    """Store a page's figures per day; a later export fills and updates what it knows. Returns days written."""
    if not days:
        return 0
    now = utcnow()
    values = [
        {"page": page, "day": d.day, "origin": origin, "imported_at": now,
         **{f: getattr(d, f) for f in PAGE_DAY_FIGURES}}
        for d in days
    ]
    stmt = _insert(conn, linkedin_page_days)
    stmt = stmt.on_conflict_do_update(
        index_elements=["page", "day"],
        set_={
            **{f: sa.func.coalesce(stmt.excluded[f], linkedin_page_days.c[f]) for f in PAGE_DAY_FIGURES},
            "origin": stmt.excluded.origin, "imported_at": stmt.excluded.imported_at,
        },
    )
    conn.execute(stmt, values)
    return len(values)


def save_creator_window(conn: sa.Connection, member: str, window: tuple[date, date], impressions: int | None,
                        members_reached: int | None, *, origin: str) -> None:
    """A member's impressions and members reached over an export's window; a later export of the same window
    replaces the figures (LinkedIn revises recent ones)."""
    stmt = _insert(conn, linkedin_creator_windows)
    stmt = stmt.on_conflict_do_update(
        index_elements=["member", "first_day", "last_day"],
        set_={c: stmt.excluded[c] for c in ("impressions", "members_reached", "origin", "imported_at")},
    )
    conn.execute(stmt, [{"member": member, "first_day": window[0], "last_day": window[1],
                         "impressions": impressions, "members_reached": members_reached, "origin": origin,
                         "imported_at": utcnow()}])


def page_days_frame(conn: sa.Connection, page: str) -> pd.DataFrame:
    """A page's stored days (new followers, impressions, …), oldest first."""
    cols = ["day", *PAGE_DAY_FIGURES, "origin"]
    query = (
        sa.select(*[linkedin_page_days.c[c] for c in cols])
        .where(sa.func.lower(linkedin_page_days.c.page) == page.lower())
        .order_by(linkedin_page_days.c.day)
    )
    frame = pd.DataFrame(conn.execute(query).mappings().all(), columns=cols)
    for figure in PAGE_DAY_FIGURES:
        if figure != "engagement_rate":
            frame[figure] = frame[figure].astype("Int64")
    return frame


def page_days(conn: sa.Connection, page: str) -> list[PageDay]:
    """A page's stored days with their new followers and running totals, oldest first."""
    frame = page_days_frame(conn, page)
    return [
        PageDay(day=row.day, new_followers=None if pd.isna(row.new_followers) else int(row.new_followers),
                followers=None if pd.isna(row.followers) else int(row.followers))
        for row in frame.itertuples()
    ]


def page_follower_rows(conn: sa.Connection, page: str) -> list[tuple[date, int]]:
    """(day, followers) of a company page from its stored follower snapshots (the latest of a day)."""
    query = (
        sa.select(account_snapshots.c.observed_at, account_snapshots.c.followers)
        .join(accounts, accounts.c.id == account_snapshots.c.account_id)
        .where(
            accounts.c.platform == "linkedin", sa.func.lower(accounts.c.handle) == page.lower(),
            account_snapshots.c.followers.is_not(None),
        )
        .order_by(account_snapshots.c.observed_at)
    )
    by_day: dict[date, int] = {}
    for observed_at, followers in conn.execute(query):
        by_day[observed_at.date()] = int(followers)  # the latest of a day wins
    return sorted(by_day.items())

