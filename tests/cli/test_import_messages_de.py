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
