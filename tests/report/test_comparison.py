"""The comparison report: Excel sheets with ids as text and a native chart, PNGs, offline HTML with escaped text."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from reichweite.jobs.compare import compare
from reichweite.store import open_store
from tests.support.compare_seed import FETCH_2, X_LIKES, Seeded, seed_store
from tests.support.images import png_size

X = ("x", "tagesfoto")
BS = ("bluesky", "tagesfoto.bsky.social")


@pytest.fixture
def seeded(sqlite_url: str) -> tuple[sa.Engine, Seeded]:
    """Reports do not depend on the database: SQLite only."""
    engine = open_store(sqlite_url)
    return engine, seed_store(engine)


@pytest.fixture
def store(sqlite_url: str) -> sa.Engine:
    return open_store(sqlite_url)


def test_report_files_in_english(seeded: tuple[sa.Engine, Seeded], tmp_path: Path) -> None:
    engine, data = seeded
    result = compare(engine, X, BS, at=FETCH_2 + timedelta(hours=1), out=tmp_path, lang="en")
    assert sorted(p.name for p in result.files) == [
        "comparison.xlsx", "index.html", "interactions_per_day.png", "interactions_per_day.svg", "pairs_scatter.png",
        "pairs_scatter.svg",
    ]
    for png in ("interactions_per_day.png", "pairs_scatter.png"):
        width, height = png_size(tmp_path / png)
        assert width > 700 and height > 400
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    # post text is escaped, never markup
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; #Tagesfoto" in html
    # offline: no external resources, charts as data URIs
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']https?:""", html)
    assert html.count('src="data:image/svg+xml;base64,') == 2
    # the honesty note comes first, before the numbers
    note = html.index("Compared on reposts + likes: replies unknown for 8 of 8 X posts")
    assert note < html.index('id="summary-table"')
    assert "the X archive has no reply counts" in html
    # definitions and measurement dates (local time Europe/Berlin: the archive was made 07:12 UTC = 09:12 CEST)
    assert "Interactions = reposts + likes" in html
    assert "As of: per post the latest measurement up to 2 Sept 2026, 15:00" in html
    assert "archive (time the archive was made): 9 posts, measured 1 Sept 2026, 09:12 to 1 Sept 2026, 09:12" in html
    assert "Wilcoxon signed-rank test (paired, two-sided): p = " in html
    # X (archive, 1 Sep 07:12 UTC) and Bluesky (fetch, 2 Sep 12:00 UTC) were measured 28.8 h apart: said up front
    assert ("Note: the two sides were measured 1.2 days apart (X last 1 Sept 2026, 09:12, Bluesky last 2 Sept 2026, "
            "14:00)") in html
    assert html.index('id="gap-note"') < html.index('id="summary-table"')
    assert "Reposts (shared posts of others) are excluded: X 1, Bluesky 0" in html
    assert f'href="https://x.com/tagesfoto/status/{data.x_ids[3]}"' in html


def test_report_in_german_without_parts_note(store: sa.Engine, tmp_path: Path) -> None:
    seed_store(store, with_replies=True)
    compare(store, X, BS, at=FETCH_2 + timedelta(hours=1), out=tmp_path, lang="de")
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in html
    assert "Interaktionen = Antworten + Reposts + Likes" in html
    assert "Verglichen auf" not in html
    assert "Achtung: Die Seiten wurden 1,1 Tage auseinander gemessen" in html
    assert "Wilcoxon-Vorzeichen-Rang-Test" in html and "Median des Verhältnisses Bluesky/X" in html


def test_excel_workbook(seeded: tuple[sa.Engine, Seeded], tmp_path: Path) -> None:
    engine, data = seeded
    compare(engine, X, BS, at=FETCH_2 + timedelta(hours=1), out=tmp_path, lang="en")
    path = tmp_path / "comparison.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Pairs", "Unmatched", "Snapshots", "Days", "By month", "By weekday", "Notes"]
    pairs = book["Pairs"]
    header = [c.value for c in pairs[1]]
    col = {name: i for i, name in enumerate(header)}
    first = [c for c in pairs[2]]
    assert first[col["X: ID"]].data_type == "s" and first[col["X: ID"]].value == data.x_ids[0]
    assert first[col["X: ID"]].number_format == "@"
    assert first[col["Bluesky: ID"]].value == data.bs_ids[0]
    assert first[col["X: Likes"]].value == X_LIKES[0] and first[col["X: Likes"]].number_format == "#,##0"
    assert first[col["X: Link"]].hyperlink.target == f"https://x.com/tagesfoto/status/{data.x_ids[0]}"
    posted = first[col["X: Posted (Europe/Berlin)"]]
    assert posted.is_date and posted.number_format == "d mmm yyyy hh:mm"
    assert first[col["Match"]].value == "same text"
    assert first[col["Ratio (Bluesky + 1) / (X + 1)"]].number_format == "0.00"
    assert pairs.max_row == 9 and pairs.freeze_panes == "A2" and pairs.auto_filter.ref.startswith("A1:")
    assert pairs.column_dimensions["B"].width > 40  # the text column is as wide as its texts (up to 60)
    unmatched = book["Unmatched"]
    ids = [row[4] for row in unmatched.iter_rows(min_row=2, values_only=True)]
    assert ids == [data.x_only, data.bs_only]
    snapshots = book["Snapshots"]
    assert snapshots.max_row - 1 == 8 + 1 + 16 + 1  # archive rows of 9 X posts, two fetches of 8 + 1 Bluesky post
    days = book["Days"]
    assert days["A2"].is_date and days["A2"].number_format == "d mmm yyyy"  # a day, not a time
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Median"].number_format == "#,##0.0" and summary["Share of wins"].number_format == "0.0%"
    assert summary["Wilcoxon test: p"].number_format == "[<0.001]0.00E+00;0.0000"
    notes = [row for row in book["Notes"].iter_rows(min_row=2, values_only=True)]
    assert ("Time zone", "All times in Europe/Berlin (stored in UTC in the database); days are calendar days of "
            "this time zone.") in notes
    assert any(text.startswith("Interactions = reposts + likes") for _, text in notes)
    assert book["Summary"].max_row == 14  # the notes are in their own sheet, not below the table
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
        drawing = z.read("xl/drawings/drawing1.xml").decode()
    assert "<c:lineChart>" in chart and "Days!$B$2:$B$" in chart and "Days!$C$2:$C$" in chart
    assert "<xdr:graphicFrame" in drawing


def test_no_gap_note_at_an_age(seeded: tuple[sa.Engine, Seeded], tmp_path: Path) -> None:
    engine, _ = seeded
    compare(engine, X, BS, age=timedelta(days=10), out=tmp_path, lang="en")
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'id="gap-note"' not in html
    assert "Age: per post the first measurement between 10d and 10d + 12h after posting" in html
    assert "Pairs without figures (8)" in html and "no measurement on X" in html
