"""Posts typed in side by side (one row per day, a column group per account), German or English, and the same
figures as a long table: both give the same stored posts and the same comparison pairs."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
import xlsxwriter

import reichweite
from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.store import open_store
from reichweite.store.schema import account_snapshots, posts, snapshots
from reichweite.tables.detect import load_file
from reichweite.timeutil import REPORT_TZ

X, BSKY = "fotovorschlag", "fotovorschlag.bsky.social"
ACCOUNTS = [("x", X), ("bluesky", BSKY)]
AT = datetime(2023, 11, 21, 23, 59, 59, 999999, REPORT_TZ)
# day, text, X likes/replies/reposts, Bluesky likes/replies/reposts (None: that account did not post)
DAYS = [
    ("13.11.2023", "Tagesfoto: Nebel über der Spree #fotovorschlag", (12, 1, 3), (20, 2, 4)),
    ("14.11.2023", "Herbstlaub im Tiergarten, Straße nass", (8, 0, 1), (15, 1, 2)),
    ("15.11.2023", "Fernsehturm im Regen", (30, 4, 7), None),
    ("16.11.2023", "Spiegelung in der Pfütze", (5, 0, 0), (9, 0, 1)),
    ("17.11.2023", "Graffiti am Görlitzer Park", (1.234e3, 12, 40), (2100, 30, 95)),
    ("18.11.2023", "", (3, 0, 0), (4, 1, 0)),
    ("20.11.2023", "Schaufenster bei Nacht", (14, 2, 2), (11, 0, 3)),
]
GERMAN_HEADER = ["Datum", "Text", "X Likes", "X Antworten", "X Reposts", "Bluesky Likes", "Bluesky Antworten",
                 "Bluesky Reposts"]


def _figure(value: float | None) -> str:
    return "" if value is None else f"{int(value):,}".replace(",", ".")  # German thousands: 1.234


def _german_rows() -> list[list[str]]:
    rows = []
    for day, text, x, b in DAYS:
        rows.append([day, text, *(_figure(v) for v in x), *(_figure(v) for v in (b or (None,) * 3))])
    return rows


def _write_csv(path: Path, rows: list[list[str]], *, delimiter: str, encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _long_rows() -> list[list[str]]:
    """The same figures as the long posts layout, English headers, ISO dates."""
    rows = [["platform", "author", "created_at", "text", "observed_at", "likes", "replies", "reposts"]]
    for day, text, x, b in DAYS:
        iso = datetime.strptime(day, "%d.%m.%Y").date().isoformat()
        for platform, handle, figures in (("x", X, x), ("bluesky", BSKY, b)):
            if figures is not None:
                rows.append([platform, handle, iso, text, "2023-11-21", *(str(int(v)) for v in figures)])
    return rows


def _pairs(store: str) -> list[tuple]:
    result = reichweite.compare(store, f"x:{X}", f"bluesky:{BSKY}", at="2023-11-22")
    frame = result.table.pairs
    columns = ["a_native_id", "b_native_id", "method", "a_text", "a_created_at", "a_likes", "a_replies",
               "a_reposts", "b_likes", "b_replies", "b_reposts"]
    return [tuple(r) for r in frame[columns].itertuples(index=False)]


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_the_german_side_by_side_table_gives_the_pairs_of_the_long_table(tmp_path: Path) -> None:
    wide = _write_csv(tmp_path / "tagesfotos.csv", [GERMAN_HEADER, *_german_rows()], delimiter=";",
                      encoding="cp1252")
    long = _write_csv(tmp_path / "long.csv", _long_rows(), delimiter=",", encoding="utf-8-sig")
    wide_db, long_db = str(tmp_path / "wide.db"), str(tmp_path / "long.db")

    done = reichweite.import_file(wide_db, wide, kind="table", accounts=f"x:{X},bluesky:{BSKY}", at="21.11.2023")
    reichweite.import_file(long_db, long, kind="table")
    assert "posts-wide: 7 rows, 13 posts new" in done.summary
    assert f"stand-in ids from account, day and text (table:{BSKY}:2023-11-13:" in done.summary

    wide_pairs, long_pairs = _pairs(wide_db), _pairs(long_db)
    assert len(wide_pairs) == 5  # no pair: the day without a Bluesky post, the day without a text to match
    assert wide_pairs == long_pairs
    by_text = {p[3]: p for p in wide_pairs}
    assert by_text["Graffiti am Görlitzer Park"][5:] == (1234, 12, 40, 2100, 30, 95)  # 1.234 is a German thousand
    assert by_text["Tagesfoto: Nebel über der Spree #fotovorschlag"][4].date() == date(2023, 11, 13)


def test_importing_again_adds_nothing_and_real_ids_join_the_stand_ins(tmp_path: Path) -> None:
    wide = _write_csv(tmp_path / "t.csv", [GERMAN_HEADER, *_german_rows()], delimiter=";", encoding="utf-8")
    engine = open_store(str(tmp_path / "r.db"))
    import_table(engine, wide, accounts=ACCOUNTS, at=AT)
    again = import_table(engine, wide, accounts=ACCOUNTS, at=AT)
    assert "0 posts new, 13 posts known, 0 snapshots added" in again.summary()
    assert _count(engine, posts) == 13 and _count(engine, snapshots) == 13

    # later the X links are known: a long table with the real ids (and the texts as the posts have them)
    real = _write_csv(tmp_path / "links.csv", [
        ["Plattform", "Link", "Datum", "Text", "Stichtag", "Gefällt mir", "Antworten", "Geteilt", "Aufrufe"],
        ["X", f"https://x.com/{X}/status/1724500000000000001", "13.11.2023 08:15",
         "Tagesfoto: Nebel über der Spree #fotovorschlag", "28.11.2023", "15", "1", "3", "2.345"],
        ["Twitter", f"https://twitter.com/{X}/status/1724800000000000002", "15.11.2023 09:00", "Fernsehturm im Regen",
         "28.11.2023", "31", "4", "7", "5.1K"],
    ], delimiter=";", encoding="utf-8")
    joined = import_table(engine, real)
    assert "2 stand-ins joined by day and text" in joined.summary()
    assert _count(engine, posts) == 13  # never doubled
    with engine.connect() as conn:
        rows = conn.execute(sa.select(posts.c.native_id, posts.c.id).where(posts.c.platform == "x")).all()
        ids = {n for n, _ in rows}
        assert {"1724500000000000001", "1724800000000000002"} <= ids
        nebel = next(i for n, i in rows if n == "1724500000000000001")
        figures = conn.execute(sa.select(snapshots.c.likes, snapshots.c.views).where(snapshots.c.post_id == nebel)
                               .order_by(snapshots.c.observed_at)).all()
    assert [tuple(f) for f in figures] == [(12, None), (15, 2345)]  # the typed-in measurement kept, the new one added
    # and the side-by-side table imported once more still names those posts, now by their real ids
    third = import_table(engine, wide, accounts=ACCOUNTS, at=AT)
    assert "0 posts new" in third.summary() and _count(engine, posts) == 13
    # a day typed in is noon of that day: the real post at 08:15 still pairs with the Bluesky post of that day
    pairs = {p[3]: p for p in _pairs(str(tmp_path / "r.db"))}
    assert pairs["Tagesfoto: Nebel über der Spree #fotovorschlag"][0] == "1724500000000000001"
    assert len(pairs) == 5


def test_stichtag_column_english_headers_any_order_handles_in_headers(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "e.csv", [
        ["Likes (Bluesky)", "Stichtag", "Replies (X)", f"X @{X} Likes", "Date", "Text", "Bluesky Gefällt mir"],
        ["", "", "", "", "", "", ""],
    ], delimiter=",", encoding="utf-8")
    with pytest.raises(InputError, match="columns 'Likes \\(Bluesky\\)' and 'Bluesky Gefällt mir' both hold"):
        load_file(path, accounts=ACCOUNTS)
    path = _write_csv(tmp_path / "e.csv", [
        ["Likes (Bluesky)", "Stichtag", "Replies (X)", f"X @{X} Likes", "Date", "Text", "X Follower"],
        ["7", "2023-11-21 18:00", "1", "9", "2023-11-20", "Brücke", "1.2K"],
        ["", "2023-11-21 18:00", "", "", "2023-11-21", "", ""],  # nobody posted that day
    ], delimiter=",", encoding="utf-8")
    [loaded] = load_file(path, accounts=[("bluesky", BSKY)])
    assert loaded.layout == "posts-wide"
    found = sorted((p.platform, p.author, p.text) for p in loaded.records["posts"])
    assert found == [("bluesky", BSKY, "Brücke"), ("x", X, "Brücke")]
    assert {s.observed_at for s in loaded.records["snapshots"]} == {datetime(2023, 11, 21, 17, 0, tzinfo=UTC)}
    [followers] = loaded.records["account_snapshots"]
    assert (followers.handle, followers.followers, followers.followers_shown) == (X, 1200, "1.2K")


def test_xlsx_with_real_dates_and_excel_serials(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Oktober")
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    for col, title in enumerate(["Datum", "Text", "X Likes", "Bluesky Likes", "Stichtag"]):
        sheet.write_string(0, col, title)
    sheet.write_datetime(1, 0, datetime(2023, 10, 2), day)
    sheet.write_row(1, 1, ["Mauerpark", 4, 6])
    sheet.write_datetime(1, 4, datetime(2023, 10, 9), day)
    sheet.write_number(2, 0, 45202)  # 2023-10-03 as Excel keeps it in a column formatted as General
    sheet.write_row(2, 1, ["Oberbaumbrücke", 5, 8, 45209])
    book.close()
    engine = open_store(str(tmp_path / "r.db"))
    import_table(engine, path, accounts=ACCOUNTS)
    with engine.connect() as conn:
        stored = conn.execute(sa.select(posts.c.native_id).order_by(posts.c.native_id)).scalars().all()
    assert [n.rsplit(":", 1)[0] for n in stored] == [
        f"table:{BSKY}:2023-10-02", f"table:{BSKY}:2023-10-03", f"table:{X}:2023-10-02", f"table:{X}:2023-10-03"]


def test_what_a_side_by_side_table_cannot_mean_is_one_clear_line(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "t.csv", [GERMAN_HEADER, *_german_rows()], delimiter=";", encoding="utf-8")
    with pytest.raises(InputError, match="column 'X Likes': whose X account\\? Give --accounts x:NAME"):
        load_file(path, at=AT)
    with pytest.raises(InputError, match="Add a Stichtag column or give --at"):
        load_file(path, accounts=ACCOUNTS)
    odd = _write_csv(tmp_path / "o.csv", [["Datum", "X Likes", "Wetter"], ["13.11.2023", "3", "Regen"]],
                     delimiter=";", encoding="utf-8")
    with pytest.raises(InputError, match="column\\(s\\) 'Wetter' are neither"):
        load_file(odd, accounts=ACCOUNTS, at=AT)
    bluesky_views = _write_csv(tmp_path / "v.csv", [["Datum", "Bluesky Aufrufe"], ["13.11.2023", "3"]],
                               delimiter=";", encoding="utf-8")
    with pytest.raises(InputError, match="Bluesky shows no views"):
        load_file(bluesky_views, accounts=ACCOUNTS, at=AT)
    engine = open_store(str(tmp_path / "r.db"))
    with pytest.raises(InputError):
        import_table(engine, odd, accounts=ACCOUNTS, at=AT)
    assert _count(engine, posts) == 0 and _count(engine, account_snapshots) == 0


def test_german_long_posts_and_accounts_tables(tmp_path: Path) -> None:
    posts_csv = _write_csv(tmp_path / "p.csv", [
        ["Stichtag", "Plattform", "Konto", "Datum", "Text", "Gefällt mir", "Antworten", "Geteilt", "Aufrufe"],
        ["21.11.2023 20:00", "X", X, "20.11.2023", "Brücke", "3", "0", "1", "1.234"],
        ["21.11.2023 20:00", "Bluesky", BSKY, "20.11.2023", "Brücke", "4", "1", "0", ""],
    ], delimiter=";", encoding="cp1252")
    accounts_csv = _write_csv(tmp_path / "a.csv", [
        ["Plattform", "Konto", "Datum", "Follower", "Folgt"],
        ["LinkedIn", "erika-beispiel", "01.12.2023", "1.234", "300"],
    ], delimiter=";", encoding="utf-8-sig")
    engine = open_store(str(tmp_path / "r.db"))
    done = import_table(engine, posts_csv)
    assert "posts: 2 rows, 2 posts new" in done.summary() and "(from the observed_at column)" in done.summary()
    import_table(engine, accounts_csv)
    with engine.connect() as conn:
        views = conn.execute(sa.select(snapshots.c.views).where(snapshots.c.views.is_not(None))).scalar_one()
        follower = conn.execute(sa.select(account_snapshots.c.followers)).scalar_one()
    assert (views, follower) == (1234, 1234)


def test_links_in_the_groups_name_posts_and_accounts(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "l.csv", [
        ["Datum", "Text", "X Link", "X Likes", "Bluesky Link", "Bluesky Likes"],
        ["20.11.2023", "Nebel", f"https://x.com/{X}/status/1726600000000000001", "5",
         f"https://bsky.app/profile/{BSKY}/post/3kaheyt6vpc22", "7"],
        ["21.11.2023", "Laub", "", "4", "", ""],
    ], delimiter=";", encoding="utf-8")
    with pytest.raises(InputError, match="row 3: X Link: is empty; without it, whose X post is it"):
        load_file(path, at=AT)
    [loaded] = load_file(path, at=AT, accounts=[("x", X)])
    found = sorted((p.platform, p.native_id, p.author) for p in loaded.records["posts"])
    assert found == [("bluesky", f"at://{BSKY}/app.bsky.feed.post/3kaheyt6vpc22", BSKY),
                     ("x", "1726600000000000001", X), ("x", found[2][1], X)]
    assert found[2][1].startswith(f"table:{X}:2023-11-21:")
