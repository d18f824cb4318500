"""A LinkedIn page followers export (one's own page) as company-page rows for a panel.

The export (read by platforms/linkedin/page_analytics.py) holds new followers per day; the page's follower count per
day is known only when the export carries a running total or when the count shown at the end of the last day is
given (then it is back-computed, a lower bound since unfollows are not exported).
"""

from __future__ import annotations

from pathlib import Path

from reichweite.errors import InputError, Said
from reichweite.platforms.linkedin.page_analytics import end_of_day, follower_counts, read_page_export
from reichweite.tables.company_table import CompanyRow


def company_rows_from_page_export(path: Path, *, company: str | None = None, followers_on_last_day: int | None = None,
                                  all_days: bool = False) -> list[CompanyRow]:
    """(day, followers) of the export as rows of `company` (default: the page name in the file name).

    By default only the last day is kept: a panel measures on chosen dates, and a row per day would make every
    day a measurement date of the panel. all_days keeps the daily series.
    """
    export = read_page_export(path)
    if "followers" not in export.sheets.values():
        raise InputError(path, Said("not a followers export (no 'New followers' / 'Neue Follower' sheet): the "
                                    "panel needs the page's followers", "tab.page.not_followers"))
    counts = follower_counts(export.days, followers_on_last_day=followers_on_last_day)
    if not counts:
        last = max((d.day for d in export.days), default=None)
        raise InputError(path, Said("the export holds new followers per day, not the page's follower count: give "
                                    f"--followers-on-last-day N (the count the page showed at the end of {last})",
                                    "tab.page.no_count", last=str(last)))
    how = "running total" if export.totals_column == "running total" else "back-computed from the last day"
    name = company or export.page
    kept = counts if all_days else counts[-1:]
    return [
        CompanyRow(platform="linkedin", company=name, isin=None, observed_at=end_of_day(day), followers=followers,
                   followers_shown=None, employees=None, employees_shown=None, where=f"day {day}",
                   origin=f"{Path(path).name}, {day} ({how})")
        for day, followers in kept
    ]
