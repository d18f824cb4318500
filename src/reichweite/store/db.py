"""Opening the store: SQLite by default, PostgreSQL by URL; migrations run on open."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from reichweite import __version__
from reichweite.errors import ConfigError, NoStore, Said, StoreError, UsageError, os_reason
from reichweite.redact import redact, register_secret

DEFAULT_DB = "reichweite.db"
ENV_DB = "REICHWEITE_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: str | None) -> str:
    """--db value, else $REICHWEITE_DB, else ./reichweite.db → a SQLAlchemy URL."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def store_name(url: str) -> str:
    """How messages name a store: the file of an SQLite store, else the URL without its password."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        return redact(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return redact(parsed.database.removeprefix("file:"))
    return display_url(parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=False))


def display_url(url: str) -> str:
    """The URL without its password (nor a ?password= parameter), for messages and reports."""
    try:
        return redact(sa.engine.make_url(url).render_as_string(hide_password=True))
    except sa.exc.ArgumentError:
        return redact(url)


def _register_password(url: str) -> None:
    """The database password (in the URL or its ?password=) is a secret: hidden in every message from here on."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        return
    register_secret(parsed.password if isinstance(parsed.password, str) else None)
    value = parsed.query.get("password")
    for item in (value if isinstance(value, tuple) else (value,)):
        register_secret(item)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    _wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """Switch the store to write-ahead logging. Switching needs a moment alone with the file, and SQLite does not
    wait for it (busy_timeout does not cover it): a second process opening a fresh store while the first switches
    it or creates its tables tries again for up to 30 s. A store already in WAL mode is only read."""
    deadline = time.monotonic() + 30
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _read_only_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _read_only_sqlite(path: Path) -> sa.Engine | None:
    """An SQLite store in a folder nobody may write (read-only media, a shared archive): SQLite cannot make the
    files it reads a WAL-mode store with, so it is opened as unchanging — safe only when no write-ahead log holds
    data not yet in the file. Reads work; a write is refused as read-only."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    engine = sa.create_engine(f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true", future=True)
    sa.event.listen(engine, "handle_error", _store_errors)
    sa.event.listen(engine, "connect", _read_only_pragmas)
    return engine


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def write_lock(conn: sa.Connection) -> None:
    """Take the store's write lock at the start of a transaction, so that what the transaction reads next is what
    it writes on: two processes importing or migrating at once go one after the other instead of both counting the
    same rows as new (or both creating the same tables). Held until the transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7265696368)")  # 'reich': one lock per database
    elif conn.dialect.name == "sqlite":
        # BEGIN IMMEDIATE takes SQLite's write lock (waiting up to busy_timeout) before the transaction reads
        raw = conn.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision of every migration branch, under the store's write lock (two
    processes opening a fresh store at once both succeed). A store already at the newest revision is only read."""
    config = _config()
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    unknown = current - {r.revision for r in ScriptDirectory.from_config(config).walk_revisions()}
    if unknown:
        db, revisions = store_name(str(engine.url)), ", ".join(sorted(unknown))
        raise StoreError(Said(
            f"--db {db}: the store has schema revision {revisions}, which reichweite {__version__} does not know: it "
            "was written by a newer version. Update reichweite to use this store (nothing was changed).",
            "opt.store_newer", db=db, revisions=revisions, version=__version__))
    if current == heads:
        return
    with engine.begin() as connection:
        write_lock(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def _store_errors(context: sa.engine.ExceptionContext) -> None:
    """Database errors a user can act on, as one line naming the store (the transaction is rolled back)."""
    original = context.original_exception
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    state = getattr(getattr(original, "diag", None), "sqlstate", None) or getattr(original, "sqlstate", None)
    where = (f"--db {store_name(str(context.engine.url))}" if context.engine is not None
             else Said("the store", "opt.the_store"))
    lowered = text.lower()
    if "readonly database" in lowered or "read-only" in lowered or state == "25006":
        raise StoreError(Said(f"{where}: the store is read-only ({text}); nothing was written. Use a store you can "
                              "write to (--db), or copy it first.", "opt.store_read_only", where=where,
                              text=text)) from None
    if "disk is full" in lowered or "disk full" in lowered or state == "53100":
        raise StoreError(Said(f"{where}: the disk is full ({text}); nothing of this step was written.",
                              "opt.store_full", where=where, text=text)) from None
    if "file is not a database" in lowered or "file is encrypted" in lowered:
        raise StoreError(Said(f"{where}: not a reichweite store ({text}); expected an SQLite file written by "
                              "reichweite (or a new file name), or a postgresql:// URL.", "opt.store_not_ours",
                              where=where, text=text)) from None
    if "database is locked" in lowered:
        raise StoreError(Said(f"{where}: another process kept the store locked for 30 s ({text}); nothing of this "
                              "step was written. Run the command again when it has finished.", "opt.store_locked",
                              where=where, text=text)) from None


def open_store(db: str | None = None, *, upgrade: bool = True, create: bool = True) -> sa.Engine:
    """An engine on the store named by --db / $REICHWEITE_DB / ./reichweite.db, migrated to the newest schema.
    With create=False (commands that only read) a store that does not exist is an error and nothing is created:
    no SQLite file, no folder, no tables in an empty database.
    A store that cannot be opened (not a database, a newer schema, no permission) is one clear error."""
    url = resolve_url(db)
    _register_password(url)
    try:
        engine = sa.create_engine(url, future=True)
    except ModuleNotFoundError as exc:
        from reichweite.extras import missing_extra

        raise missing_extra(exc, "A PostgreSQL store") or ConfigError(_cannot_open(url, exc)) from None
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise ConfigError(_cannot_open(url, exc)) from None
    sa.event.listen(engine, "handle_error", _store_errors)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        path = Path(engine.url.database or ".")
        if path.is_dir():
            raise UsageError(Said(f"--db {path}: is a folder; expected an SQLite file (or a postgresql:// URL)",
                                  "opt.db_folder", path=str(path)))
        if not create and engine.url.database not in (None, "", ":memory:") and not path.is_file():
            raise NoStore(_no_store(url))
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                reason = os_reason(exc)
                raise ConfigError(Said(f"--db {path}: cannot create its folder ({reason})", "opt.db_mkdir",
                                       path=str(path), reason=reason)) from None
    if not create and engine.dialect.name != "sqlite":  # an SQLite file that exists is a store (read-only ones too)
        try:
            exists = _has_schema(engine)
        except (sa.exc.OperationalError, sa.exc.DatabaseError) as exc:
            raise StoreError(_unopened(url, exc)) from None
        if not exists:
            raise NoStore(_no_store(url))
    if upgrade:
        try:
            try:
                migrate(engine)
            except sa.exc.OperationalError as exc:
                fallback = None
                if engine.dialect.name == "sqlite" and path.is_file() and "unable to open" in str(exc.orig):
                    fallback = _read_only_sqlite(path)
                if fallback is None:
                    raise
                engine.dispose()
                engine = fallback
                migrate(engine)
        except (sa.exc.OperationalError, sa.exc.DatabaseError) as exc:
            raise StoreError(_unopened(url, exc)) from None
    return engine


def _has_schema(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        return sa.inspect(conn).has_table("alembic_version")


def _cannot_open(url: str, exc: Exception) -> Said:
    return Said(f"Cannot open database {display_url(url)}: {exc}", "opt.store_url", url=display_url(url),
                detail=str(exc))


def _unopened(url: str, exc: sa.exc.DBAPIError) -> Said:
    reason = str(exc.orig).strip().splitlines()[0]
    return Said(f"--db {store_name(url)}: cannot open the store ({reason})", "opt.store_unopened", db=store_name(url),
                reason=reason)


def _no_store(url: str) -> Said:
    return Said(f"No store at {display_url(url)}: nothing imported or collected there yet "
                "(give --db or set REICHWEITE_DB to use another one)", "error.no_store", db=display_url(url))
