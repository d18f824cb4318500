"""LinkedIn company page analytics exports (.xls or .xlsx, English or German column names).

A followers export has a sheet "New followers" (Date, Sponsored/Organic/Auto-invited followers, Total followers);
a content export has "Metrics" (per day) and "All posts" (per post). Row 1 holds a description, row 2 the header.
"Total followers" in the followers sheet is the number of NEW followers that day (the sum of the three kinds), not
the page's follower count: LinkedIn exports neither unfollows nor a running total. The page's follower count per
day can only be back-computed from the count the page showed at the end of the export's last day
(`followers_on_last_day`).
Returns records and never writes the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from reichweite.errors import InputError, Said
from reichweite.model import AccountSnapshot, CompanySnapshot, PageDay, Post, Snapshot
from reichweite.platforms.linkedin.member_export import share_id
from reichweite.platforms.linkedin.page_cells import Cells, load_sheets
from reichweite.platforms.linkedin.page_columns import (
    FOLLOWER_FIELDS,
    METRIC_FIELDS,
    POST_FIELDS,
    column_language,
    map_header,
)
from reichweite.timeutil import REPORT_TZ, parse_datetime

PLATFORM = "linkedin"
SOURCE = "archive"  # an export file, as opposed to an API response or a number typed in


@dataclass
class PageExport:
    path: Path
    page: str
    observed_at: datetime
    language: str  # 'en' | 'de'
    days: list[PageDay]
    posts: list[Post]
    snapshots: list[Snapshot]
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name → 'followers' | 'metrics' | 'posts'
    totals_column: str | None = None  # 'new per day' | 'running total' (what "Total followers" held)
    unread_columns: dict[str, list[str]] = field(default_factory=dict)  # sheet → header names not understood

    def counts(self) -> dict[str, int]:
        return {
            "follower days": sum(1 for d in self.days if d.new_followers is not None or d.followers is not None),
            "metric days": sum(1 for d in self.days if d.impressions is not None),
            "posts": len(self.posts),
            "polls": sum(1 for p in self.posts if p.kind == "poll"),
        }


# --- the sheets -------------------------------------------------------------------------------------------------

def _find_header(rows: list[list[Any]]) -> tuple[int, dict[str, int], str] | None:
    """(row index, field → column, sheet kind) of the first row (of the first six) that is a known header."""
    for index, row in enumerate(rows[:6]):
        names = ["" if v is None else str(v) for v in row]
        for kind, fields in (("posts", POST_FIELDS), ("followers", FOLLOWER_FIELDS), ("metrics", METRIC_FIELDS)):
            columns = map_header(names, fields)
            if kind == "posts" and "link" in columns and "created" in columns:
                return index, columns, kind
            if kind == "followers" and "date" in columns and {"organic", "total"} & columns.keys():
                return index, columns, kind
            if kind == "metrics" and "date" in columns and any(k.startswith("impressions") for k in columns):
                return index, columns, kind
    return None


def _metric(columns: dict[str, int], name: str) -> int | None:
    """The page-wide column of a metric: '(total)' first, then without a variant, then '(organic)'."""
    for variant in ("total", "", "organic"):
        key = f"{name}:{variant}" if variant else name
        if key in columns:
            return columns[key]
    return None


def _days_from_followers(cells_rows: list[Cells], columns: dict[str, int]) -> tuple[list[PageDay], str | None]:
    days = []
    for cells in cells_rows:
        day = cells.day(columns["date"])
        if day is None:
            continue
        days.append(PageDay(
            day=day,
            new_followers_sponsored=cells.count(columns.get("sponsored")),
            new_followers_organic=cells.count(columns.get("organic")),
            new_followers_auto_invited=cells.count(columns.get("auto_invited")),
            followers=cells.count(columns.get("total")),  # decided below: new per day or running total
        ))
    return days, _resolve_totals(days)


def _resolve_totals(days: list[PageDay]) -> str | None:
    """Decide what "Total followers" holds. It is the sum of the kinds of new followers in every export seen;
    a column that is not that sum but never falls is taken as the page's running total."""
    totals = [(d.followers, d) for d in days if d.followers is not None]
    if not totals:
        return None

    def parts(d: PageDay) -> int | None:
        values = [d.new_followers_sponsored, d.new_followers_organic, d.new_followers_auto_invited]
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    is_sum = all(parts(d) is None or total == parts(d) for total, d in totals)
    ordered = [t for t, _ in sorted(totals, key=lambda item: item[1].day)]
    never_falls = all(a <= b for a, b in zip(ordered, ordered[1:], strict=False))
    if is_sum or not never_falls:
        for d in days:
            d.new_followers, d.followers = d.followers if d.followers is not None else parts(d), None
        return "new per day"
    for d in days:
        d.new_followers = parts(d)
    return "running total"


