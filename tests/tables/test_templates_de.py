"""Templates in German and English read back by `import table`: posts side by side, polls, accounts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

import reichweite
from reichweite.errors import UsageError
from reichweite.jobs.import_table import import_table
from reichweite.report.table_template import write_template
from reichweite.store import open_store
from reichweite.store.schema import account_snapshots, accounts, posts, snapshots
from reichweite.tables.tabular import read_tables

ACCOUNTS = [("x", "fotovorschlag"), ("bluesky", "fotovorschlag.bsky.social")]


def _fill_csv(path: Path, rows: list[str]) -> Path:
    """The template's lines with its example row replaced by `rows` (the template's own separator)."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[-1].startswith("#")  # the example row
    path.write_text("\n".join([*lines[:-1], *rows]) + "\n", encoding="utf-8-sig")
    return path


def test_wide_template_in_german_reads_back_without_accounts(tmp_path: Path) -> None:
    path = write_template("posts-wide", tmp_path / "tage.csv", lang="de", accounts=ACCOUNTS)
    [table] = read_tables(path)
    assert [table.title(c) for c in table.header][:5] == [
        "Datum", "Text", "Stichtag", "X @fotovorschlag Gefällt mir", "X @fotovorschlag Antworten"]
    assert "Bluesky @fotovorschlag.bsky.social Aufrufe" not in table.titles.values()  # Bluesky shows no views
    # Datum;Text;Stichtag; X: likes, replies, reposts, quotes, views, followers; Bluesky: likes … quotes, followers
    _fill_csv(path, ["20.11.2023;Nebel;21.11.2023 20:00;12;1;3;;1.234;980;20;2;4;0;1.5K",
                     "21.11.2023;Laub;21.11.2023 20:00;8;;1;;;;;;;;"])
    engine = open_store(str(tmp_path / "r.db"))
    done = import_table(engine, path)
    assert "posts-wide: 2 rows, 3 posts new" in done.summary()  # no Bluesky post on the 21st
    with engine.connect() as conn:
        views = conn.execute(sa.select(snapshots.c.views).where(snapshots.c.views.is_not(None))).scalars().all()
        followers = conn.execute(sa.select(accounts.c.handle, account_snapshots.c.followers)
                                 .join(accounts, accounts.c.id == account_snapshots.c.account_id)
                                 .order_by(accounts.c.handle)).all()
    assert views == [1234]
    assert [tuple(f) for f in followers] == [("fotovorschlag", 980), ("fotovorschlag.bsky.social", 1500)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_long_template_reads_back_in_both_languages(tmp_path: Path, lang: str) -> None:
    for layout in ("posts", "accounts", "polls"):
        path = write_template(layout, tmp_path / f"{layout}-{lang}.xlsx", lang=lang)
        book = openpyxl.load_workbook(path)
        header = [c.value for c in book[layout][1]]
        assert ("Plattform" in header) == (lang == "de") and ("platform" in header) == (lang == "en")
        assert {s for s in book.sheetnames} == {layout, "Anleitung" if lang == "de" else "README"}
        [table] = read_tables(path)  # the README sheet is skipped, the example row is a comment
        assert table.rows == []


def test_a_german_polls_table_reports_participation_per_option(tmp_path: Path) -> None:
    path = write_template("polls", tmp_path / "umfragen.csv", lang="de")
    # Plattform;Konto;Link;ID;Datum;Frage;Option 1;Stimmen 1;…;Option 4;Stimmen 4;Stimmen gesamt;Abstimmende;
    # Aufrufe;Stichtag
    _fill_csv(path, [
        "LinkedIn;erika-beispiel;;;01.03.2026;Nutzt ihr Bluesky beruflich?;Ja;42;Nein;18;Noch nicht;40;;;;;"
        "2.000;08.03.2026 09:00",
        "LinkedIn;erika-beispiel;;;01.03.2026;Nutzt ihr Bluesky beruflich?;Ja;50;Nein;20;Noch nicht;50;;;;;"
        "2.400;15.03.2026 09:00",
    ])
    db = str(tmp_path / "r.db")
    done = reichweite.import_file(db, path, kind="table")
    assert "polls: 2 rows, 1 post new, 0 posts known, 2 snapshots added" in done.summary
    assert "table:erika-beispiel:2026-03-01:" in done.summary
    found = reichweite.polls(db, "linkedin:erika-beispiel", at="2026-03-10")
    [poll] = found.polls
    assert (poll.votes, poll.views, poll.participation) == (100, 2000, 0.05)
    assert [(o.title, o.votes, o.share, o.participation) for o in poll.options] == [
        ("Ja", 42, 0.42, 0.021), ("Nein", 18, 0.18, 0.009), ("Noch nicht", 40, 0.40, 0.02)]
    from reichweite.report.polls import polls_text

    assert "    Ja: 42 (42.0% of votes, participation 2.1%)" in polls_text(found.polls, found.as_of).splitlines()
    assert found.rows()["option_participation"].tolist() == [0.021, 0.009, 0.02]
    later = reichweite.polls(db, "linkedin:erika-beispiel", at="2026-03-20").polls[0]
    assert (later.votes, later.participation) == (120, 0.05)
    with open_store(db).connect() as conn:
        assert conn.execute(sa.select(posts.c.kind)).scalar_one() == "poll"


def test_a_polls_row_whose_total_contradicts_its_options_is_refused(tmp_path: Path) -> None:
    from reichweite.errors import InputError

    path = write_template("polls", tmp_path / "u.csv", lang="de")
    _fill_csv(path, ["LinkedIn;erika-beispiel;;;01.03.2026;Frage?;Ja;4;Nein;5;;;;;10;;100;08.03.2026"])
    with pytest.raises(InputError, match="row \\d+: Stimmen gesamt: says 10 votes, but the options add up to 9"):
        import_table(open_store(str(tmp_path / "r.db")), path)


def test_wide_template_needs_accounts_and_keeps_hostile_handles_text(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--accounts x:fotovorschlag"):
        write_template("posts-wide", tmp_path / "w.csv", lang="de")
    path = write_template("posts-wide", tmp_path / "w.xlsx", lang="en",
                          accounts=[("linkedin", "=HYPERLINK(\"http://evil.example\")")])
    sheet = openpyxl.load_workbook(path)["posts-wide"]
    cells = list(sheet[1])
    assert all(c.data_type == "s" for c in cells)
    assert any(str(c.value).startswith("LinkedIn @=HYPERLINK") for c in cells)


def test_the_german_companies_template_reads_back_both_ways(tmp_path: Path) -> None:
    from reichweite.tables.company_table import read_company_table
    from reichweite.tables.detect import load_file

    path = write_template("companies", tmp_path / "firmen.csv", lang="de")
    _fill_csv(path, ["LinkedIn;Deutsche Börse;DE0005810055;30.06.2025;1,2 Mio.;;12.345;"])
    assert path.read_text(encoding="utf-8-sig").splitlines()[-2].startswith("Plattform;Unternehmen;isin;Stichtag")
    [row] = read_company_table(path)
    assert (row.platform, row.company, row.followers, row.followers_shown, row.employees) == (
        "linkedin", "Deutsche Börse", 1_200_000, "1,2 Mio.", 12345)
    [loaded] = load_file(path)
    assert loaded.records["company_rows"][0].company == "Deutsche Börse"
