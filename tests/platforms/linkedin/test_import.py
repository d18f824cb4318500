"""Importing LinkedIn files into the store, on SQLite and PostgreSQL: whole or not at all, never twice."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.linkedin import import_member_export, import_page_exports, page_followers
from reichweite.metrics import participation
from reichweite.store import account_snapshots_as_of, posts_frame, snapshots_as_of
from reichweite.store.linkedin_queries import page_days_frame
from reichweite.store.schema import account_snapshots, posts, snapshots
from reichweite.store.schema_linkedin import (
    linkedin_connections,
    linkedin_invitations,
    linkedin_messages,
    linkedin_page_days,
    linkedin_reactions,
    linkedin_votes,
)
from tests import support

FIXTURES = support.FIXTURES / "linkedin"
PAGE = FIXTURES / "page"
TABLES = (linkedin_messages, linkedin_invitations, linkedin_connections, linkedin_votes, linkedin_reactions, posts)


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_member_export_is_stored_once(store: sa.Engine, tmp_path: Path) -> None:
    first = import_member_export(store, FIXTURES / "export-2022")
    assert (first.owner, first.layout) == ("Jana Beispiel", "2022")
    assert first.added == {"connections": 3, "invitations": 2, "messages": 1, "shares": 2, "votes": 1, "reactions": 0}
    again = import_member_export(store, FIXTURES / "export-2022")
    assert again.added == dict.fromkeys(again.added, 0)
    assert again.read == {"connections": 3, "invitations": 2, "messages": 1, "shares": 2, "votes": 1, "reactions": 0}

    # the same export as LinkedIn's zip, in a subfolder: still nothing new
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for file in (FIXTURES / "export-2022").iterdir():
            z.write(file, f"Basic_LinkedInDataExport/{file.name}")
    assert import_member_export(store, archive).added == dict.fromkeys(again.added, 0)

    newer = import_member_export(store, FIXTURES / "export-2024")
    # the sample's 2024 shares carry the same URNs as the 2022 ones: a post is stored once
    assert newer.added == {"connections": 2, "invitations": 2, "messages": 2, "shares": 0, "votes": 0, "reactions": 2}
    assert [_count(store, t) for t in TABLES] == [3, 4, 5, 1, 2, 2]

    with store.connect() as conn:
        frame = posts_frame(conn, "linkedin", "Jana Beispiel")
        joerg = conn.execute(
            sa.select(linkedin_connections).where(linkedin_connections.c.first_name == "Jörg")
        ).mappings().one()
        aylin = conn.execute(
            sa.select(linkedin_messages).where(linkedin_messages.c.sender == "Aylin Demir")
        ).mappings().one()
    assert frame["text"].iloc[1] == (
        "Neuer Blogbeitrag: Wie schneiden die DAX-Konzerne auf LinkedIn und Xing ab?\n\n"
        "Die Zahlen seit 2010 im Überblick. #linkedin #xing"
    )
    assert list(frame["hashtags"].iloc[1]) == ["linkedin", "xing"]
    assert (joerg["last_name"], joerg["company"], joerg["connected_on"]) == (
        "Müller-Lüdenscheidt", "Hansen, Hansen & Partner", date(2022, 8, 2),
    )
    assert aylin["text"] == "Danke fürs Vernetzen!\nHast Du die Folien vom Barcamp noch?"
    assert aylin["direction"] == "inbound"
    assert aylin["sent_at"] == datetime(2024, 6, 18, 11, 59, 53, tzinfo=UTC)
    assert aylin["owner"] == "Jana Beispiel"


def test_a_file_that_cannot_be_stored_leaves_nothing_of_it_and_the_others_land(store: sa.Engine) -> None:
    """Each file is its own unit: a database error on reactions rolls back the reactions only, and says so."""
    with store.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text(
                "CREATE TRIGGER refuse BEFORE INSERT ON linkedin_reactions BEGIN SELECT RAISE(ABORT, 'refused'); END"
            ))
        else:
            conn.execute(sa.text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ "
                "LANGUAGE plpgsql"
            ))
            conn.execute(sa.text(
                "CREATE TRIGGER refuse BEFORE INSERT ON linkedin_reactions FOR EACH ROW EXECUTE FUNCTION refuse()"
            ))
    result = import_member_export(store, FIXTURES / "export-2024")
    assert list(result.failed) == ["reactions"] and "refused" in result.failed["reactions"]
    assert result.failed["reactions"].startswith(str(FIXTURES / "export-2024" / "Reactions.csv"))
    assert _count(store, linkedin_reactions) == 0
    assert all(_count(store, t) > 0 for t in TABLES if t not in (linkedin_reactions, linkedin_votes))  # no Votes.csv


def test_a_bad_file_is_reported_and_the_others_are_stored(store: sa.Engine, tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for file in (FIXTURES / "export-2024").iterdir():
        (export / file.name).write_bytes(file.read_bytes())
    (export / "Reactions.csv").write_text("Date,Type,Link\nvorgestern,LIKE,https://www.linkedin.com/x\n")
    result = import_member_export(store, export)
    assert result.failed == {"reactions": f"{export / 'Reactions.csv'}, line 2: Date 'vorgestern' is not a "
                                          "date/time like '2024-06-17 06:01:43'"}
    assert _count(store, linkedin_reactions) == 0
    assert all(_count(store, t) > 0 for t in TABLES if t not in (linkedin_reactions, linkedin_votes))  # no Votes.csv


def test_duplicate_rows_and_long_fields_in_one_export(store: sa.Engine, tmp_path: Path) -> None:
    """Real exports repeat rows now and then; a message longer than csv's default field limit is read whole."""
    source = (FIXTURES / "export-2024" / "messages.csv").read_text(encoding="utf-8")
    header, *rows = source.splitlines(keepends=True)
    long_text = "Sehr lange Nachricht über Öffentlichkeitsarbeit. " * 4000
    extra = (f"2-TE9ORw==,,Greta Sommerfeld,https://www.linkedin.com/in/greta,Jana Beispiel,"
             f"https://www.linkedin.com/in/jana-beispiel,2024-06-19 09:00:00 UTC,,\"{long_text}\",INBOX\n")
    (tmp_path / "messages.csv").write_text(header + "".join(rows) + "".join(rows) + extra, encoding="utf-8")
    (tmp_path / "Votes.csv").write_bytes(b"")  # an empty file is an empty part
    result = import_member_export(store, tmp_path, owner="Jana Beispiel")
    assert result.read["messages"] == 5
    assert result.added["messages"] == 3
    assert result.read["votes"] == 0
    with store.connect() as conn:
        stored = conn.execute(
            sa.select(linkedin_messages.c.text).where(linkedin_messages.c.sender == "Greta Sommerfeld")
        ).scalar_one()
    assert stored == long_text
    assert len(stored) > 131072


