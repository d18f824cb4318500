"""Jobs the web app (and anyone else) ran in the background: what, how far, how it ended. Kept in the store so a
restart still shows finished jobs and can mark the ones a stop interrupted."""

from __future__ import annotations

import sqlalchemy as sa

from reichweite.store.schema import UTCDateTime, metadata

jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),  # import, collect, languages
    sa.Column("label", sa.Text, nullable=False),  # what the user recognises: a file name, an account
    sa.Column("params", sa.JSON),  # the job's arguments (never a secret)
    sa.Column("status", sa.String(16), nullable=False),  # queued, running, done, failed
    sa.Column("progress_done", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("progress_total", sa.BigInteger),
    sa.Column("progress_note", sa.Text),
    sa.Column("summary", sa.JSON),  # the job's result, JSON-ready
    sa.Column("message", sa.Text),  # the summary line, or the error a user can act on
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("started_at", UTCDateTime),
    sa.Column("finished_at", UTCDateTime),
    sa.Index("ix_jobs_created_at", "created_at"),
)

# what the web app was asked to compare lately (accounts, dates or ages, options): computed
# again in the background when the server starts and after each change of the store
web_recent = sa.Table(
    "web_recent",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),  # sha256 of the params' JSON
    sa.Column("params", sa.JSON, nullable=False),
    sa.Column("asked_at", UTCDateTime, nullable=False),
)
