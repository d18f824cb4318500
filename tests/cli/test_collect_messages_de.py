"""`reichweite collect …` and the watch list speak German with --lang de and under a German locale: the summary
line of a run, the lines about waits for retries, a stopped run's advice, and the watch list's progress — against
the local replay servers of each platform."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from tests.support.replay import BlueskyReplay, ReplayServer, Reply

MASTODON_HANDLE = "@mastodonpy_test@localhost:3000"
ENGLISH = {"LANG": "en_GB.UTF-8"}


def test_collect_bluesky(german_way, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ReplayServer(BlueskyReplay("boogheta.bsky.social")) as server:
        lang, env = german_way
        done = cli("collect", "bluesky", "boogheta.bsky.social", "--appview", server.url, "-q", *lang,
                   "--db", tmp_path / "r.db", env=env)
    assert done.code == 0, done.err
    assert done.out.startswith("bluesky boogheta.bsky.social: fertig; ")
    assert " gelesen auf 1 Seite (" in done.out and " bekannt), " in done.out and "1 Kontomessung" in done.out


def test_collect_mastodon_says_its_retries(german_way, cli, mastodon_replay, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = mastodon_replay
    server.fail("/api/v1/accounts/lookup", Reply(502, b"Bad Gateway"))
    lang, env = german_way
    done = cli("collect", "mastodon", MASTODON_HANDLE, "--instance-url", server.url, *lang, "--db",
               tmp_path / "r.db", env=env)
    assert done.code == 0, done.err
    host = urlsplit(server.url).hostname
    assert f"{host}: Antwort HTTP 502 (Versuch 1 von 6): warte 1 s vor der nächsten Anfrage" in done.err
    assert done.out.startswith(f"mastodon {MASTODON_HANDLE}: fertig; 12 Beiträge gelesen auf ")


def test_collect_x_stopped_by_the_rate_limit(cli, x_replay, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, replay = x_replay
    replay.timeline("BeatriceMazoyer", [["1383055313276964865"]])
    server.fail("/users/by/username", Reply(429, b"{}", headers=[("x-rate-limit-reset", "4102444800")]))
    done = cli("collect", "x", "BeatriceMazoyer", "--api-url", server.url, "--lang", "de", "--db",
               tmp_path / "r.db")
    assert done.code == 1
    assert done.err.startswith("Fehler: Ratenlimit bei "), done.err
    assert "Nichts wurde gespeichert; denselben Befehl erneut ausführen, um neu zu beginnen; denselben Befehl nach " \
           "2100-01-01" in done.err
    assert len(done.err.splitlines()) == 1


def test_watch_list(german_way, cli, mastodon_replay, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = mastodon_replay
    watch = tmp_path / "watch.toml"
    watch.write_text(f'[plan]\npost_ages = ["1h"]\n\n[mastodon]\ninstance_url = "{server.url}"\n'
                     f'accounts = ["{MASTODON_HANDLE}"]\n\n[linkedin]\naccounts = ["beispiel-ag"]\n',
                     encoding="utf-8")
    lang, env = german_way
    done = cli("collect", *lang, "--config", watch, "--db", tmp_path / "r.db", env=env)
    assert done.code == 0, done.err
    assert "Rufe ab, was am " in done.err and "(Beitragsalter 1h, Toleranz " in done.err
    assert f"mastodon {MASTODON_HANDLE}: fertig; 12 Beiträge gelesen" in done.err
    assert "linkedin: keine API; Zahlen kommen aus Importen" in done.err


def test_watch_list_failing_account(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the AppView's answer for an account that does not exist
    unknown = Reply(400, {"error": "InvalidRequest", "message": "Profile not found"})
    with ReplayServer(lambda request: unknown) as server:
        watch = tmp_path / "watch.toml"
        watch.write_text(f'[plan]\npost_ages = ["1h"]\n\n[bluesky]\nappview = "{server.url}"\n'
                         'accounts = ["niemand.bsky.social"]\n', encoding="utf-8")
        done = cli("collect", "--config", watch, "-q", "--lang", "de", "--db", tmp_path / "r.db", env=ENGLISH)
    assert done.code == 1
    assert "bluesky niemand.bsky.social: fehlgeschlagen — " in done.err
    assert done.err.splitlines()[-1] == "1 von 1 Konten fehlgeschlagen; die anderen wurden abgerufen."
