"""The errors of platform archives, the archive guard and account handles in German: `reichweite import …` and
`collect` on real broken inputs (a cut-off tweets.js, a zip that is none, a zip bomb, a bad outbox.json, a handle
the platform does not write) with --lang de and under a German locale; the English lines stay as they were."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from reichweite.errors import InputError, Said
from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.platforms.x.archive import read_x_archive
from reichweite.report.messages import say
from tests.hostile.bombs import MIB, x_archive_bomb
from tests.support import FIXTURES

TWEETS_JS = FIXTURES / "x_archive" / "data" / "tweets.js"


@pytest.fixture
def both(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` with --lang de under an English locale and under LANG=de_DE.UTF-8 without --lang (both
    must say the same), and in English: (code, German stderr, English stderr)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str | Path) -> tuple[int, str, str]:
        """--lang goes on the command, or on the root when the command begins with a root option."""
        db = ["--db", tmp_path / "a.db"]

        def lang(code: str) -> tuple[list[str | Path], list[str | Path]]:
            return (["--lang", code], []) if str(args[0]).startswith("--") else ([], ["--lang", code])

        by_option = cli(*lang("de")[0], *args, *db, *lang("de")[1], env={"LANG": "en_GB.UTF-8"})
        by_locale = cli(*args, *db, env={"LANG": "de_DE.UTF-8"})
        english = cli(*lang("en")[0], *args, *db, *lang("en")[1], env={"LANG": "en_GB.UTF-8"})
        assert (by_option.code, by_option.err) == (by_locale.code, by_locale.err)
        assert by_option.code == english.code
        assert "Traceback" not in by_option.err + english.err
        assert len(by_option.err.strip().splitlines()) == 1, by_option.err
        return by_option.code, by_option.err.strip(), english.err.strip()

    return run


def _said(exc: BaseException) -> Said:
    said = exc.message if isinstance(exc, InputError) else exc.args[0]
    assert isinstance(said, Said), repr(said)
    assert say(said, "en") == str(said)
    assert say(said, "de") != str(said)
    return said


def test_a_cut_off_tweets_file(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cut = tmp_path / "tweets.js"
    cut.write_bytes(TWEETS_JS.read_bytes()[:3000])
    code, de, en = both("import", "x-archive", cut, "--handle", "someone")
    assert code == 1
    assert de == (f"Fehler: {cut}, Zeile 109: abgeschnittenes JSON, die Datei endet zu früh (Zeichenkette nicht "
                  "abgeschlossen); die Datei ist vielleicht beschädigt, das Archiv neu herunterladen")
    assert en == (f"Error: {cut}, line 109: truncated JSON, the file ends early (Unterminated string starting at); "
                  "the file may be damaged, download the archive again")


def test_invalid_json_in_the_middle_and_a_file_of_another_kind(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = TWEETS_JS.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[99] = lines[99].replace('"', "", 1)
    broken = tmp_path / "tweets.js"
    broken.write_text("".join(lines), encoding="utf-8")
    code, de, en = both("import", "x-archive", broken, "--handle", "someone")
    assert code == 1 and de.startswith(f"Fehler: {broken}, Zeile 100: ungültiges JSON: ")
    assert de.endswith("; die Datei ist vielleicht beschädigt, das Archiv neu herunterladen")
    assert en.startswith(f"Error: {broken}, line 100: invalid JSON: ")
    other = tmp_path / "tweet.js"
    other.write_text("var tweets = [];\n", encoding="utf-8")
    code, de, en = both("import", "x-archive", other, "--handle", "someone")
    assert de == (f"Fehler: {other}, Zeile 1: erwartet eine Datei, die mit `window.YTD.<name>.partN = [` beginnt "
                  "(Format des X-Archivs)")
    assert en == (f"Error: {other}, line 1: expected a file starting with `window.YTD.<name>.partN = [` (X archive "
                  "format)")


def test_a_zip_that_is_none_and_an_archive_without_tweets(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "twitter-2026.zip"
    fake.write_bytes(b"<html>Download failed</html>")
    code, de, en = both("import", "x-archive", fake)
    assert (code, de) == (1, f"Fehler: {fake}: beschädigte Zip-Datei (kein Zip-Verzeichnis gefunden); das Archiv "
                              "neu herunterladen")
    assert en == f"Error: {fake}: corrupt zip file (no zip directory found); download the archive again"
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("data/account.js", "window.YTD.account.part0 = []")
    code, de, _ = both("import", "x-archive", empty)
    assert de.startswith(f"Fehler: {empty}: keine Tweet-Datei gefunden")


@pytest.mark.parametrize(("change", "german", "english"), [
    ({"favorite_count": "-3"}, "Tweet 2: favorite_count ist '-3', erwartet eine Anzahl",
     "tweet 2: favorite_count is '-3', expected a count"),
    ({"retweet_count": True}, "Tweet 2: retweet_count ist True, erwartet eine Anzahl",
     "tweet 2: retweet_count is True, expected a count"),
    ({"favorite_count": -3}, "Tweet 2: favorite_count ist negativ", "tweet 2: favorite_count is negative"),
    ({"favorite_count": 10**20}, "Tweet 2: favorite_count ist 100000000000000000000, größer als jede echte Anzahl",
     "tweet 2: favorite_count is 100000000000000000000, beyond any real count"),
    ({"id_str": "abc", "id": None}, "Tweet 2: kein id_str (gefunden: 'abc')", "tweet 2: no id_str (got 'abc')"),
    ({"created_at": None}, "Tweet 2 (ID {id}): kein created_at", "tweet 2 (id {id}): no created_at"),
    ({"created_at": "gestern"}, "Tweet 2 (ID {id}): created_at 'gestern' ist kein Datum (erwartet z. B. 'Thu Mar "
     "05 16:07:50 +0000 2026')", "tweet 2 (id {id}): created_at 'gestern' is not a date (expected e.g. 'Thu Mar 05 "
     "16:07:50 +0000 2026')"),
    ({"full_text": ["a"]}, "Tweet 2 (ID {id}): full_text ist kein Text", "tweet 2 (id {id}): full_text is not text"),
])
def test_a_tweet_of_the_wrong_shape(both, tmp_path: Path, change: dict, german: str, english: str) -> None:  # type: ignore[no-untyped-def]
    text = TWEETS_JS.read_text(encoding="utf-8")
    items = json.loads(text[text.index("["):])[:3]
    ident = items[1]["tweet"]["id_str"]
    items[1]["tweet"].update(change)
    items[1]["tweet"] = {k: v for k, v in items[1]["tweet"].items() if v is not None}
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
    code, de, en = both("import", "x-archive", path, "--handle", "someone")
    assert (code, de, en) == (1, f"Fehler: {path}: {german.format(id=ident)}",
                              f"Error: {path}: {english.format(id=ident)}")
    with pytest.raises(InputError) as caught:
        read_x_archive(path, handle="someone")
    _said(caught.value)


def test_a_manifest_listing_a_missing_part_and_a_bad_generation_date(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    manifest = (FIXTURES / "x_archive" / "data" / "manifest.js").read_text(encoding="utf-8")
    (folder / "manifest.js").write_text(manifest.replace("data/tweets.js", "data/tweets-part1.js"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_x_archive(folder.parent)
    assert say(_said(caught.value), "de") == "im Manifest genannt, fehlt aber im Archiv"
    start = manifest.index('"generationDate"')
    end = manifest.index(",", start)
    (folder / "manifest.js").write_text(manifest[:start] + '"generationDate" : "bald"' + manifest[end:],
                                        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_x_archive(folder.parent)
    assert say(_said(caught.value), "de") == "archiveInfo.generationDate 'bald' ist kein Datum"
    (folder / "manifest.js").write_bytes(b"window.YTD.manifest = {\"a\": \"\xff\"}")
    with pytest.raises(InputError) as caught:
        read_x_archive(folder.parent)
    assert say(_said(caught.value), "de") == "ist kein UTF-8-Text (eine Datei eines X-Archivs ist JavaScript in UTF-8)"
    (folder / "manifest.js").write_text("window.YTD.manifest = []", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_x_archive(folder.parent)
    assert say(_said(caught.value), "de") == "das Manifest ist kein JSON-Objekt"


def test_notes_of_long_posts_of_the_wrong_shape(tmp_path: Path) -> None:
    (tmp_path / "tweets.js").write_bytes(TWEETS_JS.read_bytes())
    notes = tmp_path / "note-tweet.js"
    for body, german in [
        ("{}", "erwartet eine JSON-Liste von Notizen nach `window.YTD.note_tweet.partN =`"),
        ('[{"noteTweet": {}}]', "Notiz 1 ist kein noteTweet mit core.text"),
        ('[{"noteTweet": {"core": {"text": "a"}, "createdAt": "nie"}}]', "Notiz 1: createdAt 'nie' ist kein Datum"),
    ]:
        notes.write_text("window.YTD.note_tweet.part0 = " + body, encoding="utf-8")
        with pytest.raises(InputError) as caught:
            read_x_archive(tmp_path / "tweets.js", handle="someone")
        assert say(_said(caught.value), "de") == german


def _outbox_zip(path: Path, outbox: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("outbox.json", outbox)
    return path


ITEM = {"type": "Create", "actor": "https://det.social/users/anna", "published": "2026-03-01T10:00:00Z",
        "object": {"type": "Note", "id": "https://det.social/users/anna/statuses/1", "content": "<p>Hallo</p>"}}


def test_a_mastodon_archive_with_a_broken_outbox(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = _outbox_zip(tmp_path / "archive.zip", b'{"type": "OrderedCollection", "orderedItems": [')
    code, de, en = both("import", "mastodon-archive", archive)
    assert (code, de) == (1, f"Fehler: {archive}!outbox.json, Zeile 1: kein gültiges JSON (Wert erwartet)")
    assert en == f"Error: {archive}!outbox.json, line 1: not valid JSON (Expecting value)"
    archive = _outbox_zip(tmp_path / "latin.zip", b'{"a": "\xe4"}')
    code, de, en = both("import", "mastodon-archive", archive)
    assert de == f"Fehler: {archive}!outbox.json: kein gültiges JSON (Byte 0xe4 an Stelle 7 ist kein UTF-8)"
    assert en == (f"Error: {archive}!outbox.json: not valid JSON ('utf-8' codec can't decode byte 0xe4 in position "
                  "7: invalid continuation byte)")


@pytest.mark.parametrize(("outbox", "german"), [
    ({"orderedItems": {}}, "erwartet eine ActivityPub-OrderedCollection mit orderedItems"),
    ({"orderedItems": [[]]}, "Eintrag 1 ist kein Objekt"),
    ({"orderedItems": [{**ITEM, "actor": ""}]}, "Eintrag 1 hat keine Actor-URL (erwartet https://instanz/users/name)"),
    ({"orderedItems": [{**ITEM, "published": "irgendwann"}]}, "Eintrag 1: 'published' ist kein Datum: 'irgendwann'"),
    ({"orderedItems": [{**ITEM, "object": {**ITEM["object"], "published": "morgen"}}]},
     "Eintrag 1: 'published' der Notiz ist kein Datum: 'morgen'"),
    ("[" * 100_000, "kein gültiges JSON (zu tief verschachtelt)"),
])
def test_outbox_items_of_the_wrong_shape(tmp_path: Path, outbox: object, german: str) -> None:
    text = outbox if isinstance(outbox, str) else json.dumps(outbox)
    archive = _outbox_zip(tmp_path / "archive.zip", text.encode())
    with pytest.raises(InputError) as caught:
        read_outbox(archive)
    assert say(_said(caught.value), "de") == german


def test_a_zip_bomb_and_the_limit_options(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bomb = x_archive_bomb(tmp_path, size=40 * MIB)
    code, de, en = both("import", "x-archive", bomb)
    assert code == 1
    assert de.startswith(f"Fehler: {bomb}:data/tweets.js: entpackt mehr als das 100-Fache seiner gepackten Größe (")
    assert de.endswith("eine Zip-Bombe oder eine echte Datei, die ungewöhnlich dicht gepackt ist (Grenze 100:1); ist "
                       "die Datei echt, die Grenze mit `reichweite --max-ratio …` oder REICHWEITE_MAX_RATIO anheben")
    assert en.startswith(f"Error: {bomb}:data/tweets.js: unpacks to more than 100 times its packed size (")
    code, de, en = both("--max-ratio", "100000", "--max-member-size", "20MB", "import", "x-archive", bomb)
    assert de == (f"Fehler: {bomb}:data/tweets.js: entpackt mehr, als für eine Datei des Archivs erlaubt ist (Grenze "
                  "20 MB); ist die Datei echt, die Grenze mit `reichweite --max-member-size …` oder "
                  "REICHWEITE_MAX_MEMBER_SIZE anheben")
    assert en == (f"Error: {bomb}:data/tweets.js: unpacks to more than the size allowed for one member (limit 20 MB); "
                  "if the file is genuine, raise the limit with `reichweite --max-member-size …` or "
                  "REICHWEITE_MAX_MEMBER_SIZE")
    code, de, en = both("--max-ratio", "0", "import", "x-archive", bomb)
    assert (code, de, en) == (2, "Fehler: --max-ratio '0': eine ganze Zahl über 0 angeben",
                              "Error: --max-ratio '0': use a whole number above 0")
    code, de, en = both("--max-member-size", "viel", "import", "x-archive", bomb)
    assert (code, de) == (2, "Fehler: --max-member-size 'viel': eine Größe wie 4GB, 500MB oder 1048576 (Bytes) "
                             "angeben")


def test_handles_the_platform_does_not_write(both, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, de, en = both("collect", "bluesky", "a b")
    assert (code, de, en) == (2, "Fehler: 'a b' ist kein Bluesky-Konto (geschrieben wie alice.bsky.social)",
                              "Error: 'a b' is not a Bluesky handle (written like alice.bsky.social)")
    table = tmp_path / "konten.csv"
    table.write_text("Plattform;Konto;Follower;Stichtag\nx;zwei Wörter;1200;08.03.2026 09:00\n", encoding="utf-8")
    code, de, en = both("import", "table", table)
    assert (code, de) == (1, f"Fehler: {table}, Zeile 2: Konto: 'zwei Wörter' ist kein X-Konto (geschrieben wie "
                             "tagesfoto)")
    assert en == f"Error: {table}, row 2: Konto: 'zwei Wörter' is not a X handle (written like tagesfoto)"
    code, de, en = both("compare", "mastodon:anna", "x:b")
    assert (code, de) == (2, "Fehler: 'mastodon:anna': 'anna' ist kein Mastodon-Konto (geschrieben wie "
                             "@alice@mastodon.social)")