def test_a_connection_from_both_layouts_is_stored_once(store: sa.Engine, tmp_path: Path) -> None:
    notes = 'Notes:\n"When exporting your connection data, ..."\n\n'
    old, new = tmp_path / "2022", tmp_path / "2024"
    old.mkdir()
    new.mkdir()
    (old / "Connections.csv").write_text(
        notes + "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Jörg,Müller-Lüdenscheidt,,Hansen GmbH,Projektleiter,02 Aug 2022\n", encoding="utf-8")
    (new / "Connections.csv").write_text(
        notes + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Jörg,Müller-Lüdenscheidt,https://www.linkedin.com/in/joerg-ml,,Hansen GmbH,Bereichsleiter,02 Aug 2022\n",
        encoding="utf-8")
    assert import_member_export(store, old, owner="Jana Beispiel").added["connections"] == 1
    assert import_member_export(store, new, owner="Jana Beispiel").added["connections"] == 0
    with store.connect() as conn:
        (row,) = conn.execute(sa.select(linkedin_connections)).mappings().all()
    assert row["url"] == "https://www.linkedin.com/in/joerg-ml"
    assert row["position"] == "Projektleiter"  # the first import's text stays


def test_hidden_profiles_in_connections_are_each_a_row(store: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        ",,,,,07 Jun 2022\n,,,,,07 Jun 2022\n,,,,,08 Jun 2022\n", encoding="utf-8")
    assert import_member_export(store, tmp_path).added["connections"] == 3
    assert import_member_export(store, tmp_path).added["connections"] == 0
    assert _count(store, linkedin_connections) == 3


def test_shares_need_an_owner(store: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "Shares.csv").write_bytes((FIXTURES / "export-2024" / "Shares.csv").read_bytes())
    failed = import_member_export(store, tmp_path)
    assert "pass --owner" in failed.failed["shares"] and failed.added["shares"] == 0
    result = import_member_export(store, tmp_path, owner="Jana Beispiel")
    assert result.added["shares"] == 2
    with store.connect() as conn:
        assert set(posts_frame(conn, "linkedin")["author"]) == {"Jana Beispiel"}


