"""Opening the store: SQLite by default, PostgreSQL by URL; migrations run on open."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from reichweite.errors import ConfigError, NoStore

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


def display_url(url: str) -> str:
    """The URL without its password, for messages and reports."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision of every migration branch."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def open_store(db: str | None = None, *, upgrade: bool = True, create: bool = True) -> sa.Engine:
    """An engine on the store named by --db / $REICHWEITE_DB / ./reichweite.db, migrated to the newest schema.

    With create=False (commands that only read) a store that does not exist is an error and nothing is created:
    no SQLite file, no folder, no tables in an empty database."""
    url = resolve_url(db)
    try:
        engine = sa.create_engine(url, future=True)
    except ModuleNotFoundError as exc:
        from reichweite.extras import missing_extra

        raise missing_extra(exc, "A PostgreSQL store") or ConfigError(
            f"Cannot open database {display_url(url)}: {exc}") from None
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise ConfigError(f"Cannot open database {display_url(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        path = Path(engine.url.database or "")
        if not create and engine.url.database not in (None, "", ":memory:") and not path.is_file():
            raise NoStore(_no_store(url))
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if not create and not _has_schema(engine):
            raise NoStore(_no_store(url))
        if upgrade:
            migrate(engine)
    except sa.exc.OperationalError as exc:
        raise ConfigError(
            f"Cannot open database {display_url(url)}: {str(exc.orig).strip().splitlines()[0]}"
        ) from None
    return engine


def _has_schema(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        return sa.inspect(conn).has_table("alembic_version")


def _no_store(url: str) -> str:
    return (f"No store at {display_url(url)}: nothing imported or collected there yet "
            "(give --db or set REICHWEITE_DB to use another one)")
