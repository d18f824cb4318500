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

from reichweite.errors import InputError
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.sources.linkedin import share_id
from reichweite.sources.linkedin_page_columns import (
    FOLLOWER_FIELDS,
    METRIC_FIELDS,
    POST_FIELDS,
    column_language,
    map_header,
)
from reichweite.timeutil import parse_datetime

PLATFORM = "linkedin"
SOURCE = "archive"  # an export file, as opposed to an API response or a number typed in


@dataclass(slots=True)
class PageDay:
    """One day of a page: new followers (followers export) and page-wide content figures (content export)."""

    day: date
    new_followers: int | None = None
    new_followers_sponsored: int | None = None
    new_followers_organic: int | None = None
    new_followers_auto_invited: int | None = None
    followers: int | None = None  # the running total, only when the export itself carries one
    impressions: int | None = None
    unique_impressions: int | None = None
    clicks: int | None = None
    reactions: int | None = None
    comments: int | None = None
    reposts: int | None = None
    engagement_rate: float | None = None


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

    def counts(self) -> dict[str, int]:
        return {
            "follower days": sum(1 for d in self.days if d.new_followers is not None or d.followers is not None),
            "metric days": sum(1 for d in self.days if d.impressions is not None),
            "posts": len(self.posts),
            "polls": sum(1 for p in self.posts if p.kind == "poll"),
        }


# --- reading workbooks ------------------------------------------------------------------------------------------

