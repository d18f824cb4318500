"""Opening the store: SQLite by default, PostgreSQL by URL; migrations run on open."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from reichweite.errors import ConfigError
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


def open_store(db: str | None = None, *, upgrade: bool = True) -> sa.Engine:
    """An engine on the store named by --db / $REICHWEITE_DB / ./reichweite.db, migrated to the newest schema."""
    url = resolve_url(db)
    _register_password(url)
    try:
        engine = sa.create_engine(url, future=True)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise ConfigError(f"Cannot open database {display_url(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        Path(engine.url.database or ".").parent.mkdir(parents=True, exist_ok=True)
    if upgrade:
        try:
            migrate(engine)
        except sa.exc.OperationalError as exc:
            raise ConfigError(
                f"Cannot open database {display_url(url)}: {str(exc.orig).strip().splitlines()[0]}"
            ) from None
    return engine
