"""Errors about tables typed in, exported (LinkedIn) or kept in workbooks speak German with --lang de and under a
German locale: real broken files through `reichweite import …` and `template …`, the exact line and exit code; the
English line stays as it was."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from reichweite.errors import InputError, ReichweiteError, Said
from reichweite.report.messages import T, say
from reichweite.report.texts import errors_tables
from reichweite.tables.detect import load_file


@pytest.fixture
def de(cli, german_way):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` asked for German one of the two ways (--lang de, or LANG=de_DE.UTF-8)."""
    args, env = german_way

    def run(*rest: str | Path):  # type: ignore[no-untyped-def]
        return cli(*args, *rest, env=env)

    return run


def _table(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _error(done) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in done.err.splitlines() if line.startswith(("Fehler: ", "Error: "))]
    assert len(lines) == 1, done.err
    return lines[0]


# ---------------------------------------------------------------- rows and columns of `import table`


def test_accounts_row_without_handle(de, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "Plattform;Konto;Follower;Stichtag\nbluesky;;1200;08.03.2026\n")
    done = de("--db", tmp_path / "a.db", "import", "table", table)
    assert done.code == 1
    assert _error(done) == (f"Fehler: {table}, Zeile 2: Konto: ist leer; wessen Zahlen sind das? Das Konto eintragen "
                            "oder --accounts bluesky:NAME angeben")
    english = cli("--lang", "en", "--db", tmp_path / "b.db", "import", "table", table)
    assert (english.code, _error(english)) == (1, f"Error: {table}, row 2: Konto: is empty; whose figures are these? "
                                                  "Fill it in or give --accounts bluesky:NAME")


def test_cp1252_table_with_an_unknown_unit(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "Plattform;Link;Gefällt mir;Stichtag\r\n"
                             "bluesky;https://bsky.app/profile/anna.bsky.social/post/3lbq7xzdvks2c;12x;08.03.2026\r\n",
                   encoding="cp1252")
    done = de("--db", tmp_path / "a.db", "import", "table", table)
    assert done.code == 1
    assert _error(done) == (f"Fehler: {table}, Zeile 2: Gefällt mir: '12x': unbekannte Einheit 'x' (K/Tsd., M/Mio., "
                            "B/Mrd. verwenden)")


def test_row_measured_twice(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "platform,handle,followers,observed_at\nxing,beispiel-ag,10,2026-03-08 09:00\n"
                             "xing,beispiel-ag,11,2026-03-08 09:00\n")
    done = de("--db", tmp_path / "a.db", "import", "table", table)
    assert done.code == 1
    assert _error(done) == (f"Fehler: {table}, Zeile 3: xing-Konto beispiel-ag hat schon eine Zeile mit diesem "
                            "Stichtag (Zeile 2); eine Messung je Beitrag/Konto und Zeitpunkt")


def test_post_without_link_or_day(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "Plattform;Link;Datum;Gefällt mir;Stichtag\nx;;;3;08.03.2026\n")
    done = de("--db", tmp_path / "a.db", "import", "table", table)
    assert done.code == 1
    assert _error(done) == (f"Fehler: {table}, Zeile 2: Link/ID: ist leer; den X-Beitrag über seinen Link, seine ID "
                            "oder den Tag seiner Veröffentlichung (created_at, Datum) samt Konto nennen")