def _load_sheets(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """All sheets as lists of row values (dates as datetime), for .xlsx (openpyxl) and .xls (xlrd)."""
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror})") from None
    if head.startswith(b"PK"):
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise InputError(path, f"not a readable .xlsx workbook ({exc})") from None
        try:
            return [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
        finally:
            book.close()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        import xlrd

        try:
            book = xlrd.open_workbook(str(path))
        except xlrd.XLRDError as exc:
            raise InputError(path, f"not a readable .xls workbook ({exc})") from None
        sheets = []
        for sheet in book.sheets():
            rows = []
            for r in range(sheet.nrows):
                values = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        values.append(None)
                    else:
                        values.append(cell.value)
                rows.append(values)
            sheets.append((sheet.name, rows))
        return sheets
    raise InputError(path, "not an Excel workbook (.xls or .xlsx) as LinkedIn's page analytics export writes")


# --- values -----------------------------------------------------------------------------------------------------

_GROUPED = re.compile(r"\d{1,3}([.,\u2009\u202f ]\d{3})+")


def parse_count(value: Any) -> int | None:
    """A count from a cell: 1234, 1234.0, '1,234', '1.234'. Empty or '-' is unknown (None), never 0."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value:
            return None
        if value != int(value):
            raise ValueError(f"{value!r} is not a whole number")
        return int(value)
    s = str(value).strip().replace("\u00a0", " ")
    if s in ("", "-", "–", "—", "n/a", "N/A"):
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    if _GROUPED.fullmatch(s):
        return int(re.sub(r"\D", "", s))
    if re.fullmatch(r"\d+[.,]0+", s):
        return int(re.split(r"[.,]", s)[0])
    raise ValueError(f"{value!r} is not a count")


def parse_rate(value: Any) -> float | None:
    """A rate as a fraction: 0.034, '3.4%', '3,4 %' → 0.034."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    s = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if s in ("", "-", "–", "—"):
        return None
    percent = s.endswith("%")
    number = float(s.rstrip("%").replace(",", "."))
    return number / 100 if percent else number


def parse_day(value: Any) -> date:
    """A day from a cell: a datetime, '06/18/2024' (LinkedIn writes month first), '18.06.2024', '2024-06-18'."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    for fmt in ("%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d", "%m/%d/%y", "%d.%m.%y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return parse_datetime(s).date()


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


class _Cells:
    """Typed access to the cells of one data row, with errors naming file, sheet, row and column."""

    def __init__(self, path: Path, sheet: str, header: list[Any], row: list[Any], number: int) -> None:
        self.path, self.sheet, self.header, self.row, self.number = path, sheet, header, row, number

    def raw(self, column: int | None) -> Any:
        if column is None or column >= len(self.row):
            return None
        return self.row[column]

    def _fail(self, column: int, value: Any, expected: str) -> InputError:
        return InputError(
            self.path, f"sheet {self.sheet!r}, column {self.header[column]!r}: {value!r} is not {expected}",
            row=self.number,
        )

    def count(self, column: int | None) -> int | None:
        value = self.raw(column)
        try:
            return parse_count(value)
        except ValueError:
            raise self._fail(column, value, "a count") from None  # type: ignore[arg-type]

    def rate(self, column: int | None) -> float | None:
        value = self.raw(column)
        try:
            return parse_rate(value)
        except ValueError:
            raise self._fail(column, value, "a rate") from None  # type: ignore[arg-type]

    def day(self, column: int) -> date | None:
        value = self.raw(column)
        if value is None or str(value).strip() == "":
            return None
        try:
            return parse_day(value)
        except ValueError:
            raise self._fail(column, value, "a date like 06/18/2024 or 18.06.2024") from None

    def text(self, column: int | None) -> str | None:
        value = self.raw(column)
        if value is None:
            return None
        s = str(value).strip()
        return s or None


def _metric(columns: dict[str, int], name: str) -> int | None:
    """The page-wide column of a metric: '(total)' first, then without a variant, then '(organic)'."""
    for variant in ("total", "", "organic"):
        key = f"{name}:{variant}" if variant else name
        if key in columns:
            return columns[key]
    return None


def _days_from_followers(cells_rows: list[_Cells], columns: dict[str, int]) -> tuple[list[PageDay], str | None]:
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


def _days_from_metrics(cells_rows: list[_Cells], columns: dict[str, int]) -> list[PageDay]:
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


def _posts(
    cells_rows: list[_Cells], columns: dict[str, int], page: str, observed_at: datetime
) -> tuple[list[Post], list[Snapshot]]:
    posts, snapshots = [], []
    for cells in cells_rows:
        link = cells.text(columns["link"])
        if link is None:
            continue
        created = cells.day(columns["created"])
        if created is None:
            raise InputError(
                cells.path, f"sheet {cells.sheet!r}: the post {link} has no created date", row=cells.number
            )
        content_type = cells.text(columns.get("content_type"))
        votes = cells.count(columns.get("poll_votes"))
        is_poll = (content_type or "").casefold() in _POLL_TYPES or votes is not None
        native_id = share_id(link)
        likes_col = columns.get("likes", columns.get("reactions"))
        posts.append(Post(
            platform=PLATFORM,
            native_id=native_id,
            author=page,
            created_at=datetime.combine(created, time(0, 0), tzinfo=UTC),
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
    path: Path | str, *, page: str | None = None, observed_at: datetime | None = None
) -> PageExport:
    """Read one page analytics export (followers or content). `page` defaults to the name in the file name;
    `observed_at` (when the figures were taken) defaults to the export time in the file name, else its mtime."""
    path = Path(path)
    sheets = _load_sheets(path)
    page = page or page_from_file_name(path)
    observed_at = observed_at or export_time(path)
    days: list[PageDay] = []
    posts: list[Post] = []
    snapshots: list[Snapshot] = []
    read: dict[str, str] = {}
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
            _Cells(path, name, header, row, number)
            for number, row in enumerate(rows[index + 1:], start=index + 2)
            if any(v is not None and str(v).strip() for v in row)
        ]
        read[name] = kind
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
        raise InputError(
            path,
            "no sheet of a LinkedIn page analytics export found: expected a header (row 1 or 2) with "
            "'Date, Sponsored followers, Organic followers, Auto-invited followers, Total followers' "
            "(followers), 'Date, Impressions (total), …' (Metrics) or 'Post title, Post link, Created date, "
            "Impressions, …' (All posts), or the German names (Datum, Organische Follower, Impressionen, …)",
        )
    return PageExport(
        path=path, page=page, observed_at=observed_at, language=column_language(header_names),
        days=_merge(days), posts=posts, snapshots=snapshots, sheets=read, totals_column=totals_column,
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
    """The moment a day's figure refers to (LinkedIn's analytics days are UTC days)."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


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
