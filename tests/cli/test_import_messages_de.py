"""`reichweite import …` speaks German with --lang de (typed on the command, the group or the root) and under a
German locale without --lang: the summary of every kind of file, its overview lines and its errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.platforms.mastodon.test_archive import ACTOR, outbox
from tests.support import EXAMPLES, FIXTURES

LINKEDIN = FIXTURES / "linkedin"
GERMAN = {"LANG": "de_DE.UTF-8"}


@pytest.fixture
def german(cli, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` in two German ways: with --lang de under an English locale, and under LANG=de_DE.UTF-8
    without --lang; both must say the same."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def both(*args: str | Path, db: Path):  # type: ignore[no-untyped-def]
        by_option = cli(*args, "--db", db.with_name("opt.db"), "--lang", "de", env={"LANG": "en_GB.UTF-8"})
        by_locale = cli(*args, "--db", db.with_name("loc.db"), env=GERMAN)
        assert (by_option.code, by_option.out.replace("opt.db", "X"), by_option.err.replace("opt.db", "X")) == (
            by_locale.code, by_locale.out.replace("loc.db", "X"), by_locale.err.replace("loc.db", "X"))
        return by_option

    return both


def test_x_archive(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = german("import", "x-archive", FIXTURES / "x_archive", db=tmp_path / "a.db")
    assert done.code == 0, done.err
    assert done.out.startswith("X-Archiv milahu104: 2.045 Beiträge (2.045 neu, 0 bekannt;")
    assert "2.045 Messungen gespeichert, Stand 06.03.2026, 13:15:31 UTC (generationDate des Archivs aus" in done.out


def test_mastodon_archive(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "archive-20260310.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("outbox.json", json.dumps(outbox()))
        z.writestr("actor.json", json.dumps({"id": ACTOR}))
    done = german("import", "mastodon-archive", archive, db=tmp_path / "a.db")
    assert done.code == 0, done.err
    assert done.out.startswith("Mastodon-Archiv von @anna@det.social: 4 Einträge (3 eigene Beiträge, 1 Boost als "
                               "Repost), 4 neu; 0 Direktnachrichten ausgelassen (nie gespeichert);")
    assert "Das Archiv enthält keine Zahlen" in done.out


def test_table_in_german_with_plural_forms(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "konten.csv"
    table.write_text("Plattform;Konto;Follower;Stichtag\nbluesky;anna.bsky.social;1200;08.03.2026 09:00\n",
                     encoding="utf-8")
    done = german("import", "table", table, db=tmp_path / "a.db")
    assert done.code == 0, done.err
    assert done.out.strip() == ("Tabelle konten.csv: Konten: 1 Zeile, 1 Konto, 1 Kontomessung gespeichert; Stichtag "
                                "08.03.2026, 08:00 UTC (aus der Spalte Stichtag)")


def test_companies(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = german("import", "companies", EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx", "--add-unknown",
                  db=tmp_path / "a.db")
    assert done.code == 0, done.err
    assert "neue Messungen, 0 schon gespeichert" in done.out and "Unternehmen" in done.out
    assert "Stichtage (" in done.out


def test_linkedin_export(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = german("import", "linkedin-export", LINKEDIN / "export-2022", db=tmp_path / "a.db")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == f"LinkedIn-Datenexport (2022) von Jana Beispiel: {LINKEDIN / 'export-2022'}"
    assert lines[1].split() == ["Teil", "gelesen", "neu"]
    assert lines[2].split() == ["Kontakte", "3", "3"]
    assert "Gespeichert in sqlite:///" in done.err


def test_linkedin_page(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = LINKEDIN / "page"
    done = german("import", "linkedin-page", page / "beispiel-gmbh_followers_1718841600000.xlsx",
                  page / "beispiel-gmbh_content_1718841600000.xls", "--followers", "812", db=tmp_path / "a.db")
    assert done.code == 0, done.err
    assert done.out.splitlines()[:3] == [
        "beispiel-gmbh_followers_1718841600000.xlsx: Seite beispiel-gmbh, deutsche Spalten, exportiert "
        "20.06.2024, 00:00 UTC",
        "  Blätter: Neue Follower (Follower)",
        "  gelesen: 14 Follower-Tage",
    ]
    assert "Neu in der Datenbank: 3 Beiträge, 3 Messungen, 14 Tage, 14 Follower-Messungen" in done.out
    assert "nicht gelesene Spalten in Alle Beiträge:" in done.err
    assert "Followerzahlen für 14 Tage zurückgerechnet aus 812 am letzten Tag" in done.err


def test_the_language_reaches_the_command_from_the_group_and_the_root(cli, tmp_path: Path) -> None:
    table = tmp_path / "konten.csv"
    table.write_text("platform,handle,followers,observed_at\nbluesky,anna.bsky.social,1200,2026-03-08 09:00\n",
                     encoding="utf-8")
    english = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    for args in (["import", "--lang", "de", "table", table], ["--lang", "de", "import", "table", table]):
        done = cli(*args, "--db", tmp_path / "a.db", env=english)
        assert done.code == 0 and done.out.startswith("Tabelle konten.csv: Konten: 1 Zeile"), done
    # the innermost one wins; one run's --lang does not stay for the next
    done = cli("--lang", "de", "import", "table", table, "--lang", "en", "--db", tmp_path / "a.db", env=english)
    assert done.out.startswith("table konten.csv: accounts: 1 row"), done
    done = cli("import", "table", table, "--db", tmp_path / "a.db", env=english)
    assert done.out.startswith("table konten.csv: accounts: 1 row"), done


def test_errors_in_german(german, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = german("import", "table", tmp_path / "fehlt.csv", db=tmp_path / "a.db")
    assert (missing.code, missing.err) == (1, f"Fehler: {tmp_path / 'fehlt.csv'}: Datei oder Ordner nicht gefunden\n")
    bad_date = german("import", "table", tmp_path / "fehlt.csv", "--at", "gestern", db=tmp_path / "a.db")
    assert bad_date.code == 2
    assert bad_date.err.startswith("Fehler: --at: 'gestern' ist kein Datum (z. B. 2023-11-21, 21.11.2023")
    bad_account = german("import", "table", tmp_path / "fehlt.csv", "--accounts", "myspace:anna", db=tmp_path / "a.db")
    assert bad_account.code == 2
    assert bad_account.err.startswith("Fehler: 'myspace:anna': erwartet PLATTFORM:KONTO, PLATTFORM eine von "
                                      "bluesky, x, ")
    bad_lang = cli("import", "table", tmp_path / "fehlt.csv", "--lang", "fr", env=GERMAN)
    assert (bad_lang.code, bad_lang.err) == (2, "Fehler: --lang 'fr': erwartet de oder en\n")
    no_store = german("db", "info", db=tmp_path / "leer.db")
    assert no_store.code == 1 and no_store.err.startswith("Fehler: Keine Datenbank unter sqlite:///")
    assert len(no_store.err.splitlines()) == 1


def test_a_secret_in_an_error_stays_hidden_in_german(cli, tmp_path: Path) -> None:
    url = "postgresql://anna:geheimes-passwort-42@127.0.0.1:9/nirgends"
    done = cli("db", "info", "--db", url, "--lang", "de")
    assert done.code == 1 and "geheimes-passwort-42" not in done.err and done.err.startswith("Fehler: ")
    assert len(done.err.splitlines()) == 1


def test_a_bad_cell_is_named_in_german(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "konten.csv"
    table.write_text("Plattform;Konto;Follower;Stichtag\nbluesky;anna.bsky.social;viele;08.03.2026 09:00\n",
                     encoding="utf-8")
    done = german("import", "table", table, db=tmp_path / "a.db")
    assert done.code == 1 and len(done.err.splitlines()) == 1
    assert done.err.startswith(f"Fehler: {table}, Zeile 2: Follower: 'viele' ist keine Zahl (eine ganze Zahl wie "
                               "12345, 12.345 oder 12,345")


def test_said_in_english_is_the_message_as_raised(tmp_path: Path) -> None:
    """A sentence raised with its text key reads in English exactly as the table's English text says it."""
    from datetime import UTC, datetime

    from reichweite.errors import RateLimited, Said
    from reichweite.report.messages import say
    from reichweite.store import open_store
    from reichweite.tables.counts import CountError, parse_count
    from reichweite.timeutil import DateError, parse_moment, zone

    raised: list[Said] = []
    for attempt in (lambda: parse_count("viele"), lambda: parse_count("-3"), lambda: parse_count("1,5"),
                    lambda: parse_moment("gestern", zone("UTC")), lambda: zone("Mars/Olympus"),
                    lambda: open_store(str(tmp_path / "none.db"), create=False)):
        try:
            attempt()
        except (CountError, DateError, Exception) as exc:  # noqa: BLE001 - each raises one of these
            raised.append(exc.args[0])
    raised.append(RateLimited("https://example.org/x", datetime(2100, 1, 1, tzinfo=UTC), how="run it again").args[0])
    assert all(isinstance(s, Said) for s in raised), raised
    for said in raised:
        assert say(said, "en") == str(said)
        assert say(said, "de") != str(said)


