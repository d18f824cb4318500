"""Reading and writing the user's automation labels. One label per (platform, sender); a new one replaces it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from reichweite.store.schema_automation import automation_labels
from reichweite.timeutil import utcnow


@dataclass(frozen=True, slots=True)
class StoredLabel:
    platform: str
    sender: str
    sender_name: str | None
    label: str
    labelled_at: datetime
    text: str | None
    features: dict[str, Any] | None


def save_label(
    conn: sa.Connection,
    *,
    platform: str,
    sender: str,
    label: str,
    sender_name: str | None = None,
    text: str | None = None,
    features: dict[str, float] | None = None,
    at: datetime | None = None,
) -> None:
    """Store (or replace) the label of one sender. Call inside `engine.begin()`."""
    conn.execute(sa.delete(automation_labels).where(
        automation_labels.c.platform == platform, automation_labels.c.sender == sender
    ))
    conn.execute(sa.insert(automation_labels).values(
        platform=platform, sender=sender, sender_name=sender_name, label=label,
        labelled_at=at or utcnow(), text=text, features=features,
    ))


def load_labels(conn: sa.Connection, platform: str) -> list[StoredLabel]:
    rows = conn.execute(
        sa.select(automation_labels).where(automation_labels.c.platform == platform)
        .order_by(automation_labels.c.labelled_at, automation_labels.c.id)
    ).mappings()
    return [
        StoredLabel(r["platform"], r["sender"], r["sender_name"], r["label"], r["labelled_at"], r["text"],
                    r["features"])
        for r in rows
    ]
