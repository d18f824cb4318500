"""Writing records and asking questions 'as of' a date or 'at an age'. Pure SQLAlchemy Core, any backend."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime, timedelta

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from reichweite import __version__
from reichweite.model import LONE_SURROGATE, Account, AccountSnapshot, Post, Snapshot
from reichweite.redact import origin, redact
from reichweite.store.frames import raw_time, tuples_frame, utc_column
from reichweite.store.schema import UTCDateTime, account_snapshots, accounts, collection_runs, posts, snapshots
from reichweite.store.typed_in import adopt_typed_posts
from reichweite.timeutil import utcnow

FIGURES: tuple[str, ...] = (
    "likes", "replies", "reposts", "quotes", "views", "bookmarks", "poll_votes", "poll_voters",
)
ACCOUNT_FIGURES: tuple[str, ...] = ("followers", "following", "posts")
CHUNK = 500


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _row(record: object) -> dict:
    """A record's fields as a dict, shallow: dataclasses.asdict deep-copies every value, which made it the slowest
    step of writing a million snapshots."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))  # type: ignore[arg-type]
    return {name: getattr(record, name) for name in names}


def _insert(conn: sa.Connection, table: sa.Table):  # type: ignore[no-untyped-def]
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"database {dialect} is not supported; use SQLite or PostgreSQL")


def _valid_text(row: dict) -> dict:
    """Text as every backend stores it: a lone surrogate or a NUL character (PostgreSQL refuses NUL in text; SQLite
    would keep it) becomes U+FFFD, on both backends alike."""
    bad = [k for k, v in row.items() if isinstance(v, str) and (
        "\x00" in v or (not v.isascii() and LONE_SURROGATE.search(v)))]
    return {**row, **{k: LONE_SURROGATE.sub("\ufffd", row[k]).replace("\x00", "\ufffd") for k in bad}} if bad else row


def insert_ignore(conn: sa.Connection, table: sa.Table, rows: Sequence[dict], conflict: Sequence[str]) -> int:
    """Insert rows, skipping those that collide on the unique columns. Returns how many were new. Text holding a
    lone surrogate (JSON's `"\\ud800"`: not text, and no database encodes it) is stored with U+FFFD instead."""
    if not rows:
        return 0
    rows = [_valid_text(r) for r in rows]
    stmt = _insert(conn, table).on_conflict_do_nothing(index_elements=list(conflict))
    added = 0
    if conn.dialect.name == "sqlite":
        # without RETURNING, sqlite3's executemany runs (several times faster); its rowcount sums the rows
        # inserted over the batch, a skipped conflict counts 0
        for start in range(0, len(rows), 5000):
            added += conn.execute(stmt, list(rows[start : start + 5000])).rowcount
        return added
    return _pg_insert_ignore(conn, table, rows, stmt)


def _pg_insert_ignore(conn: sa.Connection, table: sa.Table, rows: Sequence[dict], stmt: sa.Insert) -> int:
    """PostgreSQL: one single-row INSERT … ON CONFLICT DO NOTHING run by psycopg's executemany (parsed once,
    pipelined). SQLAlchemy's multi-row VALUES batches made psycopg re-parse statements of 10,000s of placeholders,
    about 1,000 rows/s. psycopg sums the rows inserted over the batch in rowcount."""
    columns = [c for c in table.columns if any(c.name in r for r in rows)]
    one = stmt.values({c.name: sa.bindparam(c.name) for c in columns})
    sql = str(one.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True}))
    convert = {}
    for c in columns:
        if isinstance(c.type, sa.JSON):
            convert[c.name] = lambda v: None if v is None else LONE_SURROGATE.sub(
                "\ufffd", json.dumps(v, ensure_ascii=False))
        elif isinstance(c.type, UTCDateTime):
            convert[c.name] = lambda v, _p=c.type.process_bind_param: _p(v, conn.dialect)
    added = 0
    for start in range(0, len(rows), 5000):
        params = [
            {c.name: (convert[c.name](r.get(c.name)) if c.name in convert else r.get(c.name)) for c in columns}
            for r in rows[start : start + 5000]
        ]
        added += conn.exec_driver_sql(sql, params).rowcount
    return added


