"""The panel report job: store → analysis → report, callable from Python and from `reichweite panel report`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite import registry
from reichweite.analysis.panel import Composition, PanelResult, analyse_panel
from reichweite.errors import ReichweiteError, Said, UsageError
from reichweite.jobs.panels import ensure_panel
from reichweite.report.panel import T as t
from reichweite.report.panel import write_panel_report
from reichweite.report.texts.panel import DAX_CAVEATS
from reichweite.store.db import display_url
from reichweite.store.panels import company_snapshots_frame, memberships_frame
from reichweite.tables.panel_table import builtin_company_names


def parse_platforms(text: str) -> list[str]:
    platforms = [p.strip().lower() for p in text.split(",") if p.strip()]
    known = registry.names_with("companies")
    bad = [p for p in platforms if p not in known]
    if not platforms or bad:
        raise UsageError(Said(f"--platforms {text!r}: give a comma-separated list of {', '.join(known)}",
                              "use.platforms_list", value=repr(text), choices=", ".join(known)))
    return platforms


def analyse_stored_panel(engine: sa.Engine, name: str, platforms: Sequence[str], composition: Composition, *,
                         threshold: int | None = None, at: date | None = None) -> tuple[PanelResult, dict]:
    with engine.begin() as conn:
        info = ensure_panel(conn, name)
        spells = memberships_frame(conn, name)
        snapshots = company_snapshots_frame(conn, platforms=platforms)
    try:
        result = analyse_panel(name, info.get("title") or name, spells, snapshots, platforms, composition,
                               threshold=threshold, at=at, names=pd.DataFrame(builtin_company_names()))
    except ValueError as exc:  # e.g. no measurement on the date asked for
        raise ReichweiteError(exc.args[0] if exc.args and isinstance(exc.args[0], Said) else str(exc)) from None
    return result, info


def caveats(info: dict, lang: str) -> list[str]:
    """The membership data's caveats (built-in panels: from their notes) and those of the measurements."""
    source = info.get("source") or ""
    if source == "builtin:dax_membership.csv":
        texts = [t(key, lang) for key in DAX_CAVEATS]
    else:
        texts = [t("panel.caveat.own", lang, source=source)]
        if info.get("notes"):
            texts.append(info["notes"])
    return [*texts, t("panel.caveat.measurements", lang)]


def panel_report(engine: sa.Engine, name: str, platforms: Sequence[str], composition: Composition, *,
                 out: Path | None, lang: str, threshold: int | None = None, at: date | None = None,
                 log: bool = False) -> tuple[PanelResult, dict[str, Path]]:
    """Analyse the panel and, when out is given, write the HTML report, the workbook and the charts there."""
    result, info = analyse_stored_panel(engine, name, platforms, composition, threshold=threshold, at=at)
    files: dict[str, Path] = {}
    if out is not None:
        builtin = (info.get("source") or "").startswith("builtin:")
        files = write_panel_report(result, out, lang, caveats=caveats(info, lang), db=display_url(str(engine.url)),
                                   notes=info.get("notes") if builtin else None, log=log)
    return result, files


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for record in frame.to_dict("records"):
        out.append({k: (None if not isinstance(v, list | dict | str) and pd.isna(v) else
                        (v.item() if hasattr(v, "item") else v)) for k, v in record.items()})
    return out


def result_json(result: PanelResult, files: dict[str, Path]) -> dict[str, Any]:
    """The result for --json: plain lists of records, dates as ISO text, missing figures as null."""
    return {
        "panel": result.panel,
        "composition": result.composition.label(),
        "platforms": result.platforms,
        "dates": [d.isoformat() for d in result.dates],
        "latest": result.latest.isoformat() if result.latest else None,
        "threshold": result.threshold,
        "above_threshold": result.above_threshold,
        "totals": _records(result.totals),
        "growth": _records(result.growth),
        "ratios": _records(result.ratios),
        "companies": _records(result.companies),
        "changes": _records(result.changes),
        "series": _records(result.series.assign(date=[d.isoformat() for d in result.series["date"]]))
        if len(result.series) else [],
        "side_by_side": _records(result.side_by_side.assign(date=[d.isoformat() for d in result.side_by_side["date"]]))
        if len(result.side_by_side) else [],
        "files": {k: str(v) for k, v in files.items()},
    }
