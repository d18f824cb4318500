"""The user's labels for inbound senders ("spam" or "ok"), which the automation model learns from."""

from __future__ import annotations

import sqlalchemy as sa

from reichweite.store.schema import UTCDateTime, metadata

automation_labels = sa.Table(
    "automation_labels",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("sender", sa.String(512), nullable=False),  # profile URL or name, case-folded
    sa.Column("sender_name", sa.Text),
    sa.Column("label", sa.String(8), nullable=False),  # spam | ok
    sa.Column("labelled_at", UTCDateTime, nullable=False),
    sa.Column("text", sa.Text),  # the sender's texts when labelled from an export, for later training
    sa.Column("features", sa.JSON),  # the rule signals at that time
    sa.UniqueConstraint("platform", "sender", name="uq_automation_labels_platform_sender"),
)
