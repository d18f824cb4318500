"""The errors of comparisons (overrides file, --parts, --fuzzy-threshold), panels (--composition, --at, --figure)
and periods in German with --lang de and under a German locale: one line after 'Fehler:', the exit code of the
error, the English line unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from reichweite.store import open_store
from tests.support import EXAMPLES
from tests.support.compare_seed import seed_store

GERMAN = {"LANG": "de_DE.UTF-8"}
ENGLISH = {"LANG": "en_GB.UTF-8"}
COMPARE = ("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03")


@pytest.fixture
def said(cli, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` in German twice (--lang de under an English locale; LANG=de_DE.UTF-8 without --lang) and in
    English (--lang en): the German error line (the same both ways), the exit code and the English line."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str | Path) -> tuple[str, int, str]:
        by_option = cli(*args, "--lang", "de", env=ENGLISH)
        by_locale = cli(*args, env=GERMAN)
        english = cli(*args, "--lang", "en", env=ENGLISH)
        assert by_option.code == by_locale.code == english.code and by_option.err == by_locale.err
        assert by_option.out == "" and len(by_option.err.splitlines()) == 1
        return by_option.err.strip(), by_option.code, english.err.strip()

    return run


@pytest.fixture
def posts(tmp_path: Path) -> str:
    """A store of eight X posts cross-posted to Bluesky."""
    url = f"sqlite:///{tmp_path / 'posts.db'}"
    engine = open_store(url)
    seed_store(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the synthetic DAX panel's measurements (2010 to 2024, each 30 June)."""
    from reichweite.cli import run

    db = tmp_path_factory.mktemp("panel") / "panel.db"
    assert run(["import", "companies", str(EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx"), "--add-unknown",
                "--db", str(db), "--lang", "en"]) == 0
    return str(db)


OVERRIDES = [
    ("action,a_id,b_id\nmaybe,1,2\n",
     "Fehler: bad.csv, Zeile 2: action muss 'force' oder 'forbid' sein, nicht 'maybe'",
     "Error: bad.csv, row 2: action must be 'force' or 'forbid', not 'maybe'"),
    ("action,a_id,b_id\nforce,1,\n",
     "Fehler: bad.csv, Zeile 2: a_id und b_id sind beide nötig (die ID eines Beitrags oder seine URL)",
     "Error: bad.csv, row 2: both a_id and b_id are needed (a native post id or a post URL)"),
    ("action;a_id;b_id\nforbid;7;7\n",
     "Fehler: bad.csv, Zeile 2: ein Beitrag kann kein Paar mit sich selbst bilden (7)",
     "Error: bad.csv, row 2: a post cannot be paired with itself (7)"),
    ("action,a_id,b_id\nforce,1,2\n# a comment\nforce,1,3\n",
     "Fehler: bad.csv, Zeile 4: Beitrag 1 ist schon in Zeile 2 fest einem Paar zugeordnet",
     "Error: bad.csv, row 4: post 1 is already forced into a pair in row 2"),
    ("action,a_id,b_id\nforbid,1,2\nforce,1,2\n",
     "Fehler: bad.csv, Zeile 3: das Paar 1 / 2 ist zugleich vorgegeben (force) und verboten (forbid)",
     "Error: bad.csv, row 3: pair 1 / 2 is both forced and forbidden"),
    ("a_id,b_id\n1,2\n",
     "Fehler: bad.csv, Zeile 1: die Kopfzeile muss die Spalten action, a_id, b_id nennen (es fehlt: action)",
     "Error: bad.csv, row 1: header must name the columns action, a_id, b_id (missing: action)"),
    ("\n# nothing yet\n",
     "Fehler: bad.csv, Zeile 1: leere Vorgaben-Datei; erwartet eine Kopfzeile: action,a_id,b_id",
     "Error: bad.csv, row 1: empty overrides file; expected a header line: action,a_id,b_id"),
    ("action,a_id,b_id\nforce,Gr\xfc\xdfe,2\n".encode("cp1252"),
     "Fehler: bad.csv: kein UTF-8-Text; die Vorgaben als CSV UTF-8 speichern",
     "Error: bad.csv: not UTF-8 text; save the overrides as CSV UTF-8"),
]


@pytest.mark.parametrize(("content", "german", "english"), OVERRIDES)
def test_a_broken_overrides_file(said, posts: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 content: str | bytes, german: str, english: str) -> None:
    monkeypatch.chdir(tmp_path)
    bad = Path("bad.csv")
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    line, code, en = said(*COMPARE, "--db", posts, "--out", tmp_path / "r", "--overrides", bad)
    assert (line, code, en) == (german, 1, english)


def test_a_missing_overrides_file_also_between_several_accounts(said, posts: str, tmp_path: Path) -> None:
    missing = tmp_path / "paare.csv"
    line, code, en = said(*COMPARE, "--db", posts, "--out", tmp_path / "r", "--overrides", missing)
    assert (line, code, en) == (f"Fehler: {missing}: Vorgaben-Datei nicht gefunden", 1,
                                f"Error: {missing}: overrides file not found")
    line, _, _ = said("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-01", "--at",
                      "2026-09-03", "--db", posts, "--out", tmp_path / "s", "--overrides", missing)
    assert line == f"Fehler: {missing}: Vorgaben-Datei nicht gefunden"


@pytest.mark.parametrize(("args", "german", "english"), [
    (["--parts", "likes,shares"],
     "Fehler: --parts 'likes,shares': erwartet common, known oder eine Liste aus replies, reposts, likes, quotes "
     "(z. B. likes,reposts)",
     "Error: --parts 'likes,shares': expected common, known or a list of replies, reposts, likes, quotes "
     "(e.g. likes,reposts)"),
    (["--parts", "likes,Likes"], "Fehler: --parts 'likes,Likes': ein Teil steht zweimal da",
     "Error: --parts 'likes,Likes': a part is named twice"),
    (["--fuzzy-threshold", "101"],
     "Fehler: --fuzzy-threshold 101: erwartet eine Ähnlichkeit von 0 bis 100 (100 schaltet den Abgleich ähnlicher "
     "Texte ab)",
     "Error: --fuzzy-threshold 101: expected a similarity from 0 to 100 (100 turns fuzzy matching off)"),
])
def test_how_to_compare(said, posts: str, tmp_path: Path, args: list[str], german: str, english: str) -> None:
    line, code, en = said(*COMPARE, "--db", posts, "--out", tmp_path / "r", *args)
    assert (line, code, en) == (german, 2, english)


@pytest.mark.parametrize(("args", "code", "german", "english"), [
    (["report", "dax", "--composition", "fest:2020-06-30"], 2,
     "Fehler: --composition 'fest:2020-06-30': as-of oder fixed:DATUM angeben (z. B. fixed:2021-09-20 oder "
     "fixed:20.09.2021)",
     "Error: composition 'fest:2020-06-30': use as-of or fixed:DATE (e.g. fixed:2021-09-20 or fixed:20.09.2021)"),
    (["series", "dax", "--composition", "fixed:31.02.2020"], 2,
     "Fehler: --composition 'fixed:31.02.2020': as-of oder fixed:DATUM angeben (z. B. fixed:2021-09-20 oder "
     "fixed:20.09.2021)",
     "Error: composition 'fixed:31.02.2020': use as-of or fixed:DATE (e.g. fixed:2021-09-20 or fixed:20.09.2021)"),
    (["report", "dax", "--at", "2020-01-01"], 1,
     "Fehler: keine Messung am 2020-01-01; Messtage: 2010-06-30, 2011-06-30,",
     "Error: no measurement on 2020-01-01; measurement dates: 2010-06-30, 2011-06-30,"),
    (["series", "dax", "--figure", "likes"], 2,
     "Fehler: --figure 'likes': eines von followers, employees",
     "Error: --figure 'likes': use one of followers, employees"),
    (["series", "dax", "--from", "2000-01-01", "--to", "2000-12-31"], 1,
     "Fehler: Panel dax: keine Messungen von linkedin, xing in diesem Zeitraum.",
     "Error: Panel dax: no measurements of linkedin, xing in that period."),
])
def test_panels(said, panel: str, tmp_path: Path, args: list[str], code: int, german: str, english: str) -> None:
    line, exit_code, en = said("panel", *args, "--db", panel, *(["--out", tmp_path / "r"] if args[0] == "report"
                                                                 else []))
    assert exit_code == code
    assert line.startswith(german) and en.startswith(english)
    assert line.endswith("2024-06-30") if "--at" in args else line == german


def test_overrides_naming_one_post_twice(said, posts: str, tmp_path: Path) -> None:
    from tests.support.compare_seed import bs_uri, x_id

    two = tmp_path / "two.csv"
    two.write_text(f"action,a_id,b_id\nforce,{x_id(0)},{bs_uri(0)}\n"
                   f"force,https://x.com/tagesfoto/status/{x_id(0)},{bs_uri(1)}\n", encoding="utf-8")
    line, code, en = said(*COMPARE, "--db", posts, "--out", tmp_path / "r", "--overrides", two)
    post = f"https://x.com/tagesfoto/status/{x_id(0)}"
    assert (line, code, en) == (
        f"Fehler: {two}: die Vorgaben zwingen Beitrag {post} in zwei Paare (eine andere force-Zeile nennt ihn mit "
        "anderer ID oder URL)", 1,
        f"Error: {two}: overrides force post {post} into two pairs (another force row names it by another id or URL)")


def test_more_accounts_than_letters(said, posts: str) -> None:
    line, code, en = said("compare", *(f"x:konto{i}" for i in range(27)), "--db", posts)
    assert (line, code, en) == ("Fehler: es lassen sich 1 bis 26 Konten vergleichen, nicht 27", 2,
                                "Error: between 1 and 26 accounts can be compared, not 27")


@pytest.mark.parametrize(("at", "german", "english"), [
    ("12/05/2026", "'12/05/2026': Tag oder Monat zuerst? 2026-05-12 oder 12.05.2026 schreiben",
     "'12/05/2026': day or month first? Write 2026-05-12 or 12.05.2026"),
    ("2026-02-30", "'2026-02-30' ist kein Tag des Kalenders", "'2026-02-30' is not a date of the calendar"),
    ("30.2.2026", "'30.2.2026' ist kein Tag des Kalenders", "'30.2.2026' is not a date of the calendar"),
    ("21.11.2023 10:00 IST", "'21.11.2023 10:00 IST': die Zeitzone IST kann Indien, Irland oder Israel bedeuten; "
                             "stattdessen den Versatz schreiben (z. B. -06:00)",
     "'21.11.2023 10:00 IST': the time zone IST can mean India, Ireland or Israel; write the offset instead "
     "(e.g. -06:00)"),
    ("21.11.2023 10:00 XYZ", "'21.11.2023 10:00 XYZ': unbekannte Zeitzone 'XYZ' (einen Versatz wie +01:00 schreiben "
                             "oder UTC, CET, MESZ, PST, EST …)",
     "'21.11.2023 10:00 XYZ': unknown time zone 'XYZ' (write an offset like +01:00, or UTC, CET, MESZ, PST, EST …)"),
    ("21.11.2023 13:00 pm", "'21.11.2023 13:00 pm': 13 ist keine Stunde einer 12-Stunden-Uhr",
     "'21.11.2023 13:00 pm': 13 is not an hour on a 12-hour clock"),
    ("18:00", "'18:00' ist eine Uhrzeit ohne Datum (den Tag dazuschreiben, z. B. 21.11.2023 18:00)",
     "'18:00' is a time without a date (write the day too, e.g. 21.11.2023 18:00)"),
    ("21.11.2023 25:61", "'21.11.2023 25:61' ist keine Uhrzeit", "'21.11.2023 25:61' is not a time of day"),
    ("21.11.2023 10:00 +15:00", "'+15:00' ist kein Zeitzonenversatz", "'+15:00' is not a time zone offset"),
    ("21.11.2023 10:00 +1:00:00", "'21.11.2023 10:00 +1:00:00': '+1:00:00' nach der Uhrzeit ist keine Zeitzone",
     "'21.11.2023 10:00 +1:00:00': '+1:00:00' after the time is not a time zone"),
    ("9999-12-31 23:00 -05:00", "'9999-12-31 23:00 -05:00' liegt außerhalb des Bereichs (vor dem Jahr 1 oder nach "
                                "9999 in UTC)",
     "'9999-12-31 23:00 -05:00' is out of range (before year 1 or after 9999 in UTC)"),
])
def test_a_date_as_typed(said, posts: str, at: str, german: str, english: str) -> None:
    line, code, en = said("accounts", "x:tagesfoto", "--at", at, "--db", posts)
    assert (line, code, en) == (f"Fehler: --at: {german}", 2, f"Error: --at: {english}")


@pytest.mark.parametrize(("toml", "german", "english"), [
    ('[plan]\npost_ages = "1h"\n', 'plan.post_ages muss eine Liste sein wie ["1h", "24h", "7d"]',
     'plan.post_ages must be a list like ["1h", "24h", "7d"]'),
    ('[plan]\npost_ages = ["1h", "bald"]\n', "plan.post_ages = 'bald' ist keine Dauer (z. B. 1h, 24h, 7d)",
     "plan.post_ages = 'bald' is not a duration (use e.g. 1h, 24h, 7d)"),
    ('[plan]\ntolerance = "2000000d"\n', "plan.tolerance = '2000000d' ist keine Dauer (z. B. 1h, 24h, 7d)",
     "plan.tolerance = '2000000d' is not a duration (use e.g. 1h, 24h, 7d)"),
    ("[plan]\nevery = '1h'\n", "unbekannte(r) Schlüssel in [plan]: every", "unknown plan key(s) every"),
    ("[blusky]\n", "unbekannte(r) Abschnitt(e) blusky; erwartet [plan] und Abschnitte der Plattformen bluesky, x,",
     "unknown section(s) blusky; expected [plan] and platform sections bluesky, x,"),
    ('[bluesky]\naccounts = "anna.bsky.social"\n', "[bluesky] accounts muss eine Liste von Konten (Handles) sein",
     "[bluesky] accounts must be a list of handles"),
    ('[bluesky]\naccounts = ["anna.bsky.social"]\ninstance = "x"\n',
     "[bluesky] unbekannte Option(en) instance (erlaubt: accounts, appview)",
     "[bluesky] unknown option(s) instance (allowed: accounts, appview)"),
    ("[plan\n", "kein gültiges TOML (Expected ']' at the end of a table declaration (at line 1, column 6))",
     "not valid TOML (Expected ']' at the end of a table declaration (at line 1, column 6))"),
])
def test_a_broken_watch_list(said, tmp_path: Path, toml: str, german: str, english: str) -> None:
    watch = tmp_path / "watch.toml"
    watch.write_text(toml, encoding="utf-8")
    line, code, en = said("collect", "--config", watch, "--db", tmp_path / "w.db")
    assert code == 1
    assert line.startswith(f"Fehler: {watch}: {german}") and en.startswith(f"Error: {watch}: {english}")
    assert line.endswith("youtube, tiktok") if "blusky" in toml else line == f"Fehler: {watch}: {german}"


def test_panel_import_and_company_figures(said, panel: str, tmp_path: Path) -> None:
    line, code, en = said("panel", "report", "mdax", "--db", panel)
    assert (line, code, en) == (
        "Fehler: kein Panel 'mdax'; bekannte Panels: dax. Eines anlegen mit `reichweite panel import NAME DATEI`.", 1,
        "Error: no panel 'mdax'; known panels: dax. Add one with `reichweite panel import NAME FILE`.")
    empty = tmp_path / "mitglieder.csv"
    empty.write_text("company,isin,joined,left\n", encoding="utf-8")
    line, code, en = said("panel", "import", "eigen", empty, "--db", panel)
    assert (line, code, en) == (f"Fehler: {empty}: die Tabelle der Mitglieder hat keine Zeilen", 1,
                                f"Error: {empty}: the membership table has no rows")
    names = tmp_path / "namen.csv"
    names.write_text("company,platform,followers,observed_at\nSiemens Energie GmbH Xyz,linkedin,100,2024-06-30\n"
                     "FooBar Quux,xing,5,2024-06-30\nFooBar Quux,xing,5,2024-05-30\n", encoding="utf-8")
    line, code, en = said("import", "companies", names, "--db", panel)
    assert code == 1
    assert line.startswith(f"Fehler: {names}: 2 unbekannte Unternehmen: 'Siemens Energie GmbH Xyz' (")
    assert "); am ähnlichsten bekannt: Siemens, Siemens Energy; 'FooBar Quux' (" in line
    assert line.endswith(" und 1 weitere); kein ähnlicher Name bekannt. Die Namen korrigieren oder sie als neue "
                         f"Unternehmen hinzufügen: reichweite import companies {names} --add-unknown")
    assert en.startswith(f"Error: {names}: 2 unknown companies: 'Siemens Energie GmbH Xyz' (")
    assert en.endswith(" and 1 more); no similar name known. Fix the names, or add them as new companies: reichweite "
                       f"import companies {names} --add-unknown")
    twice = tmp_path / "doppelt.csv"
    twice.write_text("company,platform,followers,observed_at\nSiemens,linkedin,100,2024-06-30\n"
                     "Siemens,linkedin,101,2024-06-30\n", encoding="utf-8")
    line, code, en = said("import", "companies", twice, "--db", panel)
    assert code == 1 and line.startswith(f"Fehler: {twice}: doppelte Messung von Siemens auf linkedin für 2024-06-30: ")
    assert en.startswith(f"Error: {twice}: duplicate measurement of Siemens on linkedin for 2024-06-30: ")
    other = tmp_path / "anders.csv"
    other.write_text("company,platform,followers,observed_at\nSiemens,linkedin,100,2024-06-30\n", encoding="utf-8")
    line, code, en = said("import", "companies", other, "--db", panel)
    assert code == 1
    assert " auf linkedin für 2024-06-30 ist schon mit anderen Zahlen gespeichert (aus dax_panel_synthetic.xlsx" in line
    assert line.endswith(" gegenüber 100, Mitarbeitende 157806 gegenüber keine Angabe")
    assert en.endswith(" vs 100, employees 157806 vs None")


def test_the_parts_note_of_several_dates(cli, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.support.series_seed import seed_three_accounts

    engine = open_store(sqlite_url)
    seed_three_accounts(engine)
    engine.dispose()
    monkeypatch.delenv("LC_ALL", raising=False)
    args = ("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "mastodon:@tagesfoto@mastodon.example",
            "--at", "2026-11-06", "--at", "2026-11-21", "--db", sqlite_url, "--format", "csv")
    by_option, by_locale = cli(*args, "--lang", "de", env=ENGLISH), cli(*args, env=GERMAN)
    assert by_option.code == by_locale.code == 0 and by_option.err == by_locale.err
    assert by_option.err.splitlines()[0] == (
        "verglichen auf Reposts + Likes: Antworten unbekannt bei 10 von 10 Beiträgen von X @tagesfoto (2026-11-06) "
        "(das X-Archiv enthält keine Antwortzahlen; mit `reichweite import table` nachtragen)")
    english = cli(*args, "--lang", "en", env=ENGLISH)
    assert english.err.splitlines()[0] == (
        "compared on reposts + likes: replies unknown for 10 of 10 X @tagesfoto posts (2026-11-06) (the X archive has "
        "no reply counts; add them with `reichweite import table`)")


def test_what_panel_series_wrote(cli, panel: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    args = ("panel", "series", "dax", "--platforms", "linkedin", "--db", panel, "--out", tmp_path / "r", "--format",
            "csv", "-o", tmp_path / "reihe.csv")
    german, english = cli(*args, env=GERMAN), cli(*args, "--lang", "en", env=ENGLISH)
    assert german.code == english.code == 0 and german.out == ""
    lines = german.err.splitlines()
    assert lines[0] == f"Geschrieben: {tmp_path / 'r' / 'dax_series_followers.xlsx'}"
    assert lines[-1] == f"Geschrieben: {tmp_path / 'reihe.csv'}" and all(s.startswith("Geschrieben: ") for s in lines)
    assert english.err.splitlines()[0] == f"Written: {tmp_path / 'r' / 'dax_series_followers.xlsx'}"


def test_figures_that_start_after_the_period(said, cli, accounts_csv: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "konten.db"
    assert cli("import", "table", accounts_csv, "--db", db).code == 0
    line, code, en = said("accounts", "xing:beispiel-ag", "--every", "week", "--to", "2026-01-01", "--db", db)
    assert (line, code, en) == ("Fehler: Die ersten Kontozahlen stammen vom 2026-03-08T08:00:00+00:00, nach --to.", 1,
                                "Error: The first account figures are from 2026-03-08T08:00:00+00:00, after --to.")
