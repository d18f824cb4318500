"""The errors of the platform APIs, Jetstream files and the language engines in German: `collect bluesky` against
a real AppView replay server on 127.0.0.1 (an unknown account, an HTML body, a page without its list), the shared
client's HTTP errors, malformed Jetstream lines, a broken cursor file, DuckDB's memory limit, mixed encodings."""

from __future__ import annotations

import gzip
import json
import string
from pathlib import Path

import pytest

from reichweite.cli import run
from reichweite.errors import ConfigError, FetchError, InputError, NotFound, Said, UsageError
from reichweite.platforms.bluesky.jetstream import ReadStats, expand_paths, iter_events
from reichweite.platforms.bluesky.jetstream_record import load_cursor
from reichweite.platforms.http import ApiClient
from reichweite.report.messages import error_text, say
from reichweite.report.texts import errors_sources
from reichweite.textfile import decode_text
from tests.support.appview import AppView, Fault, profiles_by_actor, serve
from tests.support.replay import ReplayServer, Reply

#: texts whose English is the system's own sentence and whose German is said from its parts
SYSTEM_SENTENCES = {"src.masto.not_utf8", "src.jet.cannot_open"}


def _both(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    codes, lines = [], []
    for lang in ("de", "en"):
        capsys.readouterr()
        codes.append(run(["--lang", lang, *args]))
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in err, err
        lines.append(err)
    assert codes[0] == codes[1]
    return codes[0], lines[0], lines[1]


def _said(value: object) -> Said:
    said = value.message if isinstance(value, InputError) else value.args[0] if isinstance(value, Exception) \
        else value
    assert isinstance(said, Said), repr(said)
    assert say(said, "en") == str(said)
    assert say(said, "de") != str(said)
    return said


def test_collect_from_an_appview_that_knows_no_such_account_or_answers_html(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "b.db")
    app = AppView(profiles=profiles_by_actor())
    with serve(app) as url:
        base = ["collect", "bluesky", "nobody.invalid", "--appview", url, "--db", db, "-q"]
        code, de, en = _both(capsys, *base)
        where = f"{url}/xrpc/app.bsky.actor.getProfile?actor=nobody.invalid"
        assert (code, de) == (1, f"Fehler: {where}: kein Bluesky-Konto 'nobody.invalid' auf {url} (Antwort HTTP 400: "
                                 "Profile not found)")
        assert en == f"Error: {where}: no Bluesky account 'nobody.invalid' on {url} (HTTP 400: Profile not found)"
        for _ in range(2):
            app.fault("app.bsky.actor.getProfile", None, Fault(200, b"<html>Wartung</html>"))
        code, de, en = _both(capsys, *base)
        assert (code, de) == (1, f"Fehler: {where}: die Antwort ist kein gültiges JSON (beginnt mit "
                                 "'<html>Wartung</html>'). Nichts wurde gespeichert; denselben Befehl erneut "
                                 "ausführen, um neu zu beginnen.")
        assert en.startswith(f"Error: {where}: the response is not valid JSON (starts with '<html>Wartung</html>')")


def test_pages_without_their_lists(tmp_path: Path) -> None:
    from reichweite.platforms.bluesky.appview import BlueskyClient

    app = AppView(profiles=profiles_by_actor(), pages={None: ([], None)})
    app.fault("app.bsky.feed.getAuthorFeed", None, Fault(200, b'{"cursor": "c1"}'))
    app.fault("app.bsky.feed.getPosts", None, Fault(200, b'{"views": []}'))
    app.fault("app.bsky.actor.getProfile", None, Fault(200, b"[1, 2]"), Fault(200, b'{"did": 1}'))
    with serve(app) as url, BlueskyClient(appview=url, api=ApiClient(url, backoff=0.01, retries=0)) as client:
        with pytest.raises(FetchError) as caught:
            list(client.author_feed("did:plc:a"))
        assert say(_said(caught.value.detail), "de") == "unerwartete Antwort: keine Liste 'feed'"
        with pytest.raises(FetchError) as caught:
            client.posts(["at://did:plc:a/app.bsky.feed.post/1"])
        assert say(_said(caught.value.detail), "de") == "unerwartete Antwort: keine Liste 'posts'"
        with pytest.raises(FetchError) as caught:
            client.profile("a.bsky.social")
        assert say(_said(caught.value.detail), "de") == "unerwartete Antwort: kein JSON-Objekt"
        with pytest.raises(FetchError) as caught:
            client.profile("a.bsky.social")
        assert say(_said(caught.value.detail), "de") == "unerwartete Antwort: ein Profil ohne did und handle"
        assert error_text(caught.value, "de") == (f"{url}/xrpc/app.bsky.actor.getProfile?actor=a.bsky.social: "
                                                  "unerwartete Antwort: ein Profil ohne did und handle")


def _answer(server: ReplayServer, status: int, body: bytes) -> None:
    server.queue("/", Reply(status, body, [("Content-Type", "application/json")]))


def test_http_errors_of_any_api() -> None:
    with ReplayServer() as server:
        client = ApiClient(server.url, backoff=0.01, sleep=lambda _: None, retries=1)
        _answer(server, 404, b'{"error": "NotFound", "message": "Record not found"}')
        with pytest.raises(NotFound) as caught:
            client.get("/p")
        assert say(_said(caught.value.detail), "de") == "Antwort HTTP 404: Record not found"
        _answer(server, 403, b"")
        with pytest.raises(FetchError) as caught:
            client.get("/p")
        assert say(_said(caught.value.detail), "de") == "Antwort HTTP 403"
        _answer(server, 503, b"busy")
        _answer(server, 502, b"busy")
        with pytest.raises(FetchError) as caught:
            client.get("/p")
        assert say(_said(caught.value.detail), "de") == "HTTP 502; aufgegeben nach 2 Versuchen"


def test_malformed_jetstream_lines_are_said_in_german(tmp_path: Path) -> None:
    path, cut = tmp_path / "day.jsonl", tmp_path / "cut.jsonl.gz"
    event = b'{"did": "did:plc:a", "kind": "commit", "time_us": 1}'
    lines = [b"{not json", b"[1]", b'{"did": "did:plc:a"}', b'{"did": "did:plc:a", "kind": "commit", "time_us": "1"}',
             event]
    path.write_bytes(b"\n".join(lines) + b"\n")
    cut.write_bytes(gzip.compress(event + b"\n")[:-8])  # the stream ends before its trailer
    stats = ReadStats()
    assert len(list(iter_events([path, cut], stats))) == 2
    said = [say(_said(example), "de") for example in stats.examples]
    assert said[:4] == [f"{path}, Zeile 1: kein gültiges JSON", f"{path}, Zeile 2: kein JSON-Objekt",
                        f"{path}, Zeile 3: ohne did oder kind", f"{path}, Zeile 4: ohne ganzzahliges time_us (64 Bit)"]
    assert said[4].startswith(f"{cut}, Zeile 2: komprimierter Datenstrom endet zu früh (")
    with pytest.raises(InputError) as caught:
        expand_paths([str(tmp_path / "*.zst")])
    assert say(_said(caught.value), "de") == ("keine Jetstream-Dateien passen zu diesem Muster (.jsonl, .gz, .zst, "
                                              ".parquet)")
    (tmp_path / "day.parquet").write_bytes(b"PAR1")
    with pytest.raises(InputError) as caught:
        list(iter_events([tmp_path / "day.parquet"]))
    assert say(_said(caught.value), "de") == "Parquet lesen die Engines (reichweite languages), nicht Zeile für Zeile"


def test_a_broken_cursor_file(tmp_path: Path) -> None:
    (tmp_path / "cursor.json").write_text('{"time": 5}', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_cursor(tmp_path)
    assert say(_said(caught.value), "de") == (f"{tmp_path / 'cursor.json'}: keine Cursor-Datei ('time_us'); löschen, "
                                              "um ab jetzt aufzuzeichnen")


def test_duckdb_memory_limit(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events = tmp_path / "day.jsonl"
    events.write_text('{"did": "did:plc:a", "kind": "commit", "time_us": 1}\n', encoding="utf-8")
    code, de, en = _both(capsys, "languages", str(events), "--memory-limit", "viel")
    assert (code, de, en) == (2, "Fehler: --memory-limit 'viel': eine Größe wie 4GB oder 500MB angeben",
                              "Error: --memory-limit 'viel': use a size such as 4GB or 500MB")
    code, de, _ = _both(capsys, "languages", str(events), "--memory-limit", "8MB")
    assert (code, de) == (2, "Fehler: --memory-limit '8MB': zu klein; DuckDB braucht mindestens 64MB (es arbeitet in "
                             "Blöcken von 32 MiB)")


def test_text_files_of_mixed_or_broken_encodings() -> None:
    for data, german in [
        ("Datum;Text\n01.03.2026;Grüße\n".encode() + "02.03.2026;Grüße\n".encode("cp1252"),
         "mischt Kodierungen: Zeile 3 ist kein UTF-8, andere Zeilen schon (Byte 0xfc); die Datei erneut als UTF-8 "
         "speichern"),
        (b"a;b\n\0\0", "enthält NUL-Bytes: keine Textdatei"),
        (b"\xff\xfea\x00\x00\xd8", "fehlerhafter UTF-16-Text (unexpected end of data)"),
    ]:
        with pytest.raises(InputError) as caught:
            decode_text(data, "tabelle.csv")
        assert say(_said(caught.value), "de") == german


def test_the_mastodon_handle_and_unknown_collector_options() -> None:
    from reichweite.jobs.collect import make_collector
    from reichweite.platforms.mastodon.api import normalise_handle

    with pytest.raises(UsageError) as caught:
        normalise_handle("anna")
    assert say(_said(caught.value), "de") == ("'anna': ein Mastodon-Konto wird @user@instanz geschrieben (z. B. "
                                              "@alice@mastodon.social)")
    with pytest.raises(UsageError) as caught:
        make_collector("bluesky", {"colour": "blau"})
    assert say(_said(caught.value), "de") == "bluesky: unbekannte Option(en) colour"
    with pytest.raises(UsageError) as caught:
        make_collector("xing")
    assert say(_said(caught.value), "de") == "xing hat keine API zum Sammeln; seine Zahlen importieren"


def test_every_text_has_the_same_fields_in_both_languages() -> None:
    for key, texts in errors_sources.TEXTS.items():
        assert key.startswith("src."), key
        fields = [{f for form in ([texts[lang]] if isinstance(texts[lang], str) else texts[lang].values())
                   for _, f, _, _ in string.Formatter().parse(form) if f} for lang in ("de", "en")]
        assert fields[0] == fields[1] or key in SYSTEM_SENTENCES, key
        assert texts["de"] != texts["en"] or texts["en"].startswith("{"), key


def test_the_json_reasons_cover_what_the_decoder_says() -> None:
    from reichweite.errors import json_reason

    for text in ["", "[1,", '{"a" 1}', "{1:2}", '"abc', '"a\x01"', '"\\q"', '"\\u12"', "1 2", "[1 2]"]:
        with pytest.raises(json.JSONDecodeError) as caught:
            json.loads(text)
        said = json_reason(caught.value.msg)
        assert said.key != "src.json.other", caught.value.msg
        _said(said)


def test_the_recorder_says_its_reconnects_and_giving_up(tmp_path: Path) -> None:
    import asyncio

    import websockets

    from reichweite.platforms.bluesky.jetstream_record import record_async

    said: list[str] = []

    async def closing(socket) -> None:  # type: ignore[no-untyped-def]
        return None  # a server that closes every stream at once, with a close frame

    async def scenario() -> None:
        async with websockets.serve(closing, "127.0.0.1", 0) as server:
            url = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/subscribe"
            await record_async(url, tmp_path, collections=["app.bsky.feed.post"], max_retries=1, backoff=0.01,
                               log=said.append)

    with pytest.raises(FetchError) as caught:
        asyncio.run(scenario())
    lines = [say(_said(s), "de").split(":")[0] for s in said]
    assert lines == ["verbunden", "getrennt (der Server hat den Datenstrom geschlossen); neue Verbindung in 0.0 s ab "
                                  "Cursor None", "verbunden"]
    assert say(_said(caught.value.detail), "de") == (
        "aufgegeben nach 1 Neuverbindung: der Server hat den Datenstrom geschlossen. Was aufgezeichnet wurde, ist "
        "gespeichert; denselben Befehl erneut ausführen, um fortzusetzen.")


def test_the_registry_names_its_texts_without_importing_them() -> None:
    from reichweite import registry
    from reichweite.errors import said_in

    for call, german in [(lambda: registry.normalise_handle("bluesky", "a b"),
                          "'a b' ist kein Bluesky-Konto (geschrieben wie alice.bsky.social)"),
                         (lambda: registry.get("myspace"),
                          "'myspace' ist keine von " + ", ".join(registry.NAMES)),
                         (lambda: registry.load_collector("xing"),
                          "xing hat keine API zum Sammeln; seine Zahlen importieren")]:
        with pytest.raises((ValueError, LookupError)) as caught:
            call()
        assert say(_said(said_in(caught.value)), "de") == german
