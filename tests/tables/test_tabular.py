"""Manual figures from CSV/XLSX: layout detection, templates, empty = unknown, errors with rows, no duplicates."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.report.table_template import write_template
from reichweite.store import account_snapshots_as_of, open_store, snapshots_as_of
from reichweite.store.schema import account_snapshots, posts, snapshots
from reichweite.tables.detect import LAYOUTS, load_file, register_layout
from reichweite.tables.tabular import Column, Layout, Loaded, read_tables
from tests.support import FIXTURES

X_ARCHIVE = FIXTURES / "x_archive"
POST_HEADER = ["platform", "post_url", "post_id", "created_at", "text", "observed_at", "likes", "replies",
               "reposts", "quotes", "views"]


def _csv(path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def _snap(engine: sa.Engine, native_id: str) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(snapshots).join(posts, posts.c.id == snapshots.c.post_id)
            .where(posts.c.native_id == native_id).order_by(snapshots.c.observed_at)
        ).all()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("layout", ["posts", "accounts"])
def test_templates_have_the_header_and_explain_every_column(tmp_path: Path, layout: str, suffix: str) -> None:
    path = write_template(layout, tmp_path / f"t{suffix}")
    (table,) = read_tables(path)
    assert table.header == LAYOUTS[layout].names and table.rows == []  # the example row is a # comment
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        assert all(f"# {c.name} (" in text for c in LAYOUTS[layout].columns)
        assert "\n#" + LAYOUTS[layout].columns[0].example in text  # the example row, marked by #
    else:
        book = openpyxl.load_workbook(path)
        readme = [row[0] for row in book["README"].iter_rows(min_row=7, values_only=True)]
        assert readme == LAYOUTS[layout].names
        assert book[layout]["A1"].comment is not None
    engine = open_store(str(tmp_path / "r.db"))
    assert import_table(engine, path).parts[0][2] == 0


def test_posts_csv_fills_what_the_archive_lacks_and_creates_new_posts(tmp_path: Path, store: sa.Engine) -> None:
    engine = store  # SQLite and PostgreSQL
    import_x_archive(engine, X_ARCHIVE)
    path = _csv(tmp_path / "figures.csv", [
        POST_HEADER,
        ["x", "https://twitter.com/milahu104/status/2027321425615274143", "", "", "", "2026-03-07 10:00",
         "", "12", "", "", "3.456"],
        ["bluesky", "https://bsky.app/profile/Alice.Example.org/post/3lbq7xzdvks2c", "", "2026-03-01 09:00",
         "Tagesfoto #fotoprompt", "08.03.2026 09:00", "42", "3", "5", "", "1,2K"],
        ["mastodon", "https://chaos.social/users/alice/statuses/113000000000000001", "", "", "Hallo", "2026-03-08",
         "7", "", "", "", ""],
    ])
    first = import_table(engine, path)
    second = import_table(engine, path)
    assert first.parts[0][3] == {"posts_new": 2, "posts_known": 1, "snapshots_added": 3}
    assert second.parts[0][3] == {"posts_new": 0, "posts_known": 3, "snapshots_added": 0}
    assert _count(engine, posts) == 2045 + 2

    tweet = _snap(engine, "2027321425615274143")
    assert [(s.source, s.likes, s.replies, s.views) for s in tweet] == [
        ("archive", 167, None, None), ("manual", None, 12, 3456)]  # empty = unknown, not 0
    assert tweet[1].observed_at == datetime(2026, 3, 7, 9, 0, tzinfo=UTC)  # 10:00 Berlin (CET)
    assert tweet[1].origin == f"{path} row 2"
    with engine.connect() as conn:
        pid = conn.execute(sa.select(posts.c.id).where(posts.c.native_id == "2027321425615274143")).scalar_one()
        merged = snapshots_as_of(conn, [pid], datetime(2026, 3, 8, tzinfo=UTC))
        new = {r.native_id: r for r in conn.execute(sa.select(posts).where(posts.c.platform != "x"))}
    assert (merged.loc[pid, "likes"], merged.loc[pid, "replies"]) == (167, 12)  # archive likes + typed replies
    bsky = new["at://alice.example.org/app.bsky.feed.post/3lbq7xzdvks2c"]
    assert bsky.author == "alice.example.org" and bsky.created_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    masto = new["https://chaos.social/@alice/113000000000000001"]
    assert masto.author == "@alice@chaos.social" and masto.text == "Hallo"
    assert [(s.likes, s.views) for s in _snap(engine, bsky.native_id)] == [(42, 1200)]


def test_xlsx_with_native_dates_and_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Zahlen"
    sheet.append(["Platform", "Post URL", "Observed At", "Likes", "Replies", "author"])
    sheet.append(["linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000000/?utm=x",
                  datetime(2026, 7, 1, 12, 0), 1234, None, "Beispiel GmbH"])
    sheet.append(["xing", "https://www.xing.com/news/posts/beispiel-123", datetime(2026, 7, 1, 12, 0), "1.234", 0,
                  "Beispiel GmbH"])
    readme = book.create_sheet("README")
    readme.append(["this sheet is not data"])
    book.save(tmp_path / "f.xlsx")
    engine = open_store(str(tmp_path / "r.db"))
    result = import_table(engine, tmp_path / "f.xlsx")
    assert result.parts == [("posts", "Zahlen", 2, {"posts_new": 2, "posts_known": 0, "snapshots_added": 2})]
    li = _snap(engine, "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000000")
    assert (li[0].likes, li[0].replies) == (1234, None)
    assert li[0].observed_at == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 12:00 Berlin (CEST)
    assert li[0].origin == f"{tmp_path / 'f.xlsx'} [Zahlen] row 2"
    xing = _snap(engine, "https://www.xing.com/news/posts/beispiel-123")
    assert (xing[0].likes, xing[0].replies) == (1234, 0)  # a typed 0 stays 0


def test_accounts_as_shown_numbers(tmp_path: Path) -> None:
    path = _csv(tmp_path / "accounts.csv", [
        ["platform", "handle", "observed_at", "followers", "following", "posts"],
        ["xing", "beispiel-gmbh", "2026-03-08 09:00", "1,2 Mio.", "312", "4.5K"],
        ["x", "@milahu104", "2026-03-08 09:00", "12.345", "", "1,234"],
        ["bluesky", "alice.example.org", "2026-03-08 09:00", "1.2M", "", ""],
    ], delimiter=";")
    engine = open_store(str(tmp_path / "r.db"))
    assert import_table(engine, path).parts[0][3] == {"accounts": 3, "account_snapshots_added": 3}
    assert import_table(engine, path).parts[0][3]["account_snapshots_added"] == 0
    with engine.connect() as conn:
        xing = account_snapshots_as_of(conn, "xing", None, datetime(2026, 3, 9, tzinfo=UTC)).iloc[0]
        x = account_snapshots_as_of(conn, "x", "milahu104", datetime(2026, 3, 9, tzinfo=UTC)).iloc[0]
        bsky = account_snapshots_as_of(conn, "bluesky", None, datetime(2026, 3, 9, tzinfo=UTC)).iloc[0]
    assert (xing.followers, xing.followers_shown, xing.following, xing.posts) == (1_200_000, "1,2 Mio.", 312, 4500)
    assert (x.followers, x.followers_shown, x.posts) == (12345, None, 1234)
    assert x.following is pd_na()
    assert (bsky.followers, bsky.followers_shown) == (1_200_000, "1.2M")
    assert _count(engine, account_snapshots) == 3


def pd_na() -> object:
    import pandas as pd

    return pd.NA


def test_german_excel_csv_semicolon_cp1252_and_comment_rows(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_bytes(
        "# Zahlen von Hand, März\nplatform;post_id;text;observed_at;likes;author\n"
        "x;2027321425615274143;Grüße aus Köln;08.03.2026 09:00;1.234;milahu104\n".encode("cp1252"))
    engine = open_store(str(tmp_path / "r.db"))
    import_table(engine, path)
    with engine.connect() as conn:
        row = conn.execute(sa.select(posts.c.text, posts.c.author)).one()
    assert row == ("Grüße aus Köln", "milahu104")
    assert _snap(engine, "2027321425615274143")[0].likes == 1234


def test_missing_and_unknown_columns_are_listed(tmp_path: Path) -> None:
    missing = _csv(tmp_path / "m.csv", [["platform", "post_url", "likes"], ["x", "https://x.com/a/status/1", "1"]])
    with pytest.raises(InputError) as info:
        load_file(missing)
    assert "posts layout: missing column(s) observed_at" in str(info.value) and info.value.row == 1
    unknown = _csv(tmp_path / "u.csv", [["platform", "post_url", "observed_at", "likez", "Kommentar"]])
    with pytest.raises(InputError, match=r"unknown column\(s\) likez, kommentar\. Expected columns: platform, "
                                         r"post_url, post_id"):
        load_file(unknown)
    nothing = _csv(tmp_path / "n.csv", [["foo", "bar"], ["1", "2"]])
    with pytest.raises(InputError, match=r"matches no layout.*posts: platform, .*accounts: platform, handle"):
        load_file(nothing)
    no_id = _csv(tmp_path / "i.csv", [["platform", "observed_at", "likes"]])
    with pytest.raises(InputError, match="missing column.*post_url/post_id"):
        load_file(no_id)


def test_bad_date_and_bad_number_name_file_row_and_column(tmp_path: Path) -> None:
    path = write_template("posts", tmp_path / "p.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines += ["x,https://x.com/a/status/1,,,,2026-03-08 09:00,1,,,,",
              "x,https://x.com/a/status/2,,,,gestern,1,,,,"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_file(path)
    assert info.value.row == len(lines)  # the line number in the file, comments included
    assert str(info.value) == (f"{path}, row {len(lines)}: observed_at: 'gestern' is not a date (use "
                               "2023-11-21, 21.11.2023, 21.11.23, 9 Sep 2022 or 2023-11-21 09:15 (a time zone may "
                               "follow: UTC, +01:00))")
    lines[-1] = "x,https://x.com/a/status/2,,,,2026-03-08 09:00,1,5,,,"
    lines[-1] = lines[-1].replace(",1,5,", ',"1,5",2,')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"row {len(lines)}: likes: '1,5' is not a whole number"):
        load_file(path)


def test_an_error_writes_nothing(tmp_path: Path) -> None:
    path = _csv(tmp_path / "p.csv", [
        ["platform", "post_id", "observed_at", "likes", "author"],
        ["x", "1", "2026-03-08 09:00", "5", "a"],
        ["x", "2", "2026-03-08 09:00", "5", "a"],
        ["x", "3", "2026-03-08 09:00", "many", "a"],
    ])
    engine = open_store(str(tmp_path / "r.db"))
    with pytest.raises(InputError, match="row 4: likes"):
        import_table(engine, path)
    assert _count(engine, posts) == 0 and _count(engine, snapshots) == 0


def test_a_new_post_needs_an_author(tmp_path: Path) -> None:
    path = _csv(tmp_path / "p.csv", [["platform", "post_id", "observed_at", "likes"], ["x", "99", "2026-03-08", "5"]])
    engine = open_store(str(tmp_path / "r.db"))
    with pytest.raises(InputError, match="row 2: x post 99 is not in the store yet .* add an author column"):
        import_table(engine, path)
    assert _count(engine, posts) == 0


def test_conflicting_url_and_id_and_bad_platform(tmp_path: Path) -> None:
    bad = _csv(tmp_path / "p.csv", [["platform", "post_url", "post_id", "observed_at"],
                                    ["x", "https://x.com/a/status/1", "2", "2026-03-08"]])
    with pytest.raises(InputError, match="row 2: post_url/post_id: post_url and post_id name different posts"):
        load_file(bad)
    bad = _csv(tmp_path / "q.csv", [["platform", "post_id", "observed_at"], ["myspace", "1", "2026-03-08"]])
    with pytest.raises(InputError, match="row 2: platform: 'myspace' is not one of bluesky, x"):
        load_file(bad)


def test_another_layout_plugs_in_by_registering(tmp_path: Path) -> None:
    def load(table, tz):  # type: ignore[no-untyped-def]
        return Loaded("stand counts", table, {"rows": [r.cells for r in table.rows]})

    layout = Layout("stands", "stand counts", (
        Column("platform", "", required=True), Column("stand", "", required=True),
        Column("observed_at", "", required=True), Column("visitors", "")), load)
    register_layout(layout)
    try:
        path = _csv(tmp_path / "c.csv", [["platform", "stand", "observed_at", "visitors"],
                                         ["xing", "Halle 3", "2026-03-08", "1,2 Mio."]])
        (loaded,) = load_file(path)
        assert loaded.layout == "stand counts" and loaded.records["rows"][0]["stand"] == "Halle 3"
        with pytest.raises(InputError, match="stand counts layout is recognised but this installation cannot store"):
            import_table(open_store(str(tmp_path / "r.db")), path)
    finally:
        del LAYOUTS["stands"]


def test_rows_for_stored_posts_need_no_author_and_duplicates_are_refused(tmp_path: Path, store: sa.Engine) -> None:
    first = _csv(tmp_path / "a.csv", [["platform", "post_id", "observed_at", "likes", "author"],
                                      ["x", "99", "2026-03-08 09:00", "5", "milahu104"]])
    later = _csv(tmp_path / "b.csv", [["platform", "post_id", "observed_at", "likes", "text"],
                                      ["x", "99", "2026-03-09 09:00", "7", "typed text"]])
    import_table(store, first)
    assert import_table(store, later).parts[0][3] == {"posts_new": 0, "posts_known": 1, "snapshots_added": 1}
    with store.connect() as conn:
        assert conn.execute(sa.select(posts.c.author, posts.c.text)).one() == ("milahu104", "typed text")
    twice = _csv(tmp_path / "c.csv", [["platform", "post_url", "observed_at", "likes"],
                                      ["x", "https://x.com/milahu104/status/99", "2026-03-10 09:00", "7"],
                                      ["x", "https://twitter.com/milahu104/status/99/", "2026-03-10 09:00", "8"]])
    with pytest.raises(InputError, match=r"row 3: x post 99 already has a row with this observed_at \(row 2\)"):
        import_table(store, twice)
    assert [s.likes for s in _snap(store, "99")] == [5, 7]