@pytest.mark.parametrize("fmt", ["xls", "xlsx"])
def test_page_exports_are_stored_once(store: sa.Engine, fmt: str) -> None:
    files = [PAGE / f"beispiel-ag_followers_1718755200000.{fmt}", PAGE / f"beispiel-ag_content_1718755200000.{fmt}"]
    first = import_page_exports(store, files, followers=1000)
    assert first.added == {"posts": 3, "snapshots": 3, "days": 14, "follower snapshots": 14}
    assert "back-computed from 1,000" in first.follower_note
    again = import_page_exports(store, files, followers=1000)
    assert again.added == {"posts": 0, "snapshots": 0, "days": 14, "follower snapshots": 0}
    assert _count(store, linkedin_page_days) == 14
    assert _count(store, snapshots) == 3
    assert _count(store, account_snapshots) == 14

    with store.connect() as conn:
        days = page_days_frame(conn, "beispiel-ag")
        frame = posts_frame(conn, "linkedin", "beispiel-ag")
        figures = snapshots_as_of(conn, list(frame["id"]), datetime(2024, 6, 30, tzinfo=UTC))
        before = snapshots_as_of(conn, list(frame["id"]), datetime(2024, 6, 18, tzinfo=UTC))
        followers = account_snapshots_as_of(conn, "linkedin", "beispiel-ag", datetime(2024, 6, 10, 12, tzinfo=UTC))
        rows = page_followers(conn, "beispiel-ag")
        recomputed = page_followers(conn, "beispiel-ag", followers_on_last_day=2000)
    # the followers and the content export fill the same days
    june3 = days[days["day"] == date(2024, 6, 3)].iloc[0]
    assert (june3["new_followers"], june3["impressions"], june3["clicks"]) == (5, 454, 10)
    dax = frame[frame["native_id"] == "urn:li:activity:7207923562316234000"]["id"].iloc[0]
    assert (figures.loc[dax, "views"], figures.loc[dax, "likes"], figures.loc[dax, "replies"]) == (1834, 41, 6)
    assert figures.loc[dax, "reposts"] == 3
    assert before.empty  # measured when the export was made (2024-06-19), not before
    assert followers["followers"].iloc[0] == 1000 - 26  # as of 10 June noon: end of 9 June; 10–14 June brought 26
    assert rows[-1] == (date(2024, 6, 14), 1000)
    assert dict(rows)[date(2024, 6, 9)] == followers["followers"].iloc[0]
    assert recomputed[-1] == (date(2024, 6, 14), 2000)
    assert recomputed[0][1] == 2000 - 65


def test_german_page_export_and_a_page_name(store: sa.Engine) -> None:
    files = [PAGE / "beispiel-gmbh_content_1718841600000.xlsx", PAGE / "beispiel-gmbh_followers_1718841600000.xls"]
    result = import_page_exports(store, files, page="Beispiel GmbH")
    assert [f.language for f in result.files] == ["de", "de"]
    assert result.added == {"posts": 3, "snapshots": 3, "days": 14, "follower snapshots": 0}
    assert "pass --followers N" in result.follower_note
    with store.connect() as conn:
        frame = posts_frame(conn, "linkedin", "Beispiel GmbH")
        assert len(frame) == 3
        assert page_followers(conn, "Beispiel GmbH") == []
        assert page_followers(conn, "beispiel gmbh", followers_on_last_day=500)[-1] == (date(2024, 6, 14), 500)


def test_page_import_with_a_bad_second_file_writes_nothing(store: sa.Engine, tmp_path: Path) -> None:
    bad = tmp_path / "beispiel-ag_content_1718755200001.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(InputError, match="not a readable .xlsx workbook"):
        import_page_exports(store, [PAGE / "beispiel-ag_content_1718755200000.xls", bad])
    assert _count(store, posts) == 0
    assert _count(store, linkedin_page_days) == 0


def test_poll_participation_from_a_page_export(store: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "acme_content_1718755200000.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "All posts"
    for row in (
        ["Content metrics"],
        ["Post title", "Post link", "Created date", "Impressions", "Likes", "Comments", "Reposts", "Content Type",
         "Poll votes"],
        ["Umfrage: Homeoffice?", "https://www.linkedin.com/feed/update/urn:li:activity:42", "06/07/2024", 2000, 17,
         4, 0, "Poll", 250],
    ):
        sheet.append(row)
    book.save(path)
    import_page_exports(store, [path])
    with store.connect() as conn:
        frame = posts_frame(conn, "linkedin", "acme", kinds=["poll"])
        figures = snapshots_as_of(conn, list(frame["id"]), datetime(2024, 7, 1, tzinfo=UTC))
    row = figures.iloc[0]
    assert participation(int(row["poll_votes"]), int(row["views"])) == pytest.approx(0.125)