def test_value_without_header_and_column_twice(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stray = _table(tmp_path, "platform,handle,followers,observed_at\nxing,a,1,2026-03-08,oops\n")
    done = de("--db", tmp_path / "a.db", "import", "table", stray)
    assert (done.code, _error(done)) == (1, f"Fehler: {stray}, Zeile 2: ein Wert ('oops') in Spalte 5, die keine "
                                            "Überschrift hat")
    twice = _table(tmp_path, "platform,handle,handle\nxing,a,b\n", name="twice.csv")
    done = de("--db", tmp_path / "a.db", "import", "table", twice)
    assert (done.code, _error(done)) == (1, f"Fehler: {twice}, Zeile 1: die Spalte 'handle' steht zweimal in der "
                                            "Kopfzeile")
    both = _table(tmp_path, "Plattform;Konto;Follower;Followers;Stichtag\nxing;a;1;1;08.03.2026\n", name="both.csv")
    done = de("--db", tmp_path / "a.db", "import", "table", both)
    assert (done.code, _error(done)) == (1, f"Fehler: {both}, Zeile 1: die Spalten 'Follower' und 'Followers' meinen "
                                            "beide Follower")


def test_files_that_are_no_table(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = _table(tmp_path, "x", name="alt.xls")
    assert _error(de("--db", tmp_path / "a.db", "import", "table", old)) == (
        f"Fehler: {old}: alte .xls-Arbeitsmappen werden nicht gelesen: als .xlsx oder .csv speichern")
    comments = _table(tmp_path, "# nur ein Kommentar\n\n", name="leer.csv")
    done = de("--db", tmp_path / "a.db", "import", "table", comments)
    assert (done.code, _error(done)) == (1, f"Fehler: {comments}: keine Kopfzeile gefunden (die Datei ist leer oder "
                                            "enthält nur #-Kommentare)")
    fake = _table(tmp_path, "not a zip", name="kaputt.xlsx")
    assert _error(de("--db", tmp_path / "a.db", "import", "table", fake)) == (
        f"Fehler: {fake}: keine lesbare .xlsx-Arbeitsmappe (keine Zip-Datei, wie es jede .xlsx ist)")


def test_formula_cells_without_values(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Konten"
    sheet.append(["Plattform", "Konto", "Follower", "Stichtag"])
    for n in range(10):
        sheet.append(["xing", f"konto-{n}", f"=100+{n}", "08.03.2026"])
    path = tmp_path / "formeln.xlsx"
    book.save(path)
    done = de("--db", tmp_path / "a.db", "import", "table", path)
    assert done.code == 1
    assert _error(done) == (f"Fehler: {path} [Konten]: Formelzellen ohne berechneten Wert: C2, C3, C4, C5, C6, C7, C8, "
                            "C9 und 2 weitere. Die Datei wurde von einem Programm geschrieben, das keine Formeln "
                            "berechnet; sie in Excel oder LibreOffice öffnen und speichern oder die Werte selbst "
                            "eintragen")


def test_wide_table_headers(de, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    unknown = _table(tmp_path, "Datum;Text;X Likes;X Antworten;Farbe\n21.11.2023;hi;3;4;rot\n")
    done = de("--db", tmp_path / "a.db", "import", "table", unknown, "--accounts", "x:fotovorschlag", "--at",
              "21.11.2023")
    assert (done.code, _error(done)) == (1, f"Fehler: {unknown}, Zeile 1: Tabelle mit Beiträgen nebeneinander: die "
                                            "Spalte(n) 'Farbe' sind weder Datum/Date, Text, Stichtag/Measured at noch "
                                            "Plattform und Zahl wie 'X Likes', 'Bluesky Antworten', 'LinkedIn "
                                            "Impressionen'")
    undated = _table(tmp_path, "Datum;Text;X Likes\n21.11.2023;hi;3\n", name="ohne.csv")
    done = de("--db", tmp_path / "a.db", "import", "table", undated, "--accounts", "x:fotovorschlag")
    assert (done.code, _error(done)) == (1, f"Fehler: {undated}, Zeile 1: wann wurden die Zahlen abgelesen? Eine "
                                            "Spalte Stichtag ergänzen oder --at angeben, z. B. --at 21.11.2023")
    english = cli("--lang", "en", "--db", tmp_path / "b.db", "import", "table", undated, "--accounts",
                  "x:fotovorschlag")
    assert _error(english) == (f"Error: {undated}, row 1: when were the figures read? Add a Stichtag column or give "
                               "--at, e.g. --at 21.11.2023")
    no_views = _table(tmp_path, "Datum;Mastodon Aufrufe\n21.11.2023;3\n", name="views.csv")
    done = de("--db", tmp_path / "a.db", "import", "table", no_views, "--accounts", "mastodon:@a@det.social",
              "--at", "21.11.2023")
    assert _error(done) == (f"Fehler: {no_views}, Zeile 1: Spalte 'Mastodon Aufrufe': Mastodon zeigt keine Aufrufe "
                            "(seine Zahlen: Gefällt mir, Antworten, Reposts)")


def test_wide_table_two_posts_of_a_day(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "Datum;X Likes;Stichtag\n21.11.2023;3;28.11.2023\n21.11.2023;4;28.11.2023\n")
    done = de("--db", tmp_path / "a.db", "import", "table", table, "--accounts", "x:fotovorschlag")
    assert (done.code, _error(done)) == (1, f"Fehler: {table}, Zeile 3: X fotovorschlag hat am 21.11.2023 zwei "
                                            "Beiträge in den Zeilen 2 und 3, die sich nicht unterscheiden lassen; "
                                            "jedem seinen Text oder Link geben")


def test_poll_votes_that_do_not_add_up(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "Plattform;Link;Frage;Option 1;Stimmen 1;Option 2;Stimmen 2;Stimmen gesamt;Stichtag\n"
                             "bluesky;https://bsky.app/profile/anna.bsky.social/post/3lbq7xzdvks2c;Kaffee?;Ja;1200;"
                             "Nein;34;1300;08.03.2026\n")
    done = de("--db", tmp_path / "a.db", "import", "table", table)
    assert (done.code, _error(done)) == (1, f"Fehler: {table}, Zeile 2: Stimmen gesamt: nennt 1.300 Stimmen, die "
                                            "Optionen ergeben zusammen aber 1.234")


# ---------------------------------------------------------------- the table of texts


def _fields(text: object) -> set[str]:
    forms = text.values() if isinstance(text, dict) else [text]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(str(form)) if name}


def test_every_text_has_the_same_fields_in_both_languages() -> None:
    for key, texts in errors_tables.TEXTS.items():
        assert key.startswith("tab."), key
        assert _fields(texts["de"]) == _fields(texts["en"]), key
        assert texts["de"] != texts["en"] or not re.search(r"[a-z]{3}", re.sub(r"\{\w+\}", "", str(texts["en"]))), key


BROKEN = {  # a file, the options it needs: each refused with a Said of this table's keys or the shared ones
    "handle.csv": ("platform,handle,followers,observed_at\nxing,,1,2026-03-08\n", ()),
    "unit.csv": ("platform,handle,followers,observed_at\nxing,a,12 Zillionen,2026-03-08\n", ()),
    "beyond.csv": ("platform,handle,followers,observed_at\nxing,a,99999999999999999999999,2026-03-08\n", ()),
    "shown.csv": ("platform,handle,followers,observed_at\nxing,a,\"1.5.3K\",2026-03-08\n", ()),
    "twice.csv": ("platform,handle,followers,observed_at\nxing,a,1,2026-03-08\nxing,a,2,2026-03-08\n", ()),
    "post.csv": ("platform,post_url,likes,observed_at\nx,,1,2026-03-08\n", ()),
    "when.csv": ("platform,handle,followers,observed_at\nxing,a,1,\n", ()),
    "author.csv": ("platform,created_at,likes,observed_at\nx,2026-03-01,1,2026-03-08\n", ()),
    "poll.csv": ("platform,post_url,question,votes_1,observed_at\nbluesky,https://bsky.app/profile/a.bsky.social/"
                 "post/3lbq7xzdvks2c,Q?,4,2026-03-08\n", ()),
    "nooptions.csv": ("platform,post_url,question,option_1,observed_at\nbluesky,https://bsky.app/profile/"
                      "a.bsky.social/post/3lbq7xzdvks2c,Q?,,2026-03-08\n", ()),
    "wide_given.csv": ("Datum;X @anna Likes\n21.11.2023;3\n", (("x", "bert"),)),
    "wide_both.csv": ("Datum;Date;X Likes\n21.11.2023;21.11.2023;3\n", (("x", "anna"),)),
    "wide_figure.csv": ("Datum;X Likes;X Gefällt mir\n21.11.2023;3;3\n", (("x", "anna"),)),
    "wide_day.csv": ("Datum;X Likes;Stichtag\n;3;28.11.2023\n", (("x", "anna"),)),
    "wide_row_when.csv": ("Datum;X Likes;Stichtag\n21.11.2023;3;\n", (("x", "anna"),)),
    "wide_link.csv": ("Datum;X Link;X Likes;Stichtag\n21.11.2023;;3;28.11.2023\n", ()),
    "stray.csv": ("platform,handle\nxing,a,b\n", ()),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_every_refusal_is_said_in_both_languages(name: str, tmp_path: Path) -> None:
    text, accounts = BROKEN[name]
    path = _table(tmp_path, text, name=name)
    with pytest.raises(ReichweiteError) as caught:
        load_file(path, accounts=accounts)
    said = caught.value.message if isinstance(caught.value, InputError) else caught.value.args[0]
    assert isinstance(said, Said) and said.key in T, (name, said)
    assert say(said, "en") == str(said)
    assert say(said, "de") != str(said)
    inner = said.values.get("detail", said)
    assert isinstance(inner, Said) and (inner.key.startswith("tab.") or inner.key.startswith(("error.", "row."))), name


# ---------------------------------------------------------------- LinkedIn exports and company sheets

SAMPLE_2022 = Path("/work/shared/samples/synthetic__linkedin-export/2022")
PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin" / "page"


def _export(tmp_path: Path) -> Path:
    import shutil

    from tests.support import FIXTURES

    folder = tmp_path / "export"
    shutil.copytree(SAMPLE_2022 if SAMPLE_2022.is_dir() else FIXTURES / "linkedin" / "export-2022", folder)
    return folder


def test_linkedin_export_file_without_a_column(de, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _export(tmp_path)
    invitations = folder / "Invitations.csv"
    lines = invitations.read_text(encoding="utf-8").splitlines()
    invitations.write_text("\n".join([lines[0].removesuffix(",Direction")] + lines[1:]) + "\n", encoding="utf-8")
    done = de("--db", tmp_path / "a.db", "import", "linkedin-export", folder)
    assert done.code == 1
    assert "  Einladungen     Fehler       -" in done.out
    assert _error(done) == (f"Fehler: Einladungen nicht importiert: {invitations}, Zeile 1: unerwartete Kopfzeile "
                            "'From,To,Sent At,Message'; erwartet die Spalten 2024: From,To,Sent At,Message,Direction,"
                            "inviterProfileUrl,inviteeProfileUrl | 2022: From,To,Sent At,Message,Direction")
    english = cli("--lang", "en", "--db", tmp_path / "b.db", "import", "linkedin-export", folder)
    assert (english.code, _error(english)) == (1, f"Error: invitations not imported: {invitations}, line 1: "
                                                  "unexpected header 'From,To,Sent At,Message'; expected the columns "
                                                  "2024: From,To,Sent At,Message,Direction,inviterProfileUrl,"
                                                  "inviteeProfileUrl | 2022: From,To,Sent At,Message,Direction")


def test_linkedin_export_bad_cells(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _export(tmp_path)
    invitations = folder / "Invitations.csv"
    invitations.write_text("From,To,Sent At,Message,Direction\nJana Beispiel,Greta Sommerfeld,\"8/26/22, 8:56 PM\",,"
                           "SIDEWAYS\n", encoding="utf-8")
    connections = folder / "Connections.csv"
    text = connections.read_text(encoding="utf-8")
    connections.write_text(re.sub(r"\d{2} \w{3} \d{4}", "gestern", text, count=1), encoding="utf-8")
    done = de("--db", tmp_path / "a.db", "import", "linkedin-export", folder)
    assert done.code == 1
    errors = [line for line in done.err.splitlines() if line.startswith("Fehler: ")]
    assert errors[0].startswith(f"Fehler: Kontakte nicht importiert: {connections}, Zeile ")
    assert errors[0].endswith(": Connected On 'gestern' ist kein Datum wie '09 Sep 2022'")
    assert errors[1] == (f"Fehler: Einladungen nicht importiert: {invitations}, Zeile 2: Direction 'SIDEWAYS' ist "
                         "weder INCOMING noch OUTGOING")


def test_not_a_linkedin_export(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "leer"
    empty.mkdir()
    done = de("--db", tmp_path / "a.db", "import", "linkedin-export", empty)
    assert (done.code, _error(done)) == (1, f"Fehler: {empty}: keine Datei des LinkedIn-Datenexports eines Mitglieds "
                                            "gefunden (erwartet eine von Connections.csv, Invitations.csv, "
                                            "messages.csv, Shares.csv, Votes.csv, Reactions.csv)")
    text = _table(tmp_path, "hallo", name="export.txt")
    done = de("--db", tmp_path / "a.db", "import", "linkedin-export", text)
    assert _error(done) == f"Fehler: {text}: weder eine Zip-Datei noch ein Ordner des LinkedIn-Datenexports"
    done = de("--db", tmp_path / "a.db", "import", "linkedin-page", text)
    assert (done.code, _error(done)) == (1, f"Fehler: {text}: keine Excel-Arbeitsmappe (.xls oder .xlsx), wie sie der "
                                            "Analytics-Export einer LinkedIn-Seite schreibt")


def test_linkedin_page_export_with_broken_cells(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    book = load_workbook(PAGE / "beispiel-ag_content_1718755200000.xlsx")
    book["All posts"]["J3"] = "viele"
    counted = tmp_path / "beispiel-ag_content_1718755200000.xlsx"
    book.save(counted)
    done = de("--db", tmp_path / "a.db", "import", "linkedin-page", counted)
    assert (done.code, _error(done)) == (1, f"Fehler: {counted}, Zeile 3: Blatt 'All posts', Spalte 'Impressions': "
                                            "'viele' ist keine Anzahl")
    book = load_workbook(PAGE / "beispiel-ag_content_1718755200000.xlsx")
    book["All posts"]["F4"] = None
    undated = tmp_path / "beispiel-ag_content_1718755200001.xlsx"
    book.save(undated)
    done = de("--db", tmp_path / "a.db", "import", "linkedin-page", undated)
    assert _error(done) == (f"Fehler: {undated}, Zeile 4: Blatt 'All posts': der Beitrag https://www.linkedin.com/feed/"
                            "update/urn:li:activity:7206001234567890000 hat kein Erstellungsdatum")


def test_company_sheet_not_named_by_its_date(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Juni"
    book.active.append(["Company", "LinkedIn Follower", "Xing Mitarbeiter"])
    book.active.append(["Beispiel AG", 1200, 30])
    path = tmp_path / "firmen.xlsx"
    book.save(path)
    done = de("--db", tmp_path / "a.db", "import", "companies", path)
    assert (done.code, _error(done)) == (1, f"Fehler: {path} [Juni]: das Blatt 'Juni' enthält Unternehmenszahlen, "
                                            "sein Name ist aber kein Stichtag: jedes Blatt nach seinem Datum benennen, "
                                            "z. B. 2019-06-30")


def test_templates(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = de("template", "posts", tmp_path / "breit.xlsx", "--wide")
    assert (done.code, _error(done)) == (2, "Fehler: template posts --wide: die Konten nebeneinander angeben, z. B. "
                                            "--accounts x:fotovorschlag,bluesky:fotovorschlag.bsky.social")
    assert not (tmp_path / "breit.xlsx").exists()


def test_refusals_behind_the_command_line(tmp_path: Path) -> None:
    """Refusals the command line's own checks come before, met by programs calling the library."""
    from reichweite.report.table_template import write_template
    from reichweite.tables.company_template import write_companies_template

    with pytest.raises(ReichweiteError) as caught:
        write_companies_template(tmp_path / "firmen.xlsx", wide=True, platforms=("linkedin", "myspace"))
    said = caught.value.args[0]
    assert say(said, "en") == str(said) == ("--platforms 'linkedin, myspace': give some of linkedin, xing, facebook, "
                                            "instagram, threads, youtube, tiktok")
    assert say(said, "de") == ("--platforms 'linkedin, myspace': einige von linkedin, xing, facebook, instagram, "
                               "threads, youtube, tiktok angeben")
    with pytest.raises(ReichweiteError) as caught:
        write_template("umfragen", tmp_path / "u.csv")
    assert say(caught.value.args[0], "de").startswith("keine Tabellenform 'umfragen'; bekannt: posts, ")
    assert not list(tmp_path.iterdir())


def test_company_rows_are_named_in_german(de, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = _table(tmp_path, "platform,company,observed_at,followers\nxing,Deutsche Post,2025-06-30,10\n"
                             "xing,DHL Group,2025-06-30,11\n", name="dup.csv")
    done = de("--db", tmp_path / "a.db", "import", "companies", table)
    assert (done.code, _error(done)) == (1, f"Fehler: {table}: doppelte Messung von DHL Group auf xing für 2025-06-30: "
                                            "Zeile 2 (Deutsche Post) und Zeile 3 (DHL Group)")
    english = cli("--lang", "en", "--db", tmp_path / "b.db", "import", "companies", table)
    assert _error(english) == (f"Error: {table}: duplicate measurement of DHL Group on xing for 2025-06-30: row 2 "
                               "(Deutsche Post) and row 3 (DHL Group)")


def test_workbook_with_a_sheet_of_no_layout(de, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Konten"
    book.active.append(["Plattform", "Konto", "Follower", "Stichtag"])
    book.active.append(["xing", "beispiel-ag", 1200, "08.03.2026"])
    notes = book.create_sheet("Notizen")
    notes.append(["Idee", "Wann"])
    notes.append(["mehr Videos", "bald"])
    path = tmp_path / "mappe.xlsx"
    book.save(path)
    done = de("--db", tmp_path / "a.db", "import", "table", path)
    assert done.code == 1
    assert _error(done).startswith(f"Fehler: {path} [Notizen], Zeile 1: die Kopfzeile (idee, wann) passt zu keiner "
                                   "Form; erwartet die Spalten einer dieser Formen — Beiträge: Plattform, Link, ID, "
                                   "Datum, Text, Stichtag, Gefällt mir, Antworten, Reposts, Zitate, Aufrufe, Konto; "
                                   "Konten: Plattform, Konto, Stichtag, Follower, Folgt, Beiträge;")
    assert not (tmp_path / "a.db").exists() or _snapshots(tmp_path / "a.db") == 0  # the good sheet is not half-stored


def _snapshots(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from account_snapshots").fetchone()[0])