def _days_from_metrics(cells_rows: list[Cells], columns: dict[str, int]) -> list[PageDay]:
    days = []
    for cells in cells_rows:
        day = cells.day(columns["date"])
        if day is None:
            continue
        days.append(PageDay(
            day=day,
            impressions=cells.count(_metric(columns, "impressions")),
            unique_impressions=cells.count(_metric(columns, "unique_impressions")),
            clicks=cells.count(_metric(columns, "clicks")),
            reactions=cells.count(_metric(columns, "reactions")),
            comments=cells.count(_metric(columns, "comments")),
            reposts=cells.count(_metric(columns, "reposts")),
            engagement_rate=cells.rate(_metric(columns, "engagement_rate")),
        ))
    return days


_POLL_TYPES = {"poll", "umfrage"}


def _created_at(value: Any, day: date) -> datetime:
    """A post's creation time: the exports give a date (then 00:00 UTC) and sometimes a time as well (UTC)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    text = str(value).strip()
    if re.search(r"\d:\d\d", text):
        try:
            return parse_datetime(text)
        except ValueError:
            pass
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def _posts(
    cells_rows: list[Cells], columns: dict[str, int], page: str, observed_at: datetime
) -> tuple[list[Post], list[Snapshot]]:
    posts, snapshots = [], []
    for cells in cells_rows:
        link = cells.text(columns["link"])
        if link is None:
            continue
        created = cells.day(columns["created"])
        if created is None:
            raise InputError(cells.path, Said(f"sheet {cells.sheet!r}: the post {link} has no created date",
                                              "tab.li.no_created", sheet=repr(cells.sheet), link=link),
                             row=cells.number)
        content_type = cells.text(columns.get("content_type"))
        votes = cells.count(columns.get("poll_votes"))
        is_poll = (content_type or "").casefold() in _POLL_TYPES or votes is not None
        native_id = share_id(link)
        likes_col = columns.get("likes", columns.get("reactions"))
        posts.append(Post(
            platform=PLATFORM,
            native_id=native_id,
            author=page,
            created_at=_created_at(cells.raw(columns["created"]), created),
            text=cells.text(columns.get("title")) or "",
            kind="poll" if is_poll else "post",
            url=link,
            raw={
                "file": cells.path.name, "sheet": cells.sheet, "row": cells.number,
                "created_date": str(cells.raw(columns["created"])),
                "post_type": cells.text(columns.get("post_type")),
                "content_type": content_type,
                "posted_by": cells.text(columns.get("posted_by")),
                "clicks": cells.count(columns.get("clicks")),
                "follows": cells.count(columns.get("follows")),
                "engagement_rate": cells.rate(columns.get("engagement_rate")),
                "video_views": cells.count(columns.get("video_views")),
            },
        ))
        snapshots.append(Snapshot(
            platform=PLATFORM,
            native_id=native_id,
            observed_at=observed_at,
            source=SOURCE,
            likes=cells.count(likes_col),
            replies=cells.count(columns.get("comments")),
            reposts=cells.count(columns.get("reposts")),
            views=cells.count(columns.get("impressions")),
            poll_votes=votes,
            origin=f"{cells.path.name} [{cells.sheet}] row {cells.number}",
        ))
    return posts, snapshots


# --- the export -------------------------------------------------------------------------------------------------

_FILE_NAME = re.compile(r"^(?P<page>.+?)_(?:followers|content|updates|visitors)_(?P<ms>\d{13})$", re.IGNORECASE)


def page_from_file_name(path: Path) -> str:
    """LinkedIn names exports `<page>_followers_<ms>.xls`, `<page>_content_<ms>.xls`: the page part."""
    match = _FILE_NAME.match(path.stem)
    return match.group("page") if match else path.stem


def export_time(path: Path) -> datetime:
    """When the export was made: the millisecond timestamp in LinkedIn's file name, else the file's mtime."""
    match = _FILE_NAME.match(path.stem)
    if match:
        return datetime.fromtimestamp(int(match.group("ms")) / 1000, tz=UTC).replace(microsecond=0)
    return datetime.fromtimestamp(int(path.stat().st_mtime), tz=UTC)


def _merge(days: list[PageDay]) -> list[PageDay]:
    by_day: dict[date, PageDay] = {}
    for d in days:
        known = by_day.setdefault(d.day, PageDay(day=d.day))
        for name in PageDay.__slots__:  # type: ignore[attr-defined]
            value = getattr(d, name)
            if value is not None and name != "day":
                setattr(known, name, value)
    return [by_day[k] for k in sorted(by_day)]


def read_page_export(
    path: Path | str, *, page: str | None = None, observed_at: datetime | None = None,
    sheets: list[tuple[str, list[list[Any]]]] | None = None,
) -> PageExport:
    """Read one page analytics export (followers or content). `page` defaults to the name in the file name;
    `observed_at` (when the figures were taken) defaults to the export time in the file name, else its mtime.
    `sheets`: the workbook when it was loaded already."""
    path = Path(path)
    sheets = sheets if sheets is not None else load_sheets(path)
    page = page or page_from_file_name(path)
    observed_at = observed_at or export_time(path)
    days: list[PageDay] = []
    posts: list[Post] = []
    snapshots: list[Snapshot] = []
    read: dict[str, str] = {}
    unread_columns: dict[str, list[str]] = {}
    header_names: list[str] = []
    totals_column = None
    for name, rows in sheets:
        found = _find_header(rows)
        if found is None:
            continue
        index, columns, kind = found
        header = rows[index]
        header_names += [str(v) for v in header if v is not None]
        cells_rows = [
            Cells(path, name, header, row, number)
            for number, row in enumerate(rows[index + 1:], start=index + 2)
            if any(v is not None and str(v).strip() for v in row)
        ]
        read[name] = kind
        known = set(columns.values())
        unread = [str(v).strip() for i, v in enumerate(header) if i not in known and v is not None and str(v).strip()]
        if unread:
            unread_columns[name] = unread
        if kind == "followers":
            found_days, totals_column = _days_from_followers(cells_rows, columns)
            days += found_days
        elif kind == "metrics":
            days += _days_from_metrics(cells_rows, columns)
        else:
            found_posts, found_snapshots = _posts(cells_rows, columns, page, observed_at)
            posts += found_posts
            snapshots += found_snapshots
    if not read:
        raise InputError(path, Said(
            "no sheet of a LinkedIn analytics export found: expected a company page export — a header (row 1 or 2) "
            "with 'Date, Sponsored followers, Organic followers, Auto-invited followers, Total followers' "
            "(followers), 'Date, Impressions (total), …' (Metrics) or 'Post title, Post link, Created date, "
            "Impressions, …' (All posts), or the German names (Datum, Organische Follower, Impressionen, …) — or a "
            "member's creator analytics export (sheets DISCOVERY, ENGAGEMENT, TOP POSTS with 'Post URL, Post publish "
            "date', FOLLOWERS with 'Total followers on …')", "tab.li.no_page_sheet"))
    return PageExport(
        path=path, page=page, observed_at=observed_at, language=column_language(header_names),
        days=_merge(days), posts=posts, snapshots=snapshots, sheets=read, totals_column=totals_column,
        unread_columns=unread_columns,
    )


def follower_counts(days: list[PageDay], *, followers_on_last_day: int | None = None) -> list[tuple[date, int]]:
    """(day, followers at the end of that day) rows of a page.

    Taken as they are when the export carries a running total. Otherwise back-computed from the count the page
    showed at the end of the export's last day: followers(d) = followers_on_last_day − new followers on the days
    after d. Unfollows are not in the export, so a back-computed count is a lower bound of the true one. Without
    either: no rows (a missing figure is never 0).
    """
    with_total = [(d.day, d.followers) for d in days if d.followers is not None]
    if with_total:
        return sorted(with_total)  # type: ignore[arg-type]
    if followers_on_last_day is None:
        return []
    counted = sorted((d.day, d.new_followers or 0) for d in days if d.new_followers is not None)
    rows, later = [], 0
    for day, new in reversed(counted):
        rows.append((day, followers_on_last_day - later))
        later += new
    return sorted(rows)


def end_of_day(day: date) -> datetime:
    """The moment a day's figure is stamped with: 23:59:59 of that day in the report's time zone (Europe/Berlin),
    so that `--at DAY` (the end of DAY there) finds the figure of DAY."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=REPORT_TZ).astimezone(UTC)


