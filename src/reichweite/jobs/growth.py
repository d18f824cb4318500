"""Accounts over time as jobs: followers, following and posts per day, week or month from the store
(`reichweite accounts A [B …] --from --to --every`), and LinkedIn invitations and connections per step from a member
export or the store (`reichweite linkedin activity EXPORT_OR_STORE --every week`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare import plain
from reichweite.analysis.compare_results import account_label
from reichweite.analysis.growth import (
    ACCOUNT_FIGURES,
    ACTIVITY_FIGURES,
    EVERY,
    account_growth,
    activity_counts,
    linkedin_events,
    not_a_step,
    steps,
)
from reichweite.errors import ConfigError, ReichweiteError, Said
from reichweite.jobs.compare_load import engine_of
from reichweite.store.account_history import account_history
from reichweite.timeutil import REPORT_TZ, utcnow


@dataclass(slots=True)
class GrowthResult:
    """Accounts (or a LinkedIn member's activity) step by step; `frame` has one row per account and step."""

    kind: str  # "accounts" or "linkedin-activity"
    labels: list[str]
    start: datetime
    end: datetime
    every: str
    frame: pd.DataFrame = field(repr=False)
    figures: tuple[str, ...] = ACCOUNT_FIGURES
    source: str = "store"  # where the figures come from: "store" or the member export's file name
    left_out: dict[str, int] = field(default_factory=dict)  # events not counted: undirected, undated, outside
    files: list[Path] = field(default_factory=list)
    tz: ZoneInfo = REPORT_TZ

    def rows(self) -> pd.DataFrame:
        """The table as printed by --format csv/json: times in ISO 8601 UTC."""
        frame = self.frame.copy()
        for column in frame.columns:
            if column in ("start", "end") or column.endswith("_observed_at"):
                frame[column] = [plain(v) for v in pd.to_datetime(frame[column], utc=True)]
        return frame

    def to_json(self) -> dict[str, Any]:
        records = [{k: plain(v) for k, v in row.items()} for row in self.rows().to_dict("records")]
        return {"kind": self.kind, "accounts": self.labels, "from": plain(self.start), "to": plain(self.end),
                "every": self.every, "tz": str(self.tz), "figures": list(self.figures), "source": self.source,
                "left_out": self.left_out,
                "rows": records, "files": [str(p) for p in self.files]}


def _check(start: datetime | None, end: datetime | None, every: str) -> None:
    if every not in EVERY:
        raise ConfigError(not_a_step("--every", every))
    if start is not None and end is not None and end < start:
        raise ConfigError(Said("--to lies before --from", "anl.to_before_from"))


def accounts_over_time(
    db: str | sa.Engine | None,
    accounts: list[tuple[str, str]],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    every: str = "week",
    tz: ZoneInfo = REPORT_TZ,
    out: Path | None = None,
    lang: str = "en",
) -> GrowthResult:
    """Followers, following and posts of each account at the end of every step from `start` (default: the first
    measurement of any of them) to `end` (default: now); steps are calendar days, weeks or months in `tz`. With
    `out` the workbook and the chart are written there."""
    from reichweite.jobs.platforms import account_handle

    end = end or utcnow()
    _check(start, end, every)
    histories, keys = {}, {}
    with engine_of(db).connect() as conn:
        for platform, handle in accounts:
            history = account_history(conn, platform, account_handle(platform, handle))
            if history.empty:
                raise ReichweiteError(Said(f"No account figures of {platform}:{handle} in the store. Collect the "
                                           "account or import a table of its followers (`reichweite template "
                                           "accounts`).", "run.no_figures", account=f"{platform}:{handle}"))
            label = account_label((platform, handle))
            histories[label], keys[label] = history, (platform, str(history["handle"].iloc[0]))
    if start is None:
        start = min(pd.Timestamp(h["observed_at"].min()) for h in histories.values()).to_pydatetime()
        if start > end:
            raise ReichweiteError(Said(f"The first account figures are from {start.isoformat()}, after --to.",
                                       "anl.first_after_to", first=start.isoformat()))
    _check(start, end, every)
    frame = account_growth(histories, steps(start, end, every, tz))
    frame.insert(1, "platform", [keys[a][0] for a in frame["account"]])
    frame.insert(2, "handle", [keys[a][1] for a in frame["account"]])
    return _written(GrowthResult("accounts", list(histories), start, end, every, frame, tz=tz), out, lang)


def _written(result: GrowthResult, out: Path | None, lang: str) -> GrowthResult:
    if out is not None:
        from reichweite.report.growth import write_growth_files

        result.files = write_growth_files(result, out, lang)
    return result


def _activity_source(source: str | Path, owner: str | None) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Invitations and connections from an export (zip or folder) or from a store (file or database URL), and
    where they came from (the export's file name, or "store")."""
    path = Path(source)
    if path.is_dir() or path.suffix.lower() == ".zip":
        from reichweite.platforms.linkedin.member_export import read_member_export

        export = read_member_export(path, owner=owner)
        invitations = pd.DataFrame([{"sent_at": i.sent_at, "direction": i.direction} for i in export.invitations],
                                   columns=["sent_at", "direction"])
        connections = pd.DataFrame([{"connected_on": c.connected_on} for c in export.connections],
                                   columns=["connected_on"])
        return invitations, connections, path.name
    from reichweite.store import open_store
    from reichweite.store.schema_linkedin import linkedin_connections, linkedin_invitations

    if "://" not in str(source) and not path.exists():
        raise ConfigError(Said(f"{source}: no such export (zip or folder) or store", "anl.no_activity_source",
                               source=str(source)))
    engine = open_store(str(source))
    with engine.connect() as conn:
        query_i = sa.select(linkedin_invitations.c.sent_at, linkedin_invitations.c.direction)
        query_c = sa.select(linkedin_connections.c.connected_on)
        if owner:
            query_i = query_i.where(linkedin_invitations.c.owner == owner)
            query_c = query_c.where(linkedin_connections.c.owner == owner)
        invitations = pd.DataFrame(conn.execute(query_i).mappings().all(), columns=["sent_at", "direction"])
        connections = pd.DataFrame(conn.execute(query_c).mappings().all(), columns=["connected_on"])
    return invitations, connections, "store"


def linkedin_activity(
    source: str | Path,
    *,
    every: str = "week",
    start: datetime | None = None,
    end: datetime | None = None,
    owner: str | None = None,
    tz: ZoneInfo = REPORT_TZ,
    out: Path | None = None,
    lang: str = "en",
) -> GrowthResult:
    """LinkedIn invitations received and sent and new connections per step (calendar days, weeks or months in
    `tz`); the period defaults to the first and last event of the export."""
    _check(start, end, every)
    invitations, connections, origin = _activity_source(source, owner)
    events = linkedin_events(invitations, connections, tz)
    if events.empty and (start is None or end is None):
        raise ReichweiteError(Said(f"{source}: no invitations or connections to count", "anl.no_activity",
                                   source=str(source)))
    start = start or pd.Timestamp(events["at"].min()).to_pydatetime()
    end = end or pd.Timestamp(events["at"].max()).to_pydatetime()
    _check(start, end, every)
    frame = activity_counts(events, steps(start, end, every, tz))
    left_out = {
        "undirected": int((~invitations["direction"].isin(["inbound", "outbound"])).sum()) if len(invitations) else 0,
        "undated": int(connections["connected_on"].isna().sum()) if len(connections) else 0,
        "outside": int(((events["at"] < pd.Timestamp(start)) | (events["at"] > pd.Timestamp(end))).sum()),
    }
    frame.insert(0, "account", "LinkedIn")
    return _written(GrowthResult("linkedin-activity", ["LinkedIn"], start, end, every, frame,
                                 figures=ACTIVITY_FIGURES, source=origin, left_out=left_out, tz=tz), out, lang)
