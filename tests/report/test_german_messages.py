"""German messages hold no English sentence: every line `import`, `collect` (and the watch list), `template` and
`db` print — summaries, overviews, waits, errors — is scanned against the English lines of the same runs.

The commands run on real sample files (the X archive, LinkedIn exports, a Mastodon outbox, tables, the synthetic DAX
panel) and against the local replay servers. A German line fails when
- it also appears, whole, in the English lines, unless it is made of words German uses too;
- it holds a word only English uses: a word of the English message tables that the German tables never use.
Data (paths, URLs, handles, file and sheet names, the store's table names) is taken out first.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from reichweite.cli import run
from reichweite.report.texts import collect, common, imports, messages
from tests.platforms.mastodon.test_archive import ACTOR, outbox
from tests.support import EXAMPLES, FIXTURES
from tests.support.replay import BlueskyReplay, MastodonReplay, ReplayServer, Reply

TABLES = [messages.TEXTS, imports.TEXTS, collect.TEXTS, common.TEXTS]
WORD = re.compile(r"[^\W\d_]{2,}")
MASTODON_HANDLE = "@mastodonpy_test@localhost:3000"
LINKEDIN = FIXTURES / "linkedin"
# the store's tables (`db info` lists them by name), the LinkedIn sheets and columns as the exports name them
DATA_WORDS = {"account_snapshots", "accounts", "posts", "snapshots", "polls", "companies", "collection_runs",
              "company_snapshots", "memberships", "panels", "messages", "invitations", "connections", "reactions",
              "votes", "shares", "jobs", "labels", "page_days", "creator_windows", "utf", "sig"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _table_words(lang: str, translated: bool) -> set[str]:
    words: set[str] = set()
    for table in TABLES:
        for texts in table.values():
            if translated and texts["de"] == texts["en"]:
                continue
            value = texts[lang]
            for text in [value] if isinstance(value, str) else value.values():
                words |= _words(re.sub(r"\{[^}]*\}", " ", text))
    return words


def _runs(lang: str, folder: Path) -> list[str]:
    """Every line the commands print in `lang`, stdout and stderr."""
    folder.mkdir()
    db = folder / "r.db"
    lines: list[str] = []

    def cli(*args: str | Path) -> int:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = run([str(a) for a in args] + ["--lang", lang])
        lines.extend(out.getvalue().splitlines() + err.getvalue().splitlines())
        return code

    archive = folder / "archive-20260310.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("outbox.json", json.dumps(outbox()))
        z.writestr("actor.json", json.dumps({"id": ACTOR}))
    table = folder / "k.csv"
    table.write_text("platform,handle,followers,observed_at\nbluesky,anna.bsky.social,1200,2026-03-08 09:00\n",
                     encoding="utf-8")
    page = LINKEDIN / "page"
    assert cli("db", "upgrade", "--db", db) == 0
    assert cli("import", "x-archive", FIXTURES / "x_archive", "--db", db) == 0
    assert cli("import", "mastodon-archive", archive, "--db", db) == 0
    assert cli("import", "table", table, "--db", db) == 0
    assert cli("import", "companies", EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx", "--add-unknown",
               "--db", db) == 0
    assert cli("import", "linkedin-export", LINKEDIN / "export-2022", "--db", db) == 0
    assert cli("import", "linkedin-page", page / "beispiel-gmbh_followers_1718841600000.xlsx",
               page / "beispiel-gmbh_content_1718841600000.xls", "--db", db) == 0
    assert cli("import", "linkedin-page", *sorted((LINKEDIN / "creator").glob("*.xlsx")), "--db", db) == 0
    spells = folder / "spells.csv"
    spells.write_text("company,joined,left\nSAP SE,2010-01-01,\nNeue Beispiel AG,2012-06-30,2020-06-30\n",
                      encoding="utf-8")
    assert cli("panel", "import", "beispiel", spells, "--db", db) == 0
    assert cli("template", "posts", folder / "posts.xlsx") == 0
    assert cli("template", "posts", folder / "posts.xlsx") == 2
    assert cli("template", "companies", folder / "dax.xlsx", "--panel", "dax", "--at", "2024-06-30", "--db", db) == 0
    assert cli("db", "info", "--db", db) == 0
    assert cli("db", "info", "--db", folder / "none.db") == 1
    assert cli("import", "table", folder / "none.csv", "--db", db) == 1
    assert cli("import", "table", table, "--at", "yesterday", "--db", db) == 2
    assert cli("import", "table", table, "--accounts", "myspace:anna", "--db", db) == 2
    assert cli("import", "table", table, "--tz", "Mars/Olympus", "--db", db) == 2
    assert cli("posts", "x:anna", "--format", "xml", "--db", db) == 2
    header = folder / "h.csv"
    header.write_text("platform;handle;likes;foo\nx;anna;3;4\n", encoding="utf-8")
    assert cli("import", "table", header, "--db", db) == 1
    cell = folder / "c.csv"
    # a German table (the header of a cell's column is named as the table writes it)
    cell.write_text("Plattform;Konto;Follower;Stichtag\nmyspace;anna;viele;08.03.2026\n", encoding="utf-8")
    assert cli("import", "table", cell, "--db", db) == 1
    assert cli("collect", "x", "anna", "--db", db) == 1  # no token
    assert cli("collect", "--config", folder / "none.toml", "--db", db) == 1
    assert cli("collect", "--every", "5m", "--db", db) == 2
    with ReplayServer(BlueskyReplay("boogheta.bsky.social")) as server:
        assert cli("collect", "bluesky", "boogheta.bsky.social", "--appview", server.url, "-q", "--db", db) == 0
    mastodon = MastodonReplay()
    with ReplayServer(mastodon) as server:
        mastodon.base = server.url
        server.fail("/api/v1/accounts/lookup", Reply(502, b"Bad Gateway"))
        assert cli("collect", "mastodon", MASTODON_HANDLE, "--instance-url", server.url, "--db", db) == 0
        later = [("X-RateLimit-Reset", "2100-01-01T00:00:00Z")]
        server.fail("/api/v1/accounts/lookup", Reply(429, b"{}", headers=later))
        assert cli("collect", "mastodon", MASTODON_HANDLE, "--instance-url", server.url, "--db", db) == 1
        watch = folder / "watch.toml"
        watch.write_text(f'[plan]\npost_ages = ["1h"]\n\n[mastodon]\ninstance_url = "{server.url}"\n'
                         f'accounts = ["{MASTODON_HANDLE}"]\n\n[linkedin]\naccounts = ["beispiel-ag"]\n',
                         encoding="utf-8")
        assert cli("collect", "--config", watch, "--db", db, "--now", "2026-08-01T15:00:00Z") == 0
    return [line.strip() for line in lines if line.strip()]


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    folder = tmp_path_factory.mktemp("messages")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("LC_ALL", "LC_MESSAGES", "REICHWEITE_DB", "X_BEARER_TOKEN"):
            patch.delenv(name, raising=False)
        patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
        patch.setenv("LANG", "C.UTF-8")
        return _runs("de", folder / "de"), _runs("en", folder / "en")


def _without_data(text: str) -> str:
    text = re.sub(r"(?:[a-z]+://|/)\S+", " ", text)  # paths and URLs
    text = re.sub(r"\S+\.(?:xlsx|xls|csv|zip|js|json|toml|db)\b", " ", text)  # file names
    text = re.sub(r"@?[\w.-]+@[\w.:-]+|\b[\w-]+\.bsky\.social\b|\b127\.0\.0\.1\b", " ", text)  # handles, hosts
    text = re.sub(r"\b[a-z]+_[a-z_]+\b", " ", text)  # the store's table names (`db info`)
    return text


def test_no_english_sentence_in_german_messages(said: tuple[list[str], list[str]]) -> None:
    german, english = said
    german_words = _table_words("de", translated=True) | DATA_WORDS
    english_only = _table_words("en", translated=False) - german_words
    # sheet names as the exports spell them (DISCOVERY, TOP POSTS) are data
    data = {w.lower() for line in german for w in WORD.findall(line) if w.isupper() and len(w) > 2}
    untranslated, english_words = [], []
    english_lines = set(english)
    for line in german:
        rest = _without_data(line)
        words = _words(rest)
        if line in english_lines and words - german_words - DATA_WORDS:
            untranslated.append(line)
        if found := sorted(words & english_only - data):
            english_words.append(f"{found} in {line!r}")
    assert not untranslated, "lines identical in English:\n" + "\n".join(untranslated)
    assert not english_words, "English words in German messages:\n" + "\n".join(english_words)


def test_the_scan_sees_every_family(said: tuple[list[str], list[str]]) -> None:
    """The scan reads what it claims to: a line of each command family in both languages, and English words a
    German line must not have."""
    german, english = said
    text_de, text_en = "\n".join(german), "\n".join(english)
    for de, en in (("X-Archiv milahu104:", "x-archive milahu104:"), ("Mastodon-Archiv von", "Mastodon archive of"),
                   ("Tabelle k.csv:", "table k.csv:"), ("neue Messungen", "new measurements"),
                   ("LinkedIn-Datenexport", "LinkedIn member export"), ("Neu in der Datenbank:", "New in the store:"),
                   ("Creator-Analysen von", "creator analytics of"), ("Vorlage (", "Template for the"),
                   ("Vorlage geschrieben:", "Template written:"), ("Datenbank ist aktuell:", "Store is up to date:"),
                   ("Fehler: Keine Datenbank unter", "Error: No store at"),
                   ("Datei oder Ordner nicht gefunden", "no such file or folder"),
                   ("ist kein Datum", "is not a date"), ("unbekannte Zeitzone", "unknown time zone"),
                   ("erwartet PLATTFORM:KONTO", "expected PLATFORM:HANDLE"), ("--format 'xml': eines von",
                                                                              "--format 'xml': use one of"),
                   ("bluesky boogheta.bsky.social: fertig;", "bluesky boogheta.bsky.social: ok;"),
                   ("warte 1 s vor der nächsten Anfrage", "waiting 1 s before the next request"),
                   ("Fehler: Ratenlimit bei", "Error: Rate limit reached at"), ("Rufe ab, was am", "Collecting what"),
                   ("linkedin: keine API", "linkedin: no API"), ("Kein Bearer-Token", "No X API token found. Set it"),
                   ("keine solche Beobachtungsliste", "no such watch list"),
                   ("--every braucht --config", "--every needs --config"),
                   ("Form Beiträge: unbekannte Spalte(n) foo", "posts layout: unknown column(s) foo"),
                   ("Plattform: 'myspace' ist keine von", "Plattform: 'myspace' is not one of"),
                   ("Panel beispiel: 2 Mitgliedszeiträume von 2 Unternehmen",
                    "Panel beispiel: 2 spells of 2 companies"),
                   ("Neue Unternehmen (kein bekannter Name", "New companies (no known name")):
        assert de in text_de and en in text_en, (de, en)
    english_only = _table_words("en", translated=False) - _table_words("de", translated=True) - DATA_WORDS
    assert len(_words(text_en) & english_only) > 100
