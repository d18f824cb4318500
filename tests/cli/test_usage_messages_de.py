"""The usage errors of compare and of figures over time, and 'nothing in the store', in German with --lang de:
one line after 'Fehler:', exit 2 for usage and 1 for runtime, the English text unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def store(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "leer.db"
    assert cli("db", "upgrade", "--db", db).code == 0
    return db


CASES = [
    (["compare", "x:a", "bluesky:b", "--at", "2026-01-02", "--age", "1d"], 2,
     "Fehler: Entweder --at oder --age angeben, nicht beides.",
     "Error: Give either --at or --age, not both."),
    (["compare", "x:a", "bluesky:b", "--at", "2026-01-02", "--at", "2026-01-01"], 2,
     "Fehler: --at: die Werte der Reihe nach angeben, den frühesten zuerst.",
     "Error: --at: give the values in order, earliest first."),
    (["compare", "x:a", "bluesky:b"], 1,
     "Fehler: Keine Beiträge von x:a im Speicher. Erst importieren oder sammeln",
     "Error: No posts of x:a in the store. Import or collect them first"),
    (["accounts", "x:a", "--at", "2026-01-01", "--format", "csv", "--json"], 2,
     "Fehler: --json heißt --format json; es passt nicht zu --format csv",
     "Error: --json means --format json; it does not go with --format csv"),
    (["accounts", "x:a", "bluesky:b", "--from", "2026-01-01", "--to", "2026-02-01", "--every", "year"], 2,
     "Fehler: --every 'year': eines von ", "Error: --every 'year': use one of "),
]


@pytest.mark.parametrize(("args", "code", "german", "english"), CASES)
def test_said_in_the_chosen_language(cli, store: Path, args: list[str], code: int, german: str,
                                     english: str) -> None:
    de = cli(*args, "--db", store, "--lang", "de")
    en = cli(*args, "--db", store, "--lang", "en")
    assert (de.code, en.code) == (code, code), (de.err, en.err)
    assert de.err.splitlines()[-1].startswith(german), de.err
    assert en.err.splitlines()[-1].startswith(english), en.err


def test_languages_and_collect_options_in_german(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "leer.jsonl"
    archive.write_text("", encoding="utf-8")
    for option, value, german in (("--by", "year", "--by 'year': eines von "),
                                  ("--tz", "Mars/Olympus", "--tz 'Mars/Olympus': kein Zeitzonenname")):
        done = cli("languages", archive, option, value, "--lang", "de")
        assert done.code == 2 and done.err.splitlines()[-1].startswith(f"Fehler: {german}"), done.err
    done = cli("collect", "--config", tmp_path / "fehlt.toml", "--lang", "de")
    assert done.code != 0 and "Fehler:" in done.err
