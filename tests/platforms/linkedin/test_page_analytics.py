"""Reading LinkedIn company page analytics exports: English and German, .xls and .xlsx, followers and content."""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from reichweite.errors import InputError
from reichweite.platforms.linkedin.page_analytics import (
    PageDay,
    company_follower_snapshots,
    follower_counts,
    follower_snapshots,
    read_follower_rows,
    read_page_export,
)
from reichweite.platforms.linkedin.page_cells import parse_count, parse_rate
from tests.support import FIXTURES

PAGE = FIXTURES / "linkedin" / "page"
FILES = {
    ("en", "xls"): "beispiel-ag_{kind}_1718755200000.xls",
    ("en", "xlsx"): "beispiel-ag_{kind}_1718755200000.xlsx",
    ("de", "xls"): "beispiel-gmbh_{kind}_1718841600000.xls",
    ("de", "xlsx"): "beispiel-gmbh_{kind}_1718841600000.xlsx",
}
VARIANTS = list(FILES)


def _file(lang: str, fmt: str, kind: str) -> Path:
    return PAGE / FILES[(lang, fmt)].format(kind=kind)


@pytest.mark.parametrize(("lang", "fmt"), VARIANTS)
def test_followers_export(lang: str, fmt: str) -> None:
    export = read_page_export(_file(lang, fmt, "followers"))
    assert export.language == lang
    assert export.page == ("beispiel-ag" if lang == "en" else "beispiel-gmbh")
    assert export.observed_at == (
        datetime(2024, 6, 19, tzinfo=UTC) if lang == "en" else datetime(2024, 6, 20, tzinfo=UTC)
    )
    assert list(export.sheets.values()) == ["followers"]  # the demographic sheets are not daily figures
    assert export.totals_column == "new per day"
    assert len(export.days) == 14
    first, third = export.days[0], export.days[2]
    assert first.day == date(2024, 6, 1)
    assert (first.new_followers_sponsored, first.new_followers_organic, first.new_followers_auto_invited) == (0, 4, 1)
    assert first.new_followers == 5
    assert first.followers is None  # "Total followers" is new followers that day, not the page's count
    assert (third.day, third.new_followers) == (date(2024, 6, 3), 5)
    assert sum(d.new_followers for d in export.days) == 70
    assert follower_snapshots(export) == []  # no count without an anchor: missing is not 0


@pytest.mark.parametrize(("lang", "fmt"), VARIANTS)
def test_content_export(lang: str, fmt: str) -> None:
    export = read_page_export(_file(lang, fmt, "content"))
    assert export.language == lang
    assert sorted(export.sheets.values()) == ["metrics", "posts"]
    assert export.counts() == {"follower days": 0, "metric days": 14, "posts": 3, "polls": 0}
    day = export.days[2]
    assert (day.day, day.impressions, day.unique_impressions, day.clicks, day.reactions) == (
        date(2024, 6, 3), 454, 200, 10, 14,
    )
    assert (day.comments, day.reposts) == (2, 0)
    assert day.engagement_rate == pytest.approx(26 / 454, rel=1e-5)

    dax, poll, video = export.posts
    assert dax.text == (
        "Wie schneiden die DAX-Konzerne auf LinkedIn ab? Unsere Auswertung für München, Köln und Düsseldorf …"
    )
    assert dax.native_id == "urn:li:activity:7207923562316234000"
    assert dax.url == "https://www.linkedin.com/feed/update/urn:li:activity:7207923562316234000"
    assert dax.created_at == datetime(2024, 6, 13, tzinfo=UTC)
    assert dax.author == export.page
    assert video.raw["content_type"] == "Video"
    assert video.raw["video_views"] == 412
    snap = {s.native_id: s for s in export.snapshots}[dax.native_id]
    assert (snap.views, snap.likes, snap.replies, snap.reposts) == (1834, 41, 6, 3)
    assert snap.quotes is None and snap.poll_votes is None
    assert snap.observed_at == export.observed_at
    assert snap.source == "archive"
    assert poll.kind == "post"  # nothing in the export says it is a poll
    sheet = "All posts" if lang == "en" else "Alle Beiträge"
    assert list(export.unread_columns) == [sheet]  # every Metrics column is understood
    assert len(export.unread_columns[sheet]) == 6  # campaign name/start/end, audience, off-site views, CTR


def test_languages_and_formats_give_the_same_figures() -> None:
    def figures(lang: str, fmt: str) -> tuple:
        followers = read_page_export(_file(lang, fmt, "followers"))
        content = read_page_export(_file(lang, fmt, "content"))
        snaps = [(s.native_id, s.views, s.likes, s.replies, s.reposts) for s in content.snapshots]
        return followers.days, content.days, [(p.native_id, p.text, p.created_at) for p in content.posts], snaps

    reference = figures("en", "xlsx")
    for lang, fmt in VARIANTS:
        assert figures(lang, fmt) == reference, (lang, fmt)


