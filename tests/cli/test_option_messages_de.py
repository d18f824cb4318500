"""Errors of options (compare, posts, accounts, languages, serve, --out folders) in German: with --lang de under an
English locale and under LANG=de_DE.UTF-8 without --lang the same line, the exit code of a usage error (2) or a
runtime one (1), and the English line unchanged with --lang en."""

from __future__ import annotations

from pathlib import Path

import pytest

from reichweite.errors import Said
from reichweite.report.messages import say
from reichweite.report.texts.errors_options import TEXTS


def error_of(err: str) -> str:
    """The error line of stderr (a usage error of the parser adds a line on help after it)."""
    said = [line for line in err.splitlines() if line.startswith(("Fehler: ", "Error: "))]
    return said[0] if said else (err.strip().splitlines() or [""])[-1]


@pytest.fixture
def lines(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` three ways: --lang de (English locale), LANG=de_DE.UTF-8 without --lang, --lang en. Gives
    the exit codes and the last stderr line of each, the temporary folder written as TMP."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "afile").write_text("", encoding="utf-8")
    db = tmp_path / "leer.db"
    assert cli("db", "upgrade", "--db", db).code == 0

    def three(*args: str, store: bool = True, lang: bool = True):  # type: ignore[no-untyped-def]
        given = [a.replace("TMP", str(tmp_path)) for a in args] + (["--db", str(db)] if store else [])
        runs = [cli(*given, *(["--lang", "de"] if lang else []), env={"LANG": "en_GB.UTF-8"}),
                cli(*given, env={"LANG": "de_DE.UTF-8"}),
                cli(*given, *(["--lang", "en"] if lang else []), env={"LANG": "en_GB.UTF-8"})]
        return [(r.code, error_of(r.err).replace(str(tmp_path), "TMP")) for r in runs]

    return three


CASES = [
    (["compare", "x:a", "bluesky:b", "--tolerance", "5x"], 2,
     "Fehler: --tolerance: keine Dauer: '5x' (z. B. 15m, 12h, 7d, 2w)",
     "Error: --tolerance: not a duration: '5x' (use e.g. 15m, 12h, 7d, 2w)"),
    (["compare", "x:a", "bluesky:b", "--age", "bald"], 2,
     "Fehler: --age: keine Dauer: 'bald' (z. B. 15m, 12h, 7d, 2w)",
     "Error: --age: not a duration: 'bald' (use e.g. 15m, 12h, 7d, 2w)"),
    (["posts", "x:a", "--visibility", "direct"], 2,
     "Fehler: --visibility direct: Direktnachrichten werden nie als Beiträge gespeichert; erwartet public, "
     "unlisted, private oder all",
     "Error: --visibility direct: direct messages are never stored as posts; expected public, unlisted, private or "
     "all"),
    (["compare", "x:a", "bluesky:b", "--visibility", "freunde"], 2,
     "Fehler: --visibility 'freunde': erwartet public, unlisted, private oder all (durch Kommas getrennt)",
     "Error: --visibility 'freunde': expected public, unlisted, private or all (comma-separated)"),
    (["compare", "x:a", "bluesky:b", "--out", "TMP/afile"], 2,
     "Fehler: --out TMP/afile: ist eine Datei; erwartet ein Ordner, in den der Bericht geschrieben wird",
     "Error: --out TMP/afile: is a file; expected a folder to write the report into"),
    (["compare", "x:a", "bluesky:b", "--out", "TMP/afile/bericht"], 2,
     "Fehler: --out TMP/afile/bericht: TMP/afile ist eine Datei; erwartet ein Ordner, in den der Bericht "
     "geschrieben wird",
     "Error: --out TMP/afile/bericht: TMP/afile is a file; expected a folder to write the report into"),
    (["accounts", "x:a", "--out", "TMP/ordner"], 2,
     "Fehler: --out schreibt die Zahlen im Zeitverlauf: dazu --from/--to/--every oder mehrere Konten angeben.",
     "Error: --out writes the figures over time: give --from/--to/--every, or several accounts, with it."),
]


@pytest.mark.parametrize(("args", "code", "german", "english"), CASES)
def test_option_errors_in_german(lines, args: list[str], code: int, german: str, english: str) -> None:  # type: ignore[no-untyped-def]
    by_option, by_locale, in_english = lines(*args)
    assert by_option == by_locale == (code, german)
    assert in_english == (code, english)


def test_serve_password_file_and_host(lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    by_option, by_locale, in_english = lines("serve", "--password-file", "TMP/afile", store=False)
    assert by_option == by_locale == (2, "Fehler: --password-file TMP/afile: die Datei ist leer")
    assert in_english == (2, "Error: --password-file TMP/afile: the file is empty")
    by_option, by_locale, in_english = lines("serve", "--password-file", "TMP/fehlt.txt", store=False)
    assert by_option == by_locale == (
        1, "Fehler: --password-file TMP/fehlt.txt: lässt sich nicht lesen (Datei oder Ordner nicht gefunden)")
    assert in_english == (1, "Error: --password-file TMP/fehlt.txt: cannot be read (No such file or directory)")
    by_option, by_locale, in_english = lines("serve", "--host", "0.0.0.0", store=False)
    assert by_option == by_locale == (2, "Fehler: Ungültiger Wert für --host: für 0.0.0.0 als Adresse ist ein "
                                         "Passwort nötig: $REICHWEITE_WEB_PASSWORD setzen oder --password-file angeben "
                                         "(oder beim voreingestellten --host 127.0.0.1 bleiben)")
    assert in_english == (2, "Error: Invalid value for --host: listening on 0.0.0.0 needs a password; set "
                             "$REICHWEITE_WEB_PASSWORD or give --password-file (or keep the default --host 127.0.0.1)")


def test_languages_old_spellings(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`languages` once took --lang as the language whose share to follow: the notes and the error about it follow
    the locale (its --lang is not the message language then) or --report-lang."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    archive = tmp_path / "leer.jsonl"
    archive.write_text("", encoding="utf-8")
    german = {"LANG": "de_DE.UTF-8"}
    done = cli("languages", archive, "--lang", "fr", "--share-of", "de", env=german)
    assert (done.code, done.err.strip()) == (2, "Fehler: --lang 'fr': die Sprache des Berichts ist de oder en")
    done = cli("languages", archive, "--lang", "fr", "--share-of", "de", env={"LANG": "C"})
    assert (done.code, done.err.strip()) == (2, "Error: --lang 'fr': the report language is de or en")
    done = cli("languages", archive, "--lang", "fr", env=german)
    assert done.code == 0, done.err
    assert done.err.splitlines()[0] == ("--lang fr als Sprache, deren Anteil verfolgt wird, ist veraltet: "
                                        "--share-of fr schreiben (--lang ist die Sprache des Berichts, de oder en).")
    done = cli("languages", archive, "--report-lang", "de", env={"LANG": "C"})
    assert done.code == 0, done.err
    assert done.err.splitlines()[0] == ("--report-lang ist veraltet: --lang ist die Sprache des Berichts, "
                                        "--share-of die Sprache, deren Anteil verfolgt wird.")


def test_every_text_has_the_same_fields_in_both_languages() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    def all_fields(text: object) -> set[str]:  # a sentence, or its plural forms
        return set().union(*map(fields, text.values())) if isinstance(text, dict) else fields(str(text))

    for key, text in TEXTS.items():
        assert key.startswith("opt."), key
        assert isinstance(text, dict) and set(text) == {"de", "en"}, key
        if text["en"] == "{detail}":  # a library's own English words (decoder, form checks), said in German without
            continue
        assert all_fields(text["de"]) == all_fields(text["en"]), key


def said_of_raise(call, *args, **kwargs) -> Said:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception) as caught:
        call(*args, **kwargs)
    said = caught.value.args[0]
    assert isinstance(said, Said), caught.value
    return said


def test_the_english_text_is_the_sentence_raised(tmp_path: Path) -> None:
    from reichweite import api_over_time
    from reichweite.api import arguments, figures, sources
    from reichweite.errors import InputError, option_said
    from reichweite.outfiles import new_file
    from reichweite.timeutil import REPORT_TZ
    from reichweite.visibility import parse_visibility

    (tmp_path / "dir").mkdir()
    made = [
        said_of_raise(parse_visibility, "direct"),
        said_of_raise(parse_visibility, ["public", "nobody"]),
        said_of_raise(new_file, tmp_path / "dir", what="template"),
        said_of_raise(arguments.report_lang, "fr"),
        said_of_raise(arguments.duration, "soon", "window"),
        said_of_raise(figures.compare, None, "x:a", "bluesky:b", tolerance="1h",
                      options=figures.compare_options()),
        said_of_raise(sources.import_file, tmp_path / "db.sqlite", tmp_path / "a.csv", kind="rss"),
        said_of_raise(api_over_time.moment, "morgen", "--from", REPORT_TZ, "start"),
        option_said("--at", InputError(tmp_path / "t.csv", Said("not a zip archive (and not a folder)",
                                                                 "error.not_a_zip"), line=3)),
    ]
    for said in filter(None, made):
        assert say(said, "en") == str(said), said
        assert say(said, "de") != str(said), said


def test_store_errors_in_german(lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    (tmp_path / "notizen.txt").write_text("meine Notizen\n", encoding="utf-8")
    by_option, by_locale, in_english = lines("posts", "x:a", "--db", "TMP/notizen.txt", store=False)
    assert by_option == by_locale == (
        1, "Fehler: --db TMP/notizen.txt: keine reichweite-Datenbank (file is not a database); erwartet eine von "
           "reichweite geschriebene SQLite-Datei (oder ein neuer Dateiname) oder eine postgresql://-URL.")
    assert in_english == (1, "Error: --db TMP/notizen.txt: not a reichweite store (file is not a database); expected "
                             "an SQLite file written by reichweite (or a new file name), or a postgresql:// URL.")
    by_option, by_locale, in_english = lines("posts", "x:a", "--db", "TMP", store=False)
    assert by_option == by_locale == (
        2, "Fehler: --db TMP: ist ein Ordner; erwartet eine SQLite-Datei (oder eine postgresql://-URL)")
    assert in_english == (2, "Error: --db TMP: is a folder; expected an SQLite file (or a postgresql:// URL)")
    with sqlite3.connect(tmp_path / "leer.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future' "
                     "WHERE version_num = (SELECT min(version_num) FROM alembic_version)")
    by_option, by_locale, in_english = lines("posts", "x:a")
    assert by_option[0] == by_locale[0] == in_english[0] == 1
    assert by_option == by_locale
    assert by_option[1].startswith("Fehler: --db TMP/leer.db: die Datenbank hat die Schema-Revision 9999_future, die "
                                   "reichweite ")
    assert by_option[1].endswith(" nicht kennt: sie wurde von einer neueren Version geschrieben. reichweite "
                                 "aktualisieren, um diese Datenbank zu nutzen (nichts wurde geändert).")
    assert in_english[1].endswith("does not know: it was written by a newer version. Update reichweite to use this "
                                  "store (nothing was changed).")


def test_a_read_only_store_in_german(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import tests.hostile.test_store_and_options as hostile

    monkeypatch.delenv("LC_ALL", raising=False)
    db = tmp_path / "s.db"
    assert cli("import", "mastodon-archive", hostile._outbox(tmp_path, "erster"), "--db", db).code == 0
    other = tmp_path / "zweiter"
    other.mkdir()
    outbox = hostile._outbox(other, "zweiter")
    outbox.write_text(outbox.read_text(encoding="utf-8").replace("statuses/1", "statuses/2")
                      .replace("@anna/1", "@anna/2"), encoding="utf-8")
    with hostile._read_only(str(db), tmp_path) as store:
        done = cli("import", "mastodon-archive", outbox, "--db", store, env={"LANG": "de_DE.UTF-8"})
    assert done.code == 1
    assert done.err.strip().startswith(f"Fehler: --db {store}: die Datenbank ist nur lesbar (")
    assert done.err.strip().endswith("); nichts wurde geschrieben. Eine beschreibbare Datenbank wählen (--db) oder "
                                     "sie zuerst kopieren.")


def test_template_and_automation_in_german(lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    by_option, by_locale, in_english = lines("template", "posts", "TMP/t.xlsx", "--accounts", "x:a", store=False)
    assert by_option == by_locale == (2, "Fehler: Ungültiger Wert für --accounts: --accounts legt die Spaltengruppen "
                                         "von --wide fest; --wide hinzufügen")
    assert in_english == (2, "Error: Invalid value for --accounts: --accounts makes the column groups of --wide; add "
                             "--wide")
    assert not (tmp_path / "t.xlsx").exists()
    by_option, by_locale, in_english = lines("automation", "label", "Anna", "vielleicht")
    assert by_option == by_locale == (2, "Fehler: Markierung 'vielleicht': spam oder ok angeben")
    assert in_english == (2, "Error: label 'vielleicht': use spam or ok")
    by_option, by_locale, in_english = lines("automation", "label", " ", "spam")
    assert by_option == by_locale == (2, "Fehler: SENDER ist leer: einen Namen oder eine Profil-URL angeben")
    assert in_english == (2, "Error: SENDER is empty: give a name or a profile URL")
    by_option, by_locale, in_english = lines("automation", "linkedin", "TMP/fehlt.zip")
    assert by_option == by_locale == (1, "Fehler: TMP/fehlt.zip: Datei oder Ordner nicht gefunden (erwartet ein "
                                         "LinkedIn-Datenexport, Zip oder Ordner)")
    assert in_english == (1, "Error: TMP/fehlt.zip: no such file or folder (expected a LinkedIn data export, zip or "
                             "folder)")


def test_malformed_lines_noted_in_german(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    stream = tmp_path / "kaputt.jsonl"
    stream.write_text("{kaputt\n", encoding="utf-8")
    german = cli("automation", "accounts", stream, "--lang", "de")
    english = cli("automation", "accounts", stream, "--lang", "en")
    assert german.err.splitlines()[0].startswith("fehlerhafte Zeilen übersprungen: 1, z. B. ")
    assert english.err.splitlines()[0].startswith("1 malformed lines skipped, e.g. ")


def test_english_of_the_other_raise_sites() -> None:
    import sqlalchemy as sa

    from reichweite.jobs.automation import label_sender
    from reichweite.report.excel import check_rows

    engine = sa.create_engine("sqlite://")
    made = [said_of_raise(check_rows, "Beiträge", 2_000_000), said_of_raise(label_sender, engine, "a", "maybe"),
            said_of_raise(label_sender, engine, "", "ok")]
    for said in made:
        assert say(said, "en") == str(said), said
        assert say(said, "de") != str(said), said
    assert say(made[0], "de").startswith("Das Tabellenblatt 'Beiträge' bräuchte 2.000.000 Zeilen, Excel fasst aber "
                                         "höchstens 1.048.575 unter der Kopfzeile.")
    assert str(made[0]).startswith("The workbook sheet 'Beiträge' would need 2,000,000 rows, but Excel holds at most "
                                   "1,048,575 below the header.")


@pytest.mark.parametrize("n", [1, 2, 12345])
def test_job_lines_of_the_web_app(n: int) -> None:
    from reichweite.web.tasks import said

    cases = [
        (f"bluesky a.bsky.social: {n:,} posts stored", "opt.job_posts_stored",
         {"account": "bluesky a.bsky.social", "n": n}),
        (f"watch.toml: {n} account(s) collected", "opt.job_watch_collected", {"file": "watch.toml", "n": n}),
        (f"{n} file(s)", "opt.job_files", {"n": n}),
        ("table: reading and saving t.csv (one transaction)", "opt.job_reading", {"kind": "table", "file": "t.csv"}),
        ("x a: starting", "opt.job_starting", {"account": "x a"}),
    ]
    for english, key, values in cases:
        if n > 999 and key != "opt.job_posts_stored":
            continue  # files and accounts are not counted in thousands (written without a separator)
        assert said(english, key, "en", **values) == english
        assert said(english, key, "de", **values) != english
    assert said("", "opt.job_files", "de", n=n) == ("1 Datei" if n == 1 else f"{n:,} Dateien".replace(",", "."))
