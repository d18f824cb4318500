"""`reichweite template …` and `reichweite db …` speak German with --lang de and under a German locale."""

from __future__ import annotations

from pathlib import Path

from tests.support import EXAMPLES


def test_template(german_way, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lang, env = german_way
    done = cli("template", "accounts", tmp_path / "konten.csv", *lang, env=env)
    assert done.code == 0 and done.err.startswith("Vorlage (") and "Ausfüllen, dann einlesen mit:" in done.err
    again = cli("template", "accounts", tmp_path / "konten.csv", *lang, env=env)
    assert (again.code, again.err) == (2, f"Fehler: {tmp_path / 'konten.csv'}: die Datei gibt es schon; wähle einen "
                                          "anderen Namen oder ersetze sie mit --force\n")
    odd = cli("template", "polls", tmp_path / "umfragen.ods", *lang, env=env)
    assert odd.code == 2 and odd.err.startswith(f"Fehler: {tmp_path / 'umfragen.ods'}: die Vorlage wird als .csv")


def test_template_companies_of_a_panel(german_way, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    panel = EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx"
    assert cli("import", "table", panel, "--db", db).code == 0
    lang, env = german_way
    done = cli("template", "companies", tmp_path / "dax.xlsx", "--panel", "dax", "--at", "2024-06-30", "--db", db,
               *lang, env=env)
    assert done.code == 0, done.err
    assert done.err.startswith(f"Vorlage geschrieben: {tmp_path / 'dax.xlsx'} (")
    assert " Unternehmen von dax am 30.06.2024); ausfüllen, dann `reichweite import table " in done.err


def test_db(german_way, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lang, env = german_way
    db = tmp_path / "r.db"
    up = cli("db", "upgrade", "--db", db, *lang, env=env)
    assert (up.code, up.err) == (0, f"Datenbank ist aktuell: sqlite:///{db}\n")
    table = tmp_path / "k.csv"
    table.write_text("platform,handle,followers,observed_at\n" + "".join(
        f"bluesky,a{i}.bsky.social,5,2026-03-{1 + i % 28:02d} 09:00\n" for i in range(1200)), encoding="utf-8")
    assert cli("import", "table", table, "--db", db).code == 0
    info = cli("db", "info", "--db", db, *lang, env=env)
    assert info.code == 0 and any(line.split() == ["account_snapshots", "1.200"] for line in info.out.splitlines())
    gone = cli("db", "info", "--db", tmp_path / "fehlt.db", *lang, env=env)
    assert gone.code == 1 and gone.err.startswith(f"Fehler: Keine Datenbank unter sqlite:///{tmp_path / 'fehlt.db'}:")


def test_a_template_where_no_file_can_be_written(german_way, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lang, env = german_way
    (tmp_path / "k.csv").write_text("", encoding="utf-8")
    done = cli("template", "posts", tmp_path / "k.csv" / "neu.csv", *lang, env=env)
    assert done.code == 1
    assert done.err == f"Fehler: {tmp_path / 'k.csv' / 'neu.csv'}: hier lässt sich nicht schreiben (Datei existiert " \
                       "bereits)\n"
