"""What the Python API returns: each result holds DataFrames, says itself as strict JSON (`to_json()`) and as rows
for CSV / JSON Lines (`rows()`). Results write no file; the functions that make them write reports only when given
`out`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite.report.machine import plain, records


@dataclass
class Store:
    """An open store (SQLite file or PostgreSQL database). `engine` is the SQLAlchemy engine for own queries."""

    engine: sa.Engine

    @property
    def url(self) -> str:
        """The store's URL without a password, for messages."""
        from reichweite.store.db import display_url

        return display_url(str(self.engine.url))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def tables(self) -> dict[str, int]:
        """Rows per table."""
        counts = {}
        with self.engine.connect() as conn:
            for name in sorted(sa.inspect(conn).get_table_names()):
                if name != "alembic_version":
                    counts[name] = conn.execute(sa.text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        return counts


@dataclass
class Imported:
    """What one import did: the kind of file, the summary line and the importer's figures."""

    kind: str
    path: str
    summary: str
    details: dict[str, Any]
    result: Any = field(default=None, repr=False)  # the importer's own result object
    paths: tuple[Path, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, Any]:
        return plain({"kind": self.kind, "file": self.path, "summary": self.summary, "details": self.details})

    def summary_in(self, lang: str) -> str:
        """The summary line in German (de) or English (en); `summary` is the English one."""
        from reichweite.jobs.imports import summary

        return summary(self.kind, self.result, self.paths, lang)


@dataclass
class Collected:
    """What one collection run did, per account."""

    platform: str
    handle: str
    summary: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return plain({"platform": self.platform, "handle": self.handle, "summary": self.summary, **self.details})


POST_COLUMNS = ["platform", "handle", "post_id", "created_at", "kind", "visibility", "content_warning", "text",
                "likes", "replies", "reposts", "quotes", "observed_at", "source", "url"]


@dataclass
class Posts:
    """An account's posts with their figures as of a date; `frame` has one row per post."""

    platform: str
    handle: str
    as_of: datetime
    frame: pd.DataFrame
    left_out: int = 0  # followers-only posts not listed (see `visibility`)

    def rows(self) -> pd.DataFrame:
        frame = self.frame.rename(columns={"native_id": "post_id"}).assign(platform=self.platform,
                                                                            handle=self.handle)
        frame = frame.reindex(columns=POST_COLUMNS)
        for name in ("likes", "replies", "reposts", "quotes"):
            frame[name] = pd.to_numeric(frame[name]).astype("Int64")
        return frame

    def to_json(self) -> list[dict[str, Any]]:
        """The posts as a list (what `reichweite posts --json` has always printed), ids under `id`."""
        frame = self.rows().rename(columns={"post_id": "id"})
        return records(frame[["id", "created_at", "kind", "visibility", "content_warning", "text", "likes",
                              "replies", "reposts", "quotes", "observed_at"]])


ACCOUNT_COLUMNS = ["platform", "handle", "followers", "following", "posts", "followers_shown", "observed_at",
                   "source"]


@dataclass
class Accounts:
    """Follower, following and post counts per account as of a date (the latest account snapshot ≤ as_of)."""

    platform: str
    handle: str | None
    as_of: datetime
    frame: pd.DataFrame

    def rows(self) -> pd.DataFrame:
        extra = [c for c in self.frame.columns if c not in ACCOUNT_COLUMNS]
        return self.frame.reindex(columns=[*ACCOUNT_COLUMNS, *extra])

    def to_json(self) -> dict[str, Any]:
        return plain({"platform": self.platform, "handle": self.handle, "as_of": self.as_of,
                      "accounts": records(self.rows())})


@dataclass
class Polls:
    """Polls with options, votes, views and participation (votes / views) as of a date."""

    as_of: datetime
    polls: list[Any]
    files: list[Path] = field(default_factory=list)
    left_out: int = 0  # polls in followers-only posts not listed

    def rows(self) -> pd.DataFrame:
        """One row per poll option, the poll's own figures repeated."""
        from reichweite.report.polls import polls_frame

        return polls_frame(self.polls)

    def to_json(self) -> dict[str, Any]:
        from reichweite.report.polls import polls_json

        return plain(polls_json(self.polls, self.as_of, self.left_out))


@dataclass
class PanelMembers:
    """A panel's members on a date (`at`), or all its membership spells [joined, left) when `at` is None."""

    panel: str
    at: Any  # datetime.date | None
    info: dict[str, Any]
    frame: pd.DataFrame  # name, company_key, isin, joined, left

    def rows(self) -> pd.DataFrame:
        columns = {"name": "company", "company_key": "key", "isin": "isin", "joined": "joined", "left": "left"}
        return self.frame.reindex(columns=list(columns)).rename(columns=columns)

    def to_json(self) -> dict[str, Any]:
        return plain({"panel": self.panel, "at": self.at, "count": len(self.frame), "members": records(self.rows()),
                      "source": self.info.get("source")})


@dataclass
class PanelReport:
    """A panel's totals per date and platform, coverage, growth, ratios, per-company view and changes."""

    result: Any  # analysis.panel.PanelResult
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def totals(self) -> pd.DataFrame:
        return self.result.totals

    @property
    def companies(self) -> pd.DataFrame:
        return self.result.companies

    def rows(self) -> pd.DataFrame:
        """The totals: one row per measurement date and platform."""
        return self.result.totals.assign(panel=self.result.panel, composition=self.result.composition.label())

    def to_json(self) -> dict[str, Any]:
        from reichweite.jobs.panel_report import result_json

        return plain(result_json(self.result, self.files))


@dataclass
class SenderTriage:
    """Inbound LinkedIn senders ranked by how likely they are a bot or funnel pitch, with reasons."""

    result: Any  # jobs.automation.LinkedInAutomation
    lang: str
    files: list[Path] = field(default_factory=list)
    top: int | None = None  # only the N highest scores

    def sender_rows(self, *, show_names: bool = True) -> list[dict[str, Any]]:
        from reichweite.jobs.automation import sender_rows

        return sender_rows(self.result.scores, self.lang, show_names=show_names)[: self.top or None]

    def summary(self) -> str:
        """How many senders were scored and flagged."""
        from reichweite.jobs.automation import summary

        return summary(self.result.scores, self.lang)

    def model_note(self) -> str:
        """Whether the labels given so far trained a model, and how many more it needs."""
        from reichweite.jobs.automation import model_note

        return model_note(self.result.model, self.lang)

    def advice(self) -> list[str]:
        """What to do on LinkedIn against bulk invitations and pitches."""
        from reichweite.jobs.automation import advice

        return advice(self.lang)

    def rows(self) -> pd.DataFrame:
        return pd.DataFrame(plain(self.sender_rows()))

    def to_json(self) -> list[dict[str, Any]]:
        return plain(self.sender_rows())


@dataclass
class AutomatedAccounts:
    """Accounts in a post stream that post like machines, highest score first (`result.scores`), with what the
    scoring left out (`result`) and what reading saw (`stats`: lines, malformed lines)."""

    result: Any  # analysis.automation.accounts.StreamAccounts
    stats: Any
    lang: str
    top: int | None = None  # only the N highest scores

    @property
    def scores(self) -> list[Any]:
        return self.result.scores

    def account_rows(self) -> list[dict[str, Any]]:
        from reichweite.jobs.automation import account_rows

        return account_rows(self.scores[: self.top or None], self.lang)

    def summary(self) -> str:
        """How many accounts posted, were scored and flagged, and why others were left out."""
        from reichweite.jobs.automation import stream_summary

        return stream_summary(self.result, len(self.account_rows()), self.lang)

    def rows(self) -> pd.DataFrame:
        return pd.DataFrame(plain(self.account_rows()))

    def to_json(self) -> list[dict[str, Any]]:
        return plain(self.account_rows())
