"""The Python API of figures over time: `reichweite.account_growth`, `reichweite.linkedin_activity` and
`reichweite.panel_series` (the `accounts … --every`, `linkedin activity` and `panel series` commands call these)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reichweite.api.arguments import StoreLike, Target, When, parsed, report_lang, store_of, target
from reichweite.errors import Said, UsageError, one_of, option_said
from reichweite.timeutil import REPORT_TZ, Bare, DateError, parse_day, parse_moment

if TYPE_CHECKING:
    from reichweite.jobs.growth import GrowthResult
    from reichweite.jobs.panel_series import PanelSeries

EVERY = ("day", "week", "month")


def moment(value: When, name: str, tz: ZoneInfo, bare: Bare) -> datetime | None:
    """A date by the one date rule: text in `tz` (a bare date is the start or the end of that day), a datetime as
    given."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return parse_moment(value, tz, bare=bare)
    except DateError as exc:
        raise UsageError(option_said(name, exc)) from None


def _every(every: str) -> str:
    value = every.strip().lower()
    if value not in EVERY:
        raise UsageError(one_of("--every", every, EVERY))
    return value


def _span(start: When, end: When, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    first, last = moment(start, "--from", tz, "start"), moment(end, "--to", tz, "end")
    if first is not None and last is not None and last < first:
        raise UsageError(Said(f"--to {last.isoformat()} lies before --from {first.isoformat()}", "use.to_before_from",
                                    last=last.isoformat(), first=first.isoformat()))
    return first, last


def account_growth(store: StoreLike, accounts: Sequence[Target], *, start: When = None, end: When = None,
                   every: str = "week", tz: ZoneInfo = REPORT_TZ, out: str | Path | None = None,
                   lang: str | None = None) -> GrowthResult:
    """Followers, following and posts of each account at the end of every day, week or month (in `tz`) from
    `start` (default: the first measurement) to `end` (default: now), with the change from the step before.
    `.frame` has one row per account and step; unknown figures stay unknown (never 0). With `out` the workbook
    and the chart are written there (in `lang`)."""
    from reichweite.jobs.growth import accounts_over_time

    if not accounts:
        raise UsageError(Said("Name at least one account (platform:handle).", "use.one_account"))
    wanted = [target(a) for a in accounts]
    first, last = _span(start, end, tz)
    return accounts_over_time(store_of(store, create=False).engine, wanted, start=first, end=last,
                              every=_every(every), tz=tz, out=Path(out) if out is not None else None,
                              lang=report_lang(lang))


def linkedin_activity(source: str | Path, *, every: str = "week", start: When = None, end: When = None,
                      owner: str | None = None, tz: ZoneInfo = REPORT_TZ, out: str | Path | None = None,
                      lang: str | None = None) -> GrowthResult:
    """LinkedIn invitations received and sent and new connections per day, week or month (in `tz`) from a member
    export (zip or folder) or from a store holding an imported one; the period defaults to the first and last
    event. With `out` the workbook and the chart are written there (in `lang`)."""
    from reichweite.jobs.growth import linkedin_activity as run

    first, last = _span(start, end, tz)
    return run(source, every=_every(every), start=first, end=last, owner=owner, tz=tz,
               out=Path(out) if out is not None else None, lang=report_lang(lang))


def panel_series(store: StoreLike, name: str, *, platforms: Sequence[str] | str = ("linkedin", "xing"),
                 figure: str = "followers", composition: str = "as-of", start: date | str | None = None,
                 end: date | str | None = None, out: str | Path | None = None, lang: str | None = None
                 ) -> PanelSeries:
    """A company panel over time: each member's figure per platform at every measurement date from `start` to
    `end`, named as the company was called at that date ('off' where it switched the figure off), and the first two
    platforms' totals side by side (absolute and indexed to the first date = 100). With `out` the workbook and the
    charts."""
    from reichweite.analysis.panel import parse_composition
    from reichweite.jobs.panel_report import parse_platforms
    from reichweite.jobs.panel_series import panel_series as run

    try:
        comp = parse_composition(composition)
    except ValueError as exc:
        raise UsageError(exc.args[0]) from None
    chosen = parse_platforms(platforms if isinstance(platforms, str) else ",".join(platforms))
    return run(store_of(store, create=False).engine, name, chosen, comp, figure=figure, start=_day(start, "--from"),
               end=_day(end, "--to"), out=Path(out) if out is not None else None, lang=report_lang(lang))


def _day(value: date | str | None, name: str) -> date | None:
    """A day in any spelling of the one date rule."""
    return parsed(value, date, parse_day, name)
