"""A member's own creator analytics export (linkedin.com/analytics/creator → Export): one workbook, named
`Content_<start>_<end>_<Name>.xlsx` (since 2026 `AggregateAnalytics_<Name>_<start>_<end>.xlsx`), with up to five
sheets — or a workbook of one of them, such as `Top Posts.xlsx`:

- DISCOVERY: `Overall Performance | 6/1/2024 - 6/30/2024`, then `Impressions | n` and `Members reached | n`;
- ENGAGEMENT: `Date | Impressions | Engagements`, a row per day;
- TOP POSTS: a note, a blank row, then two tables side by side — the top posts by engagements (`Post URL | Post
  publish date | Engagements`) and by impressions (`Post URL | Post publish date | Impressions`);
- FOLLOWERS: `Total followers on 6/30/2024: | n`, a blank row, `Date | New followers`, a row per day;
- DEMOGRAPHICS: `Top Demographics | Value | Percentage` (not read).

Dates are text, month first (`6/18/2024`); since 2026 numbers are text too. Sheets are recognised by their content,
not their names. Returns records and never writes the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from reichweite.errors import InputError, Said
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.platforms.linkedin.page_analytics import PageDay, end_of_day
from reichweite.platforms.linkedin.page_cells import parse_count
from reichweite.timeutil import DateError, read_moment

PLATFORM = "linkedin"
SOURCE = "archive"
_RANGE = re.compile(r"(\S+)\s*[-–]\s*(\S+)")
_TOTAL = re.compile(r"total followers on\s+(\S+?):?\s*$", re.IGNORECASE)
_FILE = re.compile(r"^(?:Content_(?P<a>\d{4}-\d{2}-\d{2})_(?P<b>\d{4}-\d{2}-\d{2})_(?P<name>.+)"
                   r"|AggregateAnalytics_(?P<name2>.+?)_(?P<c>\d{4}-\d{2}-\d{2})_(?P<d>\d{4}-\d{2}-\d{2}))$")
_SLUG = re.compile(r"linkedin\.com/posts/([^_/?#]+)_")
_ACTIVITY = re.compile(r"(activity|share|ugcPost)[-:](\d{15,})")
_URN = re.compile(r"urn:li:(activity|share|ugcPost):(\d+)")


@dataclass
class CreatorExport:
    """What one creator analytics workbook holds."""

    path: Path
    member: str
    observed_at: datetime
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name → discovery | engagement | posts | followers
    window: tuple[date, date] | None = None
    impressions: int | None = None
    members_reached: int | None = None
    days: list[PageDay] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    total_followers: tuple[date, int] | None = None

    def counts(self) -> dict[str, int]:
        return {
            "engagement days": sum(1 for d in self.days if d.impressions is not None),
            "follower days": sum(1 for d in self.days if d.new_followers is not None),
            "top posts": len(self.posts),
        }

    def follower_snapshots(self) -> list[AccountSnapshot]:
        """The member's followers at the end of each day: the total the export states for its last day, minus the
        new followers of the days after (unfollows are not in the export: lower bounds before that day)."""
        if self.total_followers is None:
            return []
        anchor, total = self.total_followers
        counts = {anchor: total}
        later = 0
        for d in sorted((d for d in self.days if d.new_followers is not None), key=lambda d: d.day, reverse=True):
            if d.day > anchor:
                continue
            counts[d.day] = total - later
            later += d.new_followers or 0
        return [AccountSnapshot(platform=PLATFORM, handle=self.member, observed_at=end_of_day(day), source=SOURCE,
                                followers=count, origin=f"{self.path.name} (Total followers on {anchor:%m/%d/%Y})")
                for day, count in sorted(counts.items())]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _day(path: Path, sheet: str, row: int, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return read_moment(_text(value), order="mdy")[0]  # LinkedIn writes 6/18/2024, month first
    except DateError:
        shown = repr(_text(value))
        raise InputError(path, Said(f"sheet {sheet!r}: {shown} is not a date like 6/18/2024", "tab.li.creator_day",
                                    sheet=repr(sheet), value=shown), row=row) from None


def _count(path: Path, sheet: str, row: int, value: Any) -> int | None:
    try:
        return parse_count(value)
    except ValueError:
        shown = repr(_text(value))
        raise InputError(path, Said(f"sheet {sheet!r}: {shown} is not a count", "tab.li.creator_count",
                                    sheet=repr(sheet), value=shown), row=row) from None


def _kind(rows: list[list[Any]]) -> str | None:
    """What a sheet holds, by its first cells."""
    cells = [[_text(v).casefold() for v in row] for row in rows[:4]]
    first = [row[0] if row else "" for row in cells]
    if first and first[0] == "overall performance":
        return "discovery"
    if first and _TOTAL.match(first[0]):
        return "followers"
    if cells and cells[0][:3] == ["date", "impressions", "engagements"]:
        return "engagement"
    if any(row.count("post url") >= 1 and "post publish date" in row for row in cells):
        return "posts"
    if first and first[0] in ("top demographics", "demographics"):
        return "demographics"
    return None


def is_creator_workbook(sheets: list[tuple[str, list[list[Any]]]]) -> bool:
    return any(_kind(rows) in ("discovery", "engagement", "posts", "followers") for _, rows in sheets)


def post_urn(url: str) -> str:
    """A post's id from any of its URLs: `…/feed/update/urn:li:activity:72…/` or `…/posts/jana_title-activity-72…-AbCd`
    → `urn:li:activity:72…`; a URL naming no id stays the id."""
    text = unquote(url)
    if m := _URN.search(text):
        return f"urn:li:{m.group(1)}:{m.group(2)}"
    if m := _ACTIVITY.search(text):
        return f"urn:li:{m.group(1)}:{m.group(2)}"
    return url.strip()


def _top_posts(path: Path, sheet: str, rows: list[list[Any]]) -> dict[str, dict[str, Any]]:
    """url → {day, engagements, impressions, rows}: both side-by-side tables merged by URL."""
    header_at = next(i for i, row in enumerate(rows) if "post url" in [_text(v).casefold() for v in row])
    header = [_text(v).casefold() for v in rows[header_at]]
    tables = [(i, header[i + 2]) for i, name in enumerate(header)
              if name == "post url" and i + 2 < len(header) and header[i + 2] in ("engagements", "impressions")]
    found: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        for start, figure in tables:
            url = _text(row[start]) if start < len(row) else ""
            if not url:
                continue
            entry = found.setdefault(url, {"engagements": None, "impressions": None, "rows": []})
            entry["day"] = _day(path, sheet, number, row[start + 1] if start + 1 < len(row) else None)
            entry[figure] = _count(path, sheet, number, row[start + 2] if start + 2 < len(row) else None)
            entry["rows"].append(number)
    return found


def _slot(by_day: dict[date, PageDay], day: date) -> PageDay:
    return by_day.setdefault(day, PageDay(day=day))


def _member(path: Path, member: str | None, urls: list[str]) -> str:
    if member:
        return member
    slugs = {m.group(1).lower() for u in urls if (m := _SLUG.search(unquote(u)))}
    if len(slugs) == 1:
        return slugs.pop()
    if m := _FILE.match(path.stem):
        return m.group("name") or m.group("name2")
    raise InputError(path, Said("whose creator analytics these are cannot be told from the file: give --page NAME "
                                "(your LinkedIn name as in your profile URL, e.g. jana-beispiel)",
                                "tab.li.creator_whose"))


def read_creator_export(path: Path, sheets: list[tuple[str, list[list[Any]]]], *, member: str | None = None,
                        observed_at: datetime | None = None) -> CreatorExport:
    """Read a creator analytics workbook already loaded as sheets. `member` names whose it is (default: the profile
    name in the top posts' URLs, else the name in the file name); `observed_at` when the figures were taken
    (default: the end of the export's last day, else the file's modification time)."""
    kinds = {name: kind for name, rows in sheets if (kind := _kind(rows))}
    by_day: dict[date, PageDay] = {}
    window = impressions = reached = total = None
    posts: dict[str, dict[str, Any]] = {}
    for name, rows in sheets:
        kind = kinds.get(name)
        if kind == "discovery":
            span = _RANGE.search(_text(rows[0][1] if len(rows[0]) > 1 else ""))
            if span:
                window = (_day(path, name, 1, span.group(1)), _day(path, name, 1, span.group(2)))
            for number, row in enumerate(rows[1:], start=2):
                label = _text(row[0] if row else "").casefold()
                if label == "impressions":
                    impressions = _count(path, name, number, row[1] if len(row) > 1 else None)
                elif label == "members reached":
                    reached = _count(path, name, number, row[1] if len(row) > 1 else None)
        elif kind == "engagement":
            for number, row in enumerate(rows[1:], start=2):
                if row and _text(row[0]):
                    day = _slot(by_day, _day(path, name, number, row[0]))
                    day.impressions = _count(path, name, number, row[1] if len(row) > 1 else None)
                    day.engagements = _count(path, name, number, row[2] if len(row) > 2 else None)
        elif kind == "followers":
            stated = _TOTAL.match(_text(rows[0][0]))
            total = (_day(path, name, 1, stated.group(1)), _count(path, name, 1, rows[0][1] if len(rows[0]) > 1
                                                                   else None))  # type: ignore[union-attr]
            header = next((i for i, row in enumerate(rows) if row and _text(row[0]).casefold() == "date"), None)
            if header is None:
                raise InputError(path, Said(f"sheet {name!r}: no header row starting with 'Date' above the new "
                                            "followers per day", "tab.li.creator_no_date", sheet=repr(name)))
            start = header + 1
            for number, row in enumerate(rows[start:], start=start + 1):
                if row and _text(row[0]):
                    day = _slot(by_day, _day(path, name, number, row[0]))
                    day.new_followers = _count(path, name, number, row[1] if len(row) > 1 else None)
        elif kind == "posts":
            posts.update(_top_posts(path, name, rows))
    if not any(kind in ("discovery", "engagement", "posts", "followers") for kind in kinds.values()):
        raise InputError(path, Said("not a creator analytics export: no sheet like DISCOVERY, ENGAGEMENT, TOP POSTS "
                                    "or FOLLOWERS", "tab.li.not_creator"))
    member = _member(path, member, list(posts))
    last = (window[1] if window else None) or (total[0] if total else None) or max(by_day, default=None)
    if observed_at is None:
        observed_at = end_of_day(last) if last else datetime.fromtimestamp(int(path.stat().st_mtime), tz=UTC)
    export = CreatorExport(path=path, member=member, observed_at=observed_at, sheets=kinds, window=window,
                           impressions=impressions, members_reached=reached,
                           days=[by_day[d] for d in sorted(by_day)],
                           total_followers=total if total and total[1] is not None else None)  # type: ignore[arg-type]
    for url, entry in posts.items():
        native_id = post_urn(url)
        export.posts.append(Post(
            platform=PLATFORM, native_id=native_id, author=member,
            created_at=datetime.combine(entry["day"], time(0), tzinfo=UTC), url=url,
            raw={"file": path.name, "rows": entry["rows"], "publish_date": entry["day"].isoformat(),
                 "engagements": entry["engagements"], "impressions": entry["impressions"]},
        ))
        if entry["impressions"] is not None:
            export.snapshots.append(Snapshot(
                platform=PLATFORM, native_id=native_id, observed_at=observed_at, source=SOURCE,
                views=entry["impressions"], origin=f"{path.name} (top posts)",
            ))
    return export