def test_a_table_of_an_unknown_platform_or_without_accounts(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "k.csv"
    table.write_text("Plattform;Konto;Follower;Stichtag\nmyspace;anna;1200;08.03.2026 09:00\n", encoding="utf-8")
    done = german("import", "table", table, db=tmp_path / "a.db")
    assert done.code == 1
    assert done.err == (f"Fehler: {table}, Zeile 2: Plattform: 'myspace' ist keine von bluesky, x, mastodon, "
                        "linkedin, xing, facebook, instagram, threads, youtube, tiktok\n")
    wide = tmp_path / "w.csv"
    wide.write_text("Datum;Text;X Likes\n21.11.2023;hallo;5\n", encoding="utf-8")
    done = german("import", "table", wide, db=tmp_path / "a.db")
    assert done.code == 1
    assert done.err.startswith(f"Fehler: {wide}, Zeile 1: Spalte 'X Likes': welches X-Konto? --accounts x:NAME "
                               "angeben oder das Konto in die Überschrift schreiben")


def test_company_page(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = german("import", "company-page", FIXTURES / "panels" / "beispiel-ag_followers_1718755200000.xlsx",
                  "--company", "Beispiel AG", "--followers-on-last-day", "1000", "--add-unknown", db=tmp_path / "a.db")
    assert done.code == 0, done.err
    said = ": 1 Zeile, 1 neue Messung, 0 schon gespeichert, 1 neues Unternehmen; 1 Unternehmen, linkedin, 1 Stichtag ("
    assert said in done.out


def test_archives_that_are_not_what_they_claim(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "anderes.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("readme.txt", "kein Archiv")
    done = german("import", "mastodon-archive", other, db=tmp_path / "a.db")
    assert (done.code, done.err) == (1, f"Fehler: {other}: das Zip enthält keine outbox.json: ist es ein "
                                        "Mastodon-Archiv?\n")
    done = german("import", "x-archive", other, db=tmp_path / "a.db")
    assert done.code == 1 and done.err.startswith(f"Fehler: {other}: keine Tweet-Datei gefunden: erwartet")
    lone = tmp_path / "tweets.js"
    lone.write_text((FIXTURES / "x_archive" / "data" / "tweets.js").read_text(encoding="utf-8"), encoding="utf-8")
    done = german("import", "x-archive", lone, db=tmp_path / "a.db")
    assert (done.code, done.err) == (1, f"Fehler: {lone}: das Archiv hat keine manifest.js, die das Konto nennt: "
                                        "--handle angeben\n")


def test_a_header_that_matches_no_layout(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "a.csv"
    table.write_text("platform;handle;likes;foo\nx;anna;3;4\n", encoding="utf-8")
    done = german("import", "table", table, db=tmp_path / "a.db")
    assert done.code == 1
    assert done.err.startswith(f"Fehler: {table}, Zeile 1: Form Beiträge: unbekannte Spalte(n) foo; fehlende "
                               "Spalte(n) Stichtag, Link/ID/Datum. Erwartete Spalten: Plattform, Link, ID, Datum, ")
    other = tmp_path / "b.csv"
    other.write_text("a;b\n1;2\n", encoding="utf-8")
    done = german("import", "table", other, db=tmp_path / "a.db")
    assert done.err.startswith(f"Fehler: {other}, Zeile 1: die Kopfzeile (a, b) passt zu keiner Form; erwartet "
                               "die Spalten einer dieser Formen — Beiträge: Plattform, Link, ID, Datum, Text, ")


def test_a_row_that_names_its_post_badly_is_said_in_german(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "beitraege.csv"
    table.write_text("Plattform;Konto;post_id;Gefällt mir;Stichtag\nx;fotovorschlag;tag-2023-11-21;12;21.11.2023\n",
                     encoding="utf-8")
    done = german("import", "table", table, db=tmp_path / "a.db")
    assert done.code == 1 and len(done.err.splitlines()) == 1, done.err
    assert done.err.startswith(f"Fehler: {table}, Zeile 2: "), done.err
    assert "post_id 'tag-2023-11-21' ist keine Tweet-ID (nur Ziffern)" in done.err, done.err
    shortened = tmp_path / "gekuerzt.csv"
    shortened.write_text("Plattform;Konto;post_id;Gefällt mir;Stichtag\nx;fotovorschlag;1,72E+18;12;21.11.2023\n",
                         encoding="utf-8")
    done = german("import", "table", shortened, db=tmp_path / "b.db")
    assert done.code == 1 and "ist eine von Excel gekürzte ID" in done.err, done.err


def test_how_a_row_names_its_post_reads_in_english_as_raised() -> None:
    from reichweite.report.messages import say
    from reichweite.tables.identity import RowError, post_identity

    cases = [("x", None, "tag-1"), ("x", "https://example.org/a", None), ("x", None, None),
             ("x", "https://x.com/a/status/1", "2"), ("bluesky", None, None), ("mastodon", None, "123"),
             ("threads", None, None), ("youtube", "https://example.org/watch", None)]
    for platform, url, post_id in cases:
        with pytest.raises(RowError) as caught:
            post_identity(platform, url, post_id)
        said = caught.value.args[0]
        assert say(said, "en") == str(said) and say(said, "de") != str(said), (platform, url, post_id, said)