def follower_snapshots(export: PageExport, *, followers_on_last_day: int | None = None) -> list[AccountSnapshot]:
    """The page's follower counts as account snapshots (platform linkedin, handle = page)."""
    how = "running total" if export.totals_column == "running total" else "back-computed"
    return [
        AccountSnapshot(
            platform=PLATFORM, handle=export.page, observed_at=end_of_day(day), source=SOURCE, followers=count,
            origin=f"{export.path.name} ({how})",
        )
        for day, count in follower_counts(export.days, followers_on_last_day=followers_on_last_day)
    ]


def company_follower_snapshots(
    export: PageExport, company_key: str, *, followers_on_last_day: int | None = None
) -> list[CompanySnapshot]:
    """The page's follower counts as company snapshots (for company panels), one per day like follower_snapshots."""
    return [
        CompanySnapshot(
            platform=PLATFORM, company_key=company_key, observed_at=s.observed_at, source=SOURCE,
            followers=s.followers, origin=s.origin,
        )
        for s in follower_snapshots(export, followers_on_last_day=followers_on_last_day)
    ]


def read_follower_rows(path: Path | str, *, followers_on_last_day: int | None = None) -> list[tuple[date, int]]:
    """(day, followers) rows straight from a followers export file (see follower_counts)."""
    return follower_counts(read_page_export(path).days, followers_on_last_day=followers_on_last_day)
