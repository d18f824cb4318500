"""`reichweite compare` and `reichweite posts` as a user runs them: JSON only on stdout, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reichweite.store import open_store
from tests.support import SRC
from tests.support.compare_seed import X_LIKES, Seeded, seed_store


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p),
               COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture
def db(sqlite_url: str) -> tuple[str, Seeded]:
    engine = open_store(sqlite_url)
    data = seed_store(engine)
    engine.dispose()
    return sqlite_url, data


def test_compare_json_is_the_only_stdout(db: tuple[str, Seeded], tmp_path: Path) -> None:
    path, data = db
    done = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03", "--json",
               "--out", str(tmp_path / "r"), "--lang", "en", "--db", path)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert [p["a_native_id"] for p in payload["pairs"]] == data.x_ids
    assert [p["b_native_id"] for p in payload["pairs"]] == data.bs_ids
    assert payload["pairs"][0]["a_interactions"] == X_LIKES[0] + 2
    assert payload["unmatched_a"] == [data.x_only] and payload["unmatched_b"] == [data.bs_only]
    assert payload["summary"]["n"] == 8
    assert payload["definitions"]["parts_note"].startswith("compared on reposts + likes")
    assert payload["report"] == str(tmp_path / "r" / "index.html")
    assert (tmp_path / "r" / "comparison.xlsx").exists()


def test_compare_human_output(db: tuple[str, Seeded], tmp_path: Path) -> None:
    path, _ = db
    done = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03",
               "--out", str(tmp_path), "--db", path, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Compared on reposts + likes: replies unknown for 8 of 8 X posts" in done.stderr
    assert "pairs compared" in done.stdout and "Wilcoxon signed-rank" in done.stdout
    assert f"Report: {tmp_path / 'index.html'}" in " ".join(done.stderr.split()) and "Report:" not in done.stdout
    de = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03",
             "--out", str(tmp_path / "de"), "--db", path, "--lang", "de")
    assert de.returncode == 0, de.stderr
    text, notes = " ".join(de.stdout.split()), " ".join(de.stderr.split())
    assert "Verglichen auf Reposts + Likes: Antworten unbekannt bei 8 von 8 Beiträgen auf X" in notes
    assert "verglichene Paare" in text and "Wilcoxon-Vorzeichen-Rang-Test" in text and "Siege" in text
    assert "pairs compared" not in text and "median" not in text
    assert f"Bericht: {tmp_path / 'de' / 'index.html'}" in notes


def test_compare_at_age_lists_lacking_pairs(db: tuple[str, Seeded], tmp_path: Path) -> None:
    path, data = db
    done = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--age", "10d", "--tolerance", "12h",
               "--json", "--out", str(tmp_path), "--db", path)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert (payload["definitions"]["age"], payload["definitions"]["tolerance"]) == ("10d", "12h")
    assert {p["a_native_id"]: p["lacking"] for p in payload["pairs"]}[data.x_ids[7]] == "a"
    assert payload["summary"]["pairs_lacking_figures"] == 8


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--at", "2026-09-03", "--age", "7d"], "Error: Give either --at or --age, not both."),
        (["--age", "seven days"], "Error: --age: not a duration: 'seven days'"),
        (["--window", "1x"], "Error: --window: not a duration: '1x'"),
        (["--lang", "fr"], "Error: --lang 'fr': expected de or en"),
    ],
)
def test_compare_bad_options(db: tuple[str, Seeded], tmp_path: Path, args: list[str], message: str) -> None:
    path, _ = db
    done = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", *args, "--out", str(tmp_path),
               "--db", path)
    assert done.returncode == 2
    assert done.stderr.strip().startswith(message) and len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""


def test_compare_unknown_account(db: tuple[str, Seeded], tmp_path: Path) -> None:
    path, _ = db
    done = run("compare", "x:tagesfoto", "bluesky:nobody.bsky.social", "--out", str(tmp_path), "--db", path)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: No posts of bluesky:nobody.bsky.social in the store.")


def test_posts_json(db: tuple[str, Seeded]) -> None:
    path, data = db
    done = run("posts", "x:tagesfoto", "--at", "2026-09-03", "--json", "--db", path)
    assert done.returncode == 0, done.stderr
    rows = {r["id"]: r for r in json.loads(done.stdout)}
    assert len(rows) == 10
    assert list(next(iter(rows.values()))) == ["id", "created_at", "kind", "visibility", "content_warning", "text",
                                               "likes", "replies", "reposts", "quotes", "observed_at"]
    assert rows[data.x_retweet]["kind"] == "repost" and rows[data.x_retweet]["likes"] is None
    assert rows[data.x_ids[3]]["likes"] == X_LIKES[3] and rows[data.x_ids[3]]["replies"] is None
    assert rows[data.x_ids[3]]["observed_at"].startswith("2026-09-01T07:12:44")


def test_posts_table(db: tuple[str, Seeded]) -> None:
    path, _ = db
    done = run("posts", "bluesky:tagesfoto.bsky.social", "--db", path)
    assert done.returncode == 0, done.stderr
    assert "9 posts" in done.stdout and "Hallo Bluesky!" in done.stdout


def test_compare_charts_are_linear_unless_log(db: tuple[str, Seeded], tmp_path: Path) -> None:
    from tests.support.images import svg_texts

    path, _ = db
    ticks = {}
    for name, extra in (("linear", ()), ("log", ("--log",))):
        done = run("compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03", "--lang", "en",
                   "--out", str(tmp_path / name), "--db", path, *extra)
        assert done.returncode == 0, done.stderr
        texts = svg_texts((tmp_path / name / "pairs_scatter.svg").read_text(encoding="utf-8"))
        ticks[name] = [t for t in texts if t.replace(",", "").isdigit()]
    assert {"0", "1", "5", "10"} <= set(ticks["log"])  # symlog: 0, 1, 5, 10, 20, 50 …
    assert "1" not in ticks["linear"] and "0" in ticks["linear"]
    assert ticks["linear"] != ticks["log"]
