"""Alembic environment: runs on the connection handed over by reichweite.store.db.migrate."""

from alembic import context

from reichweite.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand
    raise SystemExit("Run migrations through `reichweite db upgrade` (it passes the connection).")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
