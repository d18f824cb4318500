"""The Python API for company panels (e.g. the DAX) and the tables to type figures in: the panel report, members
and spells, defining a panel from a table, templates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reichweite.api.arguments import StoreLike, day_of, open_store, report_lang, store_of
from reichweite.errors import UsageError
from reichweite.results import PanelReport


def panel_report(
    store: StoreLike, name: str, *, platforms: Sequence[str] | str = ("linkedin", "xing"),
    composition: str = "as-of", threshold: int | None = None, at: date | str | None = None,
    out: str | Path | None = None, lang: str | None = None, log: bool = False,
) -> PanelReport:
    """A company panel (e.g. the DAX) over time: totals per date and platform over the members, coverage, growth,
    ratios, a per-company view and membership changes. With `out` the HTML report, workbook and charts (on a
    logarithmic scale with `log`)."""
    from reichweite.analysis.panel import parse_composition
    from reichweite.jobs.panel_report import panel_report as run
    from reichweite.jobs.panel_report import parse_platforms

    try:
        comp = parse_composition(composition)
    except ValueError as exc:
        raise UsageError(exc.args[0]) from None
    chosen = parse_platforms(platforms if isinstance(platforms, str) else ",".join(platforms))
    language, day = report_lang(lang), day_of(at, "at")
    result, files = run(store_of(store, create=False).engine, name, chosen, comp,
                        out=Path(out) if out is not None else None, lang=language, threshold=threshold, at=day,
                        log=log)
    return PanelReport(result, files)


def panel_members(store: StoreLike, name: str, *, at: date | str | None = None) -> tuple[dict, Any]:
    """A panel's members on a date, or all its membership spells; a built-in panel (dax) is loaded into the store on
    first use. Without a store the built-in panels are read as shipped and nothing is created."""
    from reichweite.errors import NoStore
    from reichweite.jobs.panels import panel_members as run

    day = day_of(at, "at")
    try:
        found = store_of(store, create=False)
    except NoStore:  # an unknown name is said as in a store: the built-in panels are the known ones
        return _builtin_panel_members(name, day)
    return run(found.engine, name, day)


def _builtin_panel_members(name: str, day: date | None) -> tuple[dict, Any]:
    """A built-in panel read through a throwaway store, so names and spells come out exactly as from a real one."""
    import tempfile

    from reichweite.jobs.panels import panel_members as run

    with tempfile.TemporaryDirectory(prefix="reichweite-panel-") as folder, \
            open_store(Path(folder) / "panel.db") as scratch:
        return run(scratch.engine, name, day)


def import_panel(store: StoreLike, name: str, path: str | Path, *, title: str | None = None) -> dict[str, Any]:
    """Define a panel from a table of membership spells (replaces a panel of that name)."""
    from reichweite.jobs.panels import import_panel as run

    return run(store_of(store, create=True).engine, name, Path(path), title=title)


def write_template(layout: str, path: str | Path, *, force: bool = False, wide: bool = False,
                   panel: str | None = None, at: date | str | None = None, store: StoreLike = None,
                   platforms: str | Sequence[str] = ("linkedin", "xing"), lang: str | None = None,
                   accounts: Sequence[tuple[str, str]] = ()) -> Path:
    """Write the CSV/XLSX template of a table layout (posts, posts-wide, accounts, polls, companies) to fill in by
    hand, in `lang` (de or en; default from the locale); posts-wide with a column group per (platform, handle) of
    `accounts`; companies `wide` (a sheet per date, a column per platform of `platforms` and figure) or pre-filled
    with the members of `panel` on `at`. An existing file only with force."""
    from reichweite.jobs.panel_report import parse_platforms
    from reichweite.report.table_template import write_template as write
    from reichweite.tables.company_template import write_companies_template

    if layout != "companies" or (not wide and not panel):
        return write(layout, Path(path), force=force, lang=report_lang(lang), accounts=accounts)
    chosen = parse_platforms(platforms if isinstance(platforms, str) else ",".join(platforms))
    day = day_of(at, "at") or date.today()
    companies: list[tuple[str, str | None]] = []
    if panel:
        _info, frame = panel_members(store, panel, at=day)
        companies = [(r["name"], r["isin"]) for r in frame.to_dict("records")]
    return write_companies_template(Path(path), wide=wide, companies=companies, day=day, force=force,
                                    platforms=chosen)