def _lookup_ids(
    conn: sa.Connection, table: sa.Table, key_cols: tuple[str, str], keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    by_first: dict[str, list[str]] = {}
    for a, b in set(keys):
        by_first.setdefault(a, []).append(b)
    out: dict[tuple[str, str], int] = {}
    col_a, col_b = table.c[key_cols[0]], table.c[key_cols[1]]
    for a, bs in by_first.items():
        for start in range(0, len(bs), CHUNK):
            chunk = bs[start : start + CHUNK]
            rows = conn.execute(sa.select(table.c.id, col_b).where(col_a == a, col_b.in_(chunk)))
            out.update({(a, b): i for i, b in rows})
    return out


class SavedPosts(dict[tuple[str, str], int]):
    """The database id of every post given, by (platform, native_id); `new` holds the keys stored for the first time."""

    def __init__(self, ids: dict[tuple[str, str], int], new: set[tuple[str, str]]) -> None:
        super().__init__(ids)
        self.new = new


def save_posts(conn: sa.Connection, items: Iterable[Post], *, source: str) -> SavedPosts:
    """Store posts once per (platform, native_id); a later record fills fields that were unknown.

    Returns the database id of every post given and which of them are new (so no caller counts rows before and after).
    """
    now = utcnow()
    rows: dict[tuple[str, str], dict] = {}
    for p in items:
        row = {k: (None if v in ("", []) else v) for k, v in _row(p).items()}
        row["kind"] = p.kind or "post"
        row["first_source"] = source
        row["first_seen_at"] = now
        rows[(p.platform, p.native_id)] = _valid_text(row)
    known = _lookup_ids(conn, posts, ("platform", "native_id"), rows.keys())
    if rows:
        stmt = _insert(conn, posts)
        fill = ("author_id", "created_at", "text", "langs", "hashtags", "url", "reply_to", "raw", "visibility",
                "content_warning")
        stmt = stmt.on_conflict_do_update(
            index_elements=["platform", "native_id"],
            set_={c: sa.func.coalesce(posts.c[c], stmt.excluded[c]) for c in fill},
        )
        values = list(rows.values())
        for start in range(0, len(values), 2000):
            conn.execute(stmt, values[start : start + 2000])
        adopt_typed_posts(conn, values)
    new = set(rows) - set(known)
    return SavedPosts({**known, **_lookup_ids(conn, posts, ("platform", "native_id"), new)}, new)


def save_snapshots(
    conn: sa.Connection, items: Iterable[Snapshot], *, post_ids: dict[tuple[str, str], int] | None = None
) -> int:
    """Append measurements; one (post, observed_at, source) is stored once. Returns how many were new. An origin
    URL is stored with scheme, host and path only."""
    items = list(items)
    ids = dict(post_ids or {})
    missing = {(s.platform, s.native_id) for s in items} - ids.keys()
    if missing:
        ids.update(_lookup_ids(conn, posts, ("platform", "native_id"), missing))
    rows = []
    for s in items:
        key = (s.platform, s.native_id)
        if key not in ids:
            raise KeyError(f"snapshot for unknown post {key}: store the post first")
        row = _row(s)
        del row["platform"], row["native_id"]
        row["post_id"] = ids[key]
        row["origin"] = origin(row["origin"])
        row["tool_version"] = __version__
        rows.append(row)
    return insert_ignore(conn, snapshots, rows, ("post_id", "observed_at", "source"))


def save_accounts(conn: sa.Connection, items: Iterable[Account]) -> dict[tuple[str, str], int]:
    now = utcnow()
    rows = {(a.platform, a.handle): _valid_text({**_row(a), "first_seen_at": now}) for a in items}
    if rows:
        stmt = _insert(conn, accounts)
        stmt = stmt.on_conflict_do_update(
            index_elements=["platform", "handle"],
            set_={c: sa.func.coalesce(stmt.excluded[c], accounts.c[c]) for c in ("native_id", "display_name", "raw")},
        )
        conn.execute(stmt, list(rows.values()))
    return _lookup_ids(conn, accounts, ("platform", "handle"), rows.keys())


def save_account_snapshots(conn: sa.Connection, items: Iterable[AccountSnapshot]) -> int:
    items = list(items)
    ids = save_accounts(conn, [Account(s.platform, s.handle) for s in items])
    rows = []
    for s in items:
        row = _row(s)
        row["account_id"] = ids[(s.platform, s.handle)]
        del row["platform"], row["handle"]
        row["origin"] = origin(row["origin"])
        row["tool_version"] = __version__
        rows.append(row)
    return insert_ignore(conn, account_snapshots, rows, ("account_id", "observed_at", "source"))


def posts_frame(
    conn: sa.Connection, platform: str, author: str | None = None, *, kinds: Sequence[str] | None = None
) -> pd.DataFrame:
    """An account's posts (or all of a platform's) as a frame, oldest first; every visibility (reichweite.visibility
    says which to show)."""
    cols = [posts.c[c] for c in (
        "id", "platform", "native_id", "author", "author_id", "created_at", "text", "langs", "hashtags",
        "kind", "url", "reply_to", "visibility", "content_warning",
    )]
    names = [c.name for c in cols]
    query = sa.select(*[raw_time(conn, c).label(c.name) if c.name == "created_at" else c for c in cols])
    query = query.where(posts.c.platform == platform)
    if author is not None:
        query = query.where(sa.func.lower(posts.c.author) == author.lower())
    if kinds:
        query = query.where(posts.c.kind.in_(list(kinds)))
    frame = tuples_frame(conn, query.order_by(posts.c.created_at, posts.c.id), names)
    if frame.empty:
        return pd.DataFrame(columns=names)
    frame["created_at"] = utc_column(frame["created_at"])
    return frame


def _snapshot_frame(conn: sa.Connection, query: sa.Select) -> pd.DataFrame:
    cols = ["post_id", "observed_at", "source", *FIGURES, "poll_options", "origin"]
    # plain tuples: building a frame from Row objects costs a failed attribute lookup per row
    frame = pd.DataFrame(list(map(tuple, conn.execute(query).fetchall())), columns=cols)
    for fig in FIGURES:
        frame[fig] = frame[fig].astype("Int64")
    return frame


def _combine_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """Per post: each figure from the most recent row that knows it; observed_at of the latest row used."""
    if frame.empty:
        return frame.set_index("post_id")
    frame = frame.sort_values(["post_id", "observed_at"])
    grouped = frame.groupby("post_id", sort=True)
    out = grouped[list(FIGURES) + ["poll_options"]].last()
    out["observed_at"] = grouped["observed_at"].max()
    # the sources used, "a+b" in sorted order; most posts have one, so only the others are joined in Python
    pairs = frame[["post_id", "source"]].drop_duplicates().sort_values(["post_id", "source"])
    several = pairs["post_id"].duplicated(keep=False)
    single = pairs[~several].set_index("post_id")["source"]
    joined = pairs[several].groupby("post_id")["source"].agg("+".join)
    out["source"] = pd.concat([single, joined]).reindex(out.index)
    out["origin"] = grouped["origin"].last()
    return out


def _distinct_on(query: sa.Select, *columns: sa.ColumnElement) -> sa.Select:
    """DISTINCT ON (columns): SQLAlchemy 2.1 spells it postgresql.distinct_on, 2.0 select().distinct(columns)."""
    if hasattr(postgresql, "distinct_on"):
        return query.ext(postgresql.distinct_on(*columns))
    return query.distinct(*columns)


def snapshots_as_of(conn: sa.Connection, post_ids: Sequence[int], at: datetime) -> pd.DataFrame:
    """Per post, the figures as of `at`: the latest snapshot with observed_at ≤ at (per source, then merged).

    A post measured by several sources (say likes from an archive and replies typed in by hand) gets each
    figure from the most recent source that knows it. Posts with no snapshot ≤ at are absent.
    """
    cols = [snapshots.c[c] for c in ("post_id", "observed_at", "source", *FIGURES, "poll_options", "origin")]
    parts = []
    for start in range(0, len(post_ids), CHUNK):
        chunk = list(post_ids[start : start + CHUNK])
        if conn.dialect.name == "postgresql":
            # PostgreSQL's DISTINCT ON: the first row per (post, source) in observed_at DESC order
            query = (
                _distinct_on(sa.select(*cols), snapshots.c.post_id, snapshots.c.source)
                .where(snapshots.c.post_id.in_(chunk), snapshots.c.observed_at <= at)
                .order_by(snapshots.c.post_id, snapshots.c.source, snapshots.c.observed_at.desc())
            )
            parts.append(_snapshot_frame(conn, query))
            continue
        # the latest observation per post and source (an index lookup), joined back to its row; the pair
        # (post, observed_at, source) is unique, so each group yields one row
        latest = (
            sa.select(snapshots.c.post_id, snapshots.c.source, sa.func.max(snapshots.c.observed_at).label("latest"))
            .where(snapshots.c.post_id.in_(chunk), snapshots.c.observed_at <= at)
            .group_by(snapshots.c.post_id, snapshots.c.source)
            .subquery()
        )
        query = sa.select(*cols).join(latest, sa.and_(
            snapshots.c.post_id == latest.c.post_id, snapshots.c.source == latest.c.source,
            snapshots.c.observed_at == latest.c.latest,
        ))
        parts.append(_snapshot_frame(conn, query))
    frame = pd.concat(parts) if parts else _snapshot_frame(conn, sa.select(snapshots).where(sa.false()))
    return _combine_sources(frame)


def snapshots_at_age(
    conn: sa.Connection, post_created: pd.Series, age: timedelta, tolerance: timedelta
) -> pd.DataFrame:
    """Per post, the figures at a post age: the snapshot nearest after created_at + age, within tolerance.

    post_created maps post id → created_at. Posts without such a snapshot are absent from the result.
    """
    parts = []
    ids = list(post_created.index)
    cols = [snapshots.c[c] for c in ("post_id", "observed_at", "source", *FIGURES, "poll_options", "origin")]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        parts.append(_snapshot_frame(conn, sa.select(*cols).where(snapshots.c.post_id.in_(chunk))))
    if not parts:
        return _combine_sources(_snapshot_frame(conn, sa.select(*cols).where(sa.false())))
    frame = pd.concat(parts)
    target = frame["post_id"].map(post_created) + age
    frame = frame[(frame["observed_at"] >= target) & (frame["observed_at"] <= target + tolerance)]
    # the nearest one per post and source, then merged like as-of
    frame = frame.sort_values(["post_id", "source", "observed_at"]).groupby(["post_id", "source"]).head(1)
    return _combine_sources(frame)


def account_snapshots_as_of(conn: sa.Connection, platform: str, handle: str | None, at: datetime) -> pd.DataFrame:
    """Per account, the latest follower/following/post counts with observed_at ≤ at."""
    query = (
        sa.select(
            accounts.c.platform, accounts.c.handle, account_snapshots.c.observed_at, account_snapshots.c.source,
            *[account_snapshots.c[f] for f in ACCOUNT_FIGURES], account_snapshots.c.followers_shown,
        )
        .join(accounts, accounts.c.id == account_snapshots.c.account_id)
        .where(accounts.c.platform == platform, account_snapshots.c.observed_at <= at)
        .order_by(accounts.c.handle, account_snapshots.c.observed_at)
    )
    if handle is not None:
        query = query.where(sa.func.lower(accounts.c.handle) == handle.lower())
    frame = pd.DataFrame(conn.execute(query).mappings().all())
    if frame.empty:
        return frame
    for fig in ACCOUNT_FIGURES:
        frame[fig] = frame[fig].astype("Int64")
    grouped = frame.groupby(["platform", "handle"], sort=True)
    out = grouped[list(ACCOUNT_FIGURES) + ["followers_shown"]].last()
    out["observed_at"] = grouped["observed_at"].max()
    return out.reset_index()


def start_run(conn: sa.Connection, platform: str, target: str) -> int:
    """Record that a collection started; finish_run records how it ended (a failed fetch is never a 0)."""
    result = conn.execute(
        collection_runs.insert().values(
            platform=platform, target=target, started_at=utcnow(), status="running", tool_version=__version__
        )
    )
    return int(result.inserted_primary_key[0])


def finish_run(
    conn: sa.Connection, run_id: int, status: str, *, message: str | None = None, items: int = 0,
    cursor: str | None = None,
) -> None:
    conn.execute(
        collection_runs.update()
        .where(collection_runs.c.id == run_id)
        .values(finished_at=utcnow(), status=status, message=redact(message) if message else message, items=items,
                cursor=cursor)
    )