def test_follower_counts_back_computed_from_the_last_day() -> None:
    export = read_page_export(_file("en", "xls", "followers"))
    rows = follower_counts(export.days, followers_on_last_day=1000)
    assert rows[-1] == (date(2024, 6, 14), 1000)
    assert rows[-2] == (date(2024, 6, 13), 1000 - 2)  # 14 June: 0 sponsored + 2 organic + 0 auto-invited
    assert rows[0] == (date(2024, 6, 1), 1000 - 70 + 5)
    assert read_follower_rows(_file("de", "xlsx", "followers"), followers_on_last_day=1000) == rows
    snaps = follower_snapshots(export, followers_on_last_day=1000)
    assert [s.followers for s in snaps] == [count for _, count in rows]
    assert snaps[0].observed_at == datetime(2024, 6, 1, 21, 59, 59, tzinfo=UTC)  # 23:59:59 in Berlin (CEST)
    assert (snaps[0].platform, snaps[0].handle, snaps[0].source) == ("linkedin", "beispiel-ag", "archive")
    company = company_follower_snapshots(export, "beispiel", followers_on_last_day=1000)
    assert [(c.company_key, c.observed_at, c.followers) for c in company] == [
        ("beispiel", s.observed_at, s.followers) for s in snaps
    ]
    assert company[0].employees is None


def test_a_running_total_column_is_used_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "page_followers.xlsx"
    _workbook(path, {"New followers": [
        ["Follower metrics"],
        ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"],
        ["06/01/2024", 0, 3, 0, 1200],
        ["06/02/2024", 1, 2, 0, 1203],
        ["06/03/2024", 0, 0, 0, 1203],
    ]})
    export = read_page_export(path, page="acme", observed_at=datetime(2024, 6, 4, tzinfo=UTC))
    assert export.totals_column == "running total"
    assert follower_counts(export.days) == [
        (date(2024, 6, 1), 1200), (date(2024, 6, 2), 1203), (date(2024, 6, 3), 1203),
    ]
    assert [d.new_followers for d in export.days] == [3, 3, 0]


def test_poll_votes_where_a_column_has_them(tmp_path: Path) -> None:
    """LinkedIn shows poll votes on screen; a 'Poll votes' column (e.g. typed in from the screen) is read."""
    path = tmp_path / "acme_content_1718755200000.xlsx"
    _workbook(path, {"All posts": [
        ["Content metrics"],
        ["Post title", "Post link", "Created date", "Impressions", "Clicks", "Likes", "Comments", "Reposts",
         "Content Type", "Poll votes"],
        ["Sind Zertifizierungen sinnvoll?", "https://www.linkedin.com/feed/update/urn:li:activity:1", "06/07/2024",
         "2.210", 58, 17, 4, 0, "Poll", "312"],
        ["Kein Poll", "https://www.linkedin.com/feed/update/urn:li:activity:2", "06/08/2024", 100, 1, 2, 0, 0,
         None, None],
    ]})
    export = read_page_export(path)
    poll, plain = export.posts
    assert (poll.kind, plain.kind) == ("poll", "post")
    votes = {s.native_id: (s.poll_votes, s.views) for s in export.snapshots}
    assert votes == {"urn:li:activity:1": (312, 2210), "urn:li:activity:2": (None, 100)}


def test_bad_cell_names_file_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "acme_followers_1718755200000.xlsx"
    _workbook(path, {"Neue Follower": [
        ["Beschreibung"],
        ["Datum", "Gesponserte Follower", "Organische Follower", "Automatisch eingeladene Follower",
         "Follower insgesamt"],
        ["01.06.2024", 0, 3, 0, 3],
        ["02.06.2024", 0, "viele", 0, 3],
    ]})
    with pytest.raises(InputError) as caught:
        read_page_export(path)
    assert str(caught.value) == (
        f"{path}, row 4: sheet 'Neue Follower', column 'Organische Follower': 'viele' is not a count"
    )
    _workbook(path, {"Neue Follower": [
        ["Beschreibung"], ["Datum", "Organische Follower", "Follower insgesamt"], ["32.13.2024", 3, 3],
    ]})
    with pytest.raises(InputError, match=r"row 3: sheet 'Neue Follower', column 'Datum': '32.13.2024' is not a date"):
        read_page_export(path)


def test_files_that_are_not_page_exports(tmp_path: Path) -> None:
    text = tmp_path / "export.xls"
    text.write_text("<html>not a workbook</html>")
    with pytest.raises(InputError, match="not an Excel workbook"):
        read_page_export(text)
    other = tmp_path / "budget.xlsx"
    _workbook(other, {"Sheet": [["Posten", "Betrag"], ["Miete", 1200]]})
    with pytest.raises(InputError, match=r"no sheet of a LinkedIn analytics export found: expected a company page "
                                         r"export — a header"):
        read_page_export(other)


def test_numbers_as_the_exports_write_them() -> None:
    assert [parse_count(v) for v in (12, 12.0, "1,234", "1.234", "1 234", "", "-", None)] == [
        12, 12, 1234, 1234, 1234, None, None, None,
    ]
    with pytest.raises(ValueError):
        parse_count("1.2K")
    assert parse_rate("3,4 %") == pytest.approx(0.034)
    assert parse_rate(0.05) == 0.05
    assert follower_counts([PageDay(day=date(2024, 1, 1), new_followers=3)]) == []


def test_the_committed_files_are_what_the_script_writes(tmp_path: Path) -> None:
    """tests/fixtures/linkedin/make_page_exports.py (xlwt for .xls, openpyxl for .xlsx) made the files above."""
    spec = importlib.util.spec_from_file_location("make_page_exports", PAGE.parent / "make_page_exports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main(tmp_path)
    assert len(written) == 8
    for path in written:
        fresh, committed = read_page_export(path), read_page_export(PAGE / path.name)
        assert fresh.days == committed.days
        assert [(p.native_id, p.text, p.created_at) for p in fresh.posts] == [
            (p.native_id, p.text, p.created_at) for p in committed.posts
        ]
        assert [s.views for s in fresh.snapshots] == [s.views for s in committed.snapshots]


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
