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
